"""English number recognizers for :mod:`tm.numbers._extract` (private).

Each recognizer is a compiled pattern and a handler turning a match into
numbers; :func:`tm.numbers._extract.extract_numbers` runs them in priority order
(dates before bare numbers) and keeps the first claim on each span.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from importlib import resources

import regex

from tm.numbers import _numerals as N
from tm.numbers._base import (
    LEFT_GUARD,
    NUM,
    RIGHT_GUARD,
    Number,
    Recognizer,
    clock_duration,
    clock_face,
    currency_before,
    date_value,
    inside_a_match,
    make,
    minus_before_currency,
    parse_digits,
    trie_pattern,
)
from tm.numbers._lazy import lazy_regex

#: January ... December (each month's longest name in N.MONTHS, the one table of them).
_FULL_MONTHS = [max((name for name, n in N.MONTHS.items() if n == month), key=len).capitalize()
                for month in range(1, 13)]
#: Regex alternations: the names, the other names of N.MONTHS (Sept before Sep), and the
#: names read alone without a month's context (May and March are also a modal and a verb).
_MONTH_NAMES = "|".join(_FULL_MONTHS)
_MONTH_ABBREVIATIONS = "|".join(sorted((n.capitalize() for n in N.MONTHS
                                        if n.capitalize() not in _FULL_MONTHS),
                                       key=len, reverse=True))
_PLAIN_MONTHS = "|".join(m for m in _FULL_MONTHS if m not in ("May", "March"))
_MON = rf"(?P<mon>{_MONTH_NAMES}|(?:{_MONTH_ABBREVIATIONS})\.?)"
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_WORD = trie_pattern([*N.EN_UNITS, *N.EN_TEENS, *N.EN_TENS, "hundred", *N.EN_SCALES])
_SCALE_WORDS = "hundred|thousand|million|billion|trillion"
_SPACED_SCALES = "|".join(sorted(N.EN_SPACED_SCALES, key=len, reverse=True))
#: The units and currency words read after a figure, each a trie (trie_pattern: the longest
#: first, as the longest-first alternation they were; matched at every figure's end, the trie
#: takes a third of the time).
_UNIT_EN = trie_pattern([u for u in N.UNIT_FORMS_EN
                         if u not in ("m", "g", "v", "w", *N.LETTER_UNITS, *N.CASED_UNITS)],
                        spaces=True)
_CURRENCY_EN = trie_pattern(N.CURRENCY_WORDS_EN, spaces=True)
#: The short forms of (percentage) points, glued or spaced: "rose 2.1pp", "fell 5 ppts",
#: "0.2 ppt" (review V-3).  Read as points (N.POINT), which meet a percentage point and a
#: plain figure alike: "a 48 pp report" is as often 48 pages (48页).
_POINTS_SHORT = ("ppts", "ppt", "pp")
#: A precious metal after "kt": then it is the karat, spaced as jewellers write it ("18 kt
#: gold", "14 kt white gold"), not kilotonnes (review V-12).
_PRECIOUS = r"(?:(?:solid|white|yellow|rose|red|green)\s+)?(?:gold|platinum)\b"
_SUFFIX = lazy_regex(
    rf"(?:\s*(?P<scale>{_SCALE_WORDS}|{_SPACED_SCALES})\b)?"
    rf"(?:\s*(?P<pct>%|(?P<pp>percent(?:age)?\s+points?\b)|percent\b|per\s+cent\b"
    rf"|pct\b|(?P<bp>basis\s+points?\b|bps\b|bp\b))"
    rf"|(?:\s*|-)(?P<unit>{_UNIT_EN})(?![\p{{L}}\d])|\s*(?P<ap>[AaPp])(?:\.[Mm]\.|[Mm]\b)"
    rf"|\s+(?P<cur>{_CURRENCY_EN})\b|(?:\s+|-)(?P<points>points?|{'|'.join(_POINTS_SHORT)})\b"
    rf"|\s*(?-i:(?P<cased>{'|'.join(N.CASED_UNITS)}))(?![\p{{L}}\d])(?!\s+{_PRECIOUS}))?",
    regex.I,
)
#: ASCII characters that cannot begin a match of _SUFFIX (keep in step with it): all but
#: white space, % and the hyphen and the first letters of its words, either case.  Most
#: figures end before one (], ",", "." or ")"), and the match is skipped there.  Other
#: characters are always matched: the pattern ignores case, so a non-ASCII letter may fold
#: onto a word's first letter.
_SUFFIX_FIRST = lazy_regex(
    r"[\s%\-" + regex.escape("".join({w[0] for w in [
        *_SCALE_WORDS.split("|"), "percent", "pct", "a", "p", *N.UNIT_FORMS_EN, *N.CASED_UNITS,
        *N.CURRENCY_WORDS_EN]})) + "]", regex.I)
_NO_SUFFIX_AFTER = frozenset(c for c in map(chr, range(128)) if not _SUFFIX_FIRST.match(c))
#: What may be glued to a figure: plural s, scales, units (10km, $7.8bn, 18.4GB, 12V), and
#: the x of a multiple (1.5x speed, 2x faster: 1.5倍速, 快2倍), read as the figure.
_GLUED = "|".join(sorted(["s", "bn", "mn", "tn", "k", "x", *N.EN_MAGNITUDE_LETTERS,
                          *N.GLUED_UNITS, *_POINTS_SHORT],
                         key=len, reverse=True))
_MONTH_CONTEXT = (
    r"(?<=\b(?i:in|of|since|until|till|by|from|to|through|before|after|during|early|"
    r"late|mid|last|next|this|each|every)[\s-])"
)


def _month(m: regex.Match[str]) -> int:
    return N.MONTHS[m.group("mon").rstrip(".").lower()]


#: A capitalized word inside a sentence (after a word, a figure or a comma), no weekday nor
#: abbreviation: a month name right after one may end a name ("the Long March 5 rocket",
#: "Operation August 15"), whose figure is a number of the name (长征五号).
_NAME_BEFORE = lazy_regex(
    r"(?<=[\p{L}\d,] )(?!(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b)\p{Lu}\p{Ll}+ $")


def _date(m: regex.Match[str], text: str) -> list[Number]:
    groups = m.groupdict()
    year = int(groups["y"]) if groups.get("y") else 0
    month = _month(m) if groups.get("mon") else int(groups.get("m") or 0)
    day = int(groups["d"]) if groups.get("d") else 0
    value = date_value(year, month, day)
    if value is None:
        return []
    spelled = not (year or day)
    date = make(m, value, "date", spelled=spelled)
    if day and not year and groups.get("mon") and m.start("mon") == m.start() \
            and _NAME_BEFORE.search(text, max(0, m.start() - _NAME_REACH), m.start()):
        # a name and its number, or a date: keep both readings
        return [dataclasses.replace(date, readings=(("number", Decimal(day), ""),))]
    return [date]


#: How far before a month its name's word is looked for.
_NAME_REACH = 24


def _time(m: regex.Match[str], _: str) -> list[Number]:
    """9:30, 9:30 p.m. (a clock time, ``HHMM``); 2:18:45 and 3:02.15 (a length of time
    with seconds, read as seconds: the race time 2小时18分45秒, 3分02秒15)."""
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    ap = (m.group("ap") or "").lower()
    if minute > 59 or int(m.group("s") or 0) > 59:
        return []
    if (m.group("s") or m.group("f")) and not ap:
        if m.group("s"):
            value = clock_duration(m.group("h"), m.group("m"), m.group("s"), m.group("f"))
        else:
            value = clock_duration(None, m.group("h"), m.group("m"), m.group("f"))
        return [make(m, value, "number", unit="s")]
    if not ap:
        return [clock_face(m, m.group("h"), m.group("m"))]  # a time, a race time, a score
    if hour > 24:
        return []
    if ap == "p" and hour < 12:
        hour += 12
    elif ap == "a" and hour == 12:
        hour = 0
    return [make(m, Decimal(hour % 24 * 100 + minute), "time")]  # 24:00 is 0:00


_ONE_DIGIT = lazy_regex(r"\d")
_SPACES = lazy_regex(r"\s+")
_LATIN_WORD = lazy_regex(r"[A-Za-z]+")


def _fiscal_year(m: regex.Match[str], _: str) -> list[Number]:
    """FY2024, FY24, FY 2023/24: the fiscal year (2024财年), then a second year as written.

    "FY" glues letters to the digits, which otherwise makes them a code (G20, 3W); a
    two-digit year is expanded (FY24 is 2024, FY98 1998), as 2024财年 writes it.
    """
    year = int(m.group("y"))
    if len(m.group("y")) == 2:
        year += 2000 if year <= N.TWO_DIGIT_YEAR_PIVOT else 1900
    out = [Number(Decimal(year), "number", m.start(), m.end("y"),
                  m.string[m.start():m.end("y")])]
    if m.group("y2"):
        out.append(Number(Decimal(int(m.group("y2"))), "number", m.start("y2"), m.end("y2"),
                          m.group("y2")))
    return out


def _number(m: regex.Match[str], text: str) -> list[Number]:
    value = parse_digits(m.group("num"))
    if m.group("neg"):
        value = -value
    glue = m.group("glue") or ""
    currency = currency_before(text, m.start())
    if currency and not m.group("neg") and minus_before_currency(text, m.start()):
        value = -value  # -$245.10
    if currency and glue == "m":  # $5m is five million dollars, not five metres
        glue = "mn"
    if glue in ("K", "k") and not currency and m.group("num") not in _RESOLUTIONS \
            and _RACE_AFTER.match(text, m.end()):
        return [_with_suffix(m, text, value, unit="km", spelled=False)]  # a 5K run: 5 km
    if glue in N.EN_MAGNITUDE_LETTERS:
        if not currency and (_ONE_DIGIT.fullmatch(m.group("num"))
                             or (glue == "B" and "." not in m.group("num"))):
            return []  # 4K video, 3M, seat 12B: a name, not four thousand
        value *= N.EN_MAGNITUDE_LETTERS[glue]
        return [_with_suffix(m, text, value, unit=currency, spelled=False)]
    if glue in _POINTS_SHORT:
        return [_with_suffix(m, text, value, unit=N.POINT, spelled=False)]
    if glue in N.EN_SCALE_SUFFIXES:
        value *= N.EN_SCALE_SUFFIXES[glue]
    unit = currency or N.UNIT_FORMS_EN.get(
        glue if glue in ("m", "g", *N.LETTER_UNITS, *N.CASED_UNITS) else glue.lower(), "")
    return [_with_suffix(m, text, value, unit=unit, spelled=False)]


#: A race after a figure glued to K: a 5K run, a 10K charity race, the 5k fun run is 5 km
#: (5公里), not 5,000 nor a name (CLEANTRIAL4 d3).
_RACE_AFTER = lazy_regex(
    r"(?i)[\s-]+(?:(?:charity|fun|road|trail|virtual|family|colou?r|night|park|cross-country)"
    r"\s+)?(?:run|race|walk|runs|races|walks|runners?|course|route)\b"
    r"(?![\s-]+(?:replays?|footage|videos?|streams?|coverage|broadcasts?|highlights))")
#: 4K and 8K are the video resolutions far more often than a race (review W-12).
_RESOLUTIONS = frozenset({"4", "8"})
#: A clock time written with a dot, as British English writes it before am/pm: 7.45pm is
#: 19:45 (晚上7点45分), not 7.45.  Two digits of minutes, at most 59.
_DOTTED_CLOCK = lazy_regex(r"(\d{1,2})\.([0-5]\d)")


def _with_suffix(m: regex.Match[str], text: str, value: Decimal, *, unit: str = "",
                 spelled: bool, start: int | None = None, end: int | None = None) -> Number:
    """Extend a number over a following scale word, percent sign or unit."""
    start = m.start() if start is None else start
    end = m.end() if end is None else end
    kind = "number"
    s = None if text[end:end + 1] in _NO_SUFFIX_AFTER else _SUFFIX.match(text, end)
    if s and s.end() > end:
        if s.group("scale"):
            scale = s.group("scale").lower()
            value *= N.EN_SCALE_SUFFIXES.get(scale) or N.EN_SPACED_SCALES[scale]
        if s.group("pct"):
            kind = "percent"
            unit = N.PERCENTAGE_POINT if s.group("pp") or s.group("bp") else N.PERCENT
            if s.group("bp"):  # a basis point is a hundredth of a percentage point
                value /= 100
        elif s.group("points"):
            unit = unit or N.POINT
        elif s.group("cased") and not unit:
            unit = s.group("cased")
        elif s.group("unit") and not unit:
            unit = N.UNIT_FORMS_EN.get(_SPACES.sub(" ", s.group("unit").lower()), "")
        elif s.group("cur") and unit in ("", "$", "¥"):
            unit = N.CURRENCY_WORDS_EN[_SPACES.sub(" ", s.group("cur").lower())]
        elif s.group("ap"):
            clock = _DOTTED_CLOCK.fullmatch(text, start, end)
            whole = int(clock.group(1)) if clock else value
            if (value != int(value) and not clock) or not 0 < whole <= 12:
                return Number(value, kind, start, end, text[start:end], spelled, unit)
            hour = int(whole) % 12 + (12 if s.group("ap").lower() == "p" else 0)
            value, kind = Decimal(hour * 100 + (int(clock.group(2)) if clock else 0)), "time"
        end = s.end()
    if not unit and kind == "number" and text[end + 1:end + 2] in ("C", "F"):
        unit, end = _spaced_temperature(text, end)
    return Number(value, kind, start, end, text[start:end], spelled, unit)


#: "1.5 C", "98.6 F": the wire services' spelling of a temperature, a capital C or F after a
#: space, read as one where the sentence speaks of temperature (elsewhere "grade 5 C" ...).
_SPACED_TEMPERATURE = lazy_regex(r"\s([CF])(?![\p{L}\d])")
_TEMPERATURE_CONTEXT = lazy_regex(
    r"(?i)warm|cool|hot|cold|heat|temperat|degree|freez|thaw|weather|celsius|fahrenheit|°")


def _spaced_temperature(text: str, end: int) -> tuple[str, int]:
    """(unit, new end) of a spaced C or F after a figure ending at *end*, or ("", end)."""
    m = _SPACED_TEMPERATURE.match(text, end)
    if m is None or not _TEMPERATURE_CONTEXT.search(text):
        return "", end
    return m.group(1), m.end()


def _ordinal(m: regex.Match[str], _: str) -> list[Number]:
    return [make(m, parse_digits(m.group("n")), "ordinal")]  # 3rd, the 1,000th


def _set_phrase_pattern() -> regex.Pattern[str]:
    """English set phrases whose number words are not numbers (data/set_phrases_en.txt):
    a one-two finish, one-on-one, second-hand, on all fours.  A hyphen or a space
    between their words matches either."""
    text = resources.files("tm.numbers").joinpath("data/set_phrases_en.txt").read_text(
        encoding="utf-8")
    phrases = {line.split("#", 1)[0].strip().lower() for line in text.splitlines()} - {""}
    words = (regex.split(r"[\s-]+", p) for p in sorted(phrases, key=len, reverse=True))
    alternatives = (r"[\s‐‑-]+".join(regex.escape(w) for w in ws) for ws in words)
    return lazy_regex(r"(?i)(?<![\p{L}-])(?:" + "|".join(alternatives) + r")(?![\p{L}-])")


_SET_PHRASES = _set_phrase_pattern()


def in_set_phrase_en(text: str, start: int, end: int) -> bool:
    """True if text[start:end] lies inside an English set phrase (a one-two finish)."""
    return inside_a_match(_SET_PHRASES, text, start, end, 40)


def _word_ordinal(m: regex.Match[str], text: str) -> list[Number]:
    if in_set_phrase_en(text, m.start(), m.end()):
        return []  # second-hand, first-rate
    value = N.EN_ORDINALS[m.group("ord").lower()]
    if m.group("tens"):
        value += N.EN_TENS[m.group("tens").lower()]
    elif m.group("unit"):  # "three and twentieth" (23rd)
        value += N.EN_UNITS[m.group("unit").lower()]
    return [make(m, Decimal(value), "ordinal", spelled=True)]


#: The compounds a fraction's denominator opens that share nothing: a tournament's rounds
#: (quarter-finals, quarter-finalists, semi-final) and a third party.  A measure after the
#: hyphen keeps the fraction (a quarter-point cut is 25 basis points, a half-hour 30 minutes).
_COMPOUND_AFTER = lazy_regex(r"-(?:final(?:ist)?s?|part(?:y|ies))\b", regex.IGNORECASE)


def _fraction(m: regex.Match[str], text: str) -> list[Number]:
    num = m.group("n")
    numerator = 1 if not num or num.lower() in ("a", "an") else N.EN_UNITS.get(
        num.lower(), N.EN_TEENS.get(num.lower(), 0))
    denominator = N.EN_DENOMINATORS[m.group("den").lower()]
    if not numerator:
        return []
    if _COMPOUND_AFTER.match(text, m.end()):
        # "the eight quarter-finalists" → 八强: a count of the compound's things, if any
        if not num or num.lower() in ("a", "an"):
            return []
        return [Number(Decimal(numerator), "number", m.start("n"), m.end("n"), num, True)]
    return [make(m, fraction_value(numerator, denominator), "fraction", spelled=True)]


def fraction_value(numerator: int | Decimal, denominator: int | Decimal) -> Decimal:
    """The comparable value of a fraction, rounded to 4 places (1/3 -> 0.3333)."""
    return (Decimal(numerator) / Decimal(denominator)).quantize(Decimal("0.0001"))


def _words(m: regex.Match[str], text: str) -> list[Number]:
    tokens = [(t.group().lower(), m.start() + t.start(), m.start() + t.end())
              for t in _LATIN_WORD.finditer(m.group())]
    tokens = [(("a" if w == "an" else w), s, e) for w, s, e in tokens]
    groups = N.english_word_groups(tokens)
    found = [Number(Decimal(v), "number", s, e, text[s:e], True) for v, s, e in groups[:-1]]
    value, start, end = groups[-1]
    found.append(_with_suffix(m, text, Decimal(value), spelled=True, start=start, end=end))
    return [n for n in found if not in_set_phrase_en(text, n.start, n.end)]


_FRAC_NUM = trie_pattern(["a", "an", "one", *N.EN_UNITS, *N.EN_TEENS])
_DENOMINATORS = trie_pattern(N.EN_DENOMINATORS)
_ORD_WORDS = trie_pattern(N.EN_ORDINALS)
_TENS = trie_pattern(N.EN_TENS)
_UNIT_WORDS = trie_pattern(N.EN_UNITS)
_TENS_ORDINALS = trie_pattern([w for w, v in N.EN_ORDINALS.items() if v % 10 == 0 and v < 100])
# A number word, or "a"/"an" before a scale word ("a million", "two thousand an hundred").
_A_WORD = rf"(?:an?(?=\s+(?:{_SCALE_WORDS})\b)|{_WORD})"
_DIGIT = lazy_regex(r"\d")
_NOT_LETTER = {c: " " for c in [*range(128), *map(ord, "‐‑–—―‘’“”…")] if not chr(c).isalpha()}
_NUMBER_WORDS = frozenset([*N.EN_WORD_VALUES, "hundred", *N.EN_SCALES, *N.EN_ORDINALS,
                           *N.EN_DENOMINATORS]) - {"a"}
_MONTH_WORDS = frozenset(N.MONTHS)
D, W, M = frozenset({"digit"}), frozenset({"word"}), frozenset({"month"})
#: What a digit-only recognizer needs besides a digit: a date separator, a clock colon,
#: an ordinal suffix right after a digit.
_SEP, _CLOCK, _ORD = frozenset({"sep"}), frozenset({"clock"}), frozenset({"ordinal"})
#: The word "month" (a day of a lunar month: LUNAR_DATE_EN).
_MONTH_WORD = frozenset({"month word"})
_ORDINAL_SUFFIX = lazy_regex(r"\d(?:st|nd|rd|th)")


def features(text: str) -> frozenset[str]:
    """What *text* contains that recognizers need: digits, number words, month names.

    Also, with digits, the marks that the date (2015-05-07), clock (9:30) and
    ordinal (3rd) patterns cannot match without, so most texts are not scanned
    for them.
    """
    found = set()
    if _DIGIT.search(text):
        found.add("digit")
        if "-" in text or "/" in text or "." in text:
            found.add("sep")
        if ":" in text:
            found.add("clock")
        if _ORDINAL_SUFFIX.search(text):
            found.add("ordinal")
    words = set(text.lower().translate(_NOT_LETTER).split())
    if not words.isdisjoint(_NUMBER_WORDS):
        found.add("word")
    if not words.isdisjoint(_MONTH_WORDS):
        found.add("month")
    if "digit" in found and not words.isdisjoint(_MARK_WORDS):
        found.add("mark")
    if "month" in words:
        found.add("month word")
    return frozenset(found)


#: Letters around a figure that _MARKED reads: a clock's am/pm glued to it (9am), a quarter
#: or half of a year (Q3, H1), the purity of gold (18K gold, 18-karat), an expiry date's
#: context (expires 03/28, valid thru 11/27).
_MARK_WORDS = frozenset({"am", "pm", "q", "h", "k", "kt", "ct", "karat", "carat", "gold",
                         "exp", "expires", "expiry", "expiration", "valid", "thru"})
_MARK = frozenset({"mark"})


def _glued_clock(m: regex.Match[str], _: str) -> list[Number]:
    """9am, 5PM, 8am-8pm, 7.45pm: a clock time whose am/pm is glued to the hour (上午9点,
    下午5点, 晚上7点45分)."""
    hour = int(m.group("h"))
    if not 1 <= hour <= 12:
        return []
    hour = hour % 12 + (12 if m.group("ap").lower() == "p" else 0)
    return [make(m, Decimal(hour * 100 + int(m.group("min") or 0)), "time")]


def _period_of_year(m: regex.Match[str], _: str) -> list[Number]:
    """Q3 = the third quarter (第三季度, 三季度), H1 = the first half (上半年): the ordinal.

    A half is spelled: Chinese names it with no numeral (上半年), so an H1 left
    unmatched is not reported unless the other side has another figure instead.
    """
    return [make(m, Decimal(int(m.group("n"))), "ordinal", spelled=m.group("p") == "H")]


def _karat(m: regex.Match[str], _: str) -> list[Number]:
    """18K gold, 18-karat, 24ct gold: the purity (18K金, 18开金), not eighteen thousand."""
    return [make(m, Decimal(int(m.group("n") or m.group("n2"))), "number", unit="karat")]


def expiry_month(m: regex.Match[str], _: str) -> list[Number]:
    """MM/YY after an expiry's word (expires 03/28, valid thru 11/27): the month of 20YY."""
    value = date_value(2000 + int(m.group("y")), int(m.group("m")), 0)
    return [Number(value, "date", m.start("m"), m.end(), m.group("m") + "/" + m.group("y"))
            ] if value else []


#: An expiry date written MM/YY, after a word saying so (elsewhere 10/12 may be a day).
EXPIRY = (r"(?i:\b(?:exp(?:ires?|iry|iration)?|valid(?:\s+(?:thru|through|until|till))?"
          r"|thru|good\s+through)\b\.?[^\d\n]{0,12}?)"
          r"(?<![\d/])(?P<m>0[1-9]|1[0-2])/(?P<y>\d{2})(?![\d/])")
#: The purity of gold: 18K gold, 18k white gold, 24ct gold, 18-karat, 9 carat gold.
KARAT_EN = (r"(?<![\p{L}\d.,])(?:(?P<n>\d{1,2})(?:K|k|kt|ct)(?=[\s-]+(?i:(?:white|yellow|rose"
            r"|solid|pure|red)[\s-]+)?gold\b)|(?P<n2>\d{1,2})[\s-]?(?i:karat|carat)s?\b)")

#: An ordinal of a day or a month of the lunar calendar: 15th, fifteenth, twenty-third, four
#: and twentieth.
_DAY_ORDINAL = (r"(?:\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty)[-\s]?(?:first|second|third|fourth"
                r"|fifth|sixth|seventh|eighth|ninth)|(?:one|two|three|four|five|six|seven|eight"
                r"|nine)\s+and\s+twentieth|" + "|".join(
                    sorted((w for w, v in N.EN_ORDINALS.items() if v <= 30), key=len,
                           reverse=True)) + ")")
#: "the 15th day of the first lunar month" (农历正月十五), "from the first to the fifth day of
#: the first lunar month" (正月初一至初五: the first day shares the month), "the fifth lunar
#: month" (五月); "lunar" or "Chinese" may be said earlier in the sentence ("… until the 8th
#: day of the first month", 正月初八).
LUNAR_DATE_EN = (rf"(?i)\b(?:(?:from\s+)?the\s+(?P<d0>{_DAY_ORDINAL})\s+(?:to|through|until|and"
                 rf"|[-–])\s+)?(?:the\s+)?(?P<d>{_DAY_ORDINAL})\s+days?\s+of\s+the\s+"
                 rf"(?P<m>{_DAY_ORDINAL})\s+(?:(?:lunar|chinese)\s+)?month\b"
                 rf"|\b(?:the\s+)?(?P<mo>{_DAY_ORDINAL})\s+(?:lunar|chinese)\s+month\b")


def _ordinal_of(word: str) -> int:
    """The value of a day's or a month's ordinal: 15th, fifteenth, twenty-third."""
    word = word.lower()
    if word[0].isdigit():
        return int(word[:-2])
    if " and " in word:  # "four and twentieth", as the King James Bible counts
        units, _, tens = word.partition(" and ")
        return N.EN_WORD_VALUES[units.strip()] + N.EN_ORDINALS[tens.strip()]
    tens, _, rest = word.replace("-", " ").partition(" ")
    if rest:
        return N.EN_WORD_VALUES[tens] + N.EN_ORDINALS[rest.strip()]
    return N.EN_ORDINALS[word]


def _lunar_date(m: regex.Match[str], _: str) -> list[Number]:
    """A day and a month of the lunar calendar (or any calendar said so) as a date: ``MMDD``
    with no year, as 农历正月十五 is read (tm.numbers._zh)."""
    if m.group("mo"):
        value = date_value(0, _ordinal_of(m.group("mo")), 0)
        return [make(m, value, "date", spelled=not m.group("mo")[0].isdigit())] if value else []
    month = _ordinal_of(m.group("m"))
    out = []
    for name in ("d0", "d"):
        if m.group(name) is None:
            continue
        value = date_value(0, month, _ordinal_of(m.group(name)))
        if value is None or not 1 <= month <= 12:
            return []
        start, end = (m.start(name), m.start(name) + len(m.group(name))) if name == "d0" \
            else (m.start("d"), m.end())
        out.append(Number(value, "date", start, end, m.string[start:end],
                          not m.group(name)[0].isdigit()))
    return out


RECOGNIZERS: list[Recognizer] = [
    (lazy_regex(LUNAR_DATE_EN), _lunar_date, _MONTH_WORD),
    (lazy_regex(rf"\b{_MON}\s+{_DAY},?\s*(?P<y>\d{{4}})\b"), _date, D | M),
    (lazy_regex(rf"\b{_DAY}\s+(?:of\s+)?{_MON},?\s+(?P<y>\d{{4}})\b"), _date, D | M),
    (lazy_regex(r"\b(?P<y>\d{4})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})\b"), _date, D | _SEP),
    (lazy_regex(rf"\b{_MON}\s+{_DAY}\b"), _date, D | M),
    (lazy_regex(rf"\b{_DAY}\s+(?:of\s+)?{_MON}(?!\w)"), _date, D | M),
    (lazy_regex(rf"\b{_MON},?\s+(?P<y>\d{{4}})\b"), _date, D | M),
    (lazy_regex(rf"{_MONTH_CONTEXT}(?P<mon>{_MONTH_NAMES})\b"), _date, M),
    # A month named alone: capitalised it is the month (July was ..., in Sept.), except May
    # and March, which are also a modal and a verb: those need a month's context.
    (lazy_regex(rf"\b(?P<mon>{_PLAIN_MONTHS})\b"), _date, M),
    (lazy_regex(rf"(?:(?<=\b(?:{_MONTH_NAMES})\s+(?:and|or|to|through)\s+)|\b(?=\w+\s+"
                   r"(?:and|or|through|was|is|saw|brought|had|has|marked|ended|began|will\s+be)"
                   r"\b))(?P<mon>May|March)\b"), _date, M),
    (lazy_regex(rf"{_MONTH_CONTEXT}(?P<mon>(?:{_MONTH_ABBREVIATIONS})\.)"), _date, M),
    (lazy_regex(LEFT_GUARD + r"(?P<h>\d{1,2}):(?P<m>\d{2})(?!\d)(?::(?P<s>\d{2})(?!\d))?"
                   r"(?:\.(?P<f>\d{1,3})(?!\d))?(?:\s*(?P<ap>[AaPp])(?:\.[Mm]\.|[Mm]\b))?"), _time,
     D | _CLOCK),
    (lazy_regex(rf"(?i)\b(?P<n>{_FRAC_NUM})[-\s]+(?P<den>{_DENOMINATORS})\b"), _fraction, W),
    (lazy_regex(rf"(?i)\b(?:the\s+|(?P<n>{_FRAC_NUM})\s+)?(?P<den>{_DENOMINATORS})"
                   r"\s+parts?\b"), _fraction, W),
    (lazy_regex(r"(?i)\b(?P<n>)(?P<den>half)\b"), _fraction, W),
    (lazy_regex(r"(?<![\p{L}\d.:,])(?P<h>\d{1,2})(?:\.(?P<min>[0-5]\d))?(?P<ap>[AaPp])"
                   r"(?:\.[Mm]\.|[Mm]\b)"),
     _glued_clock, D | _MARK),
    (lazy_regex(r"\b(?:(?P<p>Q)(?P<n>[1-4])|(?P<p>H)(?P<n>[12]))\b"), _period_of_year,
     D | _MARK),
    (lazy_regex(KARAT_EN), _karat, D | _MARK),
    (lazy_regex(EXPIRY), expiry_month, D | _MARK | _SEP),
    (lazy_regex(r"\bFY\s?'?(?P<y>\d{4}|\d{2})(?:[/-](?P<y2>\d{4}|\d{2}))?(?![\p{Latin}\d])"),
     _fiscal_year, D),
    (lazy_regex(LEFT_GUARD + r"(?P<n>" + NUM + r")(?:st|nd|rd|th)\b"), _ordinal, D | _ORD),
    # a hyphen after a percent sign joins a range (2.8%-3.5%): no minus sign
    (lazy_regex(LEFT_GUARD + r"(?P<neg>(?<![\p{L}\p{N}%])[-−])?(?P<num>" + NUM + r")"
                   r"(?P<glue>" + _GLUED + r")?" + RIGHT_GUARD), _number, D),
    (lazy_regex(rf"(?i)\b(?:(?P<tens>{_TENS})(?:-|\s+and\s+|\s+)|(?P<unit>{_UNIT_WORDS})"
                   rf"\s+and\s+(?={_TENS_ORDINALS}))?(?P<ord>{_ORD_WORDS})\b"),
     _word_ordinal, W),
    (lazy_regex(rf"(?i)\b{_A_WORD}(?:(?:\s+and\s+|[\s-]+){_A_WORD})*\b"), _words, W),
]
