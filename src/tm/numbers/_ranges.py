"""Ranges that state their unit once: 8 to 10 percent, 3至4亿元, 12 to 14 November (private).

A range writes the percent sign, the scale, the unit or the month after its
second number only: "growth of 8 to 10 percent" means 8 percent and 10
percent, 3至4亿元 means 3亿元 and 4亿元, "12 to 14 November" the 12th and 14th of
November, 三至四成 30 and 40 percent.  The first number takes them from the
second when it is bare (no scale, unit or percent of its own) and smaller
than the second's own figure ("800 to 1.2 million" is not 800 million).  A
first number with only a currency sign of its own takes the second's scale
($3-4 billion, A$380–420 million), and one with only a scale of its own takes
the second's unit when the scales agree (24万至26万盎司, 3.8亿至4.2亿澳元).
In the other direction a day alone takes its month from the date before it
(11月12日至14日, June 15 to 17: the 14th of November, the 17th of June).
Two days of one month are also joined by *and*, *or*, *&* in English and
和 及 与 或 、 in Chinese (June 7 and 8, 7 and 8 June, 6月7日和8日, 6月7、8日):
the bare day takes the month, as in a range; between plain numbers *and*
joins a range only after *between* (between 8 and 10 percent).
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from tm.numbers._base import Number, canonical
from tm.numbers._lazy import lazy_re
from tm.numbers._numerals import CURRENCY_PREFIXES, EN_WORD_VALUES, UNITS, parse_chinese

__all__ = ["read_ranges"]

_CONNECTOR = {
    "en": lazy_re(r"\s*(?:-|–|—|~|to|through|and)\s*", re.I),
    "zh": lazy_re(r"\s*(?:至|到|-|–|—|~|～|－)\s*"),
}
#: What joins two days of one month besides a range's connectors (June 7 and 8, 6月7、8日).
_DAY_PAIR = {
    "en": lazy_re(r"\s*(?:and|or|&)\s*", re.I),
    "zh": lazy_re(r"\s*(?:和|及|与|或|、)\s*"),
}
_BETWEEN = lazy_re(r"\bbetween\s+$", re.I)
#: How far before a number "between" is looked for: the word and the space after it, with
#: room (searched from the start of the text, an entry of many "N and M" was quadratic).
_BETWEEN_REACH = 64
_LEAD_DIGITS = lazy_re(r"\d[\d,]*(?:\.\d+)?")
_LEAD_CHINESE = lazy_re(r"[〇零一二两三四五六七八九十百千]+(?:点[〇零一二三四五六七八九]+)?")
_LEAD_WORD = lazy_re(r"[A-Za-z]+")


def _lead(text: str) -> Decimal | None:
    """The figure a number's text starts with: 10 of "10 percent", 4 of 四成 or 4亿."""
    m = _LEAD_DIGITS.match(text)
    if m:
        return Decimal(m.group().replace(",", ""))
    m = _LEAD_CHINESE.match(text)
    if m:
        return parse_chinese(m.group())
    m = _LEAD_WORD.match(text)
    if m and m.group().lower() in EN_WORD_VALUES:
        return Decimal(EN_WORD_VALUES[m.group().lower()])
    return None


def _date_parts(n: Number) -> tuple[int, int, int]:
    v = int(n.value)
    return v // 10000, v // 100 % 100, v % 100


def _joined(text: str, a: Number, b: Number, lang: str) -> bool:
    """True when *a* and *b* are the two ends of a range ("8 to 10", 3至4)."""
    gap = text[a.end:b.start]
    m = _CONNECTOR[lang].fullmatch(gap)
    if not m:
        return False
    if lang == "en" and gap.strip().lower() == "and":  # only "between 8 and 10 percent"
        return bool(_BETWEEN.search(text, max(0, a.start - _BETWEEN_REACH), a.start))
    return True


def _day_pair(a: Number, b: Number) -> bool:
    """True when one of *a*, *b* is a date and the other a day alone (June 7 and 8)."""
    return "date" in (a.kind, b.kind) and {a.kind, b.kind} <= {"date", "number"}


def _joined_days(text: str, a: Number, b: Number, lang: str) -> bool:
    """True when *a* and *b* are two days of one month joined by and, 和, 、 ..."""
    return _day_pair(a, b) and bool(_DAY_PAIR[lang].fullmatch(text[a.end:b.start]))


def _first_from_second(a: Number, b: Number, gap: str = "") -> Number | None:
    """*a* with the percent, scale, unit or month it takes from *b* (*gap* the text
    between them), or None."""
    if a.kind != "number" or a.value <= 0:
        return None
    if _lead(a.text) != a.value:
        return _unit_from_second(a, b)
    if a.unit:
        return _scale_from_second(a, b, gap)
    if b.kind == "date":
        year, month, day = _date_parts(b)
        if month and day and 1 <= a.value < day and a.value == int(a.value):
            return dataclasses.replace(a, kind="date",
                                       value=Decimal(year * 10000 + month * 100 + int(a.value)))
        if month and not day and 1 <= a.value < month and a.value == int(a.value):
            # 1至2月, 1—10月: the months of a range of months
            value = Decimal(year * 10000 + int(a.value) * 100)
            return dataclasses.replace(a, kind="date", value=value)
        return None
    lead = _lead(b.text)
    if b.kind not in ("number", "percent") or not lead or a.value >= lead:
        return None
    scale = b.value / lead
    if scale == 1 and b.kind == a.kind and not b.unit:
        return None
    return dataclasses.replace(a, value=canonical(a.value * scale), kind=b.kind, unit=b.unit)


def _unit_from_second(a: Number, b: Number) -> Number | None:
    """*a*, which has a scale of its own and no unit, with *b*'s unit when *b* has the same
    scale: 24万至26万盎司, 3.8亿至4.2亿澳元 (the ounces and the dollars of both ends)."""
    lead_a, lead_b = _lead(a.text), _lead(b.text)
    if a.unit or b.kind != "number" or not b.unit or not lead_a or not lead_b \
            or lead_a >= lead_b or a.value / lead_a != b.value / lead_b:
        return None
    return dataclasses.replace(a, unit=b.unit)


#: A currency sign written again before the second end of a range ("HK$2 to HK$300"):
#: the signs (not the letters) of the currency prefixes the reader knows.
_CURRENCY_SIGN = lazy_re("[" + re.escape("".join(sorted(
    {ch for prefix in CURRENCY_PREFIXES for ch in prefix if not ch.isalnum() and ch not in " ."}
))) + "]")


def _scale_from_second(a: Number, b: Number, gap: str) -> Number | None:
    """*a*, a bare figure after a currency sign, with *b*'s scale: A$380–420 million and
    $3-4 billion are 380 and 3 of millions and billions of dollars (3.8亿至4.2亿澳元).

    Only a sign written before *a*, with nothing after its figure, and a second end
    that does not repeat it: a unit after the figure closes that end (5元至10万元, "3
    to 40,000 dollars"), and so does a repeated sign ("from HK$2 to HK$300 million")
    (review V-1).
    """
    lead = _lead(b.text)
    if a.unit in UNITS or b.kind != "number" or b.unit not in ("", a.unit) or not lead \
            or a.value >= lead or b.value == lead or not a.text[-1:].isdigit() \
            or _CURRENCY_SIGN.search(gap):
        return None
    return dataclasses.replace(a, value=canonical(a.value * b.value / lead))


#: The time of day written after a clock time: a.m., pm, AM …
_PERIOD_AFTER = lazy_re(r"(?i)([ap])\.?\s?m\.?\s*$")
#: A clock face with no time of day (5:30).
_BARE_FACE = lazy_re(r"(\d{1,2}):(\d{2})")


def _clock_from_second(a: Number, b: Number) -> Number | None:
    """*a*, a bare hour (7) or clock face (5:30) before a clock time with its time of day
    ("between 7 and 9 a.m.", "from 5 to 7 p.m.", "5:30 to 7pm"), as the time it is: the
    period is said once for both.  An hour after the second's in that period is in the
    period before ("from 10 to 2 p.m." starts at 10 a.m., "11 to 1 a.m." at 11 p.m.)."""
    period = _PERIOD_AFTER.search(b.text) if b.kind == "time" else None
    if period is None:
        return None
    if a.kind == "number" and not a.unit and a.value == int(a.value) \
            and _lead(a.text) == a.value:
        hour, minute = int(a.value), 0
    elif a.kind == "time" and (face := _BARE_FACE.fullmatch(a.text)) is not None:
        hour, minute = int(face[1]), int(face[2])
    else:
        return None
    if not 1 <= hour <= 12:
        return None
    time = (hour % 12 + (12 if period.group(1).lower() == "p" else 0)) * 100 + minute
    if time > b.value:
        time = (time + 1200) % 2400
    return dataclasses.replace(a, kind="time", value=Decimal(time))


def _second_from_first(a: Number, b: Number) -> Number | None:
    """*b*, a day alone, with the year and month of the date *a* before it.

    11月12日至14日, June 15 to 17: the day is a date (14日) or a bare number.
    """
    if a.kind != "date" or b.kind not in ("date", "number") or b.unit:
        return None
    year, month, day = _date_parts(a)
    if b.kind == "number":
        if b.value != int(b.value) or _lead(b.text) != b.value:
            return None
        b_year, b_month, b_day = 0, 0, int(b.value)
    else:
        b_year, b_month, b_day = _date_parts(b)
    if not (month and day) or b_month or b_year or not day < b_day <= 31:
        return None
    return dataclasses.replace(b, kind="date",
                               value=Decimal(year * 10000 + month * 100 + b_day))


_YEAR_AFTER = lazy_re(r",?\s*")


def _with_year(date: Number, year: int) -> Number:
    return dataclasses.replace(date, value=date.value % 10000 + year * 10000)


def _year_after(text: str, out: list[Number], i: int) -> None:
    """Give the year written after a date range (Nov 5 to 10, 2025) to both its ends."""
    a, b = out[i], out[i + 1]
    c = out[i + 2] if i + 2 < len(out) else None
    if c is None or c.kind != "number" or c.unit or not 1000 <= c.value <= 2999 \
            or c.value != int(c.value) or _lead(c.text) != c.value \
            or not _YEAR_AFTER.fullmatch(text, b.end, c.start):
        return
    if a.kind == b.kind == "date" and a.value < 10000 and b.value < 10000:
        out[i], out[i + 1] = _with_year(a, int(c.value)), _with_year(b, int(c.value))
        del out[i + 2]


#: Two years joined as a season or a fiscal year, the second cut to two digits: 2019-20,
#: 1998/99, 2023—24, 2022至23.
_YEAR_JOIN = lazy_re(r"\s?[-–—/~～至到]\s?")
#: The years a four-digit figure may be.
_FIRST_YEAR, _LAST_YEAR = 1000, 2999


def _short_year(text: str, a: Number, b: Number) -> Number | None:
    """*b*, two digits after the year *a* (2019-20, 1998/99), with the full year it may be as
    its other value (2020, 1999): the figure keeps both readings, so 2019-20 meets
    2019-2020 and 2019/20 alike; 1999-00 is 2000."""
    if a.kind != "number" or b.kind != "number" or a.unit or b.unit or len(b.text) != 2 \
            or not b.text.isdigit() or len(a.text) != 4 or not a.text.isdigit() \
            or not _FIRST_YEAR <= a.value <= _LAST_YEAR \
            or not _YEAR_JOIN.fullmatch(text, a.end, b.start):
        return None
    year = a.value // 100 * 100 + b.value
    if year <= a.value:
        year += 100
    return dataclasses.replace(b, alternatives=(*b.alternatives, year))


def read_ranges(text: str, numbers: list[Number], lang: str) -> list[Number]:
    """*numbers* (in text order) with the ends of each range completed."""
    out = list(numbers)
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        short = _short_year(text, a, b)
        if short is not None:
            out[i + 1] = b = short
        if _joined(text, a, b, lang) or _joined_days(text, a, b, lang):
            first = _clock_from_second(a, b) or _first_from_second(a, b, text[a.end:b.start])
            if first is not None:
                out[i] = first
            else:
                second = _second_from_first(a, b)
                if second is not None:
                    out[i + 1] = second
            if lang == "en":
                _year_after(text, out, i)
        i += 1
    return out
