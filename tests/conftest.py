"""Shared fixtures: paths into the repository and an in-process runner for the ``tm`` command.

:func:`run_tm` calls :func:`tm.cli.main` in this interpreter, as a user's shell
would run ``tm ARGS``: with its own working directory, environment, stdin,
stdout and stderr (byte streams underneath, so ``sys.stdout.buffer`` and
``sys.stdin.buffer`` work), and every piece of process-wide state it may touch
restored afterwards.  Starting a new interpreter for each of the suite's
hundreds of CLI runs used to cost more than everything the runs computed.

What only a real process can show (the installed entry point, a real pipe,
``SIGPIPE``, exit statuses) is tested by the few tests marked
``@pytest.mark.subprocess`` in tests/cli/test_cli_process.py, through
:func:`run_tm_process`.
"""

from __future__ import annotations

import functools
import gc
import gettext
import io
import itertools
import logging
import os
import shutil
import signal
import subprocess
import sys
import traceback
import warnings
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from hypothesis import settings

import process_setup  # noqa: F401  (temporary files in RAM, bytecode cache: see the module)

# The session's PostgreSQL server, and the hooks by which an xdist controller starts one for
# all its workers (see tests/pg_cluster.py).
from pg_cluster import postgres_cluster, pytest_configure_node, pytest_unconfigure  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


# Property tests: each test fixes its own example count; no deadline (a loaded
# machine is not a failure).  In CI (``CI`` set, as .ci/run does) the examples are
# derandomized, so a run is reproducible and a failure cannot come and go with a
# seed; locally every run draws new ones, which is how failing seeds get found.
# A strategy must make the cases it guards common enough that every seed meets
# them (tests/updating/test_update_props.py's ``copy`` edit for repeated
# sentences): a fixed seed only makes a run reproducible, not thorough.
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.register_profile("dev", deadline=None, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


def _numpys_global_generator_left_alone() -> None:
    """Hypothesis: do not save, seed and restore numpy's global random generator per example.

    Once numpy is imported (tm's posting builder uses it), hypothesis seeds
    numpy's global ``RandomState`` before each example and restores it after,
    so that a test drawing from ``numpy.random`` is reproducible: that tripled
    the cost of hypothesis's per-example seeding (about 40 to 120 µs), some
    1.5 CPU s over the suite's examples.  Neither tm nor its tests use numpy's
    global generator (``grep -rn 'np.random' src tests`` finds nothing), so
    nothing they draw changes; Python's own ``random`` is still seeded.  A
    hypothesis without the private hook is left as it is.
    """
    from hypothesis.internal import entropy

    if getattr(entropy, "NP_RANDOM", ...) is None:
        entropy.NP_RANDOM = "left alone by tests/conftest.py"


_numpys_global_generator_left_alone()

#: ``TM_THOROUGH=1``: the costlier property tests draw their full example counts
#: (see :func:`examples`); .ci/run sets it, so CI draws every full count (derandomized).
THOROUGH = os.environ.get("TM_THOROUGH") == "1"


def examples(full: int) -> int:
    """The example count of a costlier property test: *full*, or a quarter of it.

    Every property test that costs more than about 0.1 CPU s at its full count
    (memories on both backends, the posting builder, text from all of Unicode,
    ``tm update``'s edit sequences, msgfmt on every example) draws a quarter (at
    least 10) in the README's test command, the run a developer repeats; those
    tests cost 16 of the suite's 115 CPU s at their full counts.  ``TM_THOROUGH=1``
    restores *full*: .ci/run sets it, so CI draws every full count (issue 9 item
    17 asks for enough examples in CI that ``tm update``'s invariants cannot pass
    by luck), and so should a change to the code a test guards.
    """
    return full if THOROUGH else max(10, full // 4)


#: The test packages run first, in this order (see pytest_collection_modifyitems).
_RUN_FIRST = ("server", "memory", "alignment", "cli")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the packages of long tests first, so the last tests of a parallel run are short ones.

    pytest-xdist (the README's ``-n auto``) hands the tests out in collection
    order (``load``: in chunks that shrink as the run nears its end; work
    stealing, see :func:`pytest_xdist_make_scheduler`: the end of a busy
    worker's queue), so the last tests run are the last collected.
    Alphabetically tests/server came near the end: `tm serve` processes,
    timeouts of 1-3 s and module servers, tests that mostly wait.  In a run
    at load 2-4 one worker was still running them 9 s after the other had
    finished (a core idle for 9 s of a 117 s run).
    With the packages whose tests start servers and processes, build large
    memories or align long texts (:data:`_RUN_FIRST`) first, the last stretch is
    the many short tests of the other packages.  Replaying that run's measured
    test times through xdist's scheduling, with each time varied at random
    (40 draws): the later worker finished 4.5 s after the ideal even split on
    average (10.2 s at worst) in collection order, 0.3 s (0.9 s) in this order.
    Only the order changes, the same in every worker (xdist checks that), and
    it is stable: each package's modules and tests keep theirs.
    """
    tests = Path(__file__).resolve().parent

    @functools.cache
    def rank_of_file(path: Path) -> int:  # resolved once per file, not per test (5,000)
        try:
            package = path.resolve().relative_to(tests).parts[0]
        except ValueError:
            return len(_RUN_FIRST)
        return _RUN_FIRST.index(package) if package in _RUN_FIRST else len(_RUN_FIRST)

    items.sort(key=lambda item: rank_of_file(item.path))


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """xdist controller: work stealing where ``-n`` alone would give ``--dist load``.

    ``load`` queues hundreds of tests on a worker ahead of time and never takes
    them back: a worker that met slow tests still had its queue when the other
    had run everything else (a loaded run at 05:02 ended 95 s apart, one worker
    idle meanwhile).  ``worksteal`` (pytest-xdist's own) splits the tests in two
    halves and, when one worker runs out, moves half of the other's queue to
    it, so the two end within about one test of each other.  An explicit
    ``--dist`` is left alone.
    """
    given = any(arg == "--dist" or arg.startswith(("--dist=", "-d"))
                for arg in config.invocation_params.args)
    if given or config.getoption("dist") != "load":
        return None
    from xdist.scheduler import WorkStealingScheduling

    return WorkStealingScheduling(config, log)  # type: ignore[arg-type]


#: Full (oldest-generation) garbage collections while the tests run: one per this many
#: middle-generation ones, instead of Python's 10.
_FULL_COLLECTION_EVERY = 100


@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> object:
    """Collect the tests with the cyclic garbage collector off.

    Collection (each pytest-xdist worker's, and a run without xdist) imports
    every test module and builds some 6,000 test items: hundreds of thousands of
    objects that all live until the end of the run, so every automatic
    collection meanwhile walked a growing heap and freed next to nothing, about
    0.3 of the 2.6 CPU s a process spent collecting.  What collection left
    behind is frozen with the rest in :func:`pytest_collection_finish` (which runs
    inside this hook), before the tests start with the collector on.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return (yield)
    finally:
        if enabled:
            gc.enable()


def pytest_collection_finish(session: pytest.Session) -> None:
    """Spend less of the tests' CPU in the cyclic garbage collector's full collections.

    Each full collection walks every live object: what collection built
    (modules, test items, strategies: hundreds of thousands of objects that live
    until the end) and what the tests keep (memories, caches, hypothesis's
    data).  They took about a tenth of a worker's CPU (9.4 CPU s of the suite's
    run), mostly in full collections.  ``gc.freeze`` moves collection's objects
    to a generation the collector skips, and full collections come 10 times
    more rarely; the young generations are collected as often as before, so a
    test's short-lived garbage (what a test measuring memory sees) is freed as
    promptly as in any Python process.

    Collection's own garbage (some 64,000 objects in cycles, about 5 MB: pytest's
    per-function definitions and requests from parametrizing) is frozen with the
    rest instead of freed by a full collection first: that collection walked all
    300,000 objects and cost 0.25-0.34 CPU s in every process (each xdist worker),
    for 5 MB that stay allocated until the process ends.
    """
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, _FULL_COLLECTION_EVERY)


def _remember_where_gettext_looked() -> None:
    """Look up each gettext catalog of the system's locale folder once per locale setting.

    argparse translates its own strings (``show this help message and exit``,
    ``usage:`` ...) through :func:`gettext.gettext`, which searches the
    system's locale folder for a catalog every time and remembers only a
    catalog it found: with none installed, building ``tm``'s parser for one
    :func:`run_tm` made about 50 searches (``locale.normalize`` and a ``stat``
    each), two thirds of the parser's cost and about 2.4 CPU s of the suite's
    hundreds of in-process runs.  The answer depends only on the locale
    variables and on that folder, which no test writes to: it is kept per
    value of those variables, so a run under ``LANGUAGE=de`` still finds
    German.  A search in another folder (a test's own catalogs) is not kept.
    """
    search = gettext.find
    variables = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

    @functools.lru_cache(maxsize=64)
    def in_system_folder(domain: str, languages: tuple[str, ...] | None, all_: bool,
                         environ: tuple[str | None, ...]) -> Any:
        found = search(domain, None, None if languages is None else list(languages), all_)
        return tuple(found) if all_ else found

    def find(domain: str, localedir: str | None = None, languages: Any = None,
             all: bool = False) -> Any:
        if localedir is not None:
            return search(domain, localedir, languages, all)
        found = in_system_folder(domain, None if languages is None else tuple(languages), all,
                                 tuple(os.environ.get(name) for name in variables))
        return list(found) if all else found

    gettext.find = find


_remember_where_gettext_looked()


#: Signals whose handlers a command may change (SIGTERM cleanup, SIGPIPE ...).
_SIGNALS = [getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGPIPE", "SIGHUP")
            if hasattr(signal, name)]


@dataclass
class Result:
    """What a ``tm`` run printed and returned: text (UTF-8) and the raw bytes."""

    code: int
    out: str
    err: str
    stdout: bytes = b""
    stderr: bytes = b""


class _Capture(io.BytesIO):
    """A byte stream that keeps its bytes when closed (``tm`` closes stderr on EPIPE)."""

    def close(self) -> None:
        """Keep the buffer readable; the text wrapper around it is what gets closed."""


@contextmanager
def _process_state(cwd: Path, env: Mapping[str, str | None]) -> Iterator[None]:
    """Run the body in *cwd* with *env* applied; restore cwd, env, signals, logging, umask."""
    saved_cwd = os.getcwd()
    saved_env = dict(os.environ)
    saved_signals = {sig: signal.getsignal(sig) for sig in _SIGNALS}
    saved_umask = os.umask(0o022)
    os.umask(saved_umask)
    root = logging.getLogger()
    saved_logging = (list(root.handlers), root.level, logging.root.manager.disable)
    try:
        os.chdir(cwd)
        for name, value in env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield
    finally:
        os.chdir(saved_cwd)
        if dict(os.environ) != saved_env:
            os.environ.clear()
            os.environ.update(saved_env)
        for sig, handler in saved_signals.items():
            if signal.getsignal(sig) is not handler and handler is not None:
                signal.signal(sig, handler)
        os.umask(saved_umask)
        root.handlers[:] = saved_logging[0]
        root.setLevel(saved_logging[1])
        logging.disable(saved_logging[2])


@contextmanager
def _python_warnings() -> Iterator[None]:
    """Warnings as a fresh interpreter shows them: default filters, printed on sys.stderr."""
    with warnings.catch_warnings():
        warnings.resetwarnings()
        warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
        for category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning,
                         ResourceWarning):
            warnings.simplefilter("ignore", category, append=True)

        def show(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                 file: object = None, line: str | None = None) -> None:
            sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))

        warnings.showwarning = show
        yield


def run_tm(*args: str, stdin: str | bytes | BinaryIO | None = None,
           cwd: Path | str | None = None, env: Mapping[str, str | None] | None = None,
           stdout: BinaryIO | None = None) -> Result:
    """Run ``tm ARGS`` in this process, as a shell would, and capture what it printed.

    *stdin* is the input (empty when None), text, bytes or an open binary file
    (a real pipe's read end: ``tm … - < pipe``); *stdout*, an open binary file
    that takes the output instead of the capture (``tm … > /dev/full``); *cwd* the
    working directory (default: the repository root); *env* variables to set (a
    None value unsets one).  An exception escaping :func:`tm.cli.main` is
    reported as Python would: the traceback on stderr and exit status 1.
    """
    from tm.cli import main

    if isinstance(stdin, (str, bytes)) or stdin is None:
        data = stdin.encode("utf-8") if isinstance(stdin, str) else (stdin or b"")
        stdin = io.BytesIO(data)
    out_bytes, err_bytes = _Capture(), _Capture()
    streams = (
        io.TextIOWrapper(stdin, encoding="utf-8"),
        io.TextIOWrapper(stdout or out_bytes, encoding="utf-8", errors="strict"),
        io.TextIOWrapper(err_bytes, encoding="utf-8", errors="backslashreplace"),
    )
    saved_streams = (sys.stdin, sys.stdout, sys.stderr)
    sys.stdin, sys.stdout, sys.stderr = streams
    try:
        with _process_state(Path(cwd or ROOT), env or {}), _python_warnings():
            try:
                code = main(list(args))
            except SystemExit as exit_:  # argparse: --help, --version, usage errors
                code = exit_.code if isinstance(exit_.code, int) else (exit_.code is not None)
            except Exception:
                traceback.print_exc()
                code = 1
    finally:
        for stream in streams[1:]:
            if not stream.closed:
                stream.flush()
        for stream in streams:
            if not stream.closed:
                stream.detach()  # the caller's files stay open (and the captures readable)
        sys.stdin, sys.stdout, sys.stderr = saved_streams
    raw_out, raw_err = out_bytes.getvalue(), err_bytes.getvalue()
    return Result(int(code), raw_out.decode("utf-8"), raw_err.decode("utf-8"), raw_out, raw_err)


def run_tm_process(*args: str, stdin: str | bytes | None = None, cwd: Path | str | None = None,
                   env: Mapping[str, str | None] | None = None) -> Result:
    """Run ``python -m tm ARGS`` as a separate process (for the few tests that need one)."""
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    environ = dict(os.environ)
    for name, value in (env or {}).items():
        if value is None:
            environ.pop(name, None)
        else:
            environ[name] = value
    proc = subprocess.run([sys.executable, "-m", "tm", *args], input=data, capture_output=True,
                          cwd=cwd or ROOT, env=environ, check=False)
    return Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"),
                  proc.stdout, proc.stderr)


@pytest.fixture
def tm_cli():
    """The in-process ``run_tm`` function, for tests that drive the CLI."""
    return run_tm


@pytest.fixture
def root() -> Path:
    """The repository root."""
    return ROOT


#: The storage backends every memory test runs on.
BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The storage backend of this run of a memory test."""
    return str(request.param)


@pytest.fixture
def new_location(backend: str, tmp_path: Path,
                 request: pytest.FixtureRequest) -> Iterator[Callable[[], str]]:
    """A factory of an empty memory location on the test's backend, for property tests.

    Each call gives a new SQLite file in the test's temporary directory, or
    the test's own memory of the session's PostgreSQL cluster, new and empty
    again (see tests/pg_cluster.py): close the memory of one call before the
    next call.
    """
    if backend == "sqlite":
        counter = itertools.count()
        yield lambda: str(tmp_path / f"tm{next(counter)}.db")
        return
    cluster = request.getfixturevalue("postgres_cluster")
    latest = [cluster.new_memory()]

    def fresh() -> str:
        latest[0] = cluster.emptied(latest[0])
        return latest[0]

    yield fresh
    cluster.release(latest[0])


@pytest.fixture
def location(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh memory location on the test's backend.

    SQLite: a file that does not exist yet.  PostgreSQL: a new, empty memory
    as ``TranslationMemory.open`` creates one (tests/pg_cluster.py); tests of
    creation itself take an empty schema from ``postgres_cluster.new_schema()``.
    """
    if backend == "sqlite":
        yield str(tmp_path / "tm.db")
        return
    yield from _postgres_location(request)


@pytest.fixture(scope="module", params=BACKENDS)
def module_location(request: pytest.FixtureRequest,
                    tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A memory location shared by the tests of one module, on each backend in turn."""
    if request.param == "sqlite":
        yield str(tmp_path_factory.mktemp("memory") / "tm.db")
        return
    yield from _postgres_location(request)


def _postgres_location(request: pytest.FixtureRequest) -> Iterator[str]:
    """A new memory's URL for the fixture's scope, given back to the cluster after it."""
    cluster = request.getfixturevalue("postgres_cluster")
    url: str = cluster.new_memory()
    yield url
    cluster.release(url)


@pytest.fixture(scope="module")
def one_clock() -> Iterator[None]:
    """Builds whose tables are compared store their units at one time: a unit without
    dates is dated when stored (R4-8), and two builds may straddle a second."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1700000000")
        yield


@pytest.fixture(scope="session")
def _news_memory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/data/memory/news.po imported by ``tm import`` into a new SQLite memory, once."""
    path = tmp_path_factory.mktemp("news") / "x.db"
    result = run_tm("import", str(ROOT / "tests" / "data" / "memory" / "news.po"),
                    "--db", str(path))
    assert result.code == 0, result.err
    return path


@pytest.fixture
def db(tmp_path: Path, _news_memory: Path) -> Path:
    """A SQLite memory holding tests/data/memory/news.po, imported by ``tm import``.

    The CLI tests' memory (a module that needs another one defines its own ``db``):
    each test gets its own copy of the file one ``tm import`` made for the session
    (closed, so its write-ahead log is in it), which costs a hundredth of the import.
    """
    path = tmp_path / "x.db"
    shutil.copyfile(_news_memory, path)
    return path
