"""tm update refuses a NEW_SOURCE that cannot be the revised source of the PO (R4-19).

The Chinese edition given for the revised English, or a text sharing no
sentence with the PO, turned every translation obsolete and rewrote the PO
in place with exit 0 (ids and the aligner's notes gone).  Both are refused
with one line, exit 2, the PO byte for byte as it was; ``-o`` still writes
a merge that keeps nothing, elsewhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_tm

PO = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: zh_CN\\n"

#. id: s0d2d1f6a
msgid "The ferry leaves at noon."
msgstr "渡轮中午出发。"

msgid "Tickets are sold on board."
msgstr "船上售票。"
'''


@pytest.mark.parametrize("source", [
    "渡轮中午出发。船上售票。\n",                                   # the translation itself
    "Der Zug fährt um acht Uhr ab. Fahrkarten gibt es im Zug.\n",   # another document
    "",                                                              # a failed export
])
def test_a_source_that_is_not_the_revision_leaves_the_po_as_it_was(
        tmp_path: Path, source: str) -> None:
    po, text = tmp_path / "ferry.po", tmp_path / "new.txt"
    po.write_text(PO, encoding="utf-8")
    text.write_text(source, encoding="utf-8")
    result = run_tm("update", str(text), "--po", str(po))
    assert result.code == 2 and result.err.startswith(f"tm: error: {text}: "), result.err
    assert result.err.count("\n") == 1
    assert po.read_text(encoding="utf-8") == PO


def test_a_chinese_source_is_refused_even_in_a_dry_run(tmp_path: Path) -> None:
    po, text = tmp_path / "ferry.po", tmp_path / "zh.txt"
    po.write_text(PO, encoding="utf-8")
    text.write_text("渡轮下午出发。\n", encoding="utf-8")
    result = run_tm("update", str(text), "--po", str(po), "--dry-run")
    assert result.code == 2 and "written in Chinese" in result.err, result.err


def test_a_revision_keeping_one_sentence_is_written_in_place(tmp_path: Path) -> None:
    po, text = tmp_path / "ferry.po", tmp_path / "new.txt"
    po.write_text(PO, encoding="utf-8")
    text.write_text("The ferry leaves at noon. Pets travel free on the Zhoushan line.\n",
                    encoding="utf-8")
    assert run_tm("update", str(text), "--po", str(po), "-q").code == 0
    assert "Pets travel free" in po.read_text(encoding="utf-8")
