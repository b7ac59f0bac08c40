"""Times, generations and eras named in words (private).

* midnight and noon: "at midnight" is the time 0:00 (24点, 零点, 午夜, 半夜, 凌晨0点)
  and "noon" / "midday" 12:00 (中午, 正午, 晌午, 中午12点); the words are spelled,
  so one side's word without the other's is no mismatch, and a "12" right before
  "noon" is the noon's;
* generations: 80后, 90后, 00后, 八零后 are the decades 1980, 1990, 2000 ("born in
  the 1980s"), with the bare figure as an alternative;
* the clock in words: "three o'clock" (3:00), "half past two" (2:30), "a quarter past
  three" (3:15), "a quarter to four" (3:45), "twenty past six", "ten minutes to nine",
  "at ten to six" (5:50), with a.m. or p.m. after them if said (两点半, 三点一刻, 三点三刻);
  spelled when the hour is a word.  "M to N" is read only after *at*, *it's*, *until*,
  *about* or with *minutes* ("from ten to six" is a range), and "past" / "to"
  only where the clause ends or a word of time follows the hour ("fell by a quarter to
  4.3 trillion" is no time);
* the hour mark: the 60th minute of a match (第60分钟), the half-hour mark the 30th;
* the turn of the century: the 21st century (21世纪, 世纪之交) or, as an
  alternative, the 20th; spelled, since 世纪之交 holds no figure;
* eras: 5000 BC / BCE / B.C. and 公元前5000年 are the year -5000, so 公元5000年
  against "5000 BC" is a sign error of era.  Only a bare year is signed; a
  century (the 5th century BC, 公元前5世纪) keeps its value.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from tm.numbers._base import Number
from tm.numbers._idioms_zh import overlapping, without_all
from tm.numbers._lazy import lazy_re
from tm.numbers._numerals import EN_WORD_VALUES, ZH_DIGITS

__all__ = ["read_eras"]

_CLOCK_WORDS = lazy_re(r"(?i)\b(?:(?P<twelve>12\s*)?(?P<word>midnight|noon|midday))\b")
_CLOCK_ZH = lazy_re(r"(?P<night>午夜(?:零点)?|半夜|夜半|(?<![〇零一二两三四五六七八九十\d.])零点"
                       r"(?![〇零一二两三四五六七八九十\d]))|中午|正午|晌午|午正|日午")
#: The hours of the clock in words.
_HOURS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve")
_HOUR = rf"(?P<h>1[0-2]|0?[1-9]|{'|'.join(_HOURS)})"
#: a.m. or p.m. after a clock time in words, or the part of the day ("in the afternoon").
_AM_PM = (r"(?:\s*(?P<ap>[AaPp])(?:\.[Mm]\.|[Mm]\b)"
          r"|\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+(?P<night>night)))?")
_OCLOCK = lazy_re(rf"(?i)\b{_HOUR}\s+o['’]clock\b{_AM_PM}")
#: "at 7 in the morning", "at 7:30 this evening", "at 9 tonight": an hour whose part of the
#: day is said in words is a time of that half of the day (review Y-24).  (The ``ap`` group
#: never matches: _clock_time reads the half from ``part`` and ``night``.)
_AT_HOUR_OF_DAY = lazy_re(
    rf"(?i)(?<=\bat ){_HOUR}(?::(?P<mm>[0-5]\d))?(?P<ap>(?!))?\s+(?:(?:in\s+the|this|tomorrow|"
    r"yesterday)\s+(?P<part>morning|afternoon|evening)|(?:at\s+)?(?P<night>night|tonight))\b")
#: The words _AT_HOUR_OF_DAY needs, looked for in a lower-cased text first (a fast gate).
_A_PART_OF_THE_DAY = lazy_re(r"morning|afternoon|evening|night")
#: What may follow a clock time in words: the end of a clause, or a word of time or a
#: conjunction, not a decimal, a unit or a noun ("fell by a quarter to 4.3 trillion",
#: "a quarter to 40 stores" are no times).
_AFTER_A_TIME = (r"(?=\s*(?:$|[,;:!?)]|\.(?!\d)|\s(?:sharp|today|tonight|tomorrow|on|and|or"
                 r"|to|until|till|every|each|this|next|in|at|when|before|after|local)\b))")
#: Minutes before "past" or "to": a half, a quarter, five to twenty-five in words, or any
#: count of minutes said as minutes.
_MINUTE_WORDS = {"five": 5, "ten": 10, "twenty": 20, "twenty-five": 25, "twenty five": 25}
_PAST_TO = lazy_re(
    r"(?i)\b(?:(?P<half>half)|(?:a\s+)?(?P<quarter>quarter)"
    r"|(?P<m>twenty[\s-]five|five|ten|twenty|(?P<counted>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+minutes?))"
    rf"\s+(?P<rel>past|after|to|before)\s+{_HOUR}\b{_AM_PM}{_AFTER_A_TIME}")
#: An hour after past / after / to / before, in a lower-cased text: a text without one holds
#: no "half past two" (a literal first, so the scan is fast).
_HOUR_AFTER_A_RELATION = lazy_re(
    rf" (?:past|after|to|before) (?:1[0-2]|0?[1-9]|{'|'.join(_HOURS)})\b")
#: What stands before "M to N" when it is a time, not a range (at ten to six; from ten to six).
_AT = lazy_re(r"(?i)\b(?:at|it's|it’s|it\s+is|until|till|about|around)\s+$")
#: The minutes of an hour, of a half and of a quarter of it.
_HOUR_MINUTES, _HALF_HOUR, _QUARTER_HOUR = 60, 30, 15
#: The minute a match reaches at "the hour mark" (第60分钟) or "the half-hour mark" (第30分钟).
_MARK = lazy_re(r"(?i)\bthe\s+(?P<half>half[\s-]+)?hour\s+mark\b")
_CENTURY_TURN = lazy_re(r"(?i)\bthe\s+turn\s+of\s+the\s+(?:century|millennium)\b")
_GENERATION = lazy_re(r"(?<![\d〇零一二三四五六七八九十.])"
                         r"(?P<d>[0-9]0|[五六七八九〇零][零〇])后")
_BC = lazy_re(r"\s*(?:BCE?\b|B\.C\.(?:E\.)?)")
_AD_ZH = "公元前"


def read_eras(text: str, numbers: list[Number], lang: str) -> list[Number]:
    """*numbers* of *text* with midnight, noon, 80后, the turn of the century and BC read."""
    if lang == "zh":
        if "后" in text:
            numbers = _generations(text, numbers)
        if "午" in text or "夜" in text or "零点" in text:
            numbers = _add(numbers, [Number(Decimal(0 if m.group("night") else 1200), "time",
                                            m.start(), m.end(), m.group(), True, "")
                                     for m in _CLOCK_ZH.finditer(text)])
        if _DAY_AFTER_ZH.search(text) and any(n.kind == "time" for n in numbers):
            numbers = _days_after_zh(text, numbers)
        return _eras_zh(text, numbers) if _AD_ZH in text else numbers
    lower = text.lower()
    if "midnight" in lower or "noon" in lower or "midday" in lower:
        numbers = _clock_words(text, numbers)
    if "clock" in lower or _HOUR_AFTER_A_RELATION.search(lower) or _A_PART_OF_THE_DAY.search(
            lower):
        numbers = _clock_phrases(text, numbers, lower)
    if "hour mark" in lower:  # spelled: 一小时后 or no figure at all is no mismatch
        marks = list(_MARK.finditer(text))
        numbers = sorted(without_all(numbers, [m.span() for m in marks]) + [
            Number(Decimal(30 if m.group("half") else 60), "ordinal", m.start(), m.end(),
                   m.group(), True, "min") for m in marks], key=lambda n: n.start)
    if "turn of the" in lower:
        numbers = _add(numbers, [Number(Decimal(21), "number", m.start(), m.end(), m.group(),
                                        True, "century", alternatives=(Decimal(20),))
                                 for m in _CENTURY_TURN.finditer(text)])
    if "(+" in text:
        numbers = _days_after(text, numbers)
    return _eras_en(text, numbers) if "B" in text else numbers


#: The days after its first day a time of a timetable falls on: "arrives 06:10 (+1)" is the
#: next day (次日06:10, 第二天), "(+2)" the day after.  Right after a clock time.
_DAYS_AFTER = lazy_re(r" ?\((\+[1-3])\)")
#: Chinese words of the next day (次日, 翌日, 隔天 …) and the Nth day (第二天, 第三天), which
#: say the "(+1)" of a timetable in a text with a clock time.
_DAY_AFTER_ZH = lazy_re("次日|翌日|隔天|隔日|次晨|翌晨|第[二三四]天")
_NEXT_DAY_ZH = lazy_re("次日|翌日|隔天|隔日|次晨|翌晨")
#: The unit of a count of days after.
_DAYS = "day"


def _days_after(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* of English *text* with the figure of each "(+1)" after a time read as a
    count of days (1 day): a figure the translation must say, with 次日 or 第二天 (review
    R-14: read as spelled, a dropped or wrong next-day mark passed)."""
    ends = {n.end for n in numbers if n.kind == "time"}
    days = [Number(Decimal(m.group(1)), "number", m.start(1), m.end(1), m.group(1), False,
                   _DAYS) for m in _DAYS_AFTER.finditer(text) if m.start() in ends]
    if not days:
        return numbers
    return sorted(without_all(numbers, [(d.start, d.end) for d in days]) + days,
                  key=lambda n: n.start)


def _days_after_zh(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* of Chinese *text* (which holds a clock time) with each word of the next day
    read as one day after (spelled: a narrative "the next day" has no figure in English), and
    第二天, 第三天 keeping beside their ordinal the reading of one, two days after."""
    out = []
    for n in numbers:
        if n.kind == "ordinal" and text.startswith("天", n.end) and n.text.startswith("第"):
            n = dataclasses.replace(n, readings=(*n.readings, (
                "number", n.value - 1, _DAYS)))
        out.append(n)
    return _add(out, [Number(Decimal(1), "number", m.start(), m.end(), m.group(), True, _DAYS)
                      for m in _NEXT_DAY_ZH.finditer(text)])


def _add(numbers: list[Number], new: list[Number]) -> list[Number]:
    """*numbers* and those of *new* (which do not overlap one another) that overlap none of
    them, in one pass (one new number at a time against all made an entry that repeats
    "midnight" or 80后 quadratic)."""
    if not new:
        return numbers
    overlaps = overlapping(numbers)
    kept = [a for a in new if not overlaps(a.start, a.end)]
    return [*numbers, *kept] if kept else numbers


def _clock_words(text: str, numbers: list[Number]) -> list[Number]:
    matches = list(_CLOCK_WORDS.finditer(text))
    # "12 noon", "12 midnight": the 12 is the time's
    twelves = {m.start() for m in matches if m.group("twelve")}
    out = [n for n in numbers if not (n.start in twelves and n.value == 12)] if twelves \
        else numbers
    return _add(out, [Number(Decimal(0 if m.group("word").lower() == "midnight" else 1200),
                             "time", m.start(), m.end(), m.group(), True, "") for m in matches])


def _clock_phrases(text: str, numbers: list[Number], lower: str) -> list[Number]:
    """*numbers* of English *text* (*lower* in lower case) with each clock time in words read
    (see the module docs), the numbers inside it left out."""
    times = [t for m in _OCLOCK.finditer(text) for t in _clock_time(m, 0, False)] \
        if "clock" in lower else []
    for m in _PAST_TO.finditer(text) if _HOUR_AFTER_A_RELATION.search(lower) else ():
        before = m.group("rel").lower() in ("to", "before")
        if before and not (m.group("counted")
                           or _AT.search(text, max(0, m.start() - 8), m.start())):
            continue  # "from ten to six" is a range
        if m.group("half"):
            if before:
                continue
            minutes = _HALF_HOUR
        elif m.group("quarter"):
            minutes = _QUARTER_HOUR
        else:
            minutes = _minutes(m.group("counted") or m.group("m"))
        if 0 < minutes < _HOUR_MINUTES:
            times.extend(_clock_time(m, minutes, before))
    if _A_PART_OF_THE_DAY.search(lower):
        times.extend(t for m in _AT_HOUR_OF_DAY.finditer(text)
                     for t in _clock_time(m, int(m.group("mm") or 0), False))
    if not times:
        return numbers
    return sorted([*without_all(numbers, [(t.start, t.end) for t in times]), *times],
                  key=lambda n: (n.start, n.end))


def _minutes(said: str) -> int:
    """The minutes of "ten", "twenty-five", "20", "forty-five" (0 if none is read)."""
    said = said.lower().replace(" ", "-")
    if said.isdigit():
        return int(said)
    if said.replace("-", " ") in _MINUTE_WORDS:
        return _MINUTE_WORDS[said.replace("-", " ")]
    tens, _, units = said.partition("-")
    return EN_WORD_VALUES.get(tens, 0) + EN_WORD_VALUES.get(units, 0) if tens else 0


def _clock_time(m: re.Match[str], minutes: int, before: bool) -> list[Number]:
    """The clock time *m* says: its hour (less one for "to"), *minutes* past it (or to it)."""
    said = m.group("h").lower()
    hour = int(said) if said.isdigit() else _HOURS.index(said) + 1
    if before:
        hour, minutes = (hour - 2) % 12 + 1, _HOUR_MINUTES - minutes
    ap = (m.group("ap") or "").lower()
    if m.group("part") or m.group("night"):
        ap = "a" if (m.group("part") or "").lower() == "morning" else "p"
    if ap == "p" and hour < 12:
        hour += 12
    elif (ap == "a" or m.group("night")) and hour == 12:
        hour = 0  # twelve at night is midnight
    return [Number(Decimal(hour * 100 + minutes), "time", m.start(), m.end(), m.group(),
                   not said.isdigit(), "")]


def _generations(text: str, numbers: list[Number]) -> list[Number]:
    matches = list(_GENERATION.finditer(text))
    out = without_all(numbers, [(m.start(), m.end("d")) for m in matches])
    return _add(out, [_generation(m) for m in matches])


def _generation(m: re.Match[str]) -> Number:
    """80后 = the 1980s (born in them), with the bare 80 as an alternative."""
    first = m.group("d")[0]
    tens = int(first) if first.isascii() else ZH_DIGITS[first]
    year = 2000 + tens * 10 if tens < 2 else 1900 + tens * 10
    return Number(Decimal(year), "number", m.start(), m.end("d"), m.group("d"), False, "",
                  alternatives=(Decimal(tens * 10),))


def _eras_en(text: str, numbers: list[Number]) -> list[Number]:
    out = []
    for n in numbers:
        bc = _BC.match(text, n.end) if n.kind == "number" and not n.unit else None
        if bc:
            n = dataclasses.replace(n, value=-n.value, end=bc.end(), text=text[n.start:bc.end()])
        out.append(n)
    return out


def _eras_zh(text: str, numbers: list[Number]) -> list[Number]:
    out = []
    for n in numbers:
        if n.kind == "number" and not n.unit and text.endswith(_AD_ZH, 0, n.start) \
                and not text.startswith("世纪", n.end):  # 公元前5世纪 keeps its century
            n = dataclasses.replace(n, value=-n.value)
        out.append(n)
    return out
