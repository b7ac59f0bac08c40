"""Class: an export never turns an untrusted translation into a trusted one.

A unit imported fuzzy (a fuzzy PO entry, a TMX unit marked ``x-tm-fuzzy``) or
with ``--untrusted`` is a translation still to be checked.  ``tm export`` must
write it marked (TMX ``x-tm-fuzzy``, PO ``#, fuzzy``) so that the file says so
to a translator's tool, and importing the export into a new memory keeps it
untrusted (exact matches 99, never 100).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_tm
from tm.formats.po import read_po
from tm.formats.tmx import read_tmx

PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: zh_CN\\n"

#, fuzzy
msgid "The pump is broken."
msgstr "泵坏了。"

msgid "The valve is open."
msgstr "阀门开着。"
"""
CSV = "en,zh-CN\nThe fan is loud.,风扇很吵。\n"
UNTRUSTED = {"The pump is broken.", "The fan is loud."}


def _memory(tmp_path: Path) -> str:
    (tmp_path / "a.po").write_text(PO, encoding="utf-8")
    (tmp_path / "b.csv").write_text(CSV, encoding="utf-8")
    db = str(tmp_path / "tm.db")
    assert run_tm("import", str(tmp_path / "a.po"), "--db", db).code == 0
    assert run_tm("import", str(tmp_path / "b.csv"), "--db", db, "--untrusted").code == 0
    return db


def _scores(db: str) -> dict[str, int]:
    out = {}
    for text in ("The pump is broken.", "The valve is open.", "The fan is loud."):
        found = json.loads(run_tm("lookup", text, "--db", db, "--format", "json").out)
        out[text] = found["results"]["matches"][0]["score"]
    return out


@pytest.mark.parametrize("fmt", ["tmx", "po"])
def test_export_marks_untrusted_units_and_reimport_keeps_them_untrusted(
        tmp_path: Path, fmt: str) -> None:
    db = _memory(tmp_path)
    exported = tmp_path / f"out.{fmt}"
    assert run_tm("export", "--db", db, "-o", str(exported)).code == 0
    if fmt == "tmx":
        marked = {u.source: u.fuzzy for u in read_tmx(exported)}
        assert 'type="x-tm-fuzzy">yes<' in exported.read_text(encoding="utf-8")
    else:
        marked = {e.msgid: "fuzzy" in e.flags for e in read_po(exported) if e.msgid}
    assert marked == {"The pump is broken.": True, "The valve is open.": False,
                      "The fan is loud.": True}
    again = str(tmp_path / "again.db")
    assert run_tm("import", str(exported), "--db", again).code == 0
    expected = {text: 99 if text in UNTRUSTED else 100 for text in _scores(db)}
    assert _scores(db) == expected
    assert _scores(again) == expected
