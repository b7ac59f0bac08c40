"""Number idioms read on top of the recognizers: 四成, 20世纪90年代, 十三五, one in five, twice.

The English and Chinese recognizers read numbers one at a time; these forms
need a look at the neighbours of a number, so they are read afterwards, on
the numbers already found:

* 四成 / 八成以上: 成 after a numeral is a tenth, so 四成 = 40 percent (unless
  成 starts a word: 成为, 成功...);
* 20世纪90年代 / 90年代 = the 1990s (value 1990, like English "1990s");
* 十三五 (the 13th Five-Year Plan) = the ordinal 13 and the number 5, both on
  the span of 十三五;
* "one in five" / "eight out of ten" = the fractions 0.2 / 0.8 (五分之一 /
  十分之八); twice = 2 (两倍, spelled);
* "the first three quarters" (of a year: 前三季度) = 3, while "three quarters
  of the firms" stays the fraction 3/4.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from tm.numbers._base import Number, canonical

__all__ = ["read_idioms"]

_TENTHS = re.compile(r"成(?![为功立长本果员交绩熟就型年人品都])")
_DECADE_ZH = re.compile(r"(?:(\d{1,2}|[一二十]{1,3})世纪)?(\d0)年代")
_PLAN_ZH = re.compile(r"十([一二三四五六七八九])五")
_RATIO_EN = re.compile(r"\s+(?:out\s+of|in)\s+(?:every\s+)?", re.I)
_QUARTERS = re.compile(r"\squarters$", re.I)
_OF = re.compile(r"\s+of\b", re.I)
_TWICE = re.compile(r"\btwice\b", re.I)
_ZH_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def read_idioms(text: str, numbers: list[Number], lang: str) -> list[Number]:
    """*numbers* (found in *text*, language ``en`` or ``zh``) with the idioms read, in order."""
    out = _idioms_zh(text, numbers) if lang == "zh" else _idioms_en(text, numbers)
    out.sort(key=lambda n: (n.start, n.end))
    return out


def _idioms_zh(text: str, numbers: list[Number]) -> list[Number]:
    """Read 四成 as 40 percent, 20世纪80年代 as 1980, 十三五 as 13th + 5."""
    out: list[Number] = []
    for n in numbers:
        if n.kind == "number" and n.value <= 10 and _TENTHS.match(text, n.end):
            out.append(dataclasses.replace(n, value=canonical(n.value * 10), kind="percent",
                                           end=n.end + 1, text=text[n.start:n.end + 1],
                                           spelled=False))
            continue
        out.append(n)
    for m in _PLAN_ZH.finditer(text) if "五" in text else ():
        out = _without(out, m)
        out.append(Number(Decimal(10 + _ZH_DIGIT[m.group(1)]), "ordinal", m.start(), m.end(),
                          m.group(), True, ""))
        out.append(Number(Decimal(5), "number", m.start(), m.end(), m.group(), True, ""))
    for m in _DECADE_ZH.finditer(text) if "年代" in text else ():
        century = m.group(1)
        hundreds = 19 if not century else (int(century) - 1 if century.isdigit() else 19)
        out = _without(out, m)
        out.append(Number(Decimal(hundreds * 100 + int(m.group(2))), "number", m.start(),
                          m.end(), m.group(), False, ""))
    return out


def _without(numbers: list[Number], m: re.Match[str]) -> list[Number]:
    """*numbers* less those inside the span of *m* (which is read as one idiom)."""
    return [n for n in numbers if not (m.start() <= n.start and n.end <= m.end())]


def _idioms_en(text: str, numbers: list[Number]) -> list[Number]:
    """Read "one in five" as a fraction, twice as 2, "the first three quarters" as 3."""
    out: list[Number] = [Number(Decimal(2), "number", m.start(), m.end(), m.group(), True, "")
                         for m in _TWICE.finditer(text)]
    skip = -1
    for i, n in enumerate(numbers):
        if i == skip:
            continue
        if n.kind == "fraction" and _QUARTERS.search(n.text) and not _OF.match(text, n.end):
            # "the first three quarters" (of a year: 前三季度), not 3/4
            out.append(dataclasses.replace(n, value=canonical(n.value * 4), kind="number"))
            continue
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        if nxt and n.kind == nxt.kind == "number" and 0 < n.value < nxt.value <= 100 \
                and _RATIO_EN.fullmatch(text[n.end:nxt.start] + " "):
            value = (n.value / nxt.value).quantize(Decimal("0.0001"))
            out.append(dataclasses.replace(n, value=canonical(value), kind="fraction",
                                           end=nxt.end, text=text[n.start:nxt.end]))
            skip = i + 1
            continue
        out.append(n)
    return out
