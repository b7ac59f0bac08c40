"""Translation-memory lookup at 10k, 100k and 1M units, side by side with peers.

Data: the 31,102 English-Chinese Bible verse pairs of ../shared/data/bible-en-zh.
A memory of N units takes every pair once and fills the rest with *variants*:
a pair with 1-4 random word edits on the English side (substitute a word drawn
from the corpus vocabulary, delete, insert, swap neighbours, change case or
punctuation) and as many character edits on the Chinese side.  So a 1M memory
holds ~32 near neighbours of every verse, the hard case for a fuzzy index.

Queries: 1,000 verses drawn at random, each with a graded number of word edits
(0, 1, 2, 3, 5 or 8: from exact to ~60% similar) and 10% unrelated word salads.

Measured for ``tm`` (TranslationMemory in a SQLite file, ``min_score=70,
limit=5``): build time, size on disk, latency p50/p95, and recall@70: the
fraction of units that a brute-force scan scores >= 70 that ``lookup`` returns
(``limit`` lifted for that).  Peers in the same run:

* rapidfuzz brute force: ``process.extract`` over every unit with the same
  token-level Levenshtein (tokens mapped to code points), the ground truth;
* Translate Toolkit's ``translate.search.match.matcher`` (what ``pot2po`` uses;
  character Levenshtein, ``max_candidates=10``, ``min_similarity=70``,
  ``max_length=1000``).  It is slow, so it runs on a query subsample and not at
  1M.

Backends: ``TM_BENCH_BACKENDS=sqlite,postgresql`` (default both; PostgreSQL
in a throwaway cluster, see memory_build.py).  Each memory is built in a
child process that streams its units, which reports build time (wall and
CPU) and the peak RSS of the build.  Parts: ``TM_BENCH_PARTS=bible,templated``
(the templated memory of issue 9 item 10 is in memory_templated.py, sizes
``TM_BENCH_TEMPLATED=20000,200000``).

Environment: ``TM_BENCH_SIZES=10000,100000`` to choose sizes,
``TM_BENCH_QUERIES`` (1000), ``TM_BENCH_TT_QUERIES`` (100),
``TM_BENCH_BRUTE_QUERIES`` (1000; 200 at 1M).  tm's latency: ``TM_BENCH_WARMUP``
other queries first (300, untimed), then ``TM_BENCH_REPEATS`` passes (3); the
percentiles are of each query's median over the passes, and the notes give
each pass's p50 (the spread).
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import memory_templated
from memory_build import backend_locations, build
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from tm import TranslationMemory, Unit
from tm.memory._matching import match_tokens, score

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "bible-en-zh" / "bible.tsv"
MIN_SCORE = 70
GRADES = (0, 1, 2, 3, 5, 8)


def load_pairs() -> list[tuple[str, str]]:
    """The (English, Chinese) verse pairs of the Bible data set."""
    pairs = []
    with DATA.open(encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1].strip() and parts[2].strip():
                pairs.append((parts[1], parts[2]))
    return pairs


def perturb(words: list[str], edits: int, rng: random.Random, pool: Sequence[str]) -> list[str]:
    """Apply *edits* random token edits (substitute, delete, insert, swap, case)."""
    out = list(words)
    for _ in range(edits):
        op = rng.random()
        i = rng.randrange(len(out)) if out else 0
        if not out or op < 0.2:
            out.insert(i, rng.choice(pool))
        elif op < 0.55:
            out[i] = rng.choice(pool)
        elif op < 0.75 and len(out) > 1:
            del out[i]
        elif op < 0.9 and len(out) > 1:
            j = min(i + 1, len(out) - 1)
            out[i], out[j] = out[j], out[i]
        else:
            out[i] = out[i].upper() if out[i].islower() else out[i].lower()
    return out


def make_memory(pairs: list[tuple[str, str]], size: int, seed: int = 1) -> list[Unit]:
    """*size* units: every pair once, then perturbed variants (see module docstring)."""
    return list(iter_memory(pairs, size, seed))


def iter_memory(pairs: list[tuple[str, str]], size: int, seed: int = 1) -> Iterator[Unit]:
    """The units of :func:`make_memory`, made one at a time (an import that streams)."""
    rng = random.Random(seed)
    words = sorted({w for en, _ in pairs[:5000] for w in en.split()})
    chars = sorted({c for _, zh in pairs[:5000] for c in zh})
    for i in range(size):
        en, zh = pairs[i % len(pairs)]
        if i >= len(pairs):
            k = rng.randint(1, 4)
            en = " ".join(perturb(en.split(), k, rng, words))
            zh = "".join(perturb(list(zh), k, rng, chars))
        yield Unit(en, zh, context=str(i), origin="bible.tsv")


def make_queries(pairs: list[tuple[str, str]], count: int, seed: int = 2) -> list[str]:
    """Graded queries: verses with 0..8 word edits, and 10% unrelated word salads."""
    rng = random.Random(seed)
    words = sorted({w for en, _ in pairs[:5000] for w in en.split()})
    out = []
    for i in range(count):
        en = rng.choice(pairs)[0].split()
        if i % 10 == 9:
            out.append(" ".join(rng.choice(words) for _ in en))
        else:
            out.append(" ".join(perturb(en, GRADES[i % len(GRADES)], rng, words)))
    return out


def make_zh_queries(pairs: list[tuple[str, str]], count: int, seed: int = 3) -> list[str]:
    """Chinese queries: verses with 0..8 character edits (for the reverse direction)."""
    rng = random.Random(seed)
    chars = sorted({c for _, zh in pairs[:5000] for c in zh})
    return ["".join(perturb(list(rng.choice(pairs)[1]), GRADES[i % len(GRADES)], rng, chars))
            for i in range(count)]


def percentile(values: Sequence[float], q: float) -> float:
    """The *q*-quantile of *values* (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class Brute:
    """The rapidfuzz full scan: tokens as code points, the same Levenshtein."""

    def __init__(self, units: list[Unit], *, reverse: bool = False) -> None:
        self.units = units
        self.reverse = reverse  # search the targets (Chinese -> English)
        self.codes: dict[str, str] = {}
        self.choices = [self.encode(u.target if reverse else u.source) for u in units]

    def encode(self, text: str) -> str:
        """One code point per match token (skipping the surrogate range)."""
        out = []
        for tok in match_tokens(text):
            code = self.codes.get(tok)
            if code is None:
                n = len(self.codes) + 1
                code = self.codes[tok] = chr(n if n < 0xD800 else n + 0x800)
            out.append(code)
        return "".join(out)

    def search(self, query: str) -> set[tuple[str, str]]:
        """Every (source, target) scoring >= MIN_SCORE (the ground truth)."""
        hits = process.extract(self.encode(query), self.choices,
                               scorer=Levenshtein.normalized_similarity,
                               score_cutoff=MIN_SCORE / 100 - 1e-9, limit=None)
        found = set()
        for _, _, i in hits:
            text, other = self.units[i].source, self.units[i].target
            if self.reverse:
                text, other = other, text
            if score(query, text).value >= MIN_SCORE:
                found.add((text, other))
        return found


def timed(fn: Callable[[str], object], queries: Sequence[str]) -> tuple[list[float], list[object]]:
    """Run *fn* over *queries*; return per-query wall-clock milliseconds and the results.

    The CPU milliseconds of each call are appended to :data:`CPU_TIMES` (the
    machine is shared, so wall-clock times include waiting for a core).
    """
    times, results = [], []
    CPU_TIMES.clear()
    for q in queries:
        start, cpu = time.perf_counter(), time.thread_time()
        results.append(fn(q))
        times.append((time.perf_counter() - start) * 1000)
        CPU_TIMES.append((time.thread_time() - cpu) * 1000)
    return times, results


CPU_TIMES: list[float] = []
#: Timed passes over the queries (TM_BENCH_REPEATS) and warm-up queries run before
#: them (TM_BENCH_WARMUP).  One cold pass gave p50 4.0-6.0 ms for the same code at 1M:
#: the first queries read the index from disk, and a shared machine slows some calls.
REPEATS = int(os.environ.get("TM_BENCH_REPEATS", 3))
WARMUP = int(os.environ.get("TM_BENCH_WARMUP", 300))


def timed_steady(fn: Callable[[str], object], queries: Sequence[str], warmup: Sequence[str],
                 repeats: int = REPEATS) -> tuple[list[float], list[float], list[float]]:
    """*fn* over *warmup* (untimed), then *repeats* timed passes over *queries*.

    Returns each query's median wall and CPU milliseconds over the passes (what
    the percentiles are taken of: the same queries and calls as one pass, less
    exposed to one slow moment) and each pass's own wall p50, the spread.
    """
    for q in warmup:
        fn(q)
    walls: list[list[float]] = []
    cpus: list[list[float]] = []
    for _ in range(max(1, repeats)):
        times, _ = timed(fn, queries)
        walls.append(times)
        cpus.append(list(CPU_TIMES))
    middle = len(walls) // 2
    wall = [sorted(per_query)[middle] for per_query in zip(*walls, strict=True)]
    cpu = [sorted(per_query)[middle] for per_query in zip(*cpus, strict=True)]
    return wall, cpu, [percentile(times, 0.5) for times in walls]


def recall(found: Sequence[set[tuple[str, str]]], truth: Sequence[set[tuple[str, str]]]) -> float:
    """Micro-averaged recall of *found* against *truth*."""
    total = sum(len(t) for t in truth)
    hit = sum(len(f & t) for f, t in zip(found, truth, strict=False))
    return hit / total if total else 1.0


def tt_matcher(units: list[Unit]) -> Callable[[str], set[tuple[str, str]]]:
    """Translate Toolkit's pot2po matcher over *units*; returns a search function."""
    from translate.search.match import matcher
    from translate.storage.base import TranslationStore, TranslationUnit

    store = TranslationStore()
    for unit in units:
        tu = TranslationUnit(unit.source)
        tu.target = unit.target
        store.addunit(tu)
    match = matcher(store, max_candidates=10, min_similarity=MIN_SCORE, max_length=1000)

    def search(query: str) -> set[tuple[str, str]]:
        return {(str(u.source), str(u.target)) for u in match.matches(query)}

    return search


def row(name: str, size: int, times: Sequence[float], cpu: Sequence[float], rec: float,
        extra: str = "") -> str:
    """One Markdown table row: wall-clock and CPU percentiles, recall, notes."""
    return (f"| {name} | {size:,} | {len(times)} | {percentile(times, 0.5):.2f} | "
            f"{percentile(times, 0.95):.2f} | {percentile(cpu, 0.5):.2f} | "
            f"{percentile(cpu, 0.95):.2f} | {100 * rec:.1f}% | {extra} |")


def bench_size(pairs: list[tuple[str, str]], size: int, queries: list[str],
               locations: dict[str, Iterator[str]]) -> Iterator[str]:
    """Build a memory of *size* units per backend and yield table rows for tm and the peers."""
    units = make_memory(pairs, size)
    n_brute = int(os.environ.get("TM_BENCH_BRUTE_QUERIES",
                                 200 if size >= 1_000_000 else len(queries)))
    sub = queries[:n_brute]
    brute = Brute(units)
    brute_times, truth = timed(brute.search, sub)
    brute_cpu = list(CPU_TIMES)
    truth_sets = [t for t in truth if isinstance(t, set)]
    for backend, where in locations.items():
        location = next(where)
        built = build("bible", size, location)
        with TranslationMemory.open(location, readonly=True) as memory:
            disk = memory.stats()["size"] / 2**20  # type: ignore[operator]
            times, cpu, passes = timed_steady(lambda q: memory.lookup(q, min_score=MIN_SCORE),
                                              queries, make_queries(pairs, WARMUP, seed=4))
            full = [{(m.unit.source, m.unit.target)
                     for m in memory.lookup(q, min_score=MIN_SCORE, limit=10**9)} for q in sub]
            yield row(f"tm ({backend})", size, times, cpu, recall(full, truth_sets),
                      f"build {built['wall']:.0f} s ({built['cpu']:.0f} s CPU, peak RSS "
                      f"{built['rss']:.0f} MiB; helper process {built['helper_cpu']:.0f} s "
                      f"CPU, {built['helper_rss']:.0f} MiB), {disk:.0f} MiB; "
                      f"recall on {len(sub)} queries; each query's median of "
                      f"{len(passes)} passes after {WARMUP} warm-up queries, p50 of each "
                      f"pass {', '.join(f'{p:.2f}' for p in passes)} ms")
            if backend == "sqlite" and size <= 100_000:
                yield tt_row(units, memory, sub, truth_sets)
            yield zh_row(units, memory, make_zh_queries(pairs, 300)[:min(300, n_brute)])
    yield row("rapidfuzz brute force", size, brute_times, brute_cpu, 1.0, "ground truth")


def zh_row(units: list[Unit], memory: TranslationMemory, queries: list[str]) -> str:
    """The reverse direction: Chinese queries against the memory's Chinese targets."""
    def lookup(q: str) -> set[tuple[str, str]]:
        return {(m.unit.source, m.unit.target) for m in memory.lookup(
            q, source_lang="zh-CN", target_lang="en", min_score=MIN_SCORE, limit=10**9)}

    times, found = timed(lookup, queries)
    cpu = list(CPU_TIMES)
    brute = Brute(units, reverse=True)
    truth = [brute.search(q) for q in queries]
    sets = [f for f in found if isinstance(f, set)]
    return row("tm, Chinese -> English", len(units), times, cpu, recall(sets, truth),
               "character-level; all matches returned (limit lifted)")


def tt_row(units: list[Unit], memory: TranslationMemory, queries: list[str],
           truth: list[set[tuple[str, str]]]) -> str:
    """Translate Toolkit's matcher on a query subsample, timed alternately with tm."""
    n_tt = int(os.environ.get("TM_BENCH_TT_QUERIES", 100))
    start = time.perf_counter()
    search = tt_matcher(units)
    tt_build = time.perf_counter() - start
    tm_cpu: list[float] = []
    tt_times: list[float] = []
    tt_cpu: list[float] = []
    found: list[set[tuple[str, str]]] = []
    for q in queries[:n_tt]:  # alternate, so both see the same machine load
        timed(lambda text: memory.lookup(text, min_score=MIN_SCORE), [q])
        tm_cpu.extend(CPU_TIMES)
        elapsed, result = timed(search, [q])
        tt_times.extend(elapsed)
        tt_cpu.extend(CPU_TIMES)
        found.extend(r for r in result if isinstance(r, set))
    ratio = percentile(tt_cpu, 0.5) / percentile(tm_cpu, 0.5)
    return row("Translate Toolkit matcher", len(units), tt_times, tt_cpu,
               recall(found, truth[:n_tt]),
               f"build {tt_build:.1f} s; CPU p50 {ratio:.0f}x tm's on the same queries "
               f"(tm CPU p50 {percentile(tm_cpu, 0.5):.2f} ms)")


def main() -> None:
    """Print the Markdown tables of docs/benchmarks.md (Translation memory)."""
    backends = os.environ.get("TM_BENCH_BACKENDS", "sqlite,postgresql").split(",")
    parts = os.environ.get("TM_BENCH_PARTS", "bible,templated").split(",")
    with backend_locations(backends) as locations:
        if "bible" in parts:
            bible(locations)
        if "templated" in parts:
            sizes = os.environ.get("TM_BENCH_TEMPLATED", "20000,200000").split(",")
            print("\nTemplated memory (issue 9 item 10), min_score 70, limit 5:\n")
            print("| backend | units | queries | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms "
                  "| build |")
            print("|---|---:|---:|---:|---:|---:|---:|---|")
            for backend, where in locations.items():
                for size in sizes:
                    for line in memory_templated.bench(backend, next(where), int(size)):
                        print(line, flush=True)


def bible(locations: dict[str, Iterator[str]]) -> None:
    """The Bible memories at each size, every backend, with the peers."""
    if not DATA.exists():
        print(f"data set {DATA} is absent: skipping the Bible memory benchmark")
        return
    sizes = [int(s) for s in os.environ.get("TM_BENCH_SIZES", "10000,100000,1000000").split(",")]
    pairs = load_pairs()
    queries = make_queries(pairs, int(os.environ.get("TM_BENCH_QUERIES", 1000)))
    print(f"{len(pairs):,} verse pairs; {len(queries)} queries; min_score {MIN_SCORE}\n")
    print("| system | units | queries | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms | recall@70 "
          "| notes |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for size in sizes:
        for line in bench_size(pairs, size, queries, locations):
            print(line, flush=True)


if __name__ == "__main__":
    main()
