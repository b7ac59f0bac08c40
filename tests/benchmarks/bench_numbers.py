"""The numbers check on labelled sentence batteries, beside pofilter's ``numbers`` test.

Each battery is a file of ``label|domain|English|Chinese`` lines (``#`` lines are
comments): ``ok`` is a correct translation, on which a check should report nothing;
``err`` carries exactly one number error.  tests/numbers/data/battery.txt was
written by the numbers engineer of stop 28 (a development set);
tests/benchmarks/data/numbers2/battery.txt was written by a helper who never read
src/tm nor ran a checker, and measured once on the start-of-stop code of stop 29
(its held-out first score is in docs/benchmarks.md; a development set since).

Run: ``python tests/benchmarks/run.py numbers``.  pofilter comes from the ``bench``
extra (Translate Toolkit); without it its column says so.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from tm import Unit, check

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_terms import pofilter_numbers  # noqa: E402

BATTERIES = (
    ("battery (stop 28), dev", HERE.parent / "numbers" / "data" / "battery.txt"),
    ("numbers2 (stop 29), dev since its first run", HERE / "data" / "numbers2" / "battery.txt"),
    ("numbers3 (stop 30), dev since its first run", HERE / "data" / "numbers3" / "battery.txt"),
    ("numbers4 (stop 31), dev since its first run", HERE / "data" / "numbers4" / "battery.txt"),
    ("numbers5 (stop 32), dev since its first run", HERE / "data" / "numbers5" / "battery.txt"),
)
Flag = Callable[[str, str], bool]


def read_battery(path: Path) -> list[tuple[str, str, str]]:
    """``(label, English, Chinese)`` of every pair of the battery at *path*."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            label, _, source, target = line.split("|")
            pairs.append((label, source, target))
    return pairs


def tm_flags(source: str, target: str) -> bool:
    """True if tm's numbers check reports the pair."""
    return bool(check([Unit(source, target)], select=["numbers"]))


def score(flag: Flag, pairs: list[tuple[str, str, str]]) -> str:
    """``P / R (false alarms on ok pairs)`` of *flag* on *pairs*."""
    found = [(label, flag(source, target)) for label, source, target in pairs]
    tp = sum(label == "err" and hit for label, hit in found)
    fp = sum(label == "ok" and hit for label, hit in found)
    fn = sum(label == "err" and not hit for label, hit in found)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    ok = sum(label == "ok" for label, _ in found)
    return f"{precision:.3f} / {recall:.3f} ({fp} of {ok})"


def main() -> None:
    """Print one row per battery: precision / recall (false alarms on the ok pairs)."""
    pofilter = pofilter_numbers()
    print("| battery | pairs (ok / err) | tm P / R (false alarms) | pofilter numbers P / R |")
    print("|---|---|---|---|")
    for name, path in BATTERIES:
        if not path.exists():
            print(f"({name}: {path} not found; skipped)")
            continue
        pairs = read_battery(path)
        ok = sum(label == "ok" for label, *_ in pairs)
        peer = score(pofilter, pairs) if pofilter is not None else "not installed"
        print(f"| {name} | {len(pairs)} ({ok} / {len(pairs) - ok}) | {score(tm_flags, pairs)} "
              f"| {peer} |")


if __name__ == "__main__":
    sys.exit(main())
