"""Red-team pass 13 (REDTEAM13.md): what other tools (gettext) say of the files tm writes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import run_tm
from tm.formats.po import read_po

#: Pairs a TMX brings from software strings that gettext refuses as translated: a line
#: break at one end of one side only, a c-format placeholder dropped.
_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence"
 o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>Saved.
</seg></tuv><tuv xml:lang="zh-CN"><seg>已保存。</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>The pump stopped.</seg></tuv><tuv xml:lang="zh-CN"><seg>泵停了。
</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Copy %s now</seg></tuv>
 <tuv xml:lang="zh-CN"><seg>立即复制</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Move %s now</seg></tuv>
 <tuv xml:lang="zh-CN"><seg>立即移动%s</seg></tuv></tu>
</body></tmx>
"""
_POT = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Saved.\\n"
msgstr ""

#, c-format
msgid "Copy %s now"
msgstr ""

#, c-format
msgid "Move %s now"
msgstr ""
"""


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="GNU gettext is not installed")
def test_a_pair_msgfmt_refuses_is_filled_as_a_suggestion_and_said_on_export(
        tmp_path: Path) -> None:
    # J-1: tm pretranslate filled such exact matches as final: `msgfmt -c` (every build's
    # check) failed on tm's PO.  They are fuzzy now, the reason in a comment; a match msgfmt
    # accepts stays final.  J-2: tm export wrote such pairs without a word.
    (tmp_path / "strings.tmx").write_text(_TMX, encoding="utf-8")
    (tmp_path / "app.pot").write_text(_POT, encoding="utf-8")
    db = str(tmp_path / "m.db")
    assert run_tm("import", str(tmp_path / "strings.tmx"), "--db", db).code == 0
    pre, export = tmp_path / "zh_CN.po", tmp_path / "all.po"
    assert run_tm("pretranslate", str(tmp_path / "app.pot"), "--db", db, "-o", str(pre)).code == 0
    exported = run_tm("export", "--db", db, "-o", str(export))
    # the export writes the memory's pairs as stored (export -> import is identity) and
    # says which msgfmt -c will refuse
    assert "2 units with a line break at the start or end of one side only" in exported.err
    # J-6: tm update --db filled such a memory match into a new sentence's entry as final
    (tmp_path / "doc.txt").write_text("The pump stopped.\n", encoding="utf-8")
    updated = tmp_path / "doc.po"
    updated.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                       '"Language: zh_CN\\n"\n', encoding="utf-8")
    assert run_tm("update", str(tmp_path / "doc.txt"), "--po", str(updated), "--db", db).code == 0
    for out in (pre, updated):
        proc = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(out)],
                              capture_output=True, text=True, check=False)
        assert proc.returncode == 0, proc.stderr
    pump = next(e for e in read_po(updated) if e.msgid == "The pump stopped.")
    assert "fuzzy" in pump.flags and "line break ends one side only" in pump.comment
    filled = {e.msgid: e for e in read_po(pre)}
    assert "fuzzy" in filled["Saved.\n"].flags and "line break ends" in filled["Saved.\n"].comment
    assert "fuzzy" in filled["Copy %s now"].flags
    assert "placeholders differ" in filled["Copy %s now"].comment
    assert "fuzzy" not in filled["Move %s now"].flags and filled["Move %s now"].msgstr
