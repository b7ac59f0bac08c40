"""Red-team findings on reading inputs (REDTEAM.md of 2026-12-06).

Each test is named for the class of defect it guards against and fails on the
code before its fix.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

TM = f"{shlex.quote(sys.executable)} -m tm"


@pytest.mark.subprocess
@pytest.mark.parametrize(("name", "args"), [
    ("x.po", ["check", "x.po"]),
    ("x.po", ["import", "x.po", "--db", "m.db"]),
    ("x.txt", ["segment", "x.txt"]),
    ("x.csv", ["check", "ok.po", "--glossary", "x.csv"]),
    ("-", ["segment", "-"]),
])
def test_an_endless_device_is_refused_not_spooled(tmp_path: Path, name: str,
                                                  args: list[str]) -> None:
    # `x.po -> /dev/zero` was copied into a spool until the disk was full (1 GB/s).
    # ulimit -f keeps the old code from filling the disk: it fails on EFBIG instead.
    (tmp_path / "ok.po").write_text('msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    if name != "-":
        os.symlink("/dev/zero", tmp_path / name)
    redirect = "< /dev/zero" if name == "-" else ""
    command = " ".join(shlex.quote(a) for a in args)
    proc = subprocess.run(["bash", "-c", f"ulimit -f 20480; {TM} {command} {redirect}"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          check=False)
    assert proc.returncode == 2, proc.stderr
    shown = "stdin" if name == "-" else name
    assert proc.stderr.startswith(f"tm: error: {shown}: is a device"), proc.stderr
    assert proc.stderr.count("\n") == 1


def test_dev_null_and_pipes_are_still_read(tmp_path: Path) -> None:
    from tm.files import read_text

    assert read_text(os.devnull) == ""
    read, write = os.pipe()
    os.write(write, b"Hello.\n")
    os.close(write)
    assert read_text(f"/dev/fd/{read}") == "Hello.\n"
    os.close(read)
