"""Fiscal years written FY2024, FY24, FY 2023/24 are years (user trial T38).

"FY" glues letters to the digits, which made them a code (as in G20 or 3W Cafe), so
2024财年 in a correct translation was reported as a number not in the source.
"""

from __future__ import annotations

from rows import every_row
from tm.numbers import same_numbers


@every_row(("en", "zh"), [
    ("FY2025 revenue guidance", "2025财年营收指引"),
    ("Results for FY25", "2025财年业绩"),
    ("The FY 2026 budget", "2026财年预算"),
    ("in the FY2024/25 plan", "在2024/25财年计划中"),
    ("FY99 was the low point.", "1999财年是低谷。"),
])
def test_a_fiscal_year_matches_its_chinese_year(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


def test_a_wrong_fiscal_year_is_still_reported_and_codes_stay_codes() -> None:
    missing, extra = same_numbers("FY2025 revenue", "en", "2024财年营收", "zh")
    assert [n.value for n in missing] == [2025] and [n.value for n in extra] == [2024]
    assert same_numbers("The G20 and the F35", "en", "二十国集团与F35", "zh") == ([], [])
