"""A numeral hour after a time of day is a clock time, whatever word it makes alone (issue 10).

下午一时 is 1 p.m. although 一时 alone is "for a while"; a time of day written as a word
of two characters (上午, 下午, 凌晨, 晚上 ...) makes the numeral and 时 / 点 after it an
hour.  A bare 早 / 晚 before 一点 is "a little earlier / later", no hour.
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers, same_numbers


def numbers_found(en: str, zh: str) -> list[str]:
    """The messages of the numbers check on the one unit *en* → *zh*."""
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


def assert_numbers_agree(en: str, zh: str) -> None:
    """tm.numbers and the numbers check both find the same values in *en* and *zh*."""
    assert same_numbers(en, "en", zh, "zh") == ([], [])
    assert numbers_found(en, zh) == []


@every_row(("en", "zh"), [
    ("The pharmacy reopens at 1 p.m.", "药房下午一时重新营业。"),
    ("Visiting hours end at 1:30 p.m.", "探视时间于下午一时三十分结束。"),
    ("The ferry sails at 1 a.m.", "渡轮于凌晨一时启航。"),
    ("The market opens at 1 p.m. on Sundays.", "周日市场中午一点开门。"),
])
def test_an_idiom_numeral_after_a_time_of_day_is_the_hour(en: str, zh: str) -> None:
    assert_numbers_agree(en, zh)


@pytest.mark.parametrize(("en", "zh"), [
    ("The pharmacy reopens at 1 p.m.", "药房下午二时重新营业。"),
    ("The ferry sails at 2 a.m.", "渡轮于凌晨一时启航。"),
])
def test_a_wrong_hour_after_a_time_of_day_is_reported(en: str, zh: str) -> None:
    assert numbers_found(en, zh)


@pytest.mark.parametrize(("en", "zh"), [
    ("Please come a little later.", "请晚一点再来。"),
    ("Let's leave a bit earlier tomorrow.", "我们明天早一点出发吧。"),
])
def test_a_little_earlier_or_later_holds_no_hour(en: str, zh: str) -> None:
    assert [n for n in extract_numbers(zh, "zh") if n.kind == "time"] == []
    assert numbers_found(en, zh) == []


def test_a_bare_evening_before_a_figure_is_still_an_hour() -> None:
    assert [n.value for n in extract_numbers("晚8点开饭", "zh")] == [2000]


@every_row(("zh", "hhmm"), [("中午十一点", 1100), ("中午12点", 1200),
                                          ("中午一点半", 1330)])
def test_midday_runs_from_eleven_to_one(zh: str, hhmm: int) -> None:
    assert [n.value for n in extract_numbers(zh, "zh")] == [hhmm]


@every_row(("en", "zh"), [
    ("He acted on a whim in the afternoon.", "他下午一时兴起，买了辆车。"),
    ("It cannot be fixed this afternoon.", "今天下午一时半会儿修不好。"),
    ("In the evening he lost his temper for a moment.", "晚上一时冲动，他发了脾气。"),
    ("That evening he could not recall her name.", "当晚一时想不起她的名字。"),
    ("The train leaves at 10 a.m.", "火车中午十点出发。"),
])
def test_a_longer_idiom_after_a_time_of_day_is_no_hour(en: str, zh: str) -> None:
    """Review Y-1: 一时兴起 after 下午 is "on a whim", 中午十点 is 10:00."""
    assert numbers_found(en, zh) == []
