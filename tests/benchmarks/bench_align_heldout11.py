"""Alignment on the eleventh held-out set: tests/benchmarks/data/align-heldout11.

Five documents of genres no earlier set had (a city government's press
release on a subway line, a travel feature on a mountain village, a court
judgment summary, a university's research announcement, an obituary of an
opera singer; the Chinese side leaves out and adds sentences), written by
someone who never read src/tm (see the folder's README); the same files,
figures and scoring as ``bench_align_heldout`` (aggregate figures only).
Until the data folder exists the benchmark says so and skips.

Run: ``python tests/benchmarks/run.py align_heldout11``.  The first run is the
held-out score (docs/benchmarks.md says which run that was); from then on, if
its errors are looked at, it is a development set.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_align_heldout  # noqa: E402

HELDOUT11 = HERE / "data" / "align-heldout11"


def main() -> None:
    """Print the aggregate table of align-heldout11 (or say that it is absent)."""
    bench_align_heldout.main(HELDOUT11)


if __name__ == "__main__":
    sys.exit(main())
