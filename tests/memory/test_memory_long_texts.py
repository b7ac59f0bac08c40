"""Texts longer than the index counts lengths are found like any other (red team M-6).

The length histograms count texts up to MAX_LEN tokens (4,095), the last count
standing for every longer text.  A query of more than about 5,800 tokens asked
for lengths beyond it, read no count at all, and found nothing: not even the
text itself, stored word for word (a licence, a long legal paragraph, a whole
article imported as one segment).
"""

from __future__ import annotations

import pytest

from tm import TranslationMemory, Unit
from tm.memory._index import MAX_LEN


def _text(words: int, salt: str = "") -> str:
    return " ".join(f"clause{salt}{i}" for i in range(words)) + "."


# The last length counted, the first beyond it, and one beyond the ~5,800 tokens where
# 66a4b8d found nothing (12,000 and MAX_LEN - 1 added 10 CPU s to the suite and no case).
@pytest.mark.parametrize("words", [MAX_LEN, MAX_LEN + 1, 6_000])
def test_a_long_text_finds_itself_and_its_near_copies(location: str, words: int) -> None:
    with TranslationMemory.open(location) as memory:
        memory.add([Unit(_text(words), "很长的条款。"), Unit("A short one.", "短的。"),
                    Unit(_text(words // 2, "b"), "另一段。")])
        assert [(m.unit.target, m.score) for m in memory.lookup(_text(words))] == [
            ("很长的条款。", 100)]
        edited = _text(words).replace("clause7 ", "changed ", 1)
        assert [(m.unit.target, m.score) for m in memory.lookup(edited)] == [("很长的条款。", 99)]
        shorter = _text(words * 17 // 20)  # 85 % of the words
        [match] = memory.lookup(shorter, min_score=80)
        assert match.unit.target == "很长的条款。" and 84 <= match.score <= 85
