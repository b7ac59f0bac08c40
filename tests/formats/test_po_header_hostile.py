"""Red-team pass 7: a PO header line tm cannot parse is kept exactly or refused, never altered.

Each test is named for the class of defect it guards against and fails on the
code before its fix.
"""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest

from conftest import run_tm
from tm.errors import ParseError
from tm.formats.po import format_po, read_po

HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Language: zh_CN\\n"\n{fields}\nmsgid "A."\nmsgstr "甲。"\n')


def test_a_header_continuation_line_survives_a_rewrite_exactly(tmp_path: Path) -> None:
    # REDTEAM2/REDTEAM4 observed: `"X-Note: first part\n"` / `"  second part (no colon)\n"`
    # was rewritten as `"X-Note: first part\ufffdsecond part\n"`: a header corrupted.
    lines = '"X-Note: first part\\n"\n"  second part (no colon)\\n"\n'
    po = tmp_path / "h.po"
    po.write_text(HEADER.format(fields=lines), encoding="utf-8")
    assert lines in format_po(read_po(po))
    source = tmp_path / "new.txt"
    source.write_text("A.\nB.\n", encoding="utf-8")
    assert run_tm("update", str(source), "--po", str(po)).code == 0
    assert lines in po.read_text(encoding="utf-8")


@pytest.mark.parametrize(("fields", "line", "message"), [
    ('"X-A: 1\\n"\n"X-A: 2\\n"\n', 6, "header field 'X-A' given twice"),
    ('"X-A: 1\\n"\n', 3, "header line 'no field yet' is not a 'Field: value' line"),
])
def test_a_header_line_the_fields_cannot_hold_is_read_as_gettext_reads_it_never_rewritten(
        tmp_path: Path, fields: str, line: int, message: str) -> None:
    # msgfmt -c accepts both headers and msgcat keeps them, so tm reads them (tm check in CI
    # must not refuse a PO gettext accepts), the first of two fields winning as in gettext;
    # writing one back would lose a line (a second field of a name overwrote the first, a
    # line before any field was dropped), so that alone is refused, naming the line.
    text = HEADER.format(fields=fields)
    if "no field" in message:
        text = text.replace('msgstr ""\n', 'msgstr ""\n"no field yet\\n"\n', 1)
    po = tmp_path / "h.po"
    po.write_text(text, encoding="utf-8")
    catalog = read_po(po)
    assert catalog.metadata["X-A"] == "1"
    assert catalog.metadata["Language"] == "zh_CN"
    assert run_tm("check", str(po)).code == 0
    with pytest.raises(ParseError) as caught:
        format_po(catalog)
    assert str(caught.value).startswith(f"{po}:{line}: {message}")
    source = tmp_path / "new.txt"
    source.write_text("A.\nB.\n", encoding="utf-8")
    result = run_tm("update", str(source), "--po", str(po))
    assert result.code == 2 and f"{po}:{line}: {message}" in result.err
    assert po.read_text(encoding="utf-8") == text


@pytest.mark.parametrize("error", [
    ParseError("catalog.po", 6, "header field 'X-A' given twice"),
    ParseError("notes.txt", 0, "binary file (NUL byte); expected text"),
])
def test_a_parse_error_survives_a_copy_and_a_pickle_whole(error: ParseError) -> None:
    # Red-team pass 11 (R11-2): ParseError took (path, line, message) but handed only its
    # text to Exception, so copy.deepcopy and pickle (multiprocessing) called it with one
    # argument: TypeError.  A POFile carries its unwritable header's ParseError, so
    # deep-copying such a catalog (tm pretranslate does) crashed with a traceback.
    for copied in (copy.deepcopy(error), pickle.loads(pickle.dumps(error))):
        assert type(copied) is ParseError
        assert (copied.path, copied.line, copied.message, str(copied)) == (
            error.path, error.line, error.message, str(error))


def test_pretranslate_of_a_template_whose_header_cannot_be_written_back_is_one_line(
        tmp_path: Path) -> None:
    # R11-2: `tm pretranslate` of a POT repeating a header field printed a TypeError
    # traceback; it refuses it in one line, as tm update does, and writes nothing.
    memory = tmp_path / "memory.tsv"
    memory.write_text("source\ttarget\nA.\t甲。\n", encoding="utf-8")
    db = tmp_path / "tm.db"
    assert run_tm("import", str(memory), "--db", str(db)).code == 0
    template = tmp_path / "h.pot"
    template.write_text(HEADER.format(fields='"X-A: 1\\n"\n"X-A: 2\\n"\n'), encoding="utf-8")
    with pytest.raises(ParseError, match="given twice"):
        format_po(copy.deepcopy(read_po(template)))
    out = tmp_path / "out.po"
    result = run_tm("pretranslate", str(template), "--db", str(db), "-o", str(out))
    assert result.code == 2, result.err
    assert result.err.strip() == f"tm: error: {template}:6: header field 'X-A' given twice: " \
                                 "tm cannot write this header back unchanged"
    assert not out.exists()


@pytest.mark.parametrize(("language", "stored"), [
    ("Chinese (China)", "zh-CN"), ("Chinese (Traditional)", "zh-TW"), ("简体中文", "zh-CN"),
    ("Chinese (Mars)", None), ("Klingon", None),
    pytest.param("Chinese" + " " * 30_000 + "(", None, id="blank-run"),  # review R-1: O(n²)
])
def test_a_language_name_in_the_header_is_read_as_its_code_or_refused_at_its_line(
        tmp_path: Path, language: str, stored: str | None) -> None:
    # REDTEAM12 I-11: `Language: Chinese (China)` (msgfmt -c accepts it) was stored as the
    # "language" 'Chinese (China)' (no zh-CN lookup found the units) and tm check ran no
    # Chinese check (a dropped number went unreported).  A name tm reads is its code; one it
    # cannot read is a one-line error at the header's line, never a made-up language.
    from tm.formats import catalog_language, read_units

    po = tmp_path / "ui.po"
    po.write_text(HEADER.replace("zh_CN", language).format(fields="")
                  + '\nmsgid "Delete 3 files"\nmsgstr "删除文件"\n', encoding="utf-8")
    checked = run_tm("check", str(po))
    if stored is None:
        assert checked.code == 2
        shown = language if len(language) < 60 else "Chinese…"
        assert checked.err == (f"tm: error: {po}:4: Language header {shown!r} is no "
                               "language tm can read: write its code (zh_CN, zh_TW, en)\n")
        return
    assert {u.target_lang for u in read_units(po)} == {stored}
    assert catalog_language(po) == stored
    assert checked.code == 1 and "3 in the source not found" in checked.out
