"""QA checks, side by side: ``tm check`` and Translate Toolkit's ``pofilter`` on seeded errors.

Data (tests/benchmarks/data/checks, built by checks_seeding.py): a correct
EN->ZH catalog (clean.po), the same catalog with labelled seeded errors of every
category (seeded.po + seeded.json; the labels are not in the PO), and the
benchmark glossary (glossary.tbx).  Fresh seeds (held-out catalogs the checks
were not developed on) are generated in a temporary folder in the same run.

Reported: per-check precision and recall of both tools (pofilter tests mapped to
our ids where they correspond), findings on the clean catalog, false alarms on
number conversions, and the time to check 100,000 units.

Run: ``python tests/benchmarks/run.py checks``.
"""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import polib

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "checks"
sys.path.insert(0, str(HERE))

import checks_seeding as seeding  # noqa: E402

from tm import check_files  # noqa: E402

#: pofilter test -> our check id, where the two test the same thing.
PF_MAP = {
    "numbers": "numbers", "untranslated": "untranslated", "blank": "untranslated",
    "unchanged": "untranslated", "isfuzzy": "fuzzy", "endpunc": "punctuation",
    "puncspacing": "halfwidth-punctuation", "brackets": "brackets",
    "doublequoting": "brackets", "singlequoting": "brackets", "printf": "placeholders",
    "pythonbraceformat": "placeholders", "variables": "placeholders",
    "startwhitespace": "whitespace", "endwhitespace": "whitespace",
    "musttranslatewords": "latin-leftover",
}
HELD_OUT_SEEDS = (2, 3, 4, 5, 6, 7, 8, 9)
Pair = tuple[str, str]  # (msgctxt, check id)


def _glossary():  # type: ignore[no-untyped-def]
    try:
        from tm.glossary import Glossary
    except ImportError:
        print("(tm.glossary is not available: terminology checks run without a glossary)\n")
        return None
    return Glossary.load(DATA / "glossary.tbx")


def tm_findings(path: Path, glossary: object) -> set[Pair]:
    """(msgctxt, check) for every ``tm check`` finding in *path*."""
    return {(f.unit.context, f.check) for f in check_files([path], glossary)}  # type: ignore[arg-type]


def _must_translate_file(folder: Path) -> Path:
    words = [g.source for g in seeding.read_glossary()
             if not any(ch.isascii() and ch.isalpha() for t in g.targets for ch in t)]
    path = folder / "musttranslate.txt"
    path.write_text("\n".join(words) + "\n", encoding="utf-8")
    return path


def pofilter_findings(path: Path, folder: Path) -> tuple[set[Pair], Counter[str]]:
    """(msgctxt, mapped id) of pofilter's findings, and the raw count per pofilter test."""
    out = folder / (path.stem + ".pofilter.po")
    subprocess.run([_pofilter(), "--language=zh_CN", "--progress=none",
                    f"--musttranslatefile={_must_translate_file(folder)}",
                    "-i", str(path), "-o", str(out)], check=True, capture_output=True)
    pairs: set[Pair] = set()
    raw: Counter[str] = Counter()
    for entry in polib.pofile(str(out)):
        for line in (entry.tcomment or "").splitlines():
            if line.startswith("(pofilter) "):
                test = line[len("(pofilter) "):].split(":", 1)[0]
                raw[test] += 1
                if test in PF_MAP:
                    pairs.add((entry.msgctxt or "", PF_MAP[test]))
    return pairs, raw


def _pofilter() -> str:
    found = shutil.which("pofilter") or str(Path(sys.executable).parent / "pofilter")
    return found


def score(labels: set[Pair], found: set[Pair], check: str) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of *check*."""
    want = {p for p in labels if p[1] == check}
    got = {p for p in found if p[1] == check}
    return len(want & got), len(got - want), len(want - got)


def _pr(tp: int, fp: int, fn: int) -> str:
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    return f"{precision:.2f} / {recall:.2f}"


def _held_out(folder: Path) -> list[tuple[Path, set[Pair]]]:
    entries, glossary = seeding.read_clean(), seeding.read_glossary()
    out = []
    for seed in HELD_OUT_SEEDS:
        seeded, labels = seeding.seed(entries, glossary, rng_seed=seed)
        path = folder / f"heldout-{seed}.po"
        seeding.write_catalog(seeded, path)
        out.append((path, {(lab["context"], lab["check"]) for lab in labels}))
    return out


def accuracy_table(folder: Path, glossary: object) -> None:
    """Per-check precision/recall on seeded.po and on the held-out seeds."""
    labels = {(lab["context"], lab["check"]) for lab in
              json.loads((DATA / "seeded.json").read_text(encoding="utf-8"))["labels"]}
    runs = [(DATA / "seeded.po", labels), *_held_out(folder)]
    totals: dict[str, dict[str, list[int]]] = {}
    for index, (path, want) in enumerate(runs):
        ours = tm_findings(path, glossary)
        theirs, _ = pofilter_findings(path, folder)
        for check in sorted({c for _, c in want} | {c for _, c in ours}):
            for tool, found in (("tm", ours), ("pofilter", theirs)):
                key = "seeded" if index == 0 else "held-out"
                cell = totals.setdefault(check, {}).setdefault(f"{tool} {key}", [0, 0, 0])
                for i, n in enumerate(score(want, found, check)):
                    cell[i] += n
    mapped = set(PF_MAP.values())
    print(f"Seeded errors: seeded.po (seed 1) and {len(HELD_OUT_SEEDS)} held-out seeds "
          f"({', '.join(map(str, HELD_OUT_SEEDS))}); precision / recall.\n")
    print("| check | errors (seeded / held-out) | tm seeded | tm held-out "
          "| pofilter seeded | pofilter held-out |")
    print("|---|---|---|---|---|---|")
    for check, cells in totals.items():
        n_seed = sum(cells["tm seeded"][i] for i in (0, 2))
        n_held = sum(cells["tm held-out"][i] for i in (0, 2))
        pf = [(_pr(*cells[f"pofilter {k}"]) if check in mapped else "no such test")
              for k in ("seeded", "held-out")]
        print(f"| {check} | {n_seed} / {n_held} | {_pr(*cells['tm seeded'])} "
              f"| {_pr(*cells['tm held-out'])} | {pf[0]} | {pf[1]} |")


def clean_table(folder: Path, glossary: object) -> None:
    """Findings on the correct catalog: every one is a false alarm."""
    ours = check_files([DATA / "clean.po"], glossary)  # type: ignore[arg-type]
    _, raw = pofilter_findings(DATA / "clean.po", folder)
    units = len(seeding.read_clean())
    print(f"\nFalse alarms on the correct catalog (clean.po, {units} units):\n")
    print("| tool | findings | on numbers (conversions 亿/万, 成, dates, words) |")
    print("|---|---|---|")
    print(f"| tm check | {len(ours)} | {sum(f.check == 'numbers' for f in ours)} |")
    print(f"| pofilter | {sum(raw.values())} | {raw.get('numbers', 0)} |")
    print("\npofilter findings on clean.po by test: "
          + ", ".join(f"{t} {n}" for t, n in raw.most_common()))
    for f in ours:
        print(f"- tm: {f.unit.origin} {f.check} {f.message}")


def _big_catalog(path: Path, size: int, unique: bool) -> None:
    """The seeded catalog replicated to *size* entries (made distinct with a [n] prefix)."""
    base = list(polib.pofile(str(DATA / "seeded.po")))
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "zh_CN"}
    for i in range(size):
        e = base[i % len(base)]
        tag = f"[{i}] " if unique else ""
        po.append(polib.POEntry(msgctxt=f"{e.msgctxt}-{i}", msgid=tag + e.msgid,
                                msgstr=(tag + e.msgstr) if e.msgstr else "",
                                flags=list(e.flags)))
    po.save(str(path))


def _timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of running *cmd*."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(cmd, check=False, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def speed_table(folder: Path, glossary_path: Path | None) -> None:
    """Time both tools on 100,000 units: the seeded catalog replicated, and made distinct."""
    size = 100_000
    print(f"\nSpeed on {size:,} units (whole command including PO parsing; wall clock and "
          "CPU time, the machine's 2 cores are shared, so wall time varies with load):\n")
    print("| tool | catalog | wall s | CPU s | units/s (CPU) |")
    print("|---|---|---|---|---|")
    ours = [sys.executable, "-m", "tm", "check", "--format", "json"]
    if glossary_path:
        ours += ["--glossary", str(glossary_path)]
    for unique in (False, True):
        path = folder / f"big-{unique}.po"
        _big_catalog(path, size, unique)
        label = "distinct units" if unique else "replicated"
        runs = [("tm check", [*ours, str(path)]),
                ("pofilter", [_pofilter(), "--language=zh_CN", "--progress=none",
                              "-i", str(path), "-o", str(folder / "out.po")])]
        for tool, cmd in runs:
            wall, cpu = _timed(cmd)
            print(f"| {tool} | {label} | {wall:.1f} | {cpu:.1f} | {size / cpu:,.0f} |")


def main() -> None:
    """Print the QA-check benchmark tables."""
    if not shutil.which(_pofilter()):
        print("pofilter not found (pip install -e '.[bench]'); skipping the checks benchmark")
        return
    glossary = _glossary()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        accuracy_table(folder, glossary)
        clean_table(folder, glossary)
        speed_table(folder, DATA / "glossary.tbx" if glossary is not None else None)


if __name__ == "__main__":
    main()
