"""Figures given to the wrong noun of two (private to the numbers check).

"Five engineers fixed 23 bugs" → 23名工程师修复了5个缺陷 holds every figure, and gives each to
the other noun; so do "12 towns and 186 villages" → 186个镇、12个村 and "30 tons of rice and 8
tons of medicine" → 8吨大米和30吨药品.  The dictionary (CC-CEDICT through tm.glossary) names
the nouns across the languages: each figure's words are the words right beside it — in
English the first content words after it (the noun it counts: "23 bugs", "30 tons of
rice", "366 meters long") and the label right before it ("Room 412", "ext. 3380"); in
Chinese the word after it and its measure word (23名工程师, 8吨大米, 3380室) and the word right
before it (分机412, 长51米).

A figure is given to another noun when the swap is witnessed: an English figure's word is
a gloss of the words of the Chinese figure of another value, not of those of its own
Chinese figure (which has words of its own).  Nothing is said where the dictionary names
no word, where a value is written twice on a side, or where the words meet either way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache

from tm._shared.script import has_han
from tm.glossary import STOP, english_keys, stem, word_senses
from tm.numbers import Number

__all__ = ["swapped_nouns"]

#: The longest Chinese word looked up beside a figure (characters).
_LONGEST = 4
#: Characters that begin no noun of a figure: particles, verbs of being and prepositions.
_NOT_A_NOUN = frozenset("了的是在有和与及至到约近共第为、，。；：")
#: English words between a figure and the noun it counts.
_PASS = frozenset({"the", "a", "an", "of", "new", "more", "other", "extra", "additional",
                   "small", "large", "big", "young", "old", "full", "main"})
#: The most English nouns of a figure: its own, and one after "of" (3 cups of water).
_NOUNS = 2
#: The fewest characters of a Chinese word before a figure that may label it (分机412).
_LABEL = 2
#: A figure joined to another as a pair: a score, a ratio, a tally (3-1, 3:1, 3比1, 3 to 1).
_PAIR_AFTER = re.compile(r"\s?(?:[-–—:：比对]|to )\s?\d")
_PAIR_BEFORE = re.compile(r"\d\s?(?:[-–—:：比对]| to)\s?$")
#: The senses of a Chinese word read (CC-CEDICT gives the commonest first).
_SENSES = 4
#: A figure that counts: digits, or a cardinal number word (not "doubled", "first", "once").
_CARDINAL = re.compile(r"(?i)[-−]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten"
                       r"|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy"
                       r"|eighty|ninety|a hundred|hundred|a dozen|dozen)\b")
_WORD_EN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[^\sA-Za-z\d]")
#: The kinds of figure that count things or measure them.
_KINDS = frozenset({"number"})
#: A bracketed qualifier of a gloss, and the marks between the phrases of one sense.
_BRACKETED = re.compile(r"\([^)]*\)")
_GLOSS_SPLIT = re.compile(r"[;,/]")
#: A preposition that opens what follows a gloss's head noun.
_POSTMODIFIER = re.compile(r" (?:of|in|for|on|at|with|from|to|by|used|that|which) ")


def swapped_nouns(source: str, ours: Sequence[Number], target: str,
                  theirs: Sequence[Number]) -> list[tuple[Number, Number]]:
    """(English figure, Chinese figure) for each figure of the English *source* (numbers
    *ours*) that the Chinese *target* (numbers *theirs*) gives to another noun, the Chinese
    figure of that value being the one returned; [] when no swap is witnessed."""
    english = _by_value(source, ours)
    chinese = _by_value(target, theirs)
    if len(english) < 2 or len(chinese) < 2 or set(english) != set(chinese):
        return []
    words_zh = {v: _words_zh(target, n) for v, n in chinese.items()}
    found = []
    for value, n in english.items():
        after, label = _words_en(source, n)
        if not after and not label:
            continue
        own = words_zh[value]
        if not _said(own):
            continue
        if _names(after, label, own):
            continue
        if any(_names(after, label, words) for other, words in words_zh.items()
               if other != value):
            found.append((n, chinese[value]))
    return found


def _said(words: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """True when a Chinese figure names its own noun: a word after it that is more than a
    measure word (由18支球队扩军至20支: the 20's 支 says the teams once more), or a label."""
    after, before = words
    return bool(before) or len(after) > 1 or (len(after) == 1 and len(after[0]) > 1)


def _names(after: frozenset[str], label: frozenset[str],
           words: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """True when the English words of a figure (the noun *after* it, the *label* before it)
    are glosses of the Chinese *words* of a figure (those after it, those before it): the
    noun after meets the words after, a label either."""
    after_zh, before_zh = words
    return bool(after & _keys(after_zh)) or bool(label & _keys(after_zh + before_zh))


def _by_value(text: str, numbers: Sequence[Number]) -> dict[Decimal, Number]:
    """The figures of *text* counting or measuring something, by value; a value written
    twice on a side is left out (which of its figures is which cannot be told), and so is a
    figure of a pair (a score, a ratio: 3-1, 3比1), whose names are the pair's."""
    seen: dict[Decimal, Number] = {}
    twice: set[Decimal] = set()
    for n in numbers:
        if n.kind not in _KINDS or n.latent or (n.spelled and not has_han(n.text)
                                                 and not _CARDINAL.match(n.text)) \
                or _PAIR_AFTER.match(text, n.end) or _PAIR_BEFORE.search(
                    text, max(0, n.start - 4), n.start):
            continue
        if n.value in seen:
            twice.add(n.value)
        seen[n.value] = n
    return {v: n for v, n in seen.items() if v not in twice}


def _words_en(text: str, n: Number) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the words of an English figure: the noun it counts, the first word
    after it past determiners and a few adjectives ("23 bugs", "5 new engineers"), with the
    noun after "of" ("3 cups of water"; after a measure read with the figure, that noun
    only: "30 tons of rice"); and a label right before it, capitalized or abbreviated
    ("Room 412", "ext. 3380").  A verb or a preposition after it ("70 need", "35 with")
    names nothing.  The noun's stems, and the label's."""
    nouns: list[str] = []
    wants_of = bool(n.unit)  # 30 tons of rice: the noun is after "of"
    for m in _WORD_EN.finditer(text, n.end, min(len(text), n.end + 60)):
        token, word = m.group(), m.group().lower()
        if not token[0].isalpha():
            break
        if wants_of:
            if word != "of":
                break
            wants_of = False
            continue
        if word in _PASS:
            continue
        if word in STOP:
            break
        nouns.append(stem(word))
        if len(nouns) == _NOUNS or not text.startswith(" of ", m.end()):
            break
        wants_of = True
    label: list[str] = []
    before = _WORD_EN.findall(text[max(0, n.start - 30):n.start])
    dotted = bool(before) and before[-1] == "."
    if dotted:
        before.pop()
    if before and before[-1][0].isalpha() and before[-1].lower() not in STOP \
            and (dotted or before[-1][0].isupper()):
        label.append(stem(before[-1].lower()))
    return frozenset(nouns), frozenset(label)


def _words_zh(text: str, n: Number) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of a Chinese figure: the dictionary words after it (a measure word of one
    character and the word after it: 23名工程师, 3杯水) and a word of two characters or more
    right before it (分机412)."""
    at = n.end
    while at < len(text) and text[at] == " ":
        at += 1
    after = []
    word = _longest(text, at, forward=True)
    if word:
        after.append(word)
        if len(word) == 1:
            word = _longest(text, at + 1, forward=True)
            if word:
                after.append(word)
    before = _longest(text, n.start, forward=False)
    return tuple(after), (before,) if len(before) >= _LABEL else ()


def _longest(text: str, at: int, *, forward: bool) -> str:
    """The longest dictionary word that begins (*forward*) or ends at *at*, or ""."""
    for size in range(_LONGEST, 0, -1):
        word = text[at:at + size] if forward else text[max(0, at - size):at]
        if len(word) == size and word[0 if forward else -1] not in _NOT_A_NOUN \
                and word_senses(word):
            return word
    return ""


@lru_cache(maxsize=4096)
def _gloss_keys(word: str) -> frozenset[str]:
    """The stems of the head nouns of *word*'s glosses: a gloss phrase names its last word
    ("team member" is a member, not a team; review32 R-7), or the last before a preposition
    ("seat in a legislative assembly", "piece of paper"); bracketed qualifiers ("(ball
    sports) player") are no part of it."""
    heads = []
    for sense in word_senses(word)[:_SENSES]:
        for phrase in _GLOSS_SPLIT.split(_BRACKETED.sub(" ", sense)):
            words = _POSTMODIFIER.split(f" {phrase.strip()} ", maxsplit=1)[0].split()
            if words:
                heads.append(words[-1])
    return english_keys(" ".join(heads))


def _keys(words: tuple[str, ...]) -> frozenset[str]:
    """The English stems the dictionary glosses *words* with."""
    return frozenset().union(*(_gloss_keys(w) for w in words)) if words else frozenset()
