"""A length of time said in another unit matches (issue 10, probing unseen-catalog classes).

"the past 12 months" = 过去一年, "24 hours" = 一天, "a fortnight" = 两周: counts
of seconds … years take their unit of time, and converted durations match like
converted lengths do; a calendar year (2025年) takes no unit.
"""

from __future__ import annotations

import pytest
from check_cases import assert_numbers_agree, numbers_found

from rows import every_row
from tm.numbers import extract_numbers


@every_row(("en", "zh"), [
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


@every_row(("en", "zh"), [
    ("Prices rose over the past 12 months.", "过去两年价格上涨。"),
    ("Delivery takes 7 days.", "送货需要7周。"),
    ("Bring your tithes after three years.", "每三日奉上你们的十分之一。"),
])
def test_a_duration_of_another_length_is_reported(en: str, zh: str) -> None:
    assert len(numbers_found(en, zh)) == 1


@every_row("zh", ["2021—2025年", "2025年", "80年代", "3年级", "周一"])
def test_a_calendar_year_grade_or_weekday_takes_no_unit_of_time(zh: str) -> None:
    assert all(n.unit in ("", "weekday") for n in extract_numbers(zh, "zh"))


@every_row(("en", "zh"), [
    ("The project was delayed by six months.", "该项目推迟了半年。"),
    ("It took a year and a half.", "这花了一年半。"),
    ("The trip takes an hour and a half.", "行程需要一个半小时。"),
    ("She waited two and a half hours.", "她等了两个半小时。"),
    ("The exhibition runs for three and a half months.", "展览为期三个半月。"),
    ("Their bodies lay there three days and an half.", "他们的尸首在那里停了三天半。"),
    ("Sales rose in the first half of the year.", "上半年销售额增长。"),
    ("Only 1/3 of the budget was spent.", "只花掉了三分之一的预算。"),
    ("About 2/3 of users agreed.", "约2/3的用户表示同意。"),
])
def test_halves_of_a_unit_of_time_and_slash_fractions(en: str, zh: str) -> None:
    assert_numbers_agree(en, zh)


@every_row(("en", "zh"), [
    ("The project was delayed by six months.", "该项目推迟了一年半。"),
    ("She waited two and a half hours.", "她等了三个半小时。"),
    ("Only 1/3 of the budget was spent.", "只花掉了四分之一的预算。"),
])
def test_a_wrong_half_or_fraction_is_still_reported(en: str, zh: str) -> None:
    assert len(numbers_found(en, zh)) == 1


@every_row(("en", "zh"), [
    ("Revenue for the first nine months rose 12%.", "前三季度营收增长12%。"),
    ("Revenue for the first three quarters rose 12%.", "前三季度营收增长12%。"),
    ("Exports grew in January–February.", "1至2月出口增长。"),
    ("from January to October", "1—10月"),
])
def test_quarters_as_three_months_and_ranges_of_months(en: str, zh: str) -> None:
    assert_numbers_agree(en, zh)


@pytest.mark.parametrize(("en", "zh"), [
    ("Revenue for the first six months rose 12%.", "前三季度营收增长12%。"),
    ("from January to October", "1—9月"),
])
def test_a_wrong_quarter_or_month_range_is_still_reported(en: str, zh: str) -> None:
    assert len(numbers_found(en, zh)) == 1
