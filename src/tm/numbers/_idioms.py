"""Number idioms read on top of the recognizers: ratios, tenths, decades, twice.

The English and Chinese recognizers read numbers one at a time; these forms
need a look at the neighbours of a number, so they are read afterwards, on
the numbers already found.  Chinese: see :mod:`tm.numbers._idioms_zh`
(四成, 每四家中有三家, 过半, 上世纪九十年代, 十三五).  English:

* ratios "one in five", "eight out of ten", "three in every four", "two out of
  every three" = the fractions 1/5, 8/10 ... with their parts (a fraction
  matches a percentage of the same value: eight out of ten = 八成 = 80%);
* decades: 1990s, the '90s, the 90s, the (early, mid, late) nineties = 1990
  (two-digit decades as in Chinese: '00s and '10s are 2000 and 2010, '20s to
  '90s the 1920s to 1990s); "in their 90s" stays 90, an age; the noughties,
  the aughts = 2000; "the first decade of the 21st century" = 2000 (21世纪头十年);
* Roman numerals where they count (phase III, World War II, Ⅲ):
  :mod:`tm.numbers._roman`;
* round the clock: 24/7, "around the clock", "round-the-clock" = 7×24小时 = 24
  hours, spelled (全天候 has no figure);
* a fraction with a slash before "of" / 的: 1/3 of = 三分之一 (3/4 alone may be a
  date);
* twice = 2 (两倍, spelled); a dozen = 12, about (10 to 19 match); multiples in
  both languages (tenfold, doubled,
  翻两番): :mod:`tm.numbers._multiples`;
* "the first three quarters" (of a year: 前三季度) = 3, while "three quarters
  of the firms" stays the fraction 3/4; "half a million" = 500,000 and "a
  quarter of a century" = 25 (halves and quarters of a spelled *a* million,
  century …), "two and a half million" = 2,500,000, "a quarter of a percentage
  point" = 0.25 percent.

In both languages a range that states its percent, scale, unit or month once
gives it to both ends (8 to 10 percent, 3至4亿元, 12 to 14 November:
:mod:`tm.numbers._ranges`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from decimal import Decimal

from tm._shared.script import HAN
from tm.numbers import _numerals as N
from tm.numbers._approximate import mark_hedges
from tm.numbers._base import Number, canonical, trie_pattern
from tm.numbers._compound_measures import read_compound_measures
from tm.numbers._durations import read_durations_en, read_durations_zh, read_time_units
from tm.numbers._en import fraction_value
from tm.numbers._eras import read_eras
from tm.numbers._idioms_zh import idioms_zh, ratio, without, without_all
from tm.numbers._lazy import lazy_re
from tm.numbers._multiples import read_multiples
from tm.numbers._orders import read_orders
from tm.numbers._quarters import read_quarters
from tm.numbers._ranges import read_ranges
from tm.numbers._rates import read_rates
from tm.numbers._roman import read_roman
from tm.numbers._scores import read_goalless, read_nils, read_pairs_zh, read_scores
from tm.numbers._weekdays import read_weekdays

__all__ = ["read_idioms"]

#: Wholes of a ratio above a hundred: the powers of ten that frequencies are given in
#: ("1 in 1,000" = 千分之一, "1 in 10,000" = 万分之一, the frequency bands of a leaflet).
_ROUND_WHOLES = frozenset(Decimal(10) ** k for k in range(3, 5))
_RATIO_EN = lazy_re(r"\s+(?:out\s+of|in|of)\s+every\s+|\s+(?:out\s+of|in)\s+", re.I)
_QUARTERS = lazy_re(r"\squarters$", re.I)
_OF = lazy_re(r"\s+of\b", re.I)
#: A count of digits said in words: single-, double-, triple-digit = 一位数 … 三位数 (两位数的
#: 领先优势 "a double-digit lead"); "six-digit", "6-digit", "six figures" are read as numbers.
_DIGIT_COUNT = lazy_re(r"(?i)\b(single|double|triple)[\s-]digits?\b")
_DIGITS_COUNT = {"single": 1, "double": 2, "triple": 3}
#: Counts of times: "once a day" = 每日1次, twice = 两倍 / 两次, thrice = 三次 (spelled; a spelled
#: one is never reported alone, so "once" meaning "formerly" costs nothing).
_TWICE = lazy_re(r"\b(?:once|twice|thrice)\b", re.I)
_TIMES = {"once": 1, "twice": 2, "thrice": 3}
_DOZEN = lazy_re(r"\b(?:an?|one)\s+dozen\b(?!s)", re.I)
#: A count of dozens, exact: "two dozen roses" (24), "half a dozen" (6), "3 dozen" (36).
_DOZENS = lazy_re(r"\b(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)"
                     r"|(?P<half>half)\s+a)\s+dozen\b(?!s)", re.I)
_TWELVE = 12
_ABOUT_TWELVE = tuple(Decimal(v) for v in range(10, 20))
_SHORT_DECADE = lazy_re(r"(?:'|’|\bthe\s+(?:(?:early|mid|late)[\s-]+)?)$", re.I)
_DECADE_WORDS = {"noughties": 0, "aughts": 0, "twenties": 20, "thirties": 30,
                  "forties": 40, "fifties": 50, "sixties": 60,
                 "seventies": 70, "eighties": 80, "nineties": 90}
_DECADE_WORD = lazy_re(
    r"\bthe\s+(?:(?:early|mid|late)[\s-]+)?(" + "|".join(_DECADE_WORDS) + r")\b", re.I)


#: Round the clock: 24/7, 24×7, 7×24 (小时), in both languages.
_ROUND_THE_CLOCK = lazy_re(r"(?<![\d/.,:×xX*])(?:24\s*[/×xX*]\s*7|7\s*[×xX*]\s*24)"
                              r"(?![\d/×xX*]|[.,:]\d)"
                              r"|(?i:\b(?:a?round)[\s-]+the[\s-]+clock\b)")


def read_idioms(text: str, numbers: list[Number], lang: str) -> list[Number]:
    """*numbers* (found in *text*, language ``en`` or ``zh``) with the idioms read, in order."""
    if "clock" in text or ("7" in text and ("24" in text or _may_say_clock(text))):
        numbers = _round_the_clock(text, numbers)
    if "/" in text:
        numbers = _slash_fractions(text, numbers, lang)
    for may_hold, reader in _SHORT_FORMS[lang]:
        if may_hold(text):
            numbers = reader(text, numbers)
    numbers = read_roman(text, read_multiples(text, numbers, lang), lang)
    numbers = read_eras(text, read_rates(text, numbers, lang), lang)
    numbers = read_durations_zh(text, numbers) if lang == "zh" else read_durations_en(
        text, numbers)
    numbers = read_compound_measures(text, read_time_units(text, numbers, lang), lang)
    if any(n.unit == "oz" for n in numbers):
        numbers = _troy_ounces(text, numbers, lang)
    out = idioms_zh(text, numbers) if lang == "zh" else _idioms_en(text, numbers)
    out = read_orders(text, out, lang)
    out.sort(key=lambda n: (n.start, n.end))
    if lang == "en" and any(n.kind == "fraction" for n in out):
        if len(out) > 1:
            out = _fractions_of_one(text, out)
        if "percent" in text.lower() or "point" in text.lower():
            out = [_fraction_of_a_percent(text, n) for n in out]
        out = [_a_quarter_coin(n) for n in out]
    out = mark_hedges(text, out, lang)
    if "." in text:
        out = [_month_day(n) for n in out]
    if "quarter" in text or "季" in text or "Q" in text:
        out = read_quarters(text, out, lang)
        out.sort(key=lambda n: (n.start, n.end))
    if ("day" in text) if lang == "en" else ("周" in text or "星期" in text or "礼拜" in text):
        out = read_weekdays(text, out, lang)
    if lang == "en" and "nil" in text.lower():
        out = read_nils(text, out)
    if lang == "en" and "less" in text.lower():
        out = read_goalless(text, out)
    if len(out) < 2:
        return out
    out = read_ranges(text, out, lang)
    return read_scores(text, out) if lang == "en" else read_pairs_zh(text, out)


#: The sizes of dry cells, which Chinese names by number: AA is 5号电池, AAA 7号电池, C 2号,
#: D 1号 (GB/T 8897; the IEC names LR6, LR03, LR14, LR20 are not numbered so in Chinese).
_BATTERY_NUMBERS = {"AAA": 7, "AA": 5, "C": 2, "D": 1}
_BATTERY_SIZE = lazy_re(r"\b(AAA|AA|C|D)(?=[\s-]+(?:size\s+|alkaline\s+)?(?:batter(?:y|ies)"
                           r"|cells?)\b)")


#: A decimal that may be a month and a day: 11.11 and 6.18 (the shopping days 双十一, 618),
#: 3.15 (World Consumer Rights Day), 9.9.
_MONTH_DAY = lazy_re(r"(1[0-2]|[1-9])\.([1-9]|[12]\d|3[01])")


def _month_day(n: Number) -> Number:
    """*n* with the date it may also be when it is a bare decimal of :data:`_MONTH_DAY`: the
    figure keeps both readings, and meets 双十一 / 11月11日 as the date and 11.11 as itself."""
    m = _MONTH_DAY.fullmatch(n.text) if n.kind == "number" and not n.unit else None
    if m is None:
        return n
    return dataclasses.replace(n, readings=(*n.readings, (
        "date", Decimal(int(m.group(1)) * 100 + int(m.group(2))), "")))


def _troy_ounces(text: str, numbers: list[Number], lang: str) -> list[Number]:
    """*numbers* with each plain ounce one that may be troy (``ozm``, either factor) when
    *text* names a precious metal (an ounce of gold is 31.1 g, of steak 28.35 g:
    N.PRECIOUS_METAL, reviews W-9 and W-13)."""
    if not N.PRECIOUS_METAL[lang].search(text):
        return numbers
    return [dataclasses.replace(n, unit="ozm") if n.unit == "oz" else n for n in numbers]


#: 1/3 of the budget, 2/3的用户: a fraction written with a slash, before "of" or 的
#: (3/4 alone may be a date).
_SLASH_FRACTION = {"en": lazy_re(r"(?<![\d/.,])([1-9])/([1-9]\d?)(?![\d/.,])(?=\s+of\b)"),
                   "zh": lazy_re(r"(?<![\d/.,])([1-9])/([1-9]\d?)(?![\d/.,])(?=的)")}


#: A slash pair alone, "3/4 complete", "page 2/5": a fraction, a date (3/4 is March 4 or 3
#: April) or two figures — it keeps every reading (English; the date of a year is read
#: before: 3/4/2025).
_SLASH_PAIR = lazy_re(r"(?<![\d/.,:])([1-9])/([1-9]\d?)(?![\d/.,:]|\s+of\b)")


#: A whole figure and a proper fraction written with a slash, a mixed number: "1 1/2 cups"
#: (1.5, which Chinese writes 1杯半 or 1.5杯), "2 3/4 inches", 1又3/4 (又 "and" joins them in
#: Chinese).  One space at most: a list of figures is written with commas.
_MIXED_NUMBER = lazy_re(r"(?<![\d/.,:])(\d{1,4})(?: |又)([1-9])/([1-9]\d?)(?![\d/.,:])")


def _slash_fractions(text: str, numbers: list[Number], lang: str) -> list[Number]:
    for m in _MIXED_NUMBER.finditer(text):
        part, whole = Decimal(m.group(2)), Decimal(m.group(3))
        if part < whole:
            numbers = _mixed_number(text, numbers, m.start(), m.end(),
                                    int(m.group(1)) + fraction_value(part, whole))
    for m in _SLASH_FRACTION[lang].finditer(text):
        part, whole = Decimal(m.group(1)), Decimal(m.group(2))
        if part < whole:
            numbers = [*without(numbers, m.start(), m.end()),
                       ratio(text, m.start(), m.end(), part, whole, False)]
    if lang == "en":
        for m in _SLASH_PAIR.finditer(text):
            part, whole = Decimal(m.group(1)), Decimal(m.group(2))
            if part < whole and len(without(numbers, m.start(), m.end())) == len(numbers) - 2:
                numbers = [*without(numbers, m.start(), m.end()),
                           _slash_pair(text, m.start(), m.end(), part, whole)]
    return sorted(numbers, key=lambda n: (n.start, n.end))


def _mixed_number(text: str, numbers: list[Number], start: int, end: int,
                  value: Decimal) -> list[Number]:
    """*numbers* with the mixed number text[start:end] read as *value*, with the unit read
    after its last figure ("2 3/4 inches": the 4 was read with the inches)."""
    last = next((n for n in numbers if n.start < end < n.end), None)
    if last is not None and last.unit:
        end = last.end
    kept = [n for n in numbers if n.end <= start or n.start >= end]
    return [*kept, Number(canonical(value), "number", start, end, text[start:end],
                          unit=last.unit if last is not None else "")]


def _slash_pair(text: str, start: int, end: int, part: Decimal, whole: Decimal) -> Number:
    """The slash pair *part*/*whole* as a fraction with its parts (the two figures, which
    meet two figures of the other side as before) and the dates it may be, month first or
    day first (3/4 meets 四分之三, 3月4日, 4月3日)."""
    dates = tuple(("date", Decimal(month * 100 + day), "")
                  for month, day in ((int(part), int(whole)), (int(whole), int(part)))
                  if 1 <= month <= 12 and 1 <= day <= 31)
    return dataclasses.replace(ratio(text, start, end, part, whole, False), readings=dates)


def _may_say_clock(text: str) -> bool:
    """True when *text* may hold "clock" in any case, as _ROUND_THE_CLOCK reads it (its
    figures need a 24 and a 7; lower() also maps the Kelvin sign, which re.I matches, to k).
    A cheap test: most texts with a 7 say neither."""
    return "clock" in text.lower()


def _round_the_clock(text: str, numbers: list[Number]) -> list[Number]:
    """24/7 (7×24小时) and "(a)round the clock" are 24 hours, spelled: they match 24小时;
    全天候 ("always") forgives them."""
    found = False
    for m in _ROUND_THE_CLOCK.finditer(text):
        found = True
        numbers = [*without(numbers, m.start(), m.end()),
                   Number(Decimal(24), "number", m.start(), m.end(), m.group(), True, "")]
    return sorted(numbers, key=lambda n: (n.start, n.end)) if found else numbers


_VULGAR_CHARACTER = lazy_re("[" + "".join(N.VULGAR_FRACTIONS) + "]")
#: A vulgar fraction, maybe after a whole figure (1 ½, 2¾).
_VULGAR = lazy_re(r"(?<![\d.,])(?:(?P<whole>\d{1,4})\s?)?(?P<frac>["
                     + "".join(N.VULGAR_FRACTIONS) + "])")


def _vulgar_fractions(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* with each vulgar fraction read: ¾ is the fraction 3/4, 1 ½ the number 1.5,
    each spelled (a recipe's ½ cup is 半杯, which holds no figure to meet)."""
    found = []
    for m in _VULGAR.finditer(text):
        part, whole = N.VULGAR_FRACTIONS[m.group("frac")]
        value = fraction_value(Decimal(part), Decimal(whole))
        if m.group("whole"):
            found.append(Number(canonical(int(m.group("whole")) + Decimal(part) / whole),
                                "number", m.start(), m.end(), m.group(), True, ""))
        else:
            found.append(Number(value, "fraction", m.start(), m.end(), m.group(), True, "",
                                (Decimal(part), Decimal(whole))))
    if not found:
        return numbers
    return sorted([*without_all(numbers, [(n.start, n.end) for n in found]), *found],
                  key=lambda n: (n.start, n.end))


#: Pence glued to a figure below a hundred, as British prices write them (50p, 99p), in a
#: sentence about a price; elsewhere a figure glued to p is a frame rate, a point size or a
#: video resolution (60p, 12p, 720p: review Y-14).  Read in both languages, as a Chinese
#: translation may copy the 65p.  The English words of a price are a trie
#: (tm.numbers._base.trie_pattern) after a look at the first letter: ``re`` tries one branch
#: at a word's start, not twenty alternatives ("pricesd" is the old prices?d?'s).
_PRICE_WORDS_EN = ("cost", "costs", "costing", "price", "prices", "priced", "pricesd", "pay",
                   "pays", "paid", "charge", "charged", "fee", "fees", "fare", "fares", "sell",
                   "sells", "sold", "worth", "stamp", "stamps", "each", "pence", "penny", "ticket",
                   "tickets")
_PRICE = {"en": lazy_re(r"(?i)\b(?=[" + "".join(sorted({w[0] for w in _PRICE_WORDS_EN}))
                        + "])" + trie_pattern(_PRICE_WORDS_EN) + r"\b|£"),
          "zh": lazy_re("价|费|售|付|买|卖|值|钱|镑|便士|邮票|票")}
_PENCE = lazy_re(r"([1-9]\d?)p\b")
#: What may not stand before pence besides an ASCII letter or digit (150p, A4p).
_NOT_BEFORE_PENCE = ".,$_"


def _pence(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* with each price in pence glued to its figure read (50p = 50便士)."""
    found = [Number(Decimal(m.group(1)), "number", m.start(), m.end(), m.group(), False,
                    N.PENNY) for m in _PENCE.finditer(text)
             if not m.start() or not (text[m.start() - 1].isascii()
                                      and (text[m.start() - 1].isalnum()
                                           or text[m.start() - 1] in _NOT_BEFORE_PENCE))]
    if not found:
        return numbers
    return sorted([*without_all(numbers, [(n.start, n.end) for n in found]), *found],
                  key=lambda n: (n.start, n.end))


#: A year written with an apostrophe and two digits ('98, class of ’05), not a decade ('90s):
#: up to 50 it is in the 2000s, above in the 1900s (as a fiscal year's: FY24).
_SHORT_YEAR = lazy_re(r"['’](\d{2})(?![\w'’]|\.\d)")


#: What follows a quoted figure rather than a year: a measure ('98 percent', '98%') or the
#: closing quote of its phrase ('98 points').
_MEASURE_OR_QUOTE_AFTER = lazy_re(
    r"(?i)\s*(?:%|percent\b|per\s*cent\b|pct\b|points?\b)|[^'’.!?;]{0,20}['’](?!\w)")


def _short_years(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* with each year written '98 read as 1998, its two digits an alternative (98年)."""
    found = []
    for m in _SHORT_YEAR.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_'’"):
            continue  # rock'n'roll, O'98 …
        if _MEASURE_OR_QUOTE_AFTER.match(text, m.end()):
            continue  # '98 percent', a quoted figure, is no year (review Y-20)
        two = int(m.group(1))
        year = 2000 + two if two <= N.TWO_DIGIT_YEAR_PIVOT else 1900 + two
        found.append(Number(Decimal(year), "number", m.start(), m.end(), m.group(), False, "",
                            alternatives=(Decimal(two),)))
    if not found:
        return numbers
    return sorted([*without_all(numbers, [(n.start, n.end) for n in found]), *found],
                  key=lambda n: (n.start, n.end))


#: 打, the dozen, after a numeral: 两打鸡蛋 (24), 半打 (6), 一打 (12); not the verb 打 of 一打开
#: "as soon as it opens", 一打听, 一打就 … (review Y-20).
_DOZEN_ZH = lazy_re(r"(?<![〇零一二两三四五六七八九十\d])"
                       r"(?P<n>[一两三四五六七八九十半]|\d{1,2})打"
                       rf"(?![开听算扫电印包击破造工车量断折扮理招交就了着过起])"
                       rf"(?=[{HAN}]|[，。！？；、,.!?;）)\s]|$)")


_TEN = 10  # 十打


def _dozens_zh(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* with each count of dozens (两打, 半打) read as its count, spelled."""
    found = []
    for m in _DOZEN_ZH.finditer(text):
        said = m.group("n")
        count = Decimal(_TWELVE // 2) if said == "半" else Decimal(_TWELVE) * (
            int(said) if said.isdigit() else N.ZH_DIGITS.get(said, _TEN))
        alternatives = _ABOUT_TWELVE if said == "一" else ()
        found.append(Number(count, "number", m.start(), m.end(), m.group(), True, "",
                            alternatives=alternatives))
    if not found:
        return numbers
    return sorted([*without_all(numbers, [(n.start, n.end) for n in found]), *found],
                  key=lambda n: (n.start, n.end))


#: A quarter of an hour counted, 一刻钟 (15 minutes), 三刻钟 (45).
_QUARTER_HOURS = lazy_re(r"(?<![〇零一二两三四五六七八九十\d])([一两三]|[1-3])刻钟")
_MINUTES_A_QUARTER = 15


def _quarter_hours(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* with each 一刻钟 / 三刻钟 read as its minutes, spelled."""
    found = [Number(Decimal(_MINUTES_A_QUARTER * (int(m.group(1)) if m.group(1).isdigit()
                                                  else N.ZH_DIGITS[m.group(1)])),
                    "number", m.start(), m.end(), m.group(), True, "min")
             for m in _QUARTER_HOURS.finditer(text)]
    if not found:
        return numbers
    return sorted([*without_all(numbers, [(n.start, n.end) for n in found]), *found],
                  key=lambda n: (n.start, n.end))


#: A half or a quarter of a century said as one word: "a quarter-century of service" (25
#: years, 25年), "a half-century" (50, 半个世纪), as "a quarter of a century" is.
_PART_CENTURY = lazy_re(r"(?i)\b(?:an?\s+)?(half|quarter)[-‐\s]centur(?:y|ies)\b")
_CENTURY_PARTS = {"half": 50, "quarter": 25}


def _read_dozens(text: str, numbers: list[Number], out: list[Number]) -> list[Number]:
    """*numbers* less the counts of dozens of *text*, which go to *out* with each "a dozen"
    (about twelve: 12, 十二, 十几, 十多, 10 to 19, all match) not inside one."""
    dozens = list(_DOZENS.finditer(text))
    out.extend(Number(Decimal(12), "number", m.start(), m.end(), m.group(), True, "", None,
                      _ABOUT_TWELVE) for m in _DOZEN.finditer(text)
               if not any(d.start() <= m.start() < d.end() for d in dozens))
    out.extend(Number(_dozens(d), "number", d.start(), d.end(), d.group(), True, "")
               for d in dozens)
    return without_all(numbers, [d.span() for d in dozens])


def _dozens(m: re.Match[str]) -> Decimal:
    """The count of "two dozen", "half a dozen", "3 dozen"."""
    if m.group("half"):
        return Decimal(_TWELVE // 2)
    said = m.group("n").lower()
    return Decimal(_TWELVE * (int(said) if said.isdigit() else N.EN_WORD_VALUES[said]))


#: Quarters of an hour: "a quarter of an hour", "a quarter-hour", "three quarters of an hour"
#: (0.25 and 0.75 hours, which meet 15分钟, 一刻钟, 45分钟, 三刻钟).
_QUARTER_HOUR_EN = lazy_re(r"(?i)\b(?:(?P<n>an?|one|three)\s+)?quarters?"
                              r"(?:\s+of\s+an|[-‐\s])\s*hours?\b")
_QUARTERS_OF = {"a": 1, "an": 1, "one": 1, "three": 3}


def _quarter_hours_en(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* with each quarter of an hour read as its hours (spelled, unit hour)."""
    found = [Number(Decimal(_QUARTERS_OF[(m.group("n") or "a").lower()]) / 4, "number",
                    m.start(), m.end(), m.group(), True, "hour")
             for m in _QUARTER_HOUR_EN.finditer(text)]
    if not found:
        return numbers
    return sorted([*without_all(numbers, [(n.start, n.end) for n in found]), *found],
                  key=lambda n: (n.start, n.end))


def _part_centuries(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* with each half- or quarter-century read as its years, spelled."""
    found = [Number(Decimal(_CENTURY_PARTS[m.group(1).lower()]), "number", m.start(), m.end(),
                    m.group(), True, "") for m in _PART_CENTURY.finditer(text)]
    if not found:
        return numbers
    return sorted([*without_all(numbers, [(n.start, n.end) for n in found]), *found],
                  key=lambda n: (n.start, n.end))


#: Readers of short forms, each after a test a text that holds one passes (a text that fails
#: it is not scanned): fraction characters, pence, '98, part centuries and hours, 刻钟, 打.
_Reader = Callable[[str, list[Number]], list[Number]]
_SHORT_FORMS: dict[str, tuple[tuple[Callable[[str], object], _Reader], ...]] = {
    "en": ((_VULGAR_CHARACTER.search, _vulgar_fractions), (_PRICE["en"].search, _pence),
           (lambda text: "'" in text or "’" in text, _short_years),
           (lambda text: "centur" in text.lower(), _part_centuries),
           (lambda text: "quarter" in (lower := text.lower()) and "hour" in lower,
            _quarter_hours_en)),
    "zh": ((_VULGAR_CHARACTER.search, _vulgar_fractions), (_PRICE["zh"].search, _pence),
           (lambda text: "刻钟" in text, _quarter_hours), (lambda text: "打" in text, _dozens_zh)),
}


_OF_ONE = lazy_re(r"\s+(?:of\s+)?", re.I)
_ONE = lazy_re(r"an?\s", re.I)
_AND_A_HALF = lazy_re(r"\s+and\s+a\s+half\s+", re.I)
_MAGNITUDE_WORD = lazy_re(r"(?:hundred|thousand|million|billion|trillion)\b", re.I)


def _fractions_of_one(text: str, numbers: list[Number]) -> list[Number]:
    """"half a million" = 500,000, "a quarter of a century" = 25 (years), "two and a half
    million" = 2,500,000: one number each.

    Only halves and quarters (exact values) of a spelled "a million", "a
    century" …; "half of the 20 stores" stays a ratio's business.
    """
    out: list[Number] = []
    for n in numbers:
        last = out[-1] if out else None
        if (last is not None and last.kind == "fraction" and n.kind == "number" and n.spelled
                and (last.value * 4) % 1 == 0 and _ONE.match(n.text)
                and _OF_ONE.fullmatch(text, last.end, n.start)):
            out[-1] = dataclasses.replace(
                n, value=canonical(last.value * n.value), start=last.start,
                text=text[last.start:n.end],
                alternatives=tuple(canonical(last.value * a) for a in n.alternatives))
            continue
        if (last is not None and len(out) > 1 and n.kind == "number" and n.spelled
                and last.kind == "fraction" and last.value == Decimal("0.5")
                and _MAGNITUDE_WORD.match(n.text) and out[-2].kind == "number"
                and _AND_A_HALF.fullmatch(text, out[-2].end, n.start)):
            # "two and a half million" = 2,500,000
            whole = out[-2]
            value = canonical((whole.value + last.value) * n.value)
            out[-2:] = [dataclasses.replace(n, value=value, start=whole.start,
                                            text=text[whole.start:n.end], spelled=whole.spelled)]
            continue
        out.append(n)
    return out


#: "a quarter" alone: a fourth, and the coin of 25 cents ("It costs a quarter" → 25美分).
_A_QUARTER = ("a quarter", "one quarter")
_QUARTER_CENTS = Decimal(25)


def _a_quarter_coin(n: Number) -> Number:
    """*n*, "a quarter" read as a fraction, keeping the coin of 25 cents as its other
    reading: the figure meets 四分之一, 25%, and 25美分 alike."""
    if n.kind != "fraction" or n.text.lower() not in _A_QUARTER:
        return n
    return dataclasses.replace(n, readings=(*n.readings, ("number", _QUARTER_CENTS, N.CENT)))


#: "a quarter of a percentage point", "half a percent", and in rate talk "a quarter point",
#: "a half-point cut", "half a point" (of a percentage: 25个基点, 50个基点).
_OF_A_PERCENT = lazy_re(r"\s+(?:of\s+)?an?\s+(?:percentage\s+point|percent|point)\b"
                           r"|[\s-]point\b", re.I)


def _fraction_of_a_percent(text: str, n: Number) -> Number:
    """"a quarter of a percentage point" = 0.25个百分点, "half a percent" = 0.5%."""
    if n.kind != "fraction" or (n.value * 4) % 1:
        return n
    m = _OF_A_PERCENT.match(text, n.end)
    if m is None or ("percent" not in m.group().lower()
                     and not n.text.lower().startswith(("a ", "an ", "one "))):
        return n  # a bare "point" only after "a quarter", "a half" (not "the half point")
    unit = N.PERCENT if "percent" in m.group().lower().replace("percentage", "") \
        else N.PERCENTAGE_POINT  # a quarter of a (percentage) point: 0.25个百分点
    return dataclasses.replace(n, kind="percent", end=m.end(), text=text[n.start:m.end()],
                               parts=None, unit=unit)


def decade(two_digits: int) -> int:
    """The first year of a decade written with two digits: 90 -> 1990, 00 -> 2000."""
    return 2000 + two_digits if two_digits < 20 else 1900 + two_digits


def _idioms_en(text: str, numbers: list[Number]) -> list[Number]:
    """Read ratios, decades, twice and "the first three quarters"."""
    lower = text.lower()
    if "half" in lower:
        numbers = _and_a_half(text, _halves_of_a_period(text, numbers))
    # Each word of _TWICE ends in "ce", which no other letter matches under re.IGNORECASE:
    # a text without it is not scanned (from a word boundary, tried at every position).
    out: list[Number] = [Number(Decimal(_TIMES[m.group().lower()]), "number", m.start(),
                                m.end(), m.group(), True, "") for m in _TWICE.finditer(text)
                         ] if "ce" in lower else []
    if "digit" in lower:  # a double-digit lead: 两位数 (review W-11)
        taken = {(n.start, n.end) for n in numbers}
        out.extend(Number(Decimal(_DIGITS_COUNT[m.group(1).lower()]), "number", m.start(1),
                          m.end(1), m.group(1), True, "") for m in _DIGIT_COUNT.finditer(text)
                   if (m.start(1), m.end(1)) not in taken)
    if "dozen" in lower:
        numbers = _read_dozens(text, numbers, out)
    if "batter" in lower or "cell" in lower:
        out.extend(Number(Decimal(_BATTERY_NUMBERS[m.group(1)]), "number", m.start(1),
                          m.end(1), m.group(1), True, "") for m in _BATTERY_SIZE.finditer(text))
    if "ies" in text or "aughts" in text:
        out.extend(Number(Decimal(decade(_DECADE_WORDS[m.group(1).lower()])), "number",
                          m.start(1), m.end(1), m.group(1), False, "")
                   for m in _DECADE_WORD.finditer(text))
    if "decade" in text:
        numbers = _first_decades(text, numbers, out)
    if "est" in lower or "best" in lower or "worst" in lower:
        numbers = [_rank(text, n) for n in numbers]
    skip = -1
    for i, n in enumerate(numbers):
        if i == skip:
            continue
        if n.kind == "fraction" and _QUARTERS.search(n.text) and not _OF.match(text, n.end):
            # "the first three quarters" (of a year: 前三季度), not 3/4
            out.append(dataclasses.replace(n, value=canonical(n.value * 4), kind="number"))
            continue
        if _is_short_decade(text, n):
            out.append(dataclasses.replace(n, value=Decimal(decade(int(n.value)))))
            continue
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        if nxt and n.kind == nxt.kind == "number" and 0 < n.value < nxt.value \
                and (nxt.value <= 100 or nxt.value in _ROUND_WHOLES) \
                and not nxt.alternatives \
                and _RATIO_EN.fullmatch(text[n.end:nxt.start] + " "):
            out.append(ratio(text, n.start, nxt.end, n.value, nxt.value, n.spelled))
            skip = i + 1
            continue
        out.append(n)
    return out


#: A half that is a period, the half of a game, a year or a century (CLEANTRIAL4 c5: "a
#: double-digit lead in the first half" → 上半场, "the second half of 2024" → 2024年下半年,
#: "first-half goals"): Chinese names it with no figure (上半场, 下半年, 前半段, 上半叶), so
#: neither the half nor the ordinal before it is a number.  Not a half of a unit ("the first
#: half hour" → 前半小时, "the first half mile", "the first half-century").
_PERIOD_HALF = lazy_re(
    r"(?i)\b(?:first|second|1st|2nd|latter|former|opening|closing|back|front)[\s-]+half\b"
    r"(?![\s-]+(?:an?\s+)?(?:hours?|minutes?|days?|weeks?|months?|years?|miles?|kilomet"
    r"|metres?|meters?|century|centuries|decades?|dozen|million|billion|percent|point)\b)"
    r"(?!-(?:hour|minute|day|week|month|year|mile|century|decade))")


#: A half "of" something that is no period is a half of things: "the first half of the
#: book" → 这本书的前一半 (一半, a figure); "the first half of 2024", "of the season" are periods.
_OF_A_THING = lazy_re(
    r"(?i)\s+of\b(?!\s+(?:(?:the|this|last|next|that|each|every|its|their)\s+)?(?:years?"
    r"|seasons?|games?|match(?:es)?|centur(?:y|ies)|decades?|months?|weeks?|days?|quarters?"
    r"|terms?|semesters?|fiscal|financial|\d{4}|\d{1,2}(?:st|nd|rd|th)\b))")


#: A superlative after a spelled ordinal: "the second-hottest year", "third largest",
#: "fifth most visited", "second best" (第二热, 第三大): a rank, which a translation keeps.
#: (Not a word that ends in -est and is no superlative: "the second test", "a third
#: interest", "the second priest".)
_SUPERLATIVE = lazy_re(
    r"[\s-]+(?:(?:most|least)\s+\w+|best|worst|(?!(?:inter|for|requ|t|w|qu|gu|ch|n|r|prot"
    r"|cont|harv|hon|mod|inv|dig|manif|sugg|ingu|conqu|arr|pri|cr|z|p|v|j|unr|temp|earn"
    r"|bequ|det|att|inf|div|mol|beh|inqu|midw|southw|northw)est\b)[a-z]{2,}est)\b", re.I)


def _rank(text: str, n: Number) -> Number:
    """*n*, a figure (not spelled) when it is a spelled ordinal before a superlative: the
    lenient comparison forgives "second" ("a second look"), not "the second-hottest"."""
    if n.kind != "ordinal" or not n.spelled or not _SUPERLATIVE.match(text, n.end):
        return n
    return dataclasses.replace(n, spelled=False)


#: What joins a count and the half after it: "three and a half apples", "4 and a half stars",
#: "a three-and-a-half-story townhouse".
_AND = lazy_re(r"(?:\s+|-)and(?:\s+|-)", re.I)
#: A magnitude after the half: "two and a half million" is read whole by _fractions_of_one.
_MAGNITUDE_AFTER = lazy_re(r"\s+(?:hundred|thousand|million|billion|trillion)\b", re.I)


def _and_a_half(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* with a whole count and "a half" after it read as one figure: "three and a
    half apples" = 3.5 (三个半苹果), as "two and a half hours" is 2.5 hours (units of time are
    read by tm.numbers._durations)."""
    out: list[Number] = []
    for n in numbers:
        previous = out[-1] if out else None
        if previous is not None and n.kind == "fraction" and n.value == Decimal("0.5") \
                and previous.kind == "number" and previous.value >= 1 and not previous.unit \
                and previous.value == previous.value.to_integral_value() \
                and n.text.lower().replace("-", " ") in ("a half", "one half") \
                and _AND.fullmatch(text, previous.end, n.start) \
                and not _MAGNITUDE_AFTER.match(text, n.end):
            out[-1] = dataclasses.replace(previous, value=previous.value + n.value, end=n.end,
                                          text=text[previous.start:n.end])
            continue
        out.append(n)
    return out


def _halves_of_a_period(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* less those inside a half that is a period (_PERIOD_HALF), in one pass."""
    return without_all(numbers, [m.span() for m in _PERIOD_HALF.finditer(text)
                                 if not _OF_A_THING.match(text, m.end())])


_FIRST_DECADE = lazy_re(r"\b(?:the\s+)?first\s+decade\s+of\s+the\s+(\d{1,2})(?:st|nd|rd|th)"
                           r"\s+century\b", re.I)


def _first_decades(text: str, numbers: list[Number], out: list[Number]) -> list[Number]:
    """"the first decade of the 21st century" = 2000 (added to *out*); the rest of *numbers*."""
    for m in _FIRST_DECADE.finditer(text):
        numbers = without(numbers, m.start(), m.end())
        out.append(Number(Decimal((int(m.group(1)) - 1) * 100), "number", m.start(), m.end(),
                          m.group(), False, ""))
    return numbers


def _is_short_decade(text: str, n: Number) -> bool:
    """True for the 90s of "the '90s" / "the 90s" (a decade, not an age)."""
    return (n.kind == "number" and n.text.endswith("s") and len(n.text) == 3
            and n.value % 10 == 0 and bool(_SHORT_DECADE.search(text, 0, n.start)))
