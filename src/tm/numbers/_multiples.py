"""Multiples read as values, in English and Chinese (private): tenfold, doubled, 翻两番.

A translation of "grew tenfold" says 增至原来的10倍 or 增长到十倍; of "doubled",
翻了一番; of "quadrupled", 翻了两番.  Read here, on top of the recognizers:

* English *N*-fold with *N* a number word, written as one word or hyphenated:
  twofold, two-fold, tenfold, twelvefold, twentyfold, hundredfold,
  thousandfold = *N*, with the alternative *N* + 1 ("rose tenfold" is ×10 to most writers,
  +10× to some, as the Chinese 增长了十倍 is ×11).  "3-fold" needs nothing: the digit
  recognizer reads 3.
  Words that merely end in "fold" (manifold, unfold, sheepfold) are not read.
* The verbs double, triple, quadruple = 2, 3, 4: their inflected forms
  (doubled, doubles, doubling, tripled ...), the bare verb after *to* or a
  modal (*will double*, *is set to triple*), and the word before a determiner, as a verb
  or a predeterminer (*pays triple the sum insured*, *double the dose*, *costs double what
  it did*).  The adjective and the noun are
  not a multiple (*double-click*, *a double room*, *triple-A*): nothing is read.
* An English multiple said with a verb of increase ("increased (by) 3 times", "went up
  5x", "rose two times") is, like *N*-fold, ×*N* to most writers and +*N*× to some (the
  literal translation 增长了3倍 is ×4): the number keeps *N* and gets the alternative
  *N* + 1.  doubled / tripled and "three times as …" / "three times what …" state the
  size: ×*N* only.
* Halving: the verb halve (halved, halves, halving; the bare verb after *to* or a modal)
  and Chinese 减半, 砍半 are the fraction 1/2 (spelled), as "cut by half" and 减少了
  一半 are: "the deficit was halved" against 减少了三分之一 is reported.
* Chinese 翻N番 (翻一番, 翻了两番, 翻三番) = 2 to the power *N* (2, 4, 8): each
  番 is a doubling; 双倍 (double: 双倍积分 for "2x points") = 2.  *N*倍 is read by
  the recognizers (10倍 = 10, 三倍 = 3).

Every multiple is a spelled number (``spelled=True``): as with *twice*, an
unmatched one is forgiven unless the other side has a different number
instead (*quadrupled* / 翻了三番 is reported).
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

import regex

from tm.numbers import _numerals as N
from tm.numbers._base import Number
from tm.numbers._idioms_zh import without_all
from tm.numbers._lazy import lazy_re, lazy_regex

__all__ = ["WORDS_ONLY", "read_multiples"]

_FOLD_VALUES = {**N.EN_UNITS, **N.EN_TEENS, **N.EN_TENS, "hundred": 100, "thousand": 1000}
del _FOLD_VALUES["zero"]
_FOLD = lazy_re(r"(?i)\b(" + "|".join(sorted(_FOLD_VALUES, key=len, reverse=True))
                   + r")[-‐]?fold\b")
_VERB_VALUES = {"doubl": 2, "tripl": 3, "quadrupl": 4}
_VERB = lazy_regex(
    r"(?i)\b(doubl|tripl|quadrupl)(?:ed|es|ing)\b(?![-‐])"
    r"|(?<=\b(?i:to|will|would|could|can|may|might|should|must|shall|did)\s)"
    r"(doubl|tripl|quadrupl)e\b(?![-‐])"
    r"|\b(doubl|tripl|quadrupl)e(?=\s+(?:the|that|this|those|these|its|their|his|her|our"
    r"|your|my|what)\b)")
_FAN = lazy_re(r"翻了?([一二两三四五]|[1-5])番|(双)倍")
_HALVE = lazy_regex(
    r"(?i)\bhalv(?:ed|es|ing)\b(?![-‐])|(?<=\b(?i:to|will|would|could|can|may|might|should"
    r"|must|shall|did)\s)halve\b(?![-‐])")
_HALVE_ZH = lazy_re("减半|砍半")
_HALF = Decimal("0.5")

#: Text that may hold a multiple and nothing else a recognizer reads.
WORDS_ONLY = {"en": lazy_re(r"(?i)fold\b|doubl|tripl|quadrupl|halv"),
              "zh": lazy_re("番|双倍|减半|砍半")}


#: The words WORDS_ONLY["en"] needs, one of which a text must hold (casefolded, with the
#: dotless ı that re.I also takes for i): substring tests are cheaper than the pattern.
_EN_STEMS = ("fold", "doubl", "tripl", "quadrupl", "halv")


#: A verb of increase right before an English multiple (an adverb of hedge between):
#: "increased by", "went up", "rose", "has grown", "climbed" … (_times_after_a_rise).
_RISE_BEFORE = lazy_re(
    r"(?i)\b(?:increas(?:e|es|ed|ing)|r(?:ise|ises|ose|isen|ising)|gr(?:ow|ows|ew|own|owing)"
    r"|(?:go|goes|went|gone|going)\s+up|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?"
    r"|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|expand(?:s|ed|ing)?|boost(?:s|ed|ing)?"
    r"|multipl(?:y|ies|ied|ying))"
    r"(?:\s+by)?(?:\s+(?:about|around|nearly|almost|roughly|some|over|more\s+than))?\s+$")
#: What says a number is a multiple: "times" (not "times as"/"times what", which state
#: the size), or an x glued or after a space ("5x", "5 ×").
_TIMES_AFTER = lazy_re(r"(?i)\s*(?:times\b(?!\s+(?:as|what|that|the|more|higher|larger|bigger)\b)"
                       r"|[x×](?![A-Za-z\d]))")
#: How far before a multiple a verb of increase is looked for (characters).
_RISE_REACH = 40


def _times_after_a_rise(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* with each English multiple said with a verb of increase ("increased by 3
    times", "went up 5x") given the alternative N + 1, as an N-fold is."""
    out = []
    for n in numbers:
        if n.kind == "number" and not n.unit and n.value > 0 \
                and (n.text[-1:] in "xX×" or _TIMES_AFTER.match(text, n.end)) \
                and _RISE_BEFORE.search(text[max(0, n.start - _RISE_REACH):n.start]) \
                and n.value + 1 not in n.alternatives:
            n = dataclasses.replace(n, alternatives=(*n.alternatives, n.value + 1))
        out.append(n)
    return out


def read_multiples(text: str, numbers: list[Number], lang: str) -> list[Number]:
    """*numbers* (found in *text*) with the multiples of *text* read (order not kept)."""
    if lang == "en" and numbers and ("times" in text or "x" in text or "×" in text
                                     or "X" in text or "Times" in text):
        numbers = _times_after_a_rise(text, numbers)
    if lang == "en":
        folded = text.casefold().replace("ı", "i")
        if not any(stem in folded for stem in _EN_STEMS):
            return numbers
    if not WORDS_ONLY[lang].search(text):
        return numbers
    found = _english(text) if lang == "en" else _chinese(text)
    return without_all(numbers, [(n.start, n.end) for n in found]) + found


def _english(text: str) -> list[Number]:
    # "rose tenfold" is ×10 to most writers and +10× (×11) to some, as 增长了十倍 is: both
    out = [Number(Decimal(_FOLD_VALUES[m.group(1).lower()]), "number", m.start(), m.end(),
                  m.group(), True, "",
                  alternatives=(Decimal(_FOLD_VALUES[m.group(1).lower()] + 1),))
           for m in _FOLD.finditer(text)]
    for m in _VERB.finditer(text):
        stem = (m.group(1) or m.group(2) or m.group(3)).lower()
        out.append(Number(Decimal(_VERB_VALUES[stem]), "number", m.start(), m.end(),
                          m.group(), True, ""))
    out.extend(_half(m) for m in _HALVE.finditer(text))
    return out


def _half(m: re.Match[str] | regex.Match[str]) -> Number:
    """The fraction 1/2 of a word of halving (halved, 减半)."""
    return Number(_HALF, "fraction", m.start(), m.end(), m.group(), True, "")


def _chinese(text: str) -> list[Number]:
    out = [_half(m) for m in _HALVE_ZH.finditer(text)]
    for m in _FAN.finditer(text):
        if m.group(2):  # 双倍: twice the amount
            out.append(Number(Decimal(2), "number", m.start(), m.end(), m.group(), True, ""))
            continue
        times = N.ZH_DIGITS.get(m.group(1))
        times = int(m.group(1)) if times is None else times
        out.append(Number(Decimal(2 ** times), "number", m.start(), m.end(), m.group(), True,
                          ""))
    return out
