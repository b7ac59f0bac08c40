"""Building a benchmark memory in a process of its own, on SQLite or PostgreSQL.

The build runs in a child process that generates its units one at a time
(``bench_memory.iter_memory`` or the templated sentences) and adds them with
one ``add()``, so its peak RSS is what the memory costs to build, not the
benchmark's own lists.  ``python memory_build.py KIND SIZE LOCATION`` prints
one JSON line: wall and CPU seconds, peak RSS in MiB, and the CPU seconds and
peak RSS of the writer's helper process (tm.memory._helper: it prepares the
units on the other core; its CPU is not in ``cpu``).  ``main_cpu`` is the CPU
of the importing thread alone (``cpu`` also counts the thread that writes
spilled posting runs, tm.memory._runs): on an idle machine of two cores the
wall cannot be less than ``main_cpu`` nor than half of ``cpu + helper_cpu``.

:func:`backend_locations` gives a place for a memory on each backend: a
SQLite file in a temporary directory, or a schema of a throwaway PostgreSQL
cluster (tests/pg_cluster.py) started for the run.
"""

from __future__ import annotations

import contextlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: pg_cluster


def templated(size: int) -> Iterator[object]:
    """*size* units "Sentence number N about factories." (issue 9 item 10's memory)."""
    from tm import Unit

    for i in range(size):
        yield Unit(f"Sentence number {i} about factories.", f"关于工厂的第{i}句话。",
                   origin=f"manual.po:{i}")


def build(kind: str, size: int, location: str) -> dict[str, float]:
    """Run the build in a child process; its wall, CPU and peak RSS."""
    proc = subprocess.run([sys.executable, str(Path(__file__)), kind, str(size), location],
                          capture_output=True, text=True, check=False)
    if proc.returncode:
        raise RuntimeError(f"build failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@contextlib.contextmanager
def backend_locations(backends: list[str]) -> Iterator[dict[str, Iterator[str]]]:
    """``{backend: endless fresh locations}`` for each of *backends*."""
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        out: dict[str, Iterator[str]] = {}
        if "sqlite" in backends:
            out["sqlite"] = (f"{tmp}/tm{i}.db" for i in range(10**6))
        if "postgresql" in backends:
            from pg_cluster import Cluster, find_bin

            bindir = find_bin()
            if bindir is None:
                raise SystemExit("PostgreSQL binaries not found (apt-get install postgresql)")
            cluster = Cluster(bindir)
            cluster.start()
            stack.callback(cluster.stop)
            out["postgresql"] = (cluster.new_schema() for _ in range(10**6))
        yield out


def _child(kind: str, size: int, location: str) -> None:
    from tm import TranslationMemory

    if kind == "bible":
        from bench_memory import iter_memory, load_pairs

        units = iter_memory(load_pairs(), size)
    else:
        units = templated(size)  # type: ignore[assignment]
    start, cpu, main = time.perf_counter(), time.process_time(), time.thread_time()
    with TranslationMemory.open(location) as memory:
        memory.add(units)  # type: ignore[arg-type]
    helper = resource.getrusage(resource.RUSAGE_CHILDREN)  # the helper, reaped by add()
    print(json.dumps({"wall": time.perf_counter() - start, "cpu": time.process_time() - cpu,
                      "main_cpu": time.thread_time() - main,
                      "rss": _peak_rss_mib(),
                      "helper_cpu": helper.ru_utime + helper.ru_stime,
                      "helper_rss": helper.ru_maxrss / 1024}))


def _peak_rss_mib() -> float:
    """This process's peak RSS since it started its program, in MiB.

    ``getrusage(RUSAGE_SELF).ru_maxrss`` is no such figure: Linux carries the
    high-water mark of the memory image an ``exec`` replaces into it, so a build
    started from the benchmark (holding 1M units for the brute-force peer) reported
    the parent's size, 818 MiB and 2,010 MiB for builds that peak at 390.  The
    kernel's VmHWM belongs to the current image only; ru_maxrss is the fallback
    where there is no /proc.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    _child(sys.argv[1], int(sys.argv[2]), sys.argv[3])
