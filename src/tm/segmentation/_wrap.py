"""Whether a single line break could have been made by a program that wraps prose.

A wrapper (an editor's fill, a mail client, ``fmt``) moves a word to the next line
only when it does not fit on the line within the *wrap column*.  So a line break
is a soft wrap inside a running sentence when the next line's first word would
not have fitted; where it would have fitted, the writer broke the line on
purpose (a line of an error message, of a list, of verse) and the line ends its
segment.

The wrap column is read from the paragraph when its lines show one: two lines or
more before its last that reach :data:`PROSE_LINE` of the longest (a block filled
to one width).  A word then fits only with room to spare (under ``PROSE_LINE`` of
the longest line), since fillers that balance their lines (``fmt``, ``par``) stop
short of the column.  A paragraph that shows no column of its own (two lines, or
lines of unequal widths) takes the column of the first paragraph of the text that
shows one (:class:`TextColumn`: a text is wrapped at one width), unless its own
longest line is wider than that column by more than it could be (``PROSE_LINE``).
A paragraph with no column of the text's to go by gives no evidence: its breaks are
taken for wraps (an assumed column, the 70 of the common wrappers, cut two-line
paragraphs wrapped at 60 in two: review W-14).  A column is never narrower than the
paragraph's longest line.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from tm._shared.width import text_width

__all__ = ["PROSE_LINE", "TextColumn", "WrapColumn", "fits_within_column",
           "next_word_fits", "stripped"]

#: A line this wide (a share of the paragraph's longest) is a full line of wrapped prose.
PROSE_LINE = 0.85
#: Lines before the last that must reach PROSE_LINE of the longest to show a column.
_FULL_LINES_SHOWING_A_COLUMN = 2

_SPACE = regex.compile(r"\s")
# A paragraph: a run of lines that are not blank (possessive, so that it stays linear).
_PARAGRAPH = regex.compile(r"[^\S\n]*+[^\s](?:[^\n]*+\n[^\S\n]*+(?=[^\s]))*+[^\n]*+")


def stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of text[start:end] without leading and trailing white space (as str.strip)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of text[start:end], without a final empty line."""
    pos = start
    while pos < end:
        newline = text.find("\n", pos, end)
        if newline < 0:
            yield pos, end
            return
        yield pos, newline
        pos = newline + 1


def _widths(text: str, start: int, end: int) -> list[int]:
    """The display widths of the lines of text[start:end], white space trimmed."""
    return [text_width(text, *stripped(text, a, b)) for a, b in lines(text, start, end)]


def _shown_column(widths: list[int]) -> int | None:
    """The column lines of these widths show (their longest), or None if they show none."""
    longest = max(widths, default=0)
    full = sum(w >= PROSE_LINE * longest for w in widths[:-1])
    return longest if full >= _FULL_LINES_SHOWING_A_COLUMN else None


class TextColumn:
    """The column of the first paragraph of a text that shows one, found on first use
    (one pass over the text, stopping there), or None when no paragraph shows one."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._searched = False
        self._value: int | None = None

    def value(self) -> int | None:
        """The column in display columns, or None."""
        if not self._searched:
            self._searched = True
            self._value = self._search()
        return self._value

    def _search(self) -> int | None:
        text = self._text
        for match in _PARAGRAPH.finditer(text):
            if match.group().count("\n") >= _FULL_LINES_SHOWING_A_COLUMN:
                shown = _shown_column(_widths(text, match.start(), match.end()))
                if shown is not None:
                    return shown
        return None


class WrapColumn:
    """The widths of a paragraph's lines (text[start:end]), measured on first use:
    its longest line, and whether its lines show the column they were wrapped at.
    *text_column* is the text's (:class:`TextColumn`), for a paragraph that shows none."""

    def __init__(self, text: str, start: int, end: int,
                 text_column: TextColumn | None = None) -> None:
        self._span = (text, start, end)
        self._longest: int | None = None
        self._shown = False
        self.text_column = text_column

    def _measure(self) -> int:
        if self._longest is None:
            widths = _widths(*self._span)
            self._longest = max(widths, default=0)
            self._shown = _shown_column(widths) is not None
        return self._longest

    def __int__(self) -> int:
        """The width of the longest line, in display columns."""
        return self._measure()

    @property
    def shown(self) -> bool:
        """Whether two lines or more before the last reach PROSE_LINE of the longest."""
        self._measure()
        return self._shown


def next_word_fits(text: str, width: int, nxt: int, nxt_end: int, longest: int) -> bool:
    """Whether the next line's first word would have fitted, with room to spare, on a line
    *width* columns wide in a paragraph whose longest line is *longest* columns.

    The word is everything up to the next space (a run of Chinese is one word here, as it
    is to a wrapper that breaks at spaces).
    """
    return width + 1 + _first_word_width(text, nxt, nxt_end) < PROSE_LINE * longest


def fits_within_column(text: str, width: int, nxt: int, nxt_end: int,
                       column: WrapColumn) -> bool:
    """Whether a wrapper would have put the next line's first word on a line *width*
    columns wide (see the module docstring): within the paragraph's own column when its
    lines show one, else within the text's column if the paragraph fits it, never within
    less than the paragraph's longest line; False when the text shows no column."""
    longest = int(column)
    if column.shown:
        return next_word_fits(text, width, nxt, nxt_end, longest)
    wrap = column.text_column.value() if column.text_column is not None else None
    if wrap is None or wrap < PROSE_LINE * longest:
        return False  # no column to go by (review W-14)
    wrap = max(wrap, longest)
    return width + 1 + _first_word_width(text, nxt, nxt_end) <= wrap


def _first_word_width(text: str, nxt: int, nxt_end: int) -> int:
    space = _SPACE.search(text, nxt, nxt_end)
    return text_width(text, nxt, space.start() if space else nxt_end)
