"""A number word inside an English set phrase is no number (issue 10, found by heldout13).

"a one-two punch", "a one-on-one interview", "a two-way radio", "a second-hand
bookshop", "crawling on all fours" — the word names no quantity the translation must
repeat, like 一直 or 一成不变 on the Chinese side (data/set_phrases_en.txt, the English
side of data/set_phrases_zh.txt).  Spelled numbers in ordinary use still count.
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm.numbers import dropped_counts, extract_numbers, same_numbers


@every_row("en", [
    "The boxer landed a one-two punch in round 3.",
    "Each candidate sits a one-on-one interview.",
    "Rangers carry a two-way radio on every patrol.",
    "She runs a second-hand bookshop near the station.",
    "The toddler was crawling on all fours across the room.",
    "After the merger the office was at sixes and sevens.",
    "The grant is a one-off payment of 500 dollars.",
    "A one on one chat with the coach helped.",
])
def test_a_number_word_inside_an_english_set_phrase_is_not_read(en: str) -> None:
    numbers = extract_numbers(en, "en")
    assert all(not n.spelled for n in numbers), [n.text for n in numbers]


@pytest.mark.parametrize(("en", "zh"), [
    ("The boxer landed a one-two punch, and 3,000 fans cheered.",
     "拳手打出一记组合拳，3000名观众欢呼。"),
    ("Italian riders took a one-two finish in stage 14.", "意大利车手在第14赛段包揽前两名。"),
])
def test_a_set_phrase_number_word_is_not_a_dropped_count(en: str, zh: str) -> None:
    src, tgt = extract_numbers(en, "en"), extract_numbers(zh, "zh")
    assert same_numbers(en, "en", zh, "zh") == ([], [])
    assert dropped_counts(en, src, zh, tgt) == []


def test_spelled_numbers_in_ordinary_use_still_count() -> None:
    en = "Two riders finished second, and one team left after 14 stages."
    assert [(n.text, n.kind) for n in extract_numbers(en, "en")] == [
        ("Two", "number"), ("second", "ordinal"), ("one", "number"), ("14", "number")]
    missing, extra = same_numbers("Two riders finished, 14 stages in all.", "en",
                                  "三名车手完赛，共14个赛段。", "zh")
    assert [n.text for n in missing] == ["Two"] and [n.text for n in extra] == ["三"]
