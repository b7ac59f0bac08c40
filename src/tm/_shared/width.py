"""How many columns a character takes, and its line-break class: one owner for both.

Display width is what a terminal and GNU gettext count: East Asian wide and
full-width characters (Han, kana, Hangul, most emoji) two columns, combining
marks, format and control characters none, everything else one.  The
line-break class is the character's UAX #14 class, which decides where a line
may break (formats/linebreak.py).

Both come from the tables GNU gettext itself wraps PO files with: libunistring
1.0 (Unicode 14.0), generated into :mod:`tm._shared._unidata` by
tests/tools/gen_unidata.py.  Python's unicodedata would not do: it has no
line-break classes at all, and its East Asian Width letters disagree with
gettext's widths for emoji, unassigned code points of the ideographic planes,
Hangul jamo and more, so that ``msgcat`` rewrapped files tm wrote.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from tm._shared import _unidata as data

__all__ = ["CLASS", "PAIR_BREAK", "PAIR_INDIRECT", "PAIR_PROHIBITED", "TABLE_SIZE",
           "char_width", "line_break_class", "pair_rule", "text_width"]

#: Line-break class numbers by name (libunistring's numbering).
CLASS = {name: number for number, name in enumerate(data.CLASS_NAMES)}
#: Classes numbered below this index the pair table; the others the algorithm resolves.
TABLE_SIZE = data.TABLE_SIZE
#: :func:`pair_rule` values: a break, a break only after spaces, no break.
PAIR_BREAK, PAIR_INDIRECT, PAIR_PROHIBITED = 1, 2, 3
#: Runs of code points of width 0 and 2 as one regular expression each (for text_width).
_WIDTH_RUNS = list(zip(data.WIDTH_STARTS, [*data.WIDTH_STARTS[1:], 0x110000],
                       data.WIDTH_VALUES, strict=True))


@lru_cache(maxsize=8192)
def char_width(ch: str) -> int:
    """Columns *ch* takes: 2 wide, 0 combining/format/control, else 1 (as gettext counts)."""
    return data.WIDTH_VALUES[bisect.bisect_right(data.WIDTH_STARTS, ord(ch)) - 1]


def _run_class(width: int) -> re.Pattern[str]:
    ranges = "".join(f"\\U{a:08x}-\\U{b - 1:08x}" for a, b, w in _WIDTH_RUNS if w == width)
    return re.compile(f"[{ranges}]+")


_WIDE = _run_class(2)
_ZERO = _run_class(0)


def text_width(text: str, start: int = 0, end: int | None = None) -> int:
    """Columns ``text[start:end]`` takes (the sum of :func:`char_width`), in linear time."""
    stop = len(text) if end is None else end
    piece = text if start == 0 and stop == len(text) else text[start:stop]
    if piece.isascii():  # no ASCII character is wide: only controls need counting
        return len(piece) if piece.isprintable() else \
            len(piece) - sum(map(len, _ZERO.findall(piece)))
    width = stop - start
    for match in _WIDE.finditer(text, start, stop):
        width += match.end() - match.start()
    for match in _ZERO.finditer(text, start, stop):
        width -= match.end() - match.start()
    return width


@lru_cache(maxsize=8192)
def line_break_class(ch: str) -> int:
    """The UAX #14 line-break class number of *ch* (see :data:`CLASS`), as libunistring has it."""
    return data.CLASS_VALUES[bisect.bisect_right(data.CLASS_STARTS, ord(ch)) - 1]


def pair_rule(before: int, after: int) -> int:
    """The pair table's rule between classes *before* and *after* (both < TABLE_SIZE)."""
    return data.PAIR_TABLE[before * TABLE_SIZE + after]
