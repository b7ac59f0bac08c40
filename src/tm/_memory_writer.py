"""Adding units to a memory (private): de-duplication, batching, indexing.

One :class:`Writer` runs inside the ``BEGIN IMMEDIATE`` transaction of
:meth:`tm.TranslationMemory.add`.  Rows are inserted in batches with
``executemany``; postings are buffered in memory and written at the end (or
when the buffer grows large), so a million-unit import takes minutes.
"""

from __future__ import annotations

import functools
import hashlib
import sqlite3
from collections.abc import Iterable

from tm import _memory_store as store
from tm._memory_index import PostingBuffer, encode_ids
from tm.langcodes import lang_key, normalize_lang
from tm.matching import match_tokens
from tm.model import Unit

_ROW_BATCH = 20_000
_FLUSH_ENTRIES = 40_000_000
_norm = functools.lru_cache(maxsize=256)(normalize_lang)
_key = functools.lru_cache(maxsize=256)(lang_key)


def text_hash(text: str) -> int:
    """A 56-bit hash of whitespace-collapsed *text* (neighbour sentences)."""
    folded = " ".join(text.split())
    return int.from_bytes(hashlib.blake2b(folded.encode(), digest_size=7).digest(), "big")


def origin_file(origin: str) -> str:
    """The file part of an origin: ``a.po:12`` -> ``a.po``."""
    head, sep, tail = origin.rpartition(":")
    return head if sep and tail.isdigit() else origin


class Writer:
    """Adds units to the open transaction of *conn*; :meth:`run` returns the count."""

    def __init__(self, conn: sqlite3.Connection, vocab: dict[str, int], trusted: bool) -> None:
        self.conn = conn
        self.vocab = vocab
        self.trusted = int(trusted)
        self.langs = store.lang_ids(conn)
        self.buffer = PostingBuffer()
        self.next_id = store.next_unit_id(conn)
        self.check_db = self.next_id > 1 and store.has_units(conn)
        # unit key -> (id, digest of target and note) of the units added by this call
        self.seen: dict[bytes, tuple[int, bytes]] = {}
        self.pending: dict[int, tuple[object, ...]] = {}
        self.changed = 0

    def run(self, units: Iterable[Unit], origin: str | None) -> int:
        """Add every unit (with its neighbours in the same file); return how many changed."""
        for unit, prev_src, next_src in store.with_neighbours(units, origin, origin_file):
            self.add(unit, prev_src, next_src)
            if len(self.pending) >= _ROW_BATCH:
                self.write_rows()
            if self.buffer.entries > _FLUSH_ENTRIES:
                self.buffer.flush(self.conn)
        self.write_rows()
        self.buffer.flush(self.conn)
        store.save_vocab(self.conn, self.vocab)
        return self.changed

    def write_rows(self) -> None:
        """Insert the pending unit rows."""
        self.conn.executemany(store.INSERT_UNIT, self.pending.values())
        self.pending = {}

    def add(self, unit: Unit, prev_src: str | None, next_src: str | None) -> None:
        """Add one unit unless an identical one is stored; replace an outdated one."""
        if not unit.source.strip() or not unit.target.strip():
            return
        src_lang, tgt_lang = _norm(unit.source_lang), _norm(unit.target_lang)
        key_text = "\x1f".join((unit.source, unit.context, origin_file(unit.origin),
                                src_lang, tgt_lang))
        ukey = hashlib.blake2b(key_text.encode(), digest_size=16).digest()
        if not self.forget_old(ukey, unit):
            return
        src_cls = store.lang_id(self.conn, self.langs, _key(src_lang))
        tgt_cls = store.lang_id(self.conn, self.langs, _key(tgt_lang))
        vocab = self.vocab
        src_ids = [vocab.setdefault(t, len(vocab) + 1) for t in match_tokens(unit.source)]
        tgt_ids = [vocab.setdefault(t, len(vocab) + 1) for t in match_tokens(unit.target)]
        uid = self.next_id
        self.next_id += 1
        self.pending[uid] = (
            uid, ukey, unit.source, unit.target, unit.context, unit.origin, unit.note,
            src_lang, tgt_lang, unit.created, unit.changed, int(unit.fuzzy), self.trusted,
            text_hash(prev_src) if prev_src is not None else 0,
            text_hash(next_src) if next_src is not None else 0,
            src_cls, tgt_cls, encode_ids(src_ids), encode_ids(tgt_ids))
        self.seen[ukey] = (uid, _digest(unit.target, unit.note))
        self.buffer.add(uid << 1, src_ids, src_cls)
        self.buffer.add(uid << 1 | 1, tgt_ids, tgt_cls)
        self.changed += 1

    def forget_old(self, ukey: bytes, unit: Unit) -> bool:
        """Delete the unit *ukey* replaces; False when it is already stored as is."""
        digest = _digest(unit.target, unit.note)
        old = self.seen.get(ukey)
        if old is None and self.check_db:
            row = self.conn.execute(
                "SELECT id, target, note, trusted FROM units WHERE ukey = ?", (ukey,)).fetchone()
            if row is not None:  # a change of trust replaces the unit too
                old = (row[0], _digest(row[1], row[2]) if row[3] == self.trusted else b"")
        if old is None:
            return True
        if old[1] == digest:
            return False
        if self.pending.pop(old[0], None) is None:
            self.conn.execute("DELETE FROM units WHERE id = ?", (old[0],))
        return True


def _digest(target: str, note: str) -> bytes:
    return hashlib.blake2b(f"{target}\x1f{note}".encode(), digest_size=12).digest()
