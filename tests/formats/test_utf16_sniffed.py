"""A UTF-16 TMX, XLIFF or table is recognised without its extension (REDTEAM12 I-4).

Trados and Notepad ("Unicode") save TMX and XLIFF as UTF-16, Excel saves "Unicode
text" tables so; given as ``-`` (a pipe) or under another name, the format was
sniffed from the bytes read as UTF-8 and the file refused as "unknown file
format", though its reader reads it.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from conftest import run_tm
from tm.formats import detect_format, read_units

_TMX = ('<?xml version="1.0" encoding="UTF-16"?>\n<tmx version="1.4"><header creationtool="x" '
        'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en-US" '
        'datatype="plaintext"/><body><tu><tuv xml:lang="en-US"><seg>Close the lid.</seg></tuv>'
        '<tuv xml:lang="zh-CN"><seg>合上盖子。</seg></tuv></tu></body></tmx>\n')
_XLIFF = ('<?xml version="1.0" encoding="UTF-16"?>\n<xliff version="1.2" '
          'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
          'source-language="en" target-language="zh-CN" datatype="plaintext"><body>'
          '<trans-unit id="k"><source>Close the lid.</source><target>合上盖子。</target>'
          '</trans-unit></body></file></xliff>\n')
_TABLE = "source\ttarget\nClose the lid.\t合上盖子。\n"

_ENCODINGS = {"utf-16 with BOM": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
              "utf-16-be with BOM": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")}


@pytest.mark.parametrize("encoding", sorted(_ENCODINGS))
@pytest.mark.parametrize(("text", "fmt"), [(_TMX, "tmx"), (_XLIFF, "xliff"), (_TABLE, "tsv")])
def test_a_utf16_file_without_a_known_extension_is_recognised(
        tmp_path: Path, text: str, fmt: str, encoding: str) -> None:
    path = tmp_path / "export.dat"
    path.write_bytes(_ENCODINGS[encoding](text))
    assert detect_format(path) == fmt
    assert [(u.source, u.target) for u in read_units(path)] == [("Close the lid.", "合上盖子。")]


@pytest.mark.parametrize("text", [_TMX, _XLIFF])
def test_a_utf16_xml_file_without_a_byte_order_mark_is_recognised(
        tmp_path: Path, text: str) -> None:
    path = tmp_path / "export.dat"
    path.write_bytes(text.encode("utf-16-le"))     # XML's "<" and a NUL tell the encoding
    assert detect_format(path) in ("tmx", "xliff")


def test_tm_import_reads_a_utf16_tmx_from_stdin(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    result = run_tm("import", "-", "--db", str(db), stdin=_ENCODINGS["utf-16 with BOM"](_TMX))
    assert result.code == 0, result.err
    assert "1 new or changed" in result.out


@pytest.mark.parametrize("encoding", sorted(_ENCODINGS))
def test_a_utf16_tmx_that_still_declares_utf8_is_read_by_its_byte_order_mark(
        tmp_path: Path, encoding: str) -> None:
    """I-6: Notepad's "Save as Unicode" keeps ``encoding="UTF-8"`` in the declaration; the
    TMX reader (expat) stopped at "encoding specified in XML declaration is incorrect"
    while the XLIFF and TBX readers (and libxml2) read such a file by its BOM."""
    path = tmp_path / "memory.tmx"
    path.write_bytes(_ENCODINGS[encoding](_TMX.replace('encoding="UTF-16"', 'encoding="UTF-8"')))
    assert [(u.source, u.target) for u in read_units(path)] == [("Close the lid.", "合上盖子。")]
