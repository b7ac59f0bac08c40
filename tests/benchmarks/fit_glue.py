"""Fit the glued-sentence model of tm.alignment._glue (its GLUE_WEIGHTS).

``python tests/benchmarks/fit_confidence.py`` runs this first (the confidence
models use its log-odds); ``python tests/benchmarks/fit_glue.py`` fits and
prints the weights alone.

Training examples are the edge sentences of the many-sentence beads that the
search (before glued sentences are cut off) makes on omission variants
(tests/alignment/omission_variants.py: sentences left out, added, and
clauses restated as sentences of their own) of development texts only:

* MAC-Dev documents 001, 003, 005 (the fitting half of the confidence models;
  literary, where the dictionary explains about a third of a sentence);
* tests/benchmarks/data/align-heldout (news; a development set since its
  second run, see docs/benchmarks.md), with its paragraphs;
* 800 verses of the Bible sample (where the dictionary explains more).

Three kinds of text so that the *coverage* feature (how much of a sentence
the dictionary explains in this document) is seen to vary.  An edge sentence
is labelled glued when the variant's gold has it as a 1-0 or 0-1 bead.  The
bundled article (the acceptance test) and align-heldout2 (held out) are never
used.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "alignment"))
from bench_align import BIBLE, MAC, bible_document, mac_documents  # noqa: E402
from omission_variants import Document, variants  # noqa: E402

FIT_DOCS = ("001", "003", "005")
BIBLE_VERSES = 800


def development_documents() -> Iterator[Document]:
    """The development texts the glue model is fitted on (see the module docstring)."""
    if MAC.is_dir():
        for name, zh, en, gold in mac_documents():
            if name in FIT_DOCS:
                yield Document(en, zh, [(e, z) for z, e in gold])
    import bench_align_heldout as heldout

    for en, zh, en_par, zh_par, beads in heldout.documents():
        yield Document(en, zh, beads, en_par, zh_par)
    if BIBLE.is_file():
        en, zh, gold = bible_document(BIBLE_VERSES)
        yield Document(en, zh, [(e, z) for z, e in gold])


def examples(doc: Document) -> tuple[list[list[float]], list[int]]:
    """Features and labels (1: a gold null bead) of the edge sentences of *doc*'s beads."""
    from tm.alignment import _glue as glue
    from tm.alignment import bead_shapes
    from tm.alignment._align import searched_path
    from tm.alignment._scoring import Params

    cost, path = searched_path(doc.en, doc.zh, doc.en_par, doc.zh_par, "en", "zh", None,
                               bead_shapes(4), None, 8, Params())
    shares = glue.coverage(cost, path)
    null_en = {s[0] for s, t in doc.gold if s and not t}
    null_zh = {t[0] for s, t in doc.gold if t and not s}
    x: list[list[float]] = []
    y: list[int] = []
    i = j = 0
    for k, t in path:
        if k and t and (k > 1 or t > 1):
            for features, source, edge in glue.edge_features(cost, i, k, j, t, shares):
                x.append(features)
                y.append(int(edge in (null_en if source else null_zh)))
        i, j = i + k, j + t
    return x, y


def training_data(seed: int = 11) -> tuple[list[list[float]], list[int]]:
    """Examples from omission variants of every development document."""
    rng = random.Random(seed)
    x: list[list[float]] = []
    y: list[int] = []
    for doc in development_documents():
        for variant in variants(doc, rng.randrange(1 << 30), per_kind=3, edits=6):
            a, b = examples(variant)
            x += a
            y += b
    return x, y


def fit_glue() -> tuple[float, ...]:
    """Fit, install and return GLUE_WEIGHTS (printing the example counts)."""
    from fit_confidence import fit

    from tm.alignment import _glue as glue

    x, y = training_data()
    weights = tuple(fit(x, y, [1.0] * len(y)))
    glue.GLUE_WEIGHTS = weights
    print(f"glue: {len(y)} edge sentences ({sum(y)} glued)")
    print(f"GLUE_WEIGHTS = {weights}")
    return weights


if __name__ == "__main__":
    fit_glue()
