"""Unique indexes of ``units`` built at the end of an import into an empty memory (private).

Inserting a million unit rows into a table with two unique indexes on random
16-byte keys (``ukey``, ``pkey``) costs SQLite about two B-tree insertions in
random places per row; building the same indexes once from the finished table
(one sort each) costs about half as much (issue 14 item 5: 1M rows, about
5.4 s of the importing thread with the indexes, 1.8 s without plus 2.4 s for
``CREATE UNIQUE INDEX`` at the end, load 6).  So when a writer starts on a
SQLite memory that holds no unit, :meth:`DeferredKeys.start` drops the two
indexes inside the import's transaction, and :meth:`DeferredKeys.finish`
builds them again before it commits.

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

Only SQLite with numpy defers (PostgreSQL's ``COPY`` path keeps its
constraints).  A memory made before the indexes were named (inline
``UNIQUE`` constraints, whose indexes SQLite cannot drop) has its empty
``units`` table made again with named indexes by the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tm.memory import _schema as schema
from tm.memory._backend import Connection
from tm.memory._postings import numpy_or_none
from tm.memory._prepare import KEY_BYTES

__all__ = ["MAX_KEYS", "DeferredKeys"]

#: Keys remembered before the indexes are built mid-import (two per unit: 64 MiB).
MAX_KEYS = 4_000_000
_PREFIX = 8


class DeferredKeys:
    """The keys (and unit ids) an import wrote while the unique indexes are dropped."""

    def __init__(self, np: Any) -> None:
        self.np = np
        self.runs: list[tuple[Any, Any]] = []  # (sorted key prefixes, their unit ids)
        self.count = 0

    @classmethod
    def start(cls, conn: Connection) -> DeferredKeys | None:
        """Drop the unique indexes of the empty ``units`` table of *conn*'s open write
        transaction; None (nothing changed) where they stay."""
        np = numpy_or_none()
        if conn.dialect != "sqlite" or np is None:
            return None
        found = {row[1]: row[3] for row in conn.execute("PRAGMA index_list(units)")}
        names = {name for name, _ in schema.UNIQUE_INDEXES}
        if set(found) != names:
            if found and set(found.values()) == {"u"} and \
                    conn.execute("SELECT 1 FROM units LIMIT 1").fetchone() is None:
                conn.execute("DROP TABLE units")  # empty: made again with named indexes
                conn.execute(schema.units_table_sql("sqlite"))
                return cls(np)
            return None
        for name in sorted(names):
            conn.execute(f"DROP INDEX {name}")
        return cls(np)

    @staticmethod
    def finish(conn: Connection) -> None:
        """Build the unique indexes (fails if two rows share a key)."""
        for statement in schema.unique_index_sql():
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
