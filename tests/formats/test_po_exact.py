"""Every string survives a PO write and read exactly, as GNU gettext reads it too (issue 9.1).

polib split PO text with ``str.splitlines``, so U+2028, U+2029, U+0085 and
U+001C-U+001E inside a string cut it: characters vanished, exit 0.  Here any
text from all of Unicode (no NUL or U+0004, which PO cannot carry, and no
lone surrogates, which UTF-8 cannot) is written with tm, read back with tm,
compiled with ``msgfmt -c`` and read from the .mo file: all three agree.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from tm.errors import ParseError
from tm.formats.po import format_po, new_po, parse_po, read_po, write_po

MSGFMT = shutil.which("msgfmt")
LINE_SEPARATORS = "\u2028\u2029\u0085\u001c\u001d\u001e\u000b\u000c\r"

# NUL and U+0004 (gettext's context separator) cannot be carried by a PO file at all.
any_char = st.characters(exclude_categories=("Cs",), exclude_characters="\x00\x04")
# Text from all of Unicode, with the characters str.splitlines() breaks on made likely.
text = st.text(st.one_of(any_char, st.sampled_from(LINE_SEPARATORS + "\n\\\"\t ")), max_size=40)


def _pairs(strings: list[tuple[str | None, str, str]]) -> list[tuple[str | None, str, str]]:
    """Entries msgfmt -c accepts: a non-empty msgid, unique keys, newlines at the same ends."""
    out, seen = [], set()
    for context, msgid, msgstr in strings:
        msgid, msgstr = msgid.strip("\n"), msgstr.strip("\n")
        if msgid and (context, msgid) not in seen:
            seen.add((context, msgid))
            out.append((context, msgid, msgstr))
    return out


def _catalog(entries: list[tuple[str | None, str, str]]) -> polib.POFile:
    po = new_po({"Project-Id-Version": "exact", "Language": "zh_CN",
                 "Plural-Forms": "nplurals=1; plural=0;"})
    for context, msgid, msgstr in entries:
        po.append(polib.POEntry(msgctxt=context, msgid=msgid, msgstr=msgstr))
    return po


def _strings(po: polib.POFile) -> list[tuple[str | None, str, str]]:
    return [(e.msgctxt, e.msgid, e.msgstr) for e in po if e.msgid]


entries = st.lists(st.tuples(st.none() | text, text, text), min_size=1,
                   max_size=12).map(_pairs)


@settings(max_examples=examples(100))
@given(entries)
def test_po_strings_survive_write_and_read_exactly(
        items: list[tuple[str | None, str, str]]) -> None:
    text_out = format_po(_catalog(items))
    assert _strings(parse_po(text_out, "exact.po")) == items


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext (msgfmt) not installed")
@settings(max_examples=examples(100))
@given(entries.filter(bool))
def test_msgfmt_reads_the_same_strings_we_wrote(tmp_path_factory: pytest.TempPathFactory,
                                                items: list[tuple[str | None, str, str]]) -> None:
    folder = tmp_path_factory.mktemp("exact")
    path, mo = folder / "exact.po", folder / "exact.mo"
    write_po(_catalog(items), path)
    assert _strings(read_po(path)) == items
    assert MSGFMT is not None
    proc = subprocess.run([MSGFMT, "-c", "-o", str(mo), str(path)], capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    compiled = {(e.msgctxt, e.msgid): e.msgstr for e in polib.mofile(str(mo))}
    assert {(c, i): s for c, i, s in items if s} == {k: v for k, v in compiled.items() if k[1]}


@pytest.mark.parametrize("separator", list(LINE_SEPARATORS))
def test_line_separator_at_the_end_of_a_msgstr_is_kept(separator: str, tmp_path: Path) -> None:
    """The red-team case: a msgstr ending in U+2028 lost it and the 。 before it."""
    path = tmp_path / "sep.po"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    f'msgid "Hello."\nmsgstr "你好。{separator}"\n\n'
                    f'msgid "Only{separator}"\nmsgstr "{separator}"\n', encoding="utf-8")
    assert [(e.msgid, e.msgstr) for e in read_po(path)] == [
        ("Hello.", f"你好。{separator}"), (f"Only{separator}", separator)]


def test_nul_cannot_be_written() -> None:
    with pytest.raises(ValueError, match="NUL"):
        format_po(_catalog([(None, "a\x00b", "")]))


def test_context_separator_is_refused_both_ways() -> None:
    with pytest.raises(ValueError, match="U\\+0004"):
        format_po(_catalog([(None, "a", "b\x04")]))
    with pytest.raises(ParseError, match=r"x\.po:2: context separator"):
        parse_po('msgid "a"\nmsgstr "b\x04"\n', "x.po")


def test_po_content_naming_a_file_is_read_as_text_never_opened(tmp_path: Path) -> None:
    """Issue 9.2: polib opened the file a PO's whole content named (``/etc/passwd``)."""
    secret = tmp_path / "secret.po"
    secret.write_text('msgid "secret"\nmsgstr "机密"\n', encoding="utf-8")
    decoy = tmp_path / "decoy.po"
    decoy.write_text(str(secret), encoding="utf-8")
    with pytest.raises(ParseError, match=r"decoy\.po:1: syntax error"):
        read_po(decoy)
    with pytest.raises(ParseError, match=r"inline\.po:1: syntax error"):
        parse_po(str(secret), "inline.po")


def test_cli_check_of_a_po_naming_a_file_reads_nothing_else(tmp_path: Path, tm_cli) -> None:
    secret = tmp_path / "secret.po"
    secret.write_text('msgid "The secret."\nmsgstr "机密。"\n', encoding="utf-8")
    decoy = tmp_path / "decoy.po"
    decoy.write_text(str(secret), encoding="utf-8")
    result = tm_cli("check", str(decoy))
    assert result.code == 2
    assert "secret" not in result.out and "机密" not in result.out
    assert result.err.startswith(f"tm: error: {decoy}:1: syntax error")
