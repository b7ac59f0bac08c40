"""Clock times said in words are times in both languages (issue 10).

English: "three o'clock", "half past two", "a quarter past three", "a quarter to four",
"twenty past six", "at ten to six", with a.m., p.m. or "in the afternoon" if said.
Chinese: 三点一刻 (3:15), 四点三刻 (4:45), 午夜12点 and 半夜十二点 (0:00).  "from ten to six"
stays a range.
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("text", "lang", "hhmm"), [
    ("Dinner is at seven o'clock.", "en", 700), ("at 9 o'clock p.m.", "en", 2100),
    ("at four o'clock in the afternoon", "en", 1600), ("at half past eight", "en", 830),
    ("a quarter past nine", "en", 915), ("at a quarter to ten", "en", 945),
    ("at twenty past eleven", "en", 1120), ("at ten to two", "en", 150),
    ("at 25 minutes past 3 p.m.", "en", 1525),
    ("九点一刻", "zh", 915), ("九点三刻", "zh", 945), ("午夜12点", "zh", 0),
    ("半夜十二点", "zh", 0),
])
def test_a_clock_time_in_words_is_read(text: str, lang: str, hhmm: int) -> None:
    assert [(n.kind, n.value) for n in extract_numbers(text, lang)] == [("time", hhmm)]


def test_from_ten_to_six_is_no_time() -> None:
    assert [n.value for n in extract_numbers("Shifts run from ten to six.", "en")] == [10, 6]


@every_row(("en", "zh"), [
    ("Let's meet at half past eight.", "我们八点半见。"),
    ("The train leaves at a quarter past nine.", "火车九点一刻开。"),
    ("The train leaves at a quarter to ten.", "火车九点三刻开。"),
    ("Dinner is at seven o'clock.", "晚饭七点开始。"),
    ("The gates close at midnight.", "大门午夜12点关闭。"),
])
def test_the_same_time_in_words_is_quiet(en: str, zh: str) -> None:
    assert _found(en, zh) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("Let's meet at half past eight.", "我们九点半见。"),
    ("The train leaves at a quarter to ten.", "火车十点一刻开。"),
])
def test_another_time_in_words_is_reported(en: str, zh: str) -> None:
    assert _found(en, zh)


@every_row("text", [
    "Exports fell by about a quarter to 2.1 billion dollars.",
    "The chain cut its outlets by a quarter to 9.",
    "Sales rose by half past 10 percent.",
    "The fund shrank by a quarter to 6 million.",
])
def test_a_share_before_to_and_a_figure_is_no_time(text: str) -> None:
    assert [n for n in extract_numbers(text, "en") if n.kind == "time"] == []
