"""PO reading on a pathological file: one msgstr of N continuation lines (issue 9 item 13).

polib's parser grows a string by repeated concatenation, so a PO whose msgstr
spans a million ``"…"`` continuation lines takes time superlinear in N (the
red-team run measured 14 s for 1M lines and 50 s for 2M).  tm reads PO with
its own reader (tm.formats.po.parse_po), which joins the pieces once.  Each cell
runs in a fresh process and reports wall time, CPU time and the CPU time per
million lines: a linear reader keeps the last column flat as N doubles.  The
file is generated here (no data set needed).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

LINES = (250_000, 500_000, 1_000_000, 2_000_000)
POLIB_MAX = 500_000  # polib beyond this takes many minutes of CPU; its trend is clear by then

_CHILD = r"""
import json, resource, sys, time
kind, path = sys.argv[1], sys.argv[2]
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
text = open(path, encoding="utf-8").read()
c = cpu(); t = time.perf_counter()
if kind == "tm":
    from tm.formats.po import parse_po
    po = parse_po(text, path)
else:
    import polib
    po = polib.pofile(text)
length = len(po[0].msgstr)
print(json.dumps({"seconds": time.perf_counter() - t, "cpu": cpu() - c, "length": length}))
"""


def _write(path: Path, lines: int) -> int:
    """A valid PO with one entry whose msgstr is *lines* continuation strings; its length."""
    piece = "翻译的一行文字，"
    with path.open("w", encoding="utf-8") as fh:
        fh.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                 'msgid "Long."\nmsgstr ""\n')
        fh.writelines(f'"{piece}"\n' for _ in range(lines))
    return len(piece) * lines


def _child(kind: str, path: Path) -> dict[str, float] | None:
    proc = subprocess.run([sys.executable, "-c", _CHILD, kind, str(path)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        print(f"    ({kind} failed: {proc.stderr.strip().splitlines()[-1]})")
        return None
    data: dict[str, float] = json.loads(proc.stdout)
    return data


def main() -> None:
    """Print the table: reader, lines, wall s, CPU s, CPU s per million lines."""
    print("PO read, one msgstr of N continuation lines, one fresh process per cell:\n")
    print("| reader | continuation lines | MB | wall s | CPU s | CPU s per 1M lines |")
    print("|---|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for lines in LINES:
            path = Path(tmp) / f"long-{lines}.po"
            expected = _write(path, lines)
            size = path.stat().st_size / 1e6
            for kind, label in (("tm", "tm parse_po"), ("polib", "polib.pofile")):
                if kind == "polib" and lines > POLIB_MAX:
                    continue
                got = _child(kind, path)
                if got is None:
                    continue
                if got["length"] != expected:
                    print(f"    ({label} read {got['length']:,} characters, expected {expected:,})")
                print(f"| {label} | {lines:,} | {size:.0f} | {got['seconds']:.2f} | "
                      f"{got['cpu']:.2f} | {got['cpu'] / lines * 1e6:.2f} |", flush=True)
            path.unlink()


if __name__ == "__main__":
    main()
