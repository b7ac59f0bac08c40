"""Nothing a translator wrote is lost by tm update, even on an entry with no translation (R4-3).

An untranslated entry can hold a translator comment and, in a PO made by
tm align, the Chinese text no English sentence paired with (``#. unaligned
zh: ...``).  When its sentence is edited the comment and the text go to the
entry that replaces it; when it is deleted the entry stays obsolete with them
as translator comments (gettext keeps no ``#.`` on an obsolete entry).  An
untranslated entry with nothing of the translator's is still dropped, as
msgmerge drops it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from tm.formats import UNALIGNED_NOTE
from tm.formats.po import format_po
from tm.updating import update, update_file

_CREDIT = "Photos by Ana Ruiz | Edited: June 8, 2025"
_CREDIT_ZH = "摄影：安娜·鲁伊斯 | 编辑：2025年6月8日"
_NOTE = "credit line: the magazine prints it in English"


def _old_po() -> polib.POFile:
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "zh_CN"}
    po.append(polib.POEntry(msgid="The bridge opened in spring.", msgstr="大桥于春季通车。"))
    po.append(polib.POEntry(msgid=_CREDIT, msgstr="", tcomment=_NOTE,
                            comment=f"bead 1-0 score 1.00\n{UNALIGNED_NOTE}{_CREDIT_ZH}"))
    po.append(polib.POEntry(msgid="Traffic was light on the first day.", msgstr="首日车流不多。"))
    po.append(polib.POEntry(msgid="An empty line nobody commented on.", msgstr=""))
    return po


def _everything(po: polib.POFile) -> str:
    return format_po(po)


def test_an_edited_sentence_takes_the_notes_of_its_untranslated_entry() -> None:
    new = ["The bridge opened in spring.", "Photos by Ana Ruiz | Edited: June 9, 2025",
           "Traffic was light on the first day."]
    result = update(new, _old_po())
    entry = next(e for e in result.po if e.msgid.startswith("Photos"))
    assert not entry.obsolete and entry.msgstr == ""
    assert entry.tcomment == _NOTE
    assert f"{UNALIGNED_NOTE}{_CREDIT_ZH}" in entry.comment.split("\n")
    assert "bead 1-0" not in entry.comment  # the aligner's note described the old pairing
    assert not any(e.obsolete and e.msgid == _CREDIT for e in result.po)  # not twice


def test_a_deleted_untranslated_entry_with_notes_stays_obsolete_with_them() -> None:
    new = ["The bridge opened in spring.", "Traffic was light on the first day."]
    text = _everything(update(new, _old_po()).po)
    assert f"# {_NOTE}\n# {UNALIGNED_NOTE}{_CREDIT_ZH}\n#~ msgid \"{_CREDIT}\"" in text
    assert "An empty line nobody commented on." not in text  # nothing to keep: dropped
    again = polib.pofile(text)
    kept = next(e for e in again if e.obsolete and e.msgid == _CREDIT)
    assert _CREDIT_ZH in kept.tcomment


def test_the_notes_survive_a_second_update_and_msgfmt(tmp_path: Path) -> None:
    if shutil.which("msgfmt") is None:
        pytest.skip("GNU gettext is not installed")
    po_path = tmp_path / "doc.po"
    po_path.write_text(format_po(_old_po()), encoding="utf-8")
    source = tmp_path / "doc.txt"
    source.write_text("The bridge opened in spring.\n\nTraffic was light on the first day.\n",
                      encoding="utf-8")
    update_file(source, po_path)
    update_file(source, po_path)  # the obsolete entry read back and written again
    text = po_path.read_text(encoding="utf-8")
    assert text.count(_CREDIT_ZH) == 1 and text.count(_NOTE) == 1
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po_path)], check=True)


def test_a_translated_obsolete_entry_keeps_its_unaligned_text() -> None:
    old = _old_po()
    old[0].comment = f"{UNALIGNED_NOTE}（记者 周一）"
    text = _everything(update(["Traffic was light on the first day."], old).po)
    assert f"# {UNALIGNED_NOTE}（记者 周一）\n#~ msgid \"The bridge opened in spring.\"" in text


def test_the_po_writer_keeps_an_untranslated_obsolete_entry_only_with_a_comment() -> None:
    po = polib.pofile(format_po(_old_po()))
    for entry in po:
        entry.obsolete = True
    text = format_po(po)
    assert _CREDIT in text and "An empty line nobody commented on." not in text
