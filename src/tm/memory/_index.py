"""The inverted index behind :class:`tm.TranslationMemory` (private).

Every stored text is a list of match tokens (:mod:`tm.memory._matching`), each mapped
to an integer id by the ``vocab`` table.  A token's *k*-th occurrence in a text
is a distinct *term* ``(token, language, k)``, so shared terms count shared
tokens with multiplicity.  Postings are keyed by term **and text length**::

    key = ((token << 6 | language) << 8 | occurrence) << 12 | length

and hold packed ``array('I')`` blobs of entries ``unit_id << 1 | side`` (side 0
= source text, 1 = target text).  Several rows may share a key (one per import,
:mod:`tm.memory._runs`), told apart by ``seq``, the first entry of the row, so reading a key's
rows in ``seq`` order gives its entries sorted; the table is clustered on
``(key, seq)`` (SQLite ``WITHOUT ROWID``), so those rows are neighbours on disk.
Entries of replaced units stay until the memory is optimized (they are
skipped when verified).

A lookup with threshold ``t`` over a query of ``m`` tokens works one text
length ``n`` at a time, for the lengths :func:`tm.memory._matching.length_window`
allows.  A unit of length ``n`` scoring ``>= t`` shares at least
``k(n) = ceil(t * max(m, n) / 100)`` terms with the query, hence at least one of
*any* ``m - k(n) + 1`` query terms (prefix filtering).  So for each length the
postings of the ``m - k(n) + 1`` cheapest terms give the candidates (with how
many of those terms each has); then more terms are checked, cheapest first,
against the candidates only, and after ``j`` terms in all a candidate needs
``j - (m - k(n))`` of them, which prunes the set quickly.  Candidates are then
verified with the exact token edit distance, so no unit at or above the
threshold is missed and none below it is returned.
"""

from __future__ import annotations

import bisect
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence

from tm.errors import StoreError
from tm.memory._backend import IN_LIST_VALUES, Connection
from tm.memory._matching import max_distance, score_tokens

__all__ = ["ITEM", "Index", "decode_ids", "encode_ids", "term_of"]

LEN_BITS, OCC_BITS, LANG_BITS = 12, 8, 6
MAX_LEN, MAX_OCC, MAX_LANGS = (1 << LEN_BITS) - 1, (1 << OCC_BITS) - 1, 1 << LANG_BITS
#: The array type of packed ids (4 bytes, native order): postings, token ids, length counts.
ITEM = "I" if array("I").itemsize == 4 else "L"
#: Stop checking more terms once a length has at most this many candidates.
_FEW_CANDIDATES = 8
#: A translate table: byte 0 stays 0, any other byte becomes 1 (:func:`_counted`).
_NONZERO_AS_ONE = bytes([0]) + bytes([1]) * 255
#: Ids per ``IN (...)`` query (tm.memory._backend.IN_LIST_VALUES).
_BATCH = IN_LIST_VALUES

def encode_ids(ids: Sequence[int]) -> bytes:
    """Pack token ids into the blob stored in ``units.src_toks``/``tgt_toks``."""
    return array(ITEM, ids).tobytes()


def decode_ids(blob: bytes) -> array[int]:
    """Unpack a blob written by :func:`encode_ids`; StoreError when it is no such blob."""
    out = array(ITEM)
    extend_ids(out, blob)
    return out


def extend_ids(out: array[int], blob: bytes) -> None:
    """Append the ids of *blob* (token or postings list) to *out*; StoreError when it is
    no such blob (a damaged or hand-edited memory: a message, not a traceback, R9-3)."""
    try:
        out.frombytes(blob)
    except (TypeError, ValueError):
        size = len(blob) if isinstance(blob, bytes | bytearray | memoryview) else 0
        raise StoreError(f"the memory is damaged (an id list of {size} bytes); "
                         "restore it from a backup or rebuild it with tm import") from None


def _counted(counts: array[int], lo: int, hi: int) -> dict[int, int]:
    """``{length: count}`` of the nonzero *counts* at lengths ``lo..hi``, in length order.

    Nearly every count of a window is 0, and a long text's terms have windows of
    a thousand lengths and more: a Python step per length cost a lookup of a
    6,000-word text some 0.7 CPU s.  The window's bytes are marked 1 where not
    0 (one translate) and the marks found by ``bytes.find``, both in C, so the
    Python steps are one per nonzero count.
    """
    size = counts.itemsize
    marks = memoryview(counts)[lo:hi + 1].tobytes().translate(_NONZERO_AS_ONE)
    found: dict[int, int] = {}
    at = marks.find(1)
    while at >= 0:
        item = at // size
        found[lo + item] = counts[lo + item]
        at = marks.find(1, (item + 1) * size)
    return found


def term_of(token: int, lang: int, occurrence: int) -> int:
    """The term id of the *occurrence*-th copy of *token* in language class *lang*."""
    return ((token << LANG_BITS | lang) << OCC_BITS) | occurrence


class Index:
    """Candidate retrieval over the ``postings`` table of one connection."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def _range(self, term: int, lo: int, hi: int) -> tuple[int, int]:
        return term << LEN_BITS | min(lo, MAX_LEN), term << LEN_BITS | min(hi, MAX_LEN)

    def postings(self, term: int, lo: int, hi: int) -> array[int]:
        """All entries of *term* for text lengths ``lo..hi`` (sorted when ``lo == hi``)."""
        out = array(ITEM)
        for (blob,) in self.conn.execute(
            "SELECT ids FROM postings WHERE key BETWEEN ? AND ? ORDER BY key, seq",
            self._range(term, lo, hi),
        ):
            extend_ids(out, blob)
        return out

    def sorted_postings(self, terms: Sequence[int], n: int) -> dict[int, array[int]]:
        """``{term: entries}`` of *terms* for text length *n*, each sorted (rows in seq order)."""
        keys = {term << LEN_BITS | min(n, MAX_LEN): term for term in terms}
        out: dict[int, array[int]] = {}
        listed = list(keys)
        for start in range(0, len(listed), _BATCH):
            where, params = self.conn.in_list("key", listed[start:start + _BATCH])
            for key, blob in self.conn.execute(
                    f"SELECT key, ids FROM postings WHERE {where} ORDER BY key, seq", params):
                extend_ids(out.setdefault(keys[key], array(ITEM)), blob)
        return out

    def postings_many(self, terms: Sequence[int], n: int) -> Iterator[array[int]]:
        """The entries of each of *terms* (in no particular order) for text length *n*."""
        keys = [term << LEN_BITS | min(n, MAX_LEN) for term in terms]
        for start in range(0, len(keys), _BATCH):
            where, params = self.conn.in_list("key", keys[start:start + _BATCH])
            for (blob,) in self.conn.execute(f"SELECT ids FROM postings WHERE {where}", params):
                yield decode_ids(blob)

    def postings_at(self, keys: Sequence[tuple[int, int]]) -> array[int]:
        """The entries of each ``(term, text length)`` of *keys*, all in one list (unsorted)."""
        packed = [term << LEN_BITS | min(n, MAX_LEN) for term, n in keys]
        out = array(ITEM)
        for start in range(0, len(packed), _BATCH):
            where, params = self.conn.in_list("key", packed[start:start + _BATCH])
            for (blob,) in self.conn.execute(f"SELECT ids FROM postings WHERE {where}", params):
                extend_ids(out, blob)
        return out

    def query_sizes(self, query_ids: Sequence[int], lang: int, lo: int,
               hi: int) -> list[tuple[int, dict[int, int]]]:
        """``(term, {length: entries})`` for each probe-able query term (-1: unknown)."""
        terms: list[int] = []
        seen: dict[int, int] = {}
        for tok in query_ids:
            occ = seen.get(tok, 0) + 1
            seen[tok] = occ
            if tok < 0:
                terms.append(-1)
            elif occ <= MAX_OCC:
                terms.append(term_of(tok, lang, occ))
        sizes = self.lengths([t for t in set(terms) if t >= 0], lo, hi)
        return [(term, sizes.get(term, {})) for term in terms]

    def lengths(self, terms: Sequence[int], lo: int = 0,
                hi: int = MAX_LEN) -> dict[int, dict[int, int]]:
        """``{term: {length: entries}}`` for text lengths ``lo..hi`` (absent: none).

        Lengths are counted up to :data:`MAX_LEN`, which counts every longer text
        too: a window beyond it reads that last count (a query of 5,000 words read
        none, and missed its own exact match: red team M-6).
        """
        lo, hi = min(lo, MAX_LEN), min(hi, MAX_LEN)
        out: dict[int, dict[int, int]] = {}
        for start in range(0, len(terms), _BATCH):
            where, params = self.conn.in_list("term", list(terms[start:start + _BATCH]))
            for term, blob in self.conn.execute(
                    f"SELECT term, counts FROM term_lengths WHERE {where}", params):
                out[term] = _counted(decode_ids(blob), lo, hi)
        return out

    def length_candidates(self, costed: list[tuple[int, int]], probe: int, n: int) -> list[int]:
        """Candidates of length *n*: union of the *probe* cheapest terms, then pruned.

        *costed* lists ``(entries, term)`` of the terms present at this length,
        cheapest first.
        """
        counts: Counter[int] = Counter()
        for posting in self.postings_many([term for _, term in costed[:probe]], n):
            counts.update(posting)
        for done, (_, term) in enumerate(costed[probe:], start=1):
            if len(counts) <= _FEW_CANDIDATES:
                break
            posting = self.postings(term, n, n)
            if len(posting) > 16 * len(counts):
                found = [e for e in counts if _contains(posting, e)]
            else:
                found = list(counts.keys() & set(posting))
            counts.update(found)
            need = done + 1  # each term checked after the prefix raises the bar by one
            counts = Counter({e: c for e, c in counts.items() if c >= need})
        return list(counts)

    def verify(self, entries: Iterable[int], query_ids: Sequence[int], threshold: int,
               langs: tuple[int, int],
               fits: Callable[[Sequence[int]], bool] | None = None) -> list[tuple[int, int, float]]:
        """Return ``(unit_id, side, base)`` for entries whose base reaches *threshold*.

        Only texts in language class ``langs[0]`` whose unit's other side is in
        ``langs[1]`` qualify, and whose token ids pass *fits* when given; entries
        of removed units are skipped.
        """
        by_unit: dict[int, int] = {}
        for entry in entries:
            by_unit[entry >> 1] = by_unit.get(entry >> 1, 0) | (1 << (entry & 1))
        out: list[tuple[int, int, float]] = []
        ids = list(by_unit)
        query = list(query_ids)
        m = len(query)
        for start in range(0, len(ids), _BATCH):
            where, params = self.conn.in_list("id", ids[start:start + _BATCH])
            rows = self.conn.execute(
                f"SELECT id, src_toks, tgt_toks, src_cls, tgt_cls FROM units WHERE {where}",
                params)
            for uid, src, tgt, src_cls, tgt_cls in rows:
                sides = by_unit[uid]
                for side, blob, own, other in ((0, src, src_cls, tgt_cls),
                                               (1, tgt, tgt_cls, src_cls)):
                    if not sides >> side & 1 or (own, other) != langs:
                        continue
                    tokens = decode_ids(blob)
                    if max_distance(m, len(tokens), threshold) < abs(m - len(tokens)):
                        continue
                    if fits is not None and not fits(tokens):
                        continue
                    base = score_tokens(query, tokens, threshold)
                    if base is not None and base >= threshold:
                        out.append((uid, side, base))
        return out



def _contains(sorted_entries: array[int], entry: int) -> bool:
    """Membership in a sorted posting array (postings are written in id order)."""
    i = bisect.bisect_left(sorted_entries, entry)
    return i < len(sorted_entries) and sorted_entries[i] == entry
