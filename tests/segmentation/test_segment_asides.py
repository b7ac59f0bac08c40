"""A bracketed aside on its own line is a segment of its own, and the line before ends.

A transcript's tag or a script's stage direction (``[applause]``, ``（电话铃响。）``) stands
on its own line between lines of speech; it was joined to the sentence before it.  Class
found by the segment8 and segment9 development sets; the examples are new, and each failed
on the rules before the fix.  Wrapped prose with a bracket inside a line is asserted beside.
"""

from __future__ import annotations

import tm
from rows import every_row


@every_row(("text", "lang", "expected"), [
    ("We did it together, and we will do it again.\n[cheers]\nThank you all.", "en",
     ["We did it together, and we will do it again.", "[cheers]", "Thank you all."]),
    ("And who paid for it? You did, every one of you.\n[laughter]\nSo let us spend it well.",
     "en", ["And who paid for it?", "You did, every one of you.", "[laughter]",
            "So let us spend it well."]),
    ("李经理：大家先看一下这份报表——\n（电话铃响。）\n李经理：喂，您好。", "zh",
     ["李经理：大家先看一下这份报表——", "（电话铃响。）", "李经理：喂，您好。"]),
])
def test_aside_lines(text: str, lang: str, expected: list[str]) -> None:
    assert [s.text for s in tm.segment(text, lang)] == expected


def test_a_bracket_inside_a_wrapped_line_changes_nothing() -> None:
    text = "The committee (which met twice in May) agreed to\nthe plan [see annex] without a vote."
    assert [s.text for s in tm.segment(text)] == [text]
