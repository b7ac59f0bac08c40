"""Where a memory lives: the storage boundary of :class:`tm.TranslationMemory` (private).

A :class:`Backend` stands for one memory location (a SQLite file, an
in-process SQLite database, or a PostgreSQL database).  It opens
:class:`Connection` objects, checks that the database is a memory of ours
(and creates the schema of a new one in one transaction), and turns driver
errors into one-line :class:`tm.errors.StoreError` naming the location.

A :class:`Connection` runs SQL written with ``?`` placeholders in the subset
both engines share, plus the few operations where they differ: read and write
transactions, ``col IN (...)`` lists, bulk inserts (``executemany`` for
SQLite, ``COPY`` for PostgreSQL) and streaming a large result.  The index,
the writer, ranking and concordance are written once against this interface,
so both backends give the same answers by construction.

:class:`Pool` lends connections to threads: a memory object can be shared by
the threads of a server, each operation borrowing one connection for its
duration (SQLite connections are made with ``check_same_thread=False`` and
never used by two threads at once).
"""

from __future__ import annotations

import contextlib
import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol

from tm.errors import StoreError

__all__ = ["IN_LIST_VALUES", "MAX_PARAMETERS", "Backend", "Connection", "Cursor", "Pool",
           "is_postgres_url", "refuse_conninfo"]

#: SQLite's oldest bound on the host parameters of one statement (SQLITE_MAX_VARIABLE_NUMBER
#: before SQLite 3.32); its IN list costs one parameter a value (:meth:`Connection.in_list`).
MAX_PARAMETERS = 999
#: Values per ``IN (...)`` list of a query that sends one list: well under MAX_PARAMETERS.
IN_LIST_VALUES = 500

#: URL schemes that name a PostgreSQL memory.
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(location: str) -> bool:
    """True when *location* is a ``postgresql://`` (or ``postgres://``) URL."""
    return location.startswith(POSTGRES_SCHEMES)


#: The connection keywords of libpq (PostgreSQL 15 manual, 34.1.2 "Parameter Key Words").
_LIBPQ_KEYWORDS = frozenset({
    "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "channel_binding",
    "connect_timeout", "client_encoding", "options", "application_name",
    "fallback_application_name", "keepalives", "keepalives_idle", "keepalives_interval",
    "keepalives_count", "tcp_user_timeout", "replication", "gssencmode", "sslmode",
    "requiressl", "sslcompression", "sslcert", "sslkey", "sslpassword", "sslrootcert",
    "sslcrl", "sslcrldir", "sslsni", "requirepeer", "ssl_min_protocol_version",
    "ssl_max_protocol_version", "krbsrvname", "gsslib", "service", "target_session_attrs",
})
#: One ``keyword = value`` pair of a libpq conninfo string (a value may be 'quoted').
_CONNINFO_PAIR = re.compile(r"\s*([A-Za-z_]+)\s*=\s*(?:'(?:[^'\\]|\\.)*'|[^\s']*)\s*")


def refuse_conninfo(location: str) -> None:
    """StoreError when *location* is a libpq ``keyword=value`` string, not a file name.

    ``dbname=tm user=ana password=...`` (psql's, Django's spelling) was taken
    as a SQLite path: the units went into a new local file named after the
    password while the team's memory saw nothing.  The message hides the
    password (it would end up in CI logs).
    A file really named so is reached as ``./NAME``.
    """
    pairs = _CONNINFO_PAIR.findall(location) if "=" in location else []
    if not pairs or _CONNINFO_PAIR.sub("", location) \
            or not any(key.lower() in _LIBPQ_KEYWORDS for key in pairs):
        return
    from tm.memory._postgres import redact  # the message names no password

    raise StoreError(f"{redact(location)}: a libpq keyword=value connection string, which "
                     "tm does not read; give the PostgreSQL memory as a URL, "
                     "postgresql://USER:PASSWORD@HOST:PORT/DBNAME (a SQLite file of that "
                     "name: ./NAME)")


class Cursor(Protocol):
    """The part of a DB-API cursor the memory uses."""

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(ABC):
    """One database connection, used by one thread at a time."""

    #: ``"sqlite"`` or ``"postgresql"``.
    dialect: str
    #: Whether the memory has the markup table (schema 6); None until first asked
    #: (tm.memory._store.has_markup), then remembered for the connection's life.
    markup: bool | None = None
    #: Whether it has the files table (schema 10: tm.memory._store.has_files), likewise.
    files: bool | None = None

    @abstractmethod
    def execute(self, sql: str, params: Sequence[object] = ()) -> Cursor:
        """Run one statement (``?`` placeholders) and return its cursor."""

    @abstractmethod
    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        """Run one statement for each row of parameters."""

    @abstractmethod
    def insert_many(self, table: str, columns: Sequence[str],
                    rows: Iterable[Sequence[object]]) -> None:
        """Append *rows* to *table* as fast as the engine allows (bulk path)."""

    @abstractmethod
    def in_list(self, column: str, values: Sequence[object]) -> tuple[str, list[object]]:
        """``(sql, params)`` testing ``column`` against every value of *values*."""

    @abstractmethod
    def stream(self, sql: str, params: Sequence[object] = ()) -> Iterator[Any]:
        """Yield the rows of a large query without holding them all in memory."""

    @abstractmethod
    def begin_read(self) -> None:
        """Start a read-only transaction: every read sees one committed state."""

    @abstractmethod
    def begin_write(self, timeout: float) -> None:
        """Start the only write transaction (wait up to *timeout* s for another writer)."""

    @abstractmethod
    def commit(self) -> None:
        """Commit the open transaction."""

    @abstractmethod
    def rollback(self) -> None:
        """Roll the open transaction back (no-op when none is open)."""

    @property
    @abstractmethod
    def in_transaction(self) -> bool:
        """True while a transaction is open."""

    @property
    def usable(self) -> bool:
        """False once the connection is broken (the server went away): the pool drops it."""
        return True

    @abstractmethod
    def close(self) -> None:
        """Close the connection."""


class Backend(ABC):
    """One memory location: opens connections and owns its error messages."""

    #: What error messages call the memory (a path, or a URL without password).
    location: str
    readonly: bool
    #: Most connections a :class:`Pool` may open to it (1 for an in-process database).
    max_connections: int = 8

    @abstractmethod
    def connect(self) -> Connection:
        """Open a connection to a memory whose schema :meth:`prepare` has checked."""

    @abstractmethod
    def prepare(self) -> Connection | None:
        """Check that the location holds a memory of ours, or create one; before any write.

        May return a connection ready for use (the pool's first), saving a connect.
        """

    @abstractmethod
    def errors(self) -> contextlib.AbstractContextManager[None]:
        """Turn this engine's errors into :class:`StoreError` naming the location."""

    @abstractmethod
    def size(self, conn: Connection) -> int:
        """Bytes the memory takes on disk."""

    def released(self) -> None:  # noqa: B027 (optional: a no-op by default)
        """The memory is closed and its last connection too (tidy up what they left)."""

    def integrity(self, conn: Connection) -> None:  # noqa: B027 (optional: a no-op by default)
        """Raise :class:`StoreError` when the engine finds the memory damaged (default: trust it)."""  # noqa: E501


class Pool:
    """Connections to one backend, lent to one thread at a time.

    ``with pool.connection() as conn:`` borrows an idle connection (or opens a
    new one, up to ``backend.max_connections``, else waits for one).  A
    connection given back inside a transaction is rolled back first.
    """

    def __init__(self, backend: Backend, first: Connection | None = None) -> None:
        self.backend = backend
        self._idle: list[Connection] = [first] if first is not None else []
        self._open = len(self._idle)
        self._closed = False
        self._ready = threading.Condition()
        self._held = threading.local()

    @contextlib.contextmanager
    def connection(self) -> Iterator[Connection]:
        """Borrow a connection for the duration of the ``with`` block.

        A thread that already holds one and cannot get another (an in-process
        database has a single connection) gets the one it holds: a lookup
        inside a loop over ``units()`` then reads in the loop's transaction
        instead of waiting for itself forever.
        """
        held: list[Connection] = self._held.__dict__.setdefault("conns", [])
        with self._ready:
            reuse = bool(held) and not self._idle and self._open >= self.backend.max_connections
        if reuse:
            yield held[-1]
            return
        conn = self._take()
        held.append(conn)
        try:
            yield conn
        finally:
            held.pop()
            self._give_back(conn)

    def _take(self) -> Connection:
        with self._ready:
            while True:
                if self._closed:
                    raise StoreError(f"{self.backend.location}: the memory is closed")
                if self._idle:
                    return self._idle.pop()
                if self._open < self.backend.max_connections:
                    self._open += 1
                    break
                self._ready.wait()
        try:
            return self.backend.connect()
        except BaseException:
            with self._ready:
                self._open -= 1
                self._ready.notify()
            raise

    def _give_back(self, conn: Connection) -> None:
        healthy = conn.usable
        try:
            if healthy and conn.in_transaction:
                conn.rollback()
        except Exception:  # a broken connection is dropped, never reused
            healthy = False
        with self._ready:
            last = False
            if healthy and not self._closed:
                self._idle.append(conn)
            else:
                self._open -= 1
                last = self._closed and not self._open
                with contextlib.suppress(Exception):
                    conn.close()
            self._ready.notify()
        if last:
            self.backend.released()

    def close(self) -> None:
        """Close the idle connections; borrowed ones close when given back.  After the last,
        the backend may tidy up (:meth:`Backend.released`)."""
        with self._ready:
            closing = not self._closed
            self._closed = True
            idle, self._idle = self._idle, []
            self._open -= len(idle)
            last = closing and not self._open
            self._ready.notify_all()
        for conn in idle:
            with contextlib.suppress(Exception):
                conn.close()
        if last:
            self.backend.released()
