"""Red-team findings on alignment (REDTEAM3.md): untrusted text must not exhaust memory."""

from __future__ import annotations

import tracemalloc

import tm


def test_a_sentence_repeating_one_number_costs_linear_memory() -> None:
    # Each occurrence of a number got a key holding one mark per earlier occurrence: a
    # sentence repeating 一 n times held n²/2 characters of keys.  `tm align` of a 600 KB
    # line without punctuation ('这是一个…' repeated) took 2.7 GB; 2.4 MB died of MemoryError.
    # At 4,000 numbers the quadratic keys peaked at about 35 MB (ce6a63e5^), the count
    # keys peak at about 3.5 MB: the bound below sits well apart from both.
    tm.align(["one ."], ["一个。"], "en", "zh")  # dictionaries loaded beforehand
    n = 4_000
    tracemalloc.start()
    try:
        beads = tm.align(["one " * n + "."], ["一个" * n + "。"], "en", "zh")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(beads) == 1
    assert peak < 15_000_000, f"{peak / 1e6:.0f} MB for one sentence of {n} numbers"
