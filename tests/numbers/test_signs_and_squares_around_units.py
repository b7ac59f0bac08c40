"""A minus sign before a currency sign, and a unit of area with a superscript two (issue 10;
numbers2 battery).

"-$245.10" is a negative amount, as "-245.10美元" writes it: the sign before "$" was not
read, so the correct translation was reported and a dropped sign was missed.  "45 m²" is 45
square metres: the ² was not read, so "45平方英尺" (square feet) passed as the same 45.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check


@every_row(("en", "zh"), [
    ("Available credit: -$80.50", "可用额度：-80.50美元"),
    ("Adjustment: −€12", "调整：-12欧元"),
    ("Adjustment: -£12", "调整：-£12"),
    ("A 60 m² flat", "一套60平方米的公寓"),
    ("A 60m² flat", "一套60m²的公寓"),
    ("The lake covers 1.8 km².", "湖面面积1.8平方公里。"),
])
def test_the_sign_and_the_square_are_read(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"]) == []


@every_row(("en", "zh"), [
    ("Available credit: -$80.50", "可用额度：80.50美元"),
    ("Adjustment: €12", "调整：-12欧元"),
    ("A 60 m² flat", "一套60平方英尺的公寓"),
    ("The lake covers 1.8 km².", "湖面面积1.8公里。"),
])
def test_a_lost_sign_or_another_unit_is_reported(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"])
