"""A newline at one end of the source and not the target is an error (trial T60).

``msgfmt -c`` refuses an entry whose msgid and msgstr do not both begin (or both
end) with ``\\n``, so the release build fails; tm reported it as a whitespace
warning, and a CI gating on errors passed the catalog.  The check ``newline``
applies msgfmt's own test (the very first and last character), in either
direction; other blank differences stay ``whitespace`` warnings.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from rows import every_row
from tm import Unit, check, check_files

PAIRS = [
    ("Saved the report.\n", "报告已保存。", True),
    ("\nContinue anyway?", "仍然继续？", True),
    ("Queue empty", "队列为空\n", True),
    ("\nHeader line\n", "\n标题行\n", False),
    ("First\nSecond", "第一第二", False),  # inside the string: msgfmt does not look
    ("Done:\n ", "完成：", False),  # the string ends with a space, not a newline
    ("Done \n", "完成 \n", False),
]


@every_row(("source", "target", "refused"), PAIRS)
def test_an_end_newline_on_one_side_is_an_error(source: str, target: str,
                                                 refused: bool) -> None:
    found = check([Unit(source, target)], select=["newline"])
    assert [f.severity for f in found] == (["error"] if refused else [])


def test_whitespace_does_not_report_it_twice() -> None:
    found = check([Unit("Saved the report.\n", "报告已保存。")], select=["format"])
    assert [f.check for f in found] == ["newline"]


def test_a_whitespace_warning_is_kept_for_other_blanks() -> None:
    found = check([Unit("Done:\n ", "完成：")], select=["newline", "whitespace"])
    assert [(f.check, f.severity) for f in found] == [("whitespace", "warning")]


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext not installed")
def test_newline_errors_are_what_msgfmt_refuses(tmp_path: Path) -> None:
    def quoted(text: str) -> str:
        return '"' + text.replace("\n", "\\n") + '"'

    body = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', ""]
    for source, target, _ in PAIRS:
        body += [f"msgid {quoted(source)}", f"msgstr {quoted(target)}", ""]
    po = tmp_path / "newlines.po"
    po.write_text("\n".join(body), encoding="utf-8")
    run = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)],
                         capture_output=True, text=True, check=False)
    refused_lines = {int(line.split(":")[1]) - 1 for line in run.stderr.splitlines()
                     if "both" in line and "'\\n'" in line}
    ours = {f.unit.origin.line for f in check_files([po], select=["newline"])}
    assert refused_lines and ours == refused_lines
