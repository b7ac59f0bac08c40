"""Red-team findings on tm check (REDTEAM3.md): an untrusted PO must not hold a check for long."""

from __future__ import annotations

import pytest

from tm import Glossary, Term, Unit
from tm.checks import check
from tm.glossary import word_senses

_WORDS = ["river", "stone", "cloud", "lantern", "harbour", "meadow", "copper", "violin"]


def test_a_long_unit_reads_its_target_through_the_dictionary_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Each glossary term of the source missing from the target made the sense check look
    # every word of the whole target up in the dictionary again: time quadratic in the
    # unit's length (a 4,000-word unit with a 10,000-term glossary took 21 s of CPU,
    # 8,000 words 43 s; 480 terms here 6.6 s, now 0.06 s).
    import tm.checks._target_sense as target_sense

    lookups = 0

    def counted(word: str) -> tuple[str, ...]:
        nonlocal lookups
        lookups += 1
        return word_senses(word)

    monkeypatch.setattr(target_sense, "word_senses", counted)
    names = [f"{_WORDS[k % 8]} {_WORDS[k // 8 % 8]} {_WORDS[k // 64 % 8]}" for k in range(200)]
    glossary = Glossary.from_terms([Term(name, (f"术语{k}",)) for k, name in enumerate(names)])
    target = "入住隐私政策吸引力平衡。" * 50
    found = list(check([Unit(", ".join(names) + ".", target)], glossary, select=["terms"]))
    assert len(found) == 200  # every term is still missing
    one_reading = sum(min(8, len(target) - i) for i in range(len(target)))
    assert 0 < lookups <= one_reading
