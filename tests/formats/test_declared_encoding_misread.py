"""Red-team pass 11 (R11-3): UTF-8 text under an XML declaration naming another encoding.

An editor or a script re-saves a TMX, XLIFF or TBX as UTF-8 and leaves its
``<?xml ... encoding="ISO-8859-1"?>``: read as declared it decodes without error
into mojibake (港口 as 'æ¸¯å£'), which tm import stored.  Valid UTF-8 holding a
few non-ASCII characters is refused at its line, with the fix; a file really in
the declared encoding reads as before.  Each test fails on the code before the fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_tm
from tm.errors import ParseError
from tm.formats import read_units
from tm.formats.tbx import read_tbx

#: ASCII units before the Chinese one: the TMX reader streams, so the evidence comes
#: chunks after the declaration (and a character may be cut between two chunks): 2,000
#: units are 200 KB, three of the reader's 64 KiB chunks (a watch fed only the first chunk
#: fails every padded case; 4,000 cost twice the CPU for the same verdict).
PADDING = 2000


def _tmx(encoding: str, target: str, padding: int = 0) -> str:
    units = "".join(f'<tu><tuv xml:lang="en"><seg>Unit {i}.</seg></tuv>'
                    f'<tuv xml:lang="zh-CN"><seg>Unit {i}.</seg></tuv></tu>\n'
                    for i in range(padding))
    return (f'<?xml version="1.0" encoding="{encoding}"?>\n<tmx version="1.4"><header '
            'creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" '
            'adminlang="en" srclang="en" datatype="plaintext"/><body>\n' + units +
            '<tu><tuv xml:lang="en"><seg>The harbour is deep.</seg></tuv>'
            f'<tuv xml:lang="zh-CN"><seg>{target}</seg></tuv></tu>\n</body></tmx>\n')


@pytest.mark.parametrize("encoding", ["ISO-8859-1", "windows-1252", "KOI8-R", "GBK"])
@pytest.mark.parametrize("padding", [0, PADDING])
def test_a_tmx_whose_utf8_text_its_declaration_belies_is_refused_at_the_line(
        tmp_path: Path, encoding: str, padding: int) -> None:
    path = tmp_path / "m.tmx"
    path.write_bytes(_tmx(encoding, "港口很深，水很清。", padding).encode("utf-8"))
    with pytest.raises(ParseError) as caught:
        list(read_units(path))
    assert str(caught.value).startswith(f"{path}:{padding + 3}: this text is UTF-8, but the "
                                        f'XML declaration\'s encoding="{encoding}" reads it')
    assert 'declare encoding="UTF-8"' in str(caught.value)
    db = tmp_path / "tm.db"
    result = run_tm("import", str(path), "--db", str(db))
    assert result.code == 2 and not db.exists(), result.err


def test_xliff_and_tbx_whose_utf8_text_their_declaration_belies_are_refused(
        tmp_path: Path) -> None:
    xliff = tmp_path / "job.xlf"
    xliff.write_bytes(
        ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<xliff version="1.2" '
         'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
         'source-language="en" target-language="zh-CN" datatype="plaintext"><body>\n'
         '<trans-unit id="1"><source>Deep harbour.</source><target>深水港口。</target>'
         '</trans-unit>\n</body></file></xliff>\n').encode())
    result = run_tm("check", str(xliff))
    assert result.code == 2 and result.err.startswith(f"tm: error: {xliff}:3: this text is "
                                                      "UTF-8"), result.err
    tbx = tmp_path / "g.tbx"
    tbx.write_bytes(
        ('<?xml version="1.0" encoding="windows-1252"?>\n<martif type="TBX-Basic" '
         'xml:lang="en"><text><body>\n<termEntry id="c1"><langSet xml:lang="en"><tig><term>'
         'harbour</term></tig></langSet><langSet xml:lang="zh-CN"><tig><term>港口码头'
         '</term></tig></langSet></termEntry>\n</body></text></martif>\n').encode())
    with pytest.raises(ParseError, match=r"g\.tbx:3: this text is UTF-8"):
        read_tbx(tbx)


@pytest.mark.parametrize(("encoding", "target"), [
    ("ISO-8859-1", "Le port est très profond, à côté."),   # accents: not valid UTF-8
    ("GBK", "港口很深，水很清。"),
    ("windows-1252", "Plain ASCII only."),
])
def test_a_tmx_really_in_its_declared_encoding_still_reads(
        tmp_path: Path, encoding: str, target: str) -> None:
    path = tmp_path / "m.tmx"
    path.write_bytes(_tmx(encoding, target, PADDING).encode(encoding))
    assert list(read_units(path))[-1].target == target


def test_a_tmx_in_its_declared_encoding_after_a_utf8_stretch_still_reads(
        tmp_path: Path) -> None:
    # A UTF-8 note early in a Latin-1 TMX is not the file's encoding: the first byte that
    # is not UTF-8 (here chunks later) shows the file is what its declaration says.
    text = _tmx("ISO-8859-1", "Le port est très profond.", PADDING)
    start = text.index("<body>") + len("<body>")
    data = (text[:start].encode("latin-1") + "<!-- Begoña Muñoz, García -->".encode()
            + text[start:].encode("latin-1"))
    path = tmp_path / "m.tmx"
    path.write_bytes(data)
    assert list(read_units(path))[-1].target == "Le port est très profond."
