"""Durations in larger units, signs in words, ordinals with a magnitude (private).

Read on the numbers already found, in both languages:

* durations: "three decades" = 30 (also 3), "two centuries" = 200 (also 2), "two
  millennia" = 2000 (also 2; 两千年),
  "a decade" = 10, "half a century" = 50, "a fortnight" = 14 (also 2 weeks);
  两个世纪 = 200 (also 2), 半个世纪 = 50, 三个十年 = 30 (also 3).  The count is
  kept as an alternative, so either a translation that converts (三十年) or one
  that keeps the unit (three decades / 三个十年) matches;
* a sign in words: "minus 42", "negative 3", "42 below zero", "42 degrees
  below" = -42, as 零下42 and 负42 are in Chinese;
* ordinals with a magnitude: "two millionth" = the ordinal 2,000,000 (第200万);
* lengths of time: a count followed by seconds, minutes, hours, days, weeks,
  months or years (秒, 分钟, 小时, 天, 日, 周, 星期, 个月, 年) takes that unit, so
  that a converted duration matches ("the past 12 months" = 过去一年, "24
  hours" = 一天, "7 days" = 一周).  A figure that may be a calendar year (2025年)
  takes none: a year is no length of time; 季度 is a quarter (three months) only
  in 前三季度 "the first three quarters" (三季度 alone is Q3).  A race time 21秒83 is 21.83 seconds;
  halves of a unit of time are read with it (半年 and "half a year" = 0.5 year, 一年半
  and "a year and a half" = 1.5 years, 两个半小时 and "two and a half hours" = 2.5
  hours, 半小时 and "half an hour" = 0.5 hours).
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from tm.numbers._base import Number, canonical
from tm.numbers._lazy import lazy_re
from tm.numbers._numerals import parse_chinese
from tm.numbers._zh import in_set_phrase

__all__ = ["read_durations_en", "read_durations_zh", "read_time_units"]

#: Years in a decade / century; days in a fortnight (whose count of weeks is 2).
_UNIT_YEARS = {"decade": 10, "century": 100, "centurie": 100, "fortnight": 14,
               "millennium": 1000, "millennia": 1000}
_AFTER_COUNT = lazy_re(r"[\s-]+(decade|centur(?:y|ie)|fortnight|millenni(?:um|a))s?\b", re.I)
_ALONE = lazy_re(r"\b(a|an|one|half\s+a)\s+(decade|century|fortnight|millennium)\b", re.I)
_MINUS = lazy_re(r"\b(?:minus|negative)\s+$", re.I)
#: "plus or minus 5 billion" (± 5 billion, 上下浮动50亿): a tolerance, no negative figure.
_PLUS_OR = lazy_re(r"\bplus\s+or\s+$", re.I)
_BELOW = lazy_re(r"(?:\s+degrees?(?:\s+(?:celsius|fahrenheit|centigrade|[CF]\b))?)?"
                    r"\s+below(?:\s+(?:zero|freezing)\b|(?=\s*(?:[.,;:!?)]|$)))", re.I)
_MAGNITUDE_ORDINAL = lazy_re(r"[\s-]+(?:hundred|thousand|million|billion)th", re.I)


def read_durations_en(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* of English *text* with durations, signs and magnitude ordinals read."""
    lower = text.lower()
    durations = "decade" in lower or "centur" in lower or "fortnight" in lower \
        or "millenni" in lower
    # _MINUS and _BELOW need one of these words (casefold: whatever re.I matches, e.g. ſ).
    folded = text.casefold()
    signs = "minus" in folded or "negative" in folded or "below" in folded
    out: list[Number] = []
    for n in numbers:
        if out and n.kind == "ordinal" and _joins_magnitude(text, out[-1], n):
            last = out.pop()
            n = dataclasses.replace(n, value=canonical(last.value * n.value), start=last.start,
                                    text=text[last.start:n.end], spelled=last.spelled)
        elif n.kind == "number":
            n = _signed_en(text, n, out[-1].end if out else 0) if signs else n
            n = _duration_after(text, n) if durations and not n.unit else n
        out.append(n)
    if durations:
        for m in _ALONE.finditer(text):
            inside = [n for n in out if m.start() <= n.start and n.end <= m.end()]
            if any(n.start < m.end() and m.start() < n.end for n in out if n not in inside):
                continue
            out = [n for n in out if n not in inside]  # the "half" of "half a century"
            count = Decimal("0.5") if m.group(1).lower().startswith("half") else Decimal(1)
            out.append(_duration(count, m.group(2).lower(), m.start(), m.end(), text, True))
    return out


def _joins_magnitude(text: str, count: Number, ordinal: Number) -> bool:
    """True for the "two" and "millionth" of "two millionth" (the 2,000,000th)."""
    return (count.kind == "number" and not count.unit and count.value > 0
            and _MAGNITUDE_ORDINAL.fullmatch(text, count.end, ordinal.end) is not None)


def _duration(count: Decimal, unit: str, start: int, end: int, text: str,
              spelled: bool) -> Number:
    per = _UNIT_YEARS[unit.rstrip("s").lower()]
    alternatives = (canonical(count),) if per != 14 else (canonical(count * 2),
                                                          canonical(count))
    return Number(canonical(count * per), "number", start, end, text[start:end], spelled,
                  "", None, alternatives)


def _duration_after(text: str, n: Number) -> Number:
    m = _AFTER_COUNT.match(text, n.end)
    if not m or n.value <= 0:
        return n
    return _duration(n.value, m.group(1), n.start, m.end(), text, n.spelled)


def _signed_en(text: str, n: Number, previous_end: int) -> Number:
    """-42 for "minus 42", "42 below zero" (not the 3 of "ten minus 3": a subtraction, nor
    the 5 of "plus or minus 5": a tolerance)."""
    if n.value < 0:
        return n
    before = _MINUS.search(text, max(0, n.start - 12), n.start)
    if before and _PLUS_OR.search(text, max(0, before.start() - 12), before.start()):
        return n
    if before and not text[previous_end:before.start()].isspace():
        return dataclasses.replace(n, value=-n.value, start=before.start(),
                                   text=text[before.start():n.end])
    after = _BELOW.match(text, n.end)
    if after:
        return dataclasses.replace(n, value=-n.value, end=after.end(),
                                   text=text[n.start:after.end()])
    return n


_ZH_COUNT = lazy_re(r"(半|两|[一二三四五六七八九十]+|\d+)个(世纪|十年)")
_ZH_VALUES = {"半": Decimal("0.5"), "两": Decimal(2)}


def read_durations_zh(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* of Chinese *text* with 两个世纪 = 200, 半个世纪 = 50, 三个十年 = 30 read."""
    if "个世纪" not in text and "个十年" not in text:
        return numbers
    out = list(numbers)
    for m in _ZH_COUNT.finditer(text):
        raw = m.group(1)
        count = _ZH_VALUES.get(raw) or (Decimal(raw) if raw.isdigit() else parse_chinese(raw))
        if count is None:
            continue
        out = [n for n in out if not (m.start() <= n.start < m.end())]
        unit = "century" if m.group(2) == "世纪" else "decade"
        out.append(_duration(count, unit, m.start(), m.end(), text, not raw.isdigit()))
    return out


_TIME_EN = lazy_re(r"[\s-]*(sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|h|days?|weeks?"
                      r"|months?|years?)\b", re.I)
_TIME_EN_UNITS = {"sec": "s", "second": "s", "min": "min", "minute": "min", "hr": "hour",
                  "h": "hour",
                  "hour": "hour", "day": "day", "week": "week", "month": "month", "year": "year"}
_TIME_ZH = lazy_re(r"个?(?:(秒)钟?|(分钟)|(小时|钟头)|(天|日)(?![元本])"
                      r"|(周|星期|礼拜)(?![年岁一二三四五六日天])|(个月)|(年)(?![代级前后初底末内来间度份])"
                      r"|(?<=[前头]\S)(个?季度))")
_TIME_ZH_UNITS = ("s", "min", "hour", "day", "week", "month", "year", "quarter")
_TIME_HINTS = {"en": lazy_re(r"(?i)\b(?:sec(?:ond)?|min(?:ute)?|hr|hour|day|week|month|year)s?\b"
                               r"|half"),
               "zh": lazy_re("[秒分小钟天日周星礼月年季半]")}


#: A race time in Chinese: 21秒83 is 21.83 seconds (the hundredths after 秒).
_SPLIT_SECONDS = lazy_re(r"(?<![\d.])(\d+)秒(\d{1,3})(?![\d.])")


#: The words one of which _TIME_HINTS["en"] needs (casefolded, ı taken for i as re.I
#: does): substring tests are cheaper than the pattern.
_EN_TIME_STEMS = ("sec", "min", "hr", "hour", "day", "week", "month", "year", "half")


def read_time_units(text: str, numbers: list[Number], lang: str) -> list[Number]:
    """*numbers* of *text* with the unit of time that follows a plain count."""
    if lang == "en":
        folded = text.casefold().replace("ı", "i")
        if not any(stem in folded for stem in _EN_TIME_STEMS):
            return numbers
    if not _TIME_HINTS[lang].search(text):
        return numbers
    lower = text.lower()
    out = [_with_time_unit(text, n, lang) if n.kind == "number" and not n.unit
           and not n.alternatives and n.value > 0 else n for n in numbers]
    if "半" in text or "half" in lower:
        out = _halves(text, out, lang)
    if lang == "en" and "th" in lower and "of a" in lower:
        out = _fractions_of_a_unit(text, out)
    if lang == "zh" and "秒" in text:
        for m in _SPLIT_SECONDS.finditer(text):
            if any(n.start < m.start() < n.end for n in out):
                continue  # inside a race time already read whole (3分02秒15)
            out = [n for n in out if not (m.start() <= n.start and n.end <= m.end())]
            out.append(Number(Decimal(f"{m.group(1)}.{m.group(2)}"), "number", m.start(),
                              m.end(), m.group(), False, "s"))
        out.sort(key=lambda n: (n.start, n.end))
    return _compound_durations(text, out, lang)


#: Seconds in each unit of time a compound length of time is written with.
_SECONDS = {"day": 86400, "hour": 3600, "min": 60, "s": 1}
#: What may stand between the parts of a compound length: "6 hours 40 minutes", "2 hours,
#: 5 minutes", "1 day and 3 hours"; 6小时40分钟, 2天零3小时, 3分钟又10秒.
_JOINT = {"en": lazy_re(r"\s*(?:,\s*|and\s+|,\s*and\s+)?", re.I),
          "zh": lazy_re(r"(?:零|又|，|,)?")}


def _compound_durations(text: str, numbers: list[Number], lang: str) -> list[Number]:
    """A length of time written in parts, larger unit first, as one value in seconds.

    "6 hours 40 minutes" is one length, which Chinese writes 6小时40分钟 (read whole as
    24,000 seconds by the recognizers): each side must read it as the same one value,
    not as two numbers on one side and one on the other.
    """
    out: list[Number] = []
    last_unit = ""  # the unit of the last part of out[-1], when it is a length of time
    for n in numbers:
        previous = out[-1] if out else None
        if previous is not None and _continues(text, previous, last_unit, n, lang):
            seconds = previous.value * (1 if previous.unit == "s" else _SECONDS[last_unit])
            end = _time_unit_end(text, n, lang)
            out[-1] = Number(canonical(seconds + n.value * _SECONDS[n.unit]), "number",
                             previous.start, end, text[previous.start:end],
                             previous.spelled and n.spelled, "s")
        else:
            out.append(n)
        last_unit = n.unit if n.kind == "number" and n.unit in _SECONDS else ""
    return out


def _continues(text: str, previous: Number, previous_unit: str, n: Number, lang: str) -> bool:
    """True when *n* is the next, smaller part of the length of time *previous* ends with."""
    if not previous_unit or n.kind != "number" or n.unit not in _SECONDS or n.value < 0:
        return False
    if _SECONDS[n.unit] >= _SECONDS[previous_unit]:
        return False
    joint = _JOINT[lang].match(text, _time_unit_end(text, previous, lang))
    return joint is not None and joint.end() == n.start


def _time_unit_end(text: str, n: Number, lang: str) -> int:
    """Where the word of *n*'s unit of time ends (its own end if the unit is inside it)."""
    m = (_TIME_EN if lang == "en" else _TIME_ZH).match(text, n.end)
    return m.end() if m else n.end


#: 半 that begins a word for part of a year, month or day (半年度, 上半年, 半月刊, 半夜, 半天)
#: belongs to that word, so 2025年半年度报告 is the year 2025, not 2025.5 years.
_HALF_STARTS_WORD = "(?![年月日天夜晌季周])"
#: 半年 as half a year, but not in 半年度 / 半年报 / 半年刊 (half-yearly, the interim report),
#: nor as the first or second half (上半年, 前半年, 后半天); 前 that ends a word (提前, 之前,
#: 以前, 此前: "half an hour early") does not make one.  An hour or a minute has no named
#: halves: 半小时 after 前, 后, 上 or 下 is half an hour either way (饭前半小时 "half an hour
#: before meals", 比赛的前半小时 "the first half hour of the match"), 半分钟 half a minute.
_HALF_ZH = lazy_re(r"(?<![〇零一二两三四五六七八九十\d个大多])"
                      r"(?:(?<![上下后])(?<!(?<![提之以此事])前)"
                      r"半(?!年[度报刊])(?:(年|天|日)|个(月))|半个?(小时|钟头|分钟))")
#: 两分半钟 / 3分半钟 = 2.5 / 3.5 minutes (only with 钟: 三分半 alone may be cents or points).
_AND_HALF_ZH = lazy_re(r"([〇零一二两三四五六七八九十百]+|\d+)(?:(年|天)半" + _HALF_STARTS_WORD
                          + r"|个半(小时|钟头|月)|(分)半钟)")
_AND_HALF_EN = lazy_re(r"\s+(?:and\s+an?\s+half\s+(hours?|days?|weeks?|months?|years?|minutes?)"
                          r"|(hours?|days?|weeks?|months?|years?|minutes?)\s+and\s+an?\s+half)\b",
                          re.I)
_ONE_AND_HALF_EN = lazy_re(
    r"\b(?:an?|one)\s+(hour|day|week|month|year|minute)\s+and\s+an?\s+half\b", re.I)
#: "half an hour", "half a day", and the same half with no article or with a hyphen ("every
#: half hour", "a half-day tour", "half-year results"): a half of one unit of time (半小时,
#: 半日游, 半年业绩).  Not a word the unit opens ("half-yearly", "half-hourly").
_HALF_A_EN = lazy_re(r"(?:\ban?\s+)?\bhalf(?:\s+an?\s+|\s+|[-‐])"
                        r"(hour|day|week|month|year|minute|second)\b", re.I)
_HALF_UNITS = {"年": "year", "天": "day", "日": "day", "小时": "hour", "钟头": "hour",
               "分钟": "min", "分": "min", "月": "month"}


def _halves(text: str, numbers: list[Number], lang: str) -> list[Number]:
    """半年 / "half a year" = 0.5 year, 一年半 / "a year and a half" = 1.5, 两个半小时 /
    "two and a half hours" = 2.5 hours, 半小时 / "half an hour" = 0.5 hours: a half of a
    unit of time read with its unit."""
    out = list(numbers)
    if lang == "en":
        for i, n in enumerate(out):
            m = _AND_HALF_EN.match(text, n.end) if n.kind == "number" else None
            if m:
                unit = _TIME_EN_UNITS[(m.group(1) or m.group(2)).lower().rstrip("s")]
                out[i] = dataclasses.replace(n, value=canonical(n.value + Decimal("0.5")),
                                             end=m.end(), text=text[n.start:m.end()], unit=unit)
                out = [o for o in out if not (n.end <= o.start and o.end <= m.end())]
        for m in _ONE_AND_HALF_EN.finditer(text):  # "a year and a half" = 1.5 years
            out = [o for o in out if not (m.start() <= o.start and o.end <= m.end())]
            out.append(Number(Decimal("1.5"), "number", m.start(), m.end(), m.group(), True,
                              _TIME_EN_UNITS[m.group(1).lower()]))
        for m in _HALF_A_EN.finditer(text):  # "half an hour" = 0.5 hours (半小时)
            if any(o.start < m.end() and m.start() < o.end
                   and not (m.start() <= o.start and o.end <= m.end()) for o in out):
                continue  # it overlaps a number read already ("an hour and a half")
            out = [o for o in out if not (m.start() <= o.start and o.end <= m.end())]
            out.append(Number(Decimal("0.5"), "number", m.start(), m.end(), m.group(), True,
                              _TIME_EN_UNITS[m.group(1).lower()]))
        return sorted(out, key=lambda n: (n.start, n.end))
    found: list[Number] = []
    for m in _AND_HALF_ZH.finditer(text):
        if in_set_phrase(text, m.start(), m.end()):
            continue  # 一年半载 "a year or so"
        raw = m.group(1)
        whole = Decimal(raw) if raw.isdigit() else parse_chinese(raw)
        if whole is not None:
            unit = _HALF_UNITS[m.group(2) or m.group(3) or m.group(4)]
            found.append(Number(canonical(whole + Decimal("0.5")), "number", m.start(), m.end(),
                                m.group(), not raw.isdigit(), unit))
    for m in _HALF_ZH.finditer(text):
        if in_set_phrase(text, m.start(), m.end()):
            continue
        unit = _HALF_UNITS[next(g for g in m.groups() if g)]
        found.append(Number(Decimal("0.5"), "number", m.start(), m.end(), m.group(), True, unit))
    for f in found:
        out = [n for n in out if not (f.start <= n.start < f.end)]
    return [*out, *found]


#: Tenths, hundredths and thousandths of a unit of time, as a race is timed: "three hundredths
#: of a second" (0.03秒), "a tenth of a second" (0.1秒), "two tenths of a second".
_FRACTION_OF_A_UNIT = lazy_re(
    r"\b(?:(an?|one|two|three|four|five|six|seven|eight|nine)|(\d{1,3}))\s+"
    r"(tenth|hundredth|thousandth)s?\s+of\s+an?\s+(second|minute|hour)\b", re.I)
_PARTS = {"tenth": 10, "hundredth": 100, "thousandth": 1000}
#: A fraction as a percentage, and the unit tm.numbers._zh gives the Chinese form of each
#: part: 百分之三 is 3 %, 千分之五 0.5 per mille (no unit), 十分之一 a fraction.
_PERCENT = 100
_PER_UNIT = {"tenth": "%", "hundredth": "%", "thousandth": ""}
_PART_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _fractions_of_a_unit(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* of English *text* with each tenth, hundredth or thousandth of a unit of time
    read as that length ("three hundredths of a second" = 0.03 s, 0.03秒), not as a count and
    the ordinal "second", and as the fraction itself (百分之三秒; review R-15)."""
    found = []
    for m in _FRACTION_OF_A_UNIT.finditer(text):
        count = Decimal(m.group(2)) if m.group(2) else Decimal(_PART_COUNTS[m.group(1).lower()])
        value = canonical(count / _PARTS[m.group(3).lower()])
        # Chinese may say the fraction itself (十分之一秒; 百分之三秒 and 千分之五秒 are read as
        # percentages, 3% and 0.5%): keep those readings
        found.append(Number(value, "number", m.start(), m.end(), m.group(), m.group(2) is None,
                            _TIME_EN_UNITS[m.group(4).lower()],
                            readings=(("fraction", value, ""), ("percent", canonical(
                                value * _PERCENT), _PER_UNIT[m.group(3).lower()]))))
    if not found:
        return numbers
    kept = [n for n in numbers if not any(f.start < n.end and n.start < f.end for f in found)]
    return sorted([*kept, *found], key=lambda n: (n.start, n.end))


def _with_time_unit(text: str, n: Number, lang: str) -> Number:
    if lang == "en":
        m = _TIME_EN.match(text, n.end)
        if m is None:
            return n
        word = m.group(1).lower().rstrip("s")
        unit = _TIME_EN_UNITS.get(word) or _TIME_EN_UNITS.get(word[:3], "")
    else:
        m = _TIME_ZH.match(text, n.end)
        if m is None:
            return n
        unit = _TIME_ZH_UNITS[m.lastindex - 1] if m.lastindex else ""
    if not unit or (unit == "year" and n.value >= 1000):
        return n  # 2025年: maybe a calendar year
    return dataclasses.replace(n, unit=unit)
