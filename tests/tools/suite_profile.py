"""Where the test suite's CPU goes: a pytest plugin that records it, and a report of it.

The suite's wall time on this 2-core machine is its CPU time over two cores
(the workers, their child processes and PostgreSQL's server keep both busy),
so CPU seconds, not per-test wall times, say what to make cheaper; and they
stay comparable when other work loads the machine.  Record a run, then read it:

    TM_PROFILE_DIR=/tmp/prof python -m pytest -n auto -p tools.suite_profile
    python tests/tools/suite_profile.py /tmp/prof

For each test (setup, call and teardown together) the plugin records the
CPU of the worker process and of the child processes it reaped meanwhile
(``tm`` runs, ``tm serve`` with its workers, helpers, msgfmt, initdb, chromium),
and the wall time; per worker, collection, the cyclic garbage collector's
time and the time it waited for a core (Linux), so the rest of its wall time
is the time it was blocked, when a core could serve another worker.
tests/pg_cluster.py adds the PostgreSQL server's CPU when it stops the cluster.
Without ``TM_PROFILE_DIR`` the plugin records nothing.
"""

from __future__ import annotations

import collections
import contextlib
import gc
import json
import os
import resource
import sys
import time
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

_DIR = os.environ.get("TM_PROFILE_DIR")
_rows: list[tuple[str, float, float, float, float]] = []
_gc = {"seconds": 0.0, "started": 0.0}


def _now() -> tuple[float, float, float]:
    """(this process's CPU, reaped children's CPU, wall clock), in seconds."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime,
            time.perf_counter())


def _timed(name: str, before: tuple[float, float, float],
           waited_before: float | None = None) -> None:
    after = _now()
    waited = 0.0 if waited_before is None else _runnable_seconds() - waited_before
    _rows.append((name, after[0] - before[0], after[1] - before[1], after[2] - before[2],
                  waited))


def _runnable_seconds() -> float:
    """Seconds this process was ready to run but waited for a core (Linux schedstat; else 0).

    A worker's wall time is its CPU, this wait (the machine's load), and the
    time it was blocked (on a child process, PostgreSQL, a sleep or a socket):
    only the blocked time leaves a core free for another worker.
    """
    total = 0.0
    for task in Path(f"/proc/{os.getpid()}/task").glob("*/schedstat"):
        with contextlib.suppress(OSError, IndexError, ValueError):  # a thread that ended
            total += int(task.read_text(encoding="ascii").split()[1]) / 1e9
    return total


def _gc_callback(phase: str, info: dict[str, Any]) -> None:
    if phase == "start":
        _gc["started"] = time.process_time()
    else:
        _gc["seconds"] += time.process_time() - _gc["started"]


if _DIR:
    _START = _now()
    _RUNNABLE_AT_START = _runnable_seconds()
    gc.callbacks.append(_gc_callback)

    @pytest.hookimpl(wrapper=True)
    def pytest_collection(session: pytest.Session) -> Generator[None, object, object]:
        before = _now()
        try:
            return (yield)
        finally:
            _timed("<collection>", before)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(item: pytest.Item,
                                nextitem: pytest.Item | None) -> Generator[None, object, object]:
        before, waited = _now(), _runnable_seconds()
        try:
            return (yield)
        finally:
            _timed(item.nodeid, before, waited)

    def pytest_sessionfinish(session: pytest.Session) -> None:
        _rows.append(("<gc>", _gc["seconds"], 0.0, 0.0, 0.0))
        _rows.append(("<runnable>", _runnable_seconds() - _RUNNABLE_AT_START, 0.0, 0.0, 0.0))
        _timed("<process>", (0.0, 0.0, _START[2]))
        worker = os.environ.get("PYTEST_XDIST_WORKER", "controller")
        Path(_DIR).mkdir(parents=True, exist_ok=True)   # a folder not made beforehand
        path = Path(_DIR) / f"tests-{worker}-{os.getpid()}.json"
        path.write_text(json.dumps(_rows), encoding="utf-8")


def report(directory: Path, top: int = 30) -> None:
    """Print the totals of a recorded run, its costliest modules and tests."""
    processes, tests, other = [], [], collections.defaultdict(float)
    for path in sorted(directory.glob("tests-*.json")):
        for name, own, children, wall, *_ in json.loads(path.read_text(encoding="utf-8")):
            if name == "<process>":
                processes.append((path.stem, own, children, wall))
            elif name == "<runnable>":
                continue
            elif name.startswith("<"):
                other[name] += own
            else:
                tests.append((name, own, children, wall))
    server = sum(json.loads(p.read_text()) for p in directory.glob("postgres-*.json"))
    runnable = {path.stem: row[1] for path in directory.glob("tests-*.json")
                for row in json.loads(path.read_text(encoding="utf-8")) if row[0] == "<runnable>"}
    for stem, own, children, wall in processes:
        waited = runnable.get(stem, 0.0)
        print(f"{stem}: {own:.1f} CPU s, children {children:.1f} CPU s, {wall:.1f} s wall "
              f"(waiting for a core {waited:.1f} s, blocked {wall - own - waited:.1f} s)")
    # The controller's children are the workers: counted with their own children once.
    total = server + sum(own + (0.0 if "controller" in stem else children)
                         for stem, own, children, _ in processes)
    print(f"total {total:.1f} CPU s: PostgreSQL server {server:.1f}, collection "
          f"{other['<collection>']:.1f}, garbage collector {other['<gc>']:.1f}, "
          f"tests {sum(t[1] for t in tests):.1f} + their children {sum(t[2] for t in tests):.1f}")
    modules: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0])
    for name, own, children, _ in tests:
        entry = modules[name.split("::")[0]]
        entry[0] += own
        entry[1] += children
        entry[2] += 1
    print(f"\n{'CPU s':>6} {'child':>6} {'tests':>5}  module")
    for module, (own, children, count) in sorted(modules.items(),
                                                 key=lambda kv: -kv[1][0] - kv[1][1])[:top]:
        print(f"{own:6.2f} {children:6.2f} {int(count):5d}  {module}")
    print(f"\n{'CPU s':>6} {'child':>6}  test")
    for name, own, children, _ in sorted(tests, key=lambda t: -t[1] - t[2])[:top]:
        print(f"{own:6.2f} {children:6.2f}  {name}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/tools/suite_profile.py TM_PROFILE_DIR")
    report(Path(sys.argv[1]))
