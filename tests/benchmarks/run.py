"""Run the benchmarks: ``python tests/benchmarks/run.py [AREA ...]``.

Areas: each ``bench_<area>.py`` beside this file (segment, align, memory, import_memory,
checks, update), and ``align_heldoutN`` for every gold set ``data/align-heldoutN`` that has
no module of its own: those are scored exactly as the first held-out alignment set, by
``bench_align_heldout.main(folder)`` (a new set needs only its data folder).  With no area,
all run.  Peers come from the ``bench`` extra
(``pip install -e '.[bench]'``); data from ../shared (a missing data set is
reported and that part skipped).  Each benchmark prints a Markdown table, the
form docs/benchmarks.md reports.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def alignment_sets() -> dict[str, Path]:
    """Area name → folder of each alignment gold set scored by ``bench_align_heldout``."""
    sets = {}
    for folder in sorted(HERE.glob("data/align-heldout[0-9]*")):
        area = folder.name.replace("-", "_")
        if not (HERE / f"bench_{area}.py").exists():
            sets[area] = folder
    return sets


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    gold_sets = alignment_sets()
    available = sorted([p.stem[len("bench_"):] for p in HERE.glob("bench_*.py")] + list(gold_sets),
                       key=lambda area: (area.rstrip("0123456789"), len(area), area))
    # Options (--quick ...) are left in sys.argv for the benchmarks that read them.
    areas = [a for a in argv if not a.startswith("--")] or available
    unknown = [a for a in areas if a not in available]
    if unknown:
        print(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(available)}",
              file=sys.stderr)
        return 2
    for area in areas:
        print(f"\n## {area}\n", flush=True)
        started = time.perf_counter()
        if area in gold_sets:
            importlib.import_module("bench_align_heldout").main(gold_sets[area])
        else:
            importlib.import_module(f"bench_{area}").main()
        print(f"\n({area}: {time.perf_counter() - started:.1f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
