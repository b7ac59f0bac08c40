"""Review V-2: "the first quarter of 2024" (of the year) names a quarter as the bare form
does; the quarter of a century, an hour or a match is something else."""

from __future__ import annotations

import pytest

from tm.numbers import same_numbers


@pytest.mark.parametrize(("en", "zh"), [
    ("Revenue rose in the first quarter of 2024.", "2024年第{}季度收入增长。"),
    ("In the first quarter of the year, revenue rose.", "今年第{}季度收入增长。"),
])
def test_a_quarter_of_a_year_is_compared(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh.format("一"), "zh") == ([], [])
    missing, extra = same_numbers(en, "en", zh.format("二"), "zh")
    assert [n.text for n in missing] == ["first quarter"]
    assert [n.text for n in extra] == ["第二季度"]


def test_the_quarter_of_something_else_is_no_quarter_of_a_year() -> None:
    assert same_numbers("In the first quarter of the 21st century.", "en",
                        "在21世纪头二十五年。", "zh") == ([], [])
