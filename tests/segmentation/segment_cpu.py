"""Helper shared by the segmentation cost tests: the CPU one segmentation takes."""

from __future__ import annotations

import time

import tm


def best_cpu_seconds(text: str, lang: str) -> float:
    """The least CPU time of three runs of ``tm.segment(text, lang)`` (the least noisy of them)."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        tm.segment(text, lang)
        best = min(best, time.process_time() - started)
    return best
