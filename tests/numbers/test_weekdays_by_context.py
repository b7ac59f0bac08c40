"""A day of the week is read by its context, not from a list (review of stop 24).

周二 is Tuesday, not the number two; but 两周三天 is "two weeks and three days" and
每周一次 "once a week": the listed 周三 and 周一 swallowed the 三 and the 一, so a correct
translation was reported and a wrong number hidden.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


@every_row(("text", "values"), [
    ("商店周二开门", []),
    ("下周一开会", []),
    ("本周三下午3点", ["1500"]),
    ("星期天休息", []),
    ("礼拜六见", []),
    ("工期两周三天", ["2", "3"]),
    ("每周一次", ["1"]),
    ("每周二次", ["2"]),
])
def test_weekdays_and_counts(text: str, values: list[str]) -> None:
    """The numerals read as numbers (a day of the week is a value of kind weekday, no number)."""
    assert [str(n.value) for n in extract_numbers(text, "zh") if n.kind != "weekday"] == values


@every_row(("source", "target", "reported"), [
    ("The trip lasts 2 weeks and 3 days.", "行程为期两周三天。", False),
    ("The trip lasts 2 weeks and 5 days.", "行程为期两周三天。", True),
    ("Take one tablet once a week.", "每周一次，每次一片。", False),
    ("The shop opens on Tuesdays.", "商店每逢周二开门。", False),
])
def test_check(source: str, target: str, reported: bool) -> None:
    assert bool(check([Unit(source, target)], select=["numbers"])) is reported
