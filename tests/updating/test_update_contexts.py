"""Red-team pass 8 (R7-1 continued): tm update keeps a program's msgctxt on every entry kind.

A PO made by xgettext or Weblate gives a few messages a gettext context
(``msgctxt "menu"``).  A kept entry kept it, but an edited one (its sentence
revised in the new source) lost it: the fuzzy entry came out without msgctxt,
and the old entry, carried by the suggestion, was not kept obsolete either, so
the context was gone from the file.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from conftest import run_tm

HEADER = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: zh_CN\\n"

'''


def _update(tmp_path: Path, po_text: str, new_source: str) -> polib.POFile:
    po = tmp_path / "prog.po"
    po.write_text(HEADER + po_text, encoding="utf-8")
    source = tmp_path / "new.txt"
    source.write_text(new_source, encoding="utf-8")
    result = run_tm("update", str(source), "--po", str(po))
    assert result.code == 0, result.err
    if shutil.which("msgfmt"):
        subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], check=True)
    return polib.pofile(str(po))


def test_an_edited_entry_keeps_its_programs_context(tmp_path: Path) -> None:
    po = _update(tmp_path, '#: ui.c:3\nmsgctxt "toolbar"\nmsgid "Print the page."\n'
                           'msgstr "打印页面。"\n\nmsgid "Close."\nmsgstr "关闭。"\n',
                 "Print the whole page.\nClose.\n")
    edited = next(e for e in po if e.msgid == "Print the whole page.")
    assert "fuzzy" in edited.flags and edited.msgstr == "打印页面。"
    assert edited.msgctxt == "toolbar"
    assert edited.previous_msgid == "Print the page."
    assert next(e for e in po if e.msgid == "Close.").msgctxt is None


def test_a_split_entry_keeps_the_context_on_each_part(tmp_path: Path) -> None:
    po = _update(tmp_path, 'msgctxt "dialog"\nmsgid "Save your work and quit the editor now."\n'
                           'msgstr "保存工作并立即退出编辑器。"\n',
                 "Save your work. Quit the editor now.\n")
    active = [e for e in po if not e.obsolete]
    assert len(active) == 2, [e.msgid for e in active]
    assert {e.msgctxt for e in active} == {"dialog"}


def test_merged_entries_keep_every_context(tmp_path: Path) -> None:
    po = _update(tmp_path, 'msgctxt "menu"\nmsgid "Export the chart."\nmsgstr "导出图表。"\n\n'
                           'msgctxt "toolbar"\nmsgid "Use the PNG format."\n'
                           'msgstr "使用 PNG 格式。"\n',
                 "Export the chart, using the PNG format.\n")
    contexts = {e.msgctxt for e in po}
    assert {"menu", "toolbar"} <= contexts, [(e.msgctxt, e.msgid, e.obsolete) for e in po]


def test_tms_own_disambiguating_id_is_not_a_context(tmp_path: Path) -> None:
    # tm gives a sentence's second translation its id as msgctxt; that id belongs to
    # the old sentence and must not stick to the revised one.
    po = _update(tmp_path, '#. id: s0badcafe\nmsgid "Open the door."\nmsgstr "开门。"\n\n'
                           '#. id: s0badcafe-2\nmsgctxt "s0badcafe-2"\nmsgid "Open the door."\n'
                           'msgstr "打开门。"\n',
                 "Open the front door.\n")
    assert all(not (e.msgctxt or "").startswith("s0badcafe") for e in po if not e.obsolete)


@pytest.mark.skipif(shutil.which("msgmerge") is None, reason="GNU gettext not installed")
def test_msgmerge_matches_the_edited_entry_against_the_programs_new_template(
        tmp_path: Path) -> None:
    po = tmp_path / "prog.po"
    _update(tmp_path, 'msgctxt "toolbar"\nmsgid "Print the page."\nmsgstr "打印页面。"\n',
            "Print the whole page.\n")
    pot = tmp_path / "prog.pot"
    pot.write_text(HEADER + 'msgctxt "toolbar"\nmsgid "Print the whole page."\nmsgstr ""\n',
                   encoding="utf-8")
    merged = subprocess.run(["msgmerge", "-q", "-o", "-", str(po), str(pot)], check=True,
                            capture_output=True, text=True).stdout
    entry = next(e for e in polib.pofile(merged) if e.msgid == "Print the whole page.")
    assert entry.msgctxt == "toolbar" and entry.msgstr == "打印页面。"


def test_a_po_whose_every_entry_has_its_own_context_keeps_them(tmp_path: Path) -> None:
    # Qt (class names) and Android (string keys) give every message a context; such a PO
    # was taken for tm's former layout (sentence ids as msgctxt) and the context of
    # every revised sentence was replaced by an id.
    po = _update(tmp_path, 'msgctxt "MainWindow"\nmsgid "Quit the program."\n'
                           'msgstr "退出程序。"\n\n'
                           'msgctxt "PrintDialog"\nmsgid "Print two copies."\n'
                           'msgstr "打印两份。"\n',
                 "Quit the program.\nPrint three copies.\n")
    contexts = {e.msgid: e.msgctxt for e in po if not e.obsolete}
    assert contexts == {"Quit the program.": "MainWindow", "Print three copies.": "PrintDialog"}


def test_the_summary_counts_a_revived_entry_that_is_still_fuzzy(tmp_path: Path) -> None:
    # User trial T15: a revived obsolete entry that was fuzzy stays fuzzy, and the
    # summary said "2 kept, 0 fuzzy" while msgfmt --statistics counted one fuzzy.
    po = tmp_path / "prog.po"
    po.write_text(HEADER + 'msgid "Close."\nmsgstr "关闭。"\n\n#, fuzzy\n#~| msgid "Lock it now."\n'
                           '#~ msgid "Lock it."\n#~ msgstr "现在锁定。"\n', encoding="utf-8")
    source = tmp_path / "new.txt"
    source.write_text("Close.\nLock it.\n", encoding="utf-8")
    result = run_tm("update", str(source), "--po", str(po))
    assert result.code == 0, result.err
    assert "2 kept (1 revived), 0 fuzzy, 0 new, 0 obsolete; 1 kept entry is still fuzzy" \
        in result.err, result.err
