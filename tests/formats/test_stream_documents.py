"""Red-team finding 22 (2026-12-06): a document streamed to stdout is whole or absent.

A unit whose text XML cannot hold (U+FFFE), met midway through a TMX or XLIFF
written to stdout, left half a document there (files given with -o were
atomic), and the error named no file or line.  ``-o /dev/stdout`` onto a pipe
failed ("No such file or directory").  Each test is named for the class of defect
it guards against and fails on the code before its fix.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import ROOT, run_tm
from forked import run_tm_child
from tm import Unit
from tm.errors import TMError
from tm.formats.tmx import write_tmx
from tm.model import Origin


@pytest.fixture
def texts(tmp_path: Path) -> tuple[Path, Path]:
    en = tmp_path / "en.txt"
    en.write_text("First sentence here. Second one.\nThird \ufffe bad. Fourth.\n",
                  encoding="utf-8")
    zh = tmp_path / "zh.txt"
    zh.write_text("第一句。第二句。\n第三句。第四句。\n", encoding="utf-8")
    return en, zh


@pytest.mark.parametrize("command", ["align {en} {zh} --format tmx",
                                     "align {en} {zh} --format tmx -o -",
                                     "segment {en} --format xliff"])
def test_a_document_to_stdout_is_written_whole_or_not_at_all(
        texts: tuple[Path, Path], command: str) -> None:
    en, zh = texts
    result = run_tm(*command.format(en=en, zh=zh).split())
    assert result.code == 2, result.err
    assert result.out == ""
    assert result.err.startswith(f"tm: error: {en}:2: the source of unit 'Third \\ufffe bad.' "
                                 "contains U+FFFE"), result.err
    assert result.err.count("\n") == 1


def test_the_tmx_writer_puts_nothing_on_stdout_before_the_last_unit_is_checked(
        capsys: pytest.CaptureFixture[str]) -> None:
    units = [Unit(f"Sentence {i}.", f"第{i}句。", origin=Origin("in.po", i * 3))
             for i in range(1, 2000)]
    units.append(Unit("Broken \x01 one.", "坏的。", origin=Origin("in.po", 6001)))
    with pytest.raises(TMError, match=r"^in\.po:6001: the source of unit 'Broken \\x01 one\.' "):
        write_tmx(units, "-")
    assert capsys.readouterr().out == ""
    assert write_tmx(units[:-1], "-") == 1999
    out = capsys.readouterr().out
    assert out.startswith("<?xml") and out.endswith("</tmx>\n")


@pytest.mark.subprocess
def test_output_to_dev_stdout_reaches_a_pipe(texts: tuple[Path, Path]) -> None:
    # A process of its own (forked: tests/forked.py) whose stdout is a pipe, as in `| cat`.
    en, _zh = texts
    en.write_text("First sentence here. Second one.\n", encoding="utf-8")
    for fmt in ("txt", "xliff"):
        code, out, err = run_tm_child(["segment", str(en), "--format", fmt, "-o", "/dev/stdout"],
                                      cwd=ROOT, env=dict(os.environ), timeout=120)
        assert code == 0 and not err, err
        assert "Second one." in out
