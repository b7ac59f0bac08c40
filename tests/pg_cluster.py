"""A throwaway PostgreSQL cluster for the tests: one per session, one schema per memory.

``initdb`` makes a cluster in a temporary directory (as the ``postgres`` user
when the tests run as root, since PostgreSQL refuses to run as root); the
server listens on a unix socket in that directory only (no TCP port), with
``fsync`` off since nothing in it must survive; it is stopped and deleted at
the end of the session (under pytest-xdist each worker is a session with its
own cluster, so workers never share a schema counter).  Each memory a test
opens lives in its own schema of one database (``?options=-csearch_path=...``), which costs a few
milliseconds, so the memory suite runs against PostgreSQL as it does against
SQLite.  A test gives its schema back when it ends (:meth:`Cluster.release`)
and the next test gets the same name dropped and created again, empty: the
same fresh memory at the same URL, so tm's kept connection to that URL
(tm.memory._postgres) serves it instead of a new server process.

The binaries are looked up in ``$TM_PG_BIN``, then on ``PATH``, then in
Debian's ``/usr/lib/postgresql/*/bin``.  ``.ci/run`` installs PostgreSQL
where it is missing.  Without a server the PostgreSQL tests fail (they are
never skipped silently); ``TM_SKIP_POSTGRES=1`` skips them on purpose, and
is refused in CI.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

__all__ = ["Cluster", "find_bin", "postgres_cluster"]

_USER = "tm_test"
_DB = "tm_test"


def find_bin() -> Path | None:
    """The directory holding ``initdb`` and ``pg_ctl``, or None."""
    candidates = [os.environ.get("TM_PG_BIN", "")]
    found = shutil.which("initdb")
    if found:
        candidates.append(str(Path(found).resolve().parent))
    candidates += sorted((str(p) for p in Path("/usr/lib/postgresql").glob("*/bin")),
                         key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit()
                         else 0, reverse=True)
    for directory in candidates:
        if directory and all((Path(directory) / tool).exists() for tool in ("initdb", "pg_ctl")):
            return Path(directory)
    return None


class Cluster:
    """A running PostgreSQL server on a unix socket in a temporary directory."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.base = Path(tempfile.mkdtemp(prefix="tm-pg-"))  # short: socket paths are limited
        self.data = self.base / "data"
        self._schemas = itertools.count(1)
        self._user: str | None = None
        self._admin: Any = None  # one connection for the schemas' DDL and emptying
        self._schema_of: dict[str, str] = {}  # URL -> its schema
        self._released: list[str] = []  # schemas of finished tests, to drop and reuse
        if os.geteuid() == 0:
            self._user = "postgres"
            entry = pwd.getpwnam(self._user)
            os.chown(self.base, entry.pw_uid, entry.pw_gid)

    def _run(self, *args: str) -> None:
        subprocess.run([str(self.bindir / args[0]), *args[1:]], check=True, user=self._user,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=self.base)

    def start(self) -> None:
        """initdb, then start the server and create the test database."""
        self._run("initdb", "-D", str(self.data), "-U", _USER, "--auth=trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        options = (f"-k {self.base} -c listen_addresses='' -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        self._run("pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data), "-o", options,
                  "-l", str(self.base / "server.log"))
        import psycopg

        with psycopg.connect(self.url(database="postgres"), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {_DB}")

    def url(self, schema: str | None = None, database: str = _DB) -> str:
        """A libpq URL of the test database (its *schema* first on the search path)."""
        url = f"postgresql://{_USER}@/{database}?host={quote(str(self.base))}"
        if schema:
            url += "&options=" + quote(f"-csearch_path={schema}")
        return url

    def _connection(self) -> Any:
        """The session's own connection to the test database (autocommit), opened once.

        Each new connection starts a PostgreSQL backend process (several ms of
        the server's CPU), and property tests empty a memory for every example.
        """
        import psycopg

        if self._admin is None or self._admin.closed:
            self._admin = psycopg.connect(self.url(), autocommit=True)
        return self._admin

    def new_schema(self) -> str:
        """A URL whose memory lives in a new, empty schema.

        The schema of a finished test (see :meth:`release`) is dropped with
        all it holds and created again, empty; a name still locked by a
        process the test left behind is never used again.
        """
        import psycopg

        conn = self._connection()
        while self._released:
            name = self._released.pop()
            try:
                with conn.transaction():
                    conn.execute("SET LOCAL lock_timeout = '5s'")
                    conn.execute(f"DROP SCHEMA {name} CASCADE; CREATE SCHEMA {name}")
            except psycopg.Error:
                continue
            return self.url(name)
        name = f"m{next(self._schemas)}"
        conn.execute(f"CREATE SCHEMA {name}")
        url = self.url(name)
        self._schema_of[url] = name
        return url

    def release(self, url: str) -> None:
        """The test that had *url* has ended: its schema may be emptied and given out again."""
        self._released.append(self._schema_of[url])

    def emptied(self, url: str) -> str:
        """*url* again, its memory emptied (cheaper than a new schema: no DDL).

        ``DELETE`` rather than ``TRUNCATE``: the tables of a property test's
        memory hold a few rows, and TRUNCATE gives every table (and index) new
        files, about three times the cost of deleting those rows.
        """
        from tm.memory._schema import TABLES, initial_meta

        schema = self._schema_of[url]
        conn = self._connection()
        with conn.transaction():  # one transaction, committed on leaving
            if conn.execute("SELECT to_regclass(%s)", (f"{schema}.meta",)).fetchone()[0]:
                conn.execute("; ".join(f"DELETE FROM {schema}.{table}" for table in TABLES))
                conn.cursor().executemany(
                    f"INSERT INTO {schema}.meta(key, value) VALUES (%s, %s)", initial_meta())
        return url

    def server_cpu_seconds(self) -> float:
        """The CPU the server has used so far: the postmaster, its live and its ended backends.

        Read from ``/proc`` (0.0 where there is none); tests/tools/suite_profile.py
        counts it with the suite's CPU, since a test's queries run in the server.
        """
        def ticks(pid: str, fields: slice) -> int:
            stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            return sum(int(tick) for tick in stat[fields])

        # stat(5) after "(comm)": utime, stime, cutime, cstime are fields 14 to 17
        try:
            pid = (self.data / "postmaster.pid").read_text().split()[0]
            total = ticks(pid, slice(11, 15))
            for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
                with contextlib.suppress(OSError):
                    total += ticks(child, slice(11, 13))
        except (OSError, IndexError):
            return 0.0
        return total / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        """Stop the server (fast) and delete the cluster."""
        profile = os.environ.get("TM_PROFILE_DIR")
        if profile:
            (Path(profile) / f"postgres-{os.getpid()}.json").write_text(
                json.dumps(self.server_cpu_seconds()))
        if self._admin is not None:
            with contextlib.suppress(Exception):
                self._admin.close()
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "immediate", "-w")
        shutil.rmtree(self.base, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    """The session's PostgreSQL server (started on first use)."""
    if os.environ.get("TM_SKIP_POSTGRES") == "1":
        if os.environ.get("CI"):
            pytest.fail("TM_SKIP_POSTGRES=1 is not allowed in CI: the PostgreSQL tests must run")
        pytest.skip("PostgreSQL tests skipped on request (TM_SKIP_POSTGRES=1)")
    bindir = find_bin()
    if bindir is None:
        pytest.fail("PostgreSQL server binaries not found (initdb): install postgresql "
                    "(apt-get install postgresql) or set TM_PG_BIN; TM_SKIP_POSTGRES=1 "
                    "skips these tests outside CI")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.fail("psycopg is not installed: pip install -e '.[test,postgres]'")
    cluster = Cluster(bindir)
    try:
        cluster.start()
    except subprocess.CalledProcessError as exc:
        log = cluster.base / "server.log"
        detail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        cluster.stop()
        pytest.fail(f"cannot start PostgreSQL: {exc.stderr.decode(errors='replace')}{detail}")
    yield cluster
    cluster.stop()
