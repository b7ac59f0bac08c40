"""The nil of a football score is its 0 (issue 10).

"won 1-nil" is 1比0 and "nil-nil" 0比0; a nil is read only joined by a dash to a figure or to
another nil ("Nil by mouth" holds no number).
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("en", "zh"), [
    ("Celtic won 2-nil at home.", "凯尔特人主场2比0获胜。"),
    ("The derby ended nil-nil.", "德比战以0比0收场。"),
    ("Leeds lost 3 - nil.", "利兹联0比3告负。"),
    # a score of no goals said in one word is the two noughts of 0-0 (numbers3)
    ("Both semi-finals were scoreless after ninety minutes.", "两场半决赛九十分钟内均为0:0。"),
    ("It was a goalless first leg in Turin.", "都灵的首回合比赛双方0比0战平。"),
    ("The friendly stayed goalless.", "这场友谊赛双方均未能破门。"),  # said with no figure
])
def test_nil_meets_a_nought(en: str, zh: str) -> None:
    assert _found(en, zh) == []


@every_row(("en", "zh"), [
    ("Celtic won 2-nil at home.", "凯尔特人主场2比1获胜。"),
    ("Celtic won 2-nil at home.", "凯尔特人主场以0比2获胜。"),
    ("The match in Turin was goalless at the break.", "都灵的这场比赛半场战成1比1。"),
])
def test_another_score_or_one_turned_round_is_reported(en: str, zh: str) -> None:
    assert _found(en, zh)


def test_nil_outside_a_score_is_no_number() -> None:
    assert extract_numbers("Nil by mouth before the operation.", "en") == []
