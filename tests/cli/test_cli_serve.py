"""``tm serve``'s options: refused settings are one-line errors (exit 2) before anything listens."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tm import TranslationMemory, Unit


@pytest.fixture(scope="module")
def _one_unit_memory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite memory holding one unit, made once for the module."""
    path = tmp_path_factory.mktemp("served") / "tm.db"
    with TranslationMemory.open(path) as memory:
        memory.add([Unit("Save the file.", "保存文件。")])
    return path


@pytest.fixture
def db(tmp_path: Path, _one_unit_memory: Path) -> str:
    """The test's own copy of the one-unit memory (a copy costs a fiftieth of making one)."""
    path = tmp_path / "tm.db"
    shutil.copyfile(_one_unit_memory, path)
    return str(path)


def one_line_error(result: Any, fragment: str) -> None:
    assert result.code == 2
    assert result.err.startswith("tm: error: ") and fragment in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_help_shows_the_weblate_url_and_examples(tm_cli: Any) -> None:
    result = tm_cli("serve", "--help")
    assert result.code == 0
    assert "/tmserver/" in result.out and "examples:" in result.out
    assert "--read-only" in result.out and "--token-file" in result.out


def test_a_missing_memory_is_refused_before_listening(tm_cli: Any, tmp_path: Path) -> None:
    result = tm_cli("serve", "--db", str(tmp_path / "missing.db"), "--port", "0")
    one_line_error(result, "no such translation memory")
    assert not (tmp_path / "missing.db").exists()


def test_a_file_that_is_not_a_memory_is_refused(tm_cli: Any, tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("not a database\n" * 200)
    one_line_error(tm_cli("serve", "--db", str(bad), "--port", "0"), str(bad))


def test_a_short_token_is_refused(tm_cli: Any, db: str, tmp_path: Path) -> None:
    token = tmp_path / "token"
    token.write_text("short\n")
    one_line_error(tm_cli("serve", "--db", db, "--token-file", str(token), "--port", "0"),
                   "at least 16 characters")


def test_an_unreadable_token_file_is_refused(tm_cli: Any, db: str, tmp_path: Path) -> None:
    one_line_error(tm_cli("serve", "--db", db, "--token-file", str(tmp_path / "nope"),
                          "--port", "0"), "cannot read the token file")


@pytest.mark.parametrize(("option", "value", "fragment"), [
    ("--workers", "0", "workers must be 1..64"),
    ("--min-score", "30", "min score"),
    ("--max-limit", "2", "limit must be 1..max limit"),
    ("--timeout", "0", "timeouts must be positive"),
])
def test_inconsistent_limits_are_refused(tm_cli: Any, db: str, option: str, value: str,
                                         fragment: str) -> None:
    one_line_error(tm_cli("serve", "--db", db, option, value, "--port", "0"), fragment)
