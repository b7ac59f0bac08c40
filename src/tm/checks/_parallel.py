"""The per-unit checks of a large catalog on several cores, with the findings of one process.

:func:`tm.checks.check` runs every unit runner on every unit, then the catalog
runners (consistency) on the whole list.  The unit runners read one unit each
(and what :class:`~tm.checks._base.Context` derives from the whole catalog, the
same in every process), so a large catalog's units can be checked in forked
worker processes, in contiguous chunks, while this process runs the catalog
runners.  The findings come back as plain tuples naming their unit by its
place in the run and are put back in the order one process would have made
them: chunk after chunk, then the catalog runners'.  The final sort in
:func:`~tm.checks.check` is stable, so the report is the same, finding for finding.

Forking is the one start method that shares the parsed catalog, the glossary and
the compiled rules with the workers at no cost; where it is missing (Windows,
macOS's default is spawn but fork exists there) or the pool breaks, the units are
checked here, as before.  A library caller opts in with ``jobs``; the ``tm check``
command asks for one worker per core it may use (``jobs=0``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tm.checks._base import CatalogRunner, Context, UnitRunner
from tm.model import Finding, Unit

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

__all__ = ["PARALLEL_MIN_UNITS", "run_runners"]

#: Below this many units a catalog is checked in one process: a worker's start (a fork
#: and a pool, ~50 ms) costs more than half the checks of ~2,000 units (~0.25 ms each,
#: measured on the checks benchmark's catalogs) save.
PARALLEL_MIN_UNITS = 2_000
#: Chunks per worker: small enough that a worker slowed by other load leaves its last
#: chunks to the other, large enough that a chunk's result is a few big pickles.
_CHUNKS_PER_WORKER = 4

#: A finding as a worker sends it: (unit's place in the run, rank, check, severity,
#: message, spans).
_Sent = tuple[int, int, str, str, str, tuple[tuple[int, int], ...]]

#: What a forked worker inherits: the run's context, its unit runners and its units.
_STATE: tuple[Context, Sequence[UnitRunner], Sequence[Unit]] | None = None


def _available_cores() -> int:
    """The cores this process may run on (its CPU affinity, else the machine's count)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def run_runners(items: Sequence[Unit], unit_runners: Sequence[UnitRunner],
                catalog_runners: Sequence[CatalogRunner], ctx: Context, jobs: int) -> None:
    """Run *unit_runners* on every unit and then *catalog_runners*, appending the findings
    to ``ctx.findings`` in the order one process would; with *jobs* > 1 worker processes
    (0: one per core this process may use) for a catalog of at least
    :data:`PARALLEL_MIN_UNITS` units."""
    if jobs == 0:
        jobs = _available_cores()
    if jobs > 1 and len(items) >= PARALLEL_MIN_UNITS:
        # Imported here: a small catalog (and every test) does not pay for the import.
        from concurrent.futures.process import BrokenProcessPool

        try:
            _run_forked(items, unit_runners, catalog_runners, ctx, jobs)
            return
        except (OSError, BrokenProcessPool):  # no fork, or a worker died: check them here
            del ctx.findings[:]
    _run_units(items, unit_runners, ctx)
    for catalog_run in catalog_runners:
        catalog_run(items, ctx)


def _run_units(units: Sequence[Unit], unit_runners: Sequence[UnitRunner], ctx: Context) -> None:
    """Run every per-unit check on *units* in this process, reporting into *ctx*."""
    for unit in units:
        for run in unit_runners:
            run(unit, ctx)


def _run_forked(items: Sequence[Unit], unit_runners: Sequence[UnitRunner],
                catalog_runners: Sequence[CatalogRunner], ctx: Context, jobs: int) -> None:
    """The unit runners in *jobs* forked workers, the catalog runners here meanwhile."""
    global _STATE
    # Each unit's glossary terms are looked up once, here, before the fork: the workers
    # inherit them, and the whole-catalog readings that need every unit's terms (the
    # names a catalog keeps, the consistency checks) do not look them up again.
    for unit in items:
        ctx.term_hits(unit)
    size = -(-len(items) // (jobs * _CHUNKS_PER_WORKER))
    bounds = [(start, min(start + size, len(items))) for start in range(0, len(items), size)]
    _STATE = (ctx, unit_runners, items)
    try:
        with _pool(jobs) as pool:
            chunks = [pool.submit(_check_chunk, start, end) for start, end in bounds]
            for catalog_run in catalog_runners:
                catalog_run(items, ctx)
            catalog_findings = ctx.findings[:]
            del ctx.findings[:]
            for chunk in chunks:
                ctx.findings.extend((at, rank, Finding(check_id, severity, message, items[at],
                                                       spans))
                                    for at, rank, check_id, severity, message, spans
                                    in chunk.result())
    finally:
        _STATE = None
    ctx.findings.extend(catalog_findings)


def _pool(jobs: int) -> ProcessPoolExecutor:
    """*jobs* workers forked from this process (OSError where a process cannot fork)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if "fork" not in multiprocessing.get_all_start_methods():
        raise OSError("this platform cannot fork")
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"))


def _check_chunk(start: int, end: int) -> list[_Sent]:
    """In a worker: the findings of the units from *start* to *end*, as plain tuples."""
    assert _STATE is not None, "a chunk is checked in a forked worker only"
    ctx, unit_runners, items = _STATE
    del ctx.findings[:]
    _run_units(items[start:end], unit_runners, ctx)
    return [(ctx.order[id(finding.unit)], rank, finding.check, finding.severity,
             finding.message, finding.spans) for _, rank, finding in ctx.findings]
