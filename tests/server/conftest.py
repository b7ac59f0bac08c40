"""Fixtures for the server tests: the small memory they serve."""

from __future__ import annotations

from pathlib import Path

import pytest
from serverproc import UNITS

from tm import TranslationMemory


@pytest.fixture
def served_db(tmp_path: Path) -> str:
    """A small memory on disk (SQLite) holding :data:`UNITS`."""
    path = tmp_path / "served.db"
    with TranslationMemory.open(path) as memory:
        memory.add(UNITS)
    return str(path)
