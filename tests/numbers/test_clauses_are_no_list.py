"""Two clauses that each give their subject a figure are no list of named figures (issue 10).

"Profit dropped 12%, while revenue climbed 5%." → 收入增长5%，利润却下滑12%。 turns the
clauses round, each with its figure: nothing is given to another item.  A list is a tally of
names and figures ("Sharks 98, Eagles 95"); an item that says a change, a state or opens a
clause (dropped, climbed, is, while, 却, 增长) is a clause, not an item, on either side.
"""

from __future__ import annotations

import pytest

from tm import Unit, check
from tm.numbers import reordered_lists


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@pytest.mark.parametrize(("en", "zh"), [
    ("Profit dropped 12%, while revenue climbed 5%.", "收入增长5%，利润却下滑12%。"),
    ("Exports rose 8%, imports fell 3%.", "进口下降3%，出口增长8%。"),
    ("Sales grew 20%; costs rose 4%.", "成本上升4%；销售额增长20%。"),
    ("Turnout was 61%, but support stood at 48%.", "支持率为48%，而投票率为61%。"),
    ("Rents are up 7%, while wages are down 2%.", "工资下降2%，而租金上涨7%。"),
])
def test_clauses_turned_round_with_their_figures_are_no_reordered_list(en: str, zh: str) -> None:
    assert reordered_lists(en, zh) == ""
    assert _found(en, zh) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("Result: Falcons 27, Rams 24", "比赛结果：猎鹰24，公羊27"),
    ("Vote: Yes 61.5%, No 38.5%", "投票：赞成38.5%，反对61.5%"),
    ("Medals: gold 4, silver 7, bronze 2.", "奖牌：金牌7枚，银牌4枚，铜牌2枚。"),
])
def test_a_real_tally_reordered_is_still_reported(en: str, zh: str) -> None:
    assert "given to other items" in " ".join(_found(en, zh))


def test_a_clause_given_the_other_figure_is_still_reported() -> None:
    """The figures swapped between the clauses: each change is said of the other figure."""
    assert _found("Profit dropped 12%, while revenue climbed 5%.", "利润下滑5%，收入却增长12%。")


def test_one_verb_for_the_whole_list_leaves_a_list() -> None:
    """"Falcons scored 27, Rams 24": the second item has no verb of its own (the first's is
    understood), so the figures are a tally still."""
    assert reordered_lists("Final score: Falcons scored 27, Rams 24", "最终比分：猎鹰24，公羊27")
