"""Alignment on the seventh held-out set: tests/benchmarks/data/align-heldout7.

Five documents of genres no earlier set had (a court-verdict news story, a
product-launch press release with an "About the company" paragraph the
Chinese drops, a football match report written in Chinese first, a museum's
wall texts and captions, an op-ed written in Chinese first), written
by someone who never read src/tm (see the folder's README); the same files,
figures and scoring as ``bench_align_heldout`` (aggregate figures only).
Until the data folder exists the benchmark says so and skips.

Run: ``python tests/benchmarks/run.py align_heldout7``.  The first run is the
held-out score (docs/benchmarks.md says which run that was); from then on, if
its errors are looked at, it is a development set.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_align_heldout  # noqa: E402

HELDOUT7 = HERE / "data" / "align-heldout7"


def main() -> None:
    """Print the aggregate table of align-heldout7 (or say that it is absent)."""
    bench_align_heldout.main(HELDOUT7)


if __name__ == "__main__":
    sys.exit(main())
