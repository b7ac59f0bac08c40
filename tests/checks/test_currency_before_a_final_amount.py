"""A currency before the last amount of a message is compared like any other (T47).

"It costs $5 today." against 今天售价5欧元 was reported, but "It costs $5." against
售价5欧元 passed: the fast path that skips reading units whose digits are equal
on both sides did not look for currencies, and a final amount has no word
after it to send the unit down the full path.  A banking catalog's "Fee: ¥2"
and "Balance: $5" are such strings.
"""

from __future__ import annotations

import tm
from rows import every_row


@every_row(("source", "target"), [
    ("Delivery costs $7.", "配送费7欧元。"),
    ("Balance: €12", "余额：12美元"),
    ("Parking is RM8.", "停车费8美元。"),
    ("Fee: £3", "手续费：3日元"),
])
def test_a_different_currency_on_a_final_amount_is_reported(source: str, target: str) -> None:
    found = tm.check([tm.Unit(source, target)], select=["numbers"])
    assert [f.check for f in found] == ["numbers"]


@every_row(("source", "target"), [
    ("Delivery costs $7.", "配送费7美元。"),
    ("Balance: €12", "余额：12欧元"),
    ("Parking is RM8.", "停车费8林吉特。"),
    ("Step 3 of 4", "第3步，共4步"),
])
def test_the_same_currency_or_no_currency_is_not(source: str, target: str) -> None:
    assert tm.check([tm.Unit(source, target)], select=["numbers"]) == []
