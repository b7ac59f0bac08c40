"""Red-team finding 22 (2026-12-06): a PO file is read in the charset its header declares.

gettext reads ``charset=ISO-8859-1`` (or GBK, Big5, KOI8-R ...) by decoding; tm
refused every such file.  What tm writes is UTF-8 with a header that says so,
except a file rewritten in place (``tm update``), which keeps its charset when
every character fits.  Each test is named for the class of defect it guards
against and fails on the code before its fix.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import run_tm
from tm.errors import ParseError
from tm.files import read_text
from tm.formats import read_units
from tm.formats.po import read_po

#: Charsets gettext accepts, each with text only it (among these) holds.
SAMPLES = {
    "ISO-8859-1": ("Coffee shop.", "Café ouvert, à côté."),
    "ISO-8859-15": ("Price.", "Prix : 5 € l'œuf."),
    "CP1252": ("Quote.", "«Zitat» — „so“."),
    "KOI8-R": ("Hello world.", "Привет, мир."),
    "GBK": ("Hello world.", "你好，世界。"),
    "GB18030": ("Hello world.", "你好，世界。𠀀"),
    "BIG5": ("Hello world.", "你好，世界。"),
    "EUC-JP": ("Hello world.", "こんにちは、世界。"),
    "SHIFT_JIS": ("Hello world.", "こんにちは、世界。"),
}


def _po_bytes(charset: str, source: str, target: str, declare: bool = True) -> bytes:
    header = f'"Content-Type: text/plain; charset={charset}\\n"\n' if declare else ""
    text = (f'msgid ""\nmsgstr ""\n{header}"Language: zh_CN\\n"\n\n'
            f'#. A note: {target}\nmsgid "{source}"\nmsgstr "{target}"\n')
    return text.encode(charset)


@pytest.mark.parametrize("charset", sorted(SAMPLES))
def test_a_po_in_any_charset_gettext_reads_is_decoded_like_gettext(
        tmp_path: Path, charset: str) -> None:
    source, target = SAMPLES[charset]
    path = tmp_path / "x.po"
    path.write_bytes(_po_bytes(charset, source, target))
    if shutil.which("msgfmt"):
        assert subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)],
                              capture_output=True, check=False).returncode == 0
    po = read_po(path)
    assert [(e.msgid, e.msgstr, e.comment) for e in po] == [(source, target, f"A note: {target}")]
    assert "charset=UTF-8" in po.metadata["Content-Type"]       # what every tm writer writes
    units = list(read_units(path))
    assert [(u.source, u.target) for u in units] == [(source, target)]


def test_a_charset_no_po_file_can_be_in_is_a_one_line_error(tmp_path: Path) -> None:
    for charset, why in (("UTF-16", "ASCII-compatible"), ("cp037", "ASCII-compatible"),
                         ("base64", "not a text encoding"), ("no-such-set", "not a known")):
        path = tmp_path / "x.po"
        path.write_bytes(_po_bytes("ascii", "A.", "B.").replace(b"charset=ascii",
                                                                  f"charset={charset}".encode()))
        with pytest.raises(ParseError) as caught:
            read_po(path)
        assert str(caught.value).startswith(f"{path}:3: charset '{charset}' "), caught.value
        assert why in str(caught.value)


def test_a_content_type_in_a_message_is_not_the_files_charset(tmp_path: Path) -> None:
    path = tmp_path / "x.po"
    path.write_text('msgid ""\nmsgstr "Language: zh_CN\\n"\n\nmsgid "A."\n'
                    'msgstr ""\n"Content-Type: text/plain; charset=KOI8-R\\n"\n'
                    '"é你"\n', encoding="utf-8")
    assert [e.msgstr for e in read_po(path)] == ["Content-Type: text/plain; charset=KOI8-R\né你"]


def test_the_encoding_option_decodes_a_po_that_declares_none(tmp_path: Path) -> None:
    path = tmp_path / "x.po"
    path.write_bytes(_po_bytes("gbk", "Hello.", "你好。", declare=False))
    with pytest.raises(ParseError, match=r"x\.po:\d+: cannot decode byte 0x\w+ as UTF-8; the "
                       r"header names no charset, but .*: pass --encoding gb18030"):
        read_po(path)
    assert [e.msgstr for e in read_po(path, encoding="gbk")] == ["你好。"]
    path.write_bytes(_po_bytes("gbk", "Hello.", "你好。").replace(b"charset=gbk",
                                                                  b"charset=CHARSET"))
    assert [e.msgstr for e in read_po(path, encoding="gbk")] == ["你好。"]


def test_update_in_place_keeps_the_files_charset_when_everything_fits(tmp_path: Path) -> None:
    po = tmp_path / "fr.po"
    po.write_bytes(_po_bytes("ISO-8859-1", "Coffee shop.", "Café ouvert."))
    (tmp_path / "a.txt").write_text("Coffee shop. Tea room.\n", encoding="utf-8")
    result = run_tm("update", str(tmp_path / "a.txt"), "--po", str(po))
    assert result.code == 0, result.err
    data = po.read_bytes()
    assert b"charset=ISO-8859-1" in data and "Café ouvert.".encode("latin-1") in data
    assert [e.msgstr for e in read_po(po) if e.msgid == "Coffee shop."] == ["Café ouvert."]
    # A new sentence Latin-1 cannot hold: the file becomes UTF-8 and says so.
    (tmp_path / "a.txt").write_text("Coffee shop. Tea “room”.\n", encoding="utf-8")
    result = run_tm("update", str(tmp_path / "a.txt"), "--po", str(po))
    assert result.code == 0, result.err
    data = po.read_bytes()
    assert b"charset=UTF-8" in data and "Café ouvert.".encode() in data
    assert "Tea “room”." in {e.msgid for e in read_po(po)}


def test_a_po_written_elsewhere_is_utf8_and_says_so(tmp_path: Path) -> None:
    po = tmp_path / "fr.po"
    po.write_bytes(_po_bytes("ISO-8859-1", "Coffee shop.", "Café ouvert."))
    (tmp_path / "a.txt").write_text("Coffee shop.\n", encoding="utf-8")
    out = tmp_path / "out.po"
    result = run_tm("update", str(tmp_path / "a.txt"), "--po", str(po), "-o", str(out))
    assert result.code == 0, result.err
    text = out.read_bytes().decode("utf-8")
    assert "charset=UTF-8" in text and "Café ouvert." in text


@pytest.mark.parametrize("header", [
    'msgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"',
    'msgstr "Language: fr\\nContent-Type: text/plain; charset=ISO-8859-1\\n"',
    'msgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=ISO-8859-1\\n"',
])
def test_the_charset_is_found_wherever_the_header_string_puts_it(
        tmp_path: Path, header: str) -> None:
    path = tmp_path / "x.po"
    path.write_bytes(f'msgid ""\n{header}\n\nmsgid "Coffee."\nmsgstr "Café."\n'
                     .encode("latin-1"))
    assert [e.msgstr for e in read_po(path)] == ["Café."]


def test_a_po_and_a_text_file_report_an_undecodable_byte_alike(tmp_path: Path) -> None:
    """One decoder (tm._shared.files.decode_as) for PO and plain text: one message, one line."""
    data = 'msgid "a"\nmsgstr "Café"\n'.encode("latin-1")
    for name in ("x.po", "x.txt"):
        (tmp_path / name).write_bytes(data)
    with pytest.raises(ParseError) as po:
        read_po(tmp_path / "x.po")
    with pytest.raises(ParseError) as text:
        read_text(tmp_path / "x.txt")
    assert str(po.value).startswith(f"{tmp_path / 'x.po'}:2: cannot decode byte 0xe9 as UTF-8;")
    assert str(text.value).startswith(f"{tmp_path / 'x.txt'}:2: cannot decode byte 0xe9 as UTF-8 ")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_po_saved_as_utf16_names_its_encoding_not_a_binary_file(
        tmp_path: Path, encoding: str) -> None:
    # Windows Notepad's "Unicode" is UTF-16 with a byte-order mark: tm said
    # "binary file (NUL byte)", which sends the translator looking for corruption.
    import codecs

    bom = {"utf-16": b"", "utf-16-be": codecs.BOM_UTF16_BE, "utf-32": b""}[encoding]
    path = tmp_path / "x.po"
    path.write_bytes(bom + 'msgid "Hello."\nmsgstr "你好。"\n'.encode(encoding))
    result = run_tm("check", str(path))
    assert result.code == 2 and result.err.count("\n") == 1, result.err
    assert result.err.startswith(f"tm: error: {path}:1: "), result.err
    assert "UTF-" in result.err and "binary" not in result.err, result.err
    assert "iconv" in result.err or "msgconv" in result.err, result.err


def test_an_update_in_place_of_a_po_left_with_charset_placeholder_declares_utf8(
        tmp_path: Path) -> None:
    # R9-5: a catalog made from a POT without msginit keeps "charset=CHARSET"; tm update
    # wrote UTF-8 bytes under it (msgfmt: "CHARSET is not a portable encoding name").
    po = tmp_path / "a.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=CHARSET\\n"\n'
                  '"Language: zh_CN\\n"\n\nmsgid "Crème brûlée."\nmsgstr "焦糖布丁。"\n',
                  encoding="utf-8")
    source = tmp_path / "a.txt"
    source.write_text("Crème brûlée.\n\nTiramisu.\n", encoding="utf-8")
    assert run_tm("update", str(source), "--po", str(po)).code == 0
    text = po.read_bytes().decode("utf-8")
    assert "charset=UTF-8" in text and "CHARSET" not in text and "焦糖布丁。" in text
    if shutil.which("msgfmt"):
        checked = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)],
                                 capture_output=True, text=True, check=True)
        assert "CHARSET" not in checked.stderr


@pytest.mark.parametrize(("charset", "reason"), [
    ("ISO-8859-1", "reads it as"),          # single-byte: decodes anything, silently
    ("KOI8-R", "reads it as"),
    ("CP1252", "but the bytes are UTF-8"),  # fails on a byte cp1252 leaves undefined
    ("GBK", "but the bytes are UTF-8"),
])
def test_utf8_text_under_a_header_naming_another_charset_is_refused_with_the_fix(
        tmp_path: Path, charset: str, reason: str) -> None:
    # Red-team pass 11 (R11-3): a catalog re-saved as UTF-8 by an editor or a script
    # with its header left at charset=ISO-8859-1 was read as mojibake: tm check said
    # nothing, tm import stored '\u00e7\u008c\u00ab...' for '\u6e2f\u53e3'; under
    # charset=GBK the error advised 'e.g. charset=windows-1252', not the real fix.
    path = tmp_path / "x.po"
    path.write_bytes(_po_bytes("utf-8", "The harbour is deep.", "港口很深，水很清。")
                     .replace(b"charset=utf-8", f"charset={charset}".encode()))
    with pytest.raises(ParseError) as caught:
        read_po(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:6: "), message   # the first line holding such text
    assert reason in message and "charset=UTF-8" in message and "header" in message
    db = tmp_path / "tm.db"
    result = run_tm("import", str(path), "--db", str(db))
    assert result.code == 2 and f"{path}:6:" in result.err and not db.exists()
    assert run_tm("check", str(path)).code == 2


def test_a_legacy_catalog_whose_text_happens_to_hold_no_utf8_is_still_read(
        tmp_path: Path) -> None:
    # The refusal needs valid UTF-8 that the declared charset reads otherwise; Latin-1
    # accents and GBK Chinese are not valid UTF-8, and pure ASCII reads the same.
    for charset, target in (("ISO-8859-1", "Café, à côté, 5 °C."), ("GBK", "港口很深。"),
                            ("KOI8-R", "Plain ASCII only.")):
        path = tmp_path / "x.po"
        path.write_bytes(_po_bytes(charset, "The harbour is deep.", target))
        assert [e.msgstr for e in read_po(path)] == [target]


def test_a_legacy_catalog_with_a_utf8_comment_is_read_in_its_declared_charset(
        tmp_path: Path) -> None:
    # One byte that is not UTF-8 makes the file a Latin-1 one: a UTF-8 translator comment
    # (a name pasted from elsewhere) at its top does not get the whole catalog refused.
    path = tmp_path / "x.po"
    path.write_bytes("# Traducción de Begoña Muñoz\n".encode() + _po_bytes(
        "ISO-8859-1", "Coffee shop.", "Café ouvert, à côté."))
    assert [e.msgstr for e in read_po(path)] == ["Café ouvert, à côté."]
