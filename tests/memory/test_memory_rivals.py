"""Exact matches that disagree (tm.memory._rivals): one source, several translations.

A memory may translate "Close" as 关闭 (a window) and as 已结清 (an account
state).  A query whose context picks one gets it as the translation; a query
whose context picks none must not get either as final: it is filled fuzzy
with a note naming the others (trial T74).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone

import polib
import pytest

from tm.formats.po import new_po
from tm.memory import TranslationMemory, analyze
from tm.memory._analysis import AnalysisItem
from tm.memory._pretranslate import pretranslate
from tm.model import Unit
from tm.updating import update

CLOSE_WINDOW = Unit("Close", "关闭", context="window")
CLOSE_ACCOUNT = Unit("Close", "已结清", context="loan status")


@pytest.fixture
def memory(location: str) -> Iterator[TranslationMemory]:
    with TranslationMemory.open(location) as tm:
        tm.add([CLOSE_WINDOW, CLOSE_ACCOUNT,
                Unit("Cancel", "取消", context="dialog"), Unit("Cancel", "取消", context="form"),
                Unit("Closed on Sunday", "周日休息")])
        yield tm


def test_a_contested_exact_match_names_the_other_translation_and_is_not_final(
        memory: TranslationMemory) -> None:
    for limit in (1, 2, 5):
        found = memory.lookup("Close", limit=limit)
        exact = [m for m in found if m.score == 100]
        assert exact and all(not m.final for m in exact)
        assert {(m.unit.target, m.alternatives) for m in exact} <= {
            ("关闭", ("已结清",)), ("已结清", ("关闭",))}


def test_the_context_that_picks_one_makes_it_final(memory: TranslationMemory) -> None:
    (best,) = memory.lookup("Close", context="loan status", limit=1)
    assert (best.unit.target, best.in_context, best.alternatives, best.final) == (
        "已结清", True, (), True)


def test_the_same_translation_in_two_contexts_is_no_conflict(memory: TranslationMemory) -> None:
    (best,) = memory.lookup("Cancel", context="toolbar", limit=1)
    assert (best.unit.target, best.alternatives, best.final) == ("取消", (), True)


def test_an_untrusted_other_translation_does_not_contest(location: str) -> None:
    with TranslationMemory.open(location) as tm:
        tm.add([Unit("Save", "保存")])
        tm.add([Unit("Save", "节省", origin="mt.csv:1")], trusted=False)
        (best,) = tm.lookup("Save", limit=1)
    assert (best.unit.target, best.final) == ("保存", True)


def _pot(*entries: polib.POEntry) -> polib.POFile:
    po = new_po({"Project-Id-Version": "bank"})
    for entry in entries:
        po.append(entry)
    return po


def test_pretranslate_fills_a_contested_match_fuzzy_with_the_alternatives_in_its_note(
        memory: TranslationMemory) -> None:
    pot = _pot(polib.POEntry(msgid="Close", msgctxt="tab bar"),
               polib.POEntry(msgid="Other text between them"),
               polib.POEntry(msgid="Close", msgctxt="window"))
    result = pretranslate(pot, memory)
    contested, _, decided = result.po
    assert "fuzzy" in contested.flags and contested.msgstr in {"关闭", "已结清"}
    other = "已结清" if contested.msgstr == "关闭" else "关闭"
    assert f"the memory also has {other}" in contested.comment
    assert (decided.msgstr, decided.flags) == ("关闭", [])
    assert (result.exact, result.fuzzy) == (1, 1)


def test_analyze_counts_a_contested_exact_match_below_exact(memory: TranslationMemory) -> None:
    rows = {r.label: r.segments for r in analyze(
        [AnalysisItem("Close", context="tab bar"), AnalysisItem("Cancel", context="x")],
        memory).rows}
    assert (rows["100%"], rows["95-99%"]) == (1, 1)


def test_update_with_a_memory_leaves_a_contested_match_fuzzy(memory: TranslationMemory) -> None:
    result = update(["Close"], polib.POFile(), memory=memory,
                    now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    (entry,) = [e for e in result.po if e.msgid == "Close"]
    assert "fuzzy" in entry.flags and "the memory also has" in entry.comment
