"""Sentence embeddings as the aligner's similarity: :func:`embedding_similarity`.

``tm.align(..., similarity=f)`` accepts any ``f(source sentences, target
sentences) -> float in [0, 1]``.  With a cross-lingual sentence-embedding model
(LaBSE through sentence-transformers, as Bertalign uses it) the similarity of a
bead is the cosine of the embeddings of its two sides, each side's sentences
joined into one text (as Vecalign and Bertalign embed concatenations).
:func:`embedding_similarity` turns an ``encode`` function into such a
similarity: it joins the sentences, caches every text's unit vector (the DP
asks for the same span many times) and returns the cosine, clipped at 0.

tm depends on no model: the caller brings ``encode`` (docs/alignment.md shows
LaBSE); the tests use a tiny fake embedding.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Iterable, Sequence

from tm.alignment._scoring import Similarity

__all__ = ["Encoder", "embedding_similarity"]

#: Texts -> one vector per text (lists, tuples or numpy arrays of floats).
Encoder = Callable[[list[str]], Iterable[Sequence[float]]]


def _unit(vector: Sequence[float]) -> tuple[float, ...]:
    values = tuple(float(v) for v in vector)
    norm = math.sqrt(sum(v * v for v in values))
    return tuple(v / norm for v in values) if norm > 0 else values


def embedding_similarity(encode: Encoder, *, source_joiner: str = " ",
                         target_joiner: str = "") -> Similarity:
    """A similarity for :func:`tm.align` from a sentence-embedding function *encode*.

    *encode* takes a list of texts and returns one vector per text.  A span's
    sentences are joined with *source_joiner* / *target_joiner* (a space for
    English, nothing for Chinese: pass ``source_joiner=""`` when the source is
    Chinese) and embedded once; the similarity is the cosine of the two unit
    vectors, clipped to [0, 1].
    """
    cache: dict[str, tuple[float, ...]] = {}

    def vector(text: str) -> tuple[float, ...]:
        found = cache.get(text)
        if found is None:
            [raw] = list(encode([text]))
            found = cache[text] = _unit(raw)
        return found

    def similarity(src: Sequence[str], tgt: Sequence[str]) -> float:
        a = vector(source_joiner.join(src))
        b = vector(target_joiner.join(tgt))
        if len(a) != len(b):
            raise ValueError(f"encode returned vectors of {len(a)} and {len(b)} dimensions")
        cosine = float(sum(map(operator.mul, a, b)))
        return max(0.0, min(1.0, cosine))

    return similarity
