"""R8-9: a PO entry with both a program's msgctxt and tm's ``#. id:`` comment.

``tm update`` keeps a program's msgctxt ("menu") and adds the sentence id in
``#. id:``; the importer took the id as the unit's context, so the msgctxt
never reached the memory (and ``tm export`` could not write it back).  The id
is a hash of the msgid: the msgctxt is the context that says something.
"""

from __future__ import annotations

import json
from pathlib import Path

import polib

from conftest import run_tm
from tm.formats.po import read_po, units_from_po

HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Language: zh_CN\\n"\n\n')
BOTH = HEADER + ('#. id: s0a1b2c3d\nmsgctxt "toolbar"\nmsgid "Print"\nmsgstr "打印"\n\n'
                 '#. id: s0a1b2c3d-2\nmsgctxt "heading"\nmsgid "Print"\nmsgstr "印刷品"\n\n'
                 '#. id: s99aa00bb\nmsgctxt "s99aa00bb"\nmsgid "Print it."\nmsgstr "打印它。"\n')


def test_the_programs_msgctxt_is_the_units_context(tmp_path: Path) -> None:
    path = tmp_path / "both.po"
    path.write_text(BOTH, encoding="utf-8")
    assert [u.context for u in units_from_po(read_po(path))] == [
        "toolbar", "heading", "s99aa00bb"]  # a sentence id as msgctxt stays an id


def test_import_then_export_keeps_the_msgctxt(tmp_path: Path) -> None:
    path, db, out = tmp_path / "both.po", tmp_path / "m.db", tmp_path / "out.po"
    path.write_text(BOTH, encoding="utf-8")
    assert run_tm("import", str(path), "--db", str(db), "-q").code == 0
    result = run_tm("export", "--db", str(db), "-o", str(out), "--format", "po")
    assert result.code == 0, result.err
    exported = {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(out))}
    assert exported[("toolbar", "Print")] == "打印"
    assert exported[("heading", "Print")] == "印刷品"


def test_a_program_po_updated_by_tm_keeps_its_contexts_through_the_memory(
        tmp_path: Path) -> None:
    po, db = tmp_path / "prog.po", tmp_path / "m.db"
    po.write_text(HEADER + 'msgctxt "toolbar"\nmsgid "Print the page."\nmsgstr "打印本页。"\n',
                  encoding="utf-8")
    source = tmp_path / "new.txt"
    source.write_text("Print the page.\n", encoding="utf-8")
    assert run_tm("update", str(source), "--po", str(po)).code == 0
    updated = polib.pofile(str(po))
    assert updated[0].msgctxt == "toolbar" and "id: s" in updated[0].comment  # both
    assert run_tm("import", str(po), "--db", str(db), "-q").code == 0
    pot = tmp_path / "next.pot"
    pot.write_text(HEADER + 'msgctxt "toolbar"\nmsgid "Print the page."\nmsgstr ""\n',
                   encoding="utf-8")
    result = run_tm("analyze", str(pot), "--db", str(db), "--format", "json")
    assert result.code == 0, result.err
    bands = {b["band"]: b["segments"] for b in json.loads(result.out)["results"]["bands"]}
    assert bands["101%"] == 1  # the same msgctxt in the memory: an in-context match
