"""Red-team findings on what file names do to PO output (REDTEAM.md of 2026-12-06).

File names come from the user's disk and from other people's archives; origins
stored in a memory come from TMX/CSV files and HTTP clients.  Each test is
named for the class of defect it guards against and fails on the code before
its fix.
"""

from __future__ import annotations

import os
from pathlib import Path

import polib
import pytest

from conftest import run_tm
from tm import TranslationMemory


@pytest.mark.parametrize("breaker", ["\n", "\r", "\u2028", "\x0b"])
def test_a_file_name_cannot_inject_lines_into_a_po(tmp_path: Path, breaker: str) -> None:
    # `#: x` / `msgid "injected"` / `msgstr "evil".txt:1`: an extra entry in the POT.
    name = f'x{breaker}msgid "injected"{breaker}msgstr "evil".txt'
    source = tmp_path / name
    source.write_text("Hello world.\n", encoding="utf-8")
    out = tmp_path / "out.pot"
    result = run_tm("segment", str(source), "--format", "pot", "-o", str(out), cwd=tmp_path)
    assert result.code == 0, result.err
    entries = [e.msgid for e in polib.pofile(str(out)) if e.msgid]
    assert entries == ["Hello world."]
    ours = run_tm("check", str(out), "--format", "json")
    assert ours.code == 1 and "syntax error" not in ours.err, ours.err  # untranslated only
    header = polib.pofile(str(out)).metadata
    assert all(breaker not in value for value in header.values())


def test_a_file_name_with_undecodable_bytes_is_written_and_stored(tmp_path: Path) -> None:
    # UnicodeEncodeError tracebacks: the PO writer, and the memory hashing the origin.
    text = tmp_path / os.fsdecode(b"\xfe.txt")
    text.write_text("Hello world.\n", encoding="utf-8")
    result = run_tm("segment", str(text), "--format", "pot", "-o", str(tmp_path / "o.pot"))
    assert result.code == 0, result.err[-300:]
    assert "\ufffd.txt:1" in (tmp_path / "o.pot").read_text(encoding="utf-8")
    folder = tmp_path / "loc"
    folder.mkdir()
    (folder / os.fsdecode(b"\xff.po")).write_text('msgid "Hello."\nmsgstr "你好。"\n',
                                                  encoding="utf-8")
    db = tmp_path / "m.db"
    for target in (str(folder / os.fsdecode(b"\xff.po")), str(folder)):
        result = run_tm("import", target, "--db", str(db))
        assert result.code == 0, result.err[-300:]
    with TranslationMemory.open(str(db), readonly=True) as memory:
        assert [str(u.origin) for u in memory.units()] == [f"{folder}/\ufffd.po:1"]
