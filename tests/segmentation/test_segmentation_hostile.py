"""Red-team findings on segmentation (REDTEAM.md of 2026-12-06).

Each test is named for the class of defect it guards against and fails on the
code before its fix.  Time is compared within one process between two sizes of
the same text (CPU time, best of three), never against a wall-clock budget.
"""

from __future__ import annotations

import pytest
from segment_cpu import best_cpu_seconds

import tm


@pytest.mark.parametrize(("unit", "lang"), [("a.", "en"), ("A.", "en"), ("U.S.", "en"),
                                            ("a.", "zh")])
def test_a_chain_of_initials_costs_linear_time(unit: str, lang: str) -> None:
    # The bundled exception \b(?:\p{L}\.){2,} looked back along the whole chain
    # (a text file's final newline makes the end a candidate): 'a.' * 320,000 took
    # 18 s of CPU, 'a.' * 80,000 1.2 s.
    chain = unit * (40_000 // len(unit))
    best_cpu_seconds(chain[:100] + "\n", lang)  # rules compiled beforehand
    small = max(best_cpu_seconds(chain + "\n", lang), 1e-3)
    ratio = best_cpu_seconds(chain * 4 + "\n", lang, under=8 * small) / small
    assert ratio < 8, f"{unit!r}: four times the text cost {ratio:.1f} times as much"


@pytest.mark.parametrize(("text", "expected"), [
    ("He lives in the U.S.A. now. She left.", ["He lives in the U.S.A. now.", "She left."]),
    ("See p. 5 and e.g. a.b.c. here. Next.", ["See p. 5 and e.g. a.b.c. here.", "Next."]),
])
def test_initials_still_do_not_end_a_sentence(text: str, expected: list[str]) -> None:
    assert [s.text for s in tm.segment(text, "en")] == expected
