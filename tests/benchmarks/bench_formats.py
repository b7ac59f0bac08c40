"""TMX reading and writing: throughput and peak memory, side by side with Translate Toolkit.

Builds TMX files of 31k, 124k and 310k units from the Bible corpus in
../shared/data/bible-en-zh (verses repeated with distinct tuids), then in a
fresh process per measurement reads each with ``tm.formats.tmx.read_tmx``
(streaming) and with Translate Toolkit's ``tmxfile`` (the store ``tmx2po`` and
``pot2po`` use; lxml tree in memory), reporting wall time, units per second and
the peak resident memory the read added.  Writing is measured the same way.
CPU seconds are reported beside wall time because the machine is shared.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIBLE = ROOT.parent / "shared" / "data" / "bible-en-zh" / "bible.tsv"
SIZES = (1, 4, 10)  # copies of the 31,031 verses

_CHILD = r"""
import json, resource, sys, time
kind, path = sys.argv[1], sys.argv[2]
def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
if kind == "tm-read":
    from tm.formats.tmx import read_tmx
    base = rss(); c = cpu(); t = time.perf_counter()
    n = sum(1 for _ in read_tmx(path))
elif kind == "tt-read":
    from translate.storage.tmx import tmxfile
    base = rss(); c = cpu(); t = time.perf_counter()
    with open(path, "rb") as fh:
        store = tmxfile(fh)
    n = sum(1 for u in store.units if u.target)
elif kind == "tm-write":
    from tm.formats.tabular import read_csv
    from tm.formats.tmx import write_tmx
    units = list(read_csv(sys.argv[3])) * int(sys.argv[4])
    base = rss(); c = cpu(); t = time.perf_counter()
    n = write_tmx(units, path)
elif kind == "tt-write":
    from translate.storage.tmx import tmxfile
    from tm.formats.tabular import read_csv
    units = list(read_csv(sys.argv[3])) * int(sys.argv[4])
    base = rss(); c = cpu(); t = time.perf_counter()
    store = tmxfile(sourcelanguage="en", targetlanguage="zh-CN")
    for u in units:
        store.addtranslation(u.source, "en", u.target, "zh-CN")
    with open(path, "wb") as fh:
        store.serialize(fh)
    n = len(units)
print(json.dumps({"n": n, "seconds": time.perf_counter() - t, "cpu": cpu() - c,
                  "rss_mb": rss() - base}))
"""


def _child(*args: str) -> dict[str, float] | None:
    proc = subprocess.run([sys.executable, "-c", _CHILD, *args], capture_output=True,
                          text=True, check=False)
    if proc.returncode != 0:
        print(f"    ({args[0]} failed: {proc.stderr.strip().splitlines()[-1]})")
        return None
    data: dict[str, float] = json.loads(proc.stdout)
    return data


def _have_translate_toolkit() -> bool:
    try:
        import translate.storage.tmx  # noqa: F401
    except ImportError:
        return False
    return True


def _row(tool: str, units: int, size_mb: float, got: dict[str, float] | None) -> str:
    if got is None:
        return f"| {tool} | {units:,} | {size_mb:.0f} | failed | | | |"
    rate = got["n"] / got["cpu"] if got["cpu"] else 0
    return (f"| {tool} | {int(got['n']):,} | {size_mb:.0f} | {got['seconds']:.2f} | "
            f"{got['cpu']:.2f} | {rate:,.0f} | {got['rss_mb']:.1f} |")


def main() -> None:
    """Print the TMX read and write tables."""
    if not BIBLE.exists():
        print(f"{BIBLE} not found; skipping the TMX format benchmark")
        return
    peers = _have_translate_toolkit()
    if not peers:
        print("Translate Toolkit is not installed (pip install -e '.[bench]'); tm only\n")
    verses = sum(1 for _ in BIBLE.open(encoding="utf-8")) - 1
    with tempfile.TemporaryDirectory() as tmp:
        print("TMX read (units with a translation), one fresh process per cell:\n")
        print("| reader | units | MB | wall s | CPU s | units per CPU s | peak RSS added (MB) |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        writes = []
        for copies in SIZES:
            path = Path(tmp) / f"bible-{copies}.tmx"
            wrote = _child("tm-write", str(path), str(BIBLE), str(copies))
            writes.append((copies, path, wrote))
            size = path.stat().st_size / 1e6
            print(_row("tm read_tmx (streaming)", verses * copies, size,
                       _child("tm-read", str(path))), flush=True)
            if peers and copies <= 4:  # the in-memory tree of 310k units takes minutes
                print(_row("Translate Toolkit tmxfile", verses * copies, size,
                           _child("tt-read", str(path))), flush=True)
        print("\nTMX write (units already in memory):\n")
        print("| writer | units | MB | wall s | CPU s | units per CPU s | peak RSS added (MB) |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for copies, path, wrote in writes:
            size = path.stat().st_size / 1e6
            print(_row("tm write_tmx", verses * copies, size, wrote), flush=True)
            if peers and copies == 1:
                other = Path(tmp) / "tt.tmx"
                print(_row("Translate Toolkit tmxfile", verses, size,
                           _child("tt-write", str(other), str(BIBLE), "1")), flush=True)


if __name__ == "__main__":
    main()
