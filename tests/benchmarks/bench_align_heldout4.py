"""Alignment on the fourth held-out set: tests/benchmarks/data/align-heldout4.

Five documents (an ESG report chapter, a white paper section, a tourism guide,
a user manual chapter, a magazine interview) written by someone who never read
src/tm (see the folder's README); the same files, figures and scoring as
``bench_align_heldout`` (aggregate figures only).  Until the data folder
exists the benchmark says so and skips.

Run: ``python tests/benchmarks/run.py align_heldout4``.  The first run is the
held-out score (docs/benchmarks.md says which run that was); from then on, if
its errors are looked at, it is a development set.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_align_heldout  # noqa: E402

HELDOUT4 = HERE / "data" / "align-heldout4"


def main() -> None:
    """Print the aggregate table of align-heldout4 (or say that it is absent)."""
    bench_align_heldout.main(HELDOUT4)


if __name__ == "__main__":
    sys.exit(main())
