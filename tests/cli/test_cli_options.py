"""Issue 12, "one command line": option spellings, the memory from TM_DB or the settings.

The consistency of every command's parser (spellings, JSON envelope) is checked
by the one test in tests/cli/test_cli_consistency.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tm
from conftest import ROOT, run_tm
from rows import every_row

DATA = ROOT / "tests" / "data" / "memory"


def _units(result_out: str) -> int:
    data = json.loads(result_out)
    return int(data.get("results", data)["units"])


def test_memory_from_tm_db_variable(db: Path, tmp_path: Path) -> None:
    result = run_tm("stats", "--format", "json", env={"TM_DB": str(db)}, cwd=tmp_path)
    assert result.code == 0, result.err
    assert _units(result.out) == 7   # news.po: 6 entries + 1 fuzzy (untrusted)
    other = tmp_path / "other.db"
    assert run_tm("import", str(DATA / "news.csv"), "--db", str(other)).code == 0
    explicit = run_tm("stats", "--db", str(other), "--format", "json", env={"TM_DB": str(db)})
    assert _units(explicit.out) == 2   # --db wins over TM_DB


def test_memory_from_settings_file(db: Path, tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    (project / "memory").mkdir()
    (project / "memory" / "tm.db").write_bytes(db.read_bytes())
    (project / "pyproject.toml").write_text('[tool.tm]\ndb = "memory/tm.db"\n')
    (project / "docs").mkdir()
    result = run_tm("stats", "--format", "json", cwd=project / "docs", env={"TM_DB": None})
    assert result.code == 0, result.err
    assert _units(result.out) == 7   # news.po: 6 entries + 1 fuzzy (untrusted)
    assert f"tm: settings from {project.resolve() / 'pyproject.toml'}" in result.err
    from_env = run_tm("stats", "--format", "json", cwd=project / "docs",
                      env={"TM_DB": str(tmp_path / "missing.db")})
    assert from_env.code == 2 and "missing.db" in from_env.err   # TM_DB before the file


def test_no_memory_is_a_usage_error(tmp_path: Path) -> None:
    result = run_tm("lookup", "Hello.", cwd=tmp_path, env={"TM_DB": None})
    assert result.code == 2 and result.err.count("\n") == 1
    assert "--db" in result.err and "TM_DB" in result.err and "[tool.tm]" in result.err


def test_update_ignores_tm_db(tmp_path: Path) -> None:
    po = tmp_path / "a.po"
    assert run_tm("segment", str(DATA / "news.txt"), "--format", "pot", "-o", str(po)).code == 0
    result = run_tm("update", str(DATA / "news.txt"), "--po", str(po), "--dry-run",
                    env={"TM_DB": str(tmp_path / "missing.db")})
    assert result.code == 0, result.err


@pytest.mark.parametrize(("old", "new"), [
    (["import", str(DATA / "news.tmx"), "--srclang", "en"],
     ["import", str(DATA / "news.tmx"), "--source-lang", "en"]),
    (["lookup", "The factory opened in 2017.", "--min", "50", "--format", "json"],
     ["lookup", "The factory opened in 2017.", "--min-score", "50", "--format", "json"]),
    (["pretranslate", str(DATA / "news.pot"), "--min", "50"],
     ["pretranslate", str(DATA / "news.pot"), "--min-score", "50"]),
    (["segment", str(DATA / "news.txt"), "--lang", "en"],
     ["segment", str(DATA / "news.txt"), "--source-lang", "en"]),
])
def test_old_spellings_still_work_with_a_deprecation_note(db: Path, tmp_path: Path,
                                                          old: list[str], new: list[str]) -> None:
    memory = ["--db", str(tmp_path / "new.db")] if old[0] == "import" else ["--db", str(db)]
    if old[0] == "segment":
        memory = []
    before = run_tm(*new, *memory)
    after = run_tm(*old, *memory)
    assert before.code == after.code == 0, after.err
    assert after.out.replace("new or changed", "") .split(":")[0] == \
        before.out.replace("new or changed", "").split(":")[0]
    option = next(a for a in old if a.startswith("--") and a not in new)
    assert f"tm: warning: {option} is deprecated" in after.err
    assert "deprecated" not in before.err


def test_old_spellings_are_hidden_from_help() -> None:
    for command, old in (("import", "--srclang"), ("lookup", "--min "), ("update", "--threshold"),
                         ("segment", "--lang")):
        assert old not in run_tm(command, "--help").out


def test_lookup_batch_one_json_line_per_query(db: Path, tmp_path: Path) -> None:
    queries = "Sales rose 12 percent last year.\n\n一杯咖啡30元。\nNothing like this here at all\n"
    from_stdin = run_tm("lookup", "--batch", "--db", str(db), stdin=queries)
    assert from_stdin.code == 0, from_stdin.err
    lines = from_stdin.out.splitlines()
    assert len(lines) == 3
    records = [json.loads(line) for line in lines]
    assert all(set(r) == {"tm", "signature", "results"} for r in records)
    results = [r["results"] for r in records]
    assert [r["line"] for r in results] == [1, 3, 4]
    assert results[0]["matches"][0]["target"] == "去年销售额增长了12%。"
    assert results[2]["matches"] == []
    path = tmp_path / "queries.txt"
    path.write_text(queries, encoding="utf-8")
    from_file = run_tm("lookup", "--batch", str(path), "--db", str(db))
    assert from_file.out == from_stdin.out


def test_lookup_dash_reads_one_query_not_all_of_stdin(db: Path) -> None:
    one = run_tm("lookup", "-", "--db", str(db), "--format", "json",
                 stdin="Sales rose 12 percent last year.\n")
    assert one.code == 0
    assert json.loads(one.out)["results"]["query"] == "Sales rose 12 percent last year."
    two = run_tm("lookup", "-", "--db", str(db), stdin="First line.\nSecond line.\n")
    assert two.code == 2 and "--batch" in two.err and two.err.count("\n") == 1
    phrases = run_tm("concordance", "-", "--db", str(db), stdin="sales\nyear\n")
    assert phrases.code == 2 and "'tm concordance -' searches for one phrase" in phrases.err
    assert phrases.err.count("\n") == 1


def test_quiet_leaves_only_errors_on_stderr(db: Path, tmp_path: Path) -> None:
    loud = run_tm("export", "--db", str(db), "-o", str(tmp_path / "a.tmx"))
    assert "units written" in loud.err
    quiet = run_tm("export", "--db", str(db), "-o", str(tmp_path / "b.tmx"), "--quiet")
    assert quiet.code == 0 and quiet.err == ""
    assert (tmp_path / "a.tmx").read_bytes().count(b"<tu ") == \
        (tmp_path / "b.tmx").read_bytes().count(b"<tu ")


def test_progress_bar_has_total_rate_and_eta() -> None:
    from tm.cli._progress import Progress

    now = [100.0]
    bar = Progress(5000, "analyzing", enabled=False, clock=lambda: now[0])
    now[0] += 4.0
    bar.advance(1000)
    assert bar.line() == ("analyzing [####--------------------] 1,000/5,000  20%  250/s  "
                          "ETA 0:16")
    open_ended = Progress(None, "importing", enabled=False, clock=lambda: now[0])
    now[0] += 2.0
    open_ended.advance(500)
    assert open_ended.line() == "importing 500  250/s  0:02"


def test_progress_bar_drawn_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from tm.cli import _progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    now = [0.0]
    monkeypatch.setattr(_progress.time, "monotonic", lambda: now[0])
    for stream, expected in ((Terminal(), True), (io.StringIO(), False)):
        monkeypatch.setattr("sys.stderr", stream)
        for _item in _progress.progress(range(100), 100, "working"):
            now[0] += 0.05
        drawn = stream.getvalue()
        assert ("\r" in drawn) is expected
        if expected:
            assert drawn.endswith("\n") and "100/100  100%" in drawn
    quiet = Terminal()
    monkeypatch.setattr("sys.stderr", quiet)
    import argparse
    for _item in _progress.progress(range(100), 100, "working",
                                    argparse.Namespace(quiet=True)):
        now[0] += 0.05
    assert quiet.getvalue() == ""


def test_import_progress_bar_knows_its_total(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """import counts the records of its files first, so its bar has a total, a share and an ETA."""
    from tm.cli import _progress
    from tm.cli import import_ as import_cli
    from tm.formats import count_records

    units = [tm.Unit(f"Sentence number {n}.", f"第{n}句。") for n in range(300)]
    tmx, po, csv = tmp_path / "a.tmx", tmp_path / "b.po", tmp_path / "c.csv"
    tm.write_units(units, tmx)
    tm.write_units(units[:120], po)
    tm.write_units(units[:50], csv)
    assert count_records(tmx) == 300
    assert count_records(po) == 121                      # the header entry counts too
    assert count_records(csv) == 51                      # and the header row
    assert count_records(tmp_path) == 121                # a directory: its *.po files
    assert count_records("-") is None

    monkeypatch.setattr(import_cli, "wants_progress", lambda args: not args.quiet)
    monkeypatch.setattr(_progress, "wants_progress", lambda args: not args.quiet)
    monkeypatch.setattr(_progress, "DELAY", -1.0)
    monkeypatch.setattr(_progress, "REDRAWS_PER_SECOND", 1e9)
    drawn = run_tm("import", str(tmx), str(po), "--db", str(tmp_path / "m.db"))
    assert drawn.code == 0
    assert "/421  " in drawn.err and "ETA" in drawn.err


@every_row(("name", "low", "high", "past", "what"), [
    ("score", "0", "100", "100.5", "a score from 0 to 100"),
    ("seconds", "0", "86400", "86400.1", "a number of seconds from 0 to 86,400"),
    ("result_limit", "1", "100000", "100001", "a whole number from 1 to 100,000"),
])
def test_bounded_number_options_share_one_shape(name: str, low: str, high: str, past: str,
                                                what: str) -> None:
    """--min-score, --wait and --limit: one factory, so the same bounds and messages."""
    import argparse

    from tm.cli import _common

    parse = getattr(_common, name)
    assert parse(low) == float(low) and parse(high) == float(high)
    for bad in (past, "-1"):
        with pytest.raises(argparse.ArgumentTypeError, match=f"^must be {what}, got "):
            parse(bad)
    for bad in ("nan", "inf"):  # not a number (an int), or not within the range (a float)
        with pytest.raises(argparse.ArgumentTypeError, match=f"^(must be|expected) {what}, "):
            parse(bad)
    with pytest.raises(argparse.ArgumentTypeError, match=f"^expected {what}, got 'many'"):
        parse("many")
