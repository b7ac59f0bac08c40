"""A year written '98 is 1998, and ’05 is 2005 (issue 10).

Its two digits are an alternative, as Chinese also writes 98年; the decade '90s stays 1990.
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm import Unit, check


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("en", "zh"), [
    ("She joined the firm in '97.", "她于1997年加入公司。"),
    ("She joined the firm in '97.", "她97年加入公司。"),
    ("The class of ’05 met again.", "2005届校友再次聚会。"),
])
def test_a_short_year_meets_its_year(en: str, zh: str) -> None:
    assert _found(en, zh) == []


def test_another_year_is_reported() -> None:
    assert _found("She joined the firm in '97.", "她于1979年加入公司。")


@pytest.mark.parametrize(("en", "zh"), [
    ("He said '98 percent' twice.", "他两次说“98%”。"),
    ("The sign read '75 points'.", "牌子上写着“75分”。"),
])
def test_a_quoted_figure_is_no_year(en: str, zh: str) -> None:
    """Review Y-20: an apostrophe that opens a quote before a measure is no year."""
    assert _found(en, zh) == []
