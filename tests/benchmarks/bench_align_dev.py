"""Every alignment development set in one table, for before/after comparisons.

One row per set and input: align-heldout and align-heldout2 (news, both as
plain sentence lines and with paragraphs; development sets since their first
runs), the article's omission/addition variants (with and without
paragraphs), and MAC-Dev (../shared/data/mac-dev, read in place, never
copied; English as the source, split into the halves 001/003/005 and
002/004/006 that the fits use, with the expected calibration error on the
second).  Each row: strict F1, 1-0/0-1 beads found,
wrong beads (not exactly a gold bead) and wrong beads with confidence > 0.5
(those ``tm align`` would store as trusted), so one run shows whether a change
makes any set worse.  *Trusted P / R*: of the beads above 0.5 (stored trusted),
the share that is right; of the right beads, the share above 0.5.  Other news
sets (align-heldout3 ...) join the table when their folder exists.

Run: ``python tests/benchmarks/run.py align_dev``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_align  # noqa: E402
import bench_align_heldout  # noqa: E402

Bead = tuple[tuple[int, ...], tuple[int, ...]]
#: F1 strict, nulls, found, beads, wrong, trusted wrong, trusted, right
Row = tuple[float, int, int, int, int, int, int, int]


def _row(golds: Sequence[Sequence[Bead]], found: Sequence[Sequence[tuple[Bead, float]]]) -> Row:
    """Strict F1, gold null beads, found null beads, beads, wrong beads, wrong above 0.5,
    beads above 0.5, right beads."""
    f1 = bench_align.score(golds, [[b for b, _ in f] for f in found])["F1 strict"]
    nulls = hit = beads = wrong = trusted = above = 0
    for gold, got in zip(golds, found, strict=True):
        gold_set, got_set = set(gold), {b for b, _ in got}
        null_gold = [g for g in gold if not g[0] or not g[1]]
        nulls += len(null_gold)
        hit += sum(g in got_set for g in null_gold)
        beads += len(got)
        bad = [s for b, s in got if b not in gold_set]
        wrong += len(bad)
        trusted += sum(s > bench_align_heldout.TRUSTED for s in bad)
        above += sum(s > bench_align_heldout.TRUSTED for _, s in got)
    return f1, nulls, hit, beads, wrong, trusted, above, beads - wrong


def _print(name: str, row: Row) -> None:
    f1, nulls, hit, beads, wrong, trusted, above, right = row
    precision = (above - trusted) / above if above else 0.0
    recall = (above - trusted) / right if right else 0.0
    print(f"| {name} | {f1:.3f} | {hit} of {nulls} | {wrong} of {beads} | {trusted} | "
          f"{precision:.3f} / {recall:.3f} |", flush=True)


def news(folder: Path) -> None:
    """Rows of one news set (plain lines, then lines with paragraphs)."""
    import tm

    docs = bench_align_heldout.documents(folder)
    for label, with_par in (("lines", False), ("paragraphs", True)):
        found = []
        for en, zh, en_par, zh_par, _ in docs:
            if with_par and en_par is not None and zh_par is not None:
                beads = tm.align(bench_align_heldout._segments(en, en_par),  # type: ignore[arg-type]
                                 bench_align_heldout._segments(zh, zh_par), "en", "zh")
            else:
                beads = tm.align(en, zh, "en", "zh")
            found.append([((b.src, b.tgt), b.score) for b in beads])
        _print(f"{folder.name}, {label}", _row([d[4] for d in docs], found))


def article() -> None:
    """Rows of the article variants (with paragraphs, then plain sentence lists)."""
    sys.path.insert(0, str(HERE.parents[0] / "alignment"))
    import article_variants

    import tm

    cases = list(article_variants.variants())
    for label, plain in (("paragraphs", False), ("lines", True)):
        found = []
        for v in cases:
            en = [s.text for s in v.en] if plain else v.en
            zh = [s.text for s in v.zh] if plain else v.zh
            found.append([((b.src, b.tgt), b.score) for b in tm.align(en, zh)])  # type: ignore[arg-type]
        _print(f"article variants, {label}", _row([v.gold for v in cases], found))


def mac() -> None:
    """Rows of MAC-Dev (all, and each half), English as the source."""
    import tm

    if not bench_align.MAC.is_dir():
        print(f"| MAC-Dev not found at {bench_align.MAC} | - | - | - | - | - |")
        return
    results = {}
    for name, zh, en, gold in bench_align.mac_documents():
        beads = tm.align(en, zh)
        results[name] = ([(t, s) for s, t in gold],
                         [((b.src, b.tgt), b.score) for b in beads])
    halves = (("MAC-Dev", sorted(results)),
              ("MAC-Dev 001/003/005", [n for n in sorted(results) if n[-1] in "135"]),
              ("MAC-Dev 002/004/006", [n for n in sorted(results) if n[-1] in "246"]))
    for label, names in halves:
        _print(label, _row([results[n][0] for n in names], [results[n][1] for n in names]))
    from fit_confidence import REPORT_DOCS, reliability

    scores = [s for n in REPORT_DOCS for _, s in results[n][1]]
    right = [int(b in set(results[n][0])) for n in REPORT_DOCS for b, _ in results[n][1]]
    print(f"\nExpected calibration error (10 bins) on MAC-Dev {'/'.join(REPORT_DOCS)}, the half "
          f"the confidence was not fitted on: {reliability(scores, right)[1]:.3f}")


def main() -> None:
    """Print the table."""
    print("| set (all development data) | F1 strict | 1-0/0-1 found | wrong beads | "
          "wrong with conf > 0.5 | trusted P / R |")
    print("|---|--:|--:|--:|--:|--:|")
    for folder in sorted(HERE.glob("data/align-heldout*")):
        news(folder)
    article()
    mac()


if __name__ == "__main__":
    sys.exit(main())
