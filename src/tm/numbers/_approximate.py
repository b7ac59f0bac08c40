"""Shares said approximately: "nearly a third", 近三成, about two-thirds, 约七成 (private).

A writer who says *nearly* or 近 rounds, and a translator may round a fraction to the
tenths Chinese counts shares in: "nearly a third" → 近三成 (30 percent) is right, while
"one in three" → 三成, said exactly, is a changed number.  A fraction or a percentage
with a word of approximation right before it (or 左右 / 上下 right after it) is marked
``approximate``; :func:`tm.numbers.compare_numbers` then lets a fraction meet a
percentage rounded to the precision the percentage is written in (see
``_extract._same_cross_kind``).  Only shares are marked: a rounded count or amount is
still a changed number (近600 against "nearly 650" is reported).
"""

from __future__ import annotations

import dataclasses
import re

from tm.numbers._base import Number

__all__ = ["mark_approximate", "mark_bounds", "opposite_bounds"]

#: English words of approximation before a share ("nearly a third", "about 30 percent").
_BEFORE_EN = re.compile(
    r"(?i)\b(?:nearly|almost|about|around|roughly|approximately|some|close\s+to|just\s+(?:over"
    r"|under)|more\s+than|less\s+than|over|under|upwards\s+of|up\s+to)\s+$")
#: Chinese ones: 近三成, 约30%, 将近三分之一, 超过四成, 不到两成 …
_BEFORE_ZH = re.compile(r"(?:近|将近|接近|约|大约|逾|超过|超|不到|不足|近乎|差不多)$")
#: ... and after: 三成左右, 30%上下.
_AFTER_ZH = re.compile(r"左右|上下")
#: The longest text a marker before a share takes, with room: only that much is searched.
_REACH = 16
_SHARES = ("fraction", "percent")


def mark_approximate(text: str, numbers: list[Number], lang: str) -> list[Number]:
    """*numbers* (found in *text*) with each share said approximately marked so."""
    before = _BEFORE_ZH if lang == "zh" else _BEFORE_EN
    out = []
    for n in numbers:
        if n.kind in _SHARES and not n.approximate and (
                before.search(text, max(0, n.start - _REACH), n.start)
                or (lang == "zh" and _AFTER_ZH.match(text, n.end))):
            n = dataclasses.replace(n, approximate=True)
        out.append(n)
    return out


#: Words that make a figure a lower bound ("more than 600", 逾600, 600多) or an upper one
#: ("nearly 600", 近600, 不到600), right before it, or right after it (600 or more, 600以上,
#: 600多 / 600余 in the figure's own text).  A hedge that says neither (about, 约, 左右) is
#: no bound.  Two figures of one value with opposite bounds are different numbers: "more
#: than 100 years" is not 近百年 (CLEANTRIAL4: the direction of the hedge was not compared).
_BOUND_BEFORE = {
    "en": re.compile(
        r"(?i)\b(?:(?P<under>no\s+more\s+than|not\s+more\s+than|at\s+most|no\s+(?:higher|greater)"
        r"\s+than|nearly|almost|close\s+to|just\s+under|less\s+than|fewer\s+than|under|below"
        r"|not\s+quite)|(?P<over>no\s+(?:less|fewer)\s+than|not\s+(?:less|fewer)\s+than"
        r"|more\s+than|over|upwards\s+of|in\s+excess\s+of|at\s+least|just\s+over|above))"
        r"\s+(?:a\s+|an\s+)?$"),
    # the 不 forms first where they turn the bound round: 不低于 "at least", 不超过 "at most";
    # not a bare 过, which is as often the particle of 去过30个国家 "has been to 30 countries"
    "zh": re.compile(r"(?:(?P<over>不低于|不少于|不下于|逾|超过|超出|超|多于|高于)"
                     r"|(?P<under>不超过|不高于|不多于|将近|接近|几近|近乎|近|不到|不足|少于|低于))$"),
}
_BOUND_AFTER = {
    "en": re.compile(r"(?i)(?:\s+(?P<over>or\s+more|or\s+above|and\s+(?:over|above|up)|plus)"
                     r"|\+(?P<over2>))\b"),
    "zh": re.compile(r"(?P<over>以上|多)|(?P<under>以下)"),
}
#: A negation just before a bound word it does not form a phrase with turns the bound
#: round in ways too many to list ("must not be more than", 不得超过 "must not exceed",
#: 未超过): such a figure is said to be no bound at all, so nothing is reported on it.
_NEGATION_BEFORE = {
    "en": re.compile(r"(?i)(?:\bno|\bnot|\bnever|n't|\bcannot|\bwithout)\b[\w\s]{0,12}$"),
    "zh": re.compile(r"[不未没勿禁无非莫][得能应会可宜要准曾有]?$"),
}
#: 600多, 600余, 百余: the approximate figure's own text says it is a lower bound.
_OVER_IN_TEXT = re.compile(r"[多余]")
_BOUNDED = ("number", "percent", "fraction")


def mark_bounds(text: str, numbers: list[Number], lang: str) -> list[Number]:
    """*numbers* (found in *text*) with each figure said to be a bound marked so."""
    out = []
    for n in numbers:
        bound = _bound(text, n, lang) if n.kind in _BOUNDED and not n.bound else ""
        out.append(dataclasses.replace(n, bound=bound) if bound else n)
    return out


def _bound(text: str, n: Number, lang: str) -> str:
    """"over", "under" or "" for the figure *n* of *text*."""
    if lang == "zh" and _OVER_IN_TEXT.search(n.text):
        return "over"
    before = _BOUND_BEFORE[lang].search(text, max(0, n.start - _REACH), n.start)
    if before is not None and _NEGATION_BEFORE[lang].search(
            text, max(0, before.start() - _REACH), before.start()):
        return ""
    after = _BOUND_AFTER[lang].match(text, n.end)
    for m in (before, after):
        if m is not None:
            return "over" if m.groupdict().get("over") is not None \
                or m.groupdict().get("over2") is not None else "under"
    return ""


def opposite_bounds(a: Number, b: Number) -> bool:
    """True when one of *a*, *b* is said to be over its value and the other under it."""
    return {a.bound, b.bound} == {"over", "under"}
