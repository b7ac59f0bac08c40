"""Classes of numbers4 (stop 31, a development set since its first run) besides the rates,
lunar dates and directions of their own test files: each test is named for its class."""

from __future__ import annotations

import pytest

from tm import Unit, check
from tm.numbers import extract_numbers


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


def _read(text: str, lang: str) -> list[tuple[str, str]]:
    return [(str(n.value), n.kind) for n in extract_numbers(text, lang)]


def test_a_hyphen_after_a_percent_sign_joins_a_range() -> None:
    assert _read("yield 2.8%-3.5% a year", "en") == [("2.8", "percent"), ("3.5", "percent")]
    assert _found("Products yield 2.8%-3.5% a year.", "产品年收益率为2.8%-3.5%。") == []


def test_a_minus_after_a_range_mark_is_a_sign() -> None:
    assert _read("信号强度在-70~-90 dBm之间", "zh") == [("-70", "number"), ("-90", "number")]
    assert _found("Signal strength ranges from -70 to -90 dBm.",
                  "信号强度在-70~-90 dBm之间。") == []


def test_yards_are_a_length() -> None:
    assert _found("The venue is 500 yards from the station.", "场馆距车站500米。")
    assert _found("The venue is 500 yards from the station.", "场馆距车站约457米。") == []


def test_a_hyphenated_count_and_a_half_is_one_figure() -> None:
    assert _found("A three-and-a-half-story townhouse.", "一栋三层半联排别墅。") == []


def test_a_bandwidth_said_by_its_magnitude() -> None:
    assert _found("Fiber broadband at 1,000 Mbps costs 199 yuan a month.",
                  "千兆光纤宽带每月199元。") == []
    assert _found("Fiber broadband at 100 Mbps costs 199 yuan a month.",
                  "千兆光纤宽带每月199元。")


def test_a_range_of_discounts_said_once() -> None:
    assert _found("Discounts of 20%-50% apply storewide.", "全场5-8折。") == []
    assert _found("Discounts of 20%-40% apply storewide.", "全场5-8折。")


@pytest.mark.parametrize(("en", "zh"), [
    ("Call 0-800-555-0199 for help.", "请拨打800-555-0199求助。"),
    ("Keep the fridge at 0-4°C.", "冰箱温度保持在4°C。"),
    ("Set the volume from 0 to 10.", "将音量设为10。"),
    ("Rate the app from 0 to 5 stars.", "给应用打5星。"),
    ("The loan rate falls from 0 to 3% next year.", "明年贷款利率降至3%。"),
])
def test_a_zero_that_is_no_standing_start_is_still_reported(en: str, zh: str) -> None:
    """Review R-7: only the standing start of an acceleration is forgiven."""
    assert _found(en, zh)


def test_a_range_from_zero_whose_start_is_left_unsaid() -> None:
    assert _found("The sedan goes from 0 to 100 km/h in 6.8 seconds.",
                  "这款轿车百公里加速仅需6.8秒。") == []
    assert _found("The sedan goes from 0 to 100 km/h in 6.8 seconds.",
                  "这款轿车百公里加速仅需7.8秒。")


@pytest.mark.parametrize("zh", ["全场5-8折。", "信号强度在-70~-90 dBm之间。"])
def test_the_readings_are_in_order(zh: str) -> None:
    found = extract_numbers(zh, "zh")
    assert [n.start for n in found] == sorted(n.start for n in found)


def test_a_bandwidth_word_said_without_a_figure_is_forgiven() -> None:
    assert _found("Gigabit broadband now covers 190 million households.",
                  "千兆宽带已覆盖1.9亿户家庭。") == []
