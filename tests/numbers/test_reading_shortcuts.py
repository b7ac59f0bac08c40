"""The shortcuts of :func:`tm.numbers.extract_numbers` read exactly what the full path reads
(issue 10, speed): a text with no character the width folding changes is not translated,
and the recognizers a text's features allow are listed once per set of features."""

from __future__ import annotations

from itertools import chain, combinations

import pytest

from rows import every_row
from tm.numbers import _en, _extract, _zh
from tm.numbers._lazy import compiled


def test_the_full_width_test_matches_exactly_the_characters_the_folding_changes() -> None:
    changed = {cp for cp in range(0x10000) if chr(cp).translate(_extract._NUMBER_FOLD) != chr(cp)}
    tested = {cp for cp in range(0x10000) if _extract._FULL_WIDTH.search(chr(cp))}
    assert changed == tested == set(_extract._NUMBER_FOLD)


def _every_subset(names: set[str]) -> list[frozenset[str]]:
    items = sorted(names)
    return [frozenset(c) for c in chain.from_iterable(combinations(items, n)
                                                      for n in range(len(items) + 1))]


@pytest.mark.parametrize(("code", "module"), [("en", _en), ("zh", _zh)])
def test_the_recognizers_listed_for_a_set_of_features_are_those_it_allows(code: str,
                                                                         module: object) -> None:
    recognizers = module.RECOGNIZERS  # type: ignore[attr-defined]
    features = set().union(*(needs for _, _, needs in recognizers))
    for present in _every_subset(features):
        # the listed patterns, compiled (they compile on first use: tm.numbers._lazy)
        expected = tuple((compiled(p), h) for p, h, needs in recognizers if needs <= present)
        assert _extract._recognizers(code, present) == expected


def _suffix_words() -> list[str]:
    """Every word a number's suffix is made of (units, scales, percent, currencies, a.m.)."""
    from tm.numbers import _numerals as numerals

    words = [*numerals.UNIT_FORMS_EN, *numerals.UNIT_FORMS_ZH, *numerals.CURRENCY_WORDS_EN,
             *numerals.EN_SCALE_SUFFIXES, "percent", "per cent", "pct", "percentage points",
             "am", "p.m.", "%", "个百分点", "多", "余", *"十百千万亿"]
    return [w for word in words for w in (word, word.upper(), word.capitalize())]


@every_row("glue", ["", " ", "  ", "-", "\u00a0"])
def test_a_suffix_the_match_would_read_is_never_skipped(glue: str) -> None:
    # The suffix match after a figure is skipped when the next character cannot begin one;
    # every word the suffix patterns read, written any way, begins with one that can.
    for word in _suffix_words():
        tail = glue + word
        if _en._SUFFIX.match(tail).end():  # type: ignore[union-attr]
            assert tail[0] not in _en._NO_SUFFIX_AFTER, tail
        if _zh._SUFFIX.match(tail).end():  # type: ignore[union-attr]
            assert _zh._may_begin_suffix(tail[0]), tail


def test_the_suffix_is_read_after_a_figure_and_not_after_punctuation() -> None:
    assert [(n.text, n.kind) for n in _extract.extract_numbers("[12] 5 percent, 7km.")] == [
        ("12", "number"), ("5 percent", "percent"), ("7km", "number")]
    assert [n.text for n in _extract.extract_numbers("[12] 增长5%，达3万公里。", "zh")] == [
        "12", "5%", "3万公里"]


@every_row(("text", "read"), [
    ("Open ROUND THE CLOCK, 7 days a week", [("ROUND THE CLOCK", "24"), ("7", "7")]),
    ("Open Round-the-Clock, 7 days a week", [("Round-the-Clock", "24"), ("7", "7")]),
    ("Support 24/7", [("24/7", "24")]),
    ("Room 7, floor 24", [("7", "7"), ("24", "24")]),
])
def test_round_the_clock_is_looked_for_in_every_text_that_may_say_it(
        text: str, read: list[tuple[str, str]]) -> None:
    # The clock reading is only tried on a text with a 7 and a 24, or "clock" in any case.
    assert [(n.text, str(n.value)) for n in _extract.extract_numbers(text)] == read


@every_row("text", ["2015年5月7日", "增长百分之百", "第三季度", "18K金", "Q3营收",
                                  "٣个", "１２点", "三分之一", "没有数字", "有效期至05/27"])
def test_chinese_features_are_those_of_each_character(text: str) -> None:
    # One character at a time, as the features were first read: a marker character gives
    # its feature, any other Unicode decimal digit gives "digit".
    import regex

    found = {_zh._FEATURE_OF.get(c, "digit")
             for c in text if c in _zh._FEATURE_OF or regex.match(r"\d", c)}
    if "digit" in found or "cn" in found:
        found.add("any")
    elif "百分之" in found:
        found = {"百分之"}
    else:
        found = set()
    assert _zh.features(text) == found


@every_row(("text", "value"), [("He came TWICE", "2"), ("Once a day", "1"),
                                             ("THRICE more", "3")])
def test_once_twice_thrice_are_read_in_any_case(text: str, value: str) -> None:
    # They are only looked for in a text holding "ce" once lower-cased.
    assert [str(n.value) for n in _extract.extract_numbers(text)] == [value]
