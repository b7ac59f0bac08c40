"""The unique indexes of ``units`` dropped while an import fills an empty SQLite memory and
built at its end (tm.memory._deferred, issue 14 item 5): the same tables as with the
indexes kept, duplicates merged the same way, nothing lost or corrupted if interrupted."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_bulk_build import sample_units, start_killed_import, table_rows

from tm import TranslationMemory, Unit
from tm.errors import StoreError
from tm.memory import _deferred, _writer
from tm.memory._deferred import DeferredKeys
from tm.memory._postings import numpy_or_none

#: Builds whose tables are compared store their units at one time (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("one_clock")


needs_numpy = pytest.mark.skipif(numpy_or_none() is None, reason="numpy not installed")

#: The units table of schema 6 as tm wrote it before the unique indexes had names.
OLD_UNITS = """CREATE TABLE units(
    id INTEGER PRIMARY KEY,
    ukey BLOB NOT NULL UNIQUE, pkey BLOB NOT NULL UNIQUE,
    source TEXT NOT NULL, target TEXT NOT NULL,
    context TEXT NOT NULL, origin TEXT NOT NULL, note TEXT NOT NULL,
    source_lang TEXT NOT NULL, target_lang TEXT NOT NULL,
    created TEXT NOT NULL, changed TEXT NOT NULL,
    fuzzy INTEGER NOT NULL, trusted INTEGER NOT NULL,
    prev_hash INTEGER NOT NULL, next_hash INTEGER NOT NULL,
    src_cls INTEGER NOT NULL, tgt_cls INTEGER NOT NULL,
    src_toks BLOB NOT NULL, tgt_toks BLOB NOT NULL,
    also TEXT NOT NULL, owner_trusted INTEGER, file INTEGER)"""


def key(n: int, prefix: int | None = None) -> bytes:
    """A 16-byte key; keys with the same *prefix* share their first 8 bytes."""
    tail = hashlib.blake2b(str(n).encode(), digest_size=16).digest()
    return tail if prefix is None else prefix.to_bytes(8, "little") + tail[8:]


def unit_indexes(path: str) -> dict[str, tuple[int, str]]:
    """The indexes of ``units``: name -> (unique, origin: "c" made by CREATE INDEX,
    "u" by a UNIQUE constraint)."""
    with sqlite3.connect(path) as raw:
        return {r[1]: (r[2], r[3]) for r in raw.execute("PRAGMA index_list(units)")}


NAMED = {"units_ukey": (1, "c"), "units_pkey": (1, "c"), "units_file": (0, "c")}


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_writer, "CHUNK_UNITS", 40)
    monkeypatch.setattr(_writer, "_ROW_BATCH", 100)


@pytest.fixture
def deferrals(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Records, for each writer, whether it deferred the indexes."""
    started: list[bool] = []
    real = DeferredKeys.start

    def start(conn: object) -> DeferredKeys | None:
        found = real(conn)  # type: ignore[arg-type]
        started.append(found is not None)
        return found
    monkeypatch.setattr(DeferredKeys, "start", staticmethod(start))
    return started


def kill_while_importing(location: str) -> None:
    """Start an import into *location* in a child process and kill it mid-import."""
    proc = start_killed_import(location, spill=False)
    proc.kill()
    proc.wait()


def build(path: str, units: list[Unit], imports: int = 1) -> None:
    with TranslationMemory.open(path) as memory:
        step = -(-len(units) // imports)
        for start in range(0, len(units), step):
            memory.add(units[start:start + step])


def kept_indexes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writers never defer (the code before tm.memory._deferred)."""
    monkeypatch.setattr(DeferredKeys, "start", staticmethod(lambda conn: None))


@needs_numpy
@pytest.mark.parametrize("max_keys", [10**9, 150])
def test_deferred_indexes_store_the_tables_of_kept_ones(
        tmp_path: Path, small_batches: None, deferrals: list[bool],
        monkeypatch: pytest.MonkeyPatch, max_keys: int) -> None:
    """Duplicate pairs from other files and replacements from the same file, across
    many batches, are merged as with the indexes in place; with a small MAX_KEYS the
    indexes are built mid-import and the rest of the import looks keys up by them."""
    units = sample_units(900, seed=21)
    monkeypatch.setattr(_deferred, "MAX_KEYS", max_keys)
    deferred = str(tmp_path / "deferred.db")
    build(deferred, units, imports=2)
    assert deferrals == [True]  # the second import, into a memory with units, keeps them
    assert unit_indexes(deferred) == NAMED
    kept_indexes(monkeypatch)
    kept = str(tmp_path / "kept.db")
    build(kept, units, imports=2)
    assert table_rows(deferred) == table_rows(kept)
    with sqlite3.connect(deferred) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@needs_numpy
def test_an_import_that_wrote_a_key_twice_fails_whole(
        tmp_path: Path, small_batches: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Were a written key ever missed while the indexes are dropped, building them
    fails and the import stores nothing (the memory keeps its indexes)."""
    path = str(tmp_path / "tm.db")
    TranslationMemory.open(path).close()
    monkeypatch.setattr(DeferredKeys, "candidates", lambda self, key: [])
    units = [Unit(f"Sentence {i}.", f"第{i}句。", origin="a.po") for i in range(300)]
    with TranslationMemory.open(path) as memory:
        with pytest.raises(StoreError, match="UNIQUE"):
            memory.add([*units, Unit("Sentence 1.", "第1句。", origin="b.po")])
        assert len(memory) == 0
    assert unit_indexes(path) == NAMED


@needs_numpy
def test_an_empty_memory_of_the_old_layout_gets_named_indexes(
        tmp_path: Path, small_batches: None, deferrals: list[bool]) -> None:
    """Migration: a memory whose units table has inline UNIQUE constraints (tm before
    the indexes had names) is read and written as it is while it holds units; its
    first import while empty makes the table again with named indexes."""
    units = sample_units(400, seed=5)
    old, empty, new = (str(tmp_path / name) for name in ("old.db", "empty.db", "new.db"))
    build(old, units[:1])
    TranslationMemory.open(empty).close()
    for path in (old, empty):
        with sqlite3.connect(path) as raw:
            raw.execute("ALTER TABLE units RENAME TO named")
            raw.execute(OLD_UNITS)
            raw.execute("INSERT INTO units SELECT * FROM named")
            raw.execute("DROP TABLE named")
            raw.execute("CREATE INDEX units_file ON units(file)")  # (schema 10)
        assert set(unit_indexes(path).values()) == {(1, "u"), (0, "c")}
    deferrals.clear()
    build(old, units[1:])  # not empty: nothing deferred, the constraints kept
    assert set(unit_indexes(old).values()) == {(1, "u"), (0, "c")}
    assert deferrals == []
    build(empty, units)
    assert unit_indexes(empty) == NAMED
    assert deferrals == [True]
    build(new, units[:1])
    build(new, units[1:])
    assert table_rows(old) == table_rows(new)
    once = str(tmp_path / "once.db")
    build(once, units)
    assert table_rows(empty) == table_rows(once)
    for column in ("ukey", "pkey"):  # the named indexes are unique
        with sqlite3.connect(empty) as raw, pytest.raises(sqlite3.IntegrityError, match=column):
            raw.execute("CREATE TEMP TABLE copy AS SELECT * FROM units LIMIT 1")
            other = "pkey" if column == "ukey" else "ukey"
            raw.execute(f"UPDATE copy SET id = id + 1000000, {other} = randomblob(16)")
            raw.execute("INSERT INTO units SELECT * FROM copy")


@needs_numpy
@pytest.mark.parametrize("layout", ["named", "old"])
def test_a_killed_import_into_an_empty_memory_leaves_it_empty_with_its_indexes(
        tmp_path: Path, layout: str) -> None:
    """SIGKILL while the indexes are dropped (and, for the old layout, while the units
    table is made again): the memory is as before, with the indexes it had."""
    path = str(tmp_path / "tm.db")
    TranslationMemory.open(path).close()
    if layout == "old":
        with sqlite3.connect(path) as raw:
            raw.execute("DROP TABLE units")
            raw.execute(OLD_UNITS)
    before = unit_indexes(path)
    kill_while_importing(path)
    assert unit_indexes(path) == before
    with TranslationMemory.open(path) as memory:
        assert len(memory) == 0
        memory.check()
        added = [Unit("Added after.", "之后添加的。", origin="a.po"),
                 Unit("Added after.", "之后添加的。", origin="b.po")]
        assert memory.add(added) == 1  # the second is the same pair: merged, not stored
        assert len(memory) == 1
    assert unit_indexes(path) == before  # a small import keeps the layout it finds
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@needs_numpy
@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.tuples(st.integers(0, 400), st.integers(0, 3) | st.none(),
                                   st.integers(1, 10**6)), max_size=40), max_size=12),
       st.lists(st.tuples(st.integers(0, 400), st.integers(0, 3) | st.none()), max_size=60))
def test_remembered_keys_give_every_id_written_with_their_prefix(
        batches: list[list[tuple[int, int | None, int]]],
        probes: list[tuple[int, int | None]]) -> None:
    """Against a plain list: every id written with a key of the probe's 8-byte prefix
    comes back (oldest batch first), whatever the batches and their merges; keys that
    share a prefix (the second field) are told apart only by the writer's query."""
    remembered = DeferredKeys(numpy_or_none())
    written: list[tuple[bytes, int]] = []
    for batch in batches:
        items = [(key(n, prefix), uid) for n, prefix, uid in batch]
        remembered.add_many(items)
        written += items
    assert remembered.count == len(written)
    assert len(remembered.runs) <= max(1, len(batches))
    probe_keys = [key(n, prefix) for n, prefix in probes]
    for probe in probe_keys:
        expected = [uid for k, uid in written if k[:8] == probe[:8]]
        assert sorted(remembered.candidates(probe)) == sorted(expected)
    records = b"".join(k + key(-1) + bytes(12) for k in probe_keys)
    found = remembered.contains_many(records, 44, (0, 16))
    assert found[0::2] == [any(k[:8] == p[:8] for k, _ in written) for p in probe_keys]
    assert found[1::2] == [any(k[:8] == key(-1)[:8] for k, _ in written) for _ in probe_keys]


def test_without_numpy_the_indexes_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without numpy the writer looks keys up through the indexes, on either engine."""
    class Conn:
        dialect = "sqlite"

        def execute(self, sql: str, params: object = ()) -> object:
            raise AssertionError(f"nothing is changed: {sql}")
    monkeypatch.setattr(_deferred, "numpy_or_none", lambda: None)
    for dialect in ("sqlite", "postgresql"):
        Conn.dialect = dialect
        assert DeferredKeys.start(Conn()) is None  # type: ignore[arg-type]


def test_an_import_of_one_batch_keeps_the_indexes(
        location: str, small_batches: None, deferrals: list[bool]) -> None:
    """Only an import that goes on past its first batch defers (a small one would pay
    for building the indexes again and gain nothing)."""
    build(location, sample_units(90, seed=3))
    assert deferrals == []


# PostgreSQL: the UNIQUE constraints of units dropped and added again.

PG_CONSTRAINTS = {"units_pkey_key": "UNIQUE (pkey)", "units_ukey_key": "UNIQUE (ukey)"}


def pg_constraints(url: str) -> dict[str, str]:
    """The unique constraints of ``units`` at *url*: name -> definition."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as raw:
        return dict(raw.execute(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conrelid = 'units'::regclass AND contype = 'u'").fetchall())


@pytest.fixture
def pg_url(postgres_cluster: Any) -> Iterator[str]:
    url: str = postgres_cluster.new_schema()
    yield url
    postgres_cluster.release(url)


@needs_numpy
@pytest.mark.parametrize("max_keys", [10**9, 150])
def test_postgresql_defers_its_constraints_and_stores_the_tables_of_kept_ones(
        pg_url: str, postgres_cluster: Any, small_batches: None, deferrals: list[bool],
        monkeypatch: pytest.MonkeyPatch, max_keys: int) -> None:
    units = sample_units(900, seed=21)
    monkeypatch.setattr(_deferred, "MAX_KEYS", max_keys)
    build(pg_url, units, imports=2)
    assert deferrals == [True]
    assert pg_constraints(pg_url) == PG_CONSTRAINTS
    kept_indexes(monkeypatch)
    kept = postgres_cluster.new_schema()
    build(kept, units, imports=2)
    assert table_rows(pg_url) == table_rows(kept)
    postgres_cluster.release(kept)


@needs_numpy
def test_postgresql_import_that_wrote_a_key_twice_fails_whole(
        pg_url: str, small_batches: None, monkeypatch: pytest.MonkeyPatch) -> None:
    TranslationMemory.open(pg_url).close()
    monkeypatch.setattr(DeferredKeys, "candidates", lambda self, key: [])
    units = [Unit(f"Sentence {i}.", f"第{i}句。", origin="a.po") for i in range(300)]
    with TranslationMemory.open(pg_url) as memory:
        with pytest.raises(StoreError, match="unique") as err:
            memory.add([*units, Unit("Sentence 1.", "第1句。", origin="b.po")])
        assert "\n" not in str(err.value)
        assert len(memory) == 0
    assert pg_constraints(pg_url) == PG_CONSTRAINTS


@needs_numpy
def test_postgresql_killed_import_leaves_the_memory_empty_with_its_constraints(
        pg_url: str) -> None:
    TranslationMemory.open(pg_url).close()
    kill_while_importing(pg_url)
    assert pg_constraints(pg_url) == PG_CONSTRAINTS
    with TranslationMemory.open(pg_url) as memory:
        assert len(memory) == 0
        added = [Unit("Added after.", "之后添加的。", origin="a.po"),
                 Unit("Added after.", "之后添加的。", origin="b.po")]
        assert memory.add(added) == 1  # the second is the same pair: merged, not stored
        assert len(memory) == 1


@needs_numpy
def test_postgresql_readers_meanwhile_find_nothing_or_get_a_clear_error(
        pg_url: str, small_batches: None, deferrals: list[bool]) -> None:
    """While the first import holds units locked, a lookup (the index has no candidate
    yet) answers at once; a read of units waits the reader's timeout, then fails in one
    line instead of hanging (here: the reader is the importer's own iterator)."""
    seen: list[object] = []
    with TranslationMemory.open(pg_url) as writer, \
            TranslationMemory.open(pg_url, readonly=True, timeout=0.3) as reader:
        def units() -> Iterator[Unit]:
            for i in range(300):
                if i == 250:  # in the third batch: the constraints are dropped
                    assert deferrals == [True]
                    seen.append(reader.lookup("Sentence 3 of the import."))
                    with pytest.raises(StoreError, match="locked") as err:
                        list(reader.units())
                    seen.append(str(err.value).count("\n"))
                yield Unit(f"Sentence {i} of the import.", f"第{i}句。", origin="a.po")
        assert writer.add(units()) == 300
        assert seen == [[], 0]
        assert reader.lookup("Sentence 3 of the import.")[0].score == 100
    assert pg_constraints(pg_url) == PG_CONSTRAINTS


@needs_numpy
def test_postgresql_role_that_does_not_own_units_keeps_the_constraints(
        pg_url: str, small_batches: None, deferrals: list[bool]) -> None:
    """A role allowed to write but not to alter the table imports as before."""
    import psycopg

    TranslationMemory.open(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as raw:
        schema = raw.execute("SELECT current_schema()").fetchone()[0]  # type: ignore[index]
        if raw.execute("SELECT 1 FROM pg_roles WHERE rolname = 'tm_clerk'").fetchone() is None:
            raw.execute("CREATE ROLE tm_clerk LOGIN")
        raw.execute(f"GRANT USAGE ON SCHEMA {schema} TO tm_clerk")
        raw.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} "
                    "TO tm_clerk")
    clerk = pg_url.replace("tm_test@", "tm_clerk@", 1)
    with TranslationMemory.open(clerk) as memory:
        assert memory.add(sample_units(400, seed=4)) > 0
    assert deferrals == [False]  # asked, and declined
    assert pg_constraints(pg_url) == PG_CONSTRAINTS
