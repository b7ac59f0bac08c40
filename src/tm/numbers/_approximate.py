"""Shares said approximately: "nearly a third", 近三成, about two-thirds, 约七成 (private).

A writer who says *nearly* or 近 rounds, and a translator may round a fraction to the
tenths Chinese counts shares in: "nearly a third" → 近三成 (30 percent) is right, while
"one in three" → 三成, said exactly, is a changed number.  A fraction or a percentage
with a word of rounding right before it (or 左右 / 上下 right after it) is marked
``approximate``; :func:`tm.numbers.compare_numbers` then lets a fraction meet a
percentage rounded to the precision the percentage is written in (see
``_extract._same_cross_kind``).  Only shares are marked: a rounded count or amount is
still a changed number (近600 against "nearly 650" is reported).
"""

from __future__ import annotations

import dataclasses
import re

from tm.numbers._base import Number
from tm.numbers._hedges import (
    DIRECTED,
    MORE_THAN,
    ROUNDING,
    after_pattern,
    bound_of,
    hedge_pattern,
    meaning,
)
from tm.numbers._lazy import lazy_re
from tm.numbers._magnitudes_zh import COUNTER

__all__ = ["mark_hedges", "may_hold_bound", "opposite_bounds"]

#: A hedge right before a figure (each is looked for whole, so the "more than" of "no more
#: than" and the 超过 of 不超过 are read as the limits they are part of).
_BEFORE = {"en": lazy_re(rf"(?i)\b(?P<hedge>{hedge_pattern('en')})\s+(?:a\s+|an\s+)?$"),
           "zh": lazy_re(f"(?P<hedge>{hedge_pattern('zh')})$")}
#: Words of rounding (tm.numbers._hedges.ROUNDING) right after a share (三成左右, 30%上下).
_AFTER = {lang: lazy_re(after_pattern(lang, ROUNDING)) for lang in ("en", "zh")}
#: The longest text a marker before a share takes, with room: only that much is searched.
_REACH = 16
_SHARES = ("fraction", "percent")


def _before(text: str, n: Number, lang: str) -> re.Match[str] | None:
    """The hedge right before the figure *n* of *text*, if any."""
    return _BEFORE[lang].search(text, max(0, n.start - _REACH), n.start)


#: Words that make a figure a lower bound ("more than 600", 逾600, 600多) or an upper one
#: ("nearly 600", 近600, 不到600), right before it, or right after it (600 or more, 600以上,
#: 600多 / 600余 in the figure's own text): the hedges of tm.numbers._hedges whose meaning
#: has a direction (bound_of).  A hedge that says neither (about, 约, 左右) is no bound.  Two
#: figures of one value with opposite bounds are different numbers: "more than 100 years"
#: is not 近百年 (CLEANTRIAL4: the direction of the hedge was not compared).  The Chinese
#: hedges of bare magnitudes alone (the particle 过 of 去过30个国家 "has been to 30
#: countries": Hedge.figures) are left to their reader, which marks the bound of its hedge.
_BOUND_AFTER = {"en": lazy_re(after_pattern("en", DIRECTED)),
                "zh": lazy_re(after_pattern("zh", DIRECTED, COUNTER))}
#: A negation just before a bound word it does not form a phrase with turns the bound
#: round in ways too many to list ("must not be more than", 不得超过 "must not exceed",
#: 未超过): such a figure is said to be no bound at all, so nothing is reported on it.
_NEGATION_BEFORE = {
    "en": lazy_re(r"(?i)(?:\bno|\bnot|\bnever|n't|\bcannot|\bwithout)\b[\w\s]{0,12}$"),
    "zh": lazy_re(r"[不未没勿禁无非莫][得能应会可宜要准曾有]?$"),
}
#: 600多, 600余, 百余, 600多万: the approximate figure's own text says it is a lower bound
#: (a hedge said after a figure, which a Chinese figure's text may hold).
_OVER_IN_TEXT = lazy_re(after_pattern("zh", frozenset({MORE_THAN})))
_BOUNDED = ("number", "percent", "fraction")


def mark_hedges(text: str, numbers: list[Number], lang: str) -> list[Number]:
    """*numbers* (found in *text*) with each share said approximately marked so — a word of
    rounding (tm.numbers._hedges.ROUNDING) right before it ("nearly a third", "about 30
    percent", 近三成, 约30%, 不到两成) or right after it — and each figure said to be a bound
    marked with its bound.  The hedge before a figure is looked for once for both."""
    out = []
    for n in numbers:
        share = n.kind in _SHARES and not n.approximate
        bounded = n.kind in _BOUNDED and not n.bound
        if not share and not bounded:
            out.append(n)
            continue
        before = _before(text, n, lang)
        said = meaning(lang, before.group("hedge")) if before is not None else ""
        approximate = share and (said in ROUNDING or bool(_AFTER[lang].match(text, n.end)))
        bound = _bound(text, n, lang, before, said) if bounded else ""
        if approximate or bound:
            n = dataclasses.replace(n, approximate=n.approximate or approximate,
                                    bound=bound or n.bound)
        out.append(n)
    return out


def _bound(text: str, n: Number, lang: str, before: re.Match[str] | None, said: str) -> str:
    """"over", "under" or "" for the figure *n* of *text*, whose hedge before it is *before*
    (meaning *said*)."""
    if lang == "zh" and _OVER_IN_TEXT.search(n.text):
        return "over"
    bound = bound_of(said) if before is not None else ""
    if before is not None and bound:
        negated = _NEGATION_BEFORE[lang].search(text, max(0, before.start() - _REACH),
                                                before.start())
        return "" if negated else bound
    after = _BOUND_AFTER[lang].match(text, n.end)
    return bound_of(meaning(lang, after.group())) if after is not None else ""


#: A bound word right next to a digit: a text without one has no figure said to be a bound
#: in digits (the checks' fast path for units whose two sides hold the same digits).
_BOUND_NEXT_TO_DIGITS = {
    "en": lazy_re(rf"(?i)\b(?:{hedge_pattern('en', DIRECTED)})\s+\d"
                     rf"|\d{after_pattern('en', DIRECTED)}"),
    "zh": lazy_re(f"(?:{hedge_pattern('zh', DIRECTED)})\\d"
                     f"|\\d{after_pattern('zh', DIRECTED, COUNTER)}"),
}


def may_hold_bound(text: str, lang: str) -> bool:
    """True when *text* (language ``en`` or ``zh``) may hold a figure in digits said to be a
    bound: a word of a bound before or after a digit ("more than 12", "18+", 近30, 12岁以上)."""
    return _BOUND_NEXT_TO_DIGITS[lang].search(text) is not None


def opposite_bounds(a: Number, b: Number) -> bool:
    """True when one of *a*, *b* is said to be over its value and the other under it."""
    return {a.bound, b.bound} == {"over", "under"}
