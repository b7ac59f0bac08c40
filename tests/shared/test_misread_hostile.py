"""Red-team pass 2 (2026-12-06): UTF-8 read with a wrong --encoding is refused, not stored.

``tm import e.csv --encoding latin-1`` on a UTF-8 file imported ``å¬å¼`` for
``公式`` and, as a changed translation, replaced the good one in the memory,
exit 0.  Files really in the encoding given still read.  Named for the class of
defect it guards against; fails on the code before its fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tm
from conftest import run_tm

ROWS = [("Hello world.", "你好，世界。"), ("Café au lait.", "咖啡牛奶。"), ("Formula.", "公式")]


def _csv(path: Path, encoding: str) -> Path:
    body = "source,target\n" + "".join(f"{s},{t}\n" for s, t in ROWS)
    path.write_bytes(body.encode(encoding))
    return path


@pytest.mark.parametrize("wrong", ["latin-1", "cp1252", "koi8-r", "mac-roman"])
def test_utf8_read_with_another_encoding_never_replaces_good_translations(
        tmp_path: Path, wrong: str) -> None:
    db = tmp_path / "x.db"
    path = _csv(tmp_path / "e.csv", "utf-8")
    assert run_tm("import", str(path), "--db", str(db)).code == 0
    result = run_tm("import", str(path), "--db", str(db), "--encoding", wrong)
    assert result.code == 2, result.err
    assert result.err.startswith(f"tm: error: {path}:") and result.err.count("\n") == 1
    if wrong != "cp1252":       # cp1252 itself fails on some UTF-8 bytes (0x81, 0x8d ...)
        assert result.err.startswith(f"tm: error: {path}:2: this text is UTF-8"), result.err
    with tm.TranslationMemory.open(db, readonly=True) as memory:
        assert sorted((u.source, u.target) for u in memory.units()) == sorted(ROWS)


def test_text_read_with_another_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "zh.txt"
    path.write_text("第一句话。第二句话。\n", encoding="utf-8")
    result = run_tm("segment", str(path), "--encoding", "latin-1")
    assert result.code == 2 and "this text is UTF-8" in result.err, result.err


@pytest.mark.parametrize("encoding", ["gbk", "big5", "gb18030", "shift_jis", "latin-1"])
def test_files_really_in_the_encoding_given_still_read(tmp_path: Path, encoding: str) -> None:
    rows = ROWS if encoding != "latin-1" else [("Café au lait.", "Café crème."), ("Déjà.", "Vu.")]
    if encoding == "shift_jis":
        rows = [("Hello world.", "こんにちは、世界。"), ("Formula.", "公式")]
    if encoding == "big5":
        rows = [("Hello world.", "你好，世界。"), ("Formula.", "公式")]
    path = tmp_path / "e.csv"
    path.write_bytes(("source,target\n" + "".join(f"{s},{t}\n" for s, t in rows))
                     .encode(encoding))
    db = tmp_path / "x.db"
    result = run_tm("import", str(path), "--db", str(db), "--encoding", encoding)
    assert result.code == 0, result.err
    with tm.TranslationMemory.open(db, readonly=True) as memory:
        assert sorted((u.source, u.target) for u in memory.units()) == sorted(rows)
