"""Helpers shared by the segmentation cost tests: the CPU one segmentation takes.

A cost test compares two CPU times measured in the same process.  CPU time is
not a count of operations: on a loaded machine the same work costs more CPU,
because another process on the other hardware thread of the core, or one that
ran in between and emptied the caches, slows every instruction down.  A
measurement that lasts a few milliseconds often runs whole in a quiet moment;
one that lasts 200 ms almost never does.  So a comparison of a short run with
a long one (ordinary text, 4 ms, against candidate-dense text, 180 ms) gave a
larger ratio the busier the machine was: 42x idle, 51x in one loaded full run.

:func:`cost_ratio` measures the two sides for the same length of time, one
right after the other (the cheap side repeated), so load slows both alike and
cancels in their ratio, and it takes the least ratio of up to five such pairs.
The cyclic garbage collector is off while a side is timed: a full collection
walks every object the test process holds (what earlier tests left), a cost of
the process's history, not of the code measured.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import tm


@contextmanager
def _collector_off() -> Iterator[None]:
    """Time code without the cyclic garbage collector (restored afterwards).

    No collection beforehand: a full one walks the whole test process (about
    0.1 CPU s in a pytest-xdist worker late in a run), for nothing the timing needs.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _cpu(run: Callable[[], object], times: int = 1) -> float:
    """CPU seconds of *run*, called *times* times in a row, per call."""
    started = time.process_time()
    for _ in range(times):
        run()
    return (time.process_time() - started) / times


#: Timed pairs at most: the least ratio of several is the one least disturbed by other
#: processes; a passing test stops at its first ratio under the bound.
_PAIRS = 5


def cost_ratio(dense: str, ordinary: str, lang: str, under: float = 0.0) -> float:
    """How many times ``tm.segment`` costs more a character on *dense* than on *ordinary*.

    Each pair times one segmentation of *dense*, then as many of *ordinary* in a
    row as last about as long; the result is the least ratio of up to five
    pairs (both sides met the same load in each; three pairs once measured 54x
    against a typical 27-36x on a machine shared by eight processes).  With *under*, the pairs stop
    at the first ratio below it: a test asserting ``cost_ratio(...) < under``
    gets the same verdict as from all five pairs, and a passing test pays for one.
    """
    def dense_run() -> object:
        return tm.segment(dense, lang)

    def ordinary_run() -> object:
        return tm.segment(ordinary, lang)

    with _collector_off():
        tm.segment(dense[:200], lang), tm.segment(ordinary[:200], lang)  # rules compiled
        one_ordinary = max(_cpu(ordinary_run), 1e-6)
        repeats, best = 0, float("inf")
        for _ in range(_PAIRS):
            dense_seconds = _cpu(dense_run)
            repeats = repeats or max(1, round(dense_seconds / one_ordinary))
            ordinary_seconds = max(_cpu(ordinary_run, repeats), 1e-9)
            best = min(best, (dense_seconds / len(dense)) / (ordinary_seconds / len(ordinary)))
            if best < under:
                break
    return best


def best_cpu_seconds(text: str, lang: str, under: float = 0.0) -> float:
    """The least CPU time of three runs of ``tm.segment(text, lang)`` (the least noisy of them).

    With *under*, the runs stop at the first one that takes less than *under*
    seconds and its time is returned: a test asserting that the least time is
    below *under* gets the same verdict, and a passing test pays for one run
    instead of three.  A failing test still gets the least of all three.
    """
    best = float("inf")
    with _collector_off():
        for _ in range(3):
            started = time.process_time()
            tm.segment(text, lang)
            best = min(best, time.process_time() - started)
            if best < under:
                break
    return best
