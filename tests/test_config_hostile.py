"""Red-team findings on settings files (REDTEAM.md of 2026-12-06).

A settings file is found by walking up from the working folder, so it comes
with whatever repository a translator checks out: it is untrusted input.  Each
test is named for the class of defect it guards against and fails on the code
before its fix.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import run_tm

DEEP = "[" * 50_000 + "]" * 50_000


@pytest.mark.parametrize(("content", "command"), [
    (f"[tool.tm]\ndb = {DEEP}\n", ["stats"]),
    (f"[tool.tm.check]\nselect = {DEEP}\n", ["check", "x.po"]),
])
def test_a_settings_file_nested_too_deeply_is_a_one_line_error(
        tmp_path: Path, content: str, command: list[str]) -> None:
    # tomllib recursed until RecursionError: a traceback for every tm command in the repository.
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text(content, encoding="utf-8")
    (tmp_path / "x.po").write_text('msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    result = run_tm(*command, cwd=tmp_path)
    assert result.code == 2, result.err
    assert result.err.startswith("tm: error: ") and "pyproject.toml" in result.err
    assert "nested too deeply" in result.err and "Traceback" not in result.err


def test_a_settings_file_that_never_ends_is_refused(tmp_path: Path) -> None:
    # --config /dev/zero was read whole: MemoryError (or the machine's memory).
    os.symlink("/dev/zero", tmp_path / "tm.toml")
    (tmp_path / "x.po").write_text('msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    result = run_tm("check", "x.po", "--config", "tm.toml", cwd=tmp_path)
    assert result.code == 2 and "Traceback" not in result.err, result.err[-400:]
    assert result.err.startswith("tm: error: tm.toml: is a device or a pipe")


@pytest.mark.parametrize("value", ["5", "true", '""', "[1]"])
def test_a_settings_value_of_the_wrong_type_names_the_file(tmp_path: Path, value: str) -> None:
    (tmp_path / "tm.toml").write_text(f"[check]\nglossary = {value}\n", encoding="utf-8")
    (tmp_path / "x.po").write_text('msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    result = run_tm("check", "x.po", "--config", "tm.toml", cwd=tmp_path)
    assert result.code == 2 and "Traceback" not in result.err
    assert result.err.startswith("tm: error: tm.toml: glossary must be a file name"), result.err


@pytest.mark.parametrize(("content", "command"), [
    ('db = "a\\u0000b.db"\n', ["import", "x.po"]),
    ('db = "\\u0000"\n', ["stats"]),
    ('[check]\nglossary = "g\\u0000.tbx"\n', ["check", "x.po"]),
])
def test_a_file_name_in_a_settings_file_that_no_system_can_open_names_the_file(
        tmp_path: Path, content: str, command: list[str]) -> None:
    # TOML can spell a NUL byte (\u0000), which no file name holds: open() raised
    # ValueError ("embedded null byte") and tm printed a traceback.
    (tmp_path / "tm.toml").write_text(content, encoding="utf-8")
    (tmp_path / "x.po").write_text('msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    result = run_tm(*command, "--config", "tm.toml", cwd=tmp_path) if command[0] == "check" \
        else run_tm(*command, cwd=tmp_path)
    assert result.code == 2 and "Traceback" not in result.err, result.err[-400:]
    assert result.err.startswith("tm: error: ") and "tm.toml" in result.err, result.err
    assert "NUL" in result.err and result.err.count("\n") == 1, result.err
