"""Plugging sentence embeddings in as the similarity (LaBSE in real use; a tiny fake here)."""

from __future__ import annotations

import pytest

import tm
from tm.alignment import embedding_similarity

#: A fake cross-lingual "model": each word (English or Chinese) maps to a concept axis.
CONCEPTS = {"apple": 0, "苹果": 0, "river": 1, "河": 1, "train": 2, "火车": 2,
            "mountain": 3, "山": 3, "letter": 4, "信": 4}


def fake_encode(texts: list[str]) -> list[list[float]]:
    vectors = []
    for text in texts:
        vector = [0.0] * 6
        vector[5] = 0.1                                 # a little shared noise
        for word, axis in CONCEPTS.items():
            if word in text.lower():
                vector[axis] += 1.0
        vectors.append(vector)
    return vectors


def test_embeddings_decide_where_lengths_cannot() -> None:
    calls: list[str] = []

    def encode(texts: list[str]) -> list[list[float]]:
        calls.extend(texts)
        return fake_encode(texts)

    en = ["An apple fell.", "The river rose.", "A train came.", "The mountain slept.",
          "A letter arrived."]
    # Every Chinese sentence is as long as every other: length evidence is useless.
    zh = ["苹果掉了下来。", "河水上涨了。", "火车开来了。", "山沉睡着。", "信寄到了。"]
    zh_shuffled_lengths = [s.ljust(8, "。") for s in zh]
    similarity = embedding_similarity(encode)
    beads = tm.align(en, zh_shuffled_lengths, similarity=similarity)
    assert [(b.src, b.tgt) for b in beads] == [((i,), (i,)) for i in range(5)]
    assert len(calls) == len(set(calls))                # every text embedded once


def test_spans_are_joined_and_cosine_is_clipped() -> None:
    similarity = embedding_similarity(fake_encode)
    assert similarity(["An apple.", "A river."], ["苹果和河。"]) == pytest.approx(1.0, abs=0.01)
    assert similarity(["An apple."], ["火车。"]) < 0.1


def test_vectors_of_different_sizes_are_an_error() -> None:
    sizes = iter([[1.0, 0.0], [1.0, 0.0, 0.0]])
    similarity = embedding_similarity(lambda texts: [next(sizes)])
    with pytest.raises(ValueError, match="dimensions"):
        similarity(["a"], ["b"])
