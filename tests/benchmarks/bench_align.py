"""Alignment benchmark: MAC-Dev accuracy and speed, tm.align beside Gale-Church.

Accuracy: ../shared/data/mac-dev (Chinese-English literary texts, one
sentence per line, gold beads ``[zh ids]:[en ids]``), strict and lax
precision/recall/F1 of Sennrich & Volk (2010) micro-averaged over the
documents, as Vecalign's ``score.py`` computes them.  The data is read in
place and never copied.  Peers run in the same process: the ``galechurch``
package (Gale & Church 1993, compiled core) with its published defaults and
with the character ratio calibrated for Chinese-English.

Speed: synthetic documents cut from ../shared/data/bible-en-zh (verses as
sentences; a Chinese verse is split at its first full stop when it has one,
so the sides differ in length), aligned at 1k..20k sentences.

Run: ``python tests/benchmarks/run.py align``.
"""

from __future__ import annotations

import ast
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
MAC = DATA / "mac-dev"
BIBLE = DATA / "bible-en-zh" / "bible.tsv"

Bead = tuple[tuple[int, ...], tuple[int, ...]]
Aligner = Callable[[list[str], list[str]], list[Bead]]


def read_gold(path: Path) -> list[Bead]:
    """Gold beads of one MAC-Dev document as (zh ids, en ids)."""
    beads = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            left, right = line.split(":")
            beads.append((tuple(ast.literal_eval(left)), tuple(ast.literal_eval(right))))
    return beads


def _precision(gold: Sequence[Bead], test: Sequence[Bead]) -> list[int]:
    """[tp strict, fp strict, tp lax, fp lax] of *test* against *gold* (Vecalign's score.py)."""
    tps = fps = tpl = fpl = 0
    gold_set = set(gold)
    for src, tgt in test:
        if not src and not tgt:
            continue
        if (src, tgt) in gold_set:
            tps += 1
            tpl += 1
            continue
        fps += 1
        s, t = set(src), set(tgt)
        if any(s & set(gs) and t & set(gt) for gs, gt in gold):
            tpl += 1
        else:
            fpl += 1
    return [tps, fps, tpl, fpl]


def score(golds: Sequence[Sequence[Bead]], tests: Sequence[Sequence[Bead]]) -> dict[str, float]:
    """Strict and lax P/R/F1 micro-averaged over documents."""
    p = [0, 0, 0, 0]
    r = [0, 0, 0, 0]
    for gold, test in zip(golds, tests, strict=True):
        p = [x + y for x, y in zip(p, _precision(gold, test), strict=True)]
        test_nn = [b for b in test if b[0] and b[1]]
        gold_nn = [b for b in gold if b[0] and b[1]]
        r = [x + y for x, y in zip(r, _precision(test_nn, gold_nn), strict=True)]
    out: dict[str, float] = {}
    for name, tp, fp in (("strict", 0, 1), ("lax", 2, 3)):
        prec = p[tp] / max(1, p[tp] + p[fp])
        rec = r[tp] / max(1, r[tp] + r[fp])
        out[f"P {name}"] = prec
        out[f"R {name}"] = rec
        out[f"F1 {name}"] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return out


def mac_documents() -> list[tuple[str, list[str], list[str], list[Bead]]]:
    """(name, zh lines, en lines, gold) for each MAC-Dev document."""
    docs = []
    for gold in sorted(MAC.glob("*.gold")):
        zh = gold.with_suffix(".zh").read_text(encoding="utf-8").splitlines()
        en = gold.with_suffix(".en").read_text(encoding="utf-8").splitlines()
        docs.append((gold.stem, zh, en, read_gold(gold)))
    return docs


def tm_aligner(**options: object) -> Aligner:
    """tm.align with English as the source, beads returned as (zh, en)."""
    import tm

    def run(zh: list[str], en: list[str]) -> list[Bead]:
        beads = tm.align(en, zh, "en", "zh", **options)  # type: ignore[arg-type]
        return [(b.tgt, b.src) for b in beads]
    return run


def tm_aligner_zh_source() -> Aligner:
    """tm.align with Chinese as the source (the other direction)."""
    import tm

    def run(zh: list[str], en: list[str]) -> list[Bead]:
        return [(b.src, b.tgt) for b in tm.align(zh, en, "zh", "en")]
    return run


def galechurch_aligner(mean_xy: float) -> Aligner | None:
    """The galechurch package (zh as source, as in the MAC-Dev gold), or None if absent."""
    try:
        import galechurch
    except ImportError:
        return None

    def run(zh: list[str], en: list[str]) -> list[Bead]:
        result = galechurch.align(zh, en, mean_xy=mean_xy)
        return [(tuple(range(b.source_start, b.source_end)),
                 tuple(range(b.target_start, b.target_end))) for b in result.beads]
    return run


def accuracy() -> None:
    """Print the MAC-Dev table."""
    if not MAC.is_dir():
        print(f"MAC-Dev not found at {MAC}; skipping the accuracy benchmark.")
        return
    docs = mac_documents()
    zh_chars = sum(len(s.replace(" ", "")) for _, zh, _, _ in docs for s in zh)
    en_chars = sum(len(s.replace(" ", "")) for _, _, en, _ in docs for s in en)
    systems: list[tuple[str, Aligner | None]] = [
        ("tm.align (en source)", tm_aligner()),
        ("tm.align (zh source)", tm_aligner_zh_source()),
        ("galechurch 0.1.0, defaults (c=1)", galechurch_aligner(1.0)),
        (f"galechurch 0.1.0, c={en_chars / zh_chars:.2f}",
         galechurch_aligner(en_chars / zh_chars)),
    ]
    print(f"MAC-Dev: {len(docs)} documents, {sum(len(d[1]) for d in docs)} zh / "
          f"{sum(len(d[2]) for d in docs)} en sentences, {sum(len(d[3]) for d in docs)} "
          "gold beads.\n")
    print("| System | P strict | R strict | F1 strict | P lax | R lax | F1 lax | time (s) |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|")
    for name, aligner in systems:
        if aligner is None:
            continue
        started = time.perf_counter()
        tests = [aligner(zh, en) for _, zh, en, _ in docs]
        took = time.perf_counter() - started
        s = score([d[3] for d in docs], tests)
        cells = " | ".join(f"{s[k]:.3f}" for k in ("P strict", "R strict", "F1 strict",
                                                    "P lax", "R lax", "F1 lax"))
        print(f"| {name} | {cells} | {took:.2f} |", flush=True)
    print("\nPublished on MAC-Dev (bertalign README): Gale-Church 0.485, Hunalign 0.610, "
          "Bleualign 0.641, Vecalign 0.863, Bertalign 0.911 strict F1.")


def bible_document(n_en: int) -> tuple[list[str], list[str]]:
    """*n_en* English verses and their Chinese, some Chinese verses split in two."""
    en: list[str] = []
    zh: list[str] = []
    with BIBLE.open(encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or not parts[1] or not parts[2]:
                continue
            en.append(parts[1])
            head, sep, tail = parts[2].partition("。")
            zh.extend([head + sep, tail] if sep and tail else [parts[2]])
            if len(en) == n_en:
                break
    return en, zh


def speed() -> None:
    """Print the timing table (1k..20k English sentences)."""
    if not BIBLE.is_file():
        print(f"bible-en-zh not found at {BIBLE}; skipping the speed benchmark.")
        return
    import tm

    tm.align(["warm up."], ["热身。"])   # load the dictionary outside the timing
    gc = galechurch_aligner(4.0)
    print("\n| en x zh sentences | tm.align (s) | galechurch (s) |")
    print("|---|--:|--:|")
    for n in (1000, 2000, 5000, 10000, 20000):
        en, zh = bible_document(n)
        started = time.perf_counter()
        tm.align(en, zh)
        took = time.perf_counter() - started
        gc_took = "n/a"
        if gc is not None and n <= 10000:
            started = time.perf_counter()
            gc(zh, en)
            gc_took = f"{time.perf_counter() - started:.2f}"
        print(f"| {len(en):,} x {len(zh):,} | {took:.2f} | {gc_took} |", flush=True)


def main() -> None:
    """Run the accuracy and speed benchmarks."""
    accuracy()
    speed()


if __name__ == "__main__":
    sys.exit(main())
