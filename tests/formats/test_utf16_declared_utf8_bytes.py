"""A TMX, XLIFF or TBX declared ``encoding="UTF-16"`` but written in UTF-8 is read.

Trados and memoQ write TMX and XLIFF in UTF-16 with that declaration; an editor
or a script that converts the file to UTF-8 (to diff it, to commit it) keeps the
declaration.  Such a file cannot be UTF-16: its declaration was just read one
byte a character, and a UTF-16 document starts with a BOM or ``3C 00``.  The
TMX reader stopped at expat's "encoding specified in XML declaration is
incorrect", the XLIFF and TBX readers at "cannot decode byte 0x0a as utf-16":
no translation of the file was read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_tm
from tm import Glossary
from tm.formats import read_units

TMX = ('<?xml version="1.0" encoding="{enc}"?>\n<tmx version="1.4"><header creationtool="x" '
       'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en-US" '
       'datatype="plaintext"/><body>\n<tu><tuv xml:lang="en-US"><seg>Close the lid.</seg></tuv>'
       '<tuv xml:lang="zh-CN"><seg>合上盖子。</seg></tuv></tu></body></tmx>\n')
XLIFF = ('<?xml version="1.0" encoding="{enc}"?>\n<xliff version="1.2" '
         'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
         'source-language="en" target-language="zh-CN" datatype="plaintext"><body>\n'
         '<trans-unit id="k"><source>Close the lid.</source><target>合上盖子。</target>'
         '</trans-unit></body></file></xliff>\n')
TBX = ('<?xml version="1.0" encoding="{enc}"?>\n<martif type="TBX-Basic" xml:lang="en">'
       '<text><body>\n<termEntry id="c1"><langSet xml:lang="en"><tig><term>lid</term></tig>'
       '</langSet><langSet xml:lang="zh-CN"><tig><term>盖子</term></tig></langSet>'
       '</termEntry></body></text></martif>\n')
WIDE = ["UTF-16", "utf-16", "UTF-16LE", "UTF-32"]


@pytest.mark.parametrize("enc", WIDE)
@pytest.mark.parametrize(("suffix", "template"), [(".tmx", TMX), (".xlf", XLIFF)])
def test_units_of_a_utf8_file_declared_utf16_are_read(tmp_path: Path, enc: str, suffix: str,
                                                      template: str) -> None:
    path = tmp_path / f"memory{suffix}"
    path.write_bytes(template.format(enc=enc).encode("utf-8"))
    [unit] = read_units(path)
    assert (unit.source, unit.target) == ("Close the lid.", "合上盖子。")


@pytest.mark.parametrize("enc", WIDE)
def test_a_utf8_glossary_declared_utf16_is_read(tmp_path: Path, enc: str) -> None:
    path = tmp_path / "g.tbx"
    path.write_bytes(TBX.format(enc=enc).encode("utf-8"))
    [term] = Glossary.load(path).terms
    assert (term.source, term.targets) == ("lid", ("盖子",))


def test_import_of_a_utf8_tmx_declared_utf16_stores_its_unit(tmp_path: Path) -> None:
    path = tmp_path / "trados.tmx"
    path.write_bytes(TMX.format(enc="UTF-16").encode("utf-8"))
    result = run_tm("import", str(path), "--db", str(tmp_path / "tm.db"))
    assert result.code == 0, result.err
    assert "imported 1 unit" in result.out


def test_bytes_that_are_not_utf8_either_are_one_line_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.tmx"
    path.write_bytes(TMX.format(enc="UTF-16").encode("utf-8").replace("合".encode(), b"\xff\xfe"))
    result = run_tm("import", str(path), "--db", str(tmp_path / "tm.db"))
    assert result.code == 2
    [line] = result.err.strip().splitlines()
    assert f"{path}:3:" in line
    assert not (tmp_path / "tm.db").exists()
