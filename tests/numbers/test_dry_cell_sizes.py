"""Dry cell sizes are numbered in Chinese (issue 10; numbers2 battery).

AA is 5号电池, AAA 7号电池, C 2号, D 1号: the figure of the Chinese name is the size the
English names by letters.  Last stop "two AAA batteries" → 两节7号电池 reported the 7.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check


@every_row(("en", "zh"), [
    ("The remote takes two AAA batteries.", "遥控器使用两节7号电池。"),
    ("Insert 4 AA batteries.", "装入4节5号电池。"),
    ("The torch uses D cells.", "手电筒使用1号电池。"),
    ("Insert 4 AA batteries.", "装入4节AA电池。"),
])
def test_a_cell_size_meets_its_number(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"]) == []


def test_another_size_is_reported() -> None:
    assert check([Unit("Insert 4 AA batteries.", "装入4节7号电池。")], select=["numbers"])
