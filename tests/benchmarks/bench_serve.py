"""``tm serve`` under load: 16 concurrent clients, 20,000 lookups, a 1M-unit memory.

The memory is bench_memory's (every Bible verse pair of ../shared/data/bible-en-zh
once, then perturbed variants up to N units; ``make_memory`` with its seed).
Building 1M units takes minutes, so the SQLite file is cached in
tests/benchmarks/.cache/ (git-ignored) and reused while it opens; PostgreSQL
memories are built into a throwaway cluster (tests/pg_cluster.py) for the run.

For each backend: ``tm serve --workers W`` starts on 127.0.0.1, one client
warms it up, then

* **single client**: ``TM_BENCH_SERVE_SINGLE`` (1,000) sequential lookups;
* **16 clients**: ``TM_BENCH_SERVE_CLIENTS`` (16) threads share
  ``TM_BENCH_SERVE_LOOKUPS`` (20,000) lookups, each a new connection, as
  Weblate's tmserver client sends them (``GET /tmserver/en/zh_hans/unit/...``,
  the text percent-encoded); the queries are bench_memory's graded ones
  (0-8 word edits of a verse, 10% unrelated word salads).

Reported: latency p50/p95/p99 as the client sees it (queueing included),
throughput, errors (any status but 200, any exception), the server's CPU
seconds (master + workers, from /proc), its memory sampled every 0.5 s
(anonymous RSS, the heap, which must stay flat; total RSS also counts the
memory-mapped database pages, which grow as more of the file is read), and
the machine's load average before and after.  Everything stays on loopback;
every loop is bounded.

Environment: ``TM_BENCH_SERVE_SIZE`` (1000000), ``TM_BENCH_SERVE_WORKERS``
(2), ``TM_BENCH_SERVE_BACKENDS`` (sqlite,postgresql).
"""

from __future__ import annotations

import contextlib
import http.client
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

from bench_memory import DATA, load_pairs, make_memory, make_queries, percentile

from tm import TranslationMemory
from tm.errors import StoreError

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(__file__).resolve().parent / ".cache"
TESTS = ROOT / "tests"
LISTENING = re.compile(r"listening on (http://\S+) ")
SAMPLE_SECONDS = 0.5


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


# -- the memory ------------------------------------------------------------------------


def cached_sqlite_memory(size: int) -> tuple[Path, str]:
    """The SQLite memory of bench_memory's *size* units, built once; (path, how it was had)."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"memory-{size}.db"
    if path.exists():
        try:
            with TranslationMemory.open(path, readonly=True) as memory:
                if len(memory) > 0:
                    return path, "cached"
        except StoreError:
            pass  # an older schema or a broken file: build it again
    seconds = build(str(path), size)
    return path, f"built in {seconds:.0f} s"


def build(location: str, size: int) -> float:
    """Fill the memory at *location* with *size* units; return the seconds it took."""
    units = make_memory(load_pairs(), size)
    start = time.perf_counter()
    if not location.startswith("postgresql:"):
        partial = Path(location + ".partial")
        for stale in Path(location).parent.glob(partial.name + "*"):
            stale.unlink()
        with TranslationMemory.open(partial) as memory:
            memory.add(units)
        for suffix in ("-wal", "-shm"):  # an old memory's journal must not meet the new file
            with contextlib.suppress(FileNotFoundError):
                os.unlink(location + suffix)
        os.replace(partial, location)  # only a complete memory is ever cached
    else:
        with TranslationMemory.open(location) as memory:
            memory.add(units)
    return time.perf_counter() - start


@contextmanager
def postgres_memory(size: int) -> Iterator[tuple[str, str]]:
    """A memory of *size* units in a throwaway PostgreSQL cluster (tests/pg_cluster.py)."""
    sys.path.insert(0, str(TESTS))
    from pg_cluster import Cluster, find_bin  # type: ignore[import-not-found]

    bindir = find_bin()
    if bindir is None:
        raise RuntimeError("PostgreSQL is not installed (initdb, pg_ctl)")
    cluster = Cluster(bindir)
    cluster.start()
    try:
        location = cluster.new_schema()
        seconds = build(location, size)
        yield location, f"built in {seconds:.0f} s (throwaway cluster, fsync off)"
    finally:
        cluster.stop()


# -- the server ------------------------------------------------------------------------------


@contextmanager
def server(db: str, workers: int, log: Path) -> Iterator[tuple[str, int]]:
    """``tm serve`` on a free port of 127.0.0.1; yields (base URL, master pid)."""
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "tm", "serve", "--db", db, "--port", "0",
             "--workers", str(workers)], stdout=sink, stderr=subprocess.STDOUT, cwd=ROOT)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            found = LISTENING.search(log.read_text(errors="replace"))
            if found:
                yield found.group(1), process.pid
                return
            if process.poll() is not None:
                raise RuntimeError(f"tm serve stopped:\n{log.read_text(errors='replace')}")
            time.sleep(0.1)
        raise RuntimeError("tm serve did not start in 120 s")
    finally:
        process.terminate()
        process.wait(timeout=60)


def server_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return [master, *map(int, children)]


def proc_status(pid: int, key: str) -> int:
    """A ``kB`` line of /proc/PID/status, in bytes (0 when the process is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def cpu_seconds(pids: Sequence[int]) -> float:
    """User + system CPU seconds of *pids* (from /proc/PID/stat)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


@dataclass
class Sampler:
    """Samples the server's RSS every half second while a run goes on."""

    master: int
    anon: list[int] = field(default_factory=list)
    total: list[int] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        while not self.stop.wait(SAMPLE_SECONDS):
            pids = server_pids(self.master)
            self.anon.append(sum(proc_status(p, "RssAnon") for p in pids))
            self.total.append(sum(proc_status(p, "VmRSS") for p in pids))


# -- the clients ---------------------------------------------------------------------------


@dataclass
class Run:
    """What one load run measured."""

    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def lookup(host: str, port: int, text: str) -> tuple[float, str | None]:
    """One tmserver lookup on a new connection: (milliseconds, error or None)."""
    start = time.perf_counter()
    conn = http.client.HTTPConnection(host, port, timeout=60)
    try:
        conn.request("GET", "/tmserver/en/zh_hans/unit/" + quote(text.encode(), safe=""),
                     headers={"Accept": "application/json; charset=utf-8"})
        response = conn.getresponse()
        body = response.read()
        error = None if response.status == 200 and body.startswith(b"[") else \
            f"HTTP {response.status}: {body[:80]!r}"
    except (OSError, http.client.HTTPException) as err:
        error = f"{type(err).__name__}: {err}"
    finally:
        conn.close()
    return (time.perf_counter() - start) * 1000, error


def load(url: str, queries: Sequence[str], clients: int) -> tuple[Run, float]:
    """*clients* threads share *queries*; returns the run and its wall-clock seconds."""
    where = urlsplit(url)
    host, port = where.hostname or "127.0.0.1", where.port or 80
    run = Run()
    position = iter(range(len(queries)))
    take = threading.Lock()

    def client() -> None:
        while True:
            with take:
                i = next(position, None)
            if i is None:
                return
            ms, error = lookup(host, port, queries[i])
            with run.lock:
                run.latencies.append(ms)
                if error:
                    run.errors.append(error)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=3600)
    return run, time.perf_counter() - start


def mib(value: float) -> str:
    return f"{value / 2**20:.0f}"


def measure(backend: str, db: str, how: str, size: int, queries: list[str]) -> Iterator[str]:
    """Table rows for one backend: a single client, then the concurrent clients."""
    workers = env_int("TM_BENCH_SERVE_WORKERS", 2)
    clients = env_int("TM_BENCH_SERVE_CLIENTS", 16)
    single = env_int("TM_BENCH_SERVE_SINGLE", 1000)
    with tempfile.TemporaryDirectory() as tmp, \
            server(db, workers, Path(tmp) / "server.log") as (url, master):
        load(url, queries[:200], 4)  # warm-up: every worker opens the memory
        for label, count, threads in (("1 client", single, 1), (f"{clients} clients",
                                                                 len(queries), clients)):
            pids = server_pids(master)
            sampler = Sampler(master)
            sampling = threading.Thread(target=sampler.run)
            load_before = os.getloadavg()[0]
            cpu_before, client_cpu = cpu_seconds(pids), time.process_time()
            sampling.start()
            run, wall = load(url, queries[:count], threads)
            sampler.stop.set()
            sampling.join()
            server_cpu = cpu_seconds(pids) - cpu_before
            client_cpu = time.process_time() - client_cpu
            anon, total = sampler.anon or [0], sampler.total or [0]
            quarter = max(1, len(anon) // 4)
            first, last = sum(anon[:quarter]) / quarter, sum(anon[-quarter:]) / quarter
            yield (f"| {backend} | {size:,} | {label} | {workers} | {len(run.latencies):,} | "
                   f"{len(run.errors)} | {percentile(run.latencies, 0.5):.1f} | "
                   f"{percentile(run.latencies, 0.95):.1f} | "
                   f"{percentile(run.latencies, 0.99):.1f} | {len(run.latencies) / wall:.0f} | "
                   f"{server_cpu:.0f} s ({client_cpu:.0f} s) | "
                   f"{mib(first)} → {mib(last)} (max {mib(max(anon))}) | "
                   f"{mib(total[0])} → {mib(total[-1])} | "
                   f"{load_before:.1f} → {os.getloadavg()[0]:.1f} | {how} |")
            if run.errors:
                print(f"<!-- {backend} {label}: first errors: {run.errors[:3]} -->")


def main() -> None:
    """Print the Markdown table of docs/benchmarks.md (tm serve under load)."""
    if not DATA.exists():
        print(f"data set {DATA} is absent: skipping the server benchmark")
        return
    size = env_int("TM_BENCH_SERVE_SIZE", 1_000_000)
    queries = make_queries(load_pairs(), env_int("TM_BENCH_SERVE_LOOKUPS", 20_000))
    backends = os.environ.get("TM_BENCH_SERVE_BACKENDS", "sqlite,postgresql").split(",")
    print(f"{len(queries):,} lookups; min_score 70, limit 5 (tm serve's defaults); "
          f"{os.cpu_count()} CPUs\n")
    print("| backend | units | clients | workers | lookups | errors | p50 ms | p95 ms | p99 ms "
          "| lookups/s | server CPU (client CPU) | server anon RSS MiB, first → last quarter "
          "| total RSS MiB | load avg | memory |")
    print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|---|")
    for backend in backends:
        if backend == "sqlite":
            path, how = cached_sqlite_memory(size)
            for line in measure("SQLite", str(path), how, size, queries):
                print(line, flush=True)
        elif backend == "postgresql":
            try:
                with postgres_memory(size) as (location, how):
                    for line in measure("PostgreSQL", location, how, size, queries):
                        print(line, flush=True)
            except (RuntimeError, ImportError) as err:
                print(f"| PostgreSQL | {size:,} | - | - | - | - | - | - | - | - | - | - | - "
                      f"| - | not measured: {err} |")
        else:
            print(f"unknown backend {backend!r}: choose sqlite or postgresql")


if __name__ == "__main__":
    main()
