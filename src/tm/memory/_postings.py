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

A writer flushes every :data:`FLUSH_ENTRIES` entries, which bounds an import's
memory (one more row per key and flush, clustered by key on disk).
"""

from __future__ import annotations

import importlib
from array import array
from collections.abc import Iterator, Sequence
from types import ModuleType
from typing import Any

from tm.memory._backend import Connection
from tm.memory._index import ITEM, LANG_BITS, LEN_BITS, MAX_LEN, MAX_OCC, OCC_BITS, decode_ids

__all__ = ["FLUSH_ENTRIES", "PostingBuffer", "numpy_or_none"]

#: Posting entries a writer buffers before writing them (4 bytes each in the buffer,
#: about 30 while numpy groups them): bounds a bulk import's memory.
FLUSH_ENTRIES = 8_000_000
#: Buffers smaller than this are grouped in Python (importing numpy costs more).
NUMPY_FROM = 50_000
#: Tokens whose keys numpy computes at a time (bounds the temporary arrays).
_CHUNK_TOKENS = 1 << 20
#: Terms per ``IN (...)`` query: well under SQLite's oldest bound on host parameters (999).
_BATCH = 500
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
    """

    def __init__(self, numpy: bool | None = None) -> None:
        self.numpy = numpy
        self._clear()

    def _clear(self) -> None:
        self.tokens: array[int] = array(ITEM)
        self.text_entries: array[int] = array(ITEM)
        self.lengths: array[int] = array(ITEM)
        self.langs: array[int] = array("B")
        self.shapes: dict[int, int] = {}  # pseudo-term key -> texts
        self.entries = 0

    def add(self, entry: int, token_ids: array[int] | list[int], lang: int,
            shapes: Sequence[int] = ()) -> None:
        """Index one text (*entry* = ``unit_id << 1 | side``; entries come ascending).

        *shapes* are the text's pseudo-tokens (:func:`tm.memory._shapes.text_terms`),
        counted in the length histograms only.
        """
        self.tokens.extend(token_ids)
        self.text_entries.append(entry)
        n = len(token_ids)
        self.lengths.append(n)
        self.langs.append(lang)
        self.entries += n
        low = (lang << OCC_BITS) << LEN_BITS | min(n, MAX_LEN)
        counts = self.shapes
        for token in shapes:
            key = token << _TOKEN_SHIFT | low
            counts[key] = counts.get(key, 0) + 1

    def grouped(self) -> tuple[Iterator[PostingRow], Lengths]:
        """The buffered postings as ``(key, seq, n, ids)`` rows in key order, and their lengths.

        The second item is ``{term: {text length: entries}}``, what the rows add to
        each term's length histogram.
        """
        np = self._numpy()
        if np is not None:
            return _grouped_numpy(np, self)
        return _grouped_python(self)

    def _numpy(self) -> Any:
        if self.numpy is False or (self.numpy is None and self.entries < NUMPY_FROM):
            return None
        np = numpy_or_none()
        if np is None and self.numpy:
            raise RuntimeError("numpy is not installed")
        return np

    def flush(self, conn: Connection) -> None:
        """Write the buffered postings (one row per key, key order) and empty the buffer.

        Also adds to each term's histogram of text lengths (``term_lengths``),
        which is what lookups read to choose the cheapest terms.
        """
        if not self.entries and not self.shapes:
            return
        rows, added = self.grouped()
        for key, count in self.shapes.items():
            by_len = added.setdefault(key >> LEN_BITS, {})
            by_len[key & MAX_LEN] = by_len.get(key & MAX_LEN, 0) + count
        self._clear()
        conn.insert_many("postings", ("key", "seq", "n", "ids"), rows)
        _add_lengths(conn, added)


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
        if len(counts) < top:
            counts.extend([0] * (top - len(counts)))
        for n, count in by_len.items():
            counts[n] += count
        (new if old is None else changed).append((term, counts.tobytes()))
    conn.insert_many("term_lengths", ("term", "counts"), new)
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


def _grouped_numpy(np: Any, buffer: PostingBuffer) -> tuple[Iterator[PostingRow], Lengths]:
    """Group the buffer with numpy: keys computed in chunks, one stable sort.

    The rows are assembled by C-level iterators (no Python frame per row).
    """
    keys, entries = _keys_numpy(np, buffer)
    order = np.argsort(keys, kind="stable")  # equal keys keep their (ascending) entry order
    keys = keys[order]
    entries = entries[order]
    del order
    if not len(keys):
        return iter(()), {}
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    ends = np.append(starts[1:], len(keys))
    row_keys = keys[starts]
    counts = ends - starts
    data = entries.tobytes()  # uint32, native order: the stored encoding
    row_keys_list, counts_list = row_keys.tolist(), counts.tolist()
    slices = map(slice, (starts * 4).tolist(), (ends * 4).tolist())
    rows = zip(row_keys_list, entries[starts].tolist(), counts_list,
               map(data.__getitem__, slices), strict=True)
    return rows, _lengths_numpy(np, row_keys, counts)


def _lengths_numpy(np: Any, row_keys: Any, counts: Any) -> Lengths:
    """``{term: {length: entries}}`` of rows sorted by key (so grouped by term)."""
    terms = row_keys >> np.uint64(LEN_BITS)
    lengths = (row_keys & np.uint64(MAX_LEN)).tolist()
    bounds = np.flatnonzero(np.concatenate(([True], terms[1:] != terms[:-1]))).tolist()
    bounds.append(len(lengths))
    terms_list = terms[bounds[:-1]].tolist()
    counts_list = counts.tolist()
    return {term: dict(zip(lengths[lo:hi], counts_list[lo:hi], strict=True))
            for term, lo, hi in zip(terms_list, bounds[:-1], bounds[1:], strict=True)}


def _keys_numpy(np: Any, buffer: PostingBuffer) -> tuple[Any, Any]:
    """``(keys, entries)`` of every posting of the buffer (terms past ``MAX_OCC`` dropped)."""
    u64 = np.uint64
    tokens = np.frombuffer(buffer.tokens, dtype=np.uint32)
    lengths = np.frombuffer(buffer.lengths, dtype=np.uint32)
    text_entries = np.frombuffer(buffer.text_entries, dtype=np.uint32)
    langs = np.frombuffer(buffer.langs, dtype=np.uint8)
    keys = np.empty(len(tokens), dtype=u64)
    entries = np.empty(len(tokens), dtype=np.uint32)
    ends = np.cumsum(lengths, dtype=np.int64)
    filled = 0
    first_text = 0
    while first_text < len(lengths):  # texts whose tokens fit in one chunk (at least one)
        last_text = max(first_text + 1, int(np.searchsorted(
            ends, (ends[first_text - 1] if first_text else 0) + _CHUNK_TOKENS, side="right")))
        lo = int(ends[first_text - 1]) if first_text else 0
        hi = int(ends[last_text - 1])
        text = np.repeat(np.arange(first_text, last_text, dtype=u64),
                         lengths[first_text:last_text])
        chunk_keys, chunk_texts = _chunk_keys(np, tokens[lo:hi], text, lengths, langs)
        keys[filled:filled + len(chunk_keys)] = chunk_keys
        entries[filled:filled + len(chunk_keys)] = text_entries[chunk_texts]
        filled += len(chunk_keys)
        first_text = last_text
    return keys[:filled], entries[:filled]


def _chunk_keys(np: Any, tokens: Any, text: Any, lengths: Any, langs: Any) -> tuple[Any, Any]:
    """Keys of one chunk's tokens (and the text of each), sorted by (text, token).

    A token's occurrence number is its rank among the equal ``(text, token)``
    pairs, found by sorting the pairs and counting from each run's start.
    """
    u64 = np.uint64
    pairs = (text << u64(32)) | tokens.astype(u64)
    pairs.sort(kind="stable")
    size = len(pairs)
    index = np.arange(size, dtype=np.int64)
    run_start = np.empty(size, dtype=bool)
    run_start[:1] = True
    np.not_equal(pairs[1:], pairs[:-1], out=run_start[1:])
    occurrence = index - np.maximum.accumulate(np.where(run_start, index, 0)) + 1
    keep = occurrence <= MAX_OCC
    pairs, occurrence = pairs[keep], occurrence[keep].astype(u64)
    texts = (pairs >> u64(32)).astype(np.int64)
    token = pairs & u64(0xFFFFFFFF)
    length = np.minimum(lengths[texts], MAX_LEN).astype(u64)
    lang = langs[texts].astype(u64)
    keys = ((((token << u64(LANG_BITS)) | lang) << u64(OCC_BITS) | occurrence)
            << u64(LEN_BITS)) | length
    return keys, texts
