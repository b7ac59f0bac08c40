"""Trial R3-7: in a PO export, a sentence's reviewed translation is the plain entry.

A memory held "Offline mode" as 离线模式 (reviewed, from the project's PO) and
as 脱机模式 (a draft, imported fuzzy from an XLIFF ``needs-review``).  The draft
came first in the memory, so it became the entry without msgctxt and the
reviewed one went under ``msgctxt "translation 2"``: ``msgmerge --compendium``
(like pot2po and Weblate) matches only the plain entry, and gave the project
the draft.  Whichever order the units come in, the reviewed translation is the
plain entry and a draft is set aside, still fuzzy; and a draft saying the same
as a reviewed unit does not make the reviewed entry fuzzy.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from conftest import run_tm
from tm.formats import write_units
from tm.model import Unit

REVIEWED = Unit("Sync in the background", "后台同步", origin="zh_CN.po:40")
DRAFT = Unit("Sync in the background", "在后台同步化", context="Sync in the background",
             origin="weblate.xlf:16", fuzzy=True)
OTHER = Unit("Delete the route", "删除路线", origin="zh_CN.po:44")


def _entries(units: list[Unit], path: Path) -> list[polib.POEntry]:
    write_units(units, str(path), fmt="po")
    return [e for e in polib.pofile(str(path)) if e.msgid == REVIEWED.source]


@pytest.mark.parametrize("order", [(DRAFT, REVIEWED, OTHER), (REVIEWED, DRAFT, OTHER),
                                   (DRAFT, OTHER, REVIEWED)])
def test_the_reviewed_translation_is_the_plain_entry(tmp_path: Path,
                                                     order: tuple[Unit, ...]) -> None:
    entries = _entries(list(order), tmp_path / "all.po")
    plain = [e for e in entries if e.msgctxt is None]
    aside = [e for e in entries if e.msgctxt is not None]
    assert [(e.msgstr, e.fuzzy) for e in plain] == [("后台同步", False)]
    assert [(e.msgstr, e.fuzzy) for e in aside] == [("在后台同步化", True)]  # kept, fuzzy
    done = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(tmp_path / "all.po")],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_a_draft_with_the_same_translation_leaves_the_reviewed_entry_reviewed(
        tmp_path: Path) -> None:
    same = Unit(DRAFT.source, REVIEWED.target, context="sync-bg", fuzzy=True)
    for order in ([same, REVIEWED], [REVIEWED, same]):
        entries = _entries(order, tmp_path / "same.po")
        assert [(e.msgctxt, e.msgstr, e.fuzzy) for e in entries] == [(None, "后台同步", False)]


@pytest.mark.skipif(not shutil.which("msgmerge"), reason="GNU gettext not installed")
def test_msgmerge_with_the_exported_compendium_gives_the_reviewed_translation(
        tmp_path: Path) -> None:
    db = str(tmp_path / "tm.db")
    draft = tmp_path / "weblate.tsv"   # imported first, untrusted: the memory lists it first
    draft.write_text(f"source\ttarget\n{DRAFT.source}\t{DRAFT.target}\n", encoding="utf-8")
    reviewed = tmp_path / "zh_CN.tsv"
    reviewed.write_text(f"source\ttarget\n{REVIEWED.source}\t{REVIEWED.target}\n",
                        encoding="utf-8")
    for name, extra in ((draft, ("--untrusted",)), (reviewed, ())):
        assert run_tm("import", str(name), "--db", db, "-q", *extra).code == 0
    assert run_tm("export", "--db", db, "-o", str(tmp_path / "all.po"), "-q").code == 0
    pot = tmp_path / "app.pot"
    pot.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                   f'msgid "{REVIEWED.source}"\nmsgstr ""\n', encoding="utf-8")
    subprocess.run(["msgmerge", "-q", "--compendium", str(tmp_path / "all.po"), "-o",
                    str(tmp_path / "merged.po"), str(pot), str(pot)], check=True)
    merged = [e for e in polib.pofile(str(tmp_path / "merged.po")) if e.msgid]
    assert [(e.msgstr, e.fuzzy) for e in merged] == [("后台同步", False)]
