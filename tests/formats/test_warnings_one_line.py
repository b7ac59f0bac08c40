"""Red-team pass 8: a lenient reader's warning reaches the user as one line naming their file.

``tm check`` on a TMX without ``srclang`` printed Python's warning format: tm's
own source path and line (``.../xml/etree/ElementTree.py:1709: TMXWarning: …``)
and a line of library code under it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_tm

TMX = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" '
       'creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" '
       'o-tmf="x"/><body><tu><tuv xml:lang="en"><seg>Hello.</seg></tuv>'
       '<tuv xml:lang="zh-CN"><seg>你好。</seg></tuv></tu></body></tmx>\n')


@pytest.mark.parametrize("command", ["check", "import"])
def test_a_reader_warning_is_one_tm_line(tmp_path: Path, command: str) -> None:
    path = tmp_path / "nosrc.tmx"
    path.write_text(TMX, encoding="utf-8")
    extra = ["--db", str(tmp_path / "m.db")] if command == "import" else []
    result = run_tm(command, str(path), *extra)
    assert result.code == 0, result.err
    lines = [line for line in result.err.splitlines() if "warning" in line.lower()]
    assert lines == [line for line in lines if line.startswith(f"tm: warning: {path}:")]
    assert len(lines) == 1, result.err
    assert ".py:" not in result.err
