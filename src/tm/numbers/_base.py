"""The Number value and the pieces shared by the English and Chinese recognizers."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

import regex

from tm.numbers import _numerals as N
from tm.numbers._lazy import lazy_regex

#: A digit run must not be glued to a Latin letter on its left ("G20"), nor follow a
#: hyphen after a capitalized or one-letter word ("COVID-19", "F-16"; an age band after
#: Under or Over is a figure: "Under-18s", "Over-60s"); a hyphen after a
#: lower-case word is a prefix ("mid-2015", "post-80s"), a dot after a word an
#: abbreviation ("No.1"), while "1.2.3" keeps its last part out.
#: (The lookahead first: a position that holds no digit or sign is given up at once,
#: before the look-behinds scan back.)  A currency code written glued to its amount
#: (RM150, Rp50,000, RMB100) is no such letter; and the thousands after the comma of a
#: figure glued to letters are no number of their own ("CR400,000" holds no 000).
LEFT_GUARD = (r"(?=[-−负零\d])(?:(?<![\p{Latin}\d_])|(?<=(?<![\p{Latin}\d])(?:"
              + "|".join(N.GLUED_CURRENCY_CODES) + r")))(?<!\d\.)(?<!\p{Latin}\d{1,3},)"
              r"(?:(?<!\p{Lu}\p{Latin}*[-‐])|(?<=(?<!\p{Latin})(?i:under|over)[-‐]))"
              r"(?<!(?<!\p{Latin})\p{Latin}[-‐])")
#: ... nor on its right ("5D Robotics", "3W Cafe"): those are codes, not numbers.
RIGHT_GUARD = r"(?![\p{Latin}\d])"
#: Digits with optional thousands separators and decimals, taken atomically.
NUM = r"(?>(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?)"


@dataclass(frozen=True, slots=True)
class Number:
    """A number found in text, with its value normalized across languages.

    ``value`` is a Decimal on a common scale: 53.96 billion, 539.6亿 and
    53960000000 all have value 53960000000; 72.5%, 72.5 percent and 百分之七十二点五
    have value 72.5 and kind ``"percent"``.  Kinds: ``number``, ``percent``,
    ``date`` (value ``YYYYMMDD`` with 0 for a missing part: May 2015 -> 20150500,
    5月7日 -> 507), ``time`` (``HHMM``, 24-hour), ``ordinal`` (first, 3rd, 第三),
    ``fraction`` (two-thirds, 三分之二 -> 0.6667).  ``spelled`` is true when the
    number is written in words or Chinese numerals (seven, 七, 两); such numbers
    are often idiom or article ("one of them", 一直) so comparisons treat them
    leniently.  ``unit`` is a canonical measurement unit (``km``, ``mile``,
    ``kg``, ``mu``...) or ``""``; it lets a comparison accept converted values.
    A percentage's unit is ``%`` or ``pp`` (percentage points: 3个百分点, 30 basis
    points), or ``""`` where the writer leaves it unsaid (四成).
    ``text`` is ``source[start:end]``.  ``parts`` is ``(numerator,
    denominator)`` for a fraction read from a ratio (three in four, 每四家中有三家,
    四分之三), so it can also match the two numbers ("three of the four").
    ``approximate`` is true for a share said approximately ("nearly a third", 近三成),
    which may meet a percentage rounded to its written precision.
    ``round_figure`` is true for a Chinese magnitude written with no numeral (百年, 逾百年,
    万人: tm.numbers._magnitudes_zh), a round figure the other side may leave unsaid ("a
    long-established shop", "tens of thousands"): it meets a figure of its value, but
    unmatched it is reported only beside an unmatched figure in digits, and it never keeps
    the other side's spelled numbers from being forgiven.
    ``score`` is the pair of figures of the score a figure is one of (both figures of
    "won 21-15" have ``(21, 15)`` and unit ``score``: tm.numbers._scores), so a clock face
    21:15 meets that one score and no other.
    ``bound`` is ``"over"`` or ``"under"`` for a figure said to be a lower or an upper
    bound ("more than 600", 600多, 逾百年; "nearly 600", 近600, 不到三成): two figures of
    one value with opposite bounds are not the same number (tm.numbers._approximate).
    ``alternatives`` are other values of the same kind and unit a figure may have (增长了两倍
    is ×2 or ×3); ``readings`` are other (kind, value, unit) readings of another kind (上涨了
    两倍 is also a rise of 200 or 100 percent; 11.11 is also the date 11月11日): an
    ambiguous figure keeps every reading, and it meets a number of the other side that
    ANY of them is (tm.numbers._extract).
    ``latent`` is true for a reading a word may have and need not (双 in 双早 "breakfast for
    two", 双人间): it meets a number of its value on the other side, and is never reported.
    ``indefinite`` is true for a count said only by its order ("hundreds of", "tens of
    thousands", 数百, 上千, 成千上万: tm.numbers._orders), a round figure of the order's
    value that, unmatched, is reported only against an unmatched order of the other side.
    """

    value: Decimal
    kind: str
    start: int
    end: int
    text: str
    spelled: bool = False
    unit: str = ""
    parts: tuple[Decimal, Decimal] | None = None
    alternatives: tuple[Decimal, ...] = ()
    readings: tuple[tuple[str, Decimal, str], ...] = ()
    approximate: bool = False
    round_figure: bool = False
    score: tuple[Decimal, Decimal] | None = None
    bound: str = ""
    indefinite: bool = False
    latent: bool = False


def make(m: regex.Match[str], value: Decimal, kind: str, *, spelled: bool = False,
         unit: str = "") -> Number:
    """A Number spanning the whole match *m* (whose string is the folded text)."""
    return Number(canonical(value), kind, m.start(), m.end(), m.group(), spelled, unit)


def canonical(value: Decimal) -> Decimal:
    """*value* without trailing zeros or exponent: 53960000000.00 -> 53960000000."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


_PREFIX = lazy_regex(
    "(?:" + "|".join(regex.escape(p) for p in sorted(N.CURRENCY_PREFIXES, key=len, reverse=True))
    + r")\s?$")


#: The last characters of the currency prefixes: a text without one before a number has none.
_PREFIX_ENDS = frozenset(p[-1] for p in N.CURRENCY_PREFIXES)


def currency_before(text: str, start: int) -> str:
    """The currency whose sign or code stands right before *start* ("US$7.8"), or ""."""
    window = max(0, start - 5)
    if _PREFIX_ENDS.isdisjoint(text[window:start]):
        return ""
    m = _PREFIX.search(text, window, start)
    return N.CURRENCY_PREFIXES[m.group().rstrip()] if m else ""


#: A minus sign before a currency sign or code, not after a word or a figure ("-$245.10",
#: "−€30": the amount is negative, as "-245.10美元" writes it; "A-$5" is no sign).
_MINUS_BEFORE = lazy_regex(r"(?<![\p{L}\p{N}])[-−]\s?$")


def minus_before_currency(text: str, start: int) -> bool:
    """True when the currency sign or code right before *start* has a minus sign before it
    ("-$245.10"): the caller has found the currency with :func:`currency_before`."""
    window = max(0, start - 6)
    m = _PREFIX.search(text, window, start)
    return m is not None and _MINUS_BEFORE.search(text, max(0, m.start() - 2), m.start()) \
        is not None


def parse_digits(text: str) -> Decimal:
    """Decimal value of an ASCII digit string with optional ``,`` separators."""
    return Decimal(text.replace(",", ""))


def date_value(year: int, month: int, day: int) -> Decimal | None:
    """``YYYYMMDD`` as a Decimal (missing parts 0), or None if out of range."""
    if not 0 <= month <= 12 or not 0 <= day <= 31 or (month == 0 and day == 0 and not year):
        return None
    return Decimal(year * 10000 + month * 100 + day)


Handler = Callable[["regex.Match[str]", str], list["Number"]]
#: A pattern, the handler turning a match into numbers, and the features of
#: the text (see ``features`` in each language module) it needs to be tried.
Recognizer = tuple["regex.Pattern[str]", Handler, frozenset[str]]


def trie_pattern(words: Iterable[str], *, spaces: bool = False) -> str:
    """A regex alternation of *words* factored as a trie (much faster to scan).

    ``trie_pattern(["ten", "tenth", "two"]) == "t(?:en(?:th)?|wo)"``.  Where two words
    match at one place it tries the longer first, as an alternation of them sorted longest
    first does.  With *spaces*, for a caseless pattern: the words are put in lower case
    (the same words, caseless), and a space in them matches any run of white space.
    """
    if spaces:
        lowered = [word.lower() for word in words]
        if any(len(low) != len(word) for low, word in zip(lowered, words, strict=True)):
            raise ValueError("a word changes its length in lower case")
        return trie_pattern(lowered).replace(r"\ ", r"\s+")
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    branches = [regex.escape(char) + _emit(child) for char, child in sorted(node.items())
                if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def clock_duration(hours: str | None, minutes: str, seconds: str | None,
                   fraction: str | None) -> Decimal:
    """Seconds in a length of time written on a clock face: a race time, a video length.

    ``2:18:45`` (hours, minutes, seconds) and ``2小时18分45秒`` are 8325 s; ``3:02.15``
    (minutes, seconds, hundredths) and ``3分02秒15`` are 182.15 s.  The one reading both
    languages share, so the two forms compare as the same value (unit ``s``).
    """
    total = int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds or 0)
    return Decimal(total) + (Decimal(f"0.{fraction}") if fraction else Decimal(0))


def inside_a_match(pattern: regex.Pattern[str], text: str, start: int, end: int,
                   reach: int) -> bool:
    """True if text[start:end] lies inside a match of *pattern* (a set phrase or a
    lexicalized word whose numerals are no numbers), whose matches are at most *reach*
    characters long: only that much of *text* around the span is searched."""
    lo = max(0, start - reach)
    return any(m.start() <= start and end <= m.end()
               for m in pattern.finditer(text, lo, min(len(text), end + reach)))


#: The most hours a clock face can show (24:00 is midnight).
_DAY_HOURS = 24


def clock_face(m: regex.Match[str], hours: str, minutes: str) -> Number:
    """A bare clock face H:MM (no time of day, no seconds), with every reading it may have.

    A colon between two figures is a clock time (10:30), a length of time in minutes and
    seconds or hours and minutes (a race time 27:14 = 27分14秒), or a pair of figures: a
    score, a ratio, a vote (27:14 = 27比14).  The figure keeps all of them and meets the
    other side when any of them does: a time up to 24 hours is read as the time (the
    lengths of time and the pair are compared by tm.numbers._extract), a larger figure as
    minutes and seconds with the hours-and-minutes reading as its alternative (its pair too
    is compared there: a pair the other side states as one, never two loose figures).  The
    caller has checked the minutes (0-59).
    """
    hour, minute = int(hours), int(minutes)
    if hour <= _DAY_HOURS:
        value = Decimal(hour % _DAY_HOURS * 100 + minute)  # 24:00 is 0:00
        return Number(value, "time", m.start(), m.end(), m.group())
    return Number(clock_duration(None, hours, minutes, None), "number", m.start(), m.end(),
                  m.group(), unit="s", alternatives=(clock_duration(hours, minutes, None, None),))
