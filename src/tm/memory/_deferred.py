"""Unique indexes of ``units`` built at the end of an import into an empty memory (private).

Inserting a million unit rows into a table with two unique indexes on random
16-byte keys (``ukey``, ``pkey``) costs SQLite about two B-tree insertions in
random places per row; building the same indexes once from the finished table
(one sort each) costs about half as much (issue 14 item 5: 1M rows, about
5.4 s of the importing thread with the indexes, 1.8 s without plus 2.4 s for
``CREATE UNIQUE INDEX`` at the end, load 6).  So when an import into a
memory that holds no unit goes on past its first batch (``_ROW_BATCH``
units of tm.memory._writer: a smaller import would gain nothing), before
that batch is written :meth:`DeferredKeys.start` drops the two indexes
inside the import's transaction, and :meth:`DeferredKeys.finish` builds them
again before it commits.

* **Consistent if interrupted.**  The drop is part of the import's
  transaction: an import that fails, or a process killed midway, rolls back
  to the memory as it was, indexes included.  If two rows ever shared a key
  (a bug), ``CREATE UNIQUE INDEX`` fails and so does the import.
* **Same merging.**  While the indexes are gone the writer still has to find
  a unit it wrote earlier in the call (a duplicate pair from another file, a
  replacement from the same file).  :class:`DeferredKeys` remembers every key
  written with its unit id, as the key's first 8 bytes in sorted numpy arrays
  (16 bytes a key), and gives the ids whose prefix equals a key's; the writer
  reads those rows by id and keeps the one whose key is the key (so a stale
  entry, a unit since deleted or moved to another file, is never taken).
* **Bounded.**  After :data:`MAX_KEYS` keys (two million units: 64 MiB) the
  indexes are built and the rest of the import looks keys up through them as
  any other import does, so an import's memory stays bounded.

Only a writer with numpy defers.  On SQLite, a memory made before the
indexes were named (inline ``UNIQUE`` constraints, whose indexes SQLite
cannot drop) has its empty ``units`` table made again with named indexes by
the same transaction.

**PostgreSQL** drops the two ``UNIQUE`` constraints (whatever their names)
and adds them again at the end, with ``maintenance_work_mem`` raised for the
transaction so each index is built in one in-memory sort: loading the units
of a 300k-unit Bible memory cost its server 4.5 s of CPU with the
constraints, 1.2 s without plus 0.3 s to add them (load 5; the keys are
random, so every row was two B-tree insertions in random places).  The role
must own ``units`` (else the constraints stay).  ``ALTER TABLE`` locks
``units`` until the import commits: a client that reads units meanwhile
(stats, export; a lookup reads units only when the index gives it candidates,
which an empty memory has none of) waits for that lock, as long as its
memory's *timeout*, then gets a one-line error (tm.memory._postgres).  Only
an import into a memory without units does this, and there was nothing to
read before it commits.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from tm.memory import _schema as schema
from tm.memory._backend import Connection
from tm.memory._postings import numpy_or_none
from tm.memory._prepare import KEY_BYTES

__all__ = ["MAX_KEYS", "DeferredKeys"]

#: Keys remembered before the indexes are built mid-import (two per unit: 64 MiB).
MAX_KEYS = 4_000_000
_PREFIX = 8
#: PostgreSQL: memory each index build may sort in (``maintenance_work_mem``, raised for
#: the import's transaction only, never lowered): a key costs about 56 bytes to sort
#: (index tuple and sort slot), so the keys of MAX_KEYS / 2 units sort without a
#: temporary file.  The server's default, 64 MB, holds about a million.
_SORT_BYTES = 256 * 2**20


class DeferredKeys:
    """The keys (and unit ids) an import wrote while the unique indexes are dropped."""

    def __init__(self, np: Any, rebuild: Sequence[str] = ()) -> None:
        self.np = np
        self.rebuild = list(rebuild)  # the statements that build the indexes again (finish)
        self.runs: list[tuple[Any, Any]] = []  # (sorted key prefixes, their unit ids)
        self.count = 0

    @classmethod
    def start(cls, conn: Connection) -> DeferredKeys | None:
        """Drop the unique indexes of the empty ``units`` table of *conn*'s open write
        transaction; None (nothing changed) where they stay."""
        np = numpy_or_none()
        if np is None:
            return None
        if conn.dialect == "postgresql":
            return cls._start_postgresql(conn, np)
        if conn.dialect != "sqlite":
            return None
        found = {row[1]: row[3] for row in conn.execute("PRAGMA index_list(units)")
                 if row[2]}  # the unique ones (units_file is not)
        names = {name for name, _ in schema.UNIQUE_INDEXES}
        if set(found) != names:
            if found and set(found.values()) == {"u"} and \
                    conn.execute("SELECT 1 FROM units LIMIT 1").fetchone() is None:
                conn.execute("DROP TABLE units")  # empty: made again with named indexes
                conn.execute(schema.units_table_sql("sqlite"))
                conn.execute(schema.UNITS_FILE_INDEX)
                return cls(np, schema.unique_index_sql())
            return None
        for name in sorted(names):
            conn.execute(f"DROP INDEX {name}")
        return cls(np, schema.unique_index_sql())

    @classmethod
    def _start_postgresql(cls, conn: Connection, np: Any) -> DeferredKeys | None:
        """Drop the ``UNIQUE`` constraints on ``ukey`` and ``pkey`` (whatever their names),
        if this role may alter the table; remember how to add them again."""
        found = conn.execute(
            "SELECT c.conname, a.attname, pg_has_role(t.relowner, 'USAGE') "
            "FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
            "WHERE c.conrelid = 'units'::regclass AND c.contype = 'u' "
            "AND cardinality(c.conkey) = 1").fetchall()
        columns = {str(column): _quoted(str(name)) for name, column, _ in found}
        if len(found) != 2 or set(columns) != {c for _, c in schema.UNIQUE_INDEXES} \
                or not all(owner for _, _, owner in found):
            return None  # another layout, or a role that may write but not alter: keep them
        conn.execute("ALTER TABLE units " + ", ".join(
            f"DROP CONSTRAINT {name}" for name in columns.values()))
        rebuild = ["ALTER TABLE units " + ", ".join(
            f"ADD CONSTRAINT {name} UNIQUE ({column})" for column, name in sorted(columns.items()))]
        memory = int(conn.execute("SELECT pg_size_bytes(current_setting('maintenance_work_mem'))")
                     .fetchone()[0])
        if memory < _SORT_BYTES:
            rebuild.insert(0, f"SET LOCAL maintenance_work_mem = '{_SORT_BYTES // 2**20}MB'")
        return cls(np, rebuild)

    def finish(self, conn: Connection) -> None:
        """Build the unique indexes (fails if two rows share a key)."""
        for statement in self.rebuild:
            conn.execute(statement)

    @property
    def full(self) -> bool:
        """True once :data:`MAX_KEYS` keys are remembered."""
        return self.count >= MAX_KEYS

    def add_many(self, items: Iterable[tuple[bytes, int]]) -> None:
        """Remember each ``(key, unit id)`` of *items*."""
        np = self.np
        listed = list(items)
        if not listed:
            return
        keys = b"".join(key for key, _ in listed)
        if len(keys) == KEY_BYTES * len(listed):  # as written: one numpy view
            prefixes = np.frombuffer(keys, dtype="<u8").reshape(len(listed), -1)[:, 0]
        else:
            prefixes = np.array([int.from_bytes(key[:_PREFIX], "little") for key, _ in listed],
                                dtype=np.uint64)
        prefixes = prefixes.astype(np.uint64)
        ids = np.array([uid for _, uid in listed], dtype=np.int64)
        order = np.argsort(prefixes, kind="stable")
        self.runs.append((prefixes[order], ids[order]))
        self.count += len(listed)
        while len(self.runs) > 1 and len(self.runs[-2][0]) <= 2 * len(self.runs[-1][0]):
            newer = self.runs.pop()
            self.runs[-1] = _merge(np, self.runs[-1], newer)

    def contains_many(self, records: bytes, size: int, offsets: tuple[int, ...]) -> list[bool]:
        """Whether the key at each of *offsets* of each *size*-byte record of *records*
        may be remembered (its prefix is; record by record, offset by offset)."""
        np = self.np
        count = len(records) // size
        if not self.runs or not count:
            return [False] * (count * len(offsets))
        table = np.frombuffer(records, dtype=np.uint8, count=count * size).reshape(count, size)
        wanted = np.stack([table[:, o:o + _PREFIX] for o in offsets], axis=1)
        queries = np.ascontiguousarray(wanted).view("<u8").reshape(-1).astype(np.uint64)
        found = np.zeros(len(queries), dtype=bool)
        for prefixes, _ in self.runs:
            at = np.minimum(np.searchsorted(prefixes, queries), len(prefixes) - 1)
            found |= prefixes[at] == queries
        return found.tolist()  # type: ignore[no-any-return]

    def candidates(self, key: bytes) -> list[int]:
        """The ids of the units remembered with a key of *key*'s prefix (oldest first)."""
        np = self.np
        query = np.uint64(int.from_bytes(key[:_PREFIX], "little"))
        out: list[int] = []
        for prefixes, ids in self.runs:
            lo, hi = np.searchsorted(prefixes, query), np.searchsorted(prefixes, query, "right")
            out += ids[lo:hi].tolist()
        return out


def _merge(np: Any, older: tuple[Any, Any], newer: tuple[Any, Any]) -> tuple[Any, Any]:
    """Two sorted runs as one (linear: the newer run's places found by binary search)."""
    places = np.searchsorted(older[0], newer[0], "right") + np.arange(len(newer[0]))
    keep = np.ones(len(older[0]) + len(newer[0]), dtype=bool)
    keep[places] = False
    merged = []
    for column in (0, 1):
        out = np.empty(len(keep), dtype=older[column].dtype)
        out[places] = newer[column]
        out[keep] = older[column]
        merged.append(out)
    return merged[0], merged[1]


def _quoted(name: str) -> str:
    """*name* as a PostgreSQL identifier in double quotes."""
    return '"' + name.replace('"', '""') + '"'
