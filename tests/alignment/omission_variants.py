"""Omission and addition variants of any aligned document, for tests, benchmarks and fitting.

A translator leaves sentences out and adds their own.  Given a document with
gold beads, :func:`variant` makes a new document with gold beads in which

* ``"left out"``: the Chinese of some 1-1 beads is deleted (an English
  sentence the translator left out: a 1-0 bead);
* ``"added"``: the English of some 1-1 beads is deleted (a sentence only the
  Chinese has: a 0-1 bead);
* ``"restated"``: a sentence that restates part of its neighbour is inserted
  on one side only, right after the neighbour and in its paragraph: a clause
  of the neighbour (between commas) made a sentence of its own, so it repeats
  the neighbour's figures and names ("With 286 GWh exported.", "从2021年的26小时
  缩短至今年的17.5小时。").  This is the kind of sentence a newsroom leaves out
  and the one an aligner is tempted to glue onto its neighbour as a 2-1.

Half of the deletions are *glue-prone*: beads whose English is short or shares
evidence (numbers, Latin-script tokens, content words) with a neighbour.  The
variants never add or delete inside many-sentence beads, so every gold bead of
a variant is either a bead of the original or a new 1-0/0-1 bead.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

GoldBead = tuple[tuple[int, ...], tuple[int, ...]]

_NUMBER = re.compile(r"\d")
_WORD = re.compile(r"[A-Za-z]{4,}")


@dataclass(frozen=True)
class Document:
    """Sentences of both sides, their paragraph numbers (or None) and gold beads (en, zh)."""

    en: list[str]
    zh: list[str]
    gold: list[GoldBead]
    en_par: list[int] | None = None
    zh_par: list[int] | None = None

    @property
    def nulls(self) -> list[GoldBead]:
        """The gold 1-0 and 0-1 beads."""
        return [g for g in self.gold if not g[0] or not g[1]]


# A bead as texts with paragraph keys, the form variants are edited in.
_Side = list[tuple[str, float]]
_Bead = tuple[_Side, _Side]


def _beads(doc: Document) -> list[_Bead]:
    def key(par: list[int] | None, index: int) -> float:
        return float(par[index]) if par is not None else 0.0
    return [([(doc.en[i], key(doc.en_par, i)) for i in s],
             [(doc.zh[j], key(doc.zh_par, j)) for j in t]) for s, t in doc.gold]


def _rebuild(beads: Sequence[_Bead], paragraphs: bool) -> Document:
    en: list[str] = []
    zh: list[str] = []
    gold: list[GoldBead] = []
    en_keys: list[float] = []
    zh_keys: list[float] = []
    for e, z in beads:
        gold.append((tuple(range(len(en), len(en) + len(e))),
                     tuple(range(len(zh), len(zh) + len(z)))))
        en += [text for text, _ in e]
        zh += [text for text, _ in z]
        en_keys += [k for _, k in e]
        zh_keys += [k for _, k in z]

    def numbered(keys: list[float]) -> list[int] | None:
        if not paragraphs:
            return None
        order = sorted(set(keys))
        return [order.index(k) for k in keys]
    return Document(en, zh, gold, numbered(en_keys), numbered(zh_keys))


def _evidence(text: str) -> set[str]:
    return set(_NUMBER.findall(text)) | {w.lower() for w in _WORD.findall(text)}


def _glue_prone(beads: Sequence[_Bead], k: int) -> bool:
    """The English of bead *k* is short or shares numbers or words with a neighbour's."""
    text = beads[k][0][0][0]
    if len(text) < 60:
        return True
    mine = _evidence(text)
    for n in (k - 1, k + 1):
        if 0 <= n < len(beads) and beads[n][0] and \
                mine & _evidence(" ".join(t for t, _ in beads[n][0])):
            return True
    return False


def _clause(text: str, chinese: bool, rng: random.Random) -> str | None:
    """A clause of *text* made a sentence of its own, or None if it has no clause worth it."""
    if chinese:
        parts = [p for p in re.split(r"[，；：]", text.rstrip("。！？”")) if len(p) >= 6]
        return rng.choice(parts) + "。" if len(parts) >= 2 else None
    parts = [p.strip() for p in re.split(r"[,;:]", text.rstrip(".!?\"”'’")) if len(p) >= 20]
    if len(parts) < 2:
        return None
    clause = rng.choice(parts)
    return clause[0].upper() + clause[1:] + "."


def variant(doc: Document, rng: random.Random, kind: str, count: int) -> Document:
    """*doc* with *count* edits of one *kind* ("left out", "added" or "restated").

    Edits are at least two beads apart, never touch the first or last bead,
    and half of the deletions are glue-prone (short or sharing evidence with a
    neighbour).  Paragraph numbers are kept when *doc* has them.
    """
    beads = _beads(doc)
    singles = [k for k, (e, z) in enumerate(beads)
               if len(e) == 1 and len(z) == 1 and 0 < k < len(beads) - 1]
    prone = [k for k in singles if _glue_prone(beads, k)]
    chosen: list[int] = []
    pool = singles[:]
    rng.shuffle(pool)
    prone_pool = prone[:]
    rng.shuffle(prone_pool)
    for k in [*prone_pool[:count // 2 + count % 2], *pool]:
        if len(chosen) == count:
            break
        if all(abs(k - c) > 2 for c in chosen):
            chosen.append(k)
    out: list[_Bead] = []
    for k, bead in enumerate(beads):
        if k not in chosen:
            out.append(bead)
            continue
        e, z = bead
        if kind == "left out":
            out.append((e, []))
        elif kind == "added":
            out.append(([], z))
        else:
            out.append(bead)
            chinese = rng.random() < 0.5
            text, key = (z if chinese else e)[0]
            clause = _clause(text, chinese, rng)
            if clause is not None:
                out.append(([], [(clause, key)]) if chinese else ([(clause, key)], []))
    return _rebuild(out, doc.en_par is not None and doc.zh_par is not None)


KINDS = ("left out", "added", "restated")


def variants(doc: Document, seed: int, per_kind: int = 2, edits: int = 3) -> list[Document]:
    """*per_kind* variants of each kind, with *edits* edits each (seeded)."""
    rng = random.Random(seed)
    return [variant(doc, rng, kind, edits) for kind in KINDS for _ in range(per_kind)]
