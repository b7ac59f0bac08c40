"""Concordance: whole English words with plural/possessive endings, Chinese substrings."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import examples
from tm import TranslationMemory, Unit
from tm.memory._concordance import _phrase_pattern

TEXTS = [
    ("Inno Way's cafes are full.", "创业大街的咖啡馆满了。"),
    ("Inno Way’s shops open late.", "创业大街的商店开得晚。"),
    ("The maker teams met at Inno Way.", "创客团队在创业大街见面。"),
    ("Inno Wayne is a person.", "英诺·韦恩是一个人。"),
    ("Put the boxes on the box's lid.", "把盒子放在盒盖上。"),
    ("The teams' results came in.", "各团队的结果出来了。"),
    ("A steam engine.", "一台蒸汽机。"),
]


@pytest.fixture(scope="module")
def memory(module_location: str) -> Iterator[TranslationMemory]:
    with TranslationMemory.open(module_location) as mem:
        mem.add([Unit(s, t) for s, t in TEXTS])
        yield mem


@pytest.mark.parametrize(("phrase", "found"), [
    ("Inno Way", ["Inno Way's", "Inno Way’s", "Inno Way"]),   # possessive, not "Wayne"
    ("inno way", ["Inno Way's", "Inno Way’s", "Inno Way"]),
    ("maker team", ["maker teams"]),                           # simple plural
    ("team", ["teams", "teams"]),                              # not "steam"
    ("box", ["boxes", "box's"]),                               # -es plural
    ("Wayne", ["Wayne"]),
    ("Way's", ["Way's"]),
    ("创业大街", ["创业大街", "创业大街", "创业大街"]),        # Chinese: any substring
    ("团队", ["团队", "团队"]),
    ("steam engines", []),
    ("maker teams met", ["maker teams met"]),                  # only the last word inflects
    ("makers team", []),
])
def test_concordance_matches(memory: TranslationMemory, phrase: str, found: list[str]) -> None:
    hits = memory.concordance(phrase)
    texts = [text[start:end] for hit in hits
             for text in [hit.unit.source if hit.side == "source" else hit.unit.target]
             for start, end in hit.spans]
    assert texts == found


_WORDS = ["team", "teams", "team's", "box", "boxes", "steam", "Way", "Way's", "Wayne",
          "maker", "the", "团队", "创业"]


@settings(max_examples=examples(100), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6), min_size=1,
                max_size=12),
       st.lists(st.sampled_from(_WORDS), min_size=1, max_size=2))
def test_index_finds_what_the_pattern_matches(new_location: Callable[[], str],
                                              texts: list[list[str]], words: list[str]) -> None:
    phrase = " ".join(words)
    units = [Unit(" ".join(t) + ".", f"译文{i}。") for i, t in enumerate(texts)]
    pattern = _phrase_pattern(phrase)
    expected = {(u.source, tuple(m.span() for m in pattern.finditer(u.source)))
                for u in units if pattern.search(u.source)}
    with TranslationMemory.open(new_location()) as memory:
        memory.add(units)
        hits = memory.concordance(phrase, limit=100)
    assert {(h.unit.source, h.spans) for h in hits if h.side == "source"} == expected
