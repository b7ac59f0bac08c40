"""The word lists scanned at every figure or text are tries, and a trie matches what the
longest-first alternation of the same words matched (issue 10: tm check's speed)."""

from __future__ import annotations

import re

import pytest
import regex

from tm.numbers import _directions, _periods
from tm.numbers import _numerals as N
from tm.numbers._base import trie_pattern
from tm.numbers._en import _SUFFIX


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(words, key=len, reverse=True))


@pytest.mark.parametrize("text", ["5 sq km", "5 sq   km", "5 square kilometres", "5 km/h",
                                  "5 Km", "5 KM2", "5 mi.", "5 miles per hour", "5 yuan",
                                  "5 US dollars", "5 pounds sterling", "5 kmx"])
def test_a_caseless_trie_of_words_with_spaces_matches_as_the_alternation(text: str) -> None:
    words = [*N.UNIT_FORMS_EN, *N.CURRENCY_WORDS_EN]
    pattern = r"\d\s*(?P<w>{})(?![\p{{L}}\d])"
    old = regex.compile(pattern.format(_alternation(words)), regex.I).search(text)
    new = regex.compile(pattern.format(trie_pattern(words, spaces=True)), regex.I).search(text)
    assert (old and old.group("w")) == (new and new.group("w"))


def test_a_trie_tries_the_longer_word_first() -> None:
    assert re.fullmatch(trie_pattern(["ten", "tenth"]) + "h?", "tenth")
    assert trie_pattern(["sq km"], spaces=True) == r"sq\s+km"


@pytest.mark.parametrize(("text", "says"), [
    ("Profits ROSE 5%", True), ("a slump", True), ("it was up", True), ("upbeat", False),
    ("downtown", False), ("Sales were flat", False), ("ſlashed", True)])
def test_words_of_change_are_found_in_any_case(text: str, says: bool) -> None:
    assert _directions.may_hold_direction(text, "en") is says


@pytest.mark.parametrize(("text", "says"), [
    ("twice a Week", True), ("$5 p.a.", True), ("semiannual", True), ("5/day", True),
    ("an hourglass", False), ("perhaps", True), ("a superb year", False)])
def test_words_of_a_rate_are_found_in_any_case(text: str, says: bool) -> None:
    assert _periods.may_hold_rate(text) is says


def test_the_suffix_after_a_figure_takes_the_longest_unit() -> None:
    m = _SUFFIX.match("5 square kilometres of land", 1)
    assert m is not None and m.group("unit") == "square kilometres"
