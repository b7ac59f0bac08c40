"""A length of time said in another unit matches (issue 10, probing unseen-catalog classes).

"the past 12 months" = 过去一年, "24 hours" = 一天, "a fortnight" = 两周: counts
of seconds … years take their unit of time, and converted durations match like
converted lengths do; a calendar year (2025年) takes no unit.
"""

from __future__ import annotations

import pytest
from numbers_cases import assert_numbers_agree, numbers_found

from tm.numbers import extract_numbers


@pytest.mark.parametrize(("en", "zh"), [
    ("Prices rose over the past 12 months.", "过去一年价格上涨。"),
    ("The store is open 24 hours.", "商店一天不打烊。"),
    ("Delivery takes 7 days.", "送货需要一周。"),
    ("The warranty lasts 24 months.", "保修期为两年。"),
    ("The course runs for 90 minutes.", "课程时长1.5小时。"),
    ("He served 18 months in prison.", "他在狱中服刑18个月。"),
    # forty days and forty nights: one 40, with or without a unit read
    ("He stayed forty days and forty nights and wrote on two tables.",
     "他在那里四十昼夜，写在两块版上。"),
])
def test_a_duration_in_another_unit_matches(en: str, zh: str) -> None:
    assert_numbers_agree(en, zh)


@pytest.mark.parametrize(("en", "zh"), [
    ("Prices rose over the past 12 months.", "过去两年价格上涨。"),
    ("Delivery takes 7 days.", "送货需要7周。"),
    ("Bring your tithes after three years.", "每三日奉上你们的十分之一。"),
])
def test_a_duration_of_another_length_is_reported(en: str, zh: str) -> None:
    assert len(numbers_found(en, zh)) == 1


@pytest.mark.parametrize("zh", ["2021—2025年", "2025年", "80年代", "3年级", "周一"])
def test_a_calendar_year_grade_or_weekday_takes_no_unit_of_time(zh: str) -> None:
    assert all(n.unit == "" for n in extract_numbers(zh, "zh"))
