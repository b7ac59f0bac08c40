"""User trial T31 (rest): ``tm update`` on a CAT tool's XLIFF never writes one the tool cannot use.

``tm update help.txt --po okapi.xlf -o new.xlf`` renumbered the trans-units
(``tu1`` became ``s477cb376``), split a two-segment unit in two and dropped its
``<g>`` codes: Okapi, Trados or memoQ merge a translated XLIFF back into the
document by id and codes, so the file merged nothing.  A merge by sentence
cannot keep them, so writing a tool's XLIFF (in place or with ``-o x.xlf``) is
refused with one line that says what to do; ``-o x.po`` gives the merge for
review, and tm's own XLIFF (sentence ids) is still written as XLIFF.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from conftest import run_tm

OKAPI = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"
 xmlns:okp="okapi-framework:xliff-extensions">
<file original="help.html" source-language="en-US" target-language="zh-CN" datatype="html">
<header><tool tool-id="okapi" tool-name="Okapi Rainbow" tool-version="1.44"/></header>
<body>
<trans-unit id="tu1" xml:space="preserve">
<source>Open the box. Check the cable.</source>
<seg-source><mrk mid="0" mtype="seg">Open the box.</mrk>
 <mrk mid="1" mtype="seg">Check the cable.</mrk></seg-source>
<target xml:lang="zh-CN" state="translated"><mrk mid="0" mtype="seg">打开盒子。</mrk><mrk
 mid="1" mtype="seg">检查电缆。</mrk></target>
</trans-unit>
<trans-unit id="tu2">
<source>Press <g id="1">Reset</g> twice.</source>
<target xml:lang="zh-CN" state="needs-review-translation">按两次<g id="1">重置</g>。</target>
</trans-unit>
</body>
</file>
</xliff>
"""
#: No tool named, numeric ids, no codes: still a tool's file, merged back by id.
NUMBERED = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="strings.xml" source-language="en" target-language="zh-CN" datatype="xml"><body>
<trans-unit id="17"><source>Open the box.</source><target>打开盒子。</target></trans-unit>
</body></file></xliff>
"""
REVISED = "Open the box. Check the power cable.\n\nPress Reset twice.\n"


def _files(tmp_path: Path, xliff: str) -> tuple[Path, Path]:
    xlf, text = tmp_path / "tool.xlf", tmp_path / "help.txt"
    xlf.write_text(xliff, encoding="utf-8")
    text.write_text(REVISED, encoding="utf-8")
    return xlf, text


@pytest.mark.parametrize(("xliff", "named", "line"), [
    (OKAPI, "trans-unit 'tu1': Okapi Rainbow merges", 7),
    (NUMBERED, "trans-unit '17': the tool that made it merges", 4)])
@pytest.mark.parametrize("output", ["new.xlf", None])
def test_a_tools_xliff_is_never_rewritten_as_xliff(tmp_path: Path, xliff: str, named: str,
                                                   line: int, output: str | None) -> None:
    xlf, text = _files(tmp_path, xliff)
    before = xlf.read_bytes()
    out = [] if output is None else ["-o", str(tmp_path / output)]
    result = run_tm("update", str(text), "--po", str(xlf), *out)
    assert result.code == 2 and result.err.count("\n") == 1, result.err
    assert result.err.startswith(f"tm: error: {xlf}:{line}: {named}"), result.err
    assert "-o NEW.po" in result.err and "tm export --db tm.db -o tm.tmx" in result.err
    assert xlf.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["help.txt", "tool.xlf"]


def test_the_merge_of_a_tools_xliff_can_be_written_as_a_po_for_review(tmp_path: Path) -> None:
    xlf, text = _files(tmp_path, OKAPI)
    out = tmp_path / "review.po"
    result = run_tm("update", str(text), "--po", str(xlf), "-o", str(out))
    assert result.code == 0, result.err
    entries = {e.msgid: e for e in polib.pofile(str(out)) if not e.obsolete}
    assert entries["Open the box."].msgstr == "打开盒子。" and not entries["Open the box."].fuzzy
    assert entries["Check the power cable."].msgstr == "检查电缆。"
    assert entries["Check the power cable."].fuzzy
    if shutil.which("msgfmt"):
        subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(out)], check=True)
    assert run_tm("update", str(text), "--po", str(xlf), "--dry-run").code == 0


def test_tms_own_xliff_is_still_updated_as_xliff(tmp_path: Path) -> None:
    first = tmp_path / "help.txt"
    first.write_text("Open the box.\n\nPress Reset twice.\n", encoding="utf-8")
    xlf = tmp_path / "help.xlf"
    assert run_tm("segment", str(first), "-o", str(xlf)).code == 0
    xlf.write_text(xlf.read_text(encoding="utf-8").replace(
        "<source xml:lang=\"en\">Open the box.</source>",
        "<source xml:lang=\"en\">Open the box.</source><target>打开盒子。</target>"),
        encoding="utf-8")
    first.write_text(REVISED, encoding="utf-8")
    out = tmp_path / "new.xlf"
    result = run_tm("update", str(first), "--po", str(xlf), "-o", str(out))
    assert result.code == 0, result.err
    assert "打开盒子。" in out.read_text(encoding="utf-8")
