"""A Chinese fraction does not meet two loose figures of the other side (review Z-5).

三分之一 is one value, a third; it is no pair of a 1 and a 3 the English says apart
("1 cup of flour and 3 eggs"), with a currency ("2 dollars for 5 apples") or in two clauses.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check


@every_row(("en", "zh"), [
    ("It costs 2 dollars for 5 apples.", "五分之二美元一个苹果。"),
    ("Add 1 cup of flour and 3 eggs.", "加入三分之一杯面粉和鸡蛋。"),
    ("Walk 3 km, then rest 4 minutes.", "步行四分之三公里。"),
    ("The 4 teams scored 3 goals.", "四分之三的球队进了球。"),
    ("Chapter 2, section 3", "第三分之二节"),
])
def test_a_fraction_against_two_loose_figures_is_reported(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"])
