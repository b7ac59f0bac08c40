"""A memory in one SQLite file, or in the process (private).

* **Identity before any write.**  An existing file is opened without changing
  it (no WAL switch, no table) until :func:`tm.memory._schema.classify` has
  said it is a memory of ours, an empty database, or an older memory to
  upgrade (schema 3, or 4 and 5 that lack the markup table); another
  application's database, or a damaged one, raises :class:`StoreError`
  and is left exactly as it was.
* **A new file appears whole or not at all.**  The schema is built in a
  temporary file beside the target, which is then hard-linked into place;
  if another process created the memory meanwhile, its file is used.  A
  disk full during creation leaves nothing behind.
* **WAL** lets readers work while one writer imports; writers queue on
  ``BEGIN IMMEDIATE`` with a busy timeout.
* **Read-only** opens use ``mode=ro``; in a directory the process cannot
  write to (where SQLite could not create the WAL index) the file is opened
  ``immutable``, which needs no side file at all.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from tm._shared.files import owned_temporary_prefix, remove_stale_temporaries
from tm.errors import StoreError
from tm.memory import _schema as schema
from tm.memory._backend import Backend, Connection, Cursor
from tm.memory._listed import upgrade as upgrade_older
from tm.memory._schema_guard import sql_running_object

__all__ = ["SQLiteBackend"]

#: SQLite page cache per connection (64 MiB): the index's hot pages of a million units.
_CACHE_KIB = 65536
#: Address space SQLite may map for reads (4 GiB): lookups read the OS page cache, no copies.
#: A write transaction maps nothing (see :meth:`SQLiteConnection.begin_write`).
_MMAP_BYTES = 1 << 32


class SQLiteConnection(Connection):
    """A :class:`sqlite3.Connection` in autocommit mode (transactions are explicit).

    *mmap* is the ``mmap_size`` of its reads.
    """

    dialect = "sqlite"

    def __init__(self, raw: sqlite3.Connection, mmap: int = 0) -> None:
        self.raw = raw
        self.mmap = mmap
        self._mapped = mmap  # set by the caller that opened *raw*

    def execute(self, sql: str, params: Sequence[object] = ()) -> Cursor:
        return self.raw.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        self.raw.executemany(sql, rows)

    def insert_many(self, table: str, columns: Sequence[str],
                    rows: Iterable[Sequence[object]]) -> None:
        marks = ", ".join("?" * len(columns))
        self.raw.executemany(f"INSERT INTO {table}({', '.join(columns)}) VALUES ({marks})", rows)

    def in_list(self, column: str, values: Sequence[object]) -> tuple[str, list[object]]:
        return f"{column} IN ({','.join('?' * len(values))})", list(values)

    def stream(self, sql: str, params: Sequence[object] = ()) -> Iterator[Any]:
        # A scan reads a whole table once: through the bounded page cache, since every
        # page mapped would stay in the process's resident memory (a 1 GB memory's
        # export or count would map about all of it).
        restore = self._mapped
        self._map(0)
        try:
            yield from self.raw.execute(sql, params)
        finally:
            self._map(restore)

    def begin_read(self) -> None:
        self.raw.execute("BEGIN")

    def begin_write(self, timeout: float) -> None:
        # A write reads the pages it changes through SQLite's bounded page cache:
        # mapped pages of a large file would count in the importing process's
        # resident memory, growing with the memory (issue 9 item 13).
        self._map(0)
        self.raw.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        self.raw.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.raw.execute("COMMIT")
        self._map(self.mmap)

    def rollback(self) -> None:
        if self.raw.in_transaction:
            self.raw.execute("ROLLBACK")
        self._map(self.mmap)

    def _map(self, size: int) -> None:
        if size != self._mapped:
            self.raw.execute(f"PRAGMA mmap_size={size}")
            self._mapped = size

    @property
    def in_transaction(self) -> bool:
        return self.raw.in_transaction

    def close(self) -> None:
        self.raw.close()


def describe(location: str, exc: sqlite3.Error) -> str:
    """A one-line message for a SQLite error on the memory at *location*."""
    text = str(exc)
    if "not a database" in text or "malformed" in text:
        return f"{location}: not a translation memory or the file is corrupted ({text})"
    if "locked" in text or "busy" in text:
        return f"{location}: the database is locked by another writer; retry when it finishes"
    if "readonly" in text or "read-only" in text:
        return f"{location}: the database is read-only ({text})"
    if "disk is full" in text or "full" in text:
        return f"{location}: the disk is full ({text})"
    if "unable to open" in text:
        return f"{location}: cannot open the database ({text})"
    return f"{location}: {text}"


class SQLiteBackend(Backend):
    """The memory in the SQLite file *path* (``None``: a database in this process only)."""

    def __init__(self, path: str | None, *, readonly: bool, timeout: float) -> None:
        self.path = path
        self.location = path if path is not None else ":memory:"
        self.readonly = readonly
        self.timeout = timeout
        self.max_connections = 1 if path is None else 8
        self._immutable = False

    @contextlib.contextmanager
    def errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(describe(self.location, exc)) from None

    # -- opening -------------------------------------------------------------

    def prepare(self) -> Connection | None:
        if self.path is None:
            return None
        if os.path.isdir(self.path):
            raise StoreError(f"{self.path}: is a directory, not a translation memory")
        if os.path.exists(self.path) and not os.path.isfile(self.path):
            # A FIFO (or a device): SQLite's read-only open waits for a writer forever.
            raise StoreError(f"{self.path}: not a regular file, not a translation memory")
        if self.readonly:
            self._prepare_readonly(self.path)
        elif not os.path.exists(self.path):
            self._create_file(self.path)
        else:
            self._prepare_existing(self.path)
        return None

    def _prepare_readonly(self, path: str) -> None:
        if not os.path.exists(path):
            raise StoreError(f"{path}: no such translation memory")
        directory = os.path.dirname(os.path.abspath(path))
        self._immutable = not os.access(directory, os.W_OK)
        conn = self.connect()
        try:
            kind = self._classify(conn)
        finally:
            conn.close()
        if kind == "new":
            raise StoreError(f"{path}: not a tm translation memory (an empty database)")
        if kind == "upgrade":
            raise StoreError(f"{path}: memory schema 3 must be upgraded: open it once for "
                             f"writing (tm import, or TranslationMemory.open without readonly)")

    def _prepare_existing(self, path: str) -> None:
        """Check (and create in, or upgrade) an existing file, all before any other write."""
        raw = self._raw(path, uri=False)
        conn = SQLiteConnection(raw)
        try:
            with self.errors():
                if self._classify(conn) != "current":
                    conn.begin_write(self.timeout)
                    kind = self._classify(conn)  # again, now that no one else can write
                    if kind == "new":
                        _create_schema(conn, 1)
                    elif kind == "upgrade":
                        _upgrade_3(conn)
                    elif kind == "older":
                        upgrade_older(conn)
                    conn.commit()
                if raw.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    raw.execute("PRAGMA journal_mode=WAL")
        finally:
            conn.rollback()
            raw.close()

    def _create_file(self, path: str) -> None:
        """Build a new memory in a temporary file and link it into place (all or nothing)."""
        directory = os.path.dirname(os.path.abspath(path))
        try:
            remove_stale_temporaries(directory, ".tm-", ".db-new")
            fd, tmp = tempfile.mkstemp(prefix=owned_temporary_prefix(".tm-"), suffix=".db-new",
                                       dir=directory)
        except OSError as exc:
            raise StoreError(f"{path}: cannot create the memory ({exc.strerror})") from None
        os.close(fd)
        try:
            raw = sqlite3.connect(tmp, isolation_level=None)
            try:
                with self.errors():
                    conn = SQLiteConnection(raw)
                    conn.begin_write(self.timeout)
                    _create_schema(conn, 1)
                    conn.commit()
                    raw.execute("PRAGMA journal_mode=WAL")
            finally:
                raw.close()
            _apply_umask(tmp)
            _publish(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)

    def _classify(self, conn: Connection) -> str:
        with self.errors():
            foreign = sql_running_object(conn)
            if foreign is not None:
                # tm creates plain tables and indexes only.  A trigger, an expression
                # index, a CHECK... runs SQL on every write (tm.memory._schema_guard).
                raise StoreError(f"{self.location}: not a tm translation memory: it holds "
                                 f"{foreign} that tm never creates (refused: it could run "
                                 "on every write)")
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            tables.discard("sqlite_sequence")
            meta = dict(conn.execute("SELECT key, value FROM meta")) if "meta" in tables \
                else None
        return schema.classify(self.location, tables, meta)

    def _raw(self, path: str, *, uri: bool) -> sqlite3.Connection:
        with self.errors():
            if uri:
                mode = "ro&immutable=1" if self._immutable else "ro"
                raw = sqlite3.connect(_uri(path, mode), uri=True, timeout=self.timeout,
                                      isolation_level=None, check_same_thread=False)
            else:
                raw = sqlite3.connect(path, timeout=self.timeout, isolation_level=None,
                                      check_same_thread=False)
            raw.execute(f"PRAGMA busy_timeout={int(self.timeout * 1000)}")
        return raw

    def connect(self) -> Connection:
        with self.errors():
            if self.path is None:
                raw = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                conn = SQLiteConnection(raw)
                conn.begin_write(self.timeout)
                _create_schema(conn, 1)
                conn.commit()
                return conn
            raw = self._raw(self.path, uri=self.readonly)
            if not self.readonly:
                raw.execute("PRAGMA synchronous=NORMAL")
            raw.execute(f"PRAGMA cache_size=-{_CACHE_KIB}")
            raw.execute(f"PRAGMA mmap_size={_MMAP_BYTES}")  # read the index through the page cache
            return SQLiteConnection(raw, _MMAP_BYTES)

    def size(self, conn: Connection) -> int:
        if self.path is None:
            return 0
        return sum(os.path.getsize(p) for p in (self.path, self.path + "-wal")
                   if os.path.exists(p))

    def released(self) -> None:
        """Remove the empty ``-wal`` and ``-shm`` files a read-only open leaves beside the memory.

        A ``mode=ro`` connection to a WAL database makes both files (the WAL
        index must exist to read) and, unable to write, cannot remove them when
        it closes, so every ``tm lookup``, ``tm stats`` or ``tm export`` left
        ``x.db-wal`` (empty) and ``x.db-shm`` beside ``x.db``.  The ``.db``
        holds every committed unit then, but a user copying a memory around
        sees three files and cannot tell whether the other two matter.  So
        once the read-only memory's last connection is closed, if the WAL is
        empty, one read-write connection reads the schema and closes: SQLite
        removes both files when the last connection to the database closes,
        and only then (another process still reading or writing keeps them).
        ``query_only`` forbids it any change, and an empty WAL gives its
        checkpoint nothing to copy, so the ``.db`` is never written.  Where the
        file cannot be opened for writing (permissions) nothing happens.
        """
        if self.path is None or not self.readonly or self._immutable:
            return
        try:
            if os.path.getsize(self.path + "-wal"):
                return  # committed pages to copy: left to the next writer
        except OSError:
            return  # no WAL: nothing to remove
        with contextlib.suppress(sqlite3.Error, OSError):
            raw = sqlite3.connect(_uri(self.path, "rw"), uri=True, timeout=0,
                                  isolation_level=None)  # rw: never creates a file
            try:
                raw.execute("PRAGMA query_only = ON")
                raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                raw.close()

    def integrity(self, conn: Connection) -> None:
        """Raise StoreError when SQLite finds the file damaged (``PRAGMA quick_check``)."""
        with self.errors():
            problems = [r[0] for r in conn.execute("PRAGMA quick_check(3)")]
        if problems != ["ok"]:
            raise StoreError(f"{self.location}: the memory is damaged ({'; '.join(problems)}); "
                             f"restore it from a backup or rebuild it with tm import")


def _uri(path: str, mode: str) -> str:
    """The ``file:`` URI that opens *path* in *mode* (``ro``, ``rw``, ...)."""
    name = "file:" + os.path.abspath(path).replace("?", "%3f").replace("#", "%23")
    return f"{name}?mode={mode}"


def _create_schema(conn: Connection, next_id: int) -> None:
    for statement in schema.schema_sql("sqlite"):
        conn.execute(statement)
    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", schema.initial_meta(next_id))


def _upgrade_3(conn: Connection) -> None:
    """Schema 3 -> 7 in the open write transaction (postings clustered, meta, then as
    schema 4: tm.memory._listed.upgrade)."""
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'units'").fetchone()
    top = conn.execute("SELECT max(id) FROM units").fetchone()[0]
    next_id = max(seq[0] if seq else 0, top or 0) + 1
    for statement in schema.UPGRADE_3_SQLITE:
        conn.execute(statement)
    conn.execute("DELETE FROM meta WHERE key = 'schema'")
    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                     schema.initial_meta(next_id, new=False))
    conn.execute("UPDATE meta SET value = '4' WHERE key = 'schema'")  # then as schema 4
    upgrade_older(conn)


def _apply_umask(path: str) -> None:
    """Give a file made by mkstemp (0600) the mode a plain ``open`` would (0666 & ~umask)."""
    mask = os.umask(0o022)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def _publish(tmp: str, path: str) -> None:
    """Put *tmp* at *path* unless a file appeared there meanwhile (then keep that one)."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        return  # another process created the memory first; it is complete (made the same way)
    except OSError:  # no hard links on this file system
        if not os.path.exists(path):
            os.rename(tmp, path)
