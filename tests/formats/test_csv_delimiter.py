"""Red-team pass 8: a .csv file is comma-, semicolon- or tab-separated; tm reads each.

Excel writes ``;`` between cells wherever the decimal mark is a comma (most of
Europe and Latin America) and still names the file ``.csv``: ``tm import`` and a
``.csv`` glossary refused such a file ("found 1 column").  The delimiter is now
chosen from the file's first rows; when two delimiters split every row, tm says
which it took.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_tm
from rows import every_row
from tm.formats import read_units
from tm.formats.tabular import sniff_delimiter

PO = ('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
      'msgid "Print the invoice."\nmsgstr "打印帐单。"\n')


@pytest.mark.parametrize("sep", [";", "\t", ","])
def test_a_csv_in_any_spreadsheet_delimiter_is_read(tmp_path: Path, sep: str) -> None:
    # Cells hold a comma as text (an English clause, a note), so the first
    # delimiter seen on a line is not the answer.
    quote = '"' if sep == "," else ""
    rows = [f"{quote}Tap Send, then wait.{quote}{sep}轻点“发送”，然后等待。{sep}"
            f"{quote}buttons, mobile{quote}",
            f"Close{sep}关闭{sep}", f"{quote}Yes, delete it{quote}{sep}是，删除{sep}x"]
    path = tmp_path / "excel.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-8-sig"))
    warned: list[str] = []
    units = list(read_units(path, on_warning=warned.append))
    assert [(u.source, u.target) for u in units] == [
        ("Tap Send, then wait.", "轻点“发送”，然后等待。"), ("Close", "关闭"),
        ("Yes, delete it", "是，删除")]
    assert units[0].context == "buttons, mobile"
    assert warned == []


def test_a_semicolon_csv_with_a_header_imports(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text("source;target;note\nSave as, then close.;另存为，然后关闭。;menu, top\n",
                    encoding="utf-8")
    db = str(tmp_path / "m.db")
    result = run_tm("import", str(path), "--db", db)
    assert result.code == 0, result.err
    assert result.err == ""
    hit = run_tm("lookup", "Save as, then close.", "--db", db)
    assert "另存为，然后关闭。" in hit.out


def test_a_semicolon_csv_glossary_is_read(tmp_path: Path) -> None:
    glossary = tmp_path / "glossary.csv"
    glossary.write_text("source;target\ninvoice;发票\n", encoding="utf-8")
    po = tmp_path / "a.po"
    po.write_text(PO, encoding="utf-8")
    result = run_tm("check", str(po), "--glossary", str(glossary))
    assert result.code == 1, result.err
    assert "'invoice' should be rendered as 发票" in result.out


def test_two_delimiters_that_both_fit_are_named(tmp_path: Path) -> None:
    # Every row holds one comma and one semicolon: either reading gives two columns.
    path = tmp_path / "both.csv"
    path.write_text("Red,green;红绿\nBlue,grey;蓝灰\n", encoding="utf-8")
    result = run_tm("import", str(path), "--db", str(tmp_path / "m.db"))
    assert result.code == 0, result.err
    warning = [line for line in result.err.splitlines() if line.startswith("tm: warning:")]
    assert len(warning) == 1, result.err
    assert warning[0].startswith(f"tm: warning: {path}:1: read as ")
    assert "comma" in warning[0] and "semicolon" in warning[0]


@every_row(("start", "expected"), [
    ("source;target\nA, b;甲\n", ";"),          # the header decides
    ('"A; b",甲\n"C; d",乙\n', ","),             # quoted cells hide the other delimiter
    ("a\tb;c\nd\te;f\n", "\t"),                 # tab gives even rows, so does ';' ...
    ("one\n", ","),                             # nothing fits: comma, and the row fails
])
def test_the_delimiter_is_chosen_from_the_rows(start: str, expected: str) -> None:
    assert sniff_delimiter(start, "x.csv", on_warning=lambda _m: None) == expected


def test_a_row_the_sample_cuts_off_is_not_counted() -> None:
    # The 64 KiB sample ends inside the last row: its missing cells are no evidence.
    start = "Alpha;甲\n" * 9000 + "Beta"
    assert len(start) > 64 * 1024
    assert sniff_delimiter(start, "x.csv") == ";"


@pytest.mark.parametrize("header", ["", "source,target\n"])
def test_a_leading_apostrophe_in_a_table_tm_did_not_write_is_text(
        tmp_path: Path, header: str) -> None:
    # User trial T36: the apostrophe tm writes before a formula character (export) was
    # stripped from every CSV, so "'-' means none" from another tool lost its first quote.
    path = tmp_path / "other.csv"
    path.write_text(header + "\"'-' means none\",“-”表示无\n'=x' is a formula,'=x' 是公式\n",
                    encoding="utf-8")
    assert [(u.source, u.target) for u in read_units(path)] == [
        ("'-' means none", "“-”表示无"), ("'=x' is a formula", "'=x' 是公式")]


def test_the_apostrophe_tm_wrote_is_removed_again(tmp_path: Path) -> None:
    from tm.formats import write_units
    from tm.model import Unit

    path = tmp_path / "mine.csv"
    units = [Unit("-1 means none", "=负一"), Unit("'-' means none", "“-”表示无")]
    write_units(units, path)
    assert path.read_text(encoding="utf-8").count("'-1") == 1
    assert [(u.source, u.target) for u in read_units(path)] == [
        (u.source, u.target) for u in units]
