"""Before/after of one alignment change, measured side by side in the same conditions.

``python tests/benchmarks/align_before_after.py OLD_SRC [NEW_SRC]`` runs the
``tm`` package found in each ``src`` folder (e.g. a ``git worktree`` of the old
commit) in a fresh process, alternately, three times, and prints MAC-Dev strict
F1, Bible 5,000 x 5,922 strict F1 and that alignment's CPU seconds (the best of
the three: the machine is shared, and the minimum is the least disturbed run).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

_CHILD = """
import json, sys, time
sys.path.insert(0, {here!r})
import bench_align as B
import tm
docs = B.mac_documents()
tests = [[(b.tgt, b.src) for b in tm.align(en, zh)] for _, zh, en, _ in docs]
mac = B.score([d[3] for d in docs], tests)["F1 strict"]
tm.align(["warm up."], ["热身。"])
en, zh, gold = B.bible_document(5000)
started = time.process_time()
beads = tm.align(en, zh)
cpu = time.process_time() - started
bible = B.score([gold], [[(b.tgt, b.src) for b in beads]])["F1 strict"]
print(json.dumps({{"mac": mac, "bible": bible, "cpu": cpu}}))
"""


def measure(src: str) -> dict[str, float]:
    """One run of the child in a fresh interpreter with *src* first on the path."""
    env = {**os.environ, "PYTHONPATH": src}
    out = subprocess.run([sys.executable, "-c", _CHILD.format(here=str(HERE))], env=env,
                         capture_output=True, text=True, check=True).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def main(argv: list[str]) -> None:
    """Print the before/after table."""
    old = argv[0]
    new = argv[1] if len(argv) > 1 else str(HERE.parents[1] / "src")
    runs: dict[str, list[dict[str, float]]] = {old: [], new: []}
    for _ in range(3):
        for src in (old, new):
            runs[src].append(measure(src))
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
    print("| version | MAC-Dev strict F1 | Bible 5,000 x 5,922 strict F1 | CPU (s), best of 3 |")
    print("|---|--:|--:|--:|")
    for name, src in (("before", old), ("after", new)):
        best = min(r["cpu"] for r in runs[src])
        last = runs[src][-1]
        print(f"| {name} ({src}) | {last['mac']:.3f} | {last['bible']:.3f} | {best:.2f} |")


if __name__ == "__main__":
    main(sys.argv[1:])
