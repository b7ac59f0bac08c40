"""Alignment on the held-out news set: tests/benchmarks/data/align-heldout.

Six news documents with newsroom Chinese versions, written by someone who never
read the aligner (see the folder's README).  Gold beads are ``[en ids]:[zh ids]``
over the ``.en``/``.zh`` sentence lines; the ``.en.txt``/``.zh.txt`` running
texts give the paragraph of each line (paragraphs joined by " " / "").

Printed, aggregated over the six documents (never per document or per bead, so
that running it does not show the errors):

* strict and lax precision/recall/F1 (Sennrich & Volk, as Vecalign's score.py);
* the share of gold 1-0 and 0-1 beads (sentences without counterpart) found
  exactly;
* how many beads are wrong (not exactly a gold bead) yet have confidence > 0.5.

Two inputs: the sentence lines as plain strings, and the same lines as
``tm.Segment`` with their paragraph numbers (what ``tm align`` sees on running
text).  English is the source, as in ``tm align``.

Run: ``python tests/benchmarks/run.py align_heldout``.  The first run after a
change is the held-out score; docs/benchmarks.md says which runs those were.
Every later gold set ``data/align-heldoutN`` is scored by this same ``main``
(``run.py align_heldoutN``; see ``run.alignment_sets``), its genres and
author in the folder's README.
"""

from __future__ import annotations

import ast
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "data" / "align-heldout"

sys.path.insert(0, str(HERE))
from bench_align import score  # noqa: E402

Bead = tuple[tuple[int, ...], tuple[int, ...]]

#: Confidence above which a bead counts as trusted (tm align's default --fuzzy-below).
TRUSTED = 0.5


def read_gold(path: Path) -> list[Bead]:
    """Gold beads as (en ids, zh ids)."""
    beads = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            left, right = line.split(":")
            beads.append((tuple(ast.literal_eval(left)), tuple(ast.literal_eval(right))))
    return beads


def paragraphs(lines: Sequence[str], running: str, joiner: str) -> list[int] | None:
    """Paragraph number of each line, from the running text (None if they disagree)."""
    numbers: list[int] = []
    start = 0
    for number, paragraph in enumerate(p for p in running.split("\n\n") if p.strip()):
        end = start
        while end < len(lines) and joiner.join(lines[start:end]) != paragraph.strip("\n"):
            end += 1
        if joiner.join(lines[start:end]) != paragraph.strip("\n"):
            return None
        numbers += [number] * (end - start)
        start = end
    return numbers if start == len(lines) else None


def documents(folder: Path = HELDOUT) -> list[tuple[list[str], list[str], list[int] | None,
                                                     list[int] | None, list[Bead]]]:
    """(en lines, zh lines, en paragraphs, zh paragraphs, gold) per document of *folder*."""
    docs = []
    for gold in sorted(folder.glob("*.gold")):
        en = gold.with_suffix(".en").read_text(encoding="utf-8").splitlines()
        zh = gold.with_suffix(".zh").read_text(encoding="utf-8").splitlines()
        en_par = paragraphs(en, gold.with_suffix(".en.txt").read_text(encoding="utf-8"), " ")
        zh_par = paragraphs(zh, gold.with_suffix(".zh.txt").read_text(encoding="utf-8"), "")
        docs.append((en, zh, en_par, zh_par, read_gold(gold)))
    return docs


def _segments(lines: Sequence[str], numbers: Sequence[int]) -> list[object]:
    import tm

    out: list[object] = []
    offset = 0
    for text, paragraph in zip(lines, numbers, strict=True):
        out.append(tm.Segment(text, offset, offset + len(text), paragraph))
        offset += len(text) + 1
    return out


#: Rewrites the gold of document number n (0-based) given the beads found:
#: (n, gold, found) -> gold.  A scoring convention, e.g. accepting translated headings.
GoldRule = Callable[[int, list[Bead], list[Bead]], list[Bead]]


def evaluate(with_paragraphs: bool, folder: Path = HELDOUT,
             rule: GoldRule | None = None) -> dict[str, float]:
    """Align every document and return the aggregate figures (scored against the gold
    as *rule* rewrites it, when given)."""
    import tm

    golds: list[list[Bead]] = []
    tests: list[list[Bead]] = []
    nulls = found_nulls = wrong = wrong_trusted = beads = 0
    null_kinds = {"1-0": [0, 0], "0-1": [0, 0]}
    started = time.process_time()
    for number, (en, zh, en_par, zh_par, gold) in enumerate(documents(folder)):
        if with_paragraphs:
            if en_par is None or zh_par is None:
                raise SystemExit(f"{folder.name}: a running text does not match its lines")
            result = tm.align(_segments(en, en_par), _segments(zh, zh_par), "en", "zh")  # type: ignore[arg-type]
        else:
            result = tm.align(en, zh, "en", "zh")
        if rule is not None:
            gold = rule(number, gold, [(b.src, b.tgt) for b in result])
        gold_set = set(gold)
        found = {(b.src, b.tgt) for b in result}
        for src, tgt in gold:
            if not src or not tgt:
                kind = "1-0" if src else "0-1"
                null_kinds[kind][0] += 1
                null_kinds[kind][1] += (src, tgt) in found
        nulls = sum(v[0] for v in null_kinds.values())
        found_nulls = sum(v[1] for v in null_kinds.values())
        for b in result:
            beads += 1
            if (b.src, b.tgt) not in gold_set:
                wrong += 1
                wrong_trusted += b.score > TRUSTED
        golds.append(gold)
        tests.append([(b.src, b.tgt) for b in result])
    out = score(golds, tests)
    out.update({
        "null found": found_nulls / max(1, nulls),
        "1-0 found": null_kinds["1-0"][1] / max(1, null_kinds["1-0"][0]),
        "0-1 found": null_kinds["0-1"][1] / max(1, null_kinds["0-1"][0]),
        "beads": beads, "wrong": wrong, "wrong > 0.5": wrong_trusted,
        "cpu": time.process_time() - started,
    })
    return out


def main(folder: Path = HELDOUT, rules: Sequence[tuple[str, GoldRule]] = ()) -> None:
    """Print the aggregate table of the set in *folder*; each of *rules* (label, gold
    rule) adds the two rows scored under that convention."""
    if not folder.is_dir():
        print(f"{folder.name} not found at {folder}; skipping.")
        return
    docs = documents(folder)
    gold_beads = sum(len(d[4]) for d in docs)
    print(f"{folder.name}: {len(docs)} documents, {sum(len(d[0]) for d in docs)} en / "
          f"{sum(len(d[1]) for d in docs)} zh sentences, {gold_beads} gold beads.\n")
    print("| input | P strict | R strict | F1 strict | P lax | R lax | F1 lax | "
          "1-0 found | 0-1 found | 1-0/0-1 found | wrong beads | wrong with conf > 0.5 | "
          "CPU (s) |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    runs = [(name, with_par, None) for name, with_par in (("sentence lines", False),
                                                            ("lines + paragraphs", True))]
    runs += [(f"{name}, {label}", with_par, rule) for label, rule in rules
             for name, with_par in (("sentence lines", False), ("lines + paragraphs", True))]
    for name, with_par, rule in runs:
        s = evaluate(with_par, folder, rule)
        cells = " | ".join(f"{s[k]:.3f}" for k in ("P strict", "R strict", "F1 strict",
                                                    "P lax", "R lax", "F1 lax",
                                                    "1-0 found", "0-1 found", "null found"))
        print(f"| {name} | {cells} | {int(s['wrong'])} of {int(s['beads'])} | "
              f"{int(s['wrong > 0.5'])} | {s['cpu']:.2f} |", flush=True)


if __name__ == "__main__":
    sys.exit(main())
