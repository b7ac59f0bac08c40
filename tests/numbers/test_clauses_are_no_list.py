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


@pytest.mark.parametrize(("en", "zh"), [
    ("Profit rose 12%, revenue rose 5%.", "利润增长5%，收入增长12%。"),
    ("Exports fell 8%, imports fell 3%.", "出口下降3%，进口下降8%。"),
    ("Medals: gold 4, silver 7, bronze 2.", "奖牌：金牌为7枚，银牌为4枚，铜牌为2枚。"),
    ("Smith 52%, Jones 48%.", "史密斯为48%，琼斯为52%。"),
])
def test_clauses_whose_turn_round_is_not_witnessed_are_judged_as_a_list(en: str, zh: str) -> None:
    """Review R-1: clauses that change the same way, or state a value, may have had their
    figures swapped: only clauses whose changes differ and keep their figures are exempt."""
    assert "given to other items" in " ".join(_found(en, zh))


def test_a_clause_given_the_other_figure_is_still_reported() -> None:
    """The figures swapped between the clauses: each change is said of the other figure."""
    assert _found("Profit dropped 12%, while revenue climbed 5%.", "利润下滑5%，收入却增长12%。")


def test_one_verb_for_the_whole_list_leaves_a_list() -> None:
    """"Falcons scored 27, Rams 24": the second item has no verb of its own (the first's is
    understood), so the figures are a tally still."""
    assert reordered_lists("Final score: Falcons scored 27, Rams 24", "最终比分：猎鹰24，公羊27")
