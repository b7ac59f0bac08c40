"""Shares said approximately: "nearly a third", 近三成, about two-thirds, 约七成 (private).

A writer who says *nearly* or 近 rounds, and a translator may round a fraction to the
tenths Chinese counts shares in: "nearly a third" → 近三成 (30 percent) is right, while
"one in three" → 三成, said exactly, is a changed number.  A fraction or a percentage
with a word of approximation right before it (or 左右 / 上下 right after it) is marked
``approximate``; :func:`tm.numbers.compare_numbers` then lets a fraction meet a
percentage rounded to the precision the percentage is written in (see
``_extract._same_cross_kind``).  Only shares are marked: a rounded count or amount is
still a changed number (近600 against "nearly 650" is reported).
"""

from __future__ import annotations

import dataclasses
import re

from tm.numbers._base import Number

__all__ = ["mark_approximate"]

#: English words of approximation before a share ("nearly a third", "about 30 percent").
_BEFORE_EN = re.compile(
    r"(?i)\b(?:nearly|almost|about|around|roughly|approximately|some|close\s+to|just\s+(?:over"
    r"|under)|more\s+than|less\s+than|over|under|upwards\s+of|up\s+to)\s+$")
#: Chinese ones: 近三成, 约30%, 将近三分之一, 超过四成, 不到两成 …
_BEFORE_ZH = re.compile(r"(?:近|将近|接近|约|大约|逾|超过|超|不到|不足|近乎|差不多)$")
#: ... and after: 三成左右, 30%上下.
_AFTER_ZH = re.compile(r"左右|上下")
#: The longest text a marker before a share takes, with room: only that much is searched.
_REACH = 16
_SHARES = ("fraction", "percent")


def mark_approximate(text: str, numbers: list[Number], lang: str) -> list[Number]:
    """*numbers* (found in *text*) with each share said approximately marked so."""
    before = _BEFORE_ZH if lang == "zh" else _BEFORE_EN
    out = []
    for n in numbers:
        if n.kind in _SHARES and not n.approximate and (
                before.search(text, max(0, n.start - _REACH), n.start)
                or (lang == "zh" and _AFTER_ZH.match(text, n.end))):
            n = dataclasses.replace(n, approximate=True)
        out.append(n)
    return out
