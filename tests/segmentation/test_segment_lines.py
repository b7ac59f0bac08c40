"""Line breaks that end a segment, found by the segment4 development set (fixed as classes).

A single line break ends a segment when the line was broken on purpose (a greeting, a
sign-off, a verse, a contact block, the fields of a notice, a line ending in a web address)
and is a hard wrap inside a running sentence otherwise.  The examples are new, not
segment4's texts; each failed on the rules before the fix.  Hard-wrapped neighbours that
must stay whole are asserted beside them.
"""

from __future__ import annotations

import pytest

import tm
from rows import every_row


def _texts(text: str, lang: str = "en") -> list[str]:
    return [s.text for s in tm.segment(text, lang)]


# Greetings, sign-offs and verse: a short line ending in a comma, before a line that starts
# like a sentence (the next word would have fitted: the writer broke the line).
@every_row(("text", "lang", "expected"), [
    ("Dear Mr. Okafor,\nThank you for the samples you sent us on Tuesday.\nWarm wishes,\nPriya",
     "en", ["Dear Mr. Okafor,", "Thank you for the samples you sent us on Tuesday.",
            "Warm wishes,", "Priya"]),
    ("Hello team,\nThe build is green again. Please merge your branches today.\nCheers,\n"
     "Tom Baxter",
     "en", ["Hello team,", "The build is green again.", "Please merge your branches today.",
            "Cheers,", "Tom Baxter"]),
    ("春眠不觉晓，\n处处闻啼鸟。\n夜来风雨声，\n花落知多少。",
     "zh", ["春眠不觉晓，", "处处闻啼鸟。", "夜来风雨声，", "花落知多少。"]),
    ("Roses are red,\nViolets are blue,\nSugar is sweet,\nAnd so are you.",
     "en", ["Roses are red,", "Violets are blue,", "Sugar is sweet,", "And so are you."]),
])
def test_greeting_signoff_and_verse_lines_end_a_segment(text: str, lang: str,
                                                        expected: list[str]) -> None:
    assert _texts(text, lang) == expected


# A line without final punctuation that a wrapper would have filled (a menu line, a price).
def test_line_the_next_word_would_have_fitted_on_ends_a_segment() -> None:
    text = ("MAINS\nRoast chicken, thyme, garlic — 18.00\nBeef stew with dumplings — 21.50\n"
            "Children under twelve eat at half price on Sundays.")
    assert _texts(text) == ["MAINS", "Roast chicken, thyme, garlic — 18.00",
                            "Beef stew with dumplings — 21.50",
                            "Children under twelve eat at half price on Sundays."]


# Contact blocks: a name, an e-mail address, a telephone number, a date under a signature,
# and a line ending in a web address before a new sentence.
@every_row(("text", "lang", "expected"), [
    ("Press office:\nA. K. Lindqvist\npress@harbourline.example\n+44 20 7946 0321",
     "en", ["Press office:", "A. K. Lindqvist", "press@harbourline.example",
            "+44 20 7946 0321"]),
    ("停水期间请各位业主提前储水。\n阳光花园小区物业服务中心\n2024年11月3日",
     "zh", ["停水期间请各位业主提前储水。", "阳光花园小区物业服务中心", "2024年11月3日"]),
    ("报名链接：https://forms.example.cn/signup?id=42\n名额有限，先到先得。",
     "zh", ["报名链接：https://forms.example.cn/signup?id=42", "名额有限，先到先得。"]),
    ("Slides: www.example.org/talks/2024-lisbon\nQuestions are welcome after the session.",
     "en", ["Slides: www.example.org/talks/2024-lisbon",
            "Questions are welcome after the session."]),
])
def test_contact_block_lines_end_a_segment(text: str, lang: str, expected: list[str]) -> None:
    assert _texts(text, lang) == expected


# The fields of a notice: consecutive lines that each start with a label and a colon.
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("报名时间：即日起至2024年12月15日（星期日）晚上20:00\n报名地点：学校体育馆一楼\n"
     "联系人：王老师",
     "zh", ["报名时间：即日起至2024年12月15日（星期日）晚上20:00", "报名地点：学校体育馆一楼",
            "联系人：王老师"]),
    ("Venue: Main hall of the Old Customs House, Quay Street, Galway\nDate: 14 March\n"
     "Dress code: Smart casual",
     "en", ["Venue: Main hall of the Old Customs House, Quay Street, Galway", "Date: 14 March",
            "Dress code: Smart casual"]),
])
def test_label_value_lines_end_a_segment(text: str, lang: str, expected: list[str]) -> None:
    assert _texts(text, lang) == expected


# Neighbours that must not change: hard-wrapped prose whose lines end in a comma, an address
# pushed onto its own line inside a sentence, a date continuing a wrapped sentence.
@every_row(("text", "lang"), [
    ("The committee met on Tuesday to review the proposal in detail,\n"
     "Although several members had already left for the conference.", "en"),
    ("The full report, with all of its tables and appendices, is online at\n"
     "https://www.example.org/reports/2024/annual-review-final.pdf\n"
     "and in the library.", "en"),
    ("根据董事会的安排，本次临时股东大会的现场会议将于下列时间召开，\n"
     "请全体股东按时参加并携带有效身份证件。", "zh"),
    ("The new timetable, which the council approved after a long debate,\n"
     "Takes effect on the first Monday of the month.", "en"),
])
def test_hard_wrapped_lines_stay_in_their_sentence(text: str, lang: str) -> None:
    assert _texts(text, lang) == [text]
