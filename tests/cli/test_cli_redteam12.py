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


def test_empty_input_is_called_empty_not_an_unknown_format(tmp_path: Path) -> None:
    """I-7: an empty stdin (a pipeline whose first command printed nothing) or an empty
    file without a known extension was "unknown file format; expected .po, …"."""
    db = tmp_path / "m.db"
    for args, stdin in ((("import", "-", "--db", str(db)), ""),
                        (("check", "-"), "\n\n")):
        result = run_tm(*args, stdin=stdin)
        assert result.code == 2
        assert result.err.strip() == (
            "tm: error: -: empty input; expected a PO, TMX, XLIFF, CSV or TSV file")
    assert not db.exists()
