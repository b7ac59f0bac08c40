"""Candidate batches for a lookup, best bound first, so ranking can stop early (private).

:mod:`tm.memory._index` finds, for one text length ``n``, every entry that may
reach the threshold (prefix filtering over the query's terms).  Here the
lengths are visited in the order of the best base any text of that length
could reach (``100 * min(shared, m, n) / max(m, n)``), and a length whose
candidate set is large is cut into **chunks of unit ids, newest first**:

* for ``n == m``, the exact candidates (texts holding every query term) come
  first, so the rest of that length is known to score below 100;
* each chunk is the same prefix-filter computation restricted to an id range
  (a binary search into each sorted posting list), growing geometrically.

Each batch comes with the best rank anything *after* it could reach
(:func:`tm.memory._rank.bound_key`); the caller verifies and ranks a batch and
stops when its top *limit* rank before that bound.  Ties are broken by
newest unit, which is why chunks go newest first: among 200,000 templated
sentences that all score 80, the first chunk holds the winners.  Recall is
untouched: a batch is skipped only when nothing in it can enter the top.
"""

from __future__ import annotations

import bisect
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence

from tm.memory import _index as index_module
from tm.memory._index import MAX_LEN, Index
from tm.memory._matching import length_window
from tm.memory._rank import Rank, better, bound_key
from tm.memory._shapes import NONE, Cut, Shapes, has_shapes

__all__ = ["CHUNK", "Batch", "candidate_batches", "range_candidates"]

#: ``(entries, best rank of anything later, deductions of these entries)``; ``None``:
#: nothing comes later.
Batch = tuple[list[int], Rank | None, Cut]
#: Prefix entries of a length read in one go; larger lengths are chunked.
CHUNK = 2048
#: ``(best base, length, (entries, term) present cheapest first, prefix size, deductions)``
Plan = tuple[float, int, list[tuple[int, int]], int, Cut]


def candidate_batches(index: Index, query: tuple[str, Sequence[int]], lang: int,
                      threshold: int, folded: Sequence[str] = ()) -> Iterator[Batch] | None:
    """Batches of entries that may score ``>= threshold``; None: the index cannot bound it.

    *query* is the text and its token ids; with *folded* (its match tokens) and a
    memory that counts shapes, batches carry the deductions they certainly get.
    """
    text, query_ids = query
    m = len(query_ids)
    lo, hi = length_window(m, threshold)
    sizes = index.query_sizes(query_ids, lang, lo, hi)
    if m - lo + 1 > len(sizes):  # the prefix would need an un-indexed term
        return None
    shapes = (Shapes(index, (text, folded, query_ids), lang, (lo, hi))
              if folded and has_shapes(index.conn) else None)
    unindexed = m - len(sizes)
    plans: list[Plan] = []
    for n in sorted({n for _, by_len in sizes for n in by_len}):
        k = (max(m, n) * threshold + 99) // 100
        present = sorted((by_len[n], term) for term, by_len in sizes if n in by_len)
        rest = len(present) + unindexed - k + 1
        if rest > 0:
            # The last length counts every text at least that long (its true length is
            # unknown here, and may be the query's: red team M-6).
            longest = max(n, m) if n == MAX_LEN else n
            best = 100.0 * min(len(present), m, longest) / max(m, longest)
            cut = shapes.cut(n, m, best) if shapes is not None else NONE
            plans.append((best, n, present, rest, cut))
    plans.sort(key=lambda plan: (bound_key(plan[0], deduct=plan[4].top), plan[1]))
    return _batches(index, plans, m, unindexed, shapes)


def _batches(index: Index, plans: list[Plan], m: int, unindexed: int,
             shapes: Shapes | None) -> Iterator[Batch]:
    laters: list[Rank | None] = [None] * len(plans)  # best bound of the plans after each
    for i in range(len(plans) - 2, -1, -1):
        best, _, _, _, cut = plans[i + 1]
        laters[i] = better(bound_key(best, deduct=cut.top), laters[i + 1])
    for (best, n, present, rest, cut), later in zip(plans, laters, strict=True):
        prefix_size = sum(size for size, _ in present[:rest])
        if prefix_size <= CHUNK:
            yield index.length_candidates(present, rest, n), later, cut
            continue
        for entries, within, chunk_cut in _chunks(index, present, rest, (n, m), unindexed,
                                                  (best, cut, shapes)):
            yield entries, better(within, later), chunk_cut


def _chunks(index: Index, present: list[tuple[int, int]], rest: int, lengths: tuple[int, int],
            unindexed: int, bounds: tuple[float, Cut, Shapes | None]) -> Iterator[Batch]:
    """The candidates of one large length: exact ones first (n == m), then newest ids first."""
    n, m = lengths
    best, cut, shapes = bounds
    terms = [term for _, term in present]
    lists = index.sorted_postings(terms, n)
    arrays = [lists.get(term, array("I")) for term in terms]
    if n == m and unindexed == 0 and len(present) == m:
        best = 100.0 * (m - 1) / m  # the others lack a query term
        exact_cut, cut = cut, shapes.cut(n, m, best) if shapes is not None else NONE
        yield _exact(arrays), bound_key(best, deduct=cut.top), exact_cut
    prefix, others = arrays[:rest], arrays[rest:]
    longest = max(prefix, key=len)
    end, size = len(longest), CHUNK // 4
    high = max((a[-1] + 1 for a in prefix if a), default=0)
    while end > 0:
        start = max(0, end - size)
        low = longest[start] if start else 0
        found = range_candidates(prefix, others, low, high)
        remaining = bound_key(best, low >> 1, deduct=cut.top) if start else None
        yield found, remaining, cut
        end, high, size = start, low, size * 2


def _exact(arrays: list[array[int]]) -> list[int]:
    """Entries present in every array (walk the shortest, binary-search the others)."""
    ordered = sorted(arrays, key=len)
    return [e for e in ordered[0] if all(_contains(a, e) for a in ordered[1:])]


def range_candidates(prefix: list[array[int]], others: list[array[int]], low: int,
                      high: int) -> list[int]:
    """Entries in ``[low, high)`` sharing enough terms: the prefix filter on an id range."""
    counts: Counter[int] = Counter()
    for posting in prefix:
        counts.update(posting[bisect.bisect_left(posting, low):bisect.bisect_left(posting, high)])
    # After the prefix, each further term checked raises the bar by one (see _index).
    for done, posting in enumerate(others, start=1):
        if len(counts) <= index_module._FEW_CANDIDATES:
            break
        counts.update([e for e in counts if _contains(posting, e)])
        need = done + 1
        counts = Counter({e: c for e, c in counts.items() if c >= need})
    return list(counts)


def _contains(sorted_entries: array[int], entry: int) -> bool:
    i = bisect.bisect_left(sorted_entries, entry)
    return i < len(sorted_entries) and sorted_entries[i] == entry
