"""Counts said only by their order of magnitude, in English and Chinese (private).

"Dozens of houses", "hundreds of flights", "tens of thousands marched", "millions of
users" name no figure, only its order: the tens, hundreds, ten thousands, millions.
Chinese says the same with 数 / 几 before a magnitude (数十, 几百, 好几千, 数万, 几十万,
数百万, 数亿) or 数以万计 ("by the ten thousand").  Each is read as one number whose value
is the order (10, 100, 1,000, 10,000 …; a dozen is of the tens; "ten thousands" is of the
ten thousands), spelled, a round figure, and ``indefinite`` (:class:`Number`): it meets the
same order or the round figure of a bare magnitude (上千), never a definite figure (100
against 数百 is reported: review Y-5); unmatched, it is reported against an unmatched order
of the other side
("dozens" → 数百, "tens of thousands" → 数千: two orders that differ) and, as every round
figure, beside an unmatched figure in digits (20 billion → 数百亿: a figure made vague),
never alone, since a translator may leave an order out (大批 for "hundreds").
上百, 上千, 上万 ("a hundred and more") stay the hedged magnitudes of
tm.numbers._magnitudes_zh, and 成千上万, 成百上千 set phrases (data/set_phrases_zh.txt).
"""

from __future__ import annotations

from decimal import Decimal

from tm.numbers._base import Number
from tm.numbers._durations import read_time_units
from tm.numbers._lazy import lazy_re
from tm.numbers._magnitudes_zh import unit_after
from tm.numbers._numerals import UNIT_FORMS_ZH
from tm.numbers._zh import set_phrases_over

__all__ = ["orders_agree", "read_orders"]

#: English plural magnitudes and their orders (a dozen is of the tens).
_EN_ORDERS = {"tens": 10, "dozens": 10, "scores": 10, "hundreds": 100, "thousands": 1_000,
              "millions": 10**6, "billions": 10**9, "trillions": 10**12}
#: "hundreds of thousands" (the lead times the scale), else a plural magnitude alone, maybe
#: after ten or a hundred ("ten thousands");
#: *tens* and *scores* only before "of" (the tens column, the scores of a game are no counts).
_EN_ORDER = lazy_re(
    r"(?i)\b(?:(?P<times>ten|a\s+hundred|hundred)\s+(?=thousands|millions))?"
    r"(?:(?P<lead>tens|dozens|scores|hundreds)\s+of\s+"
    r"(?P<scale>thousands|millions|billions|trillions)"
    r"|(?P<alone>thousands|millions|billions|trillions|dozens|hundreds)"
    r"|(?P<of>tens|scores)(?=\s+of\b))\b")
#: The number word that may stand before a plural order: "ten thousands" are tens of thousands.
_EN_TIMES = {"ten": 10, "hundred": 100}
#: The words one of which every English order holds (a text without one holds none: a
#: substring test spares most texts the pattern's scan).
_EN_WORDS = ("dozens", "hundreds", "thousands", "millions", "billions", "trillions", "tens of",
             "scores of")

#: Chinese magnitudes after 数 / 几, and their values.
_ZH_MAGNITUDES = {"十亿": 10**9, "百亿": 10**10, "十万": 10**5, "百万": 10**6, "千万": 10**7,
                  "十": 10, "百": 100, "千": 1_000, "万": 10**4, "亿": 10**8}
_ZH_MAGNITUDE = "|".join(sorted(_ZH_MAGNITUDES, key=len, reverse=True))
#: 数十, 几百, 好几千, 数十万 (some of an order), 数以万计 (by the order); not inside a longer
#: numeral (三十几, 几十几), nor where the magnitude begins a word (无数百姓, 人数十分).
_ZH_ORDER = lazy_re(
    rf"(?:(?:好?几|数)(?P<some>{_ZH_MAGNITUDE})|数以(?P<by>{_ZH_MAGNITUDE})计)"
    r"(?![〇零一二两三四五六七八九十百千万亿\d])")
#: What may not stand before an order: a numeral or a digit (三十几, 几十几).
_NUMERAL_BEFORE = frozenset("〇零一二两三四五六七八九十百千万亿0123456789")
#: The characters every Chinese order holds one of.
_ZH_MARKS = lazy_re("[数几]")


def read_orders(text: str, numbers: list[Number], lang: str) -> list[Number]:
    """*numbers* of *text* with each count said by its order read as one indefinite number
    (see the module docs), the numbers that begin inside it left out, in order."""
    found = _orders_zh(text) if lang == "zh" else _orders_en(text)
    if not found:
        return numbers
    starts = {i for order in found for i in range(order.start, order.end)}
    numbers = [n for n in numbers if n.start not in starts]  # 十万吨 of 几十万吨 too
    return sorted([*numbers, *read_time_units(text, found, lang)],
                  key=lambda n: (n.start, n.end))


def _order(value: int, text: str, start: int, end: int, unit: str = "") -> Number:
    """The indefinite number of the order *value* said by text[start:end]."""
    return Number(Decimal(value), "number", start, end, text[start:end], True, unit,
                  round_figure=True, indefinite=True)


def _orders_en(text: str) -> list[Number]:
    lower = text.lower()
    if not any(word in lower for word in _EN_WORDS):
        return []
    out = []
    for m in _EN_ORDER.finditer(text):
        if m.group("lead"):
            value = _EN_ORDERS[m.group("lead").lower()] * _EN_ORDERS[m.group("scale").lower()]
        else:
            value = _EN_ORDERS[(m.group("alone") or m.group("of")).lower()]
        if m.group("times"):  # "ten thousands" (of the Bible), "a hundred millions"
            value *= _EN_TIMES[m.group("times").split()[-1].lower()]
        out.append(_order(value, text, m.start(), m.end()))
    return out


def _orders_zh(text: str) -> list[Number]:
    if _ZH_MARKS.search(text) is None:
        return []
    out = []
    for m in _ZH_ORDER.finditer(text):
        if m.start() and text[m.start() - 1] in _NUMERAL_BEFORE:
            continue
        magnitude = m.group("some") or m.group("by")
        if m.group("some") and _begins_a_phrase(text, m.start("some"), m.end("some")):
            continue  # 无数百姓 (百姓 "common people"), 人数十分 (十分 "very"): review Y-6
        unit = UNIT_FORMS_ZH.get(unit_after(text, m.end()), "")
        out.append(_order(_ZH_MAGNITUDES[magnitude], text, m.start(), m.end(), unit))
    return out


def _begins_a_phrase(text: str, start: int, end: int) -> bool:
    """True when a set phrase (data/set_phrases_zh.txt) begins at *start* and runs past
    *end*: the magnitude is that word's first character (百姓, 十分, 千金, 万一)."""
    return any(s == start and e > end for s, e in set_phrases_over(text, start, end))


def orders_agree(a: Number, b: Number) -> bool:
    """False when one of *a*, *b* is a count said by its order (数百, "hundreds") and the other
    a definite figure (100, 300): an order meets an order or a round figure of a bare
    magnitude (上千, 千余), never a figure in digits or words (review Y-5: "100 people" →
    数百人 is a figure made vague)."""
    return a.indefinite == b.indefinite or (a.round_figure and b.round_figure)
