"""A Chinese clock time in digits with no time of day is a 24-hour time (issue 10; numbers2).

入住时间：2:00起 is 2 a.m.: Chinese writes an afternoon time 14:00 or 下午2:00, so against "from
2:00 PM" it is another time, as a zero-padded 02:00 is in English.  下午2点, 14:00 and 2:00 PM
(an English UI string kept in the Chinese) are the same time; 2点 alone is said on a 12-hour
clock and may be either half; an English 2:00 with no a.m. or p.m. may be either too.
"""

from __future__ import annotations

import pytest

from tm import Unit, check
from tm.numbers import extract_numbers


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@pytest.mark.parametrize(("en", "zh"), [
    ("Check-in from 2:00 PM", "入住时间：2:00起"),
    ("Check-out by 11:00 AM", "退房时间：11:00 PM前"),
    ("The shop opens at 9:30 PM.", "商店9:30开门。"),
    ("Check-in from 2:00 PM", "入住时间：凌晨2点起"),
])
def test_another_half_of_the_day_is_reported(en: str, zh: str) -> None:
    assert _found(en, zh)


@pytest.mark.parametrize(("en", "zh"), [
    ("Check-in from 2:00 PM", "入住时间：14:00起"),
    ("Check-in from 2:00 PM", "入住时间：下午2:00起"),
    ("Check-in from 2:00 PM", "入住时间：下午2点起"),
    ("Check-in from 2:00 PM", "入住时间：2:00 PM起"),
    ("Check-in from 2 PM", "入住时间：2点起"),
    ("Check-out by 11:00 AM", "退房时间：11:00前"),
    ("Check-in from 2:00", "入住时间：14:00起"),
    ("Check-in from 2:00", "入住时间：2:00起"),
    ("Lunch is served at 12:30 PM.", "午餐12:30供应。"),
    ("The score was 21:15.", "比分为21:15。"),
    # a time of day said once for a range reaches its second end (review R-4)
    ("Open 2:00-5:00 PM", "下午2:00-5:00开放"),
    ("Open from 2:00 to 5:00 PM", "开放时间为下午2:00至5:00"),
    ("Open from 2:00 PM to 5:00 PM", "开放时间为下午2:00至5:00"),
])
def test_the_same_time_is_quiet(en: str, zh: str) -> None:
    assert _found(en, zh) == []


def test_am_or_pm_after_a_chinese_clock_time_is_read() -> None:
    assert [(str(n.value), n.text) for n in extract_numbers("2:30 PM出发", "zh")] == [
        ("1430", "2:30 PM")]
