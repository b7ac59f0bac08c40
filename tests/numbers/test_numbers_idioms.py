"""Number idioms that tm.numbers reads with their neighbours: 四成, 90年代, 十三五, twice."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tm.numbers import extract_numbers, same_numbers


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("zh", "近四成企业", [("40", "percent", "四成")]),
    ("zh", "八成以上", [("80", "percent", "八成")]),
    ("zh", "一成为了", [("1", "number", "一")]),              # 成为 is a word, not a tenth
    ("zh", "20世纪90年代", [("1990", "number", "20世纪90年代")]),
    ("zh", "80年代", [("1980", "number", "80年代")]),
    ("zh", "“十三五”规划", [("13", "ordinal", "十三五"), ("5", "number", "十三五")]),
    ("en", "one in five adults", [("0.2", "fraction", "one in five")]),
    ("en", "eight out of ten firms", [("0.8", "fraction", "eight out of ten")]),
    ("en", "Sales doubled, twice the pace", [("2", "number", "twice")]),
    ("en", "in the first three quarters",
     [("1", "ordinal", "first"), ("3", "number", "three quarters")]),
    ("en", "three quarters of the firms", [("0.75", "fraction", "three quarters")]),
    ("en", "5 in 2015", [("5", "number", "5"), ("2015", "number", "2015")]),
])
def test_idioms(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(str(n.value), n.kind, n.text) for n in extract_numbers(text, lang)] == expected


@pytest.mark.parametrize(("en", "zh"), [
    ("Nearly 40 percent of firms", "近四成企业"),
    ("in the 1990s", "20世纪90年代"),
    ("the 13th Five-Year Plan", "“十三五”规划"),
    ("one in five adults", "五分之一的成年人"),
    ("twice as fast", "快两倍"),
    ("in the first three quarters", "前三季度"),
])
def test_idioms_match_across_languages(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


@given(st.text(alphabet="一二三四五六七八九十成世纪年代0123456789 twiceoutfqarsh", max_size=30))
def test_idiom_spans_index_the_text(text: str) -> None:
    for lang in ("en", "zh"):
        found = extract_numbers(text, lang)
        assert [n.start for n in found] == sorted(n.start for n in found)
        for n in found:
            assert text[n.start:n.end] == n.text
