"""Fit the aligner's confidence models; report their calibration on held-back documents.

``python tests/benchmarks/fit_confidence.py`` (needs ../shared/data/mac-dev and numpy).

MAC-Dev is split by document: the models are FITTED on documents 001, 003 and
005 and REPORTED on 002, 004 and 006.  Training beads are those ``tm.align``
produces (labelled right when they are exactly a gold bead) on

* the three fitting documents as they are;
* omission variants of them: sentences of 1-1 gold beads deleted on one side
  (a sentence the translator left out or added: the gold bead becomes a 1-0 or
  0-1, and the aligner may glue the sentence to a neighbour) and page
  furniture (credit lines, bylines made up from the lists below) inserted;
* mismatched pairs (the English of one fitting document against the Chinese
  of another): every bead is wrong, so a file that is not a translation of
  the other scores low;
* the six align-heldout news documents (a development set since its second
  run) and one omission variant of each kind (tests/alignment/omission_variants.py),
  as plain lines and with their paragraphs: news translations are closer than
  literary ones, and a model fitted on literary text alone trusts glued news
  beads too much.

Two L2-regularised logistic regressions (paired beads, null beads) are fitted
by Newton's method.  The script prints the weights to paste into
src/tm/alignment/_confidence.py and the 10-bin reliability table and expected
calibration error (ECE) on the reporting documents (real text only, every bead).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_align import mac_documents  # noqa: E402

FIT_DOCS = ("001", "003", "005")
REPORT_DOCS = ("002", "004", "006")
Gold = list[tuple[tuple[int, ...], tuple[int, ...]]]   # (en ids, zh ids)

_SURNAMES = "王 李 张 刘 陈 杨 黄 赵 周 吴 徐 孙".split()
_GIVEN = "明 华 强 静 磊 洋 敏 杰 娟 涛 晨 宇".split()
_EN_NAMES = ["Li Wei", "Sun Hao", "Mary Jones", "Tom Clark", "Zhou Min", "Anna Berg"]


def _zh_credit(rng: random.Random) -> str:
    name = rng.choice(_SURNAMES) + rng.choice(_GIVEN) + rng.choice(["", rng.choice(_GIVEN)])
    return rng.choice([f"（编辑：{name}）", f"责任编辑：{name}", f"{name} 摄", "（完）",
                       f"来源：{rng.choice(['人民网', '新华网', '央视新闻'])}",
                       f"本报记者 {name}"])


def _en_line(rng: random.Random) -> str:
    name = rng.choice(_EN_NAMES)
    return rng.choice([f"By {name}", f"Related: {name} on the new policy",
                       f"(Editor: {name})", f"Source: {rng.choice(['Xinhua', 'AP'])}"])


def variant(en: list[str], zh: list[str], gold: Gold, rng: random.Random,
            side: int) -> tuple[list[str], list[str], Gold]:
    """Delete a few sentences of 1-1 beads on *side* (0 en, 1 zh) and insert furniture."""
    singles = [k for k, (s, t) in enumerate(gold) if len(s) == 1 and len(t) == 1]
    drop = set(rng.sample(singles, min(12, len(singles))))
    beads: list[tuple[list[str], list[str]]] = []
    for k, (s, t) in enumerate(gold):
        pair = ([en[i] for i in s], [zh[j] for j in t])
        if k in drop:
            pair = (pair[0], []) if side == 1 else ([], pair[1])
        if rng.random() < 0.02:
            beads.append(([], [_zh_credit(rng)]) if side else ([_en_line(rng)], []))
        beads.append(pair)
    out_en: list[str] = []
    out_zh: list[str] = []
    out_gold: Gold = []
    for e, z in beads:
        out_gold.append((tuple(range(len(out_en), len(out_en) + len(e))),
                         tuple(range(len(out_zh), len(out_zh) + len(z)))))
        out_en += e
        out_zh += z
    return out_en, out_zh, out_gold


def labelled(en: Sequence[str], zh: Sequence[str], gold: Gold,
             en_par: list[int] | None = None, zh_par: list[int] | None = None) -> tuple[
        list[list[float]], list[int], list[list[float]], list[int]]:
    """Features and right/wrong labels of tm.align's beads: (paired X, y, null X, y)."""
    from tm.alignment import bead_shapes
    from tm.alignment._align import _solve
    from tm.alignment._confidence import bead_features
    from tm.alignment._scoring import Params

    cost, path, _ = _solve(list(en), list(zh), en_par, zh_par, "en", "zh", None,
                           bead_shapes(4), None, 8, Params())
    gold_set = set(gold)
    px: list[list[float]] = []
    py: list[int] = []
    nx: list[list[float]] = []
    ny: list[int] = []
    i = j = 0
    for (k, t), row in zip(path, bead_features(cost, path), strict=True):
        right = int((tuple(range(i, i + k)), tuple(range(j, j + t))) in gold_set)
        (px if k and t else nx).append(row)
        (py if k and t else ny).append(right)
        i, j = i + k, j + t
    return px, py, nx, ny


def fit(x: list[list[float]], y: list[int], weights: list[float], l2: float = 1.0,
        fixed: dict[int, float] | None = None) -> list[float]:
    """Weighted L2-regularised logistic regression (Newton); returns [bias, weights...].

    *fixed* maps feature columns (0-based, bias excluded) to weights set by
    hand, for features the fitting data never shows (paragraphs: MAC-Dev has
    none; furniture paired with text).
    """
    fixed = fixed or {}
    x_arr = np.asarray(x, dtype=float)
    offset = sum(x_arr[:, col] * value for col, value in fixed.items()) if fixed \
        else np.zeros(len(x))
    free = [col for col in range(x_arr.shape[1]) if col not in fixed]
    a = np.hstack([np.ones((len(x), 1)), x_arr[:, free]])
    t = np.asarray(y, dtype=float)
    sw = np.asarray(weights, dtype=float)
    w = np.zeros(a.shape[1])
    reg = np.full(a.shape[1], l2)
    reg[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(a @ w + offset, -40, 40)))
        grad = a.T @ (sw * (p - t)) + reg * w
        hess = (a * (sw * p * (1 - p))[:, None]).T @ a + np.diag(reg) + 1e-9 * np.eye(a.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    out = [round(float(w[0]), 3)]
    values = iter(w[1:])
    for col in range(x_arr.shape[1]):
        out.append(fixed[col] if col in fixed else round(float(next(values)), 3))
    return out


def reliability(scores: Sequence[float], right: Sequence[int], bins: int = 10) -> tuple[
        list[tuple[str, int, float, float]], float]:
    """10-bin reliability rows (range, beads, mean confidence, share right) and the ECE."""
    rows = []
    ece = 0.0
    for b in range(bins):
        members = [(s, r) for s, r in zip(scores, right, strict=True)
                   if min(int(s * bins), bins - 1) == b]
        if not members:
            continue
        mean = sum(s for s, _ in members) / len(members)
        share = sum(r for _, r in members) / len(members)
        ece += len(members) / len(scores) * abs(mean - share)
        rows.append((f"{b / bins:.1f}-{(b + 1) / bins:.1f}", len(members), mean, share))
    return rows, ece


def report(docs: Sequence[tuple[str, list[str], list[str], Gold]]) -> float:
    """Print the reliability table of tm.align on *docs*; return the ECE."""
    import tm

    scores: list[float] = []
    right: list[int] = []
    for _, zh, en, gold in docs:
        gold_set = set(gold)
        for bead in tm.align(en, zh):
            scores.append(bead.score)
            right.append(int((bead.tgt, bead.src) in gold_set))   # MAC-Dev gold is zh:en
    rows, ece = reliability(scores, right)
    print(f"\nReliability on MAC-Dev {', '.join(d[0] for d in docs)} "
          f"({len(scores)} beads, paired and null):\n")
    print("| confidence | beads | mean confidence | share right |")
    print("|---|--:|--:|--:|")
    for name, count, mean, share in rows:
        print(f"| {name} | {count} | {mean:.3f} | {share:.3f} |")
    print(f"\nExpected calibration error (10 bins): {ece:.3f}")
    return ece


#: Weight of a bead from a mismatched document pair: enough for such files to score
#: low, not so much that they make real beads look worse than they are.
MISMATCHED_WEIGHT = 0.25
#: Paired-bead features MAC-Dev cannot show, set by hand: paragraph penalty
#: (column 4) and furniture paired with text (column 6).
FIXED_PAIRED = {4: -0.5, 6: -3.0}
#: Null-bead feature MAC-Dev cannot show, set by hand: the sentence is a paragraph of
#: its own (column 3), as credit lines and datelines are on a news page.
FIXED_NULL = {3: 1.0}


def news_sets(rng: random.Random) -> list[tuple[list[str], list[str], Gold, float,
                                               list[int] | None, list[int] | None]]:
    """The align-heldout news documents (a development set, see docs/benchmarks.md) and
    their omission variants, as plain lines and with paragraphs: the literary half of
    MAC-Dev alone says nothing of how sure a bead in a close news translation is."""
    import bench_align_heldout as heldout
    from fit_glue import Document, variants

    out: list[tuple[list[str], list[str], Gold, float, list[int] | None, list[int] | None]] = []
    for en, zh, en_par, zh_par, gold in heldout.documents():
        for doc in [Document(en, zh, gold, en_par, zh_par),
                    *variants(Document(en, zh, gold, en_par, zh_par), rng.randrange(1 << 30),
                              per_kind=1, edits=4)]:
            out.append((doc.en, doc.zh, doc.gold, NEWS_WEIGHT, None, None))
            out.append((doc.en, doc.zh, doc.gold, NEWS_WEIGHT, doc.en_par, doc.zh_par))
    return out


#: Weight of a bead of the news documents (their beads are fewer than MAC-Dev's; each
#: counts the same as a literary bead).
NEWS_WEIGHT = 1.0


def training_data() -> tuple[list[list[float]], list[int], list[float], list[list[float]],
                             list[int], list[float]]:
    """Labelled, weighted beads of the fitting documents, their variants, mismatched pairs."""
    rng = random.Random(11)
    docs = [(name, en, zh, [(e, z) for z, e in gold])
            for name, zh, en, gold in mac_documents() if name in FIT_DOCS]
    px: list[list[float]] = []
    py: list[int] = []
    pw: list[float] = []
    nx: list[list[float]] = []
    ny: list[int] = []
    nw: list[float] = []
    sets: list[tuple[list[str], list[str], Gold, float, list[int] | None, list[int] | None]]
    sets = [(en, zh, gold, 1.0, None, None) for _, en, zh, gold in docs]
    for _, en, zh, gold in docs:
        for side in (0, 1, 0, 1):
            sets.append((*variant(en, zh, gold, rng, side), 1.0, None, None))
    for (_, en, _, _), (_, _, zh, _) in zip(docs, docs[1:] + docs[:1], strict=True):
        sets.append((en[:len(zh)], zh[:len(en)], [], MISMATCHED_WEIGHT, None, None))
    sets += news_sets(rng)
    for en, zh, gold, weight, en_par, zh_par in sets:
        a, b, c, d = labelled(en, zh, gold, en_par, zh_par)
        px += a
        py += b
        pw += [weight] * len(b)
        nx += c
        ny += d
        nw += [weight] * len(d)
    return px, py, pw, nx, ny, nw


def main() -> None:
    """Fit, print the weights, report calibration on the held-back half.

    The glued-sentence model (fit_glue.py) is fitted first: the confidence
    models use its log-odds, and the beads they are fitted on are those left
    after glued sentences are cut off.

    The second pass of the aligner picks the beads it learns from by their
    confidence, so the fit is repeated with its own weights in place until the
    weights settle (three rounds).  ``--report`` only reports the shipped weights.
    """
    from tm.alignment import _confidence

    if "--report" not in sys.argv:
        from fit_glue import fit_glue

        fit_glue()
        for round_ in range(3):
            px, py, pw, nx, ny, nw = training_data()
            _confidence.CONFIDENCE_WEIGHTS = tuple(fit(px, py, pw, fixed=FIXED_PAIRED))
            _confidence.NULL_WEIGHTS = tuple(fit(nx, ny, nw, fixed=FIXED_NULL))
            print(f"round {round_ + 1}: paired beads {len(py)} ({sum(py)} right), null beads "
                  f"{len(ny)} ({sum(ny)} right)")
        print(f"CONFIDENCE_WEIGHTS = {_confidence.CONFIDENCE_WEIGHTS}")
        print(f"NULL_WEIGHTS = {_confidence.NULL_WEIGHTS}")
    report([d for d in mac_documents() if d[0] in REPORT_DOCS])


if __name__ == "__main__":
    main()
