"""A memory in a PostgreSQL database, for a team (private; needs the ``postgres`` extra).

The tables and every query are those of the SQLite memory (see
:mod:`tm.memory._schema`); what differs is how clients share it:

* **Writers take turns.**  A write transaction starts by locking the
  ``meta`` row ``next_id`` (``SELECT ... FOR UPDATE``), so concurrent imports
  run one after the other, each one transaction, and the unique keys
  ``ukey``/``pkey`` (a unit's file, its translation pair) make a lost or
  doubled unit impossible even for a client that did not take the lock.
  ``lock_timeout`` bounds the wait.
* **Readers do not wait.**  A lookup is one ``REPEATABLE READ READ ONLY``
  transaction: it sees every unit committed before it started, so a unit
  added by one client is found by any other client's next lookup.  The one
  lock a reader can meet is that of the first import into a memory without
  units, which builds the unique indexes of ``units`` at its end
  (tm.memory._deferred): every session's ``lock_timeout`` is the memory's
  *timeout*, so a read of ``units`` then waits that long at most and fails
  with a one-line error instead of hanging (a program that reads the memory
  from the iterator it is importing would otherwise wait for itself).
* **Bulk loads use binary COPY** for units, vocabulary and postings.
* **A closed memory's connections are kept for a moment** (:class:`_Parking`):
  opening the same URL again in the same process takes one back, its
  settings reset, instead of starting a new
  server process and filling its catalog caches again (about 8 ms of the
  server's CPU each time).
* The memory uses the connection's current schema (``public`` unless the URL
  says ``?options=-csearch_path%3Dtm``); an empty schema becomes a memory in
  one transaction, one that holds other tables is refused; a memory of
  schema 4, 5 or 6 gets the tables it lacks (markup, listed: schema 7) in
  one transaction when opened for writing, and is read as it is when opened
  read-only.

Results come back in binary form, so the packed posting and token blobs
cross the wire as they are stored.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import importlib
import os
import re
import select
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from tm.errors import StoreError
from tm.memory import _schema as schema
from tm.memory._backend import Backend, Connection, Cursor
from tm.memory._listed import upgrade as upgrade_older

__all__ = ["PostgresBackend", "redact"]

_PASSWORD = re.compile(r"(://[^:/@]*:)[^@/]*@")
#: A ``password=`` parameter in the query string (libpq takes it there too).
_PASSWORD_PARAM = re.compile(r"([?&]password=)[^&#]*", re.IGNORECASE)
#: A ``password=`` pair of a libpq keyword/value string (tm refuses those, but names them).
_PASSWORD_PAIR = re.compile(r"(\bpassword\s*=\s*)(?:'(?:[^'\\]|\\.)*'|\S*)", re.IGNORECASE)
#: Rows a server-side cursor fetches at a time: memory stays flat while exporting.
_STREAM_ROWS = 2000
#: pg_advisory_xact_lock key that serializes creating the schema ("tm-schema").
_CREATE_LOCK = 0x746D2D736368656D


def redact(url: str) -> str:
    """*url* with its password replaced by ``***`` (for messages, logs and summaries).

    Both spellings libpq accepts are hidden: ``user:secret@host`` and a
    ``?password=secret`` parameter; in any other text a ``password=secret``
    pair (libpq's keyword form).  A file name is otherwise returned unchanged.
    """
    if "://" not in url:
        return _PASSWORD_PAIR.sub(r"\1***", url)
    return _PASSWORD_PARAM.sub(r"\1***", _PASSWORD.sub(r"\1***@", url))


@functools.lru_cache(maxsize=512)
def _pg_sql(sql: str) -> str:
    """``?`` placeholders -> psycopg's ``%s`` (and a literal ``%`` escaped)."""
    return sql.replace("%", "%%").replace("?", "%s")


def _psycopg() -> Any:
    try:
        return importlib.import_module("psycopg")
    except ImportError:
        raise StoreError("a PostgreSQL memory needs psycopg: pip install 'tm[postgres]'") from None


class _Parking:
    """Idle connections of closed memories in this process, for the next open of the same URL.

    A program (or a test suite) that opens and closes memories often paid a
    new server process per open.  Here a healthy connection given back
    outside a transaction is reset with ``RESET ALL`` (every session setting
    back to what the URL asked for) and kept, at most :data:`LIMIT` of them
    for at most :data:`SECONDS` each; the next :meth:`take` of the same URL
    gets it back if the server has not closed it meanwhile.  Its
    prepared statements stay, as they would in a memory kept open: they are
    the same memory's queries, and PostgreSQL plans them again when a table
    changes.  (``DISCARD ALL`` would drop them behind psycopg's back: psycopg
    notices that only the first time a connection runs it.)  The memory
    holds no other session state: its locks are transaction locks.
    Connections are closed before the process forks (a socket shared with a
    child would mix two sessions' messages) and when it exits.
    """

    LIMIT = 4        # connections kept at most; the oldest is closed first
    SECONDS = 30.0   # longest a connection is kept idle

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._parked: list[tuple[str, float, Any]] = []

    def take(self, key: str) -> Any | None:
        """A kept connection to *key* (a URL) that is still open, or None."""
        with self._lock:
            self._expire(time.monotonic())
            found = next((i for i, (k, _, _) in enumerate(self._parked) if k == key), None)
            raw = self._parked.pop(found)[2] if found is not None else None
        if raw is not None and _closed_by_server(raw):
            _close(raw)
            return None
        return raw

    def park(self, key: str, raw: Any) -> None:
        """Keep *raw* for *key* after a reset, or close it when it cannot be reused."""
        try:
            raw.execute("RESET ALL")
        except Exception:
            _close(raw)
            return
        with self._lock:
            self._parked.append((key, time.monotonic(), raw))
            excess = self._parked[:-self.LIMIT]
            del self._parked[:-self.LIMIT]
        for _, _, old in excess:
            _close(old)

    def close_all(self) -> None:
        """Close every kept connection (before a fork, at exit)."""
        with self._lock:
            parked, self._parked = self._parked, []
        for _, _, raw in parked:
            _close(raw)

    def _expire(self, now: float) -> None:
        """Close the connections kept longer than :data:`SECONDS` (the lock is held)."""
        old = [raw for _, since, raw in self._parked if now - since > self.SECONDS]
        self._parked = [entry for entry in self._parked if now - entry[1] <= self.SECONDS]
        for raw in old:
            _close(raw)


def _closed_by_server(raw: Any) -> bool:
    """True when an idle connection has something to read: the server ended it (or sent news)."""
    try:
        return bool(select.select([raw.fileno()], [], [], 0)[0]) or raw.closed or raw.broken
    except (OSError, ValueError):
        return True


def _bytea_dumper_in_c(raw: Any) -> None:
    """Let binary ``COPY`` dump ``bytea`` columns with psycopg's dumper for ``bytes``.

    ``set_types`` looks dumpers up by type oid, and the one psycopg registers
    last for ``bytea`` is :class:`psycopg.dbapi20.BinaryBinaryDumper`, Python
    code that unwraps ``psycopg.Binary`` and calls the Python dumper: a tenth of
    an import's CPU in the importing thread (300k Bible units, four ``bytea``
    values a unit row, one a posting row).  The dumper psycopg uses for
    ``bytes`` itself (C, in psycopg-binary) writes the same bytes.  Registered
    by oid only (``cls=None``), on this connection only: how parameters are sent
    does not change.
    """
    dumper = raw.adapters.get_dumper(bytes, _psycopg().adapt.PyFormat.BINARY)
    raw.adapters.register_dumper(None, dumper)


def _millis(seconds: float) -> int:
    """*seconds* as a whole number of milliseconds, at least 1 (0 would mean no limit)."""
    return max(1, int(seconds * 1000))


def _close(raw: Any) -> None:
    with contextlib.suppress(Exception):
        raw.close()


_PARKING = _Parking()
atexit.register(_PARKING.close_all)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_PARKING.close_all)


class PostgresConnection(Connection):
    """A psycopg 3 connection in autocommit mode (transactions are explicit SQL)."""

    dialect = "postgresql"

    def __init__(self, raw: Any, idle: object, key: str | None = None) -> None:
        self.raw = raw
        self._idle = idle
        self._key = key   # the URL close() parks it under; None: really close it
        self._pid = os.getpid()
        self._copy_ready = False  # see _bytea_dumper_in_c

    def execute(self, sql: str, params: Sequence[object] = ()) -> Cursor:
        cur = self.raw.cursor(binary=True)
        cur.execute(_pg_sql(sql), params or None)
        return cur  # type: ignore[no-any-return]

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        with self.raw.cursor() as cur:
            cur.executemany(_pg_sql(sql), list(rows))

    def insert_many(self, table: str, columns: Sequence[str],
                    rows: Iterable[Sequence[object]]) -> None:
        """``COPY ... (FORMAT BINARY)``: the server takes integers and byte strings as
        they are instead of parsing their text (the hex of every ``bytea``), and the
        client skips escaping them.  The units and postings of a 300k-unit Bible
        memory, CPU seconds of client and server at load 5: units 1.45 and 4.82 in
        text, 0.90 and 4.11 in binary; postings 0.78 and 1.65, 0.48 and 1.06
        (issue 14 item 5).  The column types are the schema's
        (:func:`tm.memory._schema.column_types`)."""
        rows = iter(rows)
        first = next(rows, None)
        if first is None:  # nothing to copy: no COPY's two round trips
            return
        types = schema.column_types("postgresql")[table]
        sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN (FORMAT BINARY)"
        if not self._copy_ready:
            _bytea_dumper_in_c(self.raw)
            self._copy_ready = True
        with self.raw.cursor() as cur, cur.copy(sql) as copy:
            copy.set_types([types[column] for column in columns])
            copy.write_row(first)
            for row in rows:
                copy.write_row(row)

    def in_list(self, column: str, values: Sequence[object]) -> tuple[str, list[object]]:
        return f"{column} = ANY(?)", [list(values)]

    def stream(self, sql: str, params: Sequence[object] = ()) -> Iterator[Any]:
        if not self.in_transaction:  # a named cursor lives in a transaction
            raise RuntimeError("stream() needs an open transaction")
        with self.raw.cursor(name="tm_stream", binary=True) as cur:
            cur.itersize = _STREAM_ROWS
            cur.execute(_pg_sql(sql), params or None)
            yield from cur

    def begin_read(self) -> None:
        self.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")

    def begin_write(self, timeout: float) -> None:
        """Begin, bound the lock wait, and take the writers' turn (module docstring).

        One message of three statements (simple query protocol): one round trip
        to the server instead of three, for every write.  A lock not granted in
        time fails the ``SELECT`` and leaves the transaction aborted, as before.
        """
        self.raw.execute(f"BEGIN; SET LOCAL lock_timeout = {_millis(timeout)}; "
                         "SELECT value FROM meta WHERE key = 'next_id' FOR UPDATE")

    def commit(self) -> None:
        self.raw.execute("COMMIT")

    def rollback(self) -> None:
        if self.in_transaction:
            self.raw.execute("ROLLBACK")

    @property
    def in_transaction(self) -> bool:
        return bool(self.raw.info.transaction_status != self._idle)

    @property
    def usable(self) -> bool:
        return not self.raw.closed and not self.raw.broken

    def close(self) -> None:
        """Park a healthy idle connection for the next open of its URL; close any other."""
        if (self._key is not None and self._pid == os.getpid() and self.usable
                and self.raw.info.transaction_status == self._idle):
            _PARKING.park(self._key, self.raw)
        else:
            self.raw.close()


class PostgresBackend(Backend):
    """The memory in the PostgreSQL database named by the libpq URL *url*."""

    max_connections = 16

    def __init__(self, url: str, *, readonly: bool, timeout: float) -> None:
        self.url = url
        self.location = redact(url)
        self.readonly = readonly
        self.timeout = timeout
        self.psycopg = _psycopg()

    @contextlib.contextmanager
    def errors(self) -> Iterator[None]:
        try:
            yield
        except self.psycopg.Error as exc:
            raise StoreError(self.describe(exc)) from None

    def describe(self, exc: Exception) -> str:
        """A one-line message for a psycopg error."""
        errors = self.psycopg.errors
        text = " ".join(str(exc).split()) or type(exc).__name__
        if isinstance(exc, errors.LockNotAvailable):
            return (f"{self.location}: the memory is locked by another writer; "
                    f"retry when it finishes")
        if isinstance(exc, errors.ReadOnlySqlTransaction):
            return f"{self.location}: the memory was opened read-only"
        if isinstance(exc, self.psycopg.OperationalError):
            return f"{self.location}: cannot reach the database ({text})"
        return f"{self.location}: {text}"

    def connect(self) -> Connection:
        with self.errors():
            raw = _PARKING.take(self.url) or self.psycopg.connect(
                self.url, autocommit=True, connect_timeout=max(1, int(self.timeout)))
            # A kept session was reset: every open sets its lock wait and mode.
            settings = f"SET lock_timeout = {_millis(self.timeout)}"
            if self.readonly:
                settings += "; SET default_transaction_read_only = on"
            raw.execute(settings)
            return PostgresConnection(raw, self.psycopg.pq.TransactionStatus.IDLE, self.url)

    def prepare(self) -> Connection:
        conn = self.connect()
        assert isinstance(conn, PostgresConnection)
        try:
            with self.errors():
                kind = self._classify(conn)
                if kind == "current" or (kind == "older" and self.readonly):
                    return conn  # an older memory read-only: read as it is, without markup
                if self.readonly:
                    raise StoreError(f"{self.location}: no translation memory in this database")
                conn.raw.execute("BEGIN")
                conn.raw.execute("SELECT pg_advisory_xact_lock(%s)", (_CREATE_LOCK,))
                kind = self._classify(conn)  # again, now that no one else can create
                if kind == "new":
                    for statement in schema.schema_sql("postgresql"):
                        conn.execute(statement)
                    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                                     schema.initial_meta())
                elif kind == "older":  # schema 4, 5 or 6 -> 7, in this one transaction
                    upgrade_older(conn)
                conn.commit()
                return conn
        except BaseException:
            with contextlib.suppress(Exception):
                conn.close()
            raise

    def _classify(self, conn: Connection) -> str:
        if conn.execute("SELECT current_schema()").fetchone()[0] is None:
            raise StoreError(f"{self.location}: no schema of the search path exists that this "
                             "role may use (permission denied: grant USAGE on the schema)")
        # pg_class, not information_schema.tables: the latter lists only the tables the
        # role holds a privilege on, and a role without SELECT saw "no memory" there.
        tables = {r[0] for r in conn.execute(
            "SELECT relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace "
            "AND relkind IN ('r', 'p', 'v', 'm', 'f')")}
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall()) \
            if "meta" in tables else None
        kind = schema.classify(self.location, tables, meta)
        if kind == "upgrade":
            raise StoreError(f"{self.location}: memory schema 3 is not supported on PostgreSQL")
        return kind

    def size(self, conn: Connection) -> int:
        where, params = conn.in_list("c.relname", list(schema.TABLES))
        row = conn.execute(
            "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
            f"WHERE c.relnamespace = current_schema()::regnamespace AND {where}",
            params).fetchone()
        return int(row[0])
