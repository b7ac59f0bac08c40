"""一刻钟 is fifteen minutes and 三刻钟 forty-five (issue 10)."""

from __future__ import annotations

import pytest

from rows import every_row
from tm import Unit, check


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@pytest.mark.parametrize(("en", "zh"), [
    ("A shuttle leaves every 15 minutes.", "班车每一刻钟发一班。"),
    ("The tour lasts 45 minutes.", "参观持续三刻钟。"),
])
def test_quarter_hours_meet_their_minutes(en: str, zh: str) -> None:
    assert _found(en, zh) == []


def test_other_minutes_are_reported() -> None:
    assert _found("A shuttle leaves every 20 minutes.", "班车每一刻钟发一班。")


@every_row(("en", "zh"), [
    ("Assembling one shelf takes about a quarter of an hour.", "组装一个书架约需一刻钟。"),
    ("The walk takes three quarters of an hour.", "步行需要45分钟。"),
    ("It is a quarter-hour drive.", "车程一刻钟。"),
])
def test_a_quarter_of_an_hour_in_english_meets_its_minutes(en: str, zh: str) -> None:
    assert _found(en, zh) == []


def test_other_minutes_for_a_quarter_of_an_hour_are_reported() -> None:
    assert _found("It takes a quarter of an hour.", "需要半小时。")
