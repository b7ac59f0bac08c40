"""tm._shared.xml: one escaping policy for every writer, any declared encoding read."""

from __future__ import annotations

from pathlib import Path

import pytest

from rows import every_row
from tm._shared.xml import xml_id
from tm.errors import ParseError, UsageError
from tm.formats.tbx import read_tbx, write_tbx
from tm.formats.tmx import read_tmx, write_tmx
from tm.formats.xliff import read_xliff, write_xliff
from tm.model import Term, Unit

TMX = """<?xml version="1.0" encoding="{enc}"?>
<tmx version="1.4"><header srclang="en" creationtool="t" creationtoolversion="1"
segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/>
<body><tu><tuv xml:lang="en"><seg>Hello.</seg></tuv>
<tuv xml:lang="zh-CN"><seg>你好，世界。</seg></tuv></tu>
</body></tmx>
"""
XLIFF = """<?xml version="1.0" encoding="{enc}"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a" source-language="en" target-language="zh-CN" datatype="plaintext"><body>
<trans-unit id="s1"><source>Hello.</source><target>你好，世界。</target></trans-unit>
</body></file></xliff>
"""
TBX = """<?xml version="1.0" encoding="{enc}"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<text><body><conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>Inno Way</term></termSec>
</langSec><langSec xml:lang="zh-CN"><termSec><term>创业大街</term></termSec></langSec>
</conceptEntry></body></text></tbx>
"""


@pytest.mark.parametrize("encoding", ["GB18030", "GBK", "Big5", "UTF-8", "UTF-16"])
def test_xml_in_any_declared_encoding_is_read(tmp_path: Path, encoding: str) -> None:
    """Issue 9.14: expat refused GB18030 ('multi-byte encodings are not supported')."""
    big5 = encoding == "Big5"
    for name, template in (("a.tmx", TMX), ("a.xlf", XLIFF), ("a.tbx", TBX)):
        text = template.format(enc=encoding)
        if big5:
            text = text.replace("创业大街", "創業大街")
        (tmp_path / name).write_bytes(text.encode(encoding))
    assert [u.target for u in read_tmx(tmp_path / "a.tmx")] == ["你好，世界。"]
    assert [u.target for u in read_xliff(tmp_path / "a.xlf")] == ["你好，世界。"]
    terms = read_tbx(tmp_path / "a.tbx")
    assert terms[0].targets == ("創業大街" if big5 else "创业大街",)


def test_unknown_declared_encoding_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.tmx"
    path.write_bytes(TMX.format(enc="x-no-such-codec").encode())
    with pytest.raises(ParseError, match=r"bad\.tmx:1: unknown encoding 'x-no-such-codec'"):
        list(read_tmx(path))


def test_undecodable_bytes_in_a_declared_encoding_give_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.xlf"
    path.write_bytes(XLIFF.format(enc="GB18030").encode("gb18030").replace(b"Hello", b"\x81\x20"))
    with pytest.raises(ParseError, match=r"bad\.xlf:4: cannot decode"):
        list(read_xliff(path))


@pytest.mark.parametrize("bad", ["\x01", "\x1f", "\ufffe", "\uffff", "\ud800"])
def test_every_xml_writer_refuses_what_xml_cannot_hold_alike(tmp_path: Path, bad: str) -> None:
    """TMX raised, XLIFF replaced with U+FFFD, TBX wrote ill-formed XML: now one policy."""
    unit = Unit(f"a{bad}b", "甲")
    code = f"U\\+{ord(bad):04X}"
    with pytest.raises(UsageError, match=code):
        write_tmx([unit], tmp_path / "a.tmx")
    with pytest.raises(UsageError, match=code):
        write_xliff([unit], tmp_path / "a.xlf")
    with pytest.raises(UsageError, match=code):
        write_tbx([Term(f"a{bad}b", ("甲",))], tmp_path / "a.tbx")
    assert not list(tmp_path.iterdir())  # nothing half-written


def test_carriage_returns_tabs_and_newlines_survive_every_writer(tmp_path: Path) -> None:
    text = 'a\r\nb\tc "q" <&>'
    write_tmx([Unit(text, text, context=text)], tmp_path / "a.tmx")
    write_xliff([Unit(text, text, context=text)], tmp_path / "a.xlf")
    (tmx,) = read_tmx(tmp_path / "a.tmx")
    (xlf,) = read_xliff(tmp_path / "a.xlf")
    assert (tmx.source, tmx.target, tmx.context) == (text, text, text)
    assert (xlf.source, xlf.target, xlf.context) == (text, text, text)


@every_row(("value", "expected"), [
    ("inno-way", "inno-way"), ("3w-cafe", "_3w-cafe"), ("a b:c", "a-b-c"), ("", "_"),
    ("中关村", "_-"), ("-x", "_-x"), (".5", "_.5")])
def test_xml_id_is_an_ncname_every_validator_accepts(value: str, expected: str) -> None:
    assert xml_id(value, set()) == expected


def test_xml_ids_stay_unique() -> None:
    taken: set[str] = set()
    assert [xml_id(v, taken) for v in ("a b", "a-b", "a:b", "a-b-2")] == [
        "a-b", "a-b-2", "a-b-3", "a-b-2-2"]
