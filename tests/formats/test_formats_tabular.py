"""CSV/TSV tables and the read_units dispatcher (extensions, sniffing, locale trees)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tm.errors import ParseError
from tm.formats import detect_format, read_units, write_units
from tm.formats.tabular import read_csv
from tm.model import Unit

# (case, file name, content, expected (source, target, context, note, source_lang, target_lang))
CASES = [
    ("csv-no-header", "a.csv", "Hello,你好\nBye,再见,ctx,a note\n",
     [("Hello", "你好", "", "", "en", "zh-CN"), ("Bye", "再见", "ctx", "a note", "en", "zh-CN")]),
    ("csv-header-reordered", "a.csv", "target,source,note\n你好,Hello,hi\n",
     [("Hello", "你好", "", "hi", "en", "zh-CN")]),
    ("csv-quoted-multiline", "a.csv", 'source,target\n"Say ""hi"",\nthen go",说“嗨”\n',
     [('Say "hi",\nthen go', "说“嗨”", "", "", "en", "zh-CN")]),
    ("tsv-language-header", "b.tsv", "ref\ten\tzh\nGen.1.1\tIn the beginning.\t起初。\n",
     [("In the beginning.", "起初。", "Gen.1.1", "", "en", "zh")]),
    ("tsv-zh-to-en-header", "b.tsv", "zh_CN\ten_US\n你好\tHello\n",
     [("你好", "Hello", "", "", "zh-CN", "en-US")]),
    ("tsv-quotes-are-text", "b.tsv", '"Quoted" word\t“引号”\n',
     [('"Quoted" word', "“引号”", "", "", "en", "zh-CN")]),
    ("tsv-escapes", "b.tsv", "a\\tb\\nc\\\\d\t甲\n", [("a\tb\nc\\d", "甲", "", "", "en", "zh-CN")]),
    ("blank-lines-skipped", "c.csv", "\nA,甲\n\n\nB,乙\n",
     [("A", "甲", "", "", "en", "zh-CN"), ("B", "乙", "", "", "en", "zh-CN")]),
    ("semicolon-csv", "e.csv", "source;target\nA, B;甲，乙\n",
     [("A, B", "甲，乙", "", "", "en", "zh-CN")]),
    ("tab-in-csv-file", "f.csv", "A\t甲\n", [("A", "甲", "", "", "en", "zh-CN")]),
    ("bom-and-crlf", "d.csv", "\ufeffsource,target\r\nA,甲\r\n",
     [("A", "甲", "", "", "en", "zh-CN")]),
]


@pytest.mark.parametrize(("name", "content", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_read_cases(tmp_path: Path, name: str, content: str,
                    expected: list[tuple[str, ...]]) -> None:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8"))
    got = [(u.source, u.target, u.context, u.note, u.source_lang, u.target_lang)
           for u in read_csv(path)]
    assert got == expected


def test_utf16_excel_export(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("source\ttarget\r\nA\t甲\r\n".encode("utf-16"))
    assert [(u.source, u.target) for u in read_csv(path)] == [("A", "甲")]


def test_origin_is_the_line_a_row_starts_on(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text('source,target\n"multi\nline",甲\n\nB,乙\n', encoding="utf-8")
    assert [u.origin.line for u in read_csv(path)] == [2, 5]


# (case, file name, bytes, line, message fragment)
ERRORS = [
    ("one-column", "a.csv", b"A,\xe7\x94\xb2\nonly one\n", 2, "at least 2 columns"),
    ("wrong-delimiter", "a.tsv", b"A,B\n", 1, "is the delimiter right"),
    ("bad-quoting", "a.csv", b'A,"unterminated\n', 1, "bad CSV"),
    ("not-utf8", "a.csv", b"A,B\nC,\xff\xfe\n", 2, "cannot decode"),
]


@pytest.mark.parametrize(("name", "data", "line", "fragment"), [c[1:] for c in ERRORS],
                         ids=[c[0] for c in ERRORS])
def test_errors_name_file_and_line(tmp_path: Path, name: str, data: bytes, line: int,
                                   fragment: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ParseError) as info:
        list(read_csv(path))
    assert (info.value.path, info.value.line) == (str(path), line)
    assert fragment in info.value.message


# -- read_units ------------------------------------------------------------------
PO = """msgid ""
msgstr ""
"Language: {lang}\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Hello."
msgstr "你好。"

#, fuzzy
msgid "Fuzzy one."
msgstr "模糊。"

msgid "Untranslated."
msgstr ""

#~ msgid "Old."
#~ msgstr "旧。"
"""


@pytest.mark.parametrize(("fuzzy", "obsolete", "expected"), [
    (False, False, ["Hello."]),
    (True, False, ["Hello.", "Fuzzy one."]),
    (False, True, ["Hello.", "Old."]),
])
def test_po_flags(tmp_path: Path, fuzzy: bool, obsolete: bool, expected: list[str]) -> None:
    path = tmp_path / "x.po"
    path.write_text(PO.format(lang="zh_CN"), encoding="utf-8")
    got = list(read_units(path, include_fuzzy=fuzzy, include_obsolete=obsolete))
    assert [u.source for u in got] == expected
    assert {u.target_lang for u in got} == {"zh-CN"}


def test_locale_tree_reads_every_po_with_language_from_path(tmp_path: Path) -> None:
    for lang in ("zh_CN", "zh_TW"):
        folder = tmp_path / "locales" / lang / "LC_MESSAGES"
        folder.mkdir(parents=True)
        (folder / "app.po").write_text(PO.format(lang=""), encoding="utf-8")
    (tmp_path / "locales" / "README.txt").write_text("not a po", encoding="utf-8")
    got = list(read_units(tmp_path / "locales"))
    assert [(u.source, u.target_lang) for u in got] == [("Hello.", "zh-CN"), ("Hello.", "zh-TW")]
    assert got[0].origin.path.endswith("zh_CN/LC_MESSAGES/app.po") and got[0].origin.line == 6


@pytest.mark.parametrize(("content", "fmt"), [
    ('<?xml version="1.0"?>\n<tmx version="1.4">', "tmx"),
    ('msgid ""\nmsgstr ""\n', "po"),
    ("# comment\nmsgid \"a\"\n", "po"),
    ("A\t甲\n", "tsv"),
    ("A,甲\n", "csv"),
])
def test_format_sniffed_without_extension(tmp_path: Path, content: str, fmt: str) -> None:
    path = tmp_path / "memory.dat"
    path.write_text(content, encoding="utf-8")
    assert detect_format(path) == fmt


def test_unknown_format_and_empty_tree_are_parse_errors(tmp_path: Path) -> None:
    path = tmp_path / "notes.dat"
    path.write_text("just words\n", encoding="utf-8")
    with pytest.raises(ParseError, match="unknown file format"):
        list(read_units(path))
    with pytest.raises(ParseError, match=r"no \*\.po, \*\.tmx, \*\.xlf or \*\.xliff files"):
        list(read_units(tmp_path))


def test_write_units_rejects_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown output format"):
        write_units([], tmp_path / "x.docx")


@pytest.mark.parametrize("name", ["nul.csv", "nul.tsv"])
def test_nul_bytes_in_a_table_are_refused_at_import(tmp_path: Path, name: str) -> None:
    """Issue 9.9: a NUL imported from CSV broke every later export."""
    path = tmp_path / name
    sep = "\t" if name.endswith(".tsv") else ","
    path.write_bytes(f"A{sep}甲\nB\x00{sep}乙\n".encode())
    with pytest.raises(ParseError, match=rf"{name}:2: binary file \(NUL byte\)"):
        list(read_units(path))


def test_nul_in_a_utf16_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "excel.txt.tsv"
    path.write_bytes("A\t甲\nB\x00\t乙\n".encode("utf-16"))
    with pytest.raises(ParseError, match=r":2: binary file \(NUL byte\)"):
        list(read_units(path))


def test_line_separators_stay_inside_utf16_cells(tmp_path: Path) -> None:
    """splitlines() cut UTF-16 tables at U+2028/U+0085: a cell was split into two rows."""
    path = tmp_path / "excel.tsv"
    path.write_bytes("A\u2028B\t甲\u0085乙\n".encode("utf-16"))
    assert [(u.source, u.target) for u in read_units(path)] == [("A\u2028B", "甲\u0085乙")]


@pytest.mark.parametrize(("text", "line"), [
    ('source,target\n"Open the door,开门\nClose it,关上\n', 2),
    ("source,target\nOne,一\nTwo,二\nThree,\"三\n", 4)])
def test_an_unclosed_quote_names_the_row_it_opens_on(tmp_path: Path, text: str,
                                                      line: int) -> None:
    # R9-2: the error named the last line of the file ("unexpected end of data"), where
    # the csv module noticed, not the row whose stray quote swallowed the rest.
    path = tmp_path / "q.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError) as caught:
        list(read_csv(path))
    assert caught.value.line == line and "never closed" in str(caught.value)


@pytest.mark.parametrize("name", ["memory.txt", "memory.tsv"])
def test_a_wordfast_memory_is_named_not_read_as_a_table(tmp_path: Path, name: str) -> None:
    # R9-4: a Wordfast TXT memory (date, user, count, language, source, language, target)
    # sniffed as TSV imported "20240101~101010" -> "AB" and its header as units.
    path = tmp_path / name
    path.write_text("%20240301~093000\t%User ID,JD,JD\t%TU=00000001\t%EN-US\t"
                    "%Wordfast TM v.5.51r/00\t%ZH-CN\t%---80000000\t\t \t\n"
                    "20240301~093000\tJD\t0\tEN-US\tWater the plants.\tZH-CN\t给植物浇水。\n",
                    encoding="utf-8")
    with pytest.raises(ParseError) as caught:
        list(read_units(path))
    assert caught.value.line == 1 and "Wordfast TM" in str(caught.value)
    assert "TMX" in str(caught.value)


def test_excel_unicode_text_quoting_is_read(tmp_path: Path) -> None:
    # R9-8: Excel's "Unicode Text" / "Text (Tab delimited)" puts a cell that holds a quote
    # in quotes, doubling its own: the memory stored '"Say ""hi"" now"' with the quoting.
    path = tmp_path / "sheet.txt"
    path.write_bytes("English\tChinese\r\nOpen the file.\t打开文件。\r\n"
                     '"Say ""hi"" now"\t现在说“嗨”\r\n'.encode("utf-16"))
    assert [u.source for u in read_units(path)] == ["Open the file.", 'Say "hi" now']
    # REDTEAM13 J-4: a first row of language names (a language menu's strings) is data,
    # not a header naming the columns' languages (read as one once names were read)
    for first in ("Japanese\t日语", "German\tDeutsch", "Chinese (Simplified)\t简体中文"):
        path.write_text(f"{first}\nOpen the file.\t打开文件。\n", encoding="utf-8")
        assert [u.source for u in read_units(path)] == [first.split("\t")[0], "Open the file."]


@pytest.mark.parametrize("text", ['"Stop" he said.', '"Stop"', 'A "quoted" word',
                                  '"a" and "b"'])
def test_quotes_in_tms_own_tsv_stay_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "a.tsv"
    write_units([Unit(text, "停")], path)
    assert [u.source for u in read_units(path)] == [text]
