"""Unicode line-break opportunities and display widths, as GNU gettext computes them.

GNU gettext wraps PO strings with libunistring's ``ulc_width_linebreaks``: the
UAX #14 pair-table algorithm for break opportunities and East Asian display
widths (wide characters count two columns).  To write PO files that ``msgcat``
reproduces byte for byte, we compute the same opportunities.  Only the line
break classes that occur in English and Chinese text are told apart; every
other character is treated as an alphabetic (AL) one, as libunistring does for
most symbols.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["break_opportunities", "char_width"]

# Line-break classes (UAX #14) that matter for English and Chinese text.  "OW" is
# an East Asian wide opening bracket: an OP that rule 30 does not glue to letters.
_CLASS_OF_ASCII = {
    " ": "SP", "!": "EX", '"': "QU", "'": "QU", "$": "PR", "%": "PO", "(": "OP",
    ")": "CP", "+": "PR", ",": "IS", "-": "HY", ".": "IS", "/": "SY", ":": "IS",
    ";": "IS", "?": "EX", "[": "OP", "\\": "PR", "]": "CP", "{": "OP", "}": "CL",
    "|": "BA", "\t": "BA",
}
_CLASS_OF_CHAR = {
    "\u00a0": "GL", "\u00a2": "PO", "\u00a3": "PR", "\u00a5": "PR", "\u00b0": "PO",
    "\u00ab": "QU", "\u00bb": "QU", "\u00b4": "BB", "\u2010": "BA", "\u2012": "BA",
    "\u2013": "BA", "\u2014": "B2", "\u2018": "QU", "\u2019": "QU", "\u201c": "QU",
    "\u201d": "QU", "\u2024": "IN", "\u2025": "IN", "\u2026": "IN", "\u2030": "PO",
    "\u2032": "PO", "\u2033": "PO", "\u20ac": "PR", "\u200b": "ZW", "\u2060": "WJ",
    "\ufeff": "WJ", "\u3001": "CL", "\u3002": "CL", "\u3005": "NS", "\u3008": "OW",
    "\u3009": "CL", "\u300a": "OW", "\u300b": "CL", "\u300c": "OW", "\u300d": "CL",
    "\u300e": "OW", "\u300f": "CL", "\u3010": "OW", "\u3011": "CL", "\u3014": "OW",
    "\u3015": "CL", "\u3016": "OW", "\u3017": "CL", "\u301c": "NS", "\u30fb": "NS",
    "\u30fc": "NS", "\uff01": "EX", "\uff05": "PO", "\uff08": "OW", "\uff09": "CL",
    "\uff0c": "CL", "\uff0e": "CL", "\uff1a": "NS", "\uff1b": "NS", "\uff1f": "EX",
    "\uff3b": "OW", "\uff3d": "CL", "\uff5b": "OW", "\uff5d": "CL", "\uffe5": "PR",
    "\uffe0": "PO", "\uffe1": "PR", "\u00b7": "AL",
}


@lru_cache(maxsize=4096)
def _line_break_class(ch: str) -> str:
    cls = _CLASS_OF_ASCII.get(ch) or _CLASS_OF_CHAR.get(ch)
    if cls:
        return cls
    if ch.isdigit() and ch.isascii():
        return "NU"
    category = unicodedata.category(ch)
    if category in ("Mn", "Me", "Cf") and ch not in "\u200b\u2060\ufeff":
        return "CM"
    code = ord(ch)
    if (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF
            or 0x20000 <= code <= 0x3FFFD or 0x3040 <= code <= 0x30FF
            or 0xFF01 <= code <= 0xFF5E or 0x3130 <= code <= 0x318F
            or 0xAC00 <= code <= 0xD7A3 or 0x2E80 <= code <= 0x2FDF
            or 0x3000 <= code <= 0x303F):
        return "ID"
    if category == "Nd":
        return "NU"
    if category == "Ps":
        return "OW" if unicodedata.east_asian_width(ch) in ("W", "F") else "OP"
    if category == "Pe":
        return "CL"
    if category in ("Pi", "Pf"):
        return "QU"
    if category == "Zs":
        return "BA"
    return "AL"


# Pairs with no break between them, even when spaces separate them
# (UAX #14 rules 14-17: OP SP* ×, QU SP* × OP, CL/CP SP* × NS, B2 SP* × B2).
@lru_cache(maxsize=1024)
def _prohibited_across_spaces(before: str, after: str) -> bool:
    return (
        before in ("OP", "OW")
        or after in ("CL", "CP", "EX", "IS", "SY", "WJ", "ZW")
        or (before == "QU" and after in ("OP", "OW"))
        or (before == "CL" and after == "NS")
        or (before == "B2" and after == "B2")
    )


_NUMERIC_PAIRS = {
    ("CL", "PO"), ("CP", "PO"), ("CL", "PR"), ("CP", "PR"), ("NU", "PO"), ("NU", "PR"),
    ("PO", "OP"), ("PO", "OW"), ("PO", "NU"), ("PR", "OP"), ("PR", "OW"), ("PR", "NU"),
    ("HY", "NU"), ("IS", "NU"), ("NU", "NU"), ("SY", "NU"),
}


@lru_cache(maxsize=1024)
def _prohibited_adjacent(before: str, after: str) -> bool:
    """UAX #14 rules 11-30 for two adjacent characters (no space between)."""
    if after in ("WJ", "ZW", "CL", "CP", "EX", "IS", "SY", "QU", "GL", "BA", "HY", "NS", "CM"):
        return not (after == "GL" and before in ("BA", "HY"))
    if before in ("WJ", "GL", "QU", "BB"):
        return True
    if after == "IN":
        return True
    return (
        (before, after) in _NUMERIC_PAIRS
        or (before == "AL" and after in ("NU", "AL", "PR", "PO", "OP"))
        or (before == "NU" and after in ("AL", "OP"))
        or (before == "PR" and after in ("ID", "AL"))
        or (before == "ID" and after == "PO")
        or (before == "PO" and after == "AL")
        or (before == "CP" and after in ("AL", "NU"))
        or _prohibited_across_spaces(before, after)
    )


def break_opportunities(text: str) -> list[bool]:
    """Return ``ops`` with ``ops[i]`` true when a line may break before ``text[i]``.

    Follows the UAX #14 pair-table algorithm as libunistring implements it:
    no break before spaces, a break after spaces unless rules 14-17 forbid it,
    combining marks take the class of the character they attach to.
    """
    ops = [False] * len(text)
    prev_cls = ""  # class of the last non-space character
    spaces = False
    for i, ch in enumerate(text):
        cls = _line_break_class(ch)
        if not prev_cls:  # start of text (after any leading spaces): no break
            if cls != "SP":
                prev_cls = "AL" if cls == "CM" else cls
            continue
        if cls == "SP":
            spaces = True
            continue
        if cls == "CM":
            if not spaces:
                continue  # attaches to the previous character, which keeps its class
            cls = "AL"
        if spaces:
            ops[i] = not _prohibited_across_spaces(prev_cls, cls) and prev_cls != "ZW"
        else:
            ops[i] = prev_cls == "ZW" or not _prohibited_adjacent(prev_cls, cls)
        prev_cls = cls
        spaces = False
    return ops


@lru_cache(maxsize=4096)
def char_width(ch: str) -> int:
    """Display columns of *ch* in a UTF-8 terminal: 2 for East Asian wide, 0 for marks."""
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2
    return 1
