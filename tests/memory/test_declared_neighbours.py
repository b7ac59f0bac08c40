"""Neighbours a CAT tool's TMX declares give in-context (101 %) matches (trial T69).

OmegaT stores a context-bound translation with ``prev``/``next`` props, memoQ
with ``x-context-pre``/``x-context-post``; a TMX's own order says nothing about
the document, so those props, not the file's order, are the unit's neighbours.
"""

from __future__ import annotations

from pathlib import Path

from tm.formats.tmx import read_tmx
from tm.memory import TranslationMemory, analyze
from tm.memory._analysis import AnalysisItem

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence"
 adminlang="en" creationtool="test" creationtoolversion="1" o-tmf="x"/>
<body>
<tu>{omegat}<tuv xml:lang="en"><seg>Tap Save.</seg></tuv>
<tuv xml:lang="zh-CN"><seg>点击“保存”。</seg></tuv></tu>
<tu><prop type="x-context-pre">Your draft is ready.</prop><prop type="x-context-post"></prop>
<tuv xml:lang="en"><seg>Send it now?</seg></tuv>
<tuv xml:lang="zh-CN"><seg>现在发送吗？</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Unrelated line between them.</seg></tuv>
<tuv xml:lang="zh-CN"><seg>无关的一行。</seg></tuv></tu>
</body></tmx>
"""
OMEGAT = ('<prop type="prev">Edit the receipt.</prop>'
          '<prop type="next">The receipt is stored.</prop>')


def _memory(tmp_path: Path) -> TranslationMemory:
    path = tmp_path / "cat.tmx"
    path.write_text(TMX.format(omegat=OMEGAT), encoding="utf-8")
    memory = TranslationMemory.open()
    memory.add(read_tmx(str(path)))
    return memory


def test_the_tmx_reader_takes_omegat_and_memoq_neighbour_props(tmp_path: Path) -> None:
    path = tmp_path / "cat.tmx"
    path.write_text(TMX.format(omegat=OMEGAT), encoding="utf-8")
    units = list(read_tmx(str(path)))
    assert [(u.prev, u.next) for u in units] == [
        ("Edit the receipt.", "The receipt is stored."), ("Your draft is ready.", ""),
        (None, None)]
    assert "prev: Edit the receipt." in units[0].note   # nothing lost from the note


def test_declared_neighbours_make_an_in_context_match(tmp_path: Path) -> None:
    memory = _memory(tmp_path)
    (hit,) = memory.lookup("Tap Save.", prev="Edit the receipt.", next="The receipt is stored.")
    assert hit.in_context
    (hit,) = memory.lookup("Send it now?", prev="Your draft is ready.")
    assert hit.in_context


def test_the_file_order_of_a_tmx_with_declared_context_is_no_context(tmp_path: Path) -> None:
    memory = _memory(tmp_path)
    (hit,) = memory.lookup("Tap Save.", next="Send it now?")   # its neighbour in the TMX
    assert not hit.in_context
    (hit,) = memory.lookup("Send it now?", prev="Tap Save.")
    assert not hit.in_context


def test_analyze_counts_a_declared_context_as_101(tmp_path: Path) -> None:
    memory = _memory(tmp_path)
    rows = {r.label: r.segments for r in analyze(
        [AnalysisItem("Send it now?", prev="Your draft is ready.")], memory).rows}
    assert rows["101%"] == 1
