"""Alignment on the tenth held-out set: tests/benchmarks/data/align-heldout10.

Five documents of genres no earlier set had (a product-safety recall notice,
a listed company's earnings release with a results list, a Q&A interview with
a novelist, a museum exhibition's wall texts, a football match report with a
line-ups box; the Chinese side leaves out and adds sentences), written by
someone who never read src/tm (see the folder's README); the same files,
figures and scoring as ``bench_align_heldout`` (aggregate figures only).
Until the data folder exists the benchmark says so and skips.

Run: ``python tests/benchmarks/run.py align_heldout10``.  The first run is the
held-out score (docs/benchmarks.md says which run that was); from then on, if
its errors are looked at, it is a development set.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_align_heldout  # noqa: E402

HELDOUT10 = HERE / "data" / "align-heldout10"


def main() -> None:
    """Print the aggregate table of align-heldout10 (or say that it is absent)."""
    bench_align_heldout.main(HELDOUT10)


if __name__ == "__main__":
    sys.exit(main())
