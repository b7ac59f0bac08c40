"""免息 / 无息 is an interest rate of 0 percent (issue 10; numbers2 battery).

"0% interest" and "0% APR" are 免息 or 无息 in Chinese, with no numeral: the English 0 %
was reported as missing.  The Chinese word reads as 0 percent (spelled: "interest-free"
says it with no figure); another rate against it is reported.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check


@every_row(("en", "zh"), [
    ("Spread the cost over 6 months at 0% interest.", "可分6个月免息分摊费用。"),
    ("Students get a 0% loan.", "学生可获得无息贷款。"),
    ("An interest-free loan for students.", "面向学生的无息贷款。"),
])
def test_interest_free_is_zero_percent(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"]) == []


def test_another_rate_is_reported() -> None:
    unit = Unit("Spread the cost over 6 months at 4.9% interest.", "可分6个月免息分摊费用。")
    assert check([unit], select=["numbers"])
