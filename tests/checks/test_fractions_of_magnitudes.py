"""Halves and quarters of a spelled magnitude, and round the clock, read as one number (issue 10).

Likely failure classes of an unseen catalog, found by probing correct
translations of our own: "half a million" = 50万, "a quarter of a century" =
25年, "one and a half million" = 150万, "24/7" = 全天候 / 7×24小时 / 24小时.
"""

from __future__ import annotations

from check_cases import assert_numbers_agree, numbers_found

from rows import every_row
from tm.numbers import extract_numbers


@every_row(("en", "zh"), [
    ("Half a million people attended.", "50万人参加了活动。"),
    ("The fund raised a quarter of a million dollars.", "该基金筹得25万美元。"),
    ("The company has been around for a quarter of a century.", "这家公司已有25年历史。"),
    ("It lasted three quarters of a century.", "这持续了75年。"),
    ("Half a billion users signed up.", "5亿用户注册。"),
    ("One and a half million people visited.", "150万人次到访。"),
    ("Two and a half million tonnes of grain", "250万吨粮食"),
    ("Exports reached 2 and a half billion dollars.", "出口额达到25亿美元。"),
])
def test_a_fraction_of_a_spelled_magnitude_is_one_number(en: str, zh: str) -> None:
    assert_numbers_agree(en, zh)


@every_row(("en", "zh"), [
    ("Support is available 24/7.", "全天候提供支持。"),
    ("Support is available 24/7.", "提供7×24小时支持。"),
    ("Our hotline is open 24/7", "我们的热线24小时开通"),
    ("24x7 monitoring", "7x24小时监控"),
])
def test_round_the_clock_is_24_hours(en: str, zh: str) -> None:
    assert_numbers_agree(en, zh)


@every_row(("en", "zh"), [
    ("Half a million people attended.", "5万人参加了活动。"),
    ("One and a half million people visited.", "15万人次到访。"),
    ("Support is available 24/7.", "提供12小时支持。"),
])
def test_a_wrong_value_is_still_reported(en: str, zh: str) -> None:
    assert len(numbers_found(en, zh)) == 1


@every_row(("en", "read"), [
    ("Half the 20 stores closed.", ["half", "20"]),
    ("A quarter of the firms", ["A quarter"]),
    ("on 24/7/2025", ["24", "7", "2025"]),
    ("The score was 24-7.", ["24", "7"]),
])
def test_fractions_of_things_and_dates_are_not_merged(en: str, read: list[str]) -> None:
    assert [n.text.lower() for n in extract_numbers(en)] == [r.lower() for r in read]
