"""Run the benchmarks: ``python tests/benchmarks/run.py [AREA ...]``.

Areas: each ``bench_<area>.py`` beside this file (segment, align, memory, import_memory,
checks, update).  With no area, all run.  Peers come from the ``bench`` extra
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


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    available = sorted(p.stem[len("bench_"):] for p in HERE.glob("bench_*.py"))
    # Options (--quick ...) are left in sys.argv for the benchmarks that read them.
    areas = [a for a in argv if not a.startswith("--")] or available
    unknown = [a for a in areas if a not in available]
    if unknown:
        print(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(available)}",
              file=sys.stderr)
        return 2
    for area in areas:
        module = importlib.import_module(f"bench_{area}")
        print(f"\n## {area}\n", flush=True)
        started = time.perf_counter()
        module.main()
        print(f"\n({area}: {time.perf_counter() - started:.1f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
