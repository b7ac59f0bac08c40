"""A unit symbol glued to its figure reads as the same value as the spaced form (issue 10).

Chinese typography glues a Latin unit symbol to the figure (45W快充, 12V电池, 500ml, 200g)
where English spaces it ("45 W", "12 V").  The glued form used to be read as a code (like
5D Robotics) and its figure dropped, so a correct translation was reported as losing the
number; one list of glued unit symbols now serves both languages.
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm.numbers import compare_numbers, extract_numbers

CORRECT = [
    ("The charger delivers 65 W.", "该充电器输出功率为65W。"),
    ("Use a 12 V battery.", "请使用12V电池。"),
    ("Pour in 500 ml of water.", "倒入500ml水。"),
    ("Add 200 g of flour.", "加入200g面粉。"),
    ("The cable carries 220V.", "这根线缆承载220 V电压。"),
    ("A 30W lamp and a 5V adapter.", "一盏30W灯和一个5V适配器。"),
]


@every_row(("src", "tgt"), CORRECT)
def test_glued_unit_symbol_matches_spaced_form(src: str, tgt: str) -> None:
    left, right = compare_numbers(extract_numbers(src, "en"), extract_numbers(tgt, "zh"))
    assert (left, right) == ([], [])


@every_row(("src", "tgt"), [
    ("The charger delivers 45 W.", "该充电器输出功率为65W。"),
    ("Use a 12 V battery.", "请使用24V电池。"),
    ("Pour in 500 ml of water.", "倒入50ml水。"),
])
def test_wrong_figure_with_glued_unit_still_reported(src: str, tgt: str) -> None:
    left, right = compare_numbers(extract_numbers(src, "en"), extract_numbers(tgt, "zh"))
    assert left and right


@pytest.mark.parametrize(("text", "lang"), [("65W快充", "zh"), ("a 65W charger", "en")])
def test_glued_watt_reads_figure_and_unit(text: str, lang: str) -> None:
    assert [(str(n.value), n.unit) for n in extract_numbers(text, lang)] == [("65", "W")]


@every_row(("text", "lang"), [("5G手机", "zh"), ("4K屏幕", "zh"),
                                            ("5G phones", "en"), ("5D Robotics", "en")])
def test_letters_that_are_no_unit_stay_codes(text: str, lang: str) -> None:
    assert extract_numbers(text, lang) == []
