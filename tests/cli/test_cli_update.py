"""`tm update` through ``tm.cli.main``: outputs, dry run, JSON, errors, tm check."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polib
import pytest

DATA = Path(__file__).parents[1] / "data" / "update"
REVISED = str(DATA / "article.revised.txt")
Cli = Callable[..., Any]


@pytest.fixture
def po(tmp_path: Path) -> Path:
    """A writable copy of the translated article PO."""
    path = tmp_path / "article.po"
    shutil.copy(DATA / "article.po", path)
    return path


def test_updates_the_po_in_place_by_default(tm_cli: Cli, po: Path) -> None:
    result = tm_cli("update", REVISED, "--po", str(po))
    assert result.code == 0, result.err
    assert result.out == ""
    assert result.err.startswith("tm update: 11 kept (2 moved), 6 fuzzy (3 edited, 2 split, "
                                 "1 merged), 1 new, 5 obsolete; 1 kept entry is still fuzzy "
                                 "(written to ")
    text = po.read_text(encoding="utf-8")
    assert "#, fuzzy\n#| msgctxt" in text and "#~ msgid" in text


def test_output_elsewhere_leaves_the_po_alone(tm_cli: Cli, po: Path, tmp_path: Path) -> None:
    before = po.read_bytes()
    out = tmp_path / "new.po"
    assert tm_cli("update", REVISED, "--po", str(po), "-o", str(out)).code == 0
    assert po.read_bytes() == before
    assert "tm-update: " in out.read_text(encoding="utf-8")


def test_output_to_stdout(tm_cli: Cli, po: Path) -> None:
    result = tm_cli("update", REVISED, "--po", str(po), "-o", "-")
    assert result.code == 0
    assert result.out.startswith("# tm provenance: update from ")
    assert '\nmsgid ""\nmsgstr ""\n' in result.out


def test_dry_run_prints_changes_and_writes_nothing(tm_cli: Cli, po: Path) -> None:
    before = po.read_bytes()
    result = tm_cli("update", REVISED, "--po", str(po), "--dry-run")
    assert result.code == 0
    assert po.read_bytes() == before
    kinds = [line.split()[0] for line in result.out.splitlines() if not line.startswith(" ")]
    assert kinds.count("split") == 2 and kinds.count("obsolete") == 5
    assert "was: Manufacturing makes stride forward" in result.out
    assert "(dry run, nothing written)" in result.err


def test_json_report_for_ci(tm_cli: Cli, po: Path) -> None:
    result = tm_cli("update", REVISED, "--po", str(po), "--dry-run", "--format", "json")
    envelope = json.loads(result.out)
    data = envelope["results"]
    assert data["summary"] == {"kept": 11, "exact": 0, "fuzzy": 6, "new": 1, "obsolete": 5}
    assert data["written"] is False and envelope["signature"].startswith("tm ")
    assert {c["kind"] for c in data["changes"]} >= {"kept", "edited", "split", "merged"}


def test_memory_fills_new_sentences(tm_cli: Cli, po: Path, tmp_path: Path) -> None:
    from tm.memory import TranslationMemory
    from tm.model import Unit

    db = tmp_path / "tm.db"
    with TranslationMemory.open(db) as memory:
        memory.add([Unit("The center plans to publish its report later this year.",
                         "该中心计划于今年晚些时候发布报告。")])
    result = tm_cli("update", REVISED, "--po", str(po), "--db", str(db), "--format", "json")
    kinds = json.loads(result.out)["results"]["kinds"]
    assert (kinds["memory"], kinds["new"]) == (1, 0)


@pytest.mark.parametrize(("args", "message"), [
    (["--po", "missing.po"], "missing.po: no such file"),
    (["--po", "PO", "--min-score", "150"], "must be a score from 0 to 100"),
    (["--po", "PO", "--threshold", "150"], "must be a score from 0 to 100"),
    (["--po", "PO", "-o", "-", "--format", "json"], "cannot be combined"),
    (["--po", "PO", "--db", "missing.db"], "missing.db"),
    (["--po", "-", "-o", "out.po"], "stdin"),
])
def test_errors_are_one_line_and_exit_2(tm_cli: Cli, po: Path, args: list[str],
                                        message: str) -> None:
    source = "-" if args[:2] == ["--po", "-"] else REVISED
    result = tm_cli("update", source, *[str(po) if a == "PO" else a for a in args], stdin="")
    assert result.code == 2
    assert result.err.startswith("tm: error: ") and message in result.err
    assert result.err.count("\n") == 1


def test_tm_check_reports_fuzzy_entries_and_nothing_broken(tm_cli: Cli, po: Path) -> None:
    assert tm_cli("update", REVISED, "--po", str(po)).code == 0
    result = tm_cli("check", str(po), "--format", "json")
    assert result.code in (0, 1), result.err
    findings = json.loads(result.out)["results"]["findings"]
    fuzzy_lines = {f["line"] for f in findings if f["check"] == "fuzzy"}
    marked = [e for e in polib.pofile(str(po)) if e.fuzzy and not e.obsolete]
    assert len(fuzzy_lines) == len(marked) == 7  # 6 suggestions + 1 fuzzy before the update
    # Content findings only on the fuzzy suggestions (a split sentence carries the whole
    # old translation until reviewed) or the one new, untranslated sentence.
    for f in findings:
        assert f["line"] in fuzzy_lines or f["check"] == "untranslated", f
