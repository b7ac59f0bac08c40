"""Alignment on the eighth held-out set: tests/benchmarks/data/align-heldout8.

Five documents of genres no earlier set had (a chipmaker's quarterly results
release whose Chinese drops the forward-looking-statements boilerplate and
adds a summary lead, a rural-school feature written in Chinese first, a
power-bank recall notice dense with model codes, dates and figures, a Q:/A:
interview whose Chinese condenses and splits answers, a marathon road-closure
notice with a list on one side rendered as prose on the other), written by
someone who never read src/tm (see the folder's README); the same files,
figures and scoring as ``bench_align_heldout`` (aggregate figures only).
Until the data folder exists the benchmark says so and skips.

Run: ``python tests/benchmarks/run.py align_heldout8``.  The first run is the
held-out score (docs/benchmarks.md says which run that was); from then on, if
its errors are looked at, it is a development set.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_align_heldout  # noqa: E402

HELDOUT8 = HERE / "data" / "align-heldout8"


def main() -> None:
    """Print the aggregate table of align-heldout8 (or say that it is absent)."""
    bench_align_heldout.main(HELDOUT8)


if __name__ == "__main__":
    sys.exit(main())
