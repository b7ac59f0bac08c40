"""Red-team pass 2 (2026-12-06): bash completion of file names keeps each name one word.

``tm import <TAB>`` in a folder holding ``a b.po`` offered ``a`` and ``b.po``
(the script split compgen's output on spaces).  A name like ``x$(touch P).po``
must come back as itself and run nothing.  Named for the class of defect it
guards against; fails on the code before its fix.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import run_tm


def test_file_names_complete_whole_and_run_nothing(tmp_path: Path) -> None:
    for name in ("a b.po", "x$(touch PWNED).po", "tab\there.po"):
        (tmp_path / name).write_text("", encoding="utf-8")
    script = run_tm("completion", "bash").out
    for line, cur in (("tm import ", ""), ("tm check --glossary ", "")):
        words = [*line.split(), cur]
        probe = (f"{script}\nCOMP_WORDS=({' '.join(repr(w) for w in words)}); "
                 f"COMP_CWORD={len(words) - 1}; _tm; printf '%s\\0' \"${{COMPREPLY[@]}}\"")
        proc = subprocess.run(["bash", "-c", probe], capture_output=True, text=True,
                              check=False, cwd=tmp_path, timeout=30)
        assert proc.returncode == 0, proc.stderr
        offered = sorted(filter(None, proc.stdout.split("\0")))
        assert offered == ["a b.po", "tab\there.po", "x$(touch PWNED).po"], offered
    assert not (tmp_path / "PWNED").exists()
