"""An age band after Under- or Over- is a figure (issue 10).

A hyphen after a capitalized word makes a code (COVID-19, F-16), but "Under-18s" and
"Over-60s" at the start of a sentence are ages: 18岁以下, 60岁以上.
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@pytest.mark.parametrize(("en", "zh"), [
    ("Under-16s travel free.", "16岁以下乘客免费。"),
    ("Over-65s get a discount.", "65岁以上人士可享折扣。"),
])
def test_an_age_band_meets_its_age(en: str, zh: str) -> None:
    assert _found(en, zh) == []


def test_another_age_is_reported() -> None:
    assert _found("Under-16s travel free.", "12岁以下乘客免费。")


@every_row("text", ["COVID-19 cases fell.", "The F-16 landed.", "Mid-90s"])
def test_other_capitalized_words_before_a_hyphen_still_make_codes(text: str) -> None:
    assert [n.value for n in extract_numbers(text, "en") if n.value in (19, 16)] == []
