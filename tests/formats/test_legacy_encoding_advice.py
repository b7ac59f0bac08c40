"""User trial T3 and T6: a catalog or glossary in GB18030, and what tm tells the user to do.

T3: a PO whose header says ``charset=UTF-8`` but whose bytes are GB18030 was told
"convert the file with msgconv --to-code=UTF-8", which fails the same way, since
msgconv trusts the header too.  The advice now names what the bytes read as and
the header line to fix.
T6: a GB18030 glossary CSV (Excel on Chinese Windows) was told to "pass
--encoding gb18030", an option ``tm check`` and ``tm terms`` did not have.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import run_tm

PO = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset={charset}\\n"\n\n'
      'msgid "Empty the recycle bin."\nmsgstr "清空回收站。"\n')


def test_a_po_whose_header_names_the_wrong_charset_is_told_to_fix_the_header(
        tmp_path: Path) -> None:
    path = tmp_path / "mislabeled.po"
    path.write_bytes(PO.format(charset="UTF-8").encode("gb18030"))
    result = run_tm("check", str(path))
    assert result.code == 2
    assert result.err.startswith(f"tm: error: {path}:6: cannot decode byte 0x")
    assert "the header (line 3) says charset=UTF-8" in result.err
    assert "charset=GB18030" in result.err and result.err.count("\n") == 1
    # Following the advice works: the header names GB18030, tm reads it, and so does msgconv.
    path.write_bytes(PO.format(charset="GB18030").encode("gb18030"))
    assert run_tm("check", str(path)).code == 0
    if shutil.which("msgconv"):
        subprocess.run(["msgconv", "--to-code=UTF-8", str(path)], check=True,
                       capture_output=True)


def test_a_po_that_names_no_charset_is_told_about_the_encoding_option(tmp_path: Path) -> None:
    path = tmp_path / "plain.po"
    path.write_bytes(PO.replace('"Content-Type: text/plain; charset={charset}\\n"\n', '""\n')
                     .encode("gb18030"))
    result = run_tm("check", str(path))
    assert result.code == 2 and "pass --encoding gb18030" in result.err, result.err
    assert run_tm("check", str(path), "--encoding", "gb18030").code == 0


@pytest.mark.parametrize("command", ["check", "terms"])
def test_a_gb18030_glossary_reads_with_the_encoding_the_error_names(
        tmp_path: Path, command: str) -> None:
    glossary = tmp_path / "glossary.csv"
    glossary.write_bytes("source,target\nrecycle bin,回收站\n".encode("gb18030"))
    po = tmp_path / "a.po"
    po.write_text(PO.format(charset="UTF-8"), encoding="utf-8")
    args = [str(po)] if command == "check" else ["Empty the recycle bin."]
    refused = run_tm(command, *args, "--glossary", str(glossary))
    assert refused.code == 2 and "pass --encoding gb18030" in refused.err, refused.err
    result = run_tm(command, *args, "--glossary", str(glossary), "--encoding", "gb18030")
    assert result.code == 0, result.err
    if command == "terms":
        assert "回收站" in result.out
