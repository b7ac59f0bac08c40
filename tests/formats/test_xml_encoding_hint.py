"""Red-team pass 8: an XML file in GB18030, Big5 or Windows-1252 that does not say so.

A TMX saved in GB18030 without ``encoding="GB18030"`` in its XML declaration
failed with expat's ``malformed XML: not well-formed (invalid token)``; a TBX or
XLIFF with ``cannot decode byte 0xce as utf-8`` and no word on what to do.  Every
reader now names the byte and line as UTF-8 text readers do, and says what the
bytes read as and how to declare it (an XML file's encoding is named in its
declaration, not by ``--encoding``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_tm

TMX = ('<tmx version="1.4"><header creationtool="x" creationtoolversion="1" datatype="plaintext" '
       'segtype="sentence" adminlang="en" srclang="en" o-tmf="x"/><body>\n<tu><tuv xml:lang="en">'
       '<seg>Good morning.</seg></tuv><tuv xml:lang="zh-CN"><seg>早上好，各位。</seg></tuv></tu>'
       "</body></tmx>\n")
XLIFF = ('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
         'source-language="en" target-language="zh-CN" datatype="plaintext"><body>\n'
         '<trans-unit id="1"><source>Good morning.</source><target>早上好，各位。</target>'
         "</trans-unit></body></file></xliff>\n")
TBX = ('<martif type="TBX-Basic" xml:lang="en"><text><body>\n<termEntry><langSet xml:lang="en">'
       '<tig><term>morning</term></tig></langSet><langSet xml:lang="zh-CN"><tig><term>早上</term>'
       "</tig></langSet></termEntry></body></text></martif>\n")
PO = ('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
      'msgid "Good morning."\nmsgstr "早上好。"\n')


def _run(tmp_path: Path, kind: str, path: Path) -> tuple[int, str]:
    if kind == "tbx":
        po = tmp_path / "a.po"
        po.write_text(PO, encoding="utf-8")
        result = run_tm("check", str(po), "--glossary", str(path))
    else:
        result = run_tm("import", str(path), "--db", str(tmp_path / "m.db"))
    return result.code, result.err


@pytest.mark.parametrize(("kind", "body"), [("tmx", TMX), ("xlf", XLIFF), ("tbx", TBX)])
@pytest.mark.parametrize("declaration", ["", '<?xml version="1.0"?>\n'])
@pytest.mark.parametrize("codec", ["gb18030", "big5"])
def test_chinese_xml_without_its_encoding_gets_the_hint(
        tmp_path: Path, kind: str, body: str, declaration: str, codec: str) -> None:
    path = tmp_path / f"legacy.{kind}"
    path.write_bytes((declaration + body).encode(codec))
    code, err = _run(tmp_path, kind, path)
    line = 2 if declaration else 1
    assert code == 2
    assert err.startswith(f"tm: error: {path}:{line + 1}: cannot decode byte 0x"), err
    assert " as UTF-8 (it reads as Chinese in " in err
    assert f'encoding="{"GB18030" if codec == "gb18030" else "Big5"}"' in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(("kind", "body"), [("tmx", TMX), ("xlf", XLIFF)])
def test_declared_it_reads(tmp_path: Path, kind: str, body: str) -> None:
    path = tmp_path / f"legacy.{kind}"
    path.write_bytes(('<?xml version="1.0" encoding="GB18030"?>\n' + body).encode("gb18030"))
    code, err = _run(tmp_path, kind, path)
    assert code == 0, err


def test_latin1_xml_is_told_to_declare_its_encoding(tmp_path: Path) -> None:
    path = tmp_path / "fr.tmx"
    path.write_bytes(TMX.replace("早上好，各位。", "Bonjour à tous.").replace(
        "zh-CN", "fr").encode("cp1252"))
    code, err = _run(tmp_path, "tmx", path)
    assert code == 2
    assert err.startswith(f"tm: error: {path}:2: cannot decode byte 0xe0 as UTF-8 (it is not "
                          "UTF-8: name its encoding in the XML declaration"), err


def test_a_real_syntax_error_is_still_called_malformed(tmp_path: Path) -> None:
    path = tmp_path / "bad.tmx"
    path.write_text(TMX.replace("</seg></tuv></tu>", "</seg></tuv></tux>"), encoding="utf-8")
    code, err = _run(tmp_path, "tmx", path)
    assert code == 2 and "malformed XML" in err, err


def test_a_character_cut_between_two_pieces_of_a_stream_is_no_error() -> None:
    from tm._shared.files import utf8_error

    data = "早上好，各位。".encode()
    for cut in range(1, len(data)):
        assert utf8_error(data[:cut]) is None and utf8_error(data[cut:]) is None
    assert utf8_error("早上".encode("gb18030")) == 0
    assert utf8_error(b"ok " + "é".encode("cp1252") + b" then") == 3


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(("name", "document", "command"), [
    ("a.xlf", XLIFF, ("import", "--db", "m.db")), ("a.tmx", TMX, ("import", "--db", "m.db")),
    ("g.tbx", TBX, ("terms", "Good morning.", "--glossary"))])
def test_utf16_without_a_byte_order_mark_is_read_by_every_xml_reader(
        tmp_path: Path, codec: str, name: str, document: str, command: tuple[str, ...]) -> None:
    # R9-1: an XLIFF or TBX in UTF-16 with no BOM (the XML spec detects it by its first
    # bytes, as expat and the TMX reader did) was called "binary file (NUL byte)".
    path = tmp_path / name
    path.write_bytes(('<?xml version="1.0" encoding="UTF-16"?>\n' + document).encode(codec))
    if command[0] == "terms":
        result = run_tm(*command, str(path), cwd=tmp_path)
        assert result.code == 0 and "早上" in result.out, result.err
    else:
        result = run_tm(command[0], str(path), *command[1:], cwd=tmp_path)
        assert result.code == 0 and "imported 1 unit" in result.out, result.err


@pytest.mark.parametrize(("name", "document"), [("a.tmx", TMX), ("a.xlf", XLIFF)])
def test_a_forbidden_character_reference_says_what_to_do(tmp_path: Path, name: str,
                                                         document: str) -> None:
    # R9-9: a tool's export with &#xB; (Word's soft line break) is refused whole, as XML 1.0
    # requires; the error gave expat's words only, not what to do about it.
    path = tmp_path / name
    path.write_text(document.replace("Good morning.", "Good&#xB;morning."), encoding="utf-8")
    result = run_tm("import", str(path), "--db", str(tmp_path / "m.db"))
    assert result.code == 2 and result.err.count("\n") == 1, result.err
    assert result.err.startswith(f"tm: error: {path}:2: malformed XML")
    assert "delete the reference, or replace it with a space" in result.err
