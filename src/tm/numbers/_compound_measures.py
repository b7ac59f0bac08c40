"""A height or a weight written in two imperial units, the larger first (private).

"5 ft 9 in", "5 feet 9 inches", "5-foot-9", 5'9" and 5英尺9英寸 are one height, 69 inches,
which a translation may give converted (175厘米); "7 lb 4 oz", "7 pounds, 4 ounces" and
7磅4盎司 are one weight, 116 ounces (3.3公斤).  Each side reads the pair as one value in the
smaller unit, so a converted figure meets it and neither part is left over as a figure of
its own (each part alone meets nothing the converted translation says).
"""

from __future__ import annotations

from decimal import Decimal

from tm.numbers._base import Number, canonical
from tm.numbers._lazy import lazy_re

__all__ = ["read_compound_measures"]

#: The larger unit of a pair, its smaller unit and how many of those it holds.
_SMALLER = {"ft": ("inch", 12), "lb": ("oz", 16)}
#: What may join the two parts: "5 ft 9 in", "5 feet, 9 inches", "7 lb and 4 oz";
#: 5英尺9英寸, 7磅零4盎司.
_JOINT = {"en": lazy_re(r"\.?(?:\s*,)?\s*(?:and\s+)?"), "zh": lazy_re("零?")}
#: The word of inches after a figure read with no unit: "in" alone is no unit the readers
#: know ("9 in" may be a preposition), but after a figure of feet it is one: "5 ft 9 in".
_INCH_WORD = lazy_re(r"\s*(?:in\b\.?|[\"″”])")
#: A height in feet and inches written with primes, in either language: 5'9", 5′9″, 6' 2''.
#: Primes also write minutes and seconds (a runner's pace 5'30" per km, an angle 39°54'07"):
#: not after a degree sign, and the figure keeps that reading too (5'09" is 69 inches or
#: 309 seconds); inches run to 11, so 5'30" is no height.
_PRIMES = lazy_re(r"(?<![\d.'′’°])(\d{1,2}) ?['′’] ?(\d{1,2}(?:\.\d+)?) ?(?:[\"″”]|'')")
#: The most inches a height in feet and inches writes (12 make a foot).
_MOST_INCHES = 11
#: Seconds in a minute, for the pace reading of primes.
_MINUTE = 60
#: The joint of "5-foot-9", "a 6-foot-2 centre" (the inches need no word).
_HYPHENATED_FOOT = lazy_re(r"(?i)foot$")


def read_compound_measures(text: str, numbers: list[Number], lang: str) -> list[Number]:
    """*numbers* (in order) of *text* with each pair of feet and inches or pounds and ounces
    read as one value in the smaller unit."""
    primes = "'" in text or "′" in text or "’" in text
    if not primes and not any(n.unit in _SMALLER for n in numbers):
        return numbers
    out: list[Number] = []
    for n in numbers:
        previous = out[-1] if out else None
        whole = _joined(text, previous, n, lang) if previous is not None else None
        if whole is not None:
            out[-1] = whole
        else:
            out.append(n)
    if primes and _PRIMES.search(text):
        out = _primed(text, out)
    return out


def _joined(text: str, larger: Number, smaller: Number, lang: str) -> Number | None:
    """*larger* and *smaller* read as one measure in the smaller unit, or None when they are
    no such pair."""
    if larger.unit not in _SMALLER or larger.kind != "number" or smaller.kind != "number" \
            or larger.value < 0 or smaller.value < 0:
        return None
    unit, count = _SMALLER[larger.unit]
    between = text[larger.end:smaller.start]
    end = smaller.end
    if smaller.unit != unit:
        if smaller.unit or lang != "en" or unit != "inch":
            return None
        if between == "-" and _HYPHENATED_FOOT.search(larger.text):
            between = ""  # 5-foot-9
        else:
            word = _INCH_WORD.match(text, smaller.end)
            if word is None:
                return None
            end = word.end()
    if not _JOINT[lang].fullmatch(between):
        return None
    return Number(canonical(larger.value * count + smaller.value), "number", larger.start, end,
                  text[larger.start:end], larger.spelled and smaller.spelled, unit)


def _primed(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* with each height written with primes (5'9") read as inches."""
    found = []
    for m in _PRIMES.finditer(text):
        feet, inches = Decimal(m.group(1)), Decimal(m.group(2))
        if inches > _MOST_INCHES:
            continue
        pace = ("number", canonical(feet * _MINUTE + inches), "s")
        found.append(Number(canonical(feet * _SMALLER["ft"][1] + inches), "number", m.start(),
                            m.end(), m.group(), unit="inch", readings=(pace,)))
    kept = [n for n in numbers
            if not any(f.start <= n.start and n.end <= f.end for f in found)]
    return sorted([*kept, *found], key=lambda n: (n.start, n.end))
