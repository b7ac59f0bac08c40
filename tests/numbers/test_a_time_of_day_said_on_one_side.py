"""A clock time with a.m./p.m. on one side only meets the same hour on a twelve-hour clock.

"The briefing is at 2:30" → 简报会于下午两点半举行: the translator adds the time of day the
context gives (or leaves it out: "7:30 pm" → 7点半).  A time written with no time of day
meets either half of the day; two times of day that differ are still reported (issue 10).
A Chinese time in digits (7:30) is a 24-hour one, 7:30 a.m. (numbers2, stop 31): against
"7:30 pm" it is another time, as tests/numbers/test_a_chinese_clock_in_digits_is_24_hour.py
says.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("en", "zh"), [
    ("The briefing is at 2:30.", "简报会于下午两点半举行。"),
    ("Boarding closes at 11:45.", "登机于上午11:45截止。"),
    ("The show starts at 7:30 pm.", "演出7点半开始。"),
    ("The show starts at 7:30.", "演出19:30开始。"),
])
def test_a_time_with_no_time_of_day_meets_either_half(en: str, zh: str) -> None:
    assert _found(en, zh) == []


@every_row(("en", "zh"), [
    ("The briefing is at 2:30.", "简报会于下午三点半举行。"),
    ("The briefing is at 2:30 a.m.", "简报会于下午两点半举行。"),
    ("The show starts at 7:30 pm.", "演出8:30开始。"),
    ("The show starts at 7:30 pm.", "演出7:30开始。"),
])
def test_another_hour_or_another_time_of_day_is_reported(en: str, zh: str) -> None:
    assert _found(en, zh)
