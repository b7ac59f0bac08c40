"""Abbreviations of four registers: a screenplay (scene headings, titles in a line of capitals),
statute references (Sch. 2, s. 14), incl./excl. before a word, and hashtags after the final
mark of a post.

Classes found by the segment6 development set; the examples are new, written for each class,
and each failed on the rules before the fix.  Neighbours that must not change are asserted
beside them.
"""

from __future__ import annotations

import pytest

import tm
from rows import every_row


def _texts(text: str, lang: str = "en") -> list[str]:
    return [s.text for s in tm.segment(text, lang)]


@pytest.mark.parametrize(("text", "expected"), [
    ("EXT. HARBOUR ROAD - DAWN\n\nA van idles by the gate.",
     ["EXT. HARBOUR ROAD - DAWN", "A van idles by the gate."]),
    ("INT. ST. JUDE'S HOSPITAL - NIGHT\n\nMRS. PATEL\nWhere is he? Tell me.",
     ["INT. ST. JUDE'S HOSPITAL - NIGHT", "MRS. PATEL", "Where is he?", "Tell me."]),
])
def test_screenplay_scene_headings_and_character_cues(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The duty does not apply to the persons listed in Sch. 3. The exemption in s. 9 is narrow.",
     ["The duty does not apply to the persons listed in Sch. 3.",
      "The exemption in s. 9 is narrow."]),
    ("Appeals lie under ss. 12-14 of the Act. They must be lodged within 28 days.",
     ["Appeals lie under ss. 12-14 of the Act.", "They must be lodged within 28 days."]),
])
def test_statute_references(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize("text", [
    "The tour visits six cities, incl. Lyon and Nice, in ten days.",
    "Tickets cost £40, excl. Booking fees charged by the venue.",
])
def test_incl_and_excl_before_a_capitalised_word(text: str) -> None:
    assert _texts(text) == [text]


@pytest.mark.parametrize(("text", "expected"), [
    ("Missed the train again. Classic Monday! #commute #rail",
     ["Missed the train again.", "Classic Monday! #commute #rail"]),
    ("Done for the week.\nBack on Monday. #teamwork\nThanks all!",
     ["Done for the week.", "Back on Monday. #teamwork", "Thanks all!"]),
])
def test_hashtags_after_the_final_mark_belong_to_the_sentence(text: str,
                                                               expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row(("text", "expected"), [
    # a unit after a figure still ends the sentence; a saint in mixed case is unchanged
    ("The lights went out for 5 s. Then the alarm rang.",
     ["The lights went out for 5 s.", "Then the alarm rang."]),
    ("We sailed up the St. Lawrence at dawn. It was cold.",
     ["We sailed up the St. Lawrence at dawn.", "It was cold."]),
    # a hashtag that starts the next sentence of the line is that sentence's
    ("Done. #1 priority now is sleep.", ["Done.", "#1 priority now is sleep."]),
])
def test_neighbours_that_do_not_change(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected
