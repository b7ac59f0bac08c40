"""Micrograms and micrometres are units (issue 10; heldout14's numbers miss, dev).

"a limit of 0.05 milligrams per kilogram" → 0.05微克/千克 changes the unit by a factor of a
thousand; 微克 was not read as a unit, so the figure alone was compared and matched.
"""

from __future__ import annotations

from rows import every_row
from tm.numbers import extract_numbers, same_numbers


@every_row(("text", "lang", "unit"), [
    ("50 micrograms", "en", "μg"), ("50 mcg", "en", "μg"), ("50微克", "zh", "μg"),
    ("a 3 micron process", "en", "μm"), ("3微米", "zh", "μm"), ("0.05毫克", "zh", "mg"),
])
def test_micro_units_are_read(text: str, lang: str, unit: str) -> None:
    assert [n.unit for n in extract_numbers(text, lang)] == [unit]


def test_a_milligram_is_not_a_microgram() -> None:
    en = "The new standard sets a limit of 0.05 milligrams per kilogram."
    assert same_numbers(en, "en", "新标准将限量值定为0.05微克/千克。", "zh") != ([], [])
    assert same_numbers(en, "en", "新标准将限量值定为0.05毫克/千克。", "zh") == ([], [])
