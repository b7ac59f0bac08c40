"""A TSV cell Excel quoted because it holds a line break is one cell, not two rows.

Excel's "Unicode Text" and "Text (Tab delimited)" exports put a cell holding a
line break in quotes and write the break as it is.  tm read each physical line
as a row: the memory import stopped with "expected at least 2 columns ... is
the delimiter right?" and a glossary with "term '"industrial' has no target",
neither of which says what was wrong.  tm's own TSV has no quoting (a break is
written ``\\n``), and a sentence there may open a quotation the next one
closes: those lines must stay rows of their own.
"""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from rows import every_row
from tm.errors import ParseError
from tm.formats import read_units
from tm.formats.tabular import write_csv
from tm.glossary import Glossary
from tm.model import Unit


def excel_tsv(rows: list[list[str]]) -> bytes:
    """*rows* as Excel's "Unicode Text" export writes them (UTF-16, quotes where needed)."""
    out = io.StringIO()
    csv.writer(out, dialect="excel-tab").writerows(rows)
    return out.getvalue().encode("utf-16")


def test_a_cell_with_line_breaks_is_one_cell_and_later_rows_keep_their_lines(
        tmp_path: Path) -> None:
    path = tmp_path / "sheet.txt"
    path.write_bytes(excel_tsv([["English", "Chinese"], ["Hello", "你好"],
                                ["Line one\nline two", "第一行\n第二行"],
                                ['Say "hi"\nthen go', "说“嗨”\n再走"], ["Bye", "再见"]]))
    units = list(read_units(path))
    assert [(u.source, u.target, u.origin.line) for u in units] == [
        ("Hello", "你好", 2), ("Line one\nline two", "第一行\n第二行", 3),
        ('Say "hi"\nthen go', "说“嗨”\n再走", 6), ("Bye", "再见", 9)]


def test_a_glossary_cell_with_line_breaks_is_one_cell(tmp_path: Path) -> None:
    path = tmp_path / "terms.tsv"
    path.write_text('source\ttarget\tnote\nrobot\t机器人\t"A machine.\nSee also: cobot."\n'
                    "cobot\t协作机器人\t\n", encoding="utf-8")
    terms = {t.source: t for t in Glossary.load(path).terms}
    assert terms["robot"].targets == ("机器人",)
    assert terms["robot"].note == "A machine.\nSee also: cobot."
    assert terms["cobot"].targets == ("协作机器人",)


@pytest.mark.parametrize("units", [
    # A quotation opened in one sentence and closed in the next (tm align's TSV).
    [Unit('"We will win.', "“我们会赢。"), Unit('It is certain."', "这是肯定的。”")],
    [Unit("We will win.", '"我们会赢。'), Unit('It is certain."', '这是肯定的。"')],
    [Unit('"Open', "打开"), Unit("Close", "关闭"), Unit('Done"', "完成")],
    [Unit('"Never closed', "从未关闭"), Unit("Next", "下一个")],
])
def test_quotes_in_tms_own_tsv_never_join_rows(tmp_path: Path, units: list[Unit]) -> None:
    for header in (True, False):
        path = tmp_path / f"own-{header}.tsv"
        write_csv(units, path, header=header)
        assert [(u.source, u.target) for u in read_units(path)] == [
            (u.source, u.target) for u in units]


def test_a_carriage_return_inside_a_row_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "mac.tsv"
    path.write_bytes(b"source\ttarget\nA\t\xe7\x94\xb2\rB\t\xe4\xb9\x99\n")
    with pytest.raises(ParseError) as caught:
        list(read_units(path))
    assert caught.value.line == 2 and "carriage return" in str(caught.value)


#: Cell text with quotes and line breaks; a sheet's cells hold no tabs (tm's own TSV may).
SHEET_TEXT = st.text(st.sampled_from(list('ab "\n甲乙“”')), min_size=1, max_size=12)
TEXT = st.text(st.sampled_from(list('ab "\n\t甲乙“”')), min_size=1, max_size=12)


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(st.tuples(SHEET_TEXT.filter(str.strip), SHEET_TEXT), min_size=1, max_size=5))
def test_any_sheet_round_trips_through_excel_tsv(rows: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sheet.txt"
        path.write_bytes(excel_tsv([["source", "target"], *map(list, rows)]))
        assert [(u.source, u.target) for u in read_units(path)] == rows


@every_row("cell", ['""""', '"x""y"', '""""""', '"\\n"""', '"\n"""'])
def test_a_cell_that_looks_excel_quoted_round_trips_through_tms_own_tsv(cell: str) -> None:
    """The property test below found it for some seeds: tm wrote four quotation marks
    as they are, and the reader, rightly, took them for Excel's quoting of one."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "own.tsv"
        write_csv([Unit("a", cell), Unit(cell, "b")], path)
        assert [(u.source, u.target) for u in read_units(path)] == [("a", cell), (cell, "b")]


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(st.tuples(TEXT.filter(str.strip), TEXT), min_size=1, max_size=5),
       st.booleans())
def test_any_text_round_trips_through_tms_own_tsv(rows: list[tuple[str, str]],
                                                 header: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "own.tsv"
        write_csv([Unit(s, t) for s, t in rows], path, header=header)
        assert [(u.source, u.target) for u in read_units(path)] == rows


def test_a_stray_quote_costs_each_line_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Review: each line of an open quote re-read every line before it (quadratic: about
    36 s for one stray quote before 1,000 lines of 2 KB).  Characters read now stay
    within a small multiple of the file's."""
    from tm.formats import tabular

    read = 0
    cells = tabular._tsv_cells

    def counting(body: str) -> list[str] | None:
        nonlocal read
        read += len(body)
        return cells(body)

    monkeypatch.setattr(tabular, "_tsv_cells", counting)
    lines = ['"' + "x" * 200 + "\n"] + ["y" * 200 + "\n"] * 999
    records = list(tabular.tsv_records(lines))
    assert len(records) == 1000  # the stray quote is text: every line a record
    assert read <= 3 * sum(map(len, lines))
