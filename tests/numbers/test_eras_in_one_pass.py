"""Clock words, generations and "between N and M" read in one pass (issue 10, code debt).

_eras added each new number by comparing it with every number found so far, once per
match, and _ranges looked for "between" from the start of the text before each "N and M":
an entry repeating "12 noon and" or 80后 took time quadratic in its length.  What is read
must not change: each repeat is read as the lone phrase is.
"""

from __future__ import annotations

from rows import every_row
from tm.numbers import extract_numbers

_REPEATS = 400


@every_row(("piece", "lang"), [
    ("at midnight, ", "en"), ("12 noon and ", "en"), ("80后、", "zh"), ("九零后和", "zh"),
    ("午夜", "zh"), ("between 8 and 10 percent, ", "en"), ("by the hour mark; ", "en"),
])
def test_a_repeated_phrase_reads_as_the_lone_phrase(piece: str, lang: str) -> None:
    lone = extract_numbers(piece, lang)
    many = extract_numbers(piece * _REPEATS, lang)
    assert lone
    assert [(n.value, n.kind, n.text, n.start) for n in many] == [
        (n.value, n.kind, n.text, n.start + len(piece) * i)
        for i in range(_REPEATS) for n in lone]
