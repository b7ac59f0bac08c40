"""Omission and addition variants of the bundled article, with their gold beads.

The article (locales/en/article.txt, locales/zh_CN/article.txt) and its hand
gold (tests/data/article.gold) are turned into documents with

* a Chinese sentence deleted (the translator left an English sentence out: a
  1-0 bead in the middle),
* an English sentence deleted (the translator added a sentence: a 0-1 bead),
* a credit line added to the Chinese (（责任编辑：…）, 来源：…, 记者 … 摄, （完）)
  or an English-only line (Related: ..., By ...), each in its own paragraph,

at several places.  Only sentences of 1-1 beads are deleted, so the gold of a
variant is the article's gold with one bead changed to a null bead.  Used by
tests/alignment/test_align_variants.py and the alignment benchmark.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import tm
from tm.segmentation import CHROME

ROOT = Path(__file__).resolve().parents[2]
EN_FILE = ROOT / "locales" / "en" / "article.txt"
ZH_FILE = ROOT / "locales" / "zh_CN" / "article.txt"
GOLD = ROOT / "tests" / "data" / "article.gold"

GoldBead = tuple[tuple[int, ...], tuple[int, ...]]

ZH_CREDITS = ["（责任编辑：王立平）", "来源：新华网", "本报记者 刘洋 摄", "（完）",
              "【编辑：陈静】"]
EN_LINES = ["Related: China's factories bet on robots", "By Zhang Yue | China Daily"]


@dataclass(frozen=True)
class Variant:
    """One generated document: both sides as Segments and the gold beads."""

    name: str
    en: list[tm.Segment]
    zh: list[tm.Segment]
    gold: list[GoldBead]

    @property
    def nulls(self) -> list[GoldBead]:
        """The gold 1-0 and 0-1 beads."""
        return [g for g in self.gold if not g[0] or not g[1]]


def read_gold() -> list[GoldBead]:
    """The article's gold beads as (en ids, zh ids)."""
    beads = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        left, right = line.split(":")
        beads.append((tuple(ast.literal_eval(left)), tuple(ast.literal_eval(right))))
    return beads


def article() -> tuple[list[tm.Segment], list[tm.Segment], list[GoldBead]]:
    """The article segmented as ``tm align`` does it, and its gold."""
    en = tm.segment(EN_FILE.read_text(encoding="utf-8"), "en", skip=CHROME)
    zh = tm.segment(ZH_FILE.read_text(encoding="utf-8"), "zh", skip=CHROME)
    return en, zh, read_gold()


Side = list[tuple[str, float]]  # (text, paragraph key) of the sentences of one bead side


def _rebuild(beads: list[tuple[Side, Side]]) -> tuple[
        list[tm.Segment], list[tm.Segment], list[GoldBead]]:
    """Segments and gold from the (en, zh) sentences of each bead; paragraphs renumbered."""
    en: list[tm.Segment] = []
    zh: list[tm.Segment] = []
    gold: list[GoldBead] = []
    keys = [sorted({key for bead in beads for _, key in bead[k]}) for k in (0, 1)]
    offsets = [0, 0]
    for bead in beads:
        ids: list[tuple[int, ...]] = []
        for k, side in enumerate((en, zh)):
            start = len(side)
            for text, key in bead[k]:
                side.append(tm.Segment(text, offsets[k], offsets[k] + len(text),
                                       keys[k].index(key)))
                offsets[k] += len(text) + 2
            ids.append(tuple(range(start, len(side))))
        gold.append((ids[0], ids[1]))
    return en, zh, gold


Edit = Callable[[list[tuple[Side, Side]]], list[tuple[Side, Side]]]


def _edits(gold: list[GoldBead]) -> Iterator[tuple[str, Edit]]:
    """(name, edit of the article's beads) of every variant, from the gold alone.

    The names (test ids) need no segmentation, so a test module can list them at
    collection and build the documents only when a test runs.
    """
    singles = [k for k, (s, t) in enumerate(gold) if len(s) == 1 and len(t) == 1 and k > 1]
    places = [singles[int(p * (len(singles) - 1))] for p in (0.1, 0.3, 0.5, 0.7, 0.9)]

    def line_before(beads: list[tuple[Side, Side]], k: int, side: int,
                    text: str) -> tuple[Side, Side]:
        key = beads[k][side][0][1] - 0.5
        return ([(text, key)], []) if side == 0 else ([], [(text, key)])

    for k in places:
        yield (f"zh sentence {k} left out",
               lambda beads, k=k: [*beads[:k], (beads[k][0], []), *beads[k + 1:]])
        yield (f"en sentence {k} missing",
               lambda beads, k=k: [*beads[:k], ([], beads[k][1]), *beads[k + 1:]])
    for n, k in enumerate(places):
        credit = ZH_CREDITS[n % len(ZH_CREDITS)]
        yield (f"zh credit {credit} before bead {k}",
               lambda beads, k=k, credit=credit: [*beads[:k], line_before(beads, k, 1, credit),
                                                  *beads[k:]])
        line = EN_LINES[n % len(EN_LINES)]
        yield (f"en line {line!r} before bead {k}",
               lambda beads, k=k, line=line: [*beads[:k], line_before(beads, k, 0, line),
                                              *beads[k:]])
    a, b = places[1], places[3]

    def two_credits(beads: list[tuple[Side, Side]]) -> list[tuple[Side, Side]]:
        last = beads[-1][1][-1][1] + 0.5
        return [*beads[:a], (beads[a][0], []), *beads[a + 1:b],
                line_before(beads, b, 1, ZH_CREDITS[0]), *beads[b:],
                ([], [(ZH_CREDITS[1], last)])]

    yield "zh sentence left out, two credits added", two_credits


def variant_names() -> list[str]:
    """The names of :func:`variants`, in order, without segmenting the article."""
    return [name for name, _ in _edits(read_gold())]


def variants() -> Iterator[Variant]:
    """Every variant: deletions at five places per side, additions at five places.

    Deleted sentences leave their paragraph (or it vanishes); an added line is a
    paragraph of its own, as credit lines are on a news page.
    """
    en, zh, gold = article()
    beads: list[tuple[Side, Side]] = [([(en[i].text, float(en[i].paragraph)) for i in s],
                                       [(zh[j].text, float(zh[j].paragraph)) for j in t])
                                      for s, t in gold]
    for name, edit in _edits(gold):
        yield Variant(name, *_rebuild(edit(beads)))


@functools.cache
def variants_by_name() -> dict[str, Variant]:
    """Every variant by name, built once per process (on first use, not at collection)."""
    return {v.name: v for v in variants()}
