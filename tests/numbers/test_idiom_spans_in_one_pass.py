"""The Chinese idiom readers remove the numbers an idiom covers in one pass (lead, stop 24).

They removed them match by match, each match re-reading every number: an entry that
repeats an idiom (8,000 × 五五开, 32 KB) took 4.6 s, quadratic in its length.
``without_all`` must remove exactly what the match-by-match removal did, and the
readers must read the same numbers.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from tm.numbers import extract_numbers
from tm.numbers._base import Number
from tm.numbers._idioms_zh import without, without_all

SPAN = st.tuples(st.integers(0, 40), st.integers(0, 8)).map(lambda s: (s[0], s[0] + s[1]))


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(SPAN, max_size=12), st.lists(SPAN, max_size=6))
def test_one_pass_removes_what_span_by_span_removal_did(
        numbers: list[tuple[int, int]], spans: list[tuple[int, int]]) -> None:
    found = [Number(Decimal(i), "number", a, b, "x") for i, (a, b) in enumerate(numbers)]
    expected = found
    for start, end in spans:
        expected = without(expected, start, end)
    assert without_all(found, spans) == expected


def test_repeated_idioms_read_as_one_of_them_is() -> None:
    for idiom in ("五五开，", "打五折，", "二十世纪九十年代，", "十三五，", "二十一世纪头十年，",
                  "销量增长了两倍，", "三倍，"):
        one = [(n.value, n.kind) for n in extract_numbers(idiom, "zh")]
        many = [(n.value, n.kind) for n in extract_numbers(idiom * 200, "zh")]
        assert many == one * 200, idiom
