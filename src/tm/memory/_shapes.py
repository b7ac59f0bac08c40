"""Punctuation and case per text length: deductions a lookup can prove in bulk (private).

A score is ``floor(base) - case - punct`` (:mod:`tm.memory._matching`).  The
index bounds ``base`` only, so when 200,000 templated sentences ("Sentence
number N about factories.") all score 79 against a query without the full
stop (punctuation) or with the first word in lower case (case), a lookup
could not prove that no unit reaches 80 without scoring all of them.  So
each text also adds to three kinds of *pseudo-terms* in the length
histograms (``term_lengths``; occurrence number 0, which no real term has):

* ``ALL``: every text, per length (how many texts there are);
* its **punctuation skeleton** (a CRC-32 of :func:`punctuation_skeleton`):
  when no text of length ``n`` has the query's skeleton, every text of that
  length loses the punctuation point (a CRC collision only loses pruning);
* each token **never written in lower case** in it (``Sentence``): when every
  text of length ``n`` has such a token ``t`` that the query writes only in
  lower case, no unfolded occurrence of ``t`` can match, so a hit either
  loses the case point or its best alignment leaves ``t`` unmatched, which
  costs a whole token: with ``F <= f`` shared tokens, ``base <= 100 (f-1)/M``.
  Hence every hit whose base exceeds that loses a point, and nothing of the
  batch scores above ``floor(100 f/M) - 1`` (``M = max(m, n) <= 100``).

Counts of removed units stay until ``optimize()``; they can only make a
length look more varied, which loses pruning, never a match.  A memory
whose ``meta`` lacks ``shapes = 1`` (made before these counts) is not pruned.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tm.memory._backend import Connection
from tm.memory._index import MAX_LEN, Index, term_of
from tm.memory._matching import case_sets, punctuation_skeleton

__all__ = ["Cut", "Shapes", "has_shapes", "shape_columns", "shape_terms", "shapes_of"]

#: Pseudo-token of "every text" (vocabulary ids start at 1).
ALL = 0
#: Skeleton pseudo-tokens: this bit plus a CRC-32 (vocabulary ids are 32-bit).
_SKELETON = 1 << 33
#: Longest text (tokens) for which one token is worth at least one point.
_MAX_TOKENS = 100
_EPS = 1e-9


def shape_terms(skeleton: str, upper: set[str], folded: Sequence[str],
                ids: Sequence[int]) -> list[int]:
    """The pseudo-tokens one text counts under (see the module docstring), from its
    skeleton and tokens never written in lower case (:func:`tm.memory._matching.analyse`
    computes both with the tokens)."""
    if not upper:
        return shapes_of(zlib.crc32(skeleton.encode()), ())
    return shapes_of(zlib.crc32(skeleton.encode()),
                     {i for tok, i in zip(folded, ids, strict=True) if tok in upper})


def shapes_of(skeleton_crc: int, upper_ids: Iterable[int]) -> list[int]:
    """:func:`shape_terms` from the CRC-32 of the skeleton and the ids of the tokens never
    written in lower case (each once)."""
    return [ALL, _SKELETON | skeleton_crc, *upper_ids]


def shape_columns(skeleton_crcs: Sequence[int]) -> list[list[int]]:
    """:func:`shapes_of` of many texts without their tokens never written in lower case:
    one column per kind of pseudo-token, one item per text (a bulk import counts
    them with numpy, :meth:`tm.memory._postings.PostingBuffer.add_many`)."""
    return [[ALL] * len(skeleton_crcs), [_SKELETON | crc for crc in skeleton_crcs]]


def has_shapes(conn: Connection) -> bool:
    """True when every text of the memory was counted (``meta`` ``shapes = 1``)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'shapes'").fetchone()
    return row is not None and row[0] == "1"


@dataclass(frozen=True)
class Cut:
    """Points every hit of a batch loses: ``punct``, plus ``case`` when ``base > above``."""

    punct: int = 0
    case: int = 0
    above: float = math.inf

    def of(self, base: float) -> int:
        """The deduction a hit with *base* certainly gets."""
        return self.punct + (self.case if base > self.above + _EPS else 0)

    @property
    def top(self) -> int:
        """The deduction of the batch's best possible score."""
        return self.punct + self.case


NONE = Cut()


class Shapes:
    """The deductions a query can prove per text length (from the pseudo-term counts)."""

    def __init__(self, index: Index, query: tuple[str, Sequence[str], Sequence[int]],
                 lang: int, window: tuple[int, int]) -> None:
        text, folded, ids = query
        lo, hi = window
        _, lower = case_sets(text, folded)
        lower_ids = sorted({i for tok, i in zip(folded, ids, strict=True)
                            if tok in lower and i > 0})
        skeleton = term_of(_SKELETON | zlib.crc32(punctuation_skeleton(text).encode()), lang, 0)
        self._all = term_of(ALL, lang, 0)
        self._lang = lang
        self._skeleton = skeleton
        self._upper = [term_of(i, lang, 0) for i in lower_ids]
        self.counts = index.lengths([self._all, skeleton, *self._upper], lo, hi)
        # excludes() reads these counts: a token it is asked about that is not
        # always lower case in the query has none here, so it never excludes by it.

    def excludes(self, n: int, lower_ids: Sequence[int]) -> bool:
        """True when no text of length *n* has the query's punctuation skeleton, or every
        text of that length writes one of the tokens *lower_ids* (vocabulary ids) only
        with a capital (:mod:`tm.memory._adapted` wants both written as in the query)."""
        total = self.counts.get(self._all, {}).get(n, 0)
        if not total or n >= MAX_LEN:
            return False
        if not self.counts.get(self._skeleton, {}).get(n, 0):
            return True
        return any(self.counts.get(term_of(i, self._lang, 0), {}).get(n, 0) == total
                   for i in lower_ids)

    def cut(self, n: int, m: int, best: float) -> Cut:
        """The deductions of hits of length *n* sharing at most ``best * M / 100`` tokens."""
        total = self.counts.get(self._all, {}).get(n, 0)
        if not total or n >= MAX_LEN:
            return NONE
        punct = int(not self.counts.get(self._skeleton, {}).get(n, 0))
        longest = max(m, n)
        case = int(longest <= _MAX_TOKENS and any(
            self.counts.get(term, {}).get(n, 0) == total for term in self._upper))
        return Cut(punct, case, best - 100.0 / longest)
