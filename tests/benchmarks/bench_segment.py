"""Segmentation benchmark: tm.segment against pySBD, syntok, blingfire and sentence-splitter.

Run: ``python tests/benchmarks/run.py segment`` (peers from the ``bench`` extra).

Accuracy is the fraction of cases whose sentence list a tool reproduces
exactly (white space inside a sentence collapsed, since some tools rewrite
it).  Sets: the Pragmatic Segmenter "Golden Rules" (English, Chinese) from
../shared/data/golden-rules, and the news-style case sets in
tests/benchmarks/data.  Throughput: characters per second on the King James
Bible (English, about 4 MB) and the Chinese Union Version (Chinese), from
../shared/data/bible-en-zh, fed to every tool one chapter (paragraph) at a time;
the best of up to three passes counts (one pass for tools slower than 15 s;
tm is timed before and after the peers, and its best pass counts); tm's CPU
time per pass is shown too, the figure to compare on a shared machine.

Adversarial inputs (issue 9 items 11 and 12, tests/benchmarks/segment_adversarial.py):
texts made of nothing but places where a sentence could end and untrusted SRX
rules, each in a fresh process: CPU time, wall time and peak resident memory.
``--adversarial-only`` runs just them (``--accuracy-only`` just the case
sets), ``--quick`` at a tenth of the size, ``--src=DIR`` on another checkout
(the code before a fix).

The case sets here were looked at while tm's rules were written: they are
development sets (their first scores are in docs/benchmarks.md).
"""

from __future__ import annotations

import csv
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import segment_adversarial

import tm

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DATA = ROOT.parent / "shared" / "data"

Splitter = Callable[[str], list[str]]


def _tm(lang: str) -> Splitter:
    return lambda text: [s.text for s in tm.segment(text, lang)]


def _pysbd(lang: str) -> Splitter:
    import pysbd
    seg = pysbd.Segmenter(language=lang, clean=False)
    return lambda text: [str(s) for s in seg.segment(text)]


def _syntok(lang: str) -> Splitter | None:
    if lang != "en":
        return None  # syntok handles English, German and Spanish only
    from syntok import segmenter

    def split(text: str) -> list[str]:
        return ["".join(t.spacing + t.value for t in sentence)
                for paragraph in segmenter.process(text) for sentence in paragraph]
    return split


def _blingfire(lang: str) -> Splitter:
    import blingfire

    def split(text: str) -> list[str]:
        if not text.strip():
            return []
        _, offsets = blingfire.text_to_sentences_and_offsets(text)
        return [text[a:b] for a, b in offsets]
    return split


def _sentence_splitter(lang: str) -> Splitter | None:
    if lang != "en":
        return None  # no Chinese model
    from sentence_splitter import SentenceSplitter
    return SentenceSplitter(language=lang).split  # type: ignore[no-any-return]


TOOLS: dict[str, Callable[[str], Splitter | None]] = {
    "tm": _tm, "pySBD": _pysbd, "syntok": _syntok, "blingfire": _blingfire,
    "sentence-splitter (Moses)": _sentence_splitter,
}


def _norm(sentences: list[str]) -> list[str]:
    return [" ".join(s.split()) for s in sentences if s.strip()]


def _load(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def case_sets() -> list[tuple[str, str, list[dict[str, object]]]]:
    """(name, lang, cases) for every available case set."""
    sets = []
    for name, lang, path in [
        ("Golden Rules EN (48), dev", "en", DATA / "golden-rules" / "golden_en.jsonl"),
        ("Golden Rules ZH (2), dev", "zh", DATA / "golden-rules" / "golden_zh.jsonl"),
        ("news EN, dev (tests/benchmarks/data)", "en", HERE / "data" / "news_en.jsonl"),
        ("news ZH, dev (tests/benchmarks/data)", "zh", HERE / "data" / "news_zh.jsonl"),
        ("news-2 EN, dev (tests/benchmarks/data/heldout_en)", "en",
         HERE / "data" / "heldout_en.jsonl"),
        ("news-2 ZH, dev (tests/benchmarks/data/heldout_zh)", "zh",
         HERE / "data" / "heldout_zh.jsonl"),
        ("segment3 EN, dev since its first run (tests/benchmarks/data/segment3)", "en",
         HERE / "data" / "segment3" / "segment3_en.jsonl"),
        ("segment3 ZH, dev since its first run (tests/benchmarks/data/segment3)", "zh",
         HERE / "data" / "segment3" / "segment3_zh.jsonl"),
        ("segment4 EN, dev since its first run (tests/benchmarks/data/segment4)", "en",
         HERE / "data" / "segment4" / "segment4_en.jsonl"),
        ("segment4 ZH, dev since its first run (tests/benchmarks/data/segment4)", "zh",
         HERE / "data" / "segment4" / "segment4_zh.jsonl"),
        ("segment5 EN, dev since its first run (tests/benchmarks/data/segment5)", "en",
         HERE / "data" / "segment5" / "segment5_en.jsonl"),
        ("segment5 ZH, dev since its first run (tests/benchmarks/data/segment5)", "zh",
         HERE / "data" / "segment5" / "segment5_zh.jsonl"),
        ("segment6 EN, dev since its first run (tests/benchmarks/data/segment6)", "en",
         HERE / "data" / "segment6" / "segment6_en.jsonl"),
        ("segment6 ZH, dev since its first run (tests/benchmarks/data/segment6)", "zh",
         HERE / "data" / "segment6" / "segment6_zh.jsonl"),
        ("segment7 EN, dev since its first run (tests/benchmarks/data/segment7)", "en",
         HERE / "data" / "segment7" / "segment7_en.jsonl"),
        ("segment7 ZH, dev since its first run (tests/benchmarks/data/segment7)", "zh",
         HERE / "data" / "segment7" / "segment7_zh.jsonl"),
        ("segment8 EN, dev since its first run (tests/benchmarks/data/segment8)", "en",
         HERE / "data" / "segment8" / "segment8_en.jsonl"),
        ("segment8 ZH, dev since its first run (tests/benchmarks/data/segment8)", "zh",
         HERE / "data" / "segment8" / "segment8_zh.jsonl"),
        ("segment9 EN, dev since its first run (tests/benchmarks/data/segment9)", "en",
         HERE / "data" / "segment9" / "segment9_en.jsonl"),
        ("segment9 ZH, dev since its first run (tests/benchmarks/data/segment9)", "zh",
         HERE / "data" / "segment9" / "segment9_zh.jsonl"),
        ("segment10 EN, dev since its first run (tests/benchmarks/data/segment10)", "en",
         HERE / "data" / "segment10" / "segment10_en.jsonl"),
        ("segment10 ZH, dev since its first run (tests/benchmarks/data/segment10)", "zh",
         HERE / "data" / "segment10" / "segment10_zh.jsonl"),
        ("segment11 EN, dev since its first run (tests/benchmarks/data/segment11)", "en",
         HERE / "data" / "segment11" / "segment11_en.jsonl"),
        ("segment11 ZH, dev since its first run (tests/benchmarks/data/segment11)", "zh",
         HERE / "data" / "segment11" / "segment11_zh.jsonl"),
        ("segment12 EN, dev since its first run (tests/benchmarks/data/segment12)", "en",
         HERE / "data" / "segment12" / "segment12_en.jsonl"),
        ("segment12 ZH, dev since its first run (tests/benchmarks/data/segment12)", "zh",
         HERE / "data" / "segment12" / "segment12_zh.jsonl"),
        ("segment13 EN, dev since its first run (tests/benchmarks/data/segment13)", "en",
         HERE / "data" / "segment13" / "segment13_en.jsonl"),
        ("segment13 ZH, dev since its first run (tests/benchmarks/data/segment13)", "zh",
         HERE / "data" / "segment13" / "segment13_zh.jsonl"),
        ("segment14 EN, dev since its first run (tests/benchmarks/data/segment14)", "en",
         HERE / "data" / "segment14" / "segment14_en.jsonl"),
        ("segment14 ZH, dev since its first run (tests/benchmarks/data/segment14)", "zh",
         HERE / "data" / "segment14" / "segment14_zh.jsonl"),
        ("segment15 EN, dev since its first run (tests/benchmarks/data/segment15)", "en",
         HERE / "data" / "segment15" / "segment15_en.jsonl"),
        ("segment15 ZH, dev since its first run (tests/benchmarks/data/segment15)", "zh",
         HERE / "data" / "segment15" / "segment15_zh.jsonl"),
        ("segment16 EN, dev since its first run (tests/benchmarks/data/segment16)", "en",
         HERE / "data" / "segment16" / "segment16_en.jsonl"),
        ("segment16 ZH, dev since its first run (tests/benchmarks/data/segment16)", "zh",
         HERE / "data" / "segment16" / "segment16_zh.jsonl"),
        ("segment17 EN, dev since its first run (tests/benchmarks/data/segment17)", "en",
         HERE / "data" / "segment17" / "segment17_en.jsonl"),
        ("segment17 ZH, dev since its first run (tests/benchmarks/data/segment17)", "zh",
         HERE / "data" / "segment17" / "segment17_zh.jsonl"),
        ("segment18 EN, dev since its first run (tests/benchmarks/data/segment18)", "en",
         HERE / "data" / "segment18" / "segment18_en.jsonl"),
        ("segment18 ZH, dev since its first run (tests/benchmarks/data/segment18)", "zh",
         HERE / "data" / "segment18" / "segment18_zh.jsonl"),
    ]:
        if path.exists():
            sets.append((name, lang, _load(path)))
        else:
            print(f"(skipping {name}: {path} not found)")
    return sets


def accuracy(split: Splitter, cases: list[dict[str, object]]) -> tuple[int, list[str]]:
    """Number of cases segmented exactly, and the ids of the others."""
    ok, failed = 0, []
    for case in cases:
        try:
            got = _norm(split(str(case["text"])))
        except Exception:  # a peer that crashes on a case simply fails it
            got = []
        if got == _norm(list(case["expected"])):  # type: ignore[call-overload]
            ok += 1
        else:
            failed.append(str(case["id"]))
    return ok, failed


def bible_chapters(column: str) -> list[str]:
    """The verses of one side of the Bible, one chapter per paragraph."""
    chapters: dict[str, list[str]] = {}
    with (DATA / "bible-en-zh" / "bible.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            chapter = row["ref"].rsplit(".", 1)[0]
            chapters.setdefault(chapter, []).append(row[column])
    return [" ".join(verses) for verses in chapters.values()]


def throughput(split: Splitter, chunks: list[str], budget: float = 15.0) -> tuple[float, float]:
    """Characters per second over *chunks*, by the wall clock and by CPU time.

    The best of up to 3 passes within *budget* s counts (as ``timeit`` does:
    it filters out the noise of other processes on a shared machine); a tool
    slower than *budget* gets one pass.
    """
    best, best_cpu = float("inf"), float("inf")
    spent = 0.0
    for _ in range(3):
        started, cpu = time.perf_counter(), time.process_time()
        for chunk in chunks:
            split(chunk)
        elapsed = time.perf_counter() - started
        best, best_cpu = min(best, elapsed), min(best_cpu, time.process_time() - cpu)
        spent += elapsed
        if spent + elapsed > budget:
            break
    total = sum(map(len, chunks))
    return total / best, total / best_cpu


def main(argv: list[str] | None = None) -> None:
    """Print the accuracy, throughput and adversarial tables (Markdown)."""
    argv = sys.argv[1:] if argv is None else argv
    if "--adversarial-only" in argv:
        segment_adversarial.main(argv)
        return
    names = list(TOOLS)
    print("### Accuracy: fraction of cases segmented exactly\n")
    print("| case set | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    misses: dict[str, list[str]] = {}
    for set_name, lang, cases in case_sets():
        cells = []
        for name in names:
            split = TOOLS[name](lang)
            if split is None:
                cells.append("n/a")
                continue
            ok, failed = accuracy(split, cases)
            cells.append(f"{ok / len(cases):.3f} ({ok}/{len(cases)})")
            if name == "tm" and failed:
                misses[set_name] = failed
        print(f"| {set_name} | " + " | ".join(cells) + " |")
    for set_name, failed in misses.items():
        print(f"\ntm misses in {set_name}: {', '.join(failed)}")
    if "--accuracy-only" in argv:
        return
    if not (DATA / "bible-en-zh" / "bible.tsv").exists():
        print("\n(skipping throughput: ../shared/data/bible-en-zh/bible.tsv not found)")
    else:
        _throughput_table(names)
    segment_adversarial.main(argv)


def _throughput_table(names: list[str]) -> None:
    print("\n### Throughput: characters per second (one chapter per call)\n")
    print("| text | chars | " + " | ".join(names) + " | tm / pySBD | tm, per CPU second |")
    print("|---|---|" + "---|" * (len(names) + 2))
    for label, column, lang in [("Bible KJV (en)", "en", "en"), ("Bible CUV (zh)", "zh", "zh")]:
        chunks = bible_chapters(column)
        speeds: dict[str, float] = {}
        cells = []
        tm_cpu = 0.0
        for name in names:
            split = TOOLS[name](lang)
            if split is None:
                cells.append("n/a")
                continue
            speeds[name], cpu = throughput(split, chunks)
            tm_cpu = cpu if name == "tm" else tm_cpu
            cells.append(f"{speeds[name]:,.0f}")
        # tm again after the peers, so a burst of load from other processes
        # during its first passes does not decide its figure.
        again, cpu = throughput(_tm(lang), chunks)
        speeds["tm"], tm_cpu = max(speeds["tm"], again), max(tm_cpu, cpu)
        cells[0] = f"{speeds['tm']:,.0f}"
        ratio = speeds["tm"] / speeds["pySBD"]
        total = sum(map(len, chunks))
        print(f"| {label} | {total:,} | " + " | ".join(cells)
              + f" | {ratio:.1f}x | {tm_cpu:,.0f} |", flush=True)


if __name__ == "__main__":
    main()
