"""Which single line breaks are soft wraps (segment13, stop 26; new examples, the positive
ones failing on the rules before the change).

A program that wraps prose moves a word to the next line only when it does not fit
within the wrap column, so a line whose next word would have fitted was broken by the
writer and ends its segment, whatever case the next line starts in.  The column is the
paragraph's own when its lines show one, else the text's, else at least 70 columns (the
narrowest the common wrappers use).  A line ending in a word that opens what follows
(``the``, ``about``, ``was``) or in a comma is a wrap at any width; a narrow paragraph (a
caption, a column of a page) and Chinese keep their own rules.
"""

from __future__ import annotations

import textwrap

import pytest

import tm
from tm.segmentation._wrap import MIN_WRAP_COLUMN, TextColumn


def _texts(text: str, lang: str = "en") -> list[str]:
    return [s.text for s in tm.segment(text, lang)]


@pytest.mark.parametrize(("text", "expected"), [
    # an error message printed in two lines: "and" would have fitted on the first
    ("Could not connect to the database server at the configured port\n"
     "or the credentials were refused.",
     ["Could not connect to the database server at the configured port",
      "or the credentials were refused."]),
    # a note broken after a content word, the next line in lower case
    ("Your parcel is waiting at the collection point near the station\n"
     "until Saturday evening.",
     ["Your parcel is waiting at the collection point near the station",
      "until Saturday evening."]),
    # ... or in capitals: two lines of a terse notice
    ("The meeting room on the second floor is closed today\n"
     "Please use the room next to reception instead.",
     ["The meeting room on the second floor is closed today",
      "Please use the room next to reception instead."]),
])
def test_a_line_whose_next_word_would_have_fitted_ends_its_segment(
        text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize("text", [
    # the next word would not have fitted within 70 columns
    "The committee will publish its findings on the proposed changes to the\n"
    "parking rules after the consultation closes.",
    "Volunteers collected more than four hundred kilograms of litter along\n"
    "riverbanks during the spring clean-up.",
    # the line ends in a word that opens what follows, or in a comma
    "Please bring your own cup because the kitchen will be closed for\n"
    "cleaning all week.",
    "We reviewed the proposal and we think it is sound overall, although\n"
    "the budget is tight.",
    "The results were better than we expected,\nand the board was pleased.",
])
def test_a_line_a_wrapper_could_have_made_stays_whole(text: str) -> None:
    assert _texts(text) == [text]


def test_a_paragraph_that_shows_its_column_is_judged_by_it() -> None:
    # wrapped at 48 columns: every line but the last is nearly full, so 48 is the
    # column, and a line of 44 columns before a word of 8 was wrapped, not broken
    body = ("Residents of the northern district have asked the council to extend the "
            "opening hours of the library, which closes at five on weekdays and is shut "
            "all day on Sundays, because many of them work until six.")
    wrapped = "\n".join(textwrap.wrap(body, 48))
    assert _texts(wrapped) == [wrapped]


def test_a_short_paragraph_takes_the_column_of_the_text() -> None:
    # a text wrapped at 44 columns: the two-line paragraph has no column of its own,
    # and "responsibility" would not have fitted within the text's
    first = ("The survey asked four hundred households how they travel to work and how "
             "long the journey takes on an ordinary weekday morning.")
    second = "Most respondents said that the employer bears responsibility for parking."
    text = "\n\n".join("\n".join(textwrap.wrap(p, 44)) for p in (first, second))
    assert TextColumn(text).value() is not None
    assert TextColumn(text).value() < MIN_WRAP_COLUMN  # type: ignore[operator]
    assert len(_texts(text)) == 2


@pytest.mark.parametrize(("text", "expected"), [
    # a speaker's label may open with a title; the line before ends whatever its mark
    ("Mrs. Adeyemi: If the Secretary of State would only listen—\n"
     "Dr. Whitlock: I have listened for an hour.",
     ["Mrs. Adeyemi: If the Secretary of State would only listen—",
      "Dr. Whitlock: I have listened for an hour."]),
])
def test_a_speaker_label_with_a_title_opens_a_segment(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_a_repost_chain_line_opens_a_segment() -> None:
    text = "转发\n//@小鹿:这家店真的好吃。//@阿梅:周末一起去！"
    assert _texts(text, "zh") == ["转发", "//@小鹿:这家店真的好吃。", "//@阿梅:周末一起去！"]


@pytest.mark.parametrize(("text", "expected"), [
    # lines of data, each ending in its own mark; the second starts in lower case
    ("Yield: 2.05 g (64%).\nm.p. 98–100 °C.\nThe solid was dried under vacuum overnight "
     "and kept in the dark at 4 °C.",
     ["Yield: 2.05 g (64%).", "m.p. 98–100 °C.",
      "The solid was dried under vacuum overnight and kept in the dark at 4 °C."]),
])
def test_a_line_ending_in_a_mark_before_a_word_that_fitted_ends_its_segment(
        text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour Lights\nby J. D. Okoro\n\nThe boats come home at dusk.",
     ["Harbour Lights", "by J. D. Okoro", "The boats come home at dusk."]),
    ("The Night Ferry\nBy Anna Kowalczyk", ["The Night Ferry", "By Anna Kowalczyk"]),
])
def test_a_byline_under_a_title_is_a_segment_of_its_own(text: str,
                                                        expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize("text", [
    # a sentence wrapped at 72 columns that carries a name to the next line
    "Critics agreed that the strongest debut of the season had been written\nby Anna "
    "Kowalczyk.",
    "Most of the photographs hanging in this room were taken on the island\nby Rui Santos",
])
def test_a_wrapped_by_phrase_is_no_byline(text: str) -> None:
    assert _texts(text) == [text]
