"""A CSV/TSV line is read at most MAX_LINE_BYTES at a time (R9-7).

A 300 MB line was read whole (and copied) before the csv module's 128 KiB
field limit refused it: 1.2 GB of memory, and a TSV, which had no limit at
all, kept the 300 MB cell.  The line readers now stop when a line passes
MAX_LINE_BYTES and name it; a TSV cell has the CSV field limit; an
Excel-quoted TSV cell is not joined past it.  Measured by counting the bytes
the reader takes from the file: no clock, no memory probe.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

import pytest

from tm.errors import ParseError
from tm.formats import tabular

#: A line three times as long as the readers accept.
_HUGE = 3 * tabular.MAX_LINE_BYTES


class _CountingReader(io.BufferedReader):
    """A file whose ``read``/``readline`` add up the bytes they hand out."""

    taken = 0

    def readline(self, size: int | None = -1) -> bytes:
        line = super().readline(-1 if size is None else size)
        _CountingReader.taken += len(line)
        return line

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        _CountingReader.taken += len(data)
        return data


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> type[_CountingReader]:
    def opener(name: str) -> BinaryIO:
        return _CountingReader(io.FileIO(name, "rb"))

    _CountingReader.taken = 0
    monkeypatch.setattr(tabular, "open_binary", opener)
    return _CountingReader


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(("name", "encoding"), [("long.csv", None), ("long.tsv", None),
                                                ("long.csv", "gb18030"),
                                                ("long.csv", "utf-16")])
def test_an_endless_line_is_refused_having_read_about_the_limit(
        tmp_path: Path, counted: type[_CountingReader], name: str,
        encoding: str | None) -> None:
    sep = "\t" if name.endswith(".tsv") else ","
    text = f"source{sep}target\nPull the cord.{sep}拉绳。\n{'w' * _HUGE}{sep}x\n"
    path = _write(tmp_path / name, text, encoding or "utf-8")
    with pytest.raises(ParseError) as caught:
        list(tabular.read_csv(path, encoding=encoding))
    assert str(caught.value).startswith(f"{path}:3: ")
    # what was counted: the bytes of a file cut into lines as bytes, the characters of
    # one decoded first (UTF-16)
    unit = "characters" if encoding == "utf-16" else "bytes"
    assert f"line longer than {tabular.MAX_LINE_BYTES:,} {unit}:" in str(caught.value)
    assert counted.taken < 2 * tabular.MAX_LINE_BYTES, counted.taken


def test_rows_at_the_field_limit_in_the_widest_characters_still_read(tmp_path: Path) -> None:
    wide = "\U00020000" * tabular.FIELD_LIMIT   # four UTF-8 bytes each
    path = _write(tmp_path / "wide.csv", f"source,target,note\n{wide},{wide},check\n")
    (unit,) = tabular.read_csv(path)
    assert (unit.source, unit.target, unit.note) == (wide, wide, "check")


def test_a_tsv_cell_past_the_field_limit_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path / "cell.tsv", "source\ttarget\nOK.\t好。\n"
                                         f"{'q' * (tabular.FIELD_LIMIT + 1)}\tx\n")
    with pytest.raises(ParseError, match=rf"^{path}:3: bad TSV: field larger than field limit"):
        list(tabular.read_csv(path))


def test_an_excel_quote_is_not_joined_past_the_field_limit(tmp_path: Path) -> None:
    """Lines of a cell Excel quoted are joined; an open quote never closed within
    the field limit is a stray quote, and the lines stay rows of their own."""
    lines = "".join(f"{'p' * 1000} {i}\tx{i}\n" for i in range(200))   # 200 KB, two columns
    path = _write(tmp_path / "quote.tsv", f'source\ttarget\n"{lines}"\tend\n')
    units = list(tabular.read_csv(path))
    assert len(units) == 201 and max(len(u.source) for u in units) < 1100
    short = _write(tmp_path / "short.tsv", 'source\ttarget\n"Say\n""hi"""\t说“嗨”\n')
    assert [(u.source, u.target) for u in tabular.read_csv(short)] == [('Say\n"hi"', "说“嗨”")]
