"""The inverted index behind :class:`tm.TranslationMemory` (private).

Every stored text is a list of match tokens (:mod:`tm.matching`), each mapped
to an integer id by the ``vocab`` table.  A token's *k*-th occurrence in a text
is a distinct *term* ``(token, language, k)``, so shared terms count shared
tokens with multiplicity.  Postings are keyed by term **and text length**::

    key = ((token << 6 | language) << 8 | occurrence) << 12 | length

and hold packed ``array('I')`` blobs of entries ``unit_id << 1 | side`` (side 0
= source text, 1 = target text).  Several rows may share a key (one per import
batch); entries of replaced units stay until the memory is optimized (they are
skipped when verified).

A lookup with threshold ``t`` over a query of ``m`` tokens reads only keys whose
length lies in :func:`tm.matching.length_window`, and only for the ``m - k + 1``
cheapest query terms, where ``k`` is the least number of terms any unit scoring
``>= t`` shares with the query (prefix filtering: a unit sharing ``k`` of ``m``
terms shares at least one of any ``m - k + 1``).  Probing ``e`` more terms
lets us demand ``e + 1`` shared probed terms.  Candidates are then verified
with the exact token edit distance, so no unit at or above the threshold is
missed and none below it is returned.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence

from tm.matching import length_window, max_distance, score_tokens

__all__ = ["SCHEMA", "Index", "PostingBuffer", "encode_ids", "terms_of"]

LEN_BITS, OCC_BITS, LANG_BITS = 12, 8, 6
MAX_LEN, MAX_OCC, MAX_LANGS = (1 << LEN_BITS) - 1, (1 << OCC_BITS) - 1, 1 << LANG_BITS
_ITEM = "I" if array("I").itemsize == 4 else "L"
#: Probe more terms while all probed postings stay under
#: ``max(_EXTRA_FACTOR * cost of the required terms, _EXTRA_BUDGET)`` entries.
_EXTRA_FACTOR = 4
_EXTRA_BUDGET = 4000
_BATCH = 500

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS langs(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS vocab(id INTEGER PRIMARY KEY, token TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS units(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ukey BLOB NOT NULL UNIQUE,
    source TEXT NOT NULL, target TEXT NOT NULL,
    context TEXT NOT NULL, origin TEXT NOT NULL, note TEXT NOT NULL,
    source_lang TEXT NOT NULL, target_lang TEXT NOT NULL,
    created TEXT NOT NULL, changed TEXT NOT NULL,
    fuzzy INTEGER NOT NULL, trusted INTEGER NOT NULL,
    prev_hash INTEGER NOT NULL, next_hash INTEGER NOT NULL,
    src_cls INTEGER NOT NULL, tgt_cls INTEGER NOT NULL,
    src_toks BLOB NOT NULL, tgt_toks BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS postings(key INTEGER NOT NULL, n INTEGER NOT NULL, ids BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS postings_key ON postings(key, n);
"""


def encode_ids(ids: Sequence[int]) -> bytes:
    """Pack token ids into the blob stored in ``units.src_toks``/``tgt_toks``."""
    return array(_ITEM, ids).tobytes()


def decode_ids(blob: bytes) -> array[int]:
    """Unpack a blob written by :func:`encode_ids`."""
    out = array(_ITEM)
    out.frombytes(blob)
    return out


def term_of(token: int, lang: int, occurrence: int) -> int:
    """The term id of the *occurrence*-th copy of *token* in language class *lang*."""
    return ((token << LANG_BITS | lang) << OCC_BITS) | occurrence


def terms_of(token_ids: Sequence[int], lang: int) -> list[int]:
    """Return the distinct terms of a text (occurrences past 255 are not indexed)."""
    seen: dict[int, int] = {}
    out = []
    for tok in token_ids:
        occ = seen.get(tok, 0) + 1
        seen[tok] = occ
        if occ <= MAX_OCC:
            out.append(((tok << LANG_BITS | lang) << OCC_BITS) | occ)
    return out


class PostingBuffer:
    """Postings of newly added units, held in memory until :meth:`flush`."""

    def __init__(self) -> None:
        self.lists: dict[int, array[int]] = {}
        self.entries = 0

    def add(self, entry: int, token_ids: Sequence[int], lang: int) -> None:
        """Index one text (*entry* = ``unit_id << 1 | side``)."""
        length = min(len(token_ids), MAX_LEN)
        lists = self.lists
        seen: dict[int, int] = {}
        for tok in token_ids:
            occ = seen.get(tok, 0) + 1
            seen[tok] = occ
            if occ > MAX_OCC:
                continue
            key = ((((tok << LANG_BITS | lang) << OCC_BITS) | occ) << LEN_BITS) | length
            posting = lists.get(key)
            if posting is None:
                lists[key] = array(_ITEM, (entry,))
            else:
                posting.append(entry)
        self.entries += len(token_ids)

    def flush(self, conn: sqlite3.Connection) -> None:
        """Write the buffered postings as new rows and empty the buffer."""
        conn.executemany(
            "INSERT INTO postings(key, n, ids) VALUES (?, ?, ?)",
            ((key, len(ids), ids.tobytes()) for key, ids in self.lists.items()),
        )
        self.lists = {}
        self.entries = 0


class Index:
    """Candidate retrieval over the ``postings`` table of one connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _range(self, term: int, lo: int, hi: int) -> tuple[int, int]:
        return term << LEN_BITS | min(lo, MAX_LEN), term << LEN_BITS | min(hi, MAX_LEN)

    def cost(self, term: int, lo: int, hi: int) -> int:
        """Number of posting entries of *term* for lengths ``lo..hi``."""
        row = self.conn.execute(
            "SELECT total(n) FROM postings WHERE key BETWEEN ? AND ?", self._range(term, lo, hi)
        ).fetchone()
        return int(row[0])

    def postings(self, term: int, lo: int, hi: int) -> array[int]:
        """All entries of *term* for text lengths ``lo..hi``."""
        out = array(_ITEM)
        for (blob,) in self.conn.execute(
            "SELECT ids FROM postings WHERE key BETWEEN ? AND ?", self._range(term, lo, hi)
        ):
            out.frombytes(blob)
        return out

    def candidates(self, query_ids: Sequence[int], lang: int, threshold: int) -> list[int] | None:
        """Entries that may score ``>= threshold``; ``None`` when the index cannot bound it.

        Unknown query tokens have ids ``< 0``: no stored text has them, so they
        cost nothing to "probe".  ``None`` asks the caller to scan instead (only
        for queries with a token repeated more than 255 times).
        """
        lo, hi = length_window(len(query_ids), threshold)
        probe = len(query_ids) - lo + 1
        costed = self._costed_terms(query_ids, lang, lo, hi)
        if len(costed) < probe:
            return None
        chosen = _choose(costed, probe)
        need = len(chosen) - probe + 1
        lists = [self.postings(term, lo, hi) for cost, term in chosen if term >= 0 and cost]
        if need <= 1:
            merged: set[int] = set()
            for posting in lists:
                merged.update(posting)
            return sorted(merged)
        counts: Counter[int] = Counter()
        for posting in lists:
            counts.update(posting)
        return sorted(e for e, c in counts.items() if c >= need)

    def _costed_terms(self, query_ids: Sequence[int], lang: int, lo: int,
                      hi: int) -> list[tuple[int, int]]:
        """``(cost, term)`` of every probe-able query term, cheapest first (-1: unknown)."""
        costed: list[tuple[int, int]] = []
        seen: dict[int, int] = {}
        for tok in query_ids:
            occ = seen.get(tok, 0) + 1
            seen[tok] = occ
            if tok < 0:
                costed.append((0, -1))
            elif occ <= MAX_OCC:
                term = term_of(tok, lang, occ)
                costed.append((self.cost(term, lo, hi), term))
        costed.sort()
        return costed

    def verify(self, entries: Iterable[int], query_ids: Sequence[int], threshold: int,
               other_lang: int) -> list[tuple[int, int, float]]:
        """Return ``(unit_id, side, base)`` for entries whose base reaches *threshold*.

        Only units whose other side is in language class *other_lang* qualify;
        entries of removed units are skipped.
        """
        by_unit: dict[int, int] = {}
        for entry in entries:
            by_unit[entry >> 1] = by_unit.get(entry >> 1, 0) | (1 << (entry & 1))
        out: list[tuple[int, int, float]] = []
        ids = list(by_unit)
        query = list(query_ids)
        m = len(query)
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start:start + _BATCH]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT id, src_toks, tgt_toks, src_cls, tgt_cls FROM units WHERE id IN ({marks})",
                chunk,
            )
            for uid, src, tgt, src_cls, tgt_cls in rows:
                sides = by_unit[uid]
                for side, blob, other in ((0, src, tgt_cls), (1, tgt, src_cls)):
                    if not sides >> side & 1 or other != other_lang:
                        continue
                    tokens = decode_ids(blob)
                    if max_distance(m, len(tokens), threshold) < abs(m - len(tokens)):
                        continue
                    base = score_tokens(query, tokens, threshold)
                    if base is not None and base >= threshold:
                        out.append((uid, side, base))
        return out


def _choose(costed: list[tuple[int, int]], probe: int) -> list[tuple[int, int]]:
    """The *probe* cheapest terms, plus more while they stay within the budget."""
    chosen = costed[:probe]
    spent = sum(c for c, _ in chosen)
    budget = max(_EXTRA_FACTOR * spent, _EXTRA_BUDGET)
    for cost, term in costed[probe:]:
        if spent + cost > budget:
            break
        chosen.append((cost, term))
        spent += cost
    return chosen
