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
so the sides differ in length and the true beads are known), aligned at
1k..20k sentences.  CPU time of this process is reported beside wall time,
because the machine is shared.

Run: ``python tests/benchmarks/run.py align``.
"""

from __future__ import annotations

import ast
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _shared_data() -> Path:
    """../shared/data beside the repository (a worktree may sit one level deeper)."""
    for folder in ROOT.parents:
        if (folder / "shared" / "data").is_dir():
            return folder / "shared" / "data"
    return ROOT.parent / "shared" / "data"


DATA = _shared_data()
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


def without_dictionary(aligner: Aligner) -> Aligner:
    """Run *aligner* as if the ``dict`` extra were not installed."""
    from tm.alignment import _lexicon as lexicon

    def run(zh: list[str], en: list[str]) -> list[Bead]:
        saved = lexicon._load_index
        lexicon._load_index = lambda: ({}, {})  # type: ignore[assignment]
        try:
            return aligner(zh, en)
        finally:
            lexicon._load_index = saved
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
    from tm.alignment._scoring import Params

    systems: list[tuple[str, Aligner | None]] = [
        ("tm.align (en source)", tm_aligner()),
        ("tm.align (zh source)", tm_aligner_zh_source()),
        ("tm.align without CC-CEDICT (en source)", without_dictionary(tm_aligner())),
        ("tm.align, length only (sim_weight=0)", tm_aligner(params=Params(sim_weight=0.0))),
        ("tm.align without the second pass (realign=False)",
         tm_aligner(params=Params(realign=False))),
        ("tm.align without the clause-point merge (clause_merge=None)",
         tm_aligner(params=Params(clause_merge=None))),
        ("tm.align without pypinyin readings (CC-CEDICT's only)", without_pypinyin(tm_aligner())),
        ("galechurch 0.1.0, defaults (c=1)", galechurch_aligner(1.0)),
        ("galechurch 0.1.0, c=0.30 (best of 0.25-1.0)", galechurch_aligner(0.30)),
    ]
    print(f"MAC-Dev: {len(docs)} documents, {sum(len(d[1]) for d in docs)} zh / "
          f"{sum(len(d[2]) for d in docs)} en sentences, {sum(len(d[3]) for d in docs)} "
          "gold beads.\n")
    print("| System | P strict | R strict | F1 strict | P lax | R lax | F1 lax | CPU (s) |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|")
    for name, aligner in systems:
        if aligner is None:
            continue
        started = time.process_time()
        tests = [aligner(zh, en) for _, zh, en, _ in docs]
        took = time.process_time() - started
        s = score([d[3] for d in docs], tests)
        cells = " | ".join(f"{s[k]:.3f}" for k in ("P strict", "R strict", "F1 strict",
                                                    "P lax", "R lax", "F1 lax"))
        print(f"| {name} | {cells} | {took:.2f} |", flush=True)
    print("\nPublished strict F1 (Bertalign paper/README), MAC-Dev / MAC-Test: Gale-Church "
          "0.485 / -, Hunalign 0.610 / -, Bleualign 0.641 / 0.680, Vecalign 0.863 / 0.886, "
          "Bertalign 0.911 / 0.915.")
    calibration(docs)


def calibration(docs: list[tuple[str, list[str], list[str], list[Bead]]]) -> None:
    """Reliability (10 bins) and ECE on the MAC-Dev half the confidence was not fitted on."""
    from fit_confidence import REPORT_DOCS, report

    report([d for d in docs if d[0] in REPORT_DOCS])


def without_pypinyin(aligner: Aligner) -> Aligner:
    """Run *aligner* with CC-CEDICT's character readings only (as before pypinyin)."""
    from tm.alignment import _lexicon as lexicon
    from tm.alignment import _pinyin as pinyin

    def run(zh: list[str], en: list[str]) -> list[Bead]:
        saved = pinyin.readings
        pinyin.readings = lexicon.readings  # type: ignore[assignment]
        pinyin._syllables.cache_clear()
        try:
            return aligner(zh, en)
        finally:
            pinyin.readings = saved  # type: ignore[assignment]
            pinyin._syllables.cache_clear()
    return run


def variants() -> None:
    """The article's omission/addition variants: null beads found, wrong beads trusted."""
    sys.path.insert(0, str(ROOT / "tests" / "alignment"))
    import article_variants

    import tm

    print("\n| article variants | variants | 1-0/0-1 beads | found | wrong beads with "
          "confidence > 0.5 |")
    print("|---|--:|--:|--:|--:|")
    cases = list(article_variants.variants())
    for name, plain in (("with paragraphs (as tm align reads files)", False),
                        ("plain sentence lists", True)):
        nulls = found = trusted_wrong = 0
        for v in cases:
            en = [s.text for s in v.en] if plain else v.en
            zh = [s.text for s in v.zh] if plain else v.zh
            beads = tm.align(en, zh)  # type: ignore[arg-type]
            got = {(b.src, b.tgt): b.score for b in beads}
            nulls += len(v.nulls)
            found += sum(n in got for n in v.nulls)
            gold = set(v.gold)
            trusted_wrong += sum(1 for k, score in got.items() if k not in gold and score > 0.5)
        print(f"| {name} | {len(cases)} | {nulls} | {found} | {trusted_wrong} |")


def bible_document(n_en: int) -> tuple[list[str], list[str], list[Bead]]:
    """*n_en* English verses, their Chinese (split at a full stop when it has one) and the beads."""
    en: list[str] = []
    zh: list[str] = []
    gold: list[Bead] = []
    with BIBLE.open(encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or not parts[1] or not parts[2]:
                continue
            head, sep, tail = parts[2].partition("。")
            pieces = [head + sep, tail] if sep and tail else [parts[2]]
            gold.append((tuple(range(len(zh), len(zh) + len(pieces))), (len(en),)))
            en.append(parts[1])
            zh.extend(pieces)
            if len(en) == n_en:
                break
    return en, zh, gold


def speed() -> None:
    """Print the timing table (1k..20k English sentences)."""
    if not BIBLE.is_file():
        print(f"bible-en-zh not found at {BIBLE}; skipping the speed benchmark.")
        return
    import tm

    tm.align(["warm up."], ["热身。"])   # load the dictionary outside the timing
    gc = galechurch_aligner(0.30)
    print("\n| en x zh sentences | tm.align CPU (s) | wall (s) | strict F1 | "
          "galechurch CPU (s) | galechurch strict F1 |")
    print("|---|--:|--:|--:|--:|--:|")
    for n in (1000, 2000, 5000, 10000, 20000):
        en, zh, gold = bible_document(n)
        cpu, wall = time.process_time(), time.perf_counter()
        beads = tm.align(en, zh)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        f1 = score([gold], [[(b.tgt, b.src) for b in beads]])["F1 strict"]
        gc_cells = "n/a | n/a"
        if gc is not None and n <= 5000:   # galechurch fills the whole n x m table
            started = time.process_time()
            gc_beads = gc(zh, en)
            gc_took = time.process_time() - started
            gc_cells = f"{gc_took:.2f} | {score([gold], [gc_beads])['F1 strict']:.3f}"
        print(f"| {len(en):,} x {len(zh):,} | {cpu:.2f} | {wall:.2f} | {f1:.3f} | {gc_cells} |",
              flush=True)


def main() -> None:
    """Run the accuracy and speed benchmarks."""
    accuracy()
    variants()
    speed()


if __name__ == "__main__":
    sys.exit(main())
