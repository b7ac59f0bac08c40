"""A byte-order mark (U+FEFF) is never part of a segment (user trial T28).

A file saved by Windows Notepad and read as plain "utf-8" starts with U+FEFF; it is
invisible, and kept in the first sentence it went into units and the memory and cost that
sentence its exact matches.  Segments are trimmed of it as of white space; offsets stay
exact (``text[s.start:s.end] == s.text``).
"""

from __future__ import annotations

import tm
from rows import every_row
from tm.segmentation import segment_lines


@every_row(("text", "lang", "expected"), [
    ("\ufeffThe ferry leaves at noon. Tickets are sold on board.", "en",
     ["The ferry leaves at noon.", "Tickets are sold on board."]),
    ("\ufeff渡轮中午出发。船上售票。", "zh", ["渡轮中午出发。", "船上售票。"]),
    # two files pasted together: the second one's mark starts a paragraph
    ("First part ends here.\n\n\ufeffSecond part starts here.", "en",
     ["First part ends here.", "Second part starts here."]),
])
def test_segments_never_hold_a_byte_order_mark(text: str, lang: str,
                                                expected: list[str]) -> None:
    segments = tm.segment(text, lang)
    assert [s.text for s in segments] == expected
    assert all(text[s.start:s.end] == s.text for s in segments)


def test_presegmented_lines_never_hold_a_byte_order_mark() -> None:
    text = "\ufeffOne line.\nAnother line."
    assert [(s.text, s.start) for s in segment_lines(text)] == [("One line.", 1),
                                                               ("Another line.", 11)]
