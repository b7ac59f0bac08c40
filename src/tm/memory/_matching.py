"""The fuzzy-match score of a translation memory, and the bounds that index it.

The score is the one CAT tools show: an edit-distance similarity in percent.

* Text is cut into *match tokens*: a Han or kana character is one token
  (Chinese is compared character by character), a run of letters/digits is one
  token (English is compared word by word; ``53.96`` and ``don't`` are one
  token).  Tokens are compared after NFKC and case folding; punctuation and
  whitespace are not tokens.  A text with no such token (``"..."``) falls back
  to its non-space characters, so it still matches itself.
* ``base = 100 * (1 - d / max(m, n))`` where ``d`` is the Levenshtein distance
  between the two token lists (unit costs) and ``m``, ``n`` their lengths.
* ``score = floor(base) - case - punct``: one point off when the tokens differ
  in case only (``Hello`` vs ``hello``), one point off when the punctuation
  differs (``,`` vs ``，``, a missing full stop).  So an exact match is 100, a
  case- or punctuation-only difference 99, both 98, and any changed word or
  character at most 99 before those deductions.  A differing symbol that
  carries meaning (a currency or percent sign, a sign before a number) counts
  as a changed token, not as punctuation (:func:`symbol_base`).

The index bound (:func:`length_window`) follows from the formula: with a
threshold ``t``, ``base >= t`` needs ``d <= (1 - t/100) * L`` with ``L = max(m, n)``;
every alignment keeps at least ``L - d`` tokens in common, so a candidate shares
at least ``ceil(t * m / 100)`` tokens (counted with multiplicity) with the query,
and ``|m - n| <= d`` bounds its length to ``[ceil(m t / 100), floor(100 m / t)]``.
The deductions only lower the score, so these bounds never drop a unit that
scores ``>= t``.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

import regex
from rapidfuzz.distance import Levenshtein

from tm._shared.script import HAN, HAN_RANGES, KANA, char_class
from tm.errors import UsageError

__all__ = [
    "QueryParts",
    "Scored",
    "analyse",
    "case_sets",
    "inner_tokens",
    "length_window",
    "match_tokens",
    "max_distance",
    "never_lower",
    "punctuation_skeleton",
    "score",
    "score_tokens",
    "symbol_base",
    "symbol_tokens",
]

_CJK = HAN + KANA  # written without spaces: one token per character
_TOKEN = regex.compile(
    rf"[{_CJK}]"                                  # one CJK character
    r"|\p{N}+(?:[.,]\p{N}+)*"                     # 2017, 53.96, 1,000
    rf"|[^\W{_CJK}]+(?:['’][^\W{_CJK}]+)*",       # words, don't, naïve
    regex.V1,
)
_SPACE = regex.compile(r"\s+")
# The same tokens for ASCII text (NFKC leaves ASCII alone, casefold is lower()):
# a number, else a run of word characters with inner apostrophes.  About twice
# as fast as the Unicode pattern; tests check both agree on every ASCII text.
_ASCII_TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*|\w+(?:'\w+)*", re.ASCII)
_ASCII_SPACE = re.compile(r"\s+", re.ASCII)
# The same patterns as one group: split() gives the tokens and what lies between them.
_SPLIT = regex.compile(f"({_TOKEN.pattern})", regex.V1)
_ASCII_SPLIT = re.compile(f"({_ASCII_TOKEN.pattern})", re.ASCII)


def match_tokens(text: str, *, fold: bool = True) -> list[str]:
    """Return the tokens *text* is scored on (case-folded unless ``fold=False``).

    Words for alphabetic scripts, single characters for Han and kana, NFKC
    normalized (full-width ``２０１７`` equals ``2017``).  A text without any
    word or character falls back to its non-space characters.
    """
    if text.isascii():
        norm = text.lower() if fold else text
        tokens: list[str] = _ASCII_TOKEN.findall(norm)
        if not tokens:
            tokens = [c for c in norm if not c.isspace()]
        return tokens
    norm = unicodedata.normalize("NFKC", text)
    if fold:
        norm = norm.casefold()
    tokens = _TOKEN.findall(norm)
    if not tokens:
        tokens = [c for c in norm if not c.isspace()]
    return tokens


def inner_tokens(piece: str, *, open_left: bool, open_right: bool,
                 fold: bool = True) -> list[str]:
    """The match tokens of *piece* (a part of a longer text), folded unless *fold* is False.

    A token touching an *open* end is left out: the text goes on there with
    something that may continue the token (``abc`` of ``abc123`` when ``123`` is
    cut off), so only the tokens inside are certain to be tokens of the whole
    text too.  A piece of punctuation alone has no token (no character fallback).
    (Unfolded tokens may split differently where folding changes a length, ß -> ss;
    callers compare the two lists only when they are as long.)
    """
    if piece.isascii():
        norm = piece.lower() if fold else piece
        found = [(m.start(), m.end(), m.group()) for m in _ASCII_TOKEN.finditer(norm)]
    else:
        norm = unicodedata.normalize("NFKC", piece)
        norm = norm.casefold() if fold else norm
        found = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(norm)]
    if found and open_left and found[0][0] == 0:
        found = found[1:]
    if found and open_right and found[-1][1] == len(norm):
        found = found[:-1]
    return [token for _, _, token in found]


def analyse(text: str) -> tuple[list[str], set[str], str]:
    """``(match_tokens(text), never_lower(text, tokens), punctuation_skeleton(text))``.

    What the writer needs of every text it stores, computed with one split of
    the text where that gives the same answer (a property test checks that it
    always equals the three functions): the tokens and the punctuation between
    them come out of one pass, and the text is normalized and folded once.
    Chinese prose (ideographs and punctuation only) is read with two searches
    and no normalization (:func:`_han_prose`).
    """
    if text.isascii():
        parts = _ASCII_SPLIT.split(text)
        raw = parts[1::2]
        if not raw:
            return _analyse_slowly(text)
        skeleton = _ASCII_SPACE.sub("", "".join(parts[::2]))
        low = text.lower()
        if low == text:
            return raw, set(), skeleton
        # re.ASCII: lowering keeps every character a word character or not, so the
        # tokens of the lowered text are the lowered tokens (no second search).
        folded: list[str] = list(map(str.lower, raw))
    else:
        prose = _han_prose()
        if prose.text.fullmatch(text) and (tokens := prose.han.findall(text)):
            return tokens, set(), prose.skeleton.sub("", text)
        norm = unicodedata.normalize("NFKC", text)
        if norm == text:
            parts = _SPLIT.split(text)
            raw = parts[1::2]
            skeleton = _SPACE.sub("", "".join(parts[::2]))
        else:
            raw = _TOKEN.findall(norm)
            skeleton = punctuation_skeleton(text)
        if not raw:
            return _analyse_slowly(text)
        low = norm.casefold()
        if low == norm:
            return raw, set(), skeleton
        folded = _TOKEN.findall(low)
        if not folded:
            return _analyse_slowly(text)
        if [t.casefold() for t in raw] != folded:
            return folded, set(), skeleton
    upper = {f for r, f in zip(raw, folded, strict=True) if r != f}
    return folded, {t for t in upper if t not in raw}, skeleton


class _HanProse(NamedTuple):
    """Patterns of :func:`analyse`'s fast path for Chinese prose (see :func:`_han_prose`)."""

    text: re.Pattern[str]  #: a text made of such characters only
    han: re.Pattern[str]  #: one Han ideograph NFKC leaves alone (a token)
    skeleton: re.Pattern[str]  #: what punctuation_skeleton removes of such a text


@functools.cache
def _han_prose() -> _HanProse:
    """The fast path of :func:`analyse` for a text of Han ideographs and inert characters.

    Chinese prose is written with full-width punctuation (``，：；？！（）``)
    that NFKC turns into ASCII, so almost no Chinese text is NFKC-stable and
    the general path normalizes it, searches it for tokens and searches it again
    for its skeleton.  For a text made only of

    * Han ideographs of the ranges NFKC leaves alone (every range of
      :data:`HAN_RANGES` but the compatibility ideographs), each a token, and
    * *inert* characters: no token, not a mark, and whose NFKC holds no token
      character, no mark and nothing case folding changes (punctuation,
      symbols, spaces: ``，`` becomes ``,``, U+3000 a space),

    NFKC maps each character on its own (no mark, so nothing composes or
    reorders), the normalized text's tokens are its ideographs in order and
    none has case, and the skeleton is the text less its ideographs and
    white space: :func:`analyse` reads all three with two searches.  The
    inert characters are found once per process in the Basic Multilingual
    Plane (:func:`_inert_points`, about 30 ms with the patterns); rarer ones
    take the general path, with the same result.
    """
    stable = [r for r in HAN_RANGES
              if unicodedata.is_normalized("NFKC", "".join(map(chr, range(r[0], r[1] + 1))))]
    inert = _inert_points()
    space = [cp for cp in inert if _SPACE.fullmatch(chr(cp))]
    han = char_class(stable)
    return _HanProse(re.compile(f"[{han}{char_class(_runs(inert))}]*"), re.compile(f"[{han}]"),
                     re.compile(f"[{han}{char_class(_runs(space))}]+"))


#: One character a token of :data:`_TOKEN` may start with: a CJK character, a digit or a
#: word character (its three alternatives' first characters; each of them is a token alone).
_TOKEN_CHAR = regex.compile(rf"[{_CJK}\p{{N}}\w]", regex.V1)


def _inert_points() -> list[int]:
    """The code points of the Basic Multilingual Plane that are :func:`_inert`, ascending.

    The same as testing each one (tests/memory/test_text_analysis.py), in a third of
    the time: every process that stores or looks up Chinese text computes it (the
    bulk build's helper too).  A character alone is a token exactly when it is a
    :data:`_TOKEN_CHAR`, so one search of the whole plane drops the tokens (four
    fifths of it), and a character NFKC leaves as it is needs only its case tested.
    """
    plane = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    return [ord(char) for char in _TOKEN_CHAR.sub("", plane) if _inert_non_token(char)]


def _inert_non_token(char: str) -> bool:
    """:func:`_inert` of a character that is no token alone (not a :data:`_TOKEN_CHAR`)."""
    if _is_mark(char):
        return False
    norm = unicodedata.normalize("NFKC", char)
    if norm == char:
        return char.casefold() == char
    return not _TOKEN.search(norm) and norm.casefold() == norm and not any(map(_is_mark, norm))


def _inert(char: str) -> bool:
    """A character :func:`_han_prose` may skip: no token, no mark, no case, before or after NFKC."""
    if (0xD800 <= ord(char) <= 0xDFFF or _TOKEN.search(char) or _is_mark(char)):
        return False
    norm = unicodedata.normalize("NFKC", char)
    return not _TOKEN.search(norm) and norm.casefold() == norm and not any(map(_is_mark, norm))


def _is_mark(char: str) -> bool:
    return unicodedata.combining(char) != 0 or unicodedata.category(char).startswith("M")


def _runs(points: Sequence[int]) -> list[tuple[int, int]]:
    """Ascending code points as (first, last) runs of consecutive ones."""
    runs: list[tuple[int, int]] = []
    for cp in points:
        if runs and runs[-1][1] == cp - 1:
            runs[-1] = (runs[-1][0], cp)
        else:
            runs.append((cp, cp))
    return runs


def _analyse_slowly(text: str) -> tuple[list[str], set[str], str]:
    """:func:`analyse` of a text without a word or character token (rare)."""
    folded = match_tokens(text)
    return folded, never_lower(text, folded), punctuation_skeleton(text)


def case_sets(text: str, folded: Sequence[str]) -> tuple[set[str], set[str]]:
    """``(never lower, always lower)``: folded tokens of *text* by how they are written.

    The first set holds the tokens none of whose occurrences is written as
    its folded form (``Sentence``), the second those all of whose occurrences
    are.  Both are empty unless the unfolded tokens fold one by one onto
    *folded* (``match_tokens(text)``): only then is the case deduction of
    :func:`finish_parts` a comparison of the same token positions.
    """
    raw = _unfolded(text, folded)
    if raw is None:
        return set(), set(folded)
    if not raw:
        return set(), set()
    upper = {f for r, f in zip(raw, folded, strict=True) if r != f}
    return {t for t in upper if t not in raw}, set(folded) - upper


def never_lower(text: str, folded: Sequence[str]) -> set[str]:
    """The first set of :func:`case_sets` alone (what a stored text records; cheaper)."""
    raw = _unfolded(text, folded)
    if not raw:
        return set()
    upper = {f for r, f in zip(raw, folded, strict=True) if r != f}
    return {t for t in upper if t not in raw}


def _unfolded(text: str, folded: Sequence[str]) -> list[str] | None:
    """Unfolded tokens of *text*; None: no letter has case; []: they do not fold onto *folded*."""
    if text.isascii():
        if text.lower() == text:
            return None
        # ASCII: the tokens of the lowered text are the lowered tokens (match_tokens).
        return _ASCII_TOKEN.findall(text) or [c for c in text if not c.isspace()]
    norm = unicodedata.normalize("NFKC", text)
    if norm.casefold() == norm:
        return None
    raw: list[str] = _TOKEN.findall(norm) or [c for c in norm if not c.isspace()]
    return raw if [t.casefold() for t in raw] == list(folded) else []


def punctuation_skeleton(text: str) -> str:
    """Return the punctuation and symbols of *text* in order (no tokens, no spaces).

    Two texts with equal tokens but different skeletons differ "in punctuation
    only"; the score takes one point off for that.
    """
    if text.isascii():
        return _ASCII_SPACE.sub("", _ASCII_TOKEN.sub("", text))
    return _SPACE.sub("", _TOKEN.sub("", text))


def length_window(m: int, threshold: int) -> tuple[int, int]:
    """Return the token lengths ``(lo, hi)`` a unit may have to reach *threshold*.

    *m* is the query's token count and *threshold* a whole percentage in
    ``1..100``.  ``lo`` is also the least number of tokens (with multiplicity)
    any such unit shares with the query (see the module docstring).
    """
    if not 1 <= threshold <= 100:
        raise UsageError(f"threshold must be in 1..100, got {threshold}")
    lo = (m * threshold + 99) // 100
    hi = (m * 100) // threshold
    return lo, hi


def max_distance(m: int, n: int, threshold: int) -> int:
    """Return the largest token edit distance that still scores ``>= threshold``."""
    longest = max(m, n)
    return (longest * (100 - threshold)) // 100


def score_tokens(query: Sequence[object], candidate: Sequence[object],
                 threshold: int = 0) -> float | None:
    """Return ``base`` for two token lists, or ``None`` when it is below *threshold*.

    Uses rapidfuzz's bit-parallel Levenshtein with a cut-off, so rejecting a
    candidate costs about as much as reading it.
    """
    longest = max(len(query), len(candidate))
    if longest == 0:
        return 100.0
    limit = max_distance(len(query), len(candidate), max(threshold, 0))
    dist = Levenshtein.distance(query, candidate, score_cutoff=limit)
    if dist > limit:
        return None
    return 100.0 * (longest - dist) / longest


class Scored:
    """The parts of a score: ``base`` similarity and the case/punctuation deductions."""

    __slots__ = ("base", "case", "punct")

    def __init__(self, base: float, case: int, punct: int) -> None:
        self.base = base
        self.case = case
        self.punct = punct

    @property
    def value(self) -> int:
        """The score a user sees: ``floor(base) - case - punct`` (never below 0)."""
        return max(0, math.floor(self.base + 1e-9) - self.case - self.punct)


def score(query: str, candidate: str) -> Scored:
    """Score *candidate* against *query* with the formula of this module.

    >>> score("In 2016, sales grew.", "In 2016, sales grew.").value
    100
    >>> score("In 2016, sales grew.", "in 2016, sales grew.").value
    99
    >>> score("In 2016, sales grew.", "In 2016 sales grew").value
    99
    >>> score("In 2016, sales grew.", "In 2017, sales grew.").value
    75
    """
    folded_q, folded_c = match_tokens(query), match_tokens(candidate)
    base = score_tokens(folded_q, folded_c)
    assert base is not None
    return finish(query, candidate, base, folded_q, folded_c)


def finish(query: str, candidate: str, base: float,
           folded_q: Sequence[str], folded_c: Sequence[str]) -> Scored:
    """Add the case and punctuation deductions to an already computed *base*."""
    return finish_parts(query_parts(query), candidate, base, folded_q, folded_c)


class QueryParts(NamedTuple):
    """What :func:`finish` needs of the query, computed once per lookup."""

    raw: list[str]  #: its unfolded match tokens
    skeleton: str  #: its punctuation (:func:`punctuation_skeleton`)
    text: str  #: the query itself (its meaning symbols, :func:`symbol_base`)


def query_parts(query: str) -> QueryParts:
    """What :func:`finish` needs of the query: its unfolded tokens and its punctuation."""
    return QueryParts(match_tokens(query, fold=False), punctuation_skeleton(query), query)


def finish_parts(parts: QueryParts, candidate: str, base: float,
                 folded_q: Sequence[str], folded_c: Sequence[str]) -> Scored:
    """:func:`finish` with the query's parts computed once (a lookup scores many candidates)."""
    raw_q, skeleton_q, query = parts
    raw_c = match_tokens(candidate, fold=False)
    if raw_q == raw_c:
        case = 0
    elif len(raw_q) != len(folded_q) or len(raw_c) != len(folded_c):
        case = 0  # case folding changed the tokenization (rare: ß -> ss); no deduction
    else:
        case = int(Levenshtein.distance(raw_q, raw_c) > Levenshtein.distance(folded_q, folded_c))
    skeleton_c = punctuation_skeleton(candidate)
    if skeleton_q == skeleton_c:
        return Scored(base, case, 0)
    return Scored(symbol_base(query, candidate, base), case, 1)


def symbol_base(query: str, candidate: str, base: float) -> float:
    """*base*, lowered when the two texts differ in a symbol that carries meaning.

    Most punctuation only shapes a sentence (``.`` vs ``。``, a comma), and a
    difference in it costs the one punctuation point.  A currency sign, a
    percent, per-mille or degree sign, and a sign or comparison written before a
    number (:data:`_MEANING_SYMBOL`) change what the text says: ``The price is
    €5.`` against ``The price is $5.``, ``-30 days`` against ``30 days``,
    ``x < 5`` against ``x > 5`` are the same words, and a translation of one
    is wrong for the other.  So each such symbol counts as a token here: the
    base is the lesser of *base* and the similarity of the two token lists with
    the symbols in place (never higher, so the index's bounds, which know
    tokens only, still hold).  Compared after NFKC, so a full-width ``＄`` or
    ``％`` is its half-width form, as tokens are.  Asked only when the texts'
    punctuation differs (every such symbol is punctuation).
    """
    with_symbols_q = symbol_tokens(query)
    with_symbols_c = symbol_tokens(candidate)
    if _symbols(with_symbols_q) == _symbols(with_symbols_c):
        return base
    lowered = score_tokens(with_symbols_q, with_symbols_c)
    return base if lowered is None else min(base, lowered)


@functools.lru_cache(maxsize=64)
def symbol_tokens(text: str) -> tuple[str, ...]:
    """The match tokens of *text* with its meaning symbols in place (:func:`symbol_base`).

    Cached for the query, which every candidate of a lookup is compared with.
    """
    norm = unicodedata.normalize("NFKC", text).casefold()
    return tuple(_SIGNS.get(found, found) for found in _SYMBOL_OR_TOKEN.findall(norm))


def _symbols(tokens: Sequence[str]) -> list[str]:
    return [token for token in tokens if _MEANING.fullmatch(token)]


#: A symbol whose difference changes the meaning of a text (see :func:`symbol_base`): a
#: currency sign (Unicode category Sc), the percent family and the degree sign, and a sign
#: or comparison before a number (not right after a digit or a letter of a spaced script, nor
#: after a number and spaces: the hyphen of ``COVID-19`` and the dash of ``3-5`` or ``3 - 5``
#: are no sign; Chinese writes a sign right after a character: ``降到-3度``).
_MEANING_SYMBOL = (r"[\p{Sc}%‰‱°]"
                   rf"|(?<![^\W{_CJK}])(?<!\p{{N}}\s*)[-+−±<>≤≥≠≈=](?=\s*\p{{N}})")
_MEANING = regex.compile(r"[\p{Sc}%‰‱°+−±<>≤≥≠≈=-]", regex.V1)
_SYMBOL_OR_TOKEN = regex.compile(f"{_MEANING_SYMBOL}|{_TOKEN.pattern}", regex.V1)
#: The minus sign and the hyphen-minus are one sign (NFKC keeps U+2212 apart).
_SIGNS = {"\u2212": "-"}

