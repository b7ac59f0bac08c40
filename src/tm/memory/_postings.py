"""Building posting lists in bulk: what a write adds to the index (private).

:class:`PostingBuffer` holds the texts of newly added units as flat integer
arrays (every token id in one ``array``, and per text its entry, length and
language): a few bytes per token and no Python object per token, so a bulk
import buffers millions of tokens cheaply.  :meth:`PostingBuffer.flush` turns
them into posting rows (the key layout is in :mod:`tm.memory._index`):

* grouped by key and **written in key order**, each row's entries ascending,
  so the clustered ``postings`` table is filled front to back;
* the grouping is one vectorized sort with **numpy** when it is installed
  (the ``fast`` extra) and the buffer is large; otherwise one dictionary pass
  in Python.  Both give the same rows (``tests/memory/test_postings.py``);
* each term's histogram of text lengths (``term_lengths``) gains the new
  counts, read and written once per term per flush.

A writer empties the buffer every :data:`FLUSH_ENTRIES` entries, which bounds an
import's memory.  With numpy the buffer is *spilled* as a sorted run to a
temporary file and the write's last :meth:`PostingBuffer.flush` merges the runs
(:mod:`tm.memory._runs`), so one write gives each key one row; without numpy
each flush writes its own rows (one more row per key and flush).
"""

from __future__ import annotations

import copy
import importlib
import itertools
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import ModuleType
from typing import Any

from tm.memory._backend import IN_LIST_VALUES, Connection
from tm.memory._index import ITEM, LANG_BITS, LEN_BITS, MAX_LEN, MAX_OCC, OCC_BITS, decode_ids
from tm.memory._runs import PostingRuns, prefetched

__all__ = ["FLUSH_ENTRIES", "PART_ENTRIES", "PostingBuffer", "numpy_or_none"]

#: Posting entries a writer buffers before writing them (4 bytes each in the buffer,
#: about 30 while numpy groups them): bounds a bulk import's memory.
FLUSH_ENTRIES = 8_000_000
#: Buffers smaller than this are grouped in Python (importing numpy costs more).
NUMPY_FROM = 50_000
#: Postings numpy groups at a time (a range of token ids; a token is never split).
PART_ENTRIES = 1 << 20
#: Texts from which :meth:`PostingBuffer.add_many` counts pseudo-tokens with numpy.
_COLUMNS_FROM = 256
#: Terms per ``IN (...)`` query (tm.memory._backend.IN_LIST_VALUES).
_BATCH = IN_LIST_VALUES
_TOKEN_SHIFT = LANG_BITS + OCC_BITS + LEN_BITS
#: ``(key, seq, n, ids)``: one posting row as stored (``seq`` its first entry, ``n`` how many).
PostingRow = tuple[int, int, int, bytes]
#: ``{term: {text length: entries}}`` added to the length histograms.
Lengths = dict[int, dict[int, int]]


def numpy_or_none() -> ModuleType | None:
    """numpy, when installed (the ``fast`` extra); None otherwise."""
    try:
        return importlib.import_module("numpy")
    except ImportError:
        return None


class PostingBuffer:
    """Postings of newly added texts, held as flat arrays until :meth:`flush`.

    *numpy* chooses the grouping: ``None`` (default) uses numpy for large
    buffers when it is installed; ``False`` never; ``True`` always (tests).
    numpy groups at most about *part_entries* postings at a time (a range of
    token ids), which bounds its working set whatever the buffer's size.
    """

    def __init__(self, numpy: bool | None = None, part_entries: int = PART_ENTRIES) -> None:
        self.numpy = numpy
        self.part_entries = part_entries
        self.runs: PostingRuns | None = None  # spilled by spill(), merged by flush()
        self.kept: tuple[Any, Any] | None = None  # pseudo-term counts of the spilled runs
        self._clear()

    def _clear(self) -> None:
        self.tokens: array[int] = array(ITEM)
        self.text_entries: array[int] = array(ITEM)
        self.lengths: array[int] = array(ITEM)
        self.langs: array[int] = array("B")
        self.shapes: dict[int, int] = {}  # pseudo-term key -> texts
        self.shape_keys: list[Any] = []  # more pseudo-term keys, one per text (numpy arrays)
        self.entries = 0

    def add(self, entry: int, token_ids: array[int] | list[int], lang: int,
            shapes: Sequence[int] = ()) -> None:
        """Index one text (*entry* = ``unit_id << 1 | side``; entries come ascending).

        *shapes* are the text's pseudo-tokens (:func:`tm.memory._shapes.shape_terms`),
        counted in the length histograms only.
        """
        self.tokens.extend(token_ids)
        self.text_entries.append(entry)
        n = len(token_ids)
        self.lengths.append(n)
        self.langs.append(lang)
        self.entries += n
        self._count_shapes(shapes, n, lang)

    def add_many(self, entries: Sequence[int], token_ids: bytes, lengths: Sequence[int],
                 langs: Sequence[int], columns: Sequence[Sequence[int]],
                 more: Mapping[int, Sequence[int]]) -> None:
        """:meth:`add` for many texts: *token_ids* packs theirs one after the other.

        Their pseudo-tokens are *columns* (one pseudo-token per text in each,
        :func:`tm.memory._shapes.shape_columns`) and *more* (text index -> more
        pseudo-tokens).  With numpy the columns' keys are kept as arrays and
        counted when the buffer is emptied, not one dictionary update per text.
        """
        self.tokens.frombytes(token_ids)
        self.text_entries.extend(entries)
        self.lengths.extend(lengths)
        self.langs.extend(langs)
        self.entries += len(token_ids) // self.tokens.itemsize
        np = numpy_or_none() if self.numpy is not False and len(lengths) >= _COLUMNS_FROM \
            else None
        if np is not None:
            u64 = np.uint64
            low = np.asarray(langs, dtype=u64) << u64(OCC_BITS + LEN_BITS)
            low |= np.minimum(np.asarray(lengths, dtype=u64), u64(MAX_LEN))
            for column in columns:
                self.shape_keys.append(np.asarray(column, dtype=u64) << u64(_TOKEN_SHIFT) | low)
            if more:  # each text's more pseudo-tokens, with that text's length and language
                texts = np.fromiter(more, dtype=np.intp, count=len(more))
                sizes = np.fromiter(map(len, more.values()), dtype=np.intp, count=len(more))
                tokens = np.fromiter(itertools.chain.from_iterable(more.values()), dtype=u64,
                                     count=int(sizes.sum()))
                self.shape_keys.append(tokens << u64(_TOKEN_SHIFT) | np.repeat(low[texts], sizes))
            return
        for i, (n, lang) in enumerate(zip(lengths, langs, strict=True)):
            self._count_shapes([column[i] for column in columns], n, lang)
        for i, tokens in more.items():
            self._count_shapes(tokens, lengths[i], langs[i])

    def _count_shapes(self, tokens: Iterable[int], n: int, lang: int) -> None:
        low = (lang << OCC_BITS) << LEN_BITS | min(n, MAX_LEN)
        counts = self.shapes
        for token in tokens:
            key = token << _TOKEN_SHIFT | low
            counts[key] = counts.get(key, 0) + 1

    def parts(self) -> Iterator[tuple[Iterator[PostingRow], Lengths]]:
        """The buffered postings as ``(key, seq, n, ids)`` rows, in key order, in parts.

        Each part is ``(rows, lengths)``: its rows, and ``{term: {text length:
        entries}}``, what they add to each term's length histogram.  The parts'
        rows follow each other in key order (each part is a range of token ids).
        """
        np = self._numpy()
        if np is not None:
            return ((rows_of(np, *part), _lengths_numpy(np, part[0], part[1]))
                    for part in _parts_numpy(np, self))
        return iter((_grouped_python(self),))

    def grouped(self) -> tuple[Iterator[PostingRow], Lengths]:
        """All of :meth:`parts` at once: the rows in key order, and their lengths."""
        rows: list[Iterator[PostingRow]] = []
        lengths: Lengths = {}
        for part_rows, part_lengths in self.parts():
            rows.append(part_rows)
            lengths.update(part_lengths)  # the parts' terms are disjoint
        return itertools.chain.from_iterable(rows), lengths

    def _numpy(self) -> Any:
        if self.numpy is False or (self.numpy is None and self.entries < NUMPY_FROM):
            return None
        np = numpy_or_none()
        if np is None and self.numpy:
            raise RuntimeError("numpy is not installed")
        return np

    def spill(self, conn: Connection) -> None:
        """Empty the buffer during a large write: its postings become one sorted run on
        disk (:class:`tm.memory._runs.PostingRuns`, grouped and written by a thread
        while the write goes on), merged with the others by the last :meth:`flush`,
        so every key gets one row for the whole write.

        Without numpy the postings are written at once (:meth:`flush`).
        """
        np = self.runs.np if self.runs is not None else self._numpy()
        if np is None:  # (never with runs: flush() merges them by calling spill())
            self.flush(conn)
            return
        if self.runs is None:
            self.runs = PostingRuns(np)
        if self.entries:  # grouped and written by a thread; the writer goes on
            self.runs.add_run_later(_parts_numpy(np, copy.copy(self)))
        self._keep_shapes(np)
        self._clear()  # new arrays: the thread's copy keeps the old ones

    def _keep_shapes(self, np: Any) -> None:
        """Add the buffer's pseudo-term counts to those kept for the last :meth:`flush`.

        Kept as two arrays (distinct keys, counts), so they cost what the distinct
        (pseudo-term, length) pairs cost, and the histograms are read and written
        once per import instead of once per spill (same sums).
        """
        keys = [*self.shape_keys, np.fromiter(self.shapes, dtype=np.uint64,
                                               count=len(self.shapes))]
        counts = [np.ones(len(k), dtype=np.int64) for k in self.shape_keys]
        counts.append(np.fromiter(self.shapes.values(), dtype=np.int64, count=len(self.shapes)))
        if self.kept is not None:
            keys.append(self.kept[0])
            counts.append(self.kept[1])
        distinct, where = np.unique(np.concatenate(keys), return_inverse=True)
        total = np.bincount(where.ravel(), weights=np.concatenate(counts),
                            minlength=len(distinct)).astype(np.int64)
        self.kept = (distinct, total)
        self.shape_keys, self.shapes = [], {}

    def flush(self, conn: Connection) -> None:
        """Write the buffered postings (one row per key, key order) and empty the buffer.

        Also adds to each term's histogram of text lengths (``term_lengths``),
        which is what lookups read to choose the cheapest terms.  Runs spilled
        before are merged with the buffer (:meth:`spill`).
        """
        if self.runs is not None:
            self.spill(conn)
            self._write_runs(conn)
            if self.kept is not None:
                kept, self.kept = self.kept, None
                self.shapes = dict(zip(kept[0].tolist(), kept[1].tolist(), strict=True))
                _add_lengths(conn, self._shape_lengths())
                self._clear()
            return
        if not self.entries and not self.shapes and not self.shape_keys:
            return
        shapes: Lengths | None = self._shape_lengths()
        for rows, added in self.parts():
            conn.insert_many("postings", ("key", "seq", "n", "ids"), rows)
            if shapes is not None:  # the histograms read and written once, not twice
                _merge_lengths(added, shapes)
                shapes = None
            _add_lengths(conn, added)
        self._clear()
        if shapes is not None:
            _add_lengths(conn, shapes)

    def _write_runs(self, conn: Connection) -> None:
        runs, self.runs = self.runs, None
        assert runs is not None
        np = runs.np
        rounds = prefetched(runs.merged())  # the next round merged while this one is written
        try:
            for keys, counts, entries in rounds:
                conn.insert_many("postings", ("key", "seq", "n", "ids"),
                                 rows_of(np, keys, counts, entries))
                _add_lengths(conn, _lengths_numpy(np, keys, counts))
        finally:
            rounds.close()  # the merging thread stopped before its files are
            runs.close()

    def close(self) -> None:
        """Drop what is buffered and any spilled runs (a write that failed)."""
        if self.runs is not None:
            self.runs.close()
        self.runs = None
        self.kept = None
        self._clear()

    def _shape_lengths(self) -> Lengths:
        if self.shape_keys:  # (arrays only when numpy is installed)
            np: Any = numpy_or_none()
            keys, counts = np.unique(np.concatenate(self.shape_keys), return_counts=True)
            self.shape_keys = []
            for key, count in zip(keys.tolist(), counts.tolist(), strict=True):
                self.shapes[key] = self.shapes.get(key, 0) + count
        shapes: Lengths = {}
        for key, count in self.shapes.items():
            by_len = shapes.setdefault(key >> LEN_BITS, {})
            by_len[key & MAX_LEN] = by_len.get(key & MAX_LEN, 0) + count
        return shapes


def _merge_lengths(into: Lengths, added: Lengths) -> None:
    """Add the counts of *added* to *into* (the histograms' sums are those of both)."""
    for term, by_len in added.items():
        counts = into.setdefault(term, {})
        for n, count in by_len.items():
            counts[n] = counts.get(n, 0) + count


def _add_lengths(conn: Connection, added: Lengths) -> None:
    """Add ``{term: {length: entries}}`` to the stored length histograms."""
    terms = list(added)
    stored: dict[int, bytes] = {}
    for start in range(0, len(terms), _BATCH):
        where, params = conn.in_list("term", terms[start:start + _BATCH])
        stored.update(conn.execute(f"SELECT term, counts FROM term_lengths WHERE {where}",
                                   params))
    new: list[tuple[int, bytes]] = []
    changed: list[tuple[int, bytes]] = []
    for term, by_len in added.items():
        old = stored.get(term)
        counts = decode_ids(old) if old is not None else array(ITEM)
        top = max(by_len) + 1
        if len(counts) < top:  # zeros as bytes: a list of 4,000 ints per term of a long text
            counts.frombytes(bytes((top - len(counts)) * counts.itemsize))
        for n, count in by_len.items():
            counts[n] += count
        (new if old is None else changed).append((term, counts.tobytes()))
    if new:
        conn.insert_many("term_lengths", ("term", "counts"), new)
    if changed:
        conn.executemany("UPDATE term_lengths SET counts = ? WHERE term = ?",
                         [(counts, term) for term, counts in changed])


def _grouped_python(buffer: PostingBuffer) -> tuple[Iterator[PostingRow], Lengths]:
    """Group the buffer in one dictionary pass (small buffers, or no numpy)."""
    lists: dict[int, array[int]] = {}
    tokens = buffer.tokens
    pos = 0
    for entry, n, lang in zip(buffer.text_entries, buffer.lengths, buffer.langs, strict=True):
        ids = tokens[pos:pos + n]
        pos += n
        length = min(n, MAX_LEN)
        if len(set(ids)) == n:  # no repeated token: every term is the first occurrence
            low = ((lang << OCC_BITS | 1) << LEN_BITS) | length
            keys = [tok << _TOKEN_SHIFT | low for tok in ids]
        else:
            seen: dict[int, int] = {}
            keys = []
            for tok in ids:
                occ = seen[tok] = seen.get(tok, 0) + 1
                if occ <= MAX_OCC:
                    keys.append(((((tok << LANG_BITS | lang) << OCC_BITS) | occ) << LEN_BITS)
                                | length)
        for key in keys:
            posting = lists.get(key)
            if posting is None:
                lists[key] = array(ITEM, (entry,))
            else:
                posting.append(entry)
    added: Lengths = {}
    for key, ids in lists.items():
        added.setdefault(key >> LEN_BITS, {})[key & MAX_LEN] = len(ids)
    rows = ((key, lists[key][0], len(lists[key]), lists[key].tobytes()) for key in sorted(lists))
    return rows, added


def _parts_numpy(np: Any, buffer: PostingBuffer) -> Iterator[tuple[Any, Any, Any]]:
    """Group the buffer with numpy, one range of token ids at a time (ascending):
    each part is ``(keys, counts, entries)`` (:func:`_group_arrays`).

    A token's keys all start with its id, so each range's rows follow the
    previous range's in key order; the sorts of one range need about 60
    bytes per posting of that range, never of the whole buffer.
    """
    tokens = np.frombuffer(buffer.tokens, dtype=np.uint32)
    lengths = np.frombuffer(buffer.lengths, dtype=np.uint32)
    text_of = np.repeat(np.arange(len(lengths), dtype=np.uint32), lengths)
    bounds = _token_bounds(np, tokens, buffer.part_entries)
    for lo, hi in itertools.pairwise(bounds):
        if len(bounds) == 2:
            part_tokens, part_texts = tokens, text_of
        else:
            where = np.flatnonzero((tokens >= lo) & (tokens < hi))
            part_tokens, part_texts = tokens[where], text_of[where]
            del where
        yield _group_arrays(np, buffer, part_tokens, part_texts)


def _token_bounds(np: Any, tokens: Any, part_entries: int) -> list[int]:
    """Ascending token id bounds ``[b0, b1, ...]``: each range ``[b_i, b_i+1)`` holds at
    most *part_entries* postings plus those of its first token (never split).

    The bounds are the tokens at ranks ``k * n / parts`` (an O(n) selection).
    """
    count = len(tokens)
    parts = -(-count // max(1, part_entries))
    if parts <= 1:
        return [0, 1 << 32]
    ranks = (np.arange(1, parts, dtype=np.int64) * count) // parts
    cuts = np.partition(tokens, ranks)[ranks].tolist()
    return [0, *sorted({int(c) for c in cuts if c > 0}), 1 << 32]


def _group_arrays(np: Any, buffer: PostingBuffer, tokens: Any, texts: Any) -> tuple[Any, Any, Any]:
    """``(keys, counts, entries)`` of the postings ``(tokens[i], texts[i])`` (texts ascending):
    each key once, ascending, with how many entries it has; *entries* holds
    the entries of every key in turn, each key's ascending."""
    keys, entries = _keys_numpy(np, buffer, tokens, texts)
    if not len(keys):
        return keys, np.zeros(0, dtype=np.int64), entries
    order = np.argsort(keys, kind="stable")  # equal keys keep their (ascending) entry order
    keys = keys[order]
    entries = entries[order]
    del order
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    counts = np.diff(np.append(starts, len(keys)))
    return keys[starts], counts, entries


def rows_of(np: Any, keys: Any, counts: Any, entries: Any) -> Iterator[PostingRow]:
    """The ``(key, seq, n, ids)`` rows of grouped postings (:func:`_group_arrays`)."""
    ends = np.cumsum(counts)
    starts = ends - counts
    data = entries.tobytes()  # uint32, native order: the stored encoding
    slices = map(slice, (starts * 4).tolist(), (ends * 4).tolist())
    return zip(keys.tolist(), entries[starts].tolist(), counts.tolist(),
               map(data.__getitem__, slices), strict=True)


def _lengths_numpy(np: Any, row_keys: Any, counts: Any) -> Lengths:
    """``{term: {length: entries}}`` of rows sorted by key (so grouped by term)."""
    if not len(row_keys):
        return {}
    terms = row_keys >> np.uint64(LEN_BITS)
    lengths = (row_keys & np.uint64(MAX_LEN)).tolist()
    bounds = np.flatnonzero(np.concatenate(([True], terms[1:] != terms[:-1]))).tolist()
    bounds.append(len(lengths))
    terms_list = terms[bounds[:-1]].tolist()
    counts_list = counts.tolist()
    return {term: dict(zip(lengths[lo:hi], counts_list[lo:hi], strict=True))
            for term, lo, hi in zip(terms_list, bounds[:-1], bounds[1:], strict=True)}


def _keys_numpy(np: Any, buffer: PostingBuffer, tokens: Any, texts: Any) -> tuple[Any, Any]:
    """``(keys, entries)`` of the postings ``(tokens[i], texts[i])``, sorted by (text, token).

    A token's occurrence number is its rank among the equal ``(text, token)``
    pairs, found by sorting the pairs and counting from each run's start;
    terms past ``MAX_OCC`` are dropped.
    """
    u64 = np.uint64
    pairs = (texts.astype(u64) << u64(32)) | tokens
    pairs.sort()
    size = len(pairs)
    index = np.arange(size, dtype=np.int64)
    run_start = np.empty(size, dtype=bool)
    run_start[:1] = True
    np.not_equal(pairs[1:], pairs[:-1], out=run_start[1:])
    occurrence = index - np.maximum.accumulate(np.where(run_start, index, 0)) + 1
    del index, run_start
    keep = occurrence <= MAX_OCC
    if not keep.all():
        pairs, occurrence = pairs[keep], occurrence[keep]
    del keep
    text = (pairs >> u64(32)).astype(np.int64)
    lengths = np.frombuffer(buffer.lengths, dtype=np.uint32)
    langs = np.frombuffer(buffer.langs, dtype=np.uint8)
    keys = pairs & u64(0xFFFFFFFF)
    del pairs
    keys <<= u64(LANG_BITS)
    keys |= langs[text].astype(u64)
    keys <<= u64(OCC_BITS)
    keys |= occurrence.astype(u64)
    del occurrence
    keys <<= u64(LEN_BITS)
    keys |= np.minimum(lengths[text], MAX_LEN).astype(u64)
    entries = np.frombuffer(buffer.text_entries, dtype=np.uint32)[text]
    return keys, entries
