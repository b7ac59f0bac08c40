"""Rows of a memory, whatever the engine (private).

Row <-> :class:`tm.model.Unit` conversion, language and vocabulary ids, the
unit id counter, statistics and re-indexing, as SQL on a
:class:`tm.memory._backend.Connection` (so the same for SQLite and PostgreSQL).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from tm.errors import StoreError
from tm.memory._backend import IN_LIST_VALUES, Connection
from tm.memory._index import MAX_LANGS, decode_ids
from tm.memory._matching import analyse
from tm.memory._postings import FLUSH_ENTRIES, PostingBuffer
from tm.memory._schema import BEFORE_MARKUP, OLDER, SCHEMA_VERSION
from tm.memory._shapes import shape_terms
from tm.model import Origin, Unit

UNIT_COLUMNS = ("id, source, target, context, origin, note, source_lang, target_lang, "
                "created, changed, fuzzy")
#: A row of :func:`unit_select`: ``row[1:UNIT_END]`` is what :func:`unit_from_row` takes.
UNIT_END = 13
INSERT_COLUMNS = (
    "id", "ukey", "pkey", "source", "target", "context", "origin", "note", "source_lang",
    "target_lang", "created", "changed", "fuzzy", "trusted", "prev_hash", "next_hash",
    "src_cls", "tgt_cls", "src_toks", "tgt_toks", "also", "owner_trusted", "file")
#: Tokens per ``IN (...)`` query (tm.memory._backend.IN_LIST_VALUES).
_BATCH = IN_LIST_VALUES
_REINDEX_BATCH = 5000


def lang_ids(conn: Connection) -> dict[str, int]:
    """Language-class key -> small integer id used in index keys."""
    return dict(conn.execute("SELECT key, id FROM langs"))


def lang_id(conn: Connection, langs: dict[str, int], key: str) -> int:
    """The id of language class *key*, created on first use (at most 64 classes).  *langs*
    may be a cache of the table from an earlier transaction (ids never change): a class
    it lacks is looked for in the table first (another writer may have added it)."""
    found = langs.get(key)
    if found is None:
        langs.update(lang_ids(conn))
        found = langs.get(key)
    if found is None:
        if len(langs) >= MAX_LANGS:
            raise StoreError(f"too many languages in one memory (at most {MAX_LANGS})")
        found = len(langs)
        conn.execute("INSERT INTO langs(id, key) VALUES (?, ?)", (found, key))
        langs[key] = found
    return found


#: Unit ids live in the index's postings as ``id * 2 + side`` in 32-bit words.
_MAX_UNIT_ID = 2**31 - 1


def next_unit_id(conn: Connection) -> tuple[int, bool, bool]:
    """The id the next unit gets (never reused, so stale index entries stay harmless),
    whether any unit is stored and whether any file is listed (tm.memory._listed): one
    query (a round trip to a PostgreSQL server) for all three."""
    row = conn.execute(
        "SELECT value, EXISTS (SELECT 1 FROM units), EXISTS (SELECT 1 FROM listed) "
        "FROM meta WHERE key = 'next_id'").fetchone()
    if row is None:
        raise StoreError("the memory is damaged (it has no next unit id); restore it from a "
                         "backup or rebuild it with tm import")
    value, stored, listed = row
    if not str(value).isdigit() or not 1 <= int(value) <= _MAX_UNIT_ID:
        raise StoreError(f"the memory is damaged (its next unit id is {str(value)[:20]!r}); "
                         "restore it from a backup or rebuild it with tm import")
    return int(value), bool(stored), bool(listed)


def save_next_unit_id(conn: Connection, next_id: int) -> None:
    """Remember the id the next unit gets (inside the write transaction)."""
    conn.execute("UPDATE meta SET value = ? WHERE key = 'next_id'", (str(next_id),))


def known_ids(conn: Connection, tokens: Iterable[str]) -> dict[str, int]:
    """``{token: id}`` of those of *tokens* the vocabulary holds (one query per 500)."""
    distinct = list(dict.fromkeys(tokens))
    known: dict[str, int] = {}
    for start in range(0, len(distinct), _BATCH):
        where, params = conn.in_list("token", distinct[start:start + _BATCH])
        known.update(conn.execute(f"SELECT token, id FROM vocab WHERE {where}", params))
    return known


def query_ids(conn: Connection, tokens: list[str]) -> list[int]:
    """Token ids of a query; unknown tokens get distinct negative ids."""
    known = known_ids(conn, tokens)
    unknown: dict[str, int] = {}
    return [known[t] if t in known else unknown.setdefault(t, -1 - len(unknown)) for t in tokens]


def all_entries(conn: Connection) -> list[int]:
    """Every (unit, side) entry: the fallback when the index cannot bound a query."""
    ids = [r[0] for r in conn.execute("SELECT id FROM units")]
    return [e for i in ids for e in (i << 1, i << 1 | 1)]


def with_neighbours(units: Iterable[Unit], origin: Origin | str | None,
                    ) -> Iterator[tuple[Unit, str | None, str | None]]:
    """Yield ``(unit, previous source, next source)`` within each origin file.

    A unit whose file declares its neighbours (``Unit.prev``/``Unit.next``, e.g.
    a CAT tool's TMX context props) has those instead: a TMX's order says
    nothing about a document's.  *origin*, when given, replaces every unit's
    origin.
    """
    replacement = Origin.parse(origin) if isinstance(origin, str) else origin
    prev: Unit | None = None
    before: Unit | None = None
    for raw in units:
        unit = raw if replacement is None else dataclasses.replace(raw, origin=replacement)
        if prev is not None:
            yield _declared(prev, _same_file(before, prev), _same_file(unit, prev))
        before, prev = prev, unit
    if prev is not None:
        yield _declared(prev, _same_file(before, prev), None)


def _declared(unit: Unit, before: str | None, after: str | None,
              ) -> tuple[Unit, str | None, str | None]:
    """*unit* with its declared neighbours, else with *before*/*after* (its file's)."""
    if unit.prev is None and unit.next is None:
        return unit, before, after
    return unit, unit.prev or None, unit.next or None


def _same_file(other: Unit | None, unit: Unit) -> str | None:
    if other is None or other.origin.path != unit.origin.path:
        return None
    return other.source


def has_markup(conn: Connection) -> bool:
    """True when the memory has the markup table (schema 6; not an older one opened read-only)."""
    if conn.markup is None:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        conn.markup = row is not None and str(row[0]) not in BEFORE_MARKUP
    return conn.markup


def has_files(conn: Connection) -> bool:
    """True when the memory has the ``files`` table of file identities (schema 10; not an
    older one opened read-only)."""
    if conn.files is None:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        conn.files = row is not None and str(row[0]) not in OLDER
    return conn.files


def unit_select(conn: Connection, extra: str = "") -> str:
    """``SELECT`` id, the unit's columns, its markup and *extra* columns ``FROM units``.

    The markup comes from the side table (a ``LEFT JOIN``: most units have
    none); ``row[1:UNIT_END]`` of each row is what :func:`unit_from_row` takes
    and *extra* columns (``", trusted"``) follow.  A ``WHERE``/``ORDER BY``
    may be appended.
    """
    if has_markup(conn):
        return (f"SELECT {UNIT_COLUMNS}, coalesce(source_markup, ''), "
                f"coalesce(target_markup, ''){extra} FROM units LEFT JOIN markup ON unit = id")
    return f"SELECT {UNIT_COLUMNS}, '', ''{extra} FROM units"


def unit_from_row(row: Sequence[object]) -> Unit:
    """Build a Unit from the columns of :func:`unit_select` after ``id``."""
    (source, target, context, origin, note, source_lang, target_lang, created, changed,
     fuzzy, source_markup, target_markup) = row
    texts = (source, target, context, origin, note, source_lang, target_lang, created, changed,
             source_markup, target_markup)
    if not all(isinstance(text, str) for text in texts):
        # A BLOB or NULL in a text column (SQLite allows both): it came out as the
        # text "b'...'" or "None", in lookups and exports alike (R9-3).
        shown = next(type(t).__name__ for t in texts if not isinstance(t, str))
        raise StoreError(f"the memory is damaged (a unit holds a {shown} where text belongs); "
                         "restore it from a backup or rebuild it with tm import")
    return Unit(str(source), str(target), str(context), Origin.parse(str(origin)), str(note),
                bool(fuzzy),
                str(source_lang), str(target_lang), str(created), str(changed),
                str(source_markup), str(target_markup))


#: A unit as :func:`fetch_units` reads it: the unit, its trust, the hashes of its previous
#: and next sources, and its file's identity key (tm.memory._files; "" in an older memory
#: read as it is).
StoredUnit = tuple[Unit, bool, int, int, str]


def fetch_units(conn: Connection, ids: Sequence[int]) -> dict[int, StoredUnit]:
    """``{id: (unit, trusted, prev_hash, next_hash, file key)}`` of the units *ids* still
    stored."""
    out: dict[int, StoredUnit] = {}
    key = ("(SELECT key FROM files WHERE files.id = units.file)" if has_files(conn)
           else "''")
    for start in range(0, len(ids), _BATCH):
        where, params = conn.in_list("id", list(ids[start:start + _BATCH]))
        for row in conn.execute(
                f"{unit_select(conn, f', trusted, prev_hash, next_hash, {key}')} WHERE {where}",
                params):
            out[stored_int(row[0])] = (unit_from_row(row[1:UNIT_END]), bool(row[UNIT_END]),
                                       stored_int(row[UNIT_END + 1]),
                                       stored_int(row[UNIT_END + 2]),
                                       str(row[UNIT_END + 3] or ""))
    return out


def stored_int(value: object) -> int:
    """*value*, a stored integer cell; StoreError when it is none (a damaged memory)."""
    if isinstance(value, int):
        return value
    try:
        return int(str(value) if not isinstance(value, bytes) else value)
    except (TypeError, ValueError):
        raise StoreError(f"the memory is damaged (a number cell holds {str(value)[:20]!r}); "
                         "restore it from a backup or rebuild it with tm import") from None


def swapped(unit: Unit) -> Unit:
    """The unit read the other way round (target becomes source)."""
    return Unit(unit.target, unit.source, unit.context, unit.origin, unit.note, unit.fuzzy,
                unit.target_lang, unit.source_lang, unit.created, unit.changed,
                unit.target_markup, unit.source_markup)


def stats(conn: Connection) -> dict[str, object]:
    """The numbers ``tm stats`` prints."""
    pairs: Counter[str] = Counter()
    origins: Counter[str] = Counter()
    trusted = 0
    total = 0
    for src, tgt, origin, is_trusted in conn.stream(
            "SELECT source_lang, target_lang, origin, trusted FROM units"):
        total += 1
        pairs[f"{src} -> {tgt}"] += 1
        origins[Origin.parse(origin).path] += 1
        trusted += int(is_trusted)
    return {"units": total, "languages": dict(sorted(pairs.items())),
            "origins": dict(sorted(origins.items())), "trusted": trusted,
            "untrusted": total - trusted}


def reindex(conn: Connection) -> None:
    """Rebuild every posting (and the shape counts) from the units; mark the memory current."""
    buffer = PostingBuffer()
    rows = list(conn.execute("SELECT id FROM units ORDER BY id"))
    for start in range(0, len(rows), _REINDEX_BATCH):  # read in slices: memory stays flat
        where, params = conn.in_list("id", [r[0] for r in rows[start:start + _REINDEX_BATCH]])
        for uid, *sides in conn.execute(
                f"SELECT id, src_toks, tgt_toks, src_cls, tgt_cls, source, target FROM units "
                f"WHERE {where} ORDER BY id", params).fetchall():
            for side in (0, 1):
                ids = decode_ids(sides[side])
                tokens, upper, skeleton = analyse(sides[4 + side])  # as the writer does
                buffer.add(uid << 1 | side, ids, sides[2 + side],
                           shape_terms(skeleton, upper, tokens, ids))
        if buffer.entries > FLUSH_ENTRIES:
            buffer.spill(conn)
    buffer.flush(conn)
    conn.execute("DELETE FROM meta WHERE key IN ('shapes', 'schema')")
    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                     [("shapes", "1"), ("schema", SCHEMA_VERSION)])
