"""A CSV in a legacy Chinese encoding read with the wrong --encoding (R4-12).

A GBK file read as latin-1 decoded without an error (every byte is a
character) and its Chinese column went into the memory as mojibake; a Big5
file read as GBK was reported at line 1 (the header) because the decoder failed
on the first 8 KiB before any line was read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_tm
from tm.errors import ParseError
from tm.formats.tabular import read_csv

ROWS = {"gb18030": "source,target\nSaved.,保存成功。\nNo network connection.,没有网络连接。\n",
        "big5": "source,target\nSaved.,儲存成功。\nNo network connection.,沒有網路連線。\n"}


@pytest.mark.parametrize(("written", "declared"), [("gb18030", "latin-1"),
                                                   ("gb18030", "cp1252"),
                                                   ("big5", "latin-1")])
def test_a_chinese_column_read_with_a_single_byte_encoding_is_refused(
        tmp_path: Path, written: str, declared: str) -> None:
    path = tmp_path / "vendor.csv"
    path.write_bytes(ROWS[written].encode(written))
    with pytest.raises(ParseError) as caught:
        list(read_csv(path, encoding=declared))
    assert caught.value.line == 2
    assert f"--encoding {written}" in str(caught.value), str(caught.value)
    db = tmp_path / "m.db"
    result = run_tm("import", str(path), "--db", str(db), "--encoding", declared)
    assert result.code == 2 and result.err.startswith(f"tm: error: {path}:2: the zh-CN text ")
    assert [u.target for u in read_csv(path, encoding=written)] == \
        [line.split(",")[1] for line in ROWS[written].splitlines()[1:]]


def test_accented_latin_text_is_not_taken_for_misread_chinese(tmp_path: Path) -> None:
    # Portuguese 'ção' is two high bytes in a row (a GB18030 character); in the source
    # column, or a short accented word in a Chinese column, it proves nothing.
    path = tmp_path / "pt.csv"
    path.write_bytes("source,target\nInformação e organização.,Informação\n"
                     "Café,Café\n".encode("latin-1"))
    units = list(read_csv(path, encoding="latin-1"))
    assert units[0].source == "Informação e organização." and units[1].target == "Café"


def test_a_bad_byte_in_a_legacy_encoding_names_its_own_line(tmp_path: Path) -> None:
    path = tmp_path / "b5.csv"
    rows = "source,target\n" + "".join(f"Row {i}.,Row {i}.\n" for i in range(400)) \
        + "Open the file.,開啟檔案。\n"
    path.write_bytes(rows.encode("big5"))
    with pytest.raises(ParseError) as caught:
        list(read_csv(path, encoding="gbk"))
    assert caught.value.line == 402, str(caught.value)
    assert len(list(read_csv(path, encoding="big5"))) == 401
    cr = tmp_path / "mac.csv"                       # classic Mac line ends: CR alone
    cr.write_bytes("source,target\rOpen.,打开。\rSave.,保存。\r".encode("gbk"))
    assert [u.target for u in read_csv(cr, encoding="gbk")] == ["打开。", "保存。"]
