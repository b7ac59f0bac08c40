"""The top *limit* matches of a lookup, without scoring every hit (private).

A lookup may verify thousands of units at the same base similarity (20,000
sentences "Sentence number N about factories." all score 80 against one of
them), yet returns five.  :class:`Ranker` keeps the best *limit* distinct
translation pairs in a heap, so each hit costs ``O(log limit)``, and scores a
hit (fetching its unit, computing the case and punctuation deductions) only
when it could still enter the top: a hit's **optimistic key** is the best rank
it could possibly get from what the index already knows (its score is at most
``floor(base)``, it may be trusted, it is in context only if exact), and hits
are offered best-optimistic-first, so once the current *limit*-th match ranks
before a hit's optimistic key, neither that hit nor any later one can enter.

Ranks sort ascending: ``(-score, -in_context, -base, -trusted, -unit id,
side)``: higher score first, then in-context, higher base, trusted, newest.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Sequence

from tm.model import Unit

__all__ = ["Hit", "Rank", "Ranker", "better", "bound_key", "optimistic_key"]

#: ``(unit id, side, base)``: a verified hit of the index.
Hit = tuple[int, int, float]
Rank = tuple[float, ...]
#: What scoring one hit gives: its rank, the unit (query direction) and its trust.
Scored = tuple[Rank, Unit, bool]
_EPS = 1e-9
#: Most hits scored per database round trip (batches grow from 8 while ranking goes on).
_MAX_BATCH = 256


def better(a: Rank | None, b: Rank | None) -> Rank | None:
    """The better (smaller) of two optional bounds; None stands for "nothing"."""
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def optimistic_key(hit: Hit, deduct: int = 0) -> Rank:
    """The best rank *hit* could get: ``floor(base) - deduct``, trusted, in context if exact."""
    uid, side, base = hit
    return bound_key(base, uid, side, deduct)


def bound_key(base: float, uid: float = math.inf, side: int = 0, deduct: int = 0) -> Rank:
    """The best rank of any hit with base at most *base*, unit id at most *uid*.

    *deduct*: points every such hit is known to lose (punctuation, case;
    :mod:`tm.memory._shapes`).
    """
    exact = base >= 100 - _EPS and not deduct
    return (-(math.floor(base + _EPS) - deduct), -1.0 if exact else 0.0, -base, -1.0,
            -uid, side)


class Ranker:
    """The best *limit* distinct (source, target) pairs among the hits offered so far.

    *score* turns a batch of hits into their :data:`Scored` results (None for
    a hit that does not qualify: removed unit, other region, score below the
    minimum).  ``scored`` counts the hits it was asked to score.
    """

    def __init__(self, limit: int, score: Callable[[Sequence[Hit]], list[Scored | None]],
                 batch: int = 8) -> None:
        self.limit = limit
        self._score = score
        self._batch = batch
        self._best: dict[tuple[str, str], Scored] = {}
        self._heap: list[tuple[tuple[float, ...], tuple[str, str]]] = []  # negated ranks
        self.scored = 0

    def kth(self) -> Rank | None:
        """The rank of the *limit*-th best pair, or None while fewer are known."""
        if len(self._best) < self.limit:
            return None
        self._drop_stale()
        return tuple(-x for x in self._heap[0][0])

    def beats(self, key: Rank) -> bool:
        """True when the top *limit* are certain to rank before anything with *key* or worse."""
        kth = self.kth()
        return kth is not None and kth < key

    def offer(self, hits: Sequence[Hit], deduct: Callable[[float], int] = lambda _: 0,
              key: Callable[[Hit], Rank] | None = None,
              score: Callable[[Sequence[Hit]], list[Scored | None]] | None = None) -> None:
        """Score, best-optimistic-first, the hits that can still enter the top.

        *deduct* gives the points a hit with a given base certainly loses;
        *key*, when given, is the optimistic key instead, and *score* the
        scoring (hits whose score is not bounded by their base: adapted
        matches, :mod:`tm.memory._adapted`).
        The hits are heapified (linear) and popped only while one may enter,
        so *h* hits cost ``O(h + p log h)`` for the *p* popped, and each kept
        pair ``O(log limit)``.
        """
        heap = [(key(hit) if key is not None else optimistic_key(hit, deduct(hit[2])), hit)
                for hit in hits]
        heapq.heapify(heap)
        size = self._batch
        while heap:
            if self.beats(heap[0][0]):
                return
            batch = [heapq.heappop(heap)[1] for _ in range(min(size, len(heap)))]
            size = min(size * 2, _MAX_BATCH)  # still going: fetch more per query
            self.scored += len(batch)
            for result in (score or self._score)(batch):
                if result is not None:
                    self._keep(result)

    def _keep(self, result: Scored) -> None:
        rank, unit, _ = result
        pair = (unit.source, unit.target)
        old = self._best.get(pair)
        if old is not None and old[0] <= rank:
            return
        if old is None and len(self._best) >= self.limit:
            kth = self.kth()
            if kth is not None and kth <= rank:
                return
        self._best[pair] = result
        heapq.heappush(self._heap, (tuple(-x for x in rank), pair))
        while len(self._best) > self.limit:
            self._drop_stale()
            _, worst = heapq.heappop(self._heap)
            del self._best[worst]

    def _drop_stale(self) -> None:
        """Pop heap entries of pairs since replaced by a better rank (or evicted)."""
        heap, best = self._heap, self._best
        while heap:
            neg, pair = heap[0]
            kept = best.get(pair)
            if kept is not None and tuple(-x for x in kept[0]) == neg:
                return
            heapq.heappop(heap)

    def results(self) -> list[Scored]:
        """The kept pairs, best first."""
        return sorted(self._best.values(), key=lambda item: item[0])
