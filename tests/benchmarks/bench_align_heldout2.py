"""Alignment on the second held-out news set: tests/benchmarks/data/align-heldout2.

Four news documents with glue-prone omissions, credit lines and furniture,
written by someone who never read src/tm (see the folder's README); the same
files, figures and scoring as ``bench_align_heldout`` (aggregate figures only).

Run: ``python tests/benchmarks/run.py align_heldout2``.  The first run is the
held-out score (docs/benchmarks.md says which run that was); from then on, if
its errors are looked at, it is a development set.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_align_heldout  # noqa: E402

HELDOUT2 = HERE / "data" / "align-heldout2"


def main() -> None:
    """Print the aggregate table of align-heldout2."""
    bench_align_heldout.main(HELDOUT2)


if __name__ == "__main__":
    sys.exit(main())
