"""Red-team pass 2 (2026-12-06): a CSV/TSV read with an --encoding that does not fit is one line.

``tm import e.csv --encoding utf-16`` on a file without a BOM raised a
``UnicodeError`` traceback (the codec fails without saying where, and only
UnicodeDecodeError was caught).  Named for the class of defect it guards against;
fails on the code before its fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_tm


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-8", "gb18030", "big5"])
def test_an_encoding_that_does_not_fit_the_file_is_a_one_line_error(
        tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "e.csv"
    path.write_bytes("source,target\nHello.,你好。\n".encode("utf-16-le")[:-1] + b"\xff\xfe")
    result = run_tm("import", str(path), "--db", str(tmp_path / "x.db"), "--encoding", encoding)
    assert result.code == 2, result.err
    assert result.err.startswith(f"tm: error: {path}:") and result.err.count("\n") == 1, result.err
    assert not (tmp_path / "x.db").exists()
