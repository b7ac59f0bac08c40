"""Peak memory of ``tm import`` on large TMX files (issue 9 item 13: keep import memory flat).

Builds TMX files of distinct units (100k, 200k and 1M by default) from the
Bible verse pairs in ../shared/data/bible-en-zh, each verse numbered
(see :func:`prefix`) so that no two units are the same, then runs
the real command line ``tm import FILE --db NEW.db`` in a child process and
takes its peak resident memory from the kernel (``os.wait4``: ``ru_maxrss``),
its CPU and wall time.  The floor is the peak RSS of a child that only reads
the file (``for u in tm.read_units(f): pass``): what is above it is what the
import itself holds.

``ru_maxrss`` counts every resident page, including pages of the database file
that SQLite reads through ``mmap`` (shared, clean, reclaimable file cache).
So the child's ``/proc/PID/status`` is also sampled every 50 ms while it runs:
the largest ``RssAnon`` (the process's own heap: Python objects, numpy
buffers, SQLite's page cache) and ``RssFile`` (mapped files) seen.  Sampling
can miss a short peak; ``ru_maxrss`` cannot.

Two ways to make units distinct: ``numbered`` (``"1234. In the beginning …"``)
adds one new word per unit, so the vocabulary grows with the file (as
identifiers, numbers and names do in a real memory); ``spaced``
(``"1 2 3 4 · In the beginning …"``) keeps the vocabulary at the verses' own
words plus ten digits, which isolates what grows with the number of units.

``TM_BENCH_IMPORT_SIZES=100000,200000`` chooses the sizes (``--quick``: 100k
and 200k).  Units per second are not the point here; see the memory benchmark.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench_memory import load_pairs

ROOT = Path(__file__).resolve().parents[2]
BIBLE = ROOT.parent / "shared" / "data" / "bible-en-zh" / "bible.tsv"
DEFAULT_SIZES = (100_000, 200_000, 1_000_000)
QUICK_SIZES = (100_000, 200_000)
_SAMPLE_SECONDS = 0.05
_READ_ONLY = "import sys, tm\nfor u in tm.read_units(sys.argv[1]):\n    pass\n"


def sizes() -> tuple[int, ...]:
    """The unit counts to measure (environment, ``--quick``, or the defaults)."""
    chosen = os.environ.get("TM_BENCH_IMPORT_SIZES", "").strip()
    if chosen:
        return tuple(int(s) for s in chosen.split(","))
    return QUICK_SIZES if "--quick" in sys.argv else DEFAULT_SIZES


def prefix(kind: str, i: int) -> str:
    """The number that makes unit *i* distinct: ``"1234."`` (one new word per unit) or
    ``"1 2 3 4 ·"`` (spaced digits: the vocabulary stays at ten digits)."""
    return f"{i}." if kind == "numbered" else " ".join(str(i)) + " ·"


def numbered_units(pairs: list[tuple[str, str]], count: int,
                   kind: str = "numbered") -> Iterator[object]:
    """*count* distinct units: verse ``i % len(pairs)`` with :func:`prefix` on both sides."""
    from tm import Unit

    for i in range(count):
        en, zh = pairs[i % len(pairs)]
        number = prefix(kind, i)
        yield Unit(f"{number} {en}", f"{number} {zh}")


def write_file(pairs: list[tuple[str, str]], count: int, kind: str, path: Path) -> None:
    """Write the TMX of :func:`numbered_units` (streamed: the list is never built)."""
    from tm.formats.tmx import write_tmx

    write_tmx(numbered_units(pairs, count, kind), path)  # type: ignore[arg-type]


def _status_kib(pid: int) -> dict[str, int]:
    """``VmRSS``, ``RssAnon``, ``RssFile`` of *pid* in KiB (empty once it has exited)."""
    out: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                name, _, value = line.partition(":")
                if name in ("RssAnon", "RssFile"):
                    out[name] = int(value.split()[0])
    except (OSError, ValueError):
        pass
    return out


def run_child(argv: list[str]) -> dict[str, float]:
    """Run *argv*; its peak RSS (``ru_maxrss``), sampled anon/file peaks (MiB), CPU and wall s."""
    load = os.getloadavg()[0]
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peaks = {"RssAnon": 0, "RssFile": 0}
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        for name, kib in _status_kib(proc.pid).items():
            peaks[name] = max(peaks[name], kib)
        time.sleep(_SAMPLE_SECONDS)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    assert proc.stderr is not None
    errors = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if proc.returncode:
        raise RuntimeError(f"{' '.join(argv)} failed ({proc.returncode}): {errors[-2000:]}")
    return {"rss": usage.ru_maxrss / 1024, "anon": peaks["RssAnon"] / 1024,
            "file": peaks["RssFile"] / 1024, "cpu": usage.ru_utime + usage.ru_stime,
            "wall": wall, "load": (load + os.getloadavg()[0]) / 2}


def tm_command() -> str:
    """The ``tm`` script of the interpreter running this benchmark."""
    script = Path(sys.executable).with_name("tm")
    if not script.exists():
        raise SystemExit(f"no tm command beside {sys.executable} (pip install -e .)")
    return str(script)


def kinds() -> tuple[str, ...]:
    """The prefixes to measure (``TM_BENCH_IMPORT_KINDS=numbered,spaced``, the default)."""
    chosen = os.environ.get("TM_BENCH_IMPORT_KINDS", "numbered,spaced")
    return tuple(k.strip() for k in chosen.split(",") if k.strip())


def measure(pairs: list[tuple[str, str]], count: int, kind: str, tmp: Path) -> str:
    """One table row: write the TMX, read it only, import it into a new SQLite memory."""
    tmx, db = tmp / f"{kind}{count}.tmx", tmp / f"{kind}{count}.db"
    write_file(pairs, count, kind, tmx)
    floor = run_child([sys.executable, "-c", _READ_ONLY, str(tmx)])
    imp = run_child([tm_command(), "import", str(tmx), "--db", str(db), "--quiet"])
    above = imp["rss"] - floor["rss"]
    row = (f"| {kind} | {count:,} | {tmx.stat().st_size / 2**20:,.0f} | {floor['rss']:,.0f} "
           f"| {imp['rss']:,.0f} | {above:,.0f} | {above * 1024 / count:.2f} "
           f"| {imp['anon']:,.0f} | {imp['file']:,.0f} | {db.stat().st_size / 2**20:,.0f} "
           f"| {floor['cpu']:.1f} | {imp['cpu']:.1f} | {imp['wall']:.1f} | {imp['load']:.1f} |")
    tmx.unlink()
    db.unlink()
    return row


def main() -> None:
    if not BIBLE.exists():
        print(f"Bible data set absent ({BIBLE}): import memory benchmark skipped")
        return
    pairs = load_pairs()
    print(f"TMX files of distinct numbered Bible verse pairs ({len(pairs):,} verses, dev data);"
          " `tm import FILE --db NEW.db --quiet` in a child process; RSS in MiB.\n")
    print("| prefix | units | TMX MiB | reader-only peak RSS | import peak RSS | above reader "
          "| KiB/unit "
          "| import anon peak (sampled) | import file-mapped peak (sampled) | db MiB "
          "| reader CPU s | import CPU s | import wall s | load |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="tm-import-mem-") as tmp:
        for kind in kinds():
            for count in sizes():
                print(measure(pairs, count, kind, Path(tmp)), flush=True)


if __name__ == "__main__":
    main()
