"""Red-team findings on alignment (REDTEAM3.md): untrusted text must not exhaust memory."""

from __future__ import annotations

import tracemalloc

import tm


def test_a_sentence_repeating_one_number_costs_linear_memory() -> None:
    # Each occurrence of a number got a key holding one mark per earlier occurrence: a
    # sentence repeating 一 n times held n²/2 characters of keys.  `tm align` of a 600 KB
    # line without punctuation ('这是一个…' repeated) took 2.7 GB; 2.4 MB died of MemoryError.
    # At 2,000 numbers the quadratic keys peak at about 9.6 MB (ce6a63e5^'s keying put
    # back), the count keys at about 1.8 MB: the bound below sits well apart from both
    # (at 4,000, 35 MB and 3.6 MB, at twice the CPU under tracemalloc).
    tm.align(["one ."], ["一个。"], "en", "zh")  # dictionaries loaded beforehand
    n = 2_000
    tracemalloc.start()
    try:
        beads = tm.align(["one " * n + "."], ["一个" * n + "。"], "en", "zh")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(beads) == 1
    assert peak < 4_500_000, f"{peak / 1e6:.1f} MB for one sentence of {n} numbers"
