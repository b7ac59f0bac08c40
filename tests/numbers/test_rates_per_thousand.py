"""Rates per thousand and per ten thousand, and 百分之百, are percentages (issue 10).

Chinese writes small rates as 千分之三 (3 per thousand) and 万分之五 (5 per ten thousand):
daily late-payment interest, fees, defect rates.  They were read as the bare numeral
(五), so "0.05 percent a day" ↔ 每日万分之五 was reported as a number mismatch; and
百分之百 (a hundred per cent) held no number at all, so "100 percent" was missing.
Found on heldout15's and heldout16's first runs (two catalogs by different writers).
"""

from __future__ import annotations

from decimal import Decimal

from rows import every_row
from tm.numbers import extract_numbers, same_numbers


@every_row(("zh", "value"), [
    ("千分之三", Decimal("0.3")), ("万分之五", Decimal("0.05")), ("万分之一点五", Decimal("0.015")),
    ("千分之12", Decimal("1.2")), ("百分之百", Decimal("100")),
])
def test_a_rate_per_thousand_or_ten_thousand_is_a_percentage(zh: str, value: Decimal) -> None:
    found = extract_numbers(f"费率为{zh}。", "zh")
    assert [(n.kind, n.value, n.text) for n in found] == [("percent", value, zh)]


@every_row(("en", "zh"), [
    ("Late payment interest accrues at 0.05 percent per day.", "逾期付款按每日万分之五计收利息。"),
    ("The defect rate fell to 0.3 percent.", "不良率降至千分之三。"),
    ("No test is 100 percent accurate.", "没有任何检测是百分之百准确的。"),
])
def test_the_same_rate_in_both_languages_matches(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


@every_row(("en", "zh"), [
    ("Late payment interest accrues at 0.5 percent per day.", "逾期付款按每日万分之五计收利息。"),
    ("The defect rate fell to 3 percent.", "不良率降至千分之三。"),
    ("No test is 99 percent accurate.", "没有任何检测是百分之百准确的。"),
])
def test_a_wrong_rate_is_still_a_mismatch(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") != ([], [])


@every_row(("zh", "value", "kind"), [
    ("三千分之一", Decimal("0.0003"), "fraction"), ("一万分之五", Decimal("0.0005"), "fraction"),
    ("百分之五十", Decimal("50"), "percent"),
])
def test_a_fraction_with_its_own_denominator_is_unchanged(zh: str, value: Decimal,
                                                          kind: str) -> None:
    assert [(n.kind, n.value) for n in extract_numbers(zh, "zh")] == [(kind, value)]
