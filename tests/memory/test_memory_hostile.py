"""Red-team findings on the memory (REDTEAM.md of 2026-12-06): untrusted databases, long texts.

Each test is named for the class of defect it guards against and fails on the
code before its fix.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from conftest import run_tm
from tm import StoreError, TranslationMemory, Unit

FOREIGN_OBJECTS = {
    # Before the fix: every unit a translator added was deleted again, silently.
    "trigger": "CREATE TRIGGER eat AFTER INSERT ON units BEGIN "
               "DELETE FROM units WHERE id = new.id; END",
    "view": "CREATE VIEW peek AS SELECT source FROM units",
}


def _memory(path: Path) -> None:
    with TranslationMemory.open(str(path)) as memory:
        memory.add([Unit("Hello world.", "你好世界。")])


@pytest.mark.parametrize("kind", sorted(FOREIGN_OBJECTS))
def test_a_memory_holding_schema_objects_tm_never_creates_is_refused(
        tmp_path: Path, kind: str) -> None:
    path = tmp_path / "evil.db"
    _memory(path)
    with sqlite3.connect(path) as raw:
        raw.execute(FOREIGN_OBJECTS[kind])
    raw.close()
    with pytest.raises(StoreError, match=kind):
        TranslationMemory.open(str(path))
    with pytest.raises(StoreError, match=kind):
        TranslationMemory.open(str(path), readonly=True)
    po = tmp_path / "more.po"
    po.write_text('msgid "Good night."\nmsgstr "晚安。"\n', encoding="utf-8")
    result = run_tm("import", str(po), "--db", str(path))
    assert result.code == 2 and kind in result.err and "Traceback" not in result.err
