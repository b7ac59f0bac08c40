"""``--format json`` is machine-readable on failure too, and import/pretranslate have it.

A CI step runs ``tm check … --format json | jq``: when the check cannot run (no
such catalog, a malformed glossary or PO) stdout must still be one JSON
document, the envelope with ``"results": null`` and the ``"error"`` stderr
shows, beside exit 2.  ``tm import`` and ``tm pretranslate`` give their counts
as the same envelope.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_tm

PO_HEAD = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
           '"Language: zh_CN\\n"\n\n')


def _catalog(tmp_path: Path, body: str, name: str = "shop.po") -> Path:
    path = tmp_path / name
    path.write_text(PO_HEAD + body, encoding="utf-8")
    return path


def _error_document(out: str, err: str) -> str:
    """The error of the JSON error envelope *out*, checked against the stderr line *err*."""
    data = json.loads(out)
    assert set(data) == {"tm", "signature", "results", "error"}
    assert data["results"] is None
    assert err == f"tm: error: {data['error']}\n"
    return str(data["error"])


def _unreadable_inputs(tmp_path: Path) -> dict[str, list[str]]:
    good = _catalog(tmp_path, 'msgid "Open the door."\nmsgstr "开门。"\n')
    broken = tmp_path / "broken.po"
    broken.write_text(PO_HEAD + 'msgid "Close"\nmsgstr "关\n', encoding="utf-8")
    glossary = tmp_path / "terms.tbx"
    glossary.write_text("<martif><text><body><termEntry>\n<x></body>", encoding="utf-8")
    return {"missing catalog": [str(tmp_path / "absent.po")],
            "malformed catalog": [str(broken)],
            "malformed glossary": [str(good), "--glossary", str(glossary)],
            "unknown check id": [str(good), "--select", "no-such-check"]}


@pytest.mark.parametrize("case", ["missing catalog", "malformed catalog", "malformed glossary",
                                  "unknown check id"])
def test_check_that_cannot_run_writes_a_json_error(tmp_path: Path, case: str) -> None:
    argv = _unreadable_inputs(tmp_path)[case]
    result = run_tm("check", *argv, "--format", "json")
    assert result.code == 2
    assert _error_document(result.out, result.err)
    text = run_tm("check", *argv)     # text reports keep stdout empty, as before
    assert (text.code, text.out, text.err) == (2, "", result.err)


def test_update_json_report_carries_the_error(tmp_path: Path) -> None:
    result = run_tm("update", str(tmp_path / "gone.txt"), "--po",
                    str(_catalog(tmp_path, "")), "--format", "json")
    assert result.code == 2 and "gone.txt" in _error_document(result.out, result.err)


@pytest.mark.parametrize("fmt", [[], ["--format", "json"], ["--format", "text"]])
def test_lookup_batch_error_is_one_more_json_line(tmp_path: Path, fmt: list[str]) -> None:
    """--batch writes JSON lines whatever --format says; so does its error, also one
    found before the batch runs (no memory named: review W-1)."""
    result = run_tm("lookup", "--batch", "--db", str(tmp_path / "none.db"), *fmt,
                    stdin="Open the door.\n")
    assert result.code == 2
    (line,) = result.out.splitlines()
    assert "none.db" in _error_document(line, result.err)
    unnamed = run_tm("lookup", "--batch", *fmt, stdin="Open the door.\n",
                     env={"TM_DB": None}, cwd=tmp_path)
    assert unnamed.code == 2
    (line,) = unnamed.out.splitlines()
    assert "--db" in _error_document(line, unnamed.err)


def test_align_json_to_stdout_carries_the_error(tmp_path: Path) -> None:
    """tm align --format json writes its JSON on stdout: an error is JSON there too (W-2);
    written to a file, stdout stays empty."""
    en, zh = str(tmp_path / "gone.en.txt"), str(tmp_path / "gone.zh.txt")
    result = run_tm("align", en, zh, "--format", "json")
    assert result.code == 2 and "gone.en.txt" in _error_document(result.out, result.err)
    to_file = run_tm("align", en, zh, "--format", "json", "-o", str(tmp_path / "out.json"))
    assert (to_file.code, to_file.out) == (2, "")
    as_po = run_tm("align", en, zh)
    assert (as_po.code, as_po.out) == (2, "")


def test_import_json_summary_counts_and_paths(tmp_path: Path) -> None:
    po = _catalog(tmp_path, 'msgid "Open the door."\nmsgstr "开门。"\n\n'
                            '#, fuzzy\nmsgid "Close the door."\nmsgstr "关门。"\n')
    db = tmp_path / "tm.db"
    first = run_tm("import", str(po), "--db", str(db), "--format", "json")
    assert first.code == 0, first.err
    data = json.loads(first.out)
    assert data["results"] == {"files": [str(po)], "db": str(db), "read": 2, "fuzzy": 1,
                               "untrusted": 1, "changed": 2, "withdrawn": 0,
                               "total": 2}
    again = json.loads(run_tm("import", str(po), "--db", str(db), "--untrusted",
                              "--format", "json").out)["results"]
    assert (again["read"], again["untrusted"], again["total"]) == (2, 2, 2)


def test_pretranslate_json_summary(tmp_path: Path) -> None:
    db = tmp_path / "tm.db"
    source = _catalog(tmp_path, 'msgid "Open the door."\nmsgstr "开门。"\n', "done.po")
    assert run_tm("import", str(source), "--db", str(db)).code == 0
    template = tmp_path / "next.pot"
    template.write_text('msgid ""\nmsgstr ""\n\nmsgid "Open the door."\nmsgstr ""\n\n'
                        'msgid "Paint the fence."\nmsgstr ""\n', encoding="utf-8")
    out = tmp_path / "next.po"
    result = run_tm("pretranslate", str(template), "--db", str(db), "-o", str(out),
                    "--format", "json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["results"] == {
        "template": str(template), "output": str(out), "db": str(db), "exact": 1, "fuzzy": 0,
        "untranslated": 1, "already_translated": 0}
    assert 'msgstr "开门。"' in out.read_text(encoding="utf-8")


def test_pretranslate_json_needs_an_output_file(tmp_path: Path) -> None:
    template = tmp_path / "next.pot"
    template.write_text('msgid ""\nmsgstr ""\n\nmsgid "Hi"\nmsgstr ""\n', encoding="utf-8")
    result = run_tm("pretranslate", str(template), "--db", str(tmp_path / "tm.db"),
                    "--format", "json")
    assert result.code == 2 and "-o FILE" in _error_document(result.out, result.err)
