"""Lines a writer set by hand that the layout took for wrapped prose: the last item of a list
whose items are a line each, before a sentence on the next line; and verse after a lead-in,
most of whose lines end at a pause.  Classes found by the segment18 development set (stop
32); the examples here are new, each failing on the rules before the fix, with the
neighbours that must not change.
"""

from __future__ import annotations

import tm
from rows import every_row


def _texts(text: str) -> list[str]:
    return [s.text for s in tm.segment(text)]


@every_row("text", [
    "Jobs for the open day:\n1. Putting out chairs\n2. Making the tea\n"
    "3. Greeting guests with R. Osei\nPlease sign the sheet by Friday.",
    "What to bring:\n- A packed lunch\n- Old shoes and a raincoat\nThe coach leaves at nine.",
])
def test_the_last_item_of_a_list_of_one_line_items_ends_its_line(text: str) -> None:
    assert _texts(text) == text.split("\n")


@every_row(("text", "expected"), [
    # a lower-case continuation, or an item that breaks off mid-phrase, is the item wrapped
    ("1. Tables and chairs\n2. A talk on the history of the\nMarket Hall by the mayor",
     ["1. Tables and chairs", "2. A talk on the history of the\nMarket Hall by the mayor"]),
    ("1. Tables and chairs\n2. Counting the float with\nthe treasurer on duty.",
     ["1. Tables and chairs", "2. Counting the float with\nthe treasurer on duty."]),
    # review R-6: a name or an acronym that ends the item's phrase, wrapped
    ("Steps:\n1. Open the box\n2. Connect the cable to the port marked\nHDMI on the back panel.",
     ["Steps:", "1. Open the box",
      "2. Connect the cable to the port marked\nHDMI on the back panel."]),
    ("Speakers:\n1. Dr Chen\n2. A talk on river birds by Sarah\nJones and her students.",
     ["Speakers:", "1. Dr Chen", "2. A talk on river birds by Sarah\nJones and her students."]),
])
def test_an_item_wrapped_onto_the_next_line_stays_whole(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row("text", [
    "Her favourite lines, copied out in her daughter's hand:\n"
    "The lamp is lit above the door,\nthe supper keeps its heat;\n"
    "whoever walks the lane tonight\nwill find a chair and seat.",
    "The lamp is lit above the door,\nthe supper keeps its heat;\n"
    "whoever walks the lane tonight\nwill find a chair and seat.",
])
def test_verse_most_of_whose_lines_end_at_a_pause_is_set_in_lines(text: str) -> None:
    assert _texts(text) == text.split("\n")


@every_row("text", [
    # a narrow column of news after a wide lead-in: the column's lines end where the width
    # runs out, not at pauses
    "The notice, pinned up by the door of the hall, said:\n"
    "The council thanked\nMargaret Okafor for\nher years of service.",
    # one pause in three lines is no verse
    "The council thanked\nMargaret Okafor, who\nretired in May, for\nher years of service.",
])
def test_a_narrow_column_stays_whole(text: str) -> None:
    """Its last line goes on from the line before (a narrow paragraph may still break before
    a capitalised line: the tests of narrow lines, test_segment_verse_posts.py)."""
    assert "her years of service." not in _texts(text)
