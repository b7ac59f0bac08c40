"""Facts of the file formats with one owner each (review leftovers), asked of every user.

* Which text is a TBX termbase: ``tm import`` (which refuses one), the prose
  commands and ``--glossary`` each sniffed ``"<martif"``/``"<tbx"`` their own way,
  and none knew a namespace-prefixed root (``<t:tbx>``): read from stdin it was
  "unknown file format" to one and CSV rows to another.
* The name tm signs its files with (XLIFF ``<tool>``, TMX ``creationtool``, the
  signature), by which ``tm update`` knows its own XLIFF.
* The note on an entry whose translation covers the next sentences.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import run_tm
from tm._shared.signature import TOOL_ID, signature
from tm.formats import covers_next_note, is_translation_file, write_units
from tm.model import Unit

PREFIXED_TBX = """\
<?xml version="1.0" encoding="UTF-8"?>
<t:tbx xmlns:t="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">
<t:text><t:body>
<t:conceptEntry id="c1"><t:langSec xml:lang="en"><t:termSec><t:term>greenhouse</t:term>
</t:termSec></t:langSec><t:langSec xml:lang="zh"><t:termSec><t:term>温室</t:term>
</t:termSec></t:langSec></t:conceptEntry>
</t:body></t:text></t:tbx>
"""


def test_every_command_knows_a_termbase_by_its_root_element(tmp_path: Path) -> None:
    assert is_translation_file("-", PREFIXED_TBX)
    terms = run_tm("terms", "The greenhouse is warm.", "--glossary", "-", stdin=PREFIXED_TBX)
    assert terms.code == 0 and "greenhouse\t温室" in terms.out, terms.err
    imported = run_tm("import", "-", "--db", str(tmp_path / "m.db"), stdin=PREFIXED_TBX)
    assert imported.code == 2 and "a TBX termbase is a glossary" in imported.err


@pytest.mark.parametrize("suffix", [".xlf", ".tmx"])
def test_tm_signs_its_files_with_one_name(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"out{suffix}"
    write_units([Unit("Open the vents.", "打开通风口。", context="vents")], path)
    text = path.read_text(encoding="utf-8")
    names = re.findall(r'(?:tool-id|tool-name|creationtool|o-tmf)="([^"]*)"', text)
    assert names and set(names) == {TOOL_ID}
    assert signature().split(" ", 1)[0] == TOOL_ID


def test_the_covers_next_note_is_read_back_as_written(tmp_path: Path) -> None:
    # the note's translation is no translation of its msgid alone: never a trusted unit
    from tm.formats.po import read_po, units_from_po

    po = tmp_path / "a.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  f'#. {covers_next_note(1)}\nmsgid "Close the vents."\n'
                  'msgstr "关闭通风口，然后浇水。"\n\nmsgid "Then water."\nmsgstr ""\n',
                  encoding="utf-8")
    units = list(units_from_po(read_po(po), include_fuzzy=True))
    assert [(u.source, u.fuzzy) for u in units if u.target] == [("Close the vents.", True)]
    assert [u for u in units_from_po(read_po(po)) if u.target] == []
