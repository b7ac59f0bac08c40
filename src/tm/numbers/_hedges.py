"""The words that hedge a figure, English and Chinese, each with what it says (private).

One owner for the hedge vocabulary (issue 13).  A hedge says a figure is rounded or is a
bound: "about 600" / 约600, "nearly 600" / 近600, "more than 600" / 逾600 / 600多,
"at least 600" / 不低于600 / 600以上, "up to 600" / 多达600.  Each word has one
:data:`meaning`; every reader takes the words of the meanings it needs from here:

* tm.numbers._approximate marks a share said with a word of rounding (:data:`ROUNDING`:
  "nearly a third", 近三成, 三成左右) so it may meet a percentage rounded to its written
  precision, and a figure said to be a bound (:func:`bound_of`: "more than", 逾, 以上 are
  over; "nearly", 近, 不到, 以下 are under) so two figures of one value bounded the
  opposite way are different numbers;
* tm.numbers._magnitudes_zh reads a Chinese magnitude written with no numeral when any
  hedge stands before it (逾百年, 近万人, 上百人, 过万);
* tm.numbers._idioms_zh lets any hedge stand between a verb of growth and its multiple
  (增长了近两倍).

The meanings: *about* (no direction), *nearly* and *less than* and *at most* (the figure
is an upper bound), *more than* and *at least* (a lower bound), *up to* ("as many as",
多达: a large figure said to be reached, no direction a translator keeps: "up to 600" is
as often 600多 as 最多600).  A Chinese hedge that is also the last character of another
word is no hedge after that word (:attr:`Hedge.not_after`: the 近 of 附近 "nearby" and 最近
"recently", the 约 of 预约 "booking").  The hedges that are as often a particle, a verb or a
word of place before a figure (过 of 去过30个国家 "has been to 30 countries", 破 of 打破3项纪录
"broke 3 records", 上 of 上3楼 "up to the 3rd floor", 达 "reach") hedge no figure in digits
or numerals (:attr:`Hedge.figures`); they, 超 ("surpass": 远超万神 "far above all gods")
and the words of a comparison or a limit (低于, 高于, 多于, 少于, 至少, 最多, 不超过, 差不多 …),
which are as often followed by the thing compared (低于百度 "below Baidu", 高于万科 "above
Vanke": review X-4), are :attr:`Hedge.weak` before a bare magnitude: a hedge there only
where a counter, a unit or the end of a clause follows it (过万人, 销量破万。, 超千人, 不低于百年).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

__all__ = ["ABOUT", "AT_LEAST", "AT_MOST", "DIRECTED", "HEDGES", "LESS_THAN", "MORE_THAN", "NEARLY",
           "ROUNDING", "UP_TO", "Hedge", "after_pattern", "bound_of", "hedge_pattern",
           "meaning"]

ABOUT = "about"
NEARLY = "nearly"
LESS_THAN = "less than"
AT_MOST = "at most"
MORE_THAN = "more than"
AT_LEAST = "at least"
UP_TO = "up to"

#: The meanings that make a figure a lower bound ("over") or an upper one ("under").
_BOUNDS = {MORE_THAN: "over", AT_LEAST: "over", NEARLY: "under", LESS_THAN: "under",
           AT_MOST: "under"}
#: The meanings that say a direction: the hedges of a bound.
DIRECTED = frozenset(_BOUNDS)
#: The meanings of a word that rounds ("nearly a third" → 近三成 is right): not *at least*
#: nor *at most*, which state a limit exactly ("at least a third" is no 三成).
ROUNDING = frozenset({ABOUT, NEARLY, LESS_THAN, MORE_THAN, UP_TO})


@dataclass(frozen=True)
class Hedge:
    """A word that hedges a figure: its text (English words separated by single spaces),
    its meaning, whether it follows the figure ("or more", 以上, 左右), the characters
    that make it the end of another word before it (Chinese), whether it hedges a figure in
    digits or numerals, and whether it is weak before a bare magnitude (a hedge only
    before a counter or at the end of a clause; see the module docs)."""

    word: str
    meaning: str
    after: bool = False
    not_after: str = ""
    figures: bool = True
    weak: bool = False


def _words(meaning_: str, words: str, *, after: bool = False,
           weak: bool = False) -> tuple[Hedge, ...]:
    return tuple(Hedge(w.replace("_", " "), meaning_, after, weak=weak) for w in words.split())


#: Every hedge, by language.
HEDGES: dict[str, tuple[Hedge, ...]] = {
    "en": (
        *_words(ABOUT, "about around roughly approximately some"),
        *_words(NEARLY, "nearly almost close_to just_under not_quite"),
        *_words(LESS_THAN, "less_than fewer_than under below"),
        *_words(AT_MOST, "no_more_than not_more_than at_most no_higher_than no_greater_than"),
        *_words(MORE_THAN, "more_than over upwards_of in_excess_of just_over above"),
        *_words(AT_LEAST, "no_less_than no_fewer_than not_less_than not_fewer_than at_least"),
        *_words(UP_TO, "up_to"),
        # after the figure: "600 or more", "ages 12 and under", "18+"
        *_words(ABOUT, "or_so", after=True),
        *_words(AT_LEAST, "or_more or_above or_over or_older or_higher or_greater or_longer"
                          " and_over and_above and_up and_older plus +", after=True),
        *_words(MORE_THAN, "odd", after=True),
        *_words(AT_MOST, "or_less or_fewer or_under or_below or_younger or_lower or_shorter"
                         " and_under and_below and_younger", after=True),
    ),
    "zh": (
        Hedge("约", ABOUT, not_after="预签合条公相节制邀履违守婚赴特践"), Hedge("大约", ABOUT),
        *_words(ABOUT, "差不多", weak=True),
        Hedge("近", NEARLY, not_after="附最临靠亲贴"), *_words(NEARLY, "将近 接近 几近"),
        *_words(NEARLY, "近乎", weak=True),
        *_words(LESS_THAN, "不到 不足"), *_words(LESS_THAN, "少于 低于", weak=True),
        *_words(AT_MOST, "不超过 不高于 不多于 最多 至多 顶多", weak=True),
        *_words(MORE_THAN, "逾 超过 超出"), *_words(MORE_THAN, "多于 高于", weak=True),
        Hedge("超", MORE_THAN, weak=True),
        Hedge("过", MORE_THAN, not_after="通经胜越不穿", figures=False, weak=True),
        Hedge("破", MORE_THAN, figures=False, weak=True),
        *_words(AT_LEAST, "不低于 不少于 不下于 至少 最少 起码", weak=True),
        *_words(UP_TO, "多达 高达 长达"),
        Hedge("达", UP_TO, not_after="到抵传表发通直送转下", figures=False, weak=True),
        Hedge("上", UP_TO, not_after="地天网线路身马以晚早桌台世", figures=False, weak=True),
        # after the figure: 三成左右, 600以上, 600多 (多 and 余 are mostly read inside the
        # figure's own text: 600多, 百余), 12岁以下
        *_words(ABOUT, "左右 上下", after=True),
        *_words(AT_LEAST, "以上", after=True),
        *_words(MORE_THAN, "多 余 出头 开外", after=True),
        *_words(AT_MOST, "以下", after=True),
    ),
}


def meaning(lang: str, word: str) -> str:
    """The meaning of the hedge *word* of language *lang* as a pattern of this module
    matched it (any spacing, any case, the space or hyphen before a word said after the
    figure, the counter before a Chinese one: 岁以上 is 以上's), or ""."""
    known = _MEANINGS[lang]
    word = " ".join(word.lower().replace("-", " ").split())
    if lang == "zh":
        return next((known[word[i:]] for i in range(len(word)) if word[i:] in known), "")
    return known.get(word, "")


_MEANINGS = {lang: {h.word: h.meaning for h in hedges} for lang, hedges in HEDGES.items()}


def bound_of(meaning_: str) -> str:
    """"over" for a hedge of a lower bound, "under" for one of an upper bound, else ""."""
    return _BOUNDS.get(meaning_, "")


@cache
def hedge_pattern(lang: str, meanings: frozenset[str] | None = None, *, after: bool = False,
                  bare: bool = False) -> str:
    """A regex alternation of the hedges of *lang* of *meanings* (all when None) said
    before the figure (or after it, with *after*) that hedge a figure in digits or
    numerals, or with *bare* a bare magnitude (every hedge): longest first, so 不超过 is
    not read as 超过; a Chinese word with the guard of its :attr:`Hedge.not_after`; English
    words joined by any run of spaces."""
    chosen = [h for h in HEDGES[lang] if h.after == after and (bare or h.figures)
              and (meanings is None or h.meaning in meanings)]
    chosen.sort(key=lambda h: len(h.word), reverse=True)
    return "|".join(_alternative(h, lang) for h in chosen)


@cache
def after_pattern(lang: str, meanings: frozenset[str] | None = None, counter: str = "") -> str:
    """A regex of the hedges of *lang* of *meanings* (all when None) said right after a
    figure, to match at the figure's end: English words after a space or a hyphen ("600
    or more", "twenty-odd") or a plus sign glued to it (18+, not 1+2); Chinese words
    glued (三成左右, 600以上), a word of two characters also after the figure's *counter*
    (a pattern of counters and units: 12岁以上, 3个月以下, 100人左右), never 多 or 余,
    which after a counter begin words as often (三个多边机制 "three multilateral
    mechanisms")."""
    words = hedge_pattern(lang, meanings, after=True)
    if lang != "en":
        if not counter:
            return f"(?:{words})"
        longer = "|".join(w for w in words.split("|") if len(w) > 1)
        return f"(?:(?:{counter})?(?:{longer})|{words})"
    words = "|".join(w for w in words.split("|") if w != re.escape("+"))
    glued = r"|\+(?![\d+])" if any(h.word == "+" and (meanings is None or h.meaning in meanings)
                                   for h in HEDGES[lang]) else ""
    return rf"(?i:[\s-]+(?:{words})\b{glued})"


def _alternative(hedge: Hedge, lang: str) -> str:
    """The pattern of one hedge (see :func:`hedge_pattern`)."""
    if lang == "en":
        return r"\s+".join(re.escape(w) for w in hedge.word.split())
    guard = f"(?<![{hedge.not_after}])" if hedge.not_after else ""
    return guard + re.escape(hedge.word)
