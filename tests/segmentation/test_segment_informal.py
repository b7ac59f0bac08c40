"""Text written all in lower case (chat, social media, comments) starts its sentences in lower
case too.  Class found by the segment4 development set; new examples, each failing on the rules
before the fix, with the neighbours that must not change.
"""

from __future__ import annotations

import tm
from rows import every_row


def _texts(text: str) -> list[str]:
    return [s.text for s in tm.segment(text)]


@every_row(("text", "expected"), [
    ("omw. traffic is insane. save me a seat?",
     ["omw.", "traffic is insane.", "save me a seat?"]),
    ("nope. not doing that again lol", ["nope.", "not doing that again lol"]),
    # "no." before a word is the word no, not the abbreviation of a number (segment11)
    ("haha no. we are not buying another plant", ["haha no.", "we are not buying another plant"]),
    ("[18:02] kim: running late. start without me\n[18:03] jo: np",
     ["[18:02] kim: running late.", "start without me", "[18:03] jo: np"]),
])
def test_all_lower_case_text_starts_sentences_in_lower_case(text: str,
                                                            expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row("text", [
    "meet at 5 p.m. near the gate",          # an abbreviation
    "bring chips, dips etc. and something to drink",
    "add 1 tbsp. sugar and 2 tsp. salt",     # a unit after a figure
    "e.g. this one or that one",             # one-letter words
    "it was great. the Smiths came too",     # a capital on the line: ordinary prose rules
    "see vol. two of the series",
    "the fix is in item no. 12 of the list",  # "no." before a figure is the abbreviation
    "idk... maybe later",                    # an ellipsis trails off inside the sentence
    "#. id: s79b4f21e",                      # a symbol, not a word
])
def test_lower_case_text_keeps_abbreviations(text: str) -> None:
    assert _texts(text) == [text]


def test_a_wrapped_line_without_capitals_in_ordinary_prose_keeps_the_ordinary_rules() -> None:
    # the second line has no capital by chance; the paragraph has, so it is not chat
    text = ("Costs are given in Table 2 and were measured over\n"
            "three years, resp. two for the new sites. in the north they fell.")
    assert _texts(text) == [text]
