"""Red-team pass 8: ``-`` for every input, and a binary file named as such by every reader.

* ``tm check FILE --glossary -`` (and ``tm terms``) refused stdin: "unknown glossary
  format '(no extension)'"; every other input of tm reads ``-``.  A glossary without
  an extension is now read by what it holds (TBX, PO, TSV or CSV).
* A TMX holding a NUL byte failed with expat's "not well-formed (invalid token)"; the
  PO, CSV, text, TBX and XLIFF readers say "binary file (NUL byte)".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_tm

PO = ('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
      'msgid "Rename the folder."\nmsgstr "重命名目录。"\n')
TBX = ('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en"><text>'
       '<body><termEntry><langSet xml:lang="en"><tig><term>folder</term></tig></langSet>'
       '<langSet xml:lang="zh-CN"><tig><term>文件夹</term></tig></langSet></termEntry></body>'
       "</text></martif>\n")
GLOSSARIES = {"tbx": TBX, "csv": "source;target\nfolder;文件夹\n",
              "tsv": "source\ttarget\nfolder\t文件夹\n",
              "po": PO.replace("Rename the folder.", "folder").replace("重命名目录。", "文件夹")}


@pytest.mark.parametrize("kind", sorted(GLOSSARIES))
def test_a_glossary_from_stdin_is_read_by_its_content(tmp_path: Path, kind: str) -> None:
    po = tmp_path / "a.po"
    po.write_text(PO, encoding="utf-8")
    result = run_tm("check", str(po), "--glossary", "-", stdin=GLOSSARIES[kind])
    assert result.code == 1, result.err
    assert "'folder' should be rendered as 文件夹" in result.out
    terms = run_tm("terms", "Open the folder.", "--glossary", "-", stdin=GLOSSARIES[kind])
    assert terms.code == 0 and "文件夹" in terms.out, terms.err


def test_a_tmx_with_a_nul_byte_is_a_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "nul.tmx"
    path.write_bytes(b'<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en"/><body>'
                     b'<tu><tuv xml:lang="en"><seg>a\x00</seg></tuv><tuv xml:lang="zh-CN">'
                     b"<seg>y</seg></tuv></tu></body></tmx>\n")
    result = run_tm("import", str(path), "--db", str(tmp_path / "m.db"))
    assert result.code == 2
    assert result.err == f"tm: error: {path}:2: binary file (NUL byte); expected XML\n"


#: A Chinese text with 一 (U+4E00: a NUL byte on the "wrong" side in UTF-16) and line breaks.
UTF16_TEXT = "他一早就出发了。\n\n天气很好，一路顺风。\nThe end.\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_text_in_utf16_without_a_byte_order_mark_is_named_with_its_fix(
        tmp_path: Path, codec: str) -> None:
    # Red-team pass 11 (R11-8): 'binary file (NUL byte)' for a UTF-16 text saved without
    # a BOM; the XML readers already detect one.  The fix is named, and it works.
    path = tmp_path / "zh.txt"
    path.write_bytes(UTF16_TEXT.encode(codec))
    result = run_tm("segment", str(path))
    assert result.code == 2
    assert result.err == (f"tm: error: {path}:1: the text is {codec.upper()} without a "
                          f"byte-order mark: pass --encoding {codec}, or convert it to UTF-8\n")
    result = run_tm("segment", str(path), "--encoding", codec)
    assert result.code == 0 and "他一早就出发了。" in result.out


def test_a_binary_file_is_still_called_binary(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 8)
    result = run_tm("segment", str(path))
    assert result.code == 2 and "binary file (NUL byte)" in result.err
