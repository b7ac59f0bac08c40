"""A memory location that is neither a file nor a directory is refused at once (R9-8).

``--db`` naming a FIFO made every read-only command (lookup, stats, export,
serve) block forever in SQLite's read-only open, waiting for a writer; an
import said "disk I/O error".  Every opening now names it in one line.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import run_tm
from tm import StoreError, TranslationMemory

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")


def test_a_fifo_is_refused_by_every_opening(tmp_path: Path) -> None:
    fifo = tmp_path / "memory.db"
    os.mkfifo(fifo)
    for readonly in (True, False):
        with pytest.raises(StoreError, match="not a regular file"):
            TranslationMemory.open(str(fifo), readonly=readonly)
    with pytest.raises(StoreError, match="not a regular file"):
        TranslationMemory.writing(str(fifo)).__enter__()
    result = run_tm("lookup", "Good night.", "--db", str(fifo))
    assert result.code == 2 and result.err == (
        f"tm: error: {fifo}: not a regular file, not a translation memory\n")
