"""tm.check(jobs=N): a large catalog's units checked in worker processes give the same report.

The report is compared finding for finding (check, severity, message, spans, the unit
itself and the order) with the one-process run, on a catalog with findings of the
per-unit checks, the consistency checks and the glossary checks in every chunk.
"""

from __future__ import annotations

import os

import pytest

import tm.checks._parallel as parallel
from tm import Term, Unit, check
from tm.glossary import Glossary

GLOSSARY = Glossary.from_terms([
    Term("tide table", ("潮汐表",)),
    Term("harbour master", ("港务长",)),
    Term("ferry pier", ("渡轮码头",), forbidden=("轮渡码头",)),
])

#: (source, target) pairs: correct ones and ones each check family reports.
PAIRS = [
    ("The tide table lists 12 high tides.", "潮汐表列出了12次高潮。"),
    ("The tide table lists 12 high tides.", "潮汐表列出了21次高潮。"),         # numbers
    ("Ask the harbour master at the ferry pier.", "请向轮渡码头的港务长咨询。"),  # forbidden
    ("Ask the harbour master.", "请咨询码头负责人。"),                          # term-missing
    ("Boarding closes at %s.", "登船于%d截止。"),                              # placeholders
    ("Ferries leave every 40 minutes.", "渡轮每40分钟一班"),                     # punctuation
    ("Tickets (cash only).", "票（仅收现金。"),                                # brackets
    ("Check the Weather", "Check the Weather"),                               # untranslated
    ("Open <b>daily</b>.", "每天<b>开放。"),                                    # markup
    ("Harbor View", "海港景观"),
    ("Harbor View", "港湾景色"),                                               # inconsistent
    (" Gate 3", "3号闸口"),                                                    # whitespace
]


def _catalog(size: int) -> list[Unit]:
    """*size* units cycling through PAIRS, each with its own context and line."""
    return [Unit(*PAIRS[i % len(PAIRS)], context=f"u{i}") for i in range(size)]


def _report(units: list[Unit], jobs: int) -> list[tuple[object, ...]]:
    at = {id(u): i for i, u in enumerate(units)}
    return [(at[id(f.unit)], f.check, f.severity, f.message, f.spans)
            for f in check(units, GLOSSARY, jobs=jobs)]


@pytest.fixture
def small_catalogs_in_parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let a test-sized catalog take the parallel path."""
    monkeypatch.setattr(parallel, "PARALLEL_MIN_UNITS", 1)


@pytest.mark.usefixtures("small_catalogs_in_parallel")
def test_workers_give_the_one_process_report(monkeypatch: pytest.MonkeyPatch) -> None:
    units = _catalog(5 * len(PAIRS) + 3)
    serial = _report(units, 1)
    forked: list[int] = []
    run_forked = parallel._run_forked

    def counted(*args: object) -> None:
        forked.append(1)
        run_forked(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel, "_run_forked", counted)
    assert {row[1] for row in serial} >= {"numbers", "term-forbidden", "term-missing",
                                          "placeholders", "punctuation", "brackets",
                                          "untranslated", "markup", "whitespace",
                                          "segment-inconsistent"}
    assert _report(units, 2) == serial
    assert _report(units, 3) == serial
    assert _report(units, 0) == serial  # one per core
    assert len(forked) >= 2


@pytest.mark.usefixtures("small_catalogs_in_parallel")
def test_the_findings_name_the_callers_units() -> None:
    units = _catalog(2 * len(PAIRS))
    found = check(units, GLOSSARY, jobs=2)
    assert found and all(any(f.unit is u for u in units) for f in found)


@pytest.mark.usefixtures("small_catalogs_in_parallel")
def test_without_fork_the_units_are_checked_in_this_process(
        monkeypatch: pytest.MonkeyPatch) -> None:
    units = _catalog(3 * len(PAIRS))
    serial = _report(units, 1)

    def refuse(jobs: int) -> None:
        raise OSError("fork refused")

    monkeypatch.setattr(parallel, "_pool", refuse)
    assert _report(units, 2) == serial


def test_a_small_catalog_is_checked_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a small catalog started workers")

    monkeypatch.setattr(parallel, "_run_forked", refuse)
    units = _catalog(len(PAIRS))
    assert _report(units, 2) == _report(units, 1)


@pytest.mark.usefixtures("small_catalogs_in_parallel")
def test_a_dead_worker_leaves_the_units_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    units = _catalog(3 * len(PAIRS))
    serial = _report(units, 1)

    monkeypatch.setattr(parallel, "_check_chunk", _die)
    assert _report(units, 2) == serial


def _die(start: int, end: int) -> None:
    """A worker killed mid-chunk (out of memory, a signal)."""
    os._exit(3)
