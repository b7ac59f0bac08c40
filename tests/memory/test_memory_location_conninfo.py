"""A libpq keyword=value connection string is no file name (R4-16).

``--db 'dbname=tm user=ana password=...'`` (psql's and Django's spelling)
was taken as a SQLite path: an import went into a new local file named after
the password, exit 0, and the team's PostgreSQL memory saw nothing; errors
printed the password.  Every way of opening a memory refuses such a string,
naming it with the password hidden, and creates no file.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tm.errors import StoreError
from tm.memory import TranslationMemory, redact
from tm.model import Unit

CONNINFOS = [
    "dbname=glossary user=li password=Hunter22",
    "host=/run/pg port=5433 dbname=team password='two words'",
    "  service=translations  ",
    "dbname = shared sslmode=require",
]


@pytest.mark.parametrize("conninfo", CONNINFOS)
def test_every_opening_refuses_a_conninfo_and_creates_nothing(
        conninfo: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    openings = [lambda: TranslationMemory.open(conninfo),
                lambda: TranslationMemory.open(conninfo, readonly=True),
                lambda: TranslationMemory.writing(conninfo).__enter__()]
    for opening in openings:
        with pytest.raises(StoreError, match="postgresql://") as caught:
            opening()
        assert "Hunter22" not in str(caught.value) and "two words" not in str(caught.value)
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("name", ["./dbname=glossary", "notes=draft.db", "a=b c=d"])
def test_a_file_name_with_an_equals_sign_is_still_a_file(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with TranslationMemory.writing(name) as memory:
        memory.add([Unit("Save the file.", "保存文件。")])
    assert os.path.exists(name)


def test_redact_hides_the_password_of_a_keyword_string() -> None:
    assert redact("host=db password='x y' user=li") == "host=db password=*** user=li"
    assert redact("host=db PASSWORD=abc") == "host=db PASSWORD=***"
    assert redact("memory.db") == "memory.db"
