"""memoQ's context props hold a whole ``<seg>`` (REDTEAM12 I-10).

memoQ writes a unit's neighbours as ``<prop type="x-context-pre">&lt;seg&gt;…&lt;/seg&gt;
</prop>``; read as plain text the wrapper became part of the neighbour, so
no memoQ unit ever matched in context (a sentence translated two ways in one
memoQ memory was then never told apart by its place).
"""

from __future__ import annotations

from pathlib import Path

from conftest import run_tm
from tm.formats import read_units

_TMX = """<?xml version="1.0" encoding="utf-8"?>
<tmx version="1.4">
  <header creationtool="memoQ" creationtoolversion="9.12.8" segtype="sentence"
          o-tmf="memoQTM" adminlang="en-us" srclang="en-us" datatype="unknown"/>
  <body>
    <tu creationdate="20230301T101010Z" changedate="20230301T101010Z">
      <prop type="x-document">leaflet.docx</prop>
      <prop type="x-context-pre">&lt;seg&gt;Drain &lt;ph x="1"&gt;%s&lt;/ph&gt;.&lt;/seg&gt;</prop>
      <prop type="x-context-post">&lt;seg&gt;Close the lid.&lt;/seg&gt;</prop>
      <tuv xml:lang="en-us"><seg>Rinse it.</seg></tuv>
      <tuv xml:lang="zh-cn"><seg>冲洗滤网。</seg></tuv>
    </tu>
    <tu creationdate="20230301T101011Z" changedate="20230301T101011Z">
      <prop type="x-document">leaflet.docx</prop>
      <prop type="x-context-pre">&lt;seg&gt;Wipe the jug.&lt;/seg&gt;</prop>
      <prop type="x-context-post">&lt;seg&gt;&lt;/seg&gt;</prop>
      <tuv xml:lang="en-us"><seg>Rinse it.</seg></tuv>
      <tuv xml:lang="zh-cn"><seg>冲洗水壶。</seg></tuv>
    </tu>
  </body>
</tmx>
"""
_HEAD = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
         '"Language: zh_CN\\n"\n\n')


def test_the_neighbours_are_the_text_of_the_segs(tmp_path: Path) -> None:
    path = tmp_path / "memoq.tmx"
    path.write_text(_TMX, encoding="utf-8")
    assert [(u.prev, u.next) for u in read_units(path)] == [
        ("Drain %s.", "Close the lid."), ("Wipe the jug.", "")]


def test_a_memoq_unit_fills_the_entry_between_its_neighbours(tmp_path: Path) -> None:
    path = tmp_path / "memoq.tmx"
    path.write_text(_TMX, encoding="utf-8")
    db = tmp_path / "m.db"
    assert run_tm("import", str(path), "--db", str(db)).code == 0
    pot = tmp_path / "leaflet.pot"
    pot.write_text(_HEAD + '#, c-format\nmsgid "Drain %s."\nmsgstr ""\n\n'
                   'msgid "Rinse it."\n'
                   'msgstr ""\n\nmsgid "Close the lid."\nmsgstr ""\n', encoding="utf-8")
    result = run_tm("pretranslate", str(pot), "--db", str(db))
    assert result.code == 0, result.err
    assert 'msgid "Rinse it."\nmsgstr "冲洗滤网。"' in result.out
    assert "#, fuzzy" not in result.out
