"""CLI edge cases of REDTEAM12: a folder where a file is expected."""

from __future__ import annotations

from pathlib import Path

from conftest import run_tm


def test_pretranslate_names_a_folder_given_as_the_template(tmp_path: Path) -> None:
    """I-2: a folder as TEMPLATE was an IsADirectoryError traceback."""
    folder = tmp_path / "locales"
    folder.mkdir()
    result = run_tm("pretranslate", str(folder), "--db", str(tmp_path / "m.db"))
    assert result.code == 2
    assert "Traceback" not in result.err
    assert result.err.strip() == f"tm: error: {folder}: is a directory, not a file"
