"""Issue 9 items 14 and 18: where settings files are looked for, and bad ones.

A settings file planted in a shared parent folder (the system temp folder) must
not be read: the search stops at the repository root or the user's home, and
outside both looks only in the starting folder.  The file used is reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import Result, run_tm
from tm.config import find_config, load_settings, search_folders
from tm.errors import ConfigError

SILENCE_ALL = '[check]\nignore = ["all"]\n'


def test_config_in_shared_parent_is_not_read(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "tm.toml").write_text(SILENCE_ALL)     # e.g. /tmp/tm.toml
    work = tmp_path / "someone" / "work"
    work.mkdir(parents=True)
    assert find_config(work) is None
    assert search_folders(work) == [work.resolve()]


def test_config_search_stops_at_repository_root(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "tm.toml").write_text(SILENCE_ALL)       # above the repository
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    sub = repo / "docs" / "deep"
    sub.mkdir(parents=True)
    assert find_config(sub) is None
    (repo / "pyproject.toml").write_text('[tool.tm]\ndb = "tm.db"\n')
    assert find_config(sub) == (repo / "pyproject.toml").resolve()
    assert load_settings(start=sub).db == str((repo / "tm.db").resolve())


def test_config_search_stops_at_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    (home / "a" / "b").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    (tmp_path / "tm.toml").write_text(SILENCE_ALL)
    assert find_config(home / "a" / "b") is None
    (home / "tm.toml").write_text(SILENCE_ALL)
    assert find_config(home / "a" / "b") == (home / "tm.toml").resolve()


@pytest.mark.parametrize(("content", "message"), [
    ('tool = "x"\n', "'tool' must be a table"),
    ('[tool]\ntm = 3\n', "[tool.tm] must be a table"),
    ('[tool.tm]\ncheck = "all"\n', "check settings must be a table"),
    ('[tool.tm]\ndb = 5\n', "db must be a file name"),
    ('[tool.tm]\ndatabase = "x"\n', "unknown key(s) database"),
])
def test_malformed_pyproject_is_a_config_error(tmp_path: Path, content: str,
                                               message: str) -> None:
    (tmp_path / "pyproject.toml").write_text(content)
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("(", r"\(")
                       .replace(")", r"\)")):
        load_settings(start=tmp_path)


def _tm(*args: str, cwd: Path, home: Path) -> Result:
    """``tm ARGS`` run in *cwd* with *home* as the user's home (in process, conftest.run_tm)."""
    return run_tm(*args, cwd=cwd, env={"HOME": str(home)})


def test_config_in_parent_with_bad_tool_is_one_line_error(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "pyproject.toml").write_text('tool = "x"\n')
    sub = repo / "sub"
    sub.mkdir()
    (sub / "a.po").write_text('msgid "a"\nmsgstr "b"\n')
    proc = _tm("check", "a.po", cwd=sub, home=tmp_path)
    assert proc.code == 2 and "Traceback" not in proc.err
    assert proc.err.count("\n") == 1 and "pyproject.toml" in proc.err


def test_config_used_is_reported(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "tm.toml").write_text('[check]\nignore = ["numbers"]\n')
    (repo / "a.po").write_text('msgid "5 cats"\nmsgstr "6只猫"\n')
    proc = _tm("check", "a.po", cwd=repo, home=tmp_path)
    assert proc.code == 0
    assert f"tm: settings from {(repo / 'tm.toml').resolve()}" in proc.err
    quiet = _tm("check", "a.po", "--quiet", cwd=repo, home=tmp_path)
    assert quiet.err == ""
