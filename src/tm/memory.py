"""A translation memory in SQLite: store units, look up exact and fuzzy matches.

>>> from tm import TranslationMemory, Unit
>>> with TranslationMemory.open() as memory:
...     memory.add([Unit("The store opens at 9 am.", "商店上午9点开门。")])
...     [(m.score, m.unit.target) for m in memory.lookup("The store opens at 10 am.")]
1
[(83.0, '商店上午9点开门。')]

One file holds everything (units, the vocabulary, the inverted index), in WAL
mode so several readers and one writer can share it.  The score and the index
that finds every unit at or above ``min_score`` without scanning the memory
are described in :mod:`tm.matching` and :mod:`tm._memory_index`.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType

from tm import _memory_store as store
from tm._memory_index import SCHEMA, Index, PostingBuffer, encode_ids
from tm.errors import StoreError
from tm.langcodes import lang_key, normalize_lang
from tm.matching import finish, match_tokens
from tm.model import Match, Unit
from tm.placeables import adapt

__all__ = ["ConcordanceHit", "TranslationMemory"]

SCHEMA_VERSION = "1"
# (unit key, column values, language classes, source token ids, target token ids)
_Prepared = tuple[bytes, tuple[object, ...], tuple[int, int], list[int], list[int]]
_FLUSH_ENTRIES = 3_000_000


@dataclass(frozen=True, slots=True)
class ConcordanceHit:
    """A unit containing a searched phrase.

    ``side`` is ``"source"`` or ``"target"`` (the text the phrase was found in),
    ``spans`` the ``(start, end)`` offsets of every occurrence in that text.
    """

    unit: Unit
    side: str
    spans: tuple[tuple[int, int], ...]


def _text_hash(text: str) -> int:
    folded = " ".join(text.split())
    return int.from_bytes(hashlib.blake2b(folded.encode(), digest_size=7).digest(), "big")


def _origin_file(origin: str) -> str:
    head, sep, tail = origin.rpartition(":")
    return head if sep and tail.isdigit() else origin


class TranslationMemory:
    """Translation units in one SQLite file, searchable in both directions.

    Open with :meth:`open`; use as a context manager or call :meth:`close`.
    """

    def __init__(self, conn: sqlite3.Connection, path: str | None, readonly: bool) -> None:
        self._conn = conn
        self.path = path
        self.readonly = readonly
        self._index = Index(conn)
        self._vocab: dict[str, int] | None = None

    # -- opening and closing ------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, readonly: bool = False,
             timeout: float = 10.0) -> TranslationMemory:
        """Open (or create) the memory at *path*; ``None`` keeps it in memory.

        ``readonly=True`` never writes and fails if the file does not exist.
        *timeout* is how long to wait for another writer before giving up.
        A file that is not a memory, or a locked one, raises :class:`StoreError`.
        """
        where = str(path) if path is not None else None
        conn = store.connect(where, readonly=readonly, timeout=timeout)
        with store.errors(where):
            if not readonly and not store.has_schema(conn):
                conn.executescript(SCHEMA)
                conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            store.check_schema(conn, where, SCHEMA_VERSION)
        return cls(conn, where, readonly)

    def close(self) -> None:
        """Close the database connection (further calls raise StoreError)."""
        self._conn.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __len__(self) -> int:
        with store.errors(self.path):
            return int(self._conn.execute("SELECT count(*) FROM units").fetchone()[0])

    # -- adding ---------------------------------------------------------------

    def add(self, units: Iterable[Unit], *, trusted: bool = True, origin: str | None = None) -> int:
        """Store *units* in one transaction; return how many were added or changed.

        A unit is identified by its source, context, origin file (``a.po:12``
        and ``a.po:40`` are both ``a.po``) and languages: adding it again is a
        no-op, adding it with a new target replaces the old one.  Units with an
        empty source or target are skipped.  ``trusted=False`` marks them as
        coming from a memory whose exact matches must still be reviewed.
        *origin* overrides each unit's ``origin``.  On any error nothing is
        stored.  Consecutive units of one origin file are remembered as
        neighbours, for in-context matches (``lookup(prev=..., next=...)``).
        """
        if self.readonly:
            raise StoreError(f"{self.path}: the memory was opened read-only")
        with store.errors(self.path):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                changed = self._add_all(units, trusted, origin)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                self._vocab = None
                raise
        return changed

    def _add_all(self, units: Iterable[Unit], trusted: bool, origin: str | None) -> int:
        vocab = self._load_vocab()
        langs = store.lang_ids(self._conn)
        buffer = PostingBuffer()
        next_id = store.next_unit_id(self._conn)
        changed = 0
        for unit, prev_src, next_src in store.with_neighbours(units, origin, _origin_file):
            row = self._prepare(unit, trusted, vocab, langs, prev_src, next_src)
            if row is None:
                continue
            ukey, fields, classes, src_ids, tgt_ids = row
            old = self._conn.execute(
                "SELECT id, target, note, trusted FROM units WHERE ukey = ?", (ukey,)).fetchone()
            if old is not None:
                if (old[1], old[2], old[3]) == (unit.target, unit.note, int(trusted)):
                    continue
                self._conn.execute("DELETE FROM units WHERE id = ?", (old[0],))
            self._conn.execute(store.INSERT_UNIT, (next_id, ukey, *fields))
            buffer.add(next_id << 1, src_ids, classes[0])
            buffer.add(next_id << 1 | 1, tgt_ids, classes[1])
            next_id += 1
            changed += 1
            if buffer.entries > _FLUSH_ENTRIES:
                buffer.flush(self._conn)
        buffer.flush(self._conn)
        store.save_vocab(self._conn, vocab)
        return changed

    def _load_vocab(self) -> dict[str, int]:
        if self._vocab is None or store.vocab_size(self._conn) != len(self._vocab):
            self._vocab = dict(self._conn.execute("SELECT token, id FROM vocab"))
        return self._vocab

    def _prepare(self, unit: Unit, trusted: bool, vocab: dict[str, int],
                 langs: dict[str, int], prev_src: str | None, next_src: str | None,
                 ) -> _Prepared | None:
        if not unit.source.strip() or not unit.target.strip():
            return None
        src_lang, tgt_lang = normalize_lang(unit.source_lang), normalize_lang(unit.target_lang)
        src_cls = store.lang_id(self._conn, langs, lang_key(src_lang))
        tgt_cls = store.lang_id(self._conn, langs, lang_key(tgt_lang))
        src_ids = [vocab.setdefault(t, len(vocab) + 1) for t in match_tokens(unit.source)]
        tgt_ids = [vocab.setdefault(t, len(vocab) + 1) for t in match_tokens(unit.target)]
        key_text = "\x1f".join((unit.source, unit.context, _origin_file(unit.origin),
                                src_lang, tgt_lang))
        ukey = hashlib.blake2b(key_text.encode(), digest_size=16).digest()
        fields = (unit.source, unit.target, unit.context, unit.origin, unit.note,
                  src_lang, tgt_lang, unit.created, unit.changed, int(unit.fuzzy), int(trusted),
                  _text_hash(prev_src) if prev_src is not None else 0,
                  _text_hash(next_src) if next_src is not None else 0,
                  src_cls, tgt_cls, encode_ids(src_ids), encode_ids(tgt_ids))
        return ukey, fields, (src_cls, tgt_cls), src_ids, tgt_ids

    def remove_origin(self, origin: str) -> int:
        """Delete every unit imported from file *origin*; return how many."""
        if self.readonly:
            raise StoreError(f"{self.path}: the memory was opened read-only")
        with store.errors(self.path), self._conn:
            ids = [r[0] for r in self._conn.execute("SELECT id, origin FROM units")
                   if _origin_file(r[1]) == _origin_file(origin)]
            self._conn.executemany("DELETE FROM units WHERE id = ?", ((i,) for i in ids))
        return len(ids)

    def optimize(self) -> None:
        """Rebuild the index from the stored units: drops entries of replaced units."""
        with store.errors(self.path):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.execute("DELETE FROM postings")
                store.reindex(self._conn)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("VACUUM")

    # -- reading ---------------------------------------------------------------

    def units(self) -> Iterator[Unit]:
        """Yield every stored unit, in the order they were added."""
        with store.errors(self.path):
            rows = self._conn.execute(f"SELECT {store.UNIT_COLUMNS} FROM units ORDER BY id")
            for row in rows:
                yield store.unit_from_row(row[1:])

    def stats(self) -> dict[str, object]:
        """Counts for ``tm stats``: units, language pairs, origins, trusted, bytes on disk."""
        with store.errors(self.path):
            return store.stats(self._conn, self.path, _origin_file)

    def lookup(self, query: str, *, source_lang: str = "en", target_lang: str = "zh-CN",
               min_score: float = 70, limit: int = 5, context: str = "", prev: str = "",
               next: str = "", strict_regions: bool = False) -> list[Match]:
        """Return up to *limit* matches scoring ``>= min_score`` for *query*, best first.

        The query is in *source_lang*; units stored the other way round
        (``zh-CN -> en`` for an ``en -> zh-CN`` query) are found too, and come
        back with source and target swapped so ``match.unit.target`` is always
        the translation.  An exact match (100) whose ``context`` equals
        *context*, or whose neighbours equal *prev*/*next*, is ``in_context``
        and ranks first.  Exact matches of untrusted units score 99.
        """
        if limit <= 0:
            return []
        if not 0 <= min_score <= 100:
            raise ValueError(f"min_score must be in 0..100, got {min_score}")
        threshold = max(1, int(-(-min_score // 1)))
        with store.errors(self.path):
            langs = store.lang_ids(self._conn)
            q_cls = langs.get(lang_key(source_lang))
            o_cls = langs.get(lang_key(target_lang))
            folded = match_tokens(query)
            if q_cls is None or o_cls is None or not query.strip():
                return []
            ids = store.query_ids(self._conn, folded)
            found = self._index.candidates(ids, q_cls, threshold)
            if found is None:
                found = store.all_entries(self._conn)
            hits = self._index.verify(found, ids, threshold, o_cls)
            matches = self._finish(query, folded, hits, min_score, (context, prev, next),
                                   (source_lang, target_lang, strict_regions))
        return matches[:limit]

    def _finish(self, query: str, folded: list[str], hits: list[tuple[int, int, float]],
                min_score: float, where: tuple[str, str, str],
                langs: tuple[str, str, bool]) -> list[Match]:
        source_lang, target_lang, strict = langs
        ranked: list[tuple[tuple[float, ...], Match]] = []
        for uid, side, base in hits:
            row = store.fetch_unit(self._conn, uid)
            if row is None:
                continue
            unit, trusted, prev_hash, next_hash = row
            if side == 1:
                unit = store.swapped(unit)
            if strict and (normalize_lang(unit.source_lang) != normalize_lang(source_lang)
                           or normalize_lang(unit.target_lang) != normalize_lang(target_lang)):
                continue
            scored = finish(query, unit.source, base, folded, match_tokens(unit.source))
            value = float(scored.value)
            if value >= 100 and not trusted:
                value = 99.0
            if value < min_score:
                continue
            in_context = value >= 100 and _in_context(unit, prev_hash, next_hash, where)
            adapted = None
            if value < 100:
                adapted = adapt(query, unit.source, unit.target,
                                source_lang=unit.source_lang, target_lang=unit.target_lang)
            match = Match(unit, value, in_context, adapted, trusted)
            ranked.append(((-value, -in_context, -base, -trusted, -uid), match))
        ranked.sort(key=lambda pair: pair[0])
        out: list[Match] = []
        seen: set[tuple[str, str]] = set()
        for _, match in ranked:
            pair = (match.unit.source, match.unit.target)
            if pair not in seen:
                seen.add(pair)
                out.append(match)
        return out

    def concordance(self, phrase: str, *, limit: int = 50) -> list[ConcordanceHit]:
        """Return units whose source or target contains *phrase* (case-insensitive).

        English matches whole words (``Inno Way`` does not match ``Inno Wayne``);
        Chinese matches any substring.  Hits come in the order units were added.
        """
        with store.errors(self.path):
            return [ConcordanceHit(unit, side, spans)
                    for unit, side, spans in store.concordance(self._conn, phrase, limit)]


def _in_context(unit: Unit, prev_hash: int, next_hash: int, where: tuple[str, str, str]) -> bool:
    context, prev, nxt = where
    if context:
        return unit.context == context
    if not prev and not nxt:
        return False
    if prev and _text_hash(prev) != prev_hash:
        return False
    return not (nxt and _text_hash(nxt) != next_hash)

