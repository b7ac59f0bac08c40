"""Red-team pass 2 (2026-12-06): an untrusted XLIFF cannot crash the reader.

100,000 nested ``<g>`` in one ``<source>`` (a 1.3 MB file) made ``tm import`` and
``tm check`` die with a RecursionError traceback in the inline-code walk.  Named
for the class of defect it guards against; fails on the code before its fix.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_tm

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
        'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
        'source-language="en" target-language="zh-CN" datatype="plaintext"><body>\n')


#: Levels of nesting: ten times Python's default recursion limit, so a walk without the
#: bound still dies of RecursionError (checked by removing the bound); the red team's
#: 100,000 cost 0.3 CPU s a case in parsing alone, for the same verdict.
_NESTED = 10_000


@pytest.mark.parametrize("element", ['<g id="a">', "<mrk mtype=\"x\">", '<bpt id="1">'])
@pytest.mark.parametrize("command", ["import", "check"])
def test_inline_codes_nested_without_bound_are_a_one_line_error(
        tmp_path: Path, element: str, command: str) -> None:
    tag = element[1:].split(" ", 1)[0].rstrip(">")
    deep = element * _NESTED + "x" + f"</{tag}>" * _NESTED
    path = tmp_path / "deep.xlf"
    path.write_text(f'{HEAD}<trans-unit id="1"><source>Fine.</source><target>好。</target>'
                    f'</trans-unit>\n<trans-unit id="2"><source>{deep}</source><target>y</target>'
                    "</trans-unit></body></file></xliff>\n", encoding="utf-8")
    args = [command, str(path)] + (["--db", str(tmp_path / "x.db")] if command == "import"
                                   else [])
    result = run_tm(*args)
    assert result.code == 2, result.err[-500:]
    # The second trans-unit starts on line 4 of the file (HEAD's two lines, then one each).
    assert result.err.startswith(f"tm: error: {path}:4: ") and result.err.count("\n") == 1
    assert "nested" in result.err


def test_ordinary_nesting_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "ok.xlf"
    opening, closing = '<g id="a">' * 20, "</g>" * 20
    path.write_text(f'{HEAD}<trans-unit id="1"><source>{opening}Bold{closing}.</source>'
                    "<target>粗体。</target></trans-unit></body></file></xliff>\n",
                    encoding="utf-8")
    result = run_tm("import", str(path), "--db", str(tmp_path / "x.db"))
    assert result.code == 0, result.err


#: (state, state-qualifier) -> whether the target is a finished translation, per XLIFF 1.2.
STATES = [
    ("translated", ""), ("final", ""), ("signed-off", ""), ("", ""),
    ("new", ""), ("needs-translation", ""), ("needs-adaptation", ""), ("needs-l10n", ""),
    ("needs-review-translation", ""), ("needs-review-adaptation", ""), ("needs-review-l10n", ""),
    ("translated", "mt-suggestion"), ("needs-adaptation", "fuzzy-match"),
    ("translated", "leveraged-mt"), ("final", "mt-suggestion"), ("translated", "exact-match"),
]


@pytest.mark.parametrize(("state", "qualifier"), STATES)
def test_a_target_its_tool_marks_unfinished_is_never_a_trusted_translation(
        tmp_path: Path, state: str, qualifier: str) -> None:
    # memoQ, Trados and OmegaT pre-fill untranslated targets with a copy of the
    # source (state="needs-translation") or a machine translation: they were
    # imported trusted, so pretranslate offered the English copy as a final 100%.
    finished = state in ("translated", "final", "signed-off", "") and (
        not qualifier or qualifier == "exact-match" or state in ("final", "signed-off"))
    attrs = (f' state="{state}"' if state else "") + (
        f' state-qualifier="{qualifier}"' if qualifier else "")
    path = tmp_path / "a.xlf"
    path.write_text(f'{HEAD}<trans-unit id="1"><source>Save the file.</source>'
                    f'<target{attrs}>Save the file.</target></trans-unit>'
                    "</body></file></xliff>\n", encoding="utf-8")
    db = str(tmp_path / "m.db")
    assert run_tm("import", str(path), "--db", db).code == 0
    hit = json.loads(run_tm("lookup", "Save the file.", "--db", db, "--format", "json").out)
    match = hit["results"]["matches"][0]
    assert match["trusted"] is finished, (state, qualifier, match)


def test_an_xliff_export_imported_back_adds_no_unit(tmp_path: Path) -> None:
    # REDTEAM4 R6-2: a unit without a context was written with a made-up id (u1, u2 …),
    # which the reader took for its context: importing the export back into the memory
    # it came from added every such unit again (7 units became 11).
    import tm
    from tm.formats.xliff import read_xliff, write_xliff

    units = [tm.Unit("Open the file.", "打开文件。"), tm.Unit("Save.", "保存。", context="menu"),
             tm.Unit("u1", "优一")]
    db, xlf = str(tmp_path / "m.db"), tmp_path / "m.xlf"
    with tm.TranslationMemory.open(db) as memory:
        memory.add(units)
        write_xliff(memory.units(), xlf)
    assert [(u.source, u.context) for u in read_xliff(xlf)] == [
        (u.source, u.context) for u in units]
    assert run_tm("import", str(xlf), "--db", db).code == 0
    with tm.TranslationMemory.open(db, readonly=True) as memory:
        assert len(memory) == len(units)


SEGMENTED = HEAD + '''<trans-unit id="p1">
<source><g id="1">One sentence. Two sentence. Three.</g></source>
<seg-source><g id="1"><mrk mtype="seg" mid="1">One sentence.</mrk> <mrk mtype="seg" mid="2">Two \
sentence.</mrk> <mrk mtype="seg" mid="3">Three.</mrk></g></seg-source>
<target><g id="1"><mrk mtype="seg" mid="1">一句。</mrk> <mrk mtype="seg" mid="2"></mrk>\
<mrk mtype="seg" mid="3">三。</mrk></g></target>{defs}
</trans-unit>
</body></file></xliff>
'''
SDL_DEFS = ('<sdl:seg-defs xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"><sdl:seg id="1" '
            'conf="ApprovedTranslation"/><sdl:seg id="3" conf="Draft"/></sdl:seg-defs>')


def test_a_paragraph_translated_in_part_is_never_one_trusted_unit(tmp_path: Path) -> None:
    # REDTEAM4 R6-6: Okapi/Trados/memoQ divide a paragraph into <mrk mtype="seg"> segments;
    # the reader joined them, so a paragraph whose second sentence was still untranslated
    # became ONE trusted unit: both sentences -> the first one's translation (100%, final).
    from tm.formats.xliff import read_xliff

    path = tmp_path / "seg.xlf"
    path.write_text(SEGMENTED.format(defs=""), encoding="utf-8")
    units = list(read_xliff(path))
    assert [(u.source, u.target, u.fuzzy) for u in units] == [
        ("One sentence.", "一句。", False), ("Two sentence.", "", False), ("Three.", "三。", False)]
    assert {u.context for u in units} == {"p1"}
    path.write_text(SEGMENTED.format(defs=SDL_DEFS), encoding="utf-8")  # Trados: per segment
    assert [u.fuzzy for u in read_xliff(path)] == [False, False, True]
    db = str(tmp_path / "m.db")
    assert run_tm("import", str(path), "--db", db).code == 0
    found = run_tm("lookup", "One sentence. Two sentence. Three.", "--db", db, "--format",
                   "json")
    assert all(m["score"] < 100 for m in json.loads(found.out)["results"]["matches"])


@pytest.mark.parametrize(("namespace", "version"), [("2.0", "2.0"), ("2.0", "2.1")])
def test_another_xliff_version_is_named_in_the_refusal(
        tmp_path: Path, namespace: str, version: str) -> None:
    # REDTEAM4 R6-14: XLIFF 2.0 (or 1.1) was "not an XLIFF 1.2 file (expected <xliff> in
    # namespace …)", which does not tell the translator what they have or what to do.
    # (XLIFF 1.1 and 1.0 are read since T70: tests/formats/test_xliff_versions.py.)
    path = tmp_path / "job.xlf"
    path.write_text(f'<?xml version="1.0"?>\n<xliff version="{version}" '
                    f'xmlns="urn:oasis:names:tc:xliff:document:{namespace}"/>\n',
                    encoding="utf-8")
    result = run_tm("import", str(path), "--db", str(tmp_path / "m.db"))
    assert result.code == 2
    assert f"an XLIFF {version} file; tm reads XLIFF 1.0, 1.1 and 1.2" in result.err
    assert result.err.count("\n") == 1


@pytest.mark.parametrize(("approved", "state", "fuzzy"), [
    ('approved="no"', "", True), ('approved="no"', ' state="translated"', True),
    ('approved="no"', ' state="final"', True), ('approved=" No "', "", True),
    ('approved="yes"', "", False), ("", ' state="translated"', False), ("", "", False),
    ('approved="yes"', ' state="needs-review-translation"', True),
])
def test_a_unit_its_tool_marks_not_approved_is_fuzzy(
        tmp_path: Path, approved: str, state: str, fuzzy: bool) -> None:
    # REDTEAM5 R8-1: Translate Toolkit (Pootle, Weblate) marks a draft translation
    # approved="no" on the trans-unit, not by the target's state; it was read as a
    # finished translation and became a trusted 100% match.
    from tm.formats.xliff import read_xliff

    seg = ('<seg-source><mrk mtype="seg" mid="1">Print it.</mrk></seg-source>'
           f'<target{state}><mrk mtype="seg" mid="1">打印。</mrk></target>')
    path = tmp_path / "a.xlf"
    path.write_text(f'{HEAD}<trans-unit id="1" {approved}><source>Close the lid.</source>'
                    f'<target{state}>合上盖子。</target></trans-unit>\n'
                    f'<trans-unit id="2" {approved}><source>Print it.</source>{seg}'
                    "</trans-unit></body></file></xliff>\n", encoding="utf-8")
    units = list(read_xliff(path))
    assert [(u.target, u.fuzzy) for u in units] == [("合上盖子。", fuzzy), ("打印。", fuzzy)]


def test_an_automatic_alignment_is_never_approved_in_xliff(tmp_path: Path) -> None:
    # User trial T10: tm align --format xliff wrote approved="yes" on every bead, a wrong
    # pair (a byline against a date) included; Okapi, memoQ and Trados take approved="yes"
    # for a translation a reviewer signed off, and lock or confirm it.
    from tm.formats.xliff import read_xliff

    out = tmp_path / "article.xlf"
    result = run_tm("align", "locales/en/article.txt", "locales/zh_CN/article.txt",
                    "--format", "xliff", "-o", str(out))
    assert result.code == 0, result.err
    text = out.read_text(encoding="utf-8")
    assert text.count("<trans-unit ") > 5 and "approved=" not in text
    assert 'state="translated"' in text
    units = list(read_xliff(out))
    assert any(u.target and not u.fuzzy for u in units)     # still read as translations


def test_an_exported_memory_is_approved_as_before(tmp_path: Path) -> None:
    # Translate Toolkit (Pootle, Weblate) reads a unit without approved="yes" as fuzzy.
    import tm

    db, out = str(tmp_path / "m.db"), tmp_path / "m.xlf"
    with tm.TranslationMemory.open(db) as memory:
        memory.add([tm.Unit("Open the file.", "打开文件。")])
    assert run_tm("export", "--db", db, "-o", str(out)).code == 0
    assert 'approved="yes"' in out.read_text(encoding="utf-8")


def test_a_trans_unit_named_in_a_comment_does_not_shift_the_lines(tmp_path: Path) -> None:
    # User trial T25: origins are the lines the trans-units start on; a "<trans-unit" in a
    # comment would pair every unit with the wrong line, so the units are numbered then.
    from tm.formats.xliff import read_xliff

    unit = '<trans-unit id="{0}"><source>One {0}.</source><target>一。</target></trans-unit>\n'
    path = tmp_path / "c.xlf"
    path.write_text(HEAD + unit.format("a") + "\n\n" + unit.format("b") +
                    "</body></file></xliff>\n", encoding="utf-8")
    assert [u.origin.line for u in read_xliff(path)] == [3, 6]
    path.write_text(HEAD + "<!-- <trans-unit> -->\n" + unit.format("a") +
                    "</body></file></xliff>\n", encoding="utf-8")
    assert [u.origin.line for u in read_xliff(path)] == [1]


MEMOQ = ('<?xml version="1.0" encoding="utf-8"?>\n'
         '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff" version="1.2">\n'
         '<file original="guide.docx" source-language="en-us" '
         'target-language="zh-cn" datatype="x-docx"><body>\n'
         '<trans-unit id="1" mq:status="{}"><source>Fold the map twice.</source>'
         '<target>把地图对折两次。</target></trans-unit>\n</body></file></xliff>\n')


@pytest.mark.parametrize(("status", "trusted"), [
    ("ManuallyConfirmed", True), ("Reviewer2Confirmed", True), ("Pretranslated", False),
    ("MachineTranslated", False), ("Edited", False), ("Rejected", False)])
def test_a_memoq_segment_nobody_confirmed_is_fuzzy(tmp_path: Path, status: str,
                                                   trusted: bool) -> None:
    # R9-3: memoQ writes no XLIFF state, only mq:status; a machine-translated or rejected
    # segment was imported as a trusted, final 100% match.
    path, db = tmp_path / "guide.mqxliff", tmp_path / "m.db"
    path.write_text(MEMOQ.format(status), encoding="utf-8")
    assert run_tm("import", str(path), "--db", str(db), "-q").code == 0
    result = run_tm("lookup", "Fold the map twice.", "--db", str(db), "--format", "json")
    match = json.loads(result.out)["results"]["matches"][0]
    assert (match["score"], match["trusted"]) == ((100.0, True) if trusted else (99.0, False))


LOCKED = ('<?xml version="1.0" encoding="utf-8"?>\n'
          '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
          '<file original="app.html" source-language="en" target-language="zh-CN" '
          'datatype="html"><body>\n'
          '<trans-unit id="a" translate="no"><source>npm install</source>'
          '<target>npm install</target></trans-unit>\n'
          '<group id="g" translate="no">\n'
          '<trans-unit id="b"><source>Leave this line as it is.</source>'
          '<target>Leave this line as it is.</target></trans-unit>\n'
          '<group id="h" translate="yes">\n'
          '<trans-unit id="c"><source>Run the installer.</source>'
          '<target>运行安装程序。</target></trans-unit>\n'
          '</group></group>\n'
          '<trans-unit id="d"><source>Restart the computer.</source>'
          '<target>重启计算机。</target></trans-unit>\n'
          '</body></file></xliff>\n')


def test_units_not_for_translation_are_neither_imported_nor_checked(tmp_path: Path) -> None:
    # R9-7: translate="no" units (code, locked text; on the unit or on a group around it)
    # were imported as trusted pairs source -> source and reported "untranslated" by tm check.
    from tm.formats.xliff import read_xliff

    path = tmp_path / "app.xlf"
    path.write_text(LOCKED, encoding="utf-8")
    units = list(read_xliff(path))
    assert [(u.context, u.origin.line) for u in units] == [("c", 8), ("d", 10)]
    result = run_tm("check", str(path))
    assert result.code == 0 and "untranslated" not in result.out, result.out
