"""User trial T7: a memory's inline codes and the plain-text formats.

A TMX unit ``You have <ph x="1"/> unread messages.`` exported to PO or CSV came
out as ``You have  unread messages.`` without a word, and ``tm lookup`` showed the
target with a hole; a translator copying it produced 您有条未读消息。.  PO and
CSV cannot carry the codes: tm export now says how many units lost them and
which formats keep them, and tm lookup shows the target with its codes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_tm

TMX = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" '
       'creationtool="x" creationtoolversion="1" datatype="plaintext" segtype="sentence" '
       'adminlang="en" o-tmf="x"/><body>\n<tu><tuv xml:lang="en"><seg>Delete <ph x="1"/> '
       'old files?</seg></tuv><tuv xml:lang="zh-CN"><seg>删除<ph x="1"/>个旧文件？</seg></tuv>'
       '</tu>\n<tu><tuv xml:lang="en"><seg>Close.</seg></tuv><tuv xml:lang="zh-CN"><seg>关闭。'
       "</seg></tuv></tu>\n</body></tmx>\n")


@pytest.fixture
def memory(tmp_path: Path) -> str:
    path = tmp_path / "codes.tmx"
    path.write_text(TMX, encoding="utf-8")
    db = str(tmp_path / "m.db")
    assert run_tm("import", str(path), "--db", db).code == 0
    return db


@pytest.mark.parametrize(("name", "warned"), [("out.po", True), ("out.csv", True),
                                              ("out.tsv", True), ("out.tmx", False),
                                              ("out.xlf", False)])
def test_an_export_that_cannot_carry_inline_codes_says_so(
        tmp_path: Path, memory: str, name: str, warned: bool) -> None:
    result = run_tm("export", "--db", memory, "-o", str(tmp_path / name))
    assert result.code == 0, result.err
    warnings = [line for line in result.err.splitlines() if line.startswith("tm: warning:")]
    if warned:
        assert len(warnings) == 1 and "1 unit holds inline codes" in warnings[0], result.err
        assert "export TMX or XLIFF" in warnings[0]
    else:
        assert warnings == [], result.err


def test_lookup_shows_the_target_with_its_codes(memory: str) -> None:
    result = run_tm("lookup", "Delete 3 old files?", "--db", memory)
    assert result.code == 0, result.err
    assert 'with its inline codes: 删除<ph x="1"' in result.out, result.out
