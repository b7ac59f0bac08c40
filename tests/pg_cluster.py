"""A throwaway PostgreSQL cluster for the tests: one per session, one schema per memory.

``initdb`` makes a cluster in a temporary directory (as the ``postgres`` user
when the tests run as root, since PostgreSQL refuses to run as root); the
server listens on a unix socket in that directory only (no TCP port), with
``fsync`` off since nothing in it must survive (and long values compressed with lz4 where
the server has it: :func:`_lz4_option`); it is stopped and deleted at
the end of the session.  Each memory a test opens lives in its own schema of
one database (``?options=-csearch_path=...``), so the memory suite runs
against PostgreSQL as it does against SQLite.  A test gives its schema back
when it ends (:meth:`Cluster.release`) and the next test gets the same name
again: the same URL, so tm's kept connection to that URL (tm.memory._postgres)
serves it instead of a new server process.

A test's fresh memory (:meth:`Cluster.new_memory`, behind the ``location``
fixtures) is one tm created: the first in a schema is made by
``TranslationMemory.open`` itself, and a finished test's memory is given out
again with its rows deleted and ``meta`` as a new memory's, provided its
catalog (every object of the schema; each table's columns, constraints,
indexes, owner, privileges and options) is still exactly a new memory's
(:data:`_CATALOG`); one a test altered is dropped and made again by tm.
Dropping and creating a memory's seven tables (31 relations with their TOAST
tables and indexes) cost the server about 11 ms of CPU and the test 3 ms, for
each of some 200 fresh memories a run; emptying a kept one costs about 1.5 ms
with the catalog check.  ``TRUNCATE`` was measured too: it gives every
relation new files and cost as much as creating them.  What a test could tell
apart is only the storage: the deleted rows' pages stay until autovacuum
(``stats()["size"]`` may be larger than a new memory's), as do the planner's
statistics.  tests/memory/test_postgres_fresh_memory.py compares a
given-out memory's ``pg_dump`` (schema and data) with a newly created one's.
:meth:`Cluster.new_schema` still gives an empty schema, for tests of creation.

Under pytest-xdist the controller starts ONE cluster for all its workers, in
the background, as soon as it starts the workers (:func:`pytest_configure_node`),
so ``initdb`` and the server's start-up run while the workers import and collect;
each worker gets a database of its own in it (so workers never share a schema
name) and the controller stops the cluster when the run ends.  Each worker
used to start its own cluster at its first PostgreSQL test, and wait for it:
an ``initdb`` and a server start-up per worker (about 0.5 CPU s and 1-1.5 s of
wall each on an idle machine, most of that wall a core left idle).  A run
without workers (``-n 0``, ``-p no:xdist``) starts its cluster at first use, as
before.  Roles belong to the cluster, not to a database: the two tests that
create one (a role without SELECT, a clerk role) each run once a run.

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
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

__all__ = ["Cluster", "find_bin", "postgres_cluster", "pytest_configure_node",
           "pytest_unconfigure"]

_USER = "tm_test"
_DB = "tm_test"
#: ``workerinput`` key naming the folder of the cluster the xdist controller started.
_SHARED = "tm_pg_cluster"
#: Files the controller's starter writes in that folder when the server is up, or has failed.
_READY, _FAILED = "ready", "failed"
#: Seconds a worker waits for the controller's cluster (initdb and start, on a loaded machine).
_SHARED_WAIT = 300.0
#: The cluster's undertaker, a child in a session of its own: it blocks reading a pipe only
#: the process that made the cluster holds open, so it wakes when that process ends however
#: it ends (an xdist controller killed by a CI timeout runs no pytest_unconfigure), then
#: stops the server and deletes the cluster.  After a normal stop both are gone already.
_UNDERTAKER = """
import os, shutil, subprocess, sys
sys.stdin.buffer.read()
pg_ctl, data, base, user = sys.argv[1:5]
if os.path.exists(data):
    subprocess.run([pg_ctl, "stop", "-D", data, "-m", "immediate", "-w"], user=user or None,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
shutil.rmtree(base, ignore_errors=True)
"""
#: How long a finished test's schema may stay locked (by a process it left behind) before
#: its name is given up; a loaded machine's leftover server can take seconds to exit.
_LOCK_WAIT = "5s"

#: The catalog of schema ``{schema}``, without the schema's name, as one md5: its owner and
#: privileges, every object in it (pg_depend), each relation's kind, owner, privileges and
#: options, each column, constraint and index.  Equal to a new memory's, a kept memory whose
#: rows are deleted is one (:meth:`Cluster.new_memory`).
_CATALOG = """
SELECT md5(concat_ws(E'\\n',
  (SELECT concat_ws(',', nspowner::regrole, nspacl) FROM pg_namespace WHERE nspname = '{schema}'),
  (SELECT string_agg(replace(pg_describe_object(classid, objid, objsubid), '{schema}.', ''),
                     ',' ORDER BY pg_describe_object(classid, objid, objsubid))
     FROM pg_depend WHERE refclassid = 'pg_namespace'::regclass
                      AND refobjid = '{schema}'::regnamespace),
  (SELECT string_agg(concat_ws(',', relname, relkind, relpersistence, relowner::regrole, relacl,
                               reloptions, relrowsecurity, relforcerowsecurity, relhastriggers,
                               relhasrules, relreplident, relispartition), ';' ORDER BY relname)
     FROM pg_class WHERE relnamespace = '{schema}'::regnamespace),
  (SELECT string_agg(concat_ws(',', c.relname, a.attnum, a.attname,
                               format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attisdropped,
                               a.attidentity, a.attgenerated, a.attcollation, a.attstorage,
                               a.attcompression, a.attacl, a.attoptions,
                               pg_get_expr(d.adbin, d.adrelid)), ';' ORDER BY c.relname, a.attnum)
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
     LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE c.relnamespace = '{schema}'::regnamespace AND a.attnum > 0),
  (SELECT string_agg(concat_ws(',', c.relname, k.conname, k.condeferrable, k.condeferred,
                               k.convalidated,
                               replace(pg_get_constraintdef(k.oid), '{schema}.', '')),
                     ';' ORDER BY c.relname, k.conname)
     FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
     WHERE c.relnamespace = '{schema}'::regnamespace),
  (SELECT string_agg(replace(pg_get_indexdef(i.indexrelid), '{schema}.', ''), ';'
                     ORDER BY pg_get_indexdef(i.indexrelid))
     FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
     WHERE c.relnamespace = '{schema}'::regnamespace)))
"""


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


def _lz4_option(bindir: Path) -> str:
    """The server option that compresses long values with lz4, where the server has it.

    A term's length histogram is 16 KB for each word of a 4,095-word text; the
    default compression, pglz, spent most of the server's CPU of an import of
    such texts on them (test_memory_long_texts: 0.7-0.9 CPU s an import, 0.11-0.15
    with lz4).  The same bytes are stored and read back; a server built without
    lz4 (``pg_config --configure`` lacks ``--with-lz4``; PostgreSQL before 14) keeps pglz.
    """
    try:
        configured = subprocess.run([str(bindir / "pg_config"), "--configure"], check=True,
                                    capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return ""
    return " -c default_toast_compression=lz4" if "--with-lz4" in configured else ""


class Cluster:
    """A running PostgreSQL server on a unix socket in a temporary directory."""

    def __init__(self, bindir: Path, base: Path | None = None, database: str = _DB) -> None:
        self.bindir = bindir
        self.database = database
        # A base given is another process's cluster: this one only uses it (see attach).
        self.owned = base is None
        # short: socket paths are limited
        self.base = base or Path(tempfile.mkdtemp(prefix="tm-pg-"))
        self.data = self.base / "data"
        self._schemas = itertools.count(1)
        self._user: str | None = None
        self._admin: Any = None  # one connection for the schemas' DDL and emptying
        self._schema_of: dict[str, str] = {}  # URL -> its schema
        self._released: list[str] = []  # schemas of finished tests, to drop and reuse
        self._new_memory: str | None = None  # _CATALOG of a memory tm created, once known
        self._lifeline: int | None = None  # the pipe end the undertaker waits on (owned)
        if os.geteuid() == 0:
            self._user = "postgres"
            if self.owned:
                entry = pwd.getpwnam(self._user)
                os.chown(self.base, entry.pw_uid, entry.pw_gid)

    @classmethod
    def attach(cls, bindir: Path, base: Path, worker: str) -> Cluster:
        """The cluster the xdist controller started in *base*, with a new database for *worker*.

        Waits until the controller's starter says the server is up (or failed:
        then the test fails with its message).  The database is named for the
        worker and this process, so a worker xdist restarts gets a new one.
        """
        deadline = time.monotonic() + _SHARED_WAIT
        while not (base / _READY).exists():
            if (base / _FAILED).exists():
                pytest.fail((base / _FAILED).read_text(errors="replace"))
            if time.monotonic() > deadline:
                pytest.fail(f"the controller's PostgreSQL cluster in {base} did not start "
                            f"in {_SHARED_WAIT:.0f} s")
            time.sleep(0.02)
        cluster = cls(bindir, base, database=f"{_DB}_{worker}_{os.getpid()}")
        cluster._create_database()
        return cluster

    def _run(self, *args: str) -> None:
        subprocess.run([str(self.bindir / args[0]), *args[1:]], check=True, user=self._user,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=self.base)

    def start(self) -> None:
        """initdb, then start the server and create the test database."""
        self._initdb_and_start()
        self._create_database()

    def _initdb_and_start(self) -> None:
        """Make the cluster and start its server: a unix socket in the base only, no syncs.

        The undertaker (:data:`_UNDERTAKER`) is started first, so a starter killed at any
        point leaves no server and no cluster behind."""
        self._start_undertaker()
        self._run("initdb", "-D", str(self.data), "-U", _USER, "--auth=trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        options = (f"-k {self.base} -c listen_addresses='' -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
                   + _lz4_option(self.bindir))
        self._run("pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data), "-o", options,
                  "-l", str(self.base / "server.log"))

    def _start_undertaker(self) -> None:
        read_end, self._lifeline = os.pipe()  # neither end is inherited by an exec'd child
        try:
            subprocess.Popen([sys.executable, "-c", _UNDERTAKER, str(self.bindir / "pg_ctl"),
                              str(self.data), str(self.base), self._user or ""],
                             stdin=read_end, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, start_new_session=True)
        finally:
            os.close(read_end)

    def _create_database(self) -> None:
        import psycopg

        with psycopg.connect(self.url(database="postgres"), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {self.database}")

    def start_for_workers(self) -> threading.Thread:
        """Start the server in a thread; :data:`_READY` or :data:`_FAILED` in the base says how.

        No database is made here: each worker creates its own (:meth:`attach`).
        """
        def run() -> None:
            try:
                self._initdb_and_start()
            except (OSError, subprocess.CalledProcessError) as exc:
                (self.base / _FAILED).write_text(f"cannot start PostgreSQL: {_why(exc, self)}")
            else:
                (self.base / _READY).write_text("")

        thread = threading.Thread(target=run, name="tm-pg-cluster", daemon=True)
        thread.start()
        return thread

    def url(self, schema: str | None = None, database: str | None = None) -> str:
        """A libpq URL of the test database (its *schema* first on the search path)."""
        database = database or self.database
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
        """A URL whose memory lives in a new, empty schema (tm creates the memory on open).

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
                    conn.execute(f"SET LOCAL lock_timeout = '{_LOCK_WAIT}'")
                    conn.execute(f"DROP SCHEMA {name} CASCADE; CREATE SCHEMA {name}")
            except psycopg.Error:
                continue
            return self.url(name)
        name = f"m{next(self._schemas)}"
        conn.execute(f"CREATE SCHEMA {name}")
        url = self.url(name)
        self._schema_of[url] = name
        return url

    def new_memory(self) -> str:
        """A URL holding a new, empty memory, as ``TranslationMemory.open`` creates one.

        A finished test's memory whose catalog is still a new memory's is
        emptied (:meth:`_emptied_if_new`); else a schema from :meth:`new_schema`
        gets its memory from tm itself.
        """
        if self._released and self._emptied_if_new(self._released[-1]):
            return self.url(self._released.pop())
        return self._created(self.new_schema())  # a released schema dropped and made again

    def release(self, url: str) -> None:
        """The test that had *url* has ended: its schema may be emptied and given out again."""
        self._released.append(self._schema_of[url])

    def emptied(self, url: str) -> str:
        """A new, empty memory again at *url* (a property test's next example), if it can be.

        The memory left at *url* is emptied when its catalog is a new memory's;
        else the schema is dropped and tm creates the memory again, at the same
        URL unless a process the example left behind still holds the schema.
        """
        if self._emptied_if_new(self._schema_of[url]):
            return url
        self.release(url)
        return self._created(self.new_schema())

    def _created(self, url: str) -> str:
        """*url* (an empty schema) with the memory tm creates in it; its catalog noted."""
        from tm import TranslationMemory

        TranslationMemory.open(url).close()
        if self._new_memory is None:
            self._new_memory = self._catalog(self._schema_of[url])
        return url

    def _catalog(self, schema: str) -> str:
        """The md5 of *schema*'s catalog (:data:`_CATALOG`)."""
        row = self._connection().execute(_CATALOG.format(schema=schema)).fetchone()
        return str(row[0])

    def _emptied_if_new(self, schema: str) -> bool:
        """Delete every row of the memory in *schema* and write a new memory's ``meta``, in one
        transaction, if its catalog is a new memory's; False (nothing changed) if it is not.

        ``DELETE`` rather than ``TRUNCATE``: TRUNCATE gives every table and
        index new files, which cost the server as much as creating them.  The
        tables are locked first as ``DROP SCHEMA`` locks them: a memory a
        process the test left behind still holds (:data:`_LOCK_WAIT`) is not given out.
        """
        import psycopg

        from tm.memory._schema import TABLES, initial_meta

        if self._new_memory is None:
            return False
        conn = self._connection()
        meta = ", ".join(f"('{key}', '{value}')" for key, value in initial_meta())
        try:
            with conn.transaction():
                conn.execute(f"SET LOCAL lock_timeout = '{_LOCK_WAIT}'")
                if self._catalog(schema) != self._new_memory:
                    return False
                tables = ", ".join(f"{schema}.{table}" for table in TABLES)
                conn.execute("; ".join([f"LOCK TABLE {tables} IN ACCESS EXCLUSIVE MODE",
                                        *(f"DELETE FROM {schema}.{table}" for table in TABLES),
                                        f"INSERT INTO {schema}.meta(key, value) VALUES {meta}"]))
        except psycopg.Error:
            return False
        return True

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
        """Stop the server (fast) and delete the cluster; an attached one only disconnects."""
        if self._admin is not None:
            with contextlib.suppress(Exception):
                self._admin.close()
        if not self.owned:
            return
        profile = os.environ.get("TM_PROFILE_DIR")
        if profile:
            (Path(profile) / f"postgres-{os.getpid()}.json").write_text(
                json.dumps(self.server_cpu_seconds()))
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "immediate", "-w")
        shutil.rmtree(self.base, ignore_errors=True)
        if self._lifeline is not None:
            os.close(self._lifeline)  # the undertaker wakes, finds nothing, and exits
            self._lifeline = None


@pytest.fixture(scope="session")
def postgres_cluster(request: pytest.FixtureRequest) -> Iterator[Cluster]:
    """The session's PostgreSQL server: the xdist controller's, else one started on first use."""
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
    shared = getattr(request.config, "workerinput", {}).get(_SHARED)
    if shared:
        worker = str(request.config.workerinput.get("workerid", "gw"))  # type: ignore[attr-defined]
        cluster = Cluster.attach(bindir, Path(shared), worker)
        yield cluster
        cluster.stop()
        return
    cluster = Cluster(bindir)
    try:
        cluster.start()
    except subprocess.CalledProcessError as exc:
        cluster.stop()
        pytest.fail(f"cannot start PostgreSQL: {_why(exc, cluster)}")
    yield cluster
    cluster.stop()


def _why(exc: OSError | subprocess.CalledProcessError, cluster: Cluster) -> str:
    """What a failed initdb or pg_ctl said, with the end of the server's log."""
    said = exc.stderr.decode(errors="replace") if isinstance(
        exc, subprocess.CalledProcessError) and exc.stderr else str(exc)
    log = cluster.base / "server.log"
    return said + (log.read_text(errors="replace")[-2000:] if log.exists() else "")


#: The cluster the xdist controller started for its workers, and the thread starting it.
_controller_cluster: list[tuple[Cluster, threading.Thread]] = []


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """xdist controller, for each worker it starts: the cluster to use (started once, in a thread).

    Nothing is started where the workers would not use it (``TM_SKIP_POSTGRES=1``,
    no PostgreSQL binaries: the fixture then skips or fails in the worker as before).
    """
    if os.environ.get("TM_SKIP_POSTGRES") == "1":
        return
    if not _controller_cluster:
        bindir = find_bin()
        if bindir is None:
            return
        cluster = Cluster(bindir)
        _controller_cluster.append((cluster, cluster.start_for_workers()))
    node.workerinput[_SHARED] = str(_controller_cluster[0][0].base)


def pytest_unconfigure(config: pytest.Config) -> None:
    """The controller, once its workers are done: stop the cluster it started for them."""
    while _controller_cluster:
        cluster, starting = _controller_cluster.pop()
        starting.join(timeout=120)
        cluster.stop()
