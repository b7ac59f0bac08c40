"""Every ``tm check`` finding and every number read on the checks benchmark's data, as JSON lines.

A speed change must not change what is found.  This writes, one JSON line each,
every finding of ``tm check`` on each catalog of the checks benchmark (the
development catalog with seeds 1-9, heldout.tsv with seeds 1-8, both correct
catalogs, heldout2's and heldout3's seeded.po and clean.po, the 5,000 Bible verse pairs, and the
100,000-unit catalogs of the speed table, replicated and distinct), then the
numbers :func:`tm.numbers.extract_numbers` reads in every source and target of
those catalogs and of all the Bible verse pairs (both languages).  Run it on the
code before and after a change and compare the files::

    python tests/benchmarks/checks_findings.py before.jsonl   # on the old code
    python tests/benchmarks/checks_findings.py after.jsonl
    cmp before.jsonl after.jsonl

``--quick`` leaves out the 100,000-unit catalogs.
"""

from __future__ import annotations

import csv
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_checks as bench  # noqa: E402

from tm import check_files  # noqa: E402
from tm.checks import units_for_check  # noqa: E402
from tm.numbers import extract_numbers  # noqa: E402


def catalogs(folder: Path, big: bool) -> Iterator[tuple[str, Path, object]]:
    """(name, PO path, glossary) of every catalog the checks benchmark checks."""
    for column, (catalog, seeds) in bench.COLUMNS.items():
        for seed in seeds:
            path, _ = catalog.seeded(folder, seed)
            yield f"{column} seed {seed}", path, catalog.glossary()
    for catalog in (bench.DEV, bench.HELD_OUT):
        yield f"{catalog.name} clean", catalog.clean(folder), catalog.glossary()
    from tm.glossary import Glossary

    for folder_ in bench.labelled_sets():
        glossary = Glossary.load(folder_ / "glossary.tbx")
        for name in ("seeded.po", "clean.po"):
            yield f"{folder_.name} {name}", folder_ / name, glossary
    if bench.BIBLE.exists():
        yield "bible sample", _bible_po(folder), None
    if big:
        for unique in (False, True):
            path = folder / f"big-{unique}.po"
            bench._big_catalog(path, 100_000, unique)
            yield f"100,000 {'distinct' if unique else 'replicated'}", path, bench.DEV.glossary()


def _bible_po(folder: Path) -> Path:
    import polib

    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "zh_CN"}
    for row in bench.bible_sample():
        po.append(polib.POEntry(msgctxt=row["ref"], msgid=row["en"], msgstr=row["zh"]))
    path = folder / "bible.po"
    po.save(str(path))
    return path


def _numbers(text: str, lang: str) -> list[list[object]]:
    return [[str(n.value), n.kind, n.start, n.end, n.text, n.spelled, n.unit,
             [str(p) for p in n.parts] if n.parts else None]
            for n in extract_numbers(text, lang)]


def texts(paths: list[Path]) -> Iterator[tuple[str, str]]:
    """(text, lang) of every source and target of *paths* and of the whole Bible."""
    for path in paths:
        for unit, *_ in units_for_check(path):
            yield unit.source, "en"
            if unit.target:
                yield unit.target, "zh"
    if bench.BIBLE.exists():
        with bench.BIBLE.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                yield row["en"], "en"
                yield row["zh"], "zh"


def main(argv: list[str]) -> int:
    """Write the findings and numbers to argv's output file."""
    big = "--quick" not in argv
    args = [a for a in argv if a != "--quick"]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp, open(args[0], "w", encoding="utf-8") as out:
        folder = Path(tmp)
        paths = []
        for name, path, glossary in catalogs(folder, big):
            for f in check_files([path], glossary):  # type: ignore[arg-type]
                message = f.message.replace(f"{folder}/", "")  # the temporary folder varies
                out.write(json.dumps([name, f.unit.origin.line if f.unit.origin else 0,
                                      f.unit.context, f.check, f.severity, message,
                                      [list(s) for s in f.spans]], ensure_ascii=False) + "\n")
            if not name.startswith("100,000"):
                paths.append(path)
        seen: set[tuple[str, str]] = set()
        for text, lang in texts(paths):
            if (text, lang) not in seen:
                seen.add((text, lang))
                out.write(json.dumps([lang, text, _numbers(text, lang)], ensure_ascii=False)
                          + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
