"""Trial R3-12: re-importing tm's own PO export does not grow the memory.

A memory that translates one sentence in two ways is exported as a plain
entry and, for the other translation, an entry whose msgctxt tm made up
(``translation 2``, ``translation 2-2`` … when the unit has no id to use):
gettext offers nothing else to keep both in one file.  That msgctxt is tm's
disambiguator, not a program's context; read back, it must give the unit its
own (empty) context again, or every export → import round adds a copy of each
such translation under a fake context.
"""

from __future__ import annotations

import json
from pathlib import Path

import polib

from conftest import run_tm
from tm.formats import read_units, write_units
from tm.model import Unit

#: One sentence translated three ways (no context, so no id to use as msgctxt), a draft
#: among them, and a sentence a program gave a real msgctxt.
UNITS = [
    Unit("Offline mode", "离线模式"),
    Unit("Offline mode", "脱机模式", fuzzy=True),
    Unit("Offline mode", "离线状态"),
    Unit("Open", "打开", context="menu"),
]


def _count(db: str) -> int:
    done = run_tm("stats", "--db", db, "--format", "json")
    assert done.code == 0, done.err
    return int(json.loads(done.out)["results"]["units"])


def test_tm_made_msgctxt_reads_back_as_no_context(tmp_path: Path) -> None:
    path = tmp_path / "all.po"
    write_units(UNITS, str(path), fmt="po")
    made_up = sorted(e.msgctxt for e in polib.pofile(str(path))
                     if e.msgid == "Offline mode" and e.msgctxt)
    assert made_up == ["translation 2", "translation 2-2"]   # what tm writes today
    back = read_units(str(path), include_fuzzy=True)
    assert sorted((u.source, u.target, u.context) for u in back) == sorted(
        (u.source, u.target, u.context) for u in UNITS)


def test_a_program_msgctxt_that_looks_like_it_is_kept(tmp_path: Path) -> None:
    """Only tm's own layout is undone: tm writes ``translation 2`` only for an entry
    without an id, so beside an id comment the msgctxt is the program's."""
    path = tmp_path / "app.po"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    '#. id: s0123abcd\nmsgctxt "translation 2"\nmsgid "Offline mode"\n'
                    'msgstr "离线模式"\n', encoding="utf-8")
    assert [u.context for u in read_units(str(path))] == ["translation 2"]


def test_export_then_reimport_adds_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "tm.db")
    for n, unit in enumerate(UNITS):   # each from its own file, as a team's memory grows
        path = tmp_path / f"file{n}.tsv"
        path.write_text(f"source\ttarget\n{unit.source}\t{unit.target}\n", encoding="utf-8")
        extra = ("--untrusted",) if unit.fuzzy else ()
        assert run_tm("import", str(path), "--db", db, "-q", *extra).code == 0
    before = _count(db)
    assert before == len(UNITS)
    exported = tmp_path / "all.po"
    assert run_tm("export", "--db", db, "-o", str(exported), "-q").code == 0
    assert sum(1 for e in polib.pofile(str(exported)) if e.msgctxt) == 2
    for _ in range(2):
        assert run_tm("import", str(exported), "--db", db, "-q").code == 0
        assert _count(db) == before
