"""A unit is dated when the memory stores it, so an export writes the same dates every time (R4-8).

Issue 12 wants a ``creationdate``/``changedate`` on every ``<tu>``; a unit
from a PO, CSV or server POST carries none, and the TMX writer gave it the
time of export: two exports of an unchanged memory differed, and old units
looked newest once the export was imported elsewhere.  Now the memory stores
such a unit with the time it was stored (a TMX's own dates are kept), and
the export writes those.  Time is moved with ``SOURCE_DATE_EPOCH``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import run_tm
from tm.formats.tmx import read_tmx
from tm.memory import TranslationMemory
from tm.model import Unit

#: Three moments, a day apart: stored, exported once, exported again.
STORED, FIRST_EXPORT, SECOND_EXPORT = "1700000000", "1700086400", "1700172800"
STORED_ISO, STORED_TMX = "2023-11-14T22:13:20Z", "20231114T221320Z"
UNDATED = [Unit("The lift is out of order.", "电梯故障。", origin="notice.po:4"),
           Unit("Use the stairs.", "请走楼梯。", origin="notice.po:8")]
FROM_TMX = Unit("Mind the gap.", "小心空隙。", origin="old.tmx:9",
                created="2011-03-02T10:00:00Z", changed="2015-07-08T09:30:00Z")


def _fill(db: Path, units: list[Unit], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", STORED)
    with TranslationMemory.open(db) as memory:
        memory.add(units)


def _export(db: Path, out: Path, epoch: str) -> bytes:
    result = run_tm("export", "--db", str(db), "-o", str(out),
                    env={"SOURCE_DATE_EPOCH": epoch})
    assert result.code == 0, result.err
    return out.read_bytes()


def test_a_unit_without_dates_is_dated_when_stored(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "tm.db"
    _fill(db, [*UNDATED, FROM_TMX], monkeypatch)
    with TranslationMemory.open(db, readonly=True) as memory:
        dates = {u.source: (u.created, u.changed) for u in memory.units()}
    assert dates == {UNDATED[0].source: (STORED_ISO, STORED_ISO),
                     UNDATED[1].source: (STORED_ISO, STORED_ISO),
                     FROM_TMX.source: (FROM_TMX.created, FROM_TMX.changed)}


def test_exports_of_an_unchanged_memory_are_identical_and_dated(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "tm.db"
    _fill(db, [*UNDATED, FROM_TMX], monkeypatch)
    first = _export(db, tmp_path / "a.tmx", FIRST_EXPORT)
    assert _export(db, tmp_path / "b.tmx", SECOND_EXPORT) == first
    text = first.decode("utf-8")
    tus = re.findall(r"<tu [^>]*>", text)
    assert len(tus) == 3 and all("creationdate=" in tu and "changedate=" in tu for tu in tus)
    assert text.count(f'creationdate="{STORED_TMX}" changedate="{STORED_TMX}"') == 2
    assert 'creationdate="20110302T100000Z" changedate="20150708T093000Z"' in text


def test_an_export_imported_elsewhere_keeps_the_dates(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    db, copy = tmp_path / "tm.db", tmp_path / "copy.db"
    _fill(db, UNDATED, monkeypatch)
    exported = _export(db, tmp_path / "a.tmx", FIRST_EXPORT)
    assert run_tm("import", str(tmp_path / "a.tmx"), "--db", str(copy),
                  env={"SOURCE_DATE_EPOCH": SECOND_EXPORT}).code == 0
    assert _export(copy, tmp_path / "b.tmx", SECOND_EXPORT) == exported
    assert {u.created for u in read_tmx(tmp_path / "b.tmx")} == {STORED_ISO}


def test_importing_the_same_file_later_changes_no_date(tmp_path: Path) -> None:
    db, csv = tmp_path / "tm.db", tmp_path / "signs.csv"
    csv.write_text("source,target\nWet paint.,油漆未干。\n", encoding="utf-8")
    for epoch in (STORED, SECOND_EXPORT):
        result = run_tm("import", str(csv), "--db", str(db), env={"SOURCE_DATE_EPOCH": epoch})
        assert result.code == 0, result.err
    assert "0 new or changed" in result.out
    with TranslationMemory.open(db, readonly=True) as memory:
        assert [(u.created, u.changed) for u in memory.units()] == [(STORED_ISO, STORED_ISO)]


def test_po_exports_of_an_unchanged_memory_are_identical(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PO export's header dates are the newest unit's date, not the time of export."""
    db = tmp_path / "tm.db"
    _fill(db, [*UNDATED, FROM_TMX], monkeypatch)
    first = _export(db, tmp_path / "a.po", FIRST_EXPORT)
    assert _export(db, tmp_path / "b.po", SECOND_EXPORT) == first
    text = first.decode("utf-8")
    assert '"PO-Revision-Date: 2023-11-14 22:13+0000\\n"' in text   # STORED, the newest
    assert '"POT-Creation-Date: 2023-11-14 22:13+0000\\n"' in text
