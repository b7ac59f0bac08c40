"""Terminal output: every line a program printed is a segment.

A paragraph with a line that starts with a shell prompt, a Python traceback's header, a
log level or a compiler's diagnostic label is terminal output; its lines were never
wrapped, and each is a segment, as in verse.  Class found by the segment9 development set;
the examples are new, written for the class, and each failed on the rules before the fix.
Prose that merely mentions these words, or a price pushed to the start of a line, stays
whole.
"""

from __future__ import annotations

import pytest

import tm
from rows import every_row


def _texts(text: str) -> list[str]:
    return [s.text for s in tm.segment(text, "en")]


@every_row(("text", "expected"), [
    ("$ make test\nrunning 42 tests\nall tests passed in 3.1s",
     ["$ make test", "running 42 tests", "all tests passed in 3.1s"]),
    (">>> parse(row)\nTraceback (most recent call last):\n  File \"cli.py\", line 7, in parse\n"
     "    return int(x)\nValueError: invalid literal. Fix the input.",
     [">>> parse(row)", "Traceback (most recent call last):", "File \"cli.py\", line 7, in parse",
      "return int(x)", "ValueError: invalid literal.", "Fix the input."]),
    ("warning: unused variable `count`\nnote: prefix it with an underscore to silence this",
     ["warning: unused variable `count`", "note: prefix it with an underscore to silence this"]),
    ("yarn WARN peer dependency missing\nresolved 88 packages in 2.3s",
     ["yarn WARN peer dependency missing", "resolved 88 packages in 2.3s"]),
])
def test_each_printed_line_is_a_segment(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize("text", [
    "The build failed with an error in the linker and the team spent the whole\n"
    "morning on it before anyone noticed the warning.",
    "The upgrade will cost the department about\n$ 40,000 over three years.",
])
def test_prose_that_is_not_terminal_output_stays_whole(text: str) -> None:
    assert _texts(text) == [text]
