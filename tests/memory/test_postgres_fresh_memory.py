"""The PostgreSQL fixtures' fresh memory is a new memory (tests/pg_cluster.py, issue 13).

A finished test's memory is given to the next test emptied instead of made
again.  What must hold: ``pg_dump`` of a memory given out that way (its schema
and its data) is ``pg_dump`` of a memory ``TranslationMemory.open`` has just
created, whatever the previous test did to its rows; a memory whose catalog a
test changed is dropped and made again by tm (its schema is a new one), and one
a leftover process still holds is not given out.  ``pg_dump`` reads the whole
catalog (about 45 ms of the server's CPU and 20 ms of its own a run), so only
the first two tests run it, once per memory.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest

import pg_cluster
from tm import TranslationMemory, Unit
from tm.memory import _deferred, _writer

UNITS = [Unit(f"The store opens at {hour} am.", f"商店上午{hour}点开门。", origin=f"f{hour}.po")
         for hour in range(1, 13)]

#: A unit with inline codes, which the memory keeps in its ``markup`` table.
CODED = Unit("Press <b>OK</b>.", "按<b>确定</b>。", origin="a.tmx:3",
             source_markup='Press <bpt i="1">&lt;b&gt;</bpt>OK<ept i="1">&lt;/b&gt;</ept>.',
             target_markup='按<bpt i="1">&lt;b&gt;</bpt>确定<ept i="1">&lt;/b&gt;</ept>。')


@pytest.fixture
def cluster(postgres_cluster: Any) -> Iterator[Any]:
    """The session's cluster, with the schemas this test took given back after it."""
    taken: list[str] = []
    original = postgres_cluster.new_memory

    def new_memory() -> str:
        taken.append(original())
        return taken[-1]

    postgres_cluster.new_memory = new_memory
    yield postgres_cluster
    del postgres_cluster.new_memory
    for url in dict.fromkeys(taken):
        if postgres_cluster._schema_of[url] not in postgres_cluster._released:
            postgres_cluster.release(url)


def dump(cluster: Any, url: str) -> str:
    """``pg_dump`` of the memory at *url* (schema and data), its schema named ``SCHEMA`` and
    without psql's per-dump ``\\restrict`` keys."""
    schema = cluster._schema_of[url]
    text = subprocess.run(
        [str(cluster.bindir / "pg_dump"), "--schema", schema, "--dbname", cluster.url()],
        check=True, capture_output=True, text=True).stdout
    lines = [line for line in text.splitlines() if not line.startswith(("\\restrict",
                                                                          "\\unrestrict"))]
    return re.sub(rf"\b{schema}\b", "SCHEMA", "\n".join(rows_sorted(lines)))


def rows_sorted(lines: list[str]) -> list[str]:
    """*lines* of a dump with each table's COPY rows sorted: a table is a set of rows, and
    pg_dump writes them in the order they lie on disk, which depends on whether the server
    had pruned a deleted row's space before the next insert (a race with other sessions'
    snapshots: meta's next_id and shapes rows came out swapped once in a whole-suite run)."""
    out: list[str] = []
    rows: list[str] | None = None
    for line in lines:
        if rows is not None and line != "\\.":
            rows.append(line)
            continue
        if rows is not None:
            out.extend(sorted(rows))
            rows = None
        out.append(line)
        if line.startswith("COPY ") and line.endswith("FROM stdin;"):
            rows = []
    return out


def created(cluster: Any) -> str:
    """A memory ``TranslationMemory.open`` has just created, in a new, empty schema."""
    url: str = cluster.new_schema()
    TranslationMemory.open(url).close()
    return url


def assert_dumps_as_created(cluster: Any, url: str) -> None:
    fresh = created(cluster)
    try:
        assert dump(cluster, url) == dump(cluster, fresh)
    finally:
        cluster.release(fresh)


def schema_oid(cluster: Any, url: str) -> int:
    """The oid of *url*'s schema: a schema dropped and created again has a new one."""
    return int(cluster._connection().execute(
        "SELECT oid FROM pg_namespace WHERE nspname = %s",
        (cluster._schema_of[url],)).fetchone()[0])


def used(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Units added to the memory at *url* in batches small enough to defer its unique keys
    (tm.memory._deferred drops and adds them again), codes and a second import included."""
    rebuilt: list[object] = []
    finish = _deferred.DeferredKeys.finish
    monkeypatch.setattr(_deferred.DeferredKeys, "finish",
                        lambda keys, conn: (rebuilt.append(keys), finish(keys, conn))[1])
    monkeypatch.setattr(_writer, "_ROW_BATCH", 4)
    with TranslationMemory.open(url) as memory:
        memory.add(UNITS)
        memory.add([CODED])
    assert rebuilt, "the first import did not defer the unique keys"


def test_a_used_memory_is_given_out_again_as_a_created_one(
        cluster: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    url = cluster.new_memory()
    used(url, monkeypatch)
    cluster.release(url)
    again = cluster.new_memory()
    assert again == url  # emptied, not made again: else this test would prove nothing
    assert_dumps_as_created(cluster, again)
    with TranslationMemory.open(again) as memory:
        assert list(memory.units()) == []
        memory.add(UNITS[:1])
        assert memory.lookup(UNITS[0].source)[0].unit.target == UNITS[0].target


def test_a_property_tests_next_example_gets_a_created_memory(
        cluster: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    url = cluster.new_memory()
    used(url, monkeypatch)
    assert cluster.emptied(url) == url
    assert_dumps_as_created(cluster, url)


#: Changes a test may make to its memory's catalog; none may reach the next test.
ALTERATIONS = [
    "ALTER TABLE units ADD COLUMN extra INTEGER",
    "ALTER TABLE units DROP COLUMN also",
    "ALTER TABLE units ALTER COLUMN note DROP NOT NULL",
    "ALTER TABLE units DROP CONSTRAINT units_ukey_key",
    "ALTER TABLE units RENAME CONSTRAINT units_ukey_key TO units_ukey",
    "CREATE INDEX units_source ON units (source)",
    "DROP TABLE markup",
    "CREATE TABLE other (x INTEGER)",
    "CREATE SEQUENCE numbers",
    "CREATE FUNCTION one() RETURNS INTEGER LANGUAGE sql AS 'SELECT 1'",
    "CREATE VIEW everything AS SELECT * FROM units",
    "REVOKE SELECT ON units FROM tm_test",
    "ALTER TABLE vocab SET (fillfactor = 50)",
    "ALTER TABLE postings ALTER COLUMN ids SET STORAGE EXTERNAL",
    "ALTER TABLE units ENABLE ROW LEVEL SECURITY",
]


@pytest.mark.parametrize("alteration", ALTERATIONS)
def test_a_memory_whose_catalog_its_test_changed_is_made_again(
        cluster: Any, alteration: str) -> None:
    url = cluster.new_memory()
    before = schema_oid(cluster, url)
    alter(cluster, url, alteration)
    cluster.release(url)
    assert cluster.new_memory() == url  # the same name, dropped and made again by tm
    assert schema_oid(cluster, url) != before
    with TranslationMemory.open(url) as memory:
        assert list(memory.units()) == []


@pytest.mark.parametrize("alteration", ["DROP TABLE markup", "CREATE TABLE other (x INTEGER)"])
def test_a_property_tests_next_example_after_a_catalog_change_gets_a_memory_made_again(
        cluster: Any, alteration: str) -> None:
    url = cluster.new_memory()
    before = schema_oid(cluster, url)
    alter(cluster, url, alteration)
    assert cluster.emptied(url) == url
    assert schema_oid(cluster, url) != before


def test_a_memory_left_unchanged_is_not_made_again(cluster: Any) -> None:
    """The other side of the catalog check: a memory its test only used is emptied."""
    url = cluster.new_memory()
    before = schema_oid(cluster, url)
    with TranslationMemory.open(url) as memory:
        memory.add(UNITS)
    cluster.release(url)
    assert cluster.new_memory() == url
    assert schema_oid(cluster, url) == before


def alter(cluster: Any, url: str, alteration: str) -> None:
    """Run *alteration* in the schema of *url*, as a test may."""
    admin = cluster._connection()
    with admin.transaction():
        admin.execute(f"SET LOCAL search_path = {cluster._schema_of[url]}")
        admin.execute(alteration)


def test_a_memory_a_leftover_process_holds_is_not_given_out(
        cluster: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pg_cluster, "_LOCK_WAIT", "100ms")
    url = cluster.new_memory()
    with TranslationMemory.open(url) as memory:
        memory.add(UNITS)
    import psycopg

    with psycopg.connect(url) as leftover:  # a transaction that read the memory, still open
        leftover.execute("SELECT count(*) FROM units").fetchone()
        cluster.release(url)
        again = cluster.new_memory()
        assert again != url
        with TranslationMemory.open(again) as memory:
            assert list(memory.units()) == []
        assert leftover.execute("SELECT count(*) FROM units").fetchone()[0] == len(UNITS)
