"""Issue 10 (precision; CLEANTRIAL4 c5): "the first half" of a game or a year is no ½.

"in the first half" → 上半场, "the second half of 2024" → 2024年下半年, "first-half sales":
Chinese names the period with no figure, so the English half (0.5) and its ordinal
(first, second) were left over and joined any other finding's message ("26 points, half in
the source not found").  A half that is a period is no number; a half of a unit ("the first
half hour" → 前半小时) and a half of things ("half of the 20 stores") still are.
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


@every_row("en", [
    "The visitors led at the end of the first half.",
    "Costs rose in the second half of the year.",
    "Deliveries will start in the latter half of 2026.",
    "Their first-half performance was poor.",
    "The opening half was goalless.",
])
def test_a_half_that_is_a_period_is_no_number(en: str) -> None:
    assert [n.kind for n in extract_numbers(en) if n.kind in ("fraction", "ordinal")] == []


@every_row(("en", "values"), [
    ("Only the first half hour is free.", ["1", "0.5"]),
    ("He ran the first half mile in 2 minutes.", ["1", "0.5", "2"]),
    ("Half of the 20 stores closed.", ["0.5", "20"]),
])
def test_a_half_of_a_unit_or_of_things_is_still_read(en: str, values: list[str]) -> None:
    assert [str(n.value) for n in extract_numbers(en)] == values


def test_the_half_of_a_period_joins_no_finding() -> None:
    found = check([Unit("Lee scored 21 points in the first half.", "李上半场砍下12分。")],
                  select=["numbers"])
    assert [f.message for f in found] == [
        "number mismatch: 21 points in the source not found in the target; "
        "12 in the target not in the source"]


@pytest.mark.parametrize(("en", "zh"), [
    ("They conceded twice in the second half.", "他们下半场两度失球。"),
    ("Exports grew 7% in the first half of 2025.", "2025年上半年出口增长7%。"),
])
def test_a_period_translated_with_no_figure_is_quiet(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"]) == []


def test_a_half_of_a_thing_is_still_a_half() -> None:
    """"the first half of the book" → 这本书的前一半: a half of things, which 一半 meets."""
    assert check([Unit("Read the first half of chapter 3.", "阅读第4章的前一半。")],
                 select=["numbers"])[0].message == (
        "number mismatch: 3 in the source not found in the target; "
        "第4 in the target not in the source")
