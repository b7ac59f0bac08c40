"""A memory in a PostgreSQL database, for a team (private; needs the ``postgres`` extra).

The tables and every query are those of the SQLite memory (see
:mod:`tm.memory._schema`); what differs is how clients share it:

* **Writers take turns.**  A write transaction starts by locking the
  ``meta`` row ``next_id`` (``SELECT ... FOR UPDATE``), so concurrent imports
  run one after the other, each one transaction, and the unique keys
  ``ukey``/``pkey`` (a unit's file, its translation pair) make a lost or
  doubled unit impossible even for a client that did not take the lock.
  ``lock_timeout`` bounds the wait.
* **Readers never wait.**  A lookup is one ``REPEATABLE READ READ ONLY``
  transaction: it sees every unit committed before it started, so a unit
  added by one client is found by any other client's next lookup.
* **Bulk loads use COPY** for units, vocabulary and postings.
* The memory uses the connection's current schema (``public`` unless the URL
  says ``?options=-csearch_path%3Dtm``); an empty schema becomes a memory in
  one transaction, one that holds other tables is refused; a memory of
  schema 4 or 5 gets the markup table (schema 6) in one transaction when
  opened for writing, and is read as it is when opened read-only.

Results come back in binary form, so the packed posting and token blobs
cross the wire as they are stored.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from tm.errors import StoreError
from tm.memory import _schema as schema
from tm.memory._backend import Backend, Connection, Cursor

__all__ = ["PostgresBackend", "redact"]

_PASSWORD = re.compile(r"(://[^:/@]*:)[^@/]*@")
#: A ``password=`` parameter in the query string (libpq takes it there too).
_PASSWORD_PARAM = re.compile(r"([?&]password=)[^&#]*", re.IGNORECASE)
#: Rows a server-side cursor fetches at a time: memory stays flat while exporting.
_STREAM_ROWS = 2000
#: pg_advisory_xact_lock key that serializes creating the schema ("tm-schema").
_CREATE_LOCK = 0x746D2D736368656D


def redact(url: str) -> str:
    """*url* with its password replaced by ``***`` (for messages, logs and summaries).

    Both spellings libpq accepts are hidden: ``user:secret@host`` and a
    ``?password=secret`` parameter.  A file name is returned unchanged.
    """
    if "://" not in url:
        return url
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


class PostgresConnection(Connection):
    """A psycopg 3 connection in autocommit mode (transactions are explicit SQL)."""

    dialect = "postgresql"

    def __init__(self, raw: Any, idle: object) -> None:
        self.raw = raw
        self._idle = idle

    def execute(self, sql: str, params: Sequence[object] = ()) -> Cursor:
        cur = self.raw.cursor(binary=True)
        cur.execute(_pg_sql(sql), params or None)
        return cur  # type: ignore[no-any-return]

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        with self.raw.cursor() as cur:
            cur.executemany(_pg_sql(sql), list(rows))

    def insert_many(self, table: str, columns: Sequence[str],
                    rows: Iterable[Sequence[object]]) -> None:
        with self.raw.cursor() as cur, \
                cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
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
        self.raw.execute("BEGIN")
        self.raw.execute(f"SET LOCAL lock_timeout = {max(1, int(timeout * 1000))}")
        self.raw.execute("SELECT value FROM meta WHERE key = 'next_id' FOR UPDATE")

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
            raw = self.psycopg.connect(self.url, autocommit=True,
                                       connect_timeout=max(1, int(self.timeout)))
            if self.readonly:
                raw.execute("SET default_transaction_read_only = on")
            return PostgresConnection(raw, self.psycopg.pq.TransactionStatus.IDLE)

    def prepare(self) -> Connection:
        conn = self.connect()
        assert isinstance(conn, PostgresConnection)
        try:
            with self.errors():
                kind = self._classify(conn)
                if kind == "current" or (kind == "markup" and self.readonly):
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
                elif kind == "markup":  # schema 4 or 5 -> 6, in this one transaction
                    for statement in schema.markup_upgrade_sql("postgresql"):
                        conn.execute(statement)
                conn.commit()
                return conn
        except BaseException:
            with contextlib.suppress(Exception):
                conn.close()
            raise

    def _classify(self, conn: Connection) -> str:
        tables = {r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema()")}
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
