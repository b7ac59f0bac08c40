"""SQLite plumbing of :class:`tm.TranslationMemory` (private).

Connection setup (WAL, busy timeout), error translation to
:class:`tm.errors.StoreError`, row <-> :class:`tm.model.Unit` conversion,
statistics, re-indexing and the concordance search.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator

from tm.errors import StoreError
from tm.memory._index import MAX_LANGS, PostingBuffer, decode_ids
from tm.model import Origin, Unit

UNIT_COLUMNS = ("id, source, target, context, origin, note, source_lang, target_lang, "
                "created, changed, fuzzy")
INSERT_COLUMNS = (
    "id", "ukey", "pkey", "source", "target", "context", "origin", "note", "source_lang",
    "target_lang", "created", "changed", "fuzzy", "trusted", "prev_hash", "next_hash",
    "src_cls", "tgt_cls", "src_toks", "tgt_toks", "also")
INSERT_UNIT = (f"INSERT INTO units({', '.join(INSERT_COLUMNS)}) "
               f"VALUES ({', '.join('?' * len(INSERT_COLUMNS))})")


def connect(path: str | None, *, readonly: bool, timeout: float) -> sqlite3.Connection:
    """Open a connection in autocommit mode (transactions are explicit), WAL for files."""
    try:
        if path is None:
            conn = sqlite3.connect(":memory:", isolation_level=None)
        elif readonly:
            if not os.path.exists(path):
                raise StoreError(f"{path}: no such translation memory")
            uri = "file:" + os.path.abspath(path).replace("?", "%3f").replace("#", "%23")
            conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=timeout,
                                   isolation_level=None)
        else:
            conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        conn.execute("PRAGMA cache_size=-65536")
        conn.execute("PRAGMA mmap_size=4294967296")  # read the index through the page cache
    except sqlite3.Error as exc:
        raise StoreError(_describe(path, exc)) from None
    return conn


def _describe(path: str | None, exc: sqlite3.Error) -> str:
    where = path or ":memory:"
    text = str(exc)
    if "not a database" in text or "malformed" in text:
        return f"{where}: not a translation memory or the file is corrupted ({text})"
    if "locked" in text or "busy" in text:
        return f"{where}: the database is locked by another writer; retry when it finishes"
    if "readonly" in text or "read-only" in text:
        return f"{where}: the database is read-only ({text})"
    return f"{where}: {text}"


@contextlib.contextmanager
def errors(path: str | None) -> Iterator[None]:
    """Turn sqlite3 errors into one-line :class:`StoreError` naming *path*."""
    try:
        yield
    except sqlite3.Error as exc:
        raise StoreError(_describe(path, exc)) from None


def has_schema(conn: sqlite3.Connection) -> bool:
    """True when the database already holds the memory tables (opening needs no write)."""
    row = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'units'").fetchone()
    return bool(row[0])


def has_units(conn: sqlite3.Connection) -> bool:
    """True when at least one unit is stored."""
    return conn.execute("SELECT 1 FROM units LIMIT 1").fetchone() is not None


def check_schema(conn: sqlite3.Connection, path: str | None, version: str) -> None:
    """Refuse a database that is not a memory of this schema version."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "meta" not in tables or "units" not in tables:
        raise StoreError(f"{path}: not a tm translation memory (no units table)")
    row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
    if row is None or row[0] != version:
        found = row[0] if row else "none"
        raise StoreError(f"{path}: memory schema {found} is not supported (expected {version})")


def lang_ids(conn: sqlite3.Connection) -> dict[str, int]:
    """Language-class key -> small integer id used in index keys."""
    return dict(conn.execute("SELECT key, id FROM langs"))


def lang_id(conn: sqlite3.Connection, langs: dict[str, int], key: str) -> int:
    """The id of language class *key*, created on first use (at most 64 classes)."""
    found = langs.get(key)
    if found is None:
        if len(langs) >= MAX_LANGS:
            raise StoreError(f"too many languages in one memory (at most {MAX_LANGS})")
        found = len(langs)
        conn.execute("INSERT INTO langs(id, key) VALUES (?, ?)", (found, key))
        langs[key] = found
    return found


def next_unit_id(conn: sqlite3.Connection) -> int:
    """The id the next unit gets (never reused, so stale index entries stay harmless)."""
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name='units'").fetchone()
    top = conn.execute("SELECT max(id) FROM units").fetchone()[0]
    return max(row[0] if row else 0, top or 0) + 1


def vocab_size(conn: sqlite3.Connection) -> int:
    """Number of stored vocabulary tokens (ids are dense from 1)."""
    return int(conn.execute("SELECT max(id) FROM vocab").fetchone()[0] or 0)


def save_vocab(conn: sqlite3.Connection, vocab: dict[str, int]) -> None:
    """Insert the tokens added to *vocab* since it was loaded (they come last)."""
    stored = vocab_size(conn)
    conn.executemany("INSERT INTO vocab(token, id) VALUES (?, ?)",
                     itertools.islice(vocab.items(), stored, None))


def query_ids(conn: sqlite3.Connection, tokens: list[str]) -> list[int]:
    """Token ids of a query; unknown tokens get distinct negative ids."""
    distinct = list(dict.fromkeys(tokens))
    known: dict[str, int] = {}
    for start in range(0, len(distinct), 500):
        chunk = distinct[start:start + 500]
        marks = ",".join("?" * len(chunk))
        known.update(conn.execute(f"SELECT token, id FROM vocab WHERE token IN ({marks})", chunk))
    unknown: dict[str, int] = {}
    return [known[t] if t in known else unknown.setdefault(t, -1 - len(unknown)) for t in tokens]


def all_entries(conn: sqlite3.Connection) -> list[int]:
    """Every (unit, side) entry: the fallback when the index cannot bound a query."""
    ids = [r[0] for r in conn.execute("SELECT id FROM units")]
    return [e for i in ids for e in (i << 1, i << 1 | 1)]


def with_neighbours(units: Iterable[Unit], origin: Origin | str | None,
                    ) -> Iterator[tuple[Unit, str | None, str | None]]:
    """Yield ``(unit, previous source, next source)`` within each origin file.

    *origin*, when given, replaces every unit's origin.
    """
    replacement = Origin.parse(origin) if isinstance(origin, str) else origin
    prev: Unit | None = None
    before: Unit | None = None
    for raw in units:
        unit = raw if replacement is None else dataclasses.replace(raw, origin=replacement)
        if prev is not None:
            yield prev, _same_file(before, prev), _same_file(unit, prev)
        before, prev = prev, unit
    if prev is not None:
        yield prev, _same_file(before, prev), None


def _same_file(other: Unit | None, unit: Unit) -> str | None:
    if other is None or other.origin.path != unit.origin.path:
        return None
    return other.source


def unit_from_row(row: tuple[object, ...]) -> Unit:
    """Build a Unit from the columns of :data:`UNIT_COLUMNS` after ``id``."""
    (source, target, context, origin, note, source_lang, target_lang, created, changed,
     fuzzy) = row
    return Unit(str(source), str(target), str(context), Origin.parse(str(origin)), str(note),
                bool(fuzzy),
                str(source_lang), str(target_lang), str(created), str(changed))


def fetch_unit(conn: sqlite3.Connection, uid: int) -> tuple[Unit, bool, int, int] | None:
    """``(unit, trusted, prev_hash, next_hash)`` of unit *uid*, or None if removed."""
    row = conn.execute(
        f"SELECT {UNIT_COLUMNS}, trusted, prev_hash, next_hash FROM units WHERE id = ?", (uid,)
    ).fetchone()
    if row is None:
        return None
    return unit_from_row(row[1:11]), bool(row[11]), int(row[12]), int(row[13])


def swapped(unit: Unit) -> Unit:
    """The unit read the other way round (target becomes source)."""
    return Unit(unit.target, unit.source, unit.context, unit.origin, unit.note, unit.fuzzy,
                unit.target_lang, unit.source_lang, unit.created, unit.changed)


def stats(conn: sqlite3.Connection, path: str | None) -> dict[str, object]:
    """The numbers ``tm stats`` prints."""
    pairs: Counter[str] = Counter()
    origins: Counter[str] = Counter()
    trusted = 0
    total = 0
    for src, tgt, origin, is_trusted in conn.execute(
            "SELECT source_lang, target_lang, origin, trusted FROM units"):
        total += 1
        pairs[f"{src} -> {tgt}"] += 1
        origins[Origin.parse(origin).path] += 1
        trusted += int(is_trusted)
    size = 0
    if path is not None:
        size = sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))
    return {"units": total, "languages": dict(sorted(pairs.items())),
            "origins": dict(sorted(origins.items())), "trusted": trusted,
            "untrusted": total - trusted, "size": size}


def reindex(conn: sqlite3.Connection) -> None:
    """Rebuild every posting from the token ids stored with the units."""
    buffer = PostingBuffer()
    for uid, src, tgt, src_cls, tgt_cls in conn.execute(
            "SELECT id, src_toks, tgt_toks, src_cls, tgt_cls FROM units ORDER BY id").fetchall():
        buffer.add(uid << 1, decode_ids(src), src_cls)
        buffer.add(uid << 1 | 1, decode_ids(tgt), tgt_cls)
    buffer.flush(conn)
