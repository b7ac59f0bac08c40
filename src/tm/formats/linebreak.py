"""Where a PO line may break, and where GNU gettext breaks it: libunistring's algorithm.

GNU gettext wraps PO strings with libunistring's ``ulc_width_linebreaks``.
First the break opportunities (``u8_possible_linebreaks``): UAX #14 line
breaking driven by a table of class pairs (break / break only after spaces /
no break), with the rules the table cannot express written out: no break
before spaces, combining marks and zero-width joiners join the character
before them, nothing breaks after a zero-width joiner, regional indicators
pair up, Hebrew letter + hyphen holds on to what follows.  Then the greedy fit
(``u8_width_linebreaks``): each break opportunity is used only when the piece
after it would overflow the line.  Classes, pair table and widths are
libunistring 1.0's (:mod:`tm._shared.width`); tests check this port against
``msgcat`` over text from all of Unicode, and against libunistring itself
where the library is installed.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from tm._shared.width import (
    CLASS,
    PAIR_BREAK,
    PAIR_INDIRECT,
    TABLE_SIZE,
    char_width,
    line_break_class,
    pair_rule,
)

__all__ = ["MANDATORY", "POSSIBLE", "PROHIBITED", "break_opportunities", "char_width",
           "line_breaks", "width_linebreaks"]

#: What :func:`line_breaks` says about the position before a character (libunistring's values).
PROHIBITED, POSSIBLE, MANDATORY = 1, 2, 3

_BK, _CR, _LF = CLASS["BK"], CLASS["CR"], CLASS["LF"]
_SP, _ZW, _CM, _ZWJ = CLASS["SP"], CLASS["ZW"], CLASS["CM"], CLASS["ZWJ"]
_AL, _ID, _RI, _HL = CLASS["AL"], CLASS["ID"], CLASS["RI"], CLASS["HL"]
_HYPHENS = frozenset((CLASS["HY"], CLASS["BA"]))
_MANDATORY = frozenset((_BK, _CR, _LF))
_JOINING = frozenset((_CM, _ZWJ))
#: Not a class: marks a hyphen right after a Hebrew letter (UAX #14 rule LB21a).
_HEBREW_HYPHEN = -1
#: A previous character after which the pair table is not consulted (LB8a, LB21a).
_STICKY = frozenset((_ZWJ, _HEBREW_HYPHEN))
#: The pair table as verdicts: between adjacent characters, and with spaces between.
_ADJACENT = bytes(
    POSSIBLE if pair_rule(a, b) == PAIR_BREAK else PROHIBITED
    for a in range(TABLE_SIZE) for b in range(TABLE_SIZE))
_AFTER_SPACES = bytes(
    POSSIBLE if pair_rule(a, b) in (PAIR_BREAK, PAIR_INDIRECT) else PROHIBITED
    for a in range(TABLE_SIZE) for b in range(TABLE_SIZE))
#: Classes the algorithm resolves before the table: ambiguous as alphabetic (a UTF-8,
#: not a CJK, encoding), contingent as ideographic, complex-context and unknown as AL.
_RESOLVED = {CLASS["AI"]: _AL, CLASS["CB"]: _ID, CLASS["SA"]: _AL, CLASS["XX"]: _AL}


@lru_cache(maxsize=8192)
def _class(ch: str) -> int:
    prop = line_break_class(ch)
    return _RESOLVED.get(prop, prop)


def line_breaks(text: str) -> list[int]:
    """For each character of *text*: PROHIBITED, POSSIBLE or MANDATORY (a line-break character).

    POSSIBLE at ``i`` means a line may break before ``text[i]``.  One pass with
    the state libunistring keeps: the class of the last character that was not
    a space (``last``), whether spaces followed it, the previous character's
    class, and how many regional indicators came just before.
    """
    result: list[int] = []
    last = previous = _BK
    spaces = False
    regional = 0
    for ch in text:
        prop = _class(ch)
        if prop < TABLE_SIZE and prop != _ZWJ:
            if last < TABLE_SIZE and previous not in _STICKY and (prop != _RI or last != _RI):
                verdict = (_AFTER_SPACES if spaces else _ADJACENT)[last * TABLE_SIZE + prop]
            else:
                verdict = _special(last, prop, spaces, previous, regional)
            last, spaces = prop, False
        elif prop == _SP:
            spaces, verdict = True, PROHIBITED
        elif prop in _JOINING:  # joins the character before; after a break or space: AL
            verdict = POSSIBLE if last == _ZW or (spaces and last != _BK) else PROHIBITED
            if last in (_BK, _ZW) or spaces:
                last, spaces = _AL, False
        elif prop == _ZW:
            last, spaces, verdict = _ZW, False, PROHIBITED
        else:  # a mandatory break: BK, CR, LF
            last, spaces, verdict = _BK, False, MANDATORY
        result.append(verdict)
        regional = regional + 1 if prop == _RI else 0
        # remember HL (HY | BA) as its own state: what follows it may not break
        previous = _HEBREW_HYPHEN if prop in _HYPHENS and previous == _HL else prop
    return result


def _special(last: int, prop: int, spaces: bool, previous: int, regional: int) -> int:
    """The rules UAX #14 puts before the pair table (LB4-LB8a, LB21a, LB30a), then it."""
    if last == _BK:
        return PROHIBITED
    if last == _ZW:
        return POSSIBLE
    if previous == _ZWJ or (previous == _HEBREW_HYPHEN and not spaces):
        return PROHIBITED
    if last == _RI and prop == _RI and not spaces:
        return POSSIBLE if regional % 2 == 0 else PROHIBITED
    return (_AFTER_SPACES if spaces else _ADJACENT)[last * TABLE_SIZE + prop]


def break_opportunities(text: str) -> list[bool]:
    """``ops[i]`` is true when a line may break before ``text[i]``."""
    return [verdict == POSSIBLE for verdict in line_breaks(text)]


def width_linebreaks(widths: Sequence[int], verdicts: Sequence[int], width: int,
                     start: int) -> list[int]:
    """Where a line is broken (indices), as libunistring's ``u8_width_linebreaks`` does.

    *widths* and *verdicts* give each unit's columns and :func:`line_breaks`
    verdict; *start* is the column the text starts at.  A break opportunity is
    used only when the piece after it would overflow *width*; a line-break
    character starts a new line of its own (and is not a break gettext writes).
    """
    breaks: list[int] = []
    last: int | None = None
    column, piece = start, 0
    for i, unit_width in enumerate(widths):
        verdict = verdicts[i]
        if verdict != PROHIBITED:
            if last is not None and column + piece > width:
                breaks.append(last)
                column = 0
            if verdict == MANDATORY:
                last, column, piece = None, 0, 0
                continue
            last = i
            column += piece
            piece = 0
        piece += unit_width
    if last is not None and column + piece > width:
        breaks.append(last)
    return breaks
