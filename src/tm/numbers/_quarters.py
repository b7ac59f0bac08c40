"""Quarters of a year named by their ordinal: the first quarter, Q3, 二季度, 第四季度 (private).

A quarter's name is a value like a date's month: "In the first quarter" rendered 二季度 says
another period.  Each is read as the ordinal of its quarter with the unit ``Q`` (a
quarter of a year, not the three-month length of 前三季度 "the first three quarters"):
*first quarter*, *1st quarter*, *first-quarter*, Q1, 一季度, 第一季度, 一季报, 首季 (度)
are all Q 1 (第三季 and 四季 are a season: not read).  Spelled, they stay lenient: a
quarter the other side does not name is forgiven
("fell 4% from the second quarter" → 环比下降4%), one the other side names differently
is reported (see ``_extract._forgive``: a spelled number with a unit meets the other
side's unmatched number of that unit).  A basketball game's quarters (第一节) keep their
value: the unit meets one left unsaid.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from tm.numbers._base import Number
from tm.numbers._lazy import lazy_re

__all__ = ["QUARTER", "read_quarters"]

#: The unit of a quarter of a year named by its ordinal.
QUARTER = "Q"
_QUARTERS = (1, 2, 3, 4)
#: After an English ordinal: " quarter" or "-quarter" ("the first quarter of 2024", "of
#: the year"), not "quarters" (the first three quarters, which \b already stops) nor the
#: quarter of something else ("the first quarter of the century", "of the match").
_AFTER_EN = lazy_re(r"[\s-]+quarter\b(?!\s+of\s+(?:an?\s+|the\s+(?:\w+\s+)?)?"
                       r"(?:century|centuries|millenni|mile|hour|game|match|final|season))",
                       re.I)
#: After a Chinese numeral or ordinal: 季度 or 季报 (一季度, 第三季度, 三季报), not after 前,
#: 头, 近, 后 (前三季度 is three quarters); a bare 季 is a season (第三季, 四季).
_AFTER_ZH = lazy_re("季(?:度|[报報])")
_NOT_BEFORE_ZH = ("前", "头", "近", "后", "连续")
#: 首季 / 首季度: the first quarter, with no numeral.
FIRST_QUARTER_ZH = lazy_re("首季度?")
_LETTER = lazy_re(r"Q[1-4]")


def read_quarters(text: str, numbers: list[Number], lang: str) -> list[Number]:
    """*numbers* of *text* with each quarter's name read as its ordinal in unit ``Q``."""
    out = [_as_quarter(text, n, lang) for n in numbers]
    if lang == "zh" and "首季" in text:
        out.extend(Number(Decimal(1), "ordinal", m.start(), m.end(), m.group(), True, QUARTER)
                   for m in FIRST_QUARTER_ZH.finditer(text))
    return out


def _as_quarter(text: str, n: Number, lang: str) -> Number:
    if n.kind not in ("ordinal", "number") or n.unit or n.value not in _QUARTERS:
        return n
    if _LETTER.fullmatch(n.text):
        return dataclasses.replace(n, unit=QUARTER)
    if lang == "en":
        named = _AFTER_EN.match(text, n.end) if n.kind == "ordinal" else None
    else:
        named = None if text.endswith(_NOT_BEFORE_ZH, 0, n.start) else _AFTER_ZH.match(
            text, n.end)
    if named is None:
        return n
    return dataclasses.replace(n, kind="ordinal", unit=QUARTER, end=named.end(),
                               text=text[n.start:named.end()])
