"""Alignment on the ninth held-out set: tests/benchmarks/data/align-heldout9.

Five documents of genres no earlier set had (a court-ruling summary, a
consumer-electronics launch post with spec lists, an obituary of a scientist,
a mayor's trade-fair speech, a travel feature with a practical-information
box), written by someone who never read src/tm (see the folder's README);
the same files, figures and scoring as ``bench_align_heldout`` (aggregate
figures only).
Until the data folder exists the benchmark says so and skips.

Run: ``python tests/benchmarks/run.py align_heldout9``.  The first run is the
held-out score (docs/benchmarks.md says which run that was); from then on, if
its errors are looked at, it is a development set.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_align_heldout  # noqa: E402

HELDOUT9 = HERE / "data" / "align-heldout9"


def main() -> None:
    """Print the aggregate table of align-heldout9 (or say that it is absent)."""
    bench_align_heldout.main(HELDOUT9)


if __name__ == "__main__":
    sys.exit(main())
