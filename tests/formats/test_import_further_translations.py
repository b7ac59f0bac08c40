"""A file that translates one sentence in two ways keeps both through ``tm import`` (REDTEAM12 I-1).

OmegaT's project memory holds a default and an alternative translation of a
sentence, a memoQ or Trados TMX the same sentence from two documents, and tm's
own export of a memory two files fed holds both their translations.  The memory
keeps one unit per sentence and file, so the last translation replaced the
others on import: the default translation was lost and OmegaT's alternative,
made for one place, was served as a final 100 % match everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import run_tm
from tm.memory import TranslationMemory
from tm.model import Unit

_POT_HEAD = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
             '"Language: zh_CN\\n"\n\n')

#: How OmegaT writes project_save.tmx: defaults, then alternatives bound to neighbours.
_OMEGAT = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext"
          creationtoolversion="6.0.0" segtype="sentence" srclang="EN-US"/>
  <body>
<!-- Default translations -->
    <tu>
      <tuv lang="EN-US"><seg>Print the page.</seg></tuv>
      <tuv lang="ZH-CN"><seg>打印页面。</seg></tuv>
    </tu>
<!-- Alternative translations -->
    <tu>
      <prop type="file">toolbar.txt</prop>
      <prop type="prev">Preview</prop>
      <prop type="next">Quit</prop>
      <tuv lang="EN-US"><seg>Print the page.</seg></tuv>
      <tuv lang="ZH-CN"><seg>打印本页</seg></tuv>
    </tu>
  </body>
</tmx>
"""


def _targets(db: Path, source: str) -> list[str]:
    with TranslationMemory.open(db) as memory:
        return sorted(u.target for u in memory.units() if u.source == source)


def _import(*files: Path, db: Path) -> str:
    result = run_tm("import", *map(str, files), "--db", str(db))
    assert result.code == 0, result.err
    return result.out


def _two_file_memory(tmp_path: Path) -> Path:
    """A memory fed by two files that translate "Shut down." differently."""
    (tmp_path / "one.tsv").write_text("source\ttarget\nShut down.\t关机。\n", encoding="utf-8")
    (tmp_path / "two.tsv").write_text("source\ttarget\nShut down.\t关闭。\n", encoding="utf-8")
    db = tmp_path / "both.db"
    _import(tmp_path / "one.tsv", tmp_path / "two.tsv", db=db)
    assert _targets(db, "Shut down.") == ["关机。", "关闭。"]
    return db


@pytest.mark.parametrize("fmt", ["po", "tmx", "xliff", "csv", "tsv"])
def test_an_export_of_two_translations_imports_both_into_a_new_memory(
        tmp_path: Path, fmt: str) -> None:
    db = _two_file_memory(tmp_path)
    exported = tmp_path / f"backup.{'xlf' if fmt == 'xliff' else fmt}"
    result = run_tm("export", "--db", str(db), "--format", fmt, "-o", str(exported))
    assert result.code == 0, result.err
    fresh = tmp_path / "fresh.db"
    _import(exported, db=fresh)
    assert _targets(fresh, "Shut down.") == ["关机。", "关闭。"]


def test_a_memory_exported_and_imported_again_stops_growing(tmp_path: Path) -> None:
    db = _two_file_memory(tmp_path)
    sizes = []
    for round_ in range(3):
        for fmt in ("po", "tmx"):
            out = tmp_path / f"round{round_}.{fmt}"
            assert run_tm("export", "--db", str(db), "-o", str(out)).code == 0
            _import(out, db=db)
            with TranslationMemory.open(db) as memory:
                sizes.append(len(memory))
    # The further translation comes back once under its own context; never again.
    assert sizes[1:] == [sizes[0]] * (len(sizes) - 1)
    assert _targets(db, "Shut down.")[-1] == "关闭。"


def test_a_table_that_repeats_a_sentence_keeps_each_translation_once(tmp_path: Path) -> None:
    table = tmp_path / "glossary.csv"
    table.write_text("source,target\nBank,银行\nBank,河岸\nBank,银行\nBank,岸边\n",
                     encoding="utf-8")
    db = tmp_path / "m.db"
    _import(table, db=db)
    assert _targets(db, "Bank") == ["岸边", "河岸", "银行"]
    assert "0 new or changed" in _import(table, db=db)   # the same file again: nothing new


def test_omegat_alternative_translation_is_kept_and_served_only_in_its_place(
        tmp_path: Path) -> None:
    tmx = tmp_path / "project_save.tmx"
    tmx.write_text(_OMEGAT, encoding="utf-8")
    db = tmp_path / "m.db"
    _import(tmx, db=db)
    assert _targets(db, "Print the page.") == ["打印本页", "打印页面。"]
    pot = tmp_path / "toolbar.pot"
    pot.write_text(_POT_HEAD + 'msgid "Preview"\nmsgstr ""\n\nmsgid "Print the page."\n'
                   'msgstr ""\n\nmsgid "Quit"\nmsgstr ""\n', encoding="utf-8")
    placed = run_tm("pretranslate", str(pot), "--db", str(db))
    assert placed.code == 0, placed.err
    assert 'msgid "Print the page."\nmsgstr "打印本页"' in placed.out   # its neighbours: exact
    alone = tmp_path / "other.pot"
    alone.write_text(_POT_HEAD + 'msgid "Print the page."\nmsgstr ""\n', encoding="utf-8")
    elsewhere = run_tm("pretranslate", str(alone), "--db", str(db))
    assert elsewhere.code == 0, elsewhere.err
    # Elsewhere the two translations are rivals: a suggestion, never a final one.
    assert "#, fuzzy" in elsewhere.out and "the memory also has" in elsewhere.out


def test_only_a_files_further_translations_of_one_sentence_and_context_are_told_apart() -> None:
    """The memory tells them apart in every add (tm.memory._further), as tm import did."""
    units = [Unit("Open", "打开", origin="a.tmx:3"), Unit("Open", "打开", origin="a.tmx:9"),
             Unit("Open", "开放", origin="a.tmx:12"), Unit("Open", "开放", origin="b.tmx:2"),
             Unit("Open", "未结", context="status", origin="a.tmx:20"),
             Unit("Open", "待处理", context="status", origin="a.tmx:21"),
             Unit("Open", "公开", origin="a.tmx:30"),
             Unit("Open", "開啟", origin="a.tmx:40", target_lang="zh-TW")]
    with TranslationMemory.open() as memory:
        memory.add(units)
        assert sorted((u.target, u.context, u.origin.path) for u in memory.units()) == [
            ("公开", "translation 2-2", "a.tmx"), ("开放", "", "b.tmx"),
            ("开放", "translation 2", "a.tmx"), ("待处理", "status-2", "a.tmx"),
            ("打开", "", "a.tmx"), ("未结", "status", "a.tmx"), ("開啟", "", "a.tmx")]


def test_a_further_translation_the_memory_holds_does_not_cost_the_files_first_one(
        tmp_path: Path) -> None:
    """The memory already holds OmegaT's alternative (from a table): the project memory's
    default translation of the sentence still goes in (it replaced it before)."""
    table = tmp_path / "earlier.tsv"
    table.write_text("source\ttarget\nPrint the page.\t打印本页\n", encoding="utf-8")
    tmx = tmp_path / "project_save.tmx"
    tmx.write_text(_OMEGAT, encoding="utf-8")
    db = tmp_path / "m.db"
    _import(table, db=db)
    _import(tmx, db=db)
    assert _targets(db, "Print the page.")[-1] == "打印页面。"
    assert set(_targets(db, "Print the page.")) == {"打印本页", "打印页面。"}


def test_an_obsolete_entry_does_not_replace_the_current_translation_of_its_msgid(
        tmp_path: Path) -> None:
    """A catalog whose obsolete entry repeats an active msgid (Weblate and hand edits
    leave them; msgfmt refuses the pair): the obsolete translation replaced the
    current one on ``--include-obsolete``, and was served as the final 100 %."""
    po = tmp_path / "zh_CN.po"
    po.write_text(_POT_HEAD + 'msgid "Export"\nmsgstr "导出"\n\n#~ msgid "Export"\n'
                  '#~ msgstr "输出"\n', encoding="utf-8")
    db = tmp_path / "m.db"
    result = run_tm("import", str(po), "--db", str(db), "--include-obsolete")
    assert result.code == 0, result.err
    with TranslationMemory.open(db) as memory:
        assert sorted((u.target, u.context) for u in memory.units()) == [
            ("导出", ""), ("输出", "translation 2")]


def test_holds_tells_a_stored_pair_whatever_file_said_it(location: str) -> None:
    """TranslationMemory.holds, which tm import asks of a further translation: the pair's
    source, target, context and languages (regions of one language alike), on each backend."""
    with TranslationMemory.open(location) as memory:
        memory.add([Unit("Shut down.", "关机。", origin="one.po:3", target_lang="zh_CN"),
                    Unit("Shut down.", "关闭。", context="menu", origin="two.po:8")])
        assert memory.holds(Unit("Shut down.", "关机。", origin="other.tmx:1"))
        assert memory.holds(Unit("Shut down.", "关闭。", context="menu"))
        assert not memory.holds(Unit("Shut down.", "关闭。"))             # another context
        assert not memory.holds(Unit("Shut down.", "关机"))               # another target
        assert not memory.holds(Unit("Shut down.", "關機。", target_lang="zh-TW"))


def _tmx_of(*targets: str) -> str:
    tus = "".join(f'<tu><tuv xml:lang="en"><seg>Save the file.</seg></tuv>'
                  f'<tuv xml:lang="zh-CN"><seg>{t}</seg></tuv></tu>\n' for t in targets)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" '
            'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" '
            f'datatype="plaintext"/>\n<body>\n{tus}</body></tmx>\n')


def _tsv_of(*targets: str) -> str:
    return "source\ttarget\n" + "".join(f"Save the file.\t{t}\n" for t in targets)


@pytest.mark.parametrize(("name", "content"), [("proj.tmx", _tmx_of), ("proj.tsv", _tsv_of)])
def test_a_reimport_withdraws_a_further_translation_the_file_no_longer_says(
        tmp_path: Path, name: str, content: Callable[..., str]) -> None:
    """Review Z-14: the reviewer deleted the wrong alternative; re-imported, the file says
    one translation, and only that one is served (the made-up 'translation 2' unit stayed
    and was ranked first)."""
    path, db = tmp_path / name, tmp_path / "m.db"
    path.write_text(content("保存文件。", "存盘。"), encoding="utf-8")
    _import(path, db=db)
    assert _targets(db, "Save the file.") == ["保存文件。", "存盘。"]
    assert "0 new or changed" in _import(path, db=db)           # the same file: nothing moves
    path.write_text(content("保存文件。"), encoding="utf-8")
    _import(path, db=db)
    assert _targets(db, "Save the file.") == ["保存文件。"]
    with TranslationMemory.open(db) as memory:
        assert [m.unit.target for m in memory.lookup("Save the file.")] == ["保存文件。"]
    path.write_text(content("存盘。", "保存文件。", "另存。"), encoding="utf-8")
    _import(path, db=db)
    assert _targets(db, "Save the file.") == ["保存文件。", "另存。", "存盘。"]


def test_a_sentence_the_file_dropped_is_withdrawn_with_its_translations(tmp_path: Path) -> None:
    """Red team M-7: a sentence gone from the file goes with every translation the file
    gave it (before, it stayed a trusted 100: the memory knew the file by its name as
    typed, and another project's file of that name must not withdraw it; now it knows
    the file by its resolved path: tests/formats below)."""
    path, db = tmp_path / "proj.tsv", tmp_path / "m.db"
    path.write_text(_tsv_of("保存文件。", "存盘。"), encoding="utf-8")
    _import(path, db=db)
    path.write_text("source\ttarget\nClose it.\t关闭。\n", encoding="utf-8")
    assert "1 new or changed, 2 withdrawn" in _import(path, db=db)
    assert _targets(db, "Save the file.") == []


def _po(folder: Path, entries: str) -> Path:
    """*folder*/po/zh_CN.po holding *entries*."""
    (folder / "po").mkdir(parents=True, exist_ok=True)
    path = folder / "po" / "zh_CN.po"
    path.write_text(_UI_PO + entries, encoding="utf-8")
    return path


def test_two_projects_files_typed_alike_are_two_files_to_the_memory(tmp_path: Path) -> None:
    """Two projects import po/zh_CN.po from their own folders: the second's Open no longer
    replaces the first's, and one's re-import withdraws nothing of the other's (reviews
    R-21, R-25), while it withdraws what its own file dropped (M-7)."""
    db = tmp_path / "m.db"
    one, two = tmp_path / "one", tmp_path / "two"
    _po(one, 'msgid "Open"\nmsgstr "开放"\n\nmsgid "Close"\nmsgstr "关闭"\n')
    _po(two, 'msgid "Open"\nmsgstr "打开"\n')
    for folder in (one, two):
        result = run_tm("import", "po/zh_CN.po", "--db", str(db), cwd=folder)
        assert result.code == 0, result.err
    assert _targets(db, "Open") == ["开放", "打开"]
    _po(one, 'msgctxt "menu"\nmsgid "Open"\nmsgstr "打开"\n')
    assert run_tm("import", "po/zh_CN.po", "--db", str(db), cwd=one).code == 0
    with TranslationMemory.open(db) as memory:
        assert sorted((u.source, u.target, u.context) for u in memory.units()) == [
            ("Open", "打开", ""), ("Open", "打开", "menu")]


def test_a_source_id_keeps_a_file_one_file_wherever_it_is_checked_out(tmp_path: Path) -> None:
    """CI checks a project out in a new folder every run: with --source-id the file is
    the same file to the memory, so its re-import supersedes the last one; two files
    that would be one are refused."""
    db = tmp_path / "m.db"
    first = _po(tmp_path / "run1", 'msgid "Open"\nmsgstr "开放"\n\nmsgid "Close"\nmsgstr "关闭"\n')
    result = run_tm("import", str(first.parent), "--source-id", "web", "--db", str(db))
    assert result.code == 0, result.err
    second = _po(tmp_path / "run2", 'msgid "Open"\nmsgstr "打开"\n')
    result = run_tm("import", str(second.parent), "--source-id", "web", "--db", str(db))
    assert result.code == 0, result.err
    assert (_targets(db, "Open"), _targets(db, "Close")) == (["打开"], [])
    result = run_tm("import", str(first), str(second), "--source-id", "web", "--db", str(db))
    assert result.code == 2 and "would be one file to the memory (web:zh_CN.po)" in result.err


def test_a_whole_file_withdraws_the_further_translations_it_no_longer_says(location: str) -> None:
    """add(whole_files=True), which tm import uses, on each backend: a file that now gives a
    sentence fewer translations leaves the others; a unit another file also says passes
    to it, and a translation another file stored loses only the file's listing."""
    with TranslationMemory.open(location) as memory:
        memory.add([Unit("Quit.", "结束。", origin="b.tmx:9")])
        memory.add([Unit("Save.", "保存。", origin="a.tmx:3"),
                    Unit("Save.", "存盘。", origin="a.tmx:4"),
                    Unit("Save.", "储存。", origin="a.tmx:5"),
                    Unit("Quit.", "退出。", origin="a.tmx:6"),
                    Unit("Quit.", "结束。", origin="a.tmx:7")], whole_files=True)
        memory.add([Unit("Save.", "存盘。", context="translation 2", origin="c.tmx:1")])
        assert sorted((u.target, u.context) for u in memory.units()) == [
            ("保存。", ""), ("储存。", "translation 2-2"), ("存盘。", "translation 2"),
            ("结束。", ""), ("退出。", "")]
        assert memory.add([Unit("Save.", "保存。", origin="a.tmx:3"),
                           Unit("Quit.", "退出。", origin="a.tmx:6")], whole_files=True) == 1
        assert sorted((u.target, str(u.origin)) for u in memory.units()) == [
            ("保存。", "a.tmx:3"), ("存盘。", "c.tmx:1"), ("结束。", "b.tmx:9"),
            ("退出。", "a.tmx:6")]
        assert memory.remove_origin("b.tmx") == 1     # a.tmx no longer says 结束
        # another project's a.tmx (reviews ): an entry of another context, or
        # another source, withdraws nothing of this one's
        assert memory.add([Unit("Save.", "保存。", context="menu", origin="a.tmx:3"),
                           Unit("Print.", "打印。", origin="a.tmx:1")], whole_files=True) == 2
        assert sorted((u.target, u.context, str(u.origin)) for u in memory.units()) == [
            ("保存。", "", "a.tmx:3"), ("保存。", "menu", "a.tmx:3"),
            ("存盘。", "translation 2", "c.tmx:1"), ("打印。", "", "a.tmx:1"),
            ("退出。", "", "a.tmx:6")]
        # standard input is no file: one piped file never withdraws another's units
        memory.add([Unit("Help.", "帮助。", origin="-"), Unit("Help.", "求助。", origin="-")],
                   whole_files=True)
        memory.add([Unit("Help.", "帮助。", origin="-")], whole_files=True)
        assert sorted(u.target for u in memory.units() if u.origin.path == "-") == [
            "帮助。", "求助。"]


_UI_PO = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Language: zh_CN\\n"\n\n')


@pytest.mark.parametrize(("extra", "options", "kept"), [
    ("", (), ["打开"]),                  # M-7: the old translation goes
    ('#~ msgid "Open"\n#~ msgstr "开放"\n', (), ["开放", "打开"]),   # msgmerge's obsolete copy
    ('#~ msgid "Open"\n#~ msgstr "开放"\n', ("--include-obsolete",), ["开放", "打开"]),
    # a fuzzy entry left out holds its own sentence, not the others
    ('#, fuzzy\nmsgid "Opened"\nmsgstr "已打开"\n', ("--skip-fuzzy",), ["打开"]),
    ('#, fuzzy\nmsgid "Open"\nmsgstr "开放"\n', ("--skip-fuzzy",), ["开放", "打开"]),
])
def test_a_reimported_po_withdraws_only_what_the_file_no_longer_has(
        tmp_path: Path, extra: str, options: tuple[str, ...], kept: list[str]) -> None:
    """REDTEAM12 M-7: ui.po said Open -> 开放; the reviewer gave the entry a context and the
    right translation (msgctxt "menu", 打开); re-imported, 开放 stayed a trusted 100 beside
    the fix.  The memory now knows the file by its resolved path (another project's
    app.po is another file), so the import withdraws it.  A translation the file still
    carries and this import leaves out (an obsolete #~ entry, a fuzzy one under
    --skip-fuzzy) is never withdrawn (the lead, 20:51); the entries it no longer carries
    are, whatever else the file holds."""
    po, db = tmp_path / "ui.po", tmp_path / "m.db"
    po.write_text(_UI_PO + 'msgid "Open"\nmsgstr "开放"\n', encoding="utf-8")
    _import(po, db=db)
    po.write_text(_UI_PO + 'msgctxt "menu"\nmsgid "Open"\nmsgstr "打开"\n\n' + extra,
                  encoding="utf-8")
    result = run_tm("import", str(po), "--db", str(db), *options)
    assert result.code == 0, result.err
    assert _targets(db, "Open") == kept


def test_an_entry_left_out_holds_its_own_sentence_and_the_rest_of_the_import_is_whole(
        tmp_path: Path) -> None:
    """Before: one obsolete (#~) entry in any PO of an import, or --skip-fuzzy, made the
    whole import withdraw nothing, so every file of it kept serving the entries it had
    dropped as trusted 100s (msgmerge leaves #~ entries in most catalogs).  Now only the
    sentences such entries hold keep their translations."""
    one, two, db = tmp_path / "a" / "ui.po", tmp_path / "b" / "ui.po", tmp_path / "m.db"
    for po, text in ((one, 'msgid "Quit"\nmsgstr "退出"\n\nmsgid "Save"\nmsgstr "保存"\n'),
                     (two, 'msgid "Help"\nmsgstr "帮助"\n\nmsgid "Undo"\nmsgstr "撤消"\n'
                           '\nmsgid "Redo"\nmsgstr "重做"\n')):
        po.parent.mkdir()
        po.write_text(_UI_PO + text, encoding="utf-8")
    assert run_tm("import", str(one), str(two), "--db", str(db)).code == 0
    one.write_text(_UI_PO + 'msgid "Save"\nmsgstr "保存"\n\n#~ msgid "Quit"\n#~ msgstr "退出"\n',
                   encoding="utf-8")   # Quit made obsolete by msgmerge: still carried
    two.write_text(_UI_PO + 'msgid "Help"\nmsgstr "帮助"\n\n#, fuzzy\nmsgid "Undo"\n'
                   'msgstr "撤销"\n', encoding="utf-8")   # Redo dropped, Undo fuzzy now
    result = run_tm("import", str(one), str(two), "--db", str(db), "--skip-fuzzy")
    assert result.code == 0, result.err
    assert "1 withdrawn" in result.out
    assert [_targets(db, s) for s in ("Quit", "Save", "Help", "Undo", "Redo")] == [
        ["退出"], ["保存"], ["帮助"], ["撤消"], []]
