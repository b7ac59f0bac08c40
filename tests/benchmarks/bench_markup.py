"""What inline codes cost the memory (issue 12): add and export, units without and with markup.

``python tests/benchmarks/run.py markup [--quick]``.  Synthetic data (templated
UI sentences with a ``<b>`` pair on both sides, made here; no data set read),
N = 50,000 units (10,000 with ``--quick``).  Three runs of each, the median
reported: CPU seconds of this process (``time.process_time``) beside wall
seconds.  "plain" is the memory's path for PO/CSV units (one attribute test
more than before schema 6); "coded" checks, stores and joins the markup of
every unit.
"""

from __future__ import annotations

import functools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable

from tm import TranslationMemory, Unit
from tm.formats import write_units

RUNS = 3


def _units(n: int, coded: bool) -> list[Unit]:
    units = []
    for i in range(n):
        tail_en = f"keep {i} files in folder {i % 977}."
        tail_zh = f"以保留{i}个文件，文件夹{i % 977}。"
        source, target = f"Click <b>Save</b> to {tail_en}", f"点击<b>保存</b>{tail_zh}"
        codes = ('Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> to ' + tail_en,
                 '点击<bpt i="1">&lt;b&gt;</bpt>保存<ept i="1">&lt;/b&gt;</ept>' + tail_zh)
        units.append(Unit(source, target, origin=f"ui.tmx:{i}",
                          source_markup=codes[0] if coded else "",
                          target_markup=codes[1] if coded else ""))
    return units


def _timed(work: Callable[[], object]) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    work()
    return time.process_time() - cpu, time.perf_counter() - wall


def _one_run(units: list[Unit], folder: str) -> dict[str, tuple[float, float]]:
    path = os.path.join(folder, "tm.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.unlink(path + suffix)
    out: dict[str, tuple[float, float]] = {}
    with TranslationMemory.open(path) as memory:
        out["add"] = _timed(lambda: memory.add(units))
    with TranslationMemory.open(path, readonly=True) as memory:
        for fmt in ("tmx", "xliff"):
            export = functools.partial(write_units, memory.units(),
                                       os.path.join(folder, f"out.{fmt}"), fmt=fmt)
            out[f"export {fmt}"] = _timed(export)
    return out


def main() -> None:
    n = 10_000 if "--quick" in sys.argv else 50_000
    print(f"{n:,} synthetic units; median of {RUNS} runs; CPU s (wall s); "
          f"load average {os.getloadavg()[0]:.1f} at start\n")
    print("| units | add | export tmx | export xliff |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for coded in (False, True):
            units = _units(n, coded)
            runs = [_one_run(units, folder) for _ in range(RUNS)]
            cells = []
            for step in ("add", "export tmx", "export xliff"):
                cpu = statistics.median(r[step][0] for r in runs)
                wall = statistics.median(r[step][1] for r in runs)
                cells.append(f"{cpu:.2f} ({wall:.2f})")
            print(f"| {'coded' if coded else 'plain'} | {' | '.join(cells)} |", flush=True)
