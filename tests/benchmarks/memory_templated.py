"""The templated memory of issue 9 item 10: lookups among thousands of equally similar units.

"Sentence number N about factories." for N < size (typical of UI strings and
manuals).  Queries (300, seeded): a stored sentence, an unseen number, another
last word, the final full stop dropped, the first word in lower case; each
looked up with ``min_score=70, limit=5``.  Goal: p95 < 50 ms at 20k and 200k.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator

from memory_build import build

from tm import TranslationMemory

QUERIES = 300


def queries(size: int, seed: int = 5) -> list[str]:
    """Templated queries of five kinds (see the module docstring)."""
    rng = random.Random(seed)
    out = []
    for i in range(QUERIES):
        n = rng.randrange(size)
        out.append([f"Sentence number {n} about factories.",
                    f"Sentence number {size + n} about factories.",
                    f"Sentence number {n} about workers.",
                    f"Sentence number {n} about factories",
                    f"sentence number {n} about factories."][i % 5])
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bench(backend: str, location: str, size: int) -> Iterator[str]:
    """Build the memory, time the lookups; one Markdown row."""
    built = build("templated", size, location)
    wall: list[float] = []
    cpu: list[float] = []
    with TranslationMemory.open(location, readonly=True) as memory:
        for q in queries(size):
            start, used = time.perf_counter(), time.thread_time()
            found = memory.lookup(q, min_score=70, limit=5)
            wall.append((time.perf_counter() - start) * 1000)
            cpu.append((time.thread_time() - used) * 1000)
            assert found, q
    yield (f"| {backend} | {size:,} | {QUERIES} | {percentile(wall, 0.5):.2f} | "
           f"{percentile(wall, 0.95):.2f} | {percentile(cpu, 0.5):.2f} | "
           f"{percentile(cpu, 0.95):.2f} | build {built['wall']:.0f} s "
           f"({built['cpu']:.0f} s CPU + {built['helper_cpu']:.0f} s in the helper process), "
           f"peak RSS {built['rss']:.0f} MiB (helper {built['helper_rss']:.0f}) |")
