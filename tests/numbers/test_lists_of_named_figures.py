"""A list of named figures keeps its order in translation (issue 10).

"Final score: Sharks 98, Eagles 95" → 最终比分：鲨鱼95，雄鹰98 has every figure and gives
them to the other teams.  A sentence that is a list of named figures on both sides, with
as many items and the same figures, all different, in another order is reported.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import reordered_lists


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("en", "zh"), [
    ("Result: Falcons 27, Rams 24", "比赛结果：猎鹰27，公羊24"),
    ("Medals: gold 4, silver 7, bronze 2.", "奖牌：金牌4枚，银牌7枚，铜牌2枚。"),
    ("Vote: Yes 61.5%, No 38.5%", "投票：赞成61.5%，反对38.5%"),
    ("Lions 21; Bears 14", "雄狮21分；熊队14分"),
])
def test_a_list_in_the_same_order_is_quiet(en: str, zh: str) -> None:
    assert _found(en, zh) == []


@every_row(("en", "zh"), [
    ("Result: Falcons 27, Rams 24", "比赛结果：猎鹰24，公羊27"),
    ("Medals: gold 4, silver 7, bronze 2.", "奖牌：金牌7枚，银牌4枚，铜牌2枚。"),
    ("Vote: Yes 61.5%, No 38.5%", "投票：赞成38.5%，反对61.5%"),
    ("Lions 21; Bears 14", "雄狮14分；熊队21分"),
])
def test_the_figures_given_to_other_items_are_reported(en: str, zh: str) -> None:
    found = _found(en, zh)
    assert len(found) == 1
    assert "given to other items" in found[0]


@every_row(("en", "zh"), [
    ("Falcons 27, Rams 24", "猎鹰队以27比24击败公羊队"),        # no list in the target
    ("Falcons 27, Rams 24, Jets 24", "猎鹰24，公羊27，喷气机24"),  # figures not all different
    ("The Falcons scored 27 and the Rams 24.", "猎鹰得到24分，公羊得到27分。"),  # no list
])
def test_what_is_no_list_of_different_figures_is_not_judged_by_order(en: str, zh: str) -> None:
    assert reordered_lists(en, zh) == ""


@every_row(("en", "zh"), [
    ("Episode 5, Season 2", "第2季，第5集"),
    ("Day 1, Week 3", "第3周，第1天"),
    ("Seat 12, Row 5", "第5排，第12座"),
    ("Windows 10, Office 365", "Office 365，Windows 10"),
    ("iPhone 15, iPad 10", "iPad 10，iPhone 15"),
    ("Width 30, height 50, length 80", "长80，宽30，高50"),
    ("Temperature 25, humidity 60%", "湿度60%，温度25"),
])
def test_a_list_that_is_no_tally_may_be_reordered(en: str, zh: str) -> None:
    """Review Y-7: positions, names kept in Latin letters and mixed measures are reordered
    by translations; only a tally (a score, votes, medals, one measure) keeps its order."""
    assert _found(en, zh) == []
