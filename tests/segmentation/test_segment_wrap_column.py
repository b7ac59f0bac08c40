"""Which single line breaks are soft wraps (segment13, stop 26; new examples, the positive
ones failing on the rules before the change).

A program that wraps prose moves a word to the next line only when it does not fit
within the wrap column, so a line whose next word would have fitted was broken by the
writer and ends its segment.  The column is the paragraph's own when its lines show one,
else the text's; a text that shows none gives no evidence (review W-14: a two-line
paragraph wrapped at 60 stays whole, and no assumed column is used), and before a line in
lower case only a line ending in a word counts, not an abbreviation's period (W-15).
A line ending in a word that opens what follows
(``the``, ``about``, ``was``) or in a comma is a wrap at any width; a narrow paragraph (a
caption, a column of a page) and Chinese keep their own rules.
"""

from __future__ import annotations

import textwrap

import pytest

import tm
from rows import every_row
from tm.segmentation._wrap import TextColumn

#: A paragraph wrapped at 68 columns: a text with it shows its column.
_SHOWS_COLUMN_68 = "\n".join(textwrap.wrap(
    "The service stores every message it receives for thirty days and then deletes "
    "it, unless an administrator has placed the mailbox on hold for an audit of the "
    "account.", 68))


def _texts(text: str, lang: str = "en") -> list[str]:
    return [s.text for s in tm.segment(text, lang)]


def test_a_line_whose_next_word_would_have_fitted_the_texts_column_ends_its_segment() -> None:
    # the text shows its column (a paragraph wrapped at 68); "Please" would have fitted
    # after "today": the writer broke the notice's line
    text = (_SHOWS_COLUMN_68 + "\n\nThe meeting room on the second floor is closed today\n"
            "Please use the room next to reception instead.")
    assert _texts(text)[-2:] == ["The meeting room on the second floor is closed today",
                                 "Please use the room next to reception instead."]


@pytest.mark.parametrize("text", [
    # no column to go by: a name carried to the next line of a two-line paragraph
    "I spoke yesterday with the head of our Berlin office, Anna\nMüller, about the plan.",
    "Our new supplier has agreed to deliver the first batch to\nRotterdam by the end of May.",
])
def test_a_capitalised_line_of_a_two_line_wrap_goes_on(text: str) -> None:
    assert _texts(text) == [text]


@every_row("text", [
    # wrapped at 72: the next word would not have fitted
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
    assert TextColumn(text).value() <= 44  # type: ignore[operator]
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


def test_a_lower_case_line_after_a_word_that_fitted_the_texts_column_is_a_new_segment() -> None:
    # the text shows its column (a paragraph wrapped at 68); in the two-line paragraph
    # "or" would have fitted within it after "example.org": the writer broke the line
    text = (_SHOWS_COLUMN_68 + "\n\nCould not reach the mail server at example.org\n"
            "or the password was refused.")
    assert _texts(text)[-2:] == ["Could not reach the mail server at example.org",
                                 "or the password was refused."]


@every_row("text", [
    # review W-14: two-line paragraphs wrapped narrower than the usual 70-80 stay whole
    "The committee reviewed the proposal in detail and agreed\nto fund the second phase "
    "next spring.\n",
    "Thanks for the quick reply about the invoice numbers\nthat were missing from last "
    "month's statement.\n",
    "Please restart the server after installing the update\nbecause the old module stays "
    "loaded in memory.\n",
    "> The delivery will arrive on Tuesday morning instead\n> of Monday afternoon as we "
    "planned before.\n",
    # review W-15: an abbreviation at a line's end before lower case goes on
    "Bring any documents that prove your address, such as bills etc.\nand your passport or "
    "identity card.\n",
    "The office opens at 9 a.m. on weekdays and closes at 5 p.m.\nexcept on public "
    "holidays in the summer.\n",
    "We compared prices in the U.K. and the U.S.\nand found the same pattern in both "
    "markets.\n",
])
def test_a_two_line_wrap_narrower_than_the_usual_column_stays_whole(text: str) -> None:
    assert _texts(text) == [text.strip()]


def test_an_e_mail_body_wrapped_at_sixty_stays_whole() -> None:
    text = ("Hi Anna,\n\nThe delivery will arrive on Tuesday morning instead\nof Monday "
            "afternoon as we planned before.\n\nBest,\nTom")
    assert ("The delivery will arrive on Tuesday morning instead\nof Monday afternoon as we "
            "planned before.") in _texts(text)


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
