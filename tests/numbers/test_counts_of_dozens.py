"""A count of dozens is exact: two dozen is 24, half a dozen 6 (issue 10).

"a dozen" alone stays about twelve (10 to 19 meet it); "two dozen roses" → 24朵玫瑰.
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm import Unit, check


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("en", "zh"), [
    ("Three dozen chairs were set out.", "摆放了36把椅子。"),
    ("Buy half a dozen lemons.", "买6个柠檬。"),
    ("He sent two dozen tulips.", "他送了二十四朵郁金香。"),
])
def test_a_count_of_dozens_meets_its_value(en: str, zh: str) -> None:
    assert _found(en, zh) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("Three dozen chairs were set out.", "摆放了30把椅子。"),
    ("He sent two dozen tulips.", "他送了十二朵郁金香。"),
])
def test_another_count_is_reported(en: str, zh: str) -> None:
    assert _found(en, zh)


@every_row(("en", "zh"), [
    ("Buy two dozen eggs.", "买两打鸡蛋。"),
    ("Three dozen roses.", "三打玫瑰。"),
    ("They ordered a dozen pizzas.", "他们订了一打披萨。"),
    ("Half a dozen eggs", "半打鸡蛋"),
    ("As soon as the door opened, 3 cats ran out.", "门一打开，3只猫就跑了出来。"),
])
def test_da_after_a_numeral_is_a_dozen(en: str, zh: str) -> None:
    """Review Y-20: 两打 is two dozen; 一打开 is "as soon as … opened"."""
    assert _found(en, zh) == []


def test_another_count_of_da_is_reported() -> None:
    assert _found("Buy two dozen eggs.", "买三打鸡蛋。")


@every_row(("en", "zh"), [
    ("I'll take two dozen.", "我要两打。"),
    ("Two dozen, please.", "请给我两打。"),
    ("Buy two dozen, then leave.", "买两打，然后离开。"),
])
def test_a_count_of_dozens_at_a_clause_end_is_read(en: str, zh: str) -> None:
    """Review Y-23: 两打 before a full stop or a comma is two dozen."""
    assert _found(en, zh) == []
