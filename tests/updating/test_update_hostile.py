"""Red-team pass 4 (2026-12-06): what a translator's PO holds survives ``tm update``.

Each test is named for the class of defect it guards against and fails on the
code before its fix.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from conftest import run_tm
from tm.updating import update, update_file

FUZZY_WITH_PREVIOUS = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: zh_CN\\n"

#, fuzzy
#| msgid "The quick brown fox jumps over a lazy dog."
msgid "The quick brown fox jumps over the lazy dog."
msgstr "敏捷的棕色狐狸跳过了一只懒狗。"

msgid "It was a sunny day."
msgstr "那天阳光明媚。"
'''


def _entry(po: polib.POFile, msgid: str) -> polib.POEntry:
    return next(e for e in po if e.msgid == msgid and not e.obsolete)


def test_an_entry_still_fuzzy_keeps_the_previous_msgid_its_translation_was_made_for() -> None:
    # msgmerge keeps the old '#|' of an entry that is already fuzzy: the
    # translation was made for that sentence, not for the one the translator
    # has not reviewed yet, and the reviewer diffs against it.
    result = update("The quick red fox jumps over the lazy dog. It was a rainy day.\n",
                    polib.pofile(FUZZY_WITH_PREVIOUS))
    edited = _entry(result.po, "The quick red fox jumps over the lazy dog.")
    assert "fuzzy" in edited.flags
    assert edited.msgstr == "敏捷的棕色狐狸跳过了一只懒狗。"
    assert edited.previous_msgid == "The quick brown fox jumps over a lazy dog."
    reviewed = _entry(result.po, "It was a rainy day.")  # not fuzzy before: its own msgid
    assert reviewed.previous_msgid == "It was a sunny day."


REVIVABLE = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Active one."
msgstr "活动。"

# translator note
#, c-format
#~ msgid "Old one."
#~ msgstr "旧的。"
'''


def test_a_sentence_back_in_the_source_revives_its_obsolete_entry_as_active(
        tmp_path: Path) -> None:
    # The plan said "revived" (counted as kept) but the entry was copied with its
    # obsolete mark: the sentence had no active entry, so the compiled catalogue
    # lacked it and the translator never saw it in the editor.
    po = tmp_path / "a.po"
    po.write_text(REVIVABLE, encoding="utf-8")
    source = tmp_path / "a.txt"
    source.write_text("Old one. Active one.\n", encoding="utf-8")
    result = update_file(source, po)
    assert [c.kind for c in result.changes] == ["revived", "kept"]
    entries = [(e.msgid, e.msgstr, bool(e.obsolete)) for e in polib.pofile(str(po))]
    assert entries == [("Old one.", "旧的。", False), ("Active one.", "活动。", False)]
    revived = polib.pofile(str(po))[0]
    assert revived.tcomment == "translator note" and "c-format" in revived.flags
    if shutil.which("msgfmt"):
        mo = tmp_path / "a.mo"
        subprocess.run(["msgfmt", "-c", "-o", str(mo), str(po)], check=True)
        assert "旧的。".encode() in mo.read_bytes()


def test_an_in_place_update_keeps_the_files_windows_line_ends(tmp_path: Path) -> None:
    # A PO saved on Windows (CRLF) came back with LF line ends: every line of the
    # file changed in the translator's version control, hiding the real changes.
    po = tmp_path / "a.po"
    po.write_bytes(REVIVABLE.replace("\n", "\r\n").encode("utf-8"))
    source = tmp_path / "a.txt"
    source.write_text("Old one. Active one. A new one.\n", encoding="utf-8")
    update_file(source, po)
    data = po.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n") > 10, data[:200]
    assert [e.msgid for e in polib.pofile(str(po))] == ["Old one.", "Active one.", "A new one."]
    if shutil.which("msgfmt"):
        subprocess.run(["msgfmt", "-c", "-o", os.devnull, str(po)], check=True)
    elsewhere = tmp_path / "b.po"  # a new file is written as gettext writes: LF
    po.write_bytes(REVIVABLE.replace("\n", "\r\n").encode("utf-8"))
    update_file(source, po, output=elsewhere)
    assert b"\r" not in elsewhere.read_bytes()


POT = ('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
       'msgid "Old one."\nmsgstr ""\n')
TMX = ('<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en"/><body><tu>'
       '<tuv xml:lang="en"><seg>Old one.</seg></tuv></tu></body></tmx>\n')


@pytest.mark.parametrize(("name", "content"), [
    ("new.pot", POT), ("new.txt", "# comment\n\n" + POT), ("new.tmx", TMX), ("new", TMX),
])
def test_a_translation_file_given_as_the_revised_source_is_refused(
        tmp_path: Path, name: str, content: str) -> None:
    # `tm update new.pot --po old.po` (msgmerge's habit) segmented the POT as prose:
    # the PO got entries like 'msgid ""\n"msgstr \"Content-Type…' and every real
    # entry became obsolete, exit 0.
    po = tmp_path / "a.po"
    po.write_text(REVIVABLE, encoding="utf-8")
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    result = run_tm("update", str(source), "--po", str(po))
    assert result.code == 2 and result.err.count("\n") == 1, result.err
    assert result.err.startswith(f"tm: error: {source}: "), result.err
    assert "revised source text" in result.err, result.err
    assert po.read_text(encoding="utf-8") == REVIVABLE


def test_prose_that_mentions_msgid_is_still_a_source(tmp_path: Path) -> None:
    po = tmp_path / "a.po"
    po.write_text(REVIVABLE, encoding="utf-8")
    source = tmp_path / "a.txt"
    source.write_text('Each msgid "text" line starts an entry. Old one.\n', encoding="utf-8")
    assert run_tm("update", str(source), "--po", str(po)).code == 0


@pytest.mark.parametrize("command", ["update", "export"])
def test_a_write_protected_po_is_never_replaced(tmp_path: Path, command: str) -> None:
    # `chmod a-w zh_CN.po; tm update new.txt --po zh_CN.po` replaced the file (the atomic
    # rename needs only a writable folder), and so did any -o onto a protected file;
    # msgmerge -U and editors refuse.
    po = tmp_path / "a.po"
    po.write_text(REVIVABLE, encoding="utf-8")
    po.chmod(0o444)
    source = tmp_path / "a.txt"
    source.write_text("Old one. Active one. A new one.\n", encoding="utf-8")
    if command == "update":
        result = run_tm("update", str(source), "--po", str(po))
    else:
        assert run_tm("import", str(tmp_path / "a.po"), "--db", str(tmp_path / "m.db")).code == 0
        result = run_tm("export", "--db", str(tmp_path / "m.db"), "-o", str(po), "--format", "po")
    assert result.code == 2 and result.err.count("\n") == 1, result.err
    assert result.err.startswith(f"tm: error: {po}: cannot write: the file is write-protected")
    assert po.read_text(encoding="utf-8") == REVIVABLE
    assert os.stat(po).st_mode & 0o777 == 0o444
    po.chmod(0o644)  # writable again: written as before
    assert run_tm("update", str(source), "--po", str(po)).code == 0


@pytest.mark.parametrize("text", ["", "\n\n  \n"])
def test_a_revised_source_without_sentences_is_warned_about(tmp_path: Path, text: str) -> None:
    # An empty or blank source (a failed export, the wrong file) made every entry obsolete
    # with exit 0 and no word beyond the counts.
    po = tmp_path / "a.po"
    po.write_text(REVIVABLE, encoding="utf-8")
    source = tmp_path / "empty.txt"
    source.write_text(text, encoding="utf-8")
    # In place it is refused, the PO left as it is (R4-19); -o writes it elsewhere, warned.
    result = run_tm("update", str(source), "--po", str(po), "--quiet")
    assert result.code == 2 and "shares no sentence" in result.err, result.err
    assert po.read_text(encoding="utf-8") == REVIVABLE
    result = run_tm("update", str(source), "--po", str(po), "-o", str(tmp_path / "b.po"),
                    "--quiet")
    assert result.code == 0
    assert result.err == (f"tm: warning: {source}: the revised source has no sentences; all 2 "
                          f"entries of {po} are now obsolete\n")
    source.write_text("Active one.\n", encoding="utf-8")   # one sentence left: no warning
    po.write_text(REVIVABLE, encoding="utf-8")
    assert run_tm("update", str(source), "--po", str(po), "--quiet").err == ""


def test_an_edited_entry_of_a_po_without_ids_names_its_old_entry_and_keeps_its_notes(
        tmp_path: Path) -> None:
    # REDTEAM4 R6-3: a PO made by Weblate, Poedit or xgettext has no '#. id:' comments:
    # the note of an edited entry said "edited from ?", and the developers' extracted
    # comment ('#. …') of the entry was replaced by that note, lost.
    po = tmp_path / "w.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  "#. Shown when the disk fills up.\n"
                  'msgid "The disk is full and nothing was saved."\n'
                  'msgstr "磁盘已满，什么也没有保存。"\n', encoding="utf-8")
    source = tmp_path / "new.txt"
    source.write_text("The disk is full and nothing could be saved.\n", encoding="utf-8")
    assert run_tm("update", str(source), "--po", str(po)).code == 0
    entry = _entry(polib.pofile(str(po)), "The disk is full and nothing could be saved.")
    assert "fuzzy" in entry.flags and entry.msgstr == "磁盘已满，什么也没有保存。"
    assert "edited from line 5" in entry.comment and "?" not in entry.comment
    assert "Shown when the disk fills up." in entry.comment.split("\n")


@pytest.mark.parametrize("where", ["--po", "-o"])
def test_a_tmx_is_neither_read_nor_written_as_the_po_to_update(tmp_path: Path, where: str) -> None:
    # REDTEAM4 R6-7 (same class): `--po m.tmx` said "m.tmx:1: syntax error"; `-o new.tmx`
    # wrote a PO into new.tmx, exit 0.
    po, tmx = tmp_path / "a.po", tmp_path / "m.tmx"
    po.write_text('msgid "It was a sunny day."\nmsgstr "那天阳光明媚。"\n', encoding="utf-8")
    tmx.write_text('<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en"/><body/>'
                   "</tmx>\n", encoding="utf-8")
    source = tmp_path / "new.txt"
    source.write_text("It was a sunny day.\n", encoding="utf-8")
    args = ["--po", str(tmx)] if where == "--po" else ["--po", str(po), "-o",
                                                         str(tmp_path / "new.tmx")]
    result = run_tm("update", str(source), *args)
    assert result.code == 2 and "merges into a PO or XLIFF file, not TMX" in result.err
    assert not (tmp_path / "new.tmx").exists()


def test_a_translated_entry_with_a_context_and_no_msgid_is_never_dropped(tmp_path: Path) -> None:
    # REDTEAM4 R6-12: `msgctxt "empty"` / `msgid ""` / `msgstr "空"` (valid gettext: msgfmt -c
    # accepts it) was taken for a header and left out of the merged PO: its translation lost.
    po = tmp_path / "c.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  'msgctxt "empty"\nmsgid ""\nmsgstr "空"\n\nmsgid "A."\nmsgstr "甲。"\n',
                  encoding="utf-8")
    source = tmp_path / "new.txt"
    source.write_text("A.\n", encoding="utf-8")
    for _ in range(2):  # and on every later update
        assert run_tm("update", str(source), "--po", str(po)).code == 0
        kept = [e for e in polib.pofile(str(po)) if e.msgctxt == "empty"]
        assert [(e.msgid, e.msgstr) for e in kept] == [("", "空")]


PROGRAM_PO = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: zh_CN\\n"

#: main.c:10
msgid "Open the file."
msgstr "打开文件。"

#: menu.c:3
msgctxt "menu"
msgid "Save the file."
msgstr "保存文件。"

#: main.c:20
msgid "Close the window."
msgstr "关闭窗口。"
'''


def test_a_programs_po_with_one_real_context_keeps_its_other_entries_without_one(
        tmp_path: Path) -> None:
    # Pass 7 (REDTEAM4 observed): one real gettext context ("menu") switched the whole PO
    # to tm's former layout, a sentence id as msgctxt on every other entry; msgmerge and
    # Weblate then match none of them exactly against the program's template.
    po = tmp_path / "prog.po"
    po.write_text(PROGRAM_PO, encoding="utf-8")
    source = tmp_path / "new.txt"
    source.write_text("Open the file.\nSave the file.\nClose the window.\nQuit now.\n",
                      encoding="utf-8")
    assert run_tm("update", str(source), "--po", str(po)).code == 0
    contexts = {e.msgid: e.msgctxt for e in polib.pofile(str(po)) if not e.obsolete}
    assert contexts == {"Open the file.": None, "Save the file.": "menu",
                        "Close the window.": None, "Quit now.": None}
    if shutil.which("msgmerge"):
        pot = tmp_path / "prog.pot"
        pot.write_text(re.sub(r'msgstr "[^"]+"', 'msgstr ""', PROGRAM_PO), encoding="utf-8")
        merged = subprocess.run(["msgmerge", "-q", "-o", "-", str(po), str(pot)],
                                check=True, capture_output=True, text=True).stdout
        assert "fuzzy" not in merged and merged.count('msgstr "') - merged.count('msgstr ""') == 3
