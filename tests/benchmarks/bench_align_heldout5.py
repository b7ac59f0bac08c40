"""Alignment on the fifth held-out set: tests/benchmarks/data/align-heldout5.

Five documents of genres no earlier set had (a product-launch press release,
an app privacy policy written in Chinese first, a trade-fair keynote
transcript, a museum exhibition guide written in Chinese first, a science
abstract and introduction), written by someone who never read src/tm (see
the folder's README); the same files, figures and scoring as
``bench_align_heldout`` (aggregate figures only).  Its gold aligns headings
and labels as content, so no heading rule is needed.  Until the data folder
exists the benchmark says so and skips.

Run: ``python tests/benchmarks/run.py align_heldout5``.  The first run is the
held-out score (docs/benchmarks.md says which run that was); from then on, if
its errors are looked at, it is a development set.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_align_heldout  # noqa: E402

HELDOUT5 = HERE / "data" / "align-heldout5"


def main() -> None:
    """Print the aggregate table of align-heldout5 (or say that it is absent)."""
    bench_align_heldout.main(HELDOUT5)


if __name__ == "__main__":
    sys.exit(main())
