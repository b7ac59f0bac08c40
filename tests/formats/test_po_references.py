"""``#:`` references to file names with white space, as GNU gettext writes them.

A ``#:`` line is a list separated by white space, so ``#: my notes.txt:3``
names two files, ``my`` and ``notes.txt``.  gettext 0.22 and later put such
a name between U+2068 and U+2069 (``#: \u2068my notes.txt\u2069:3``); gettext
0.21 (the version on this machine) accepts that (``msgfmt -c``) and ``msgcat``
passes it through unchanged.  tm writes and reads references that way, so a
file name with a space survives ``tm segment`` -> ``tm update`` -> ``tm update``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples, run_tm
from tm.formats import PoMessage, build_po
from tm.formats.po import format_po, parse_po, parse_reference, read_po, reference

needs_gettext = pytest.mark.skipif(shutil.which("msgcat") is None,
                                   reason="GNU gettext (msgcat) not installed")

# File names as people write them: no isolates of their own, no line breaks (a PO
# comment is one line), not empty.  White space inside a name is single spaces: the
# reader splits ``#:`` lines at white space before the isolates are joined again, so
# a tab or a run of spaces in a name comes back as one space (gettext 0.21's msgcat
# does the same; reading it exactly needs the tokenizer in formats/_poread.py).
PATHS = st.text(st.characters(blacklist_categories=("Cs",),
                              blacklist_characters="\u2068\u2069\n\r\x0b\x0c\x1c\x1d\x1e"
                                                   "\x85\u2028\u2029"),
                min_size=1, max_size=30).filter(lambda p: " ".join(p.split()) == p and p != "")
LINES = st.one_of(st.just(""), st.integers(1, 99999).map(str))


def _pot(references: tuple[tuple[str, str], ...]) -> str:
    po = build_po([PoMessage("Sales rose.", id="s1", references=references)],
                  {"Content-Type": "text/plain; charset=UTF-8"})
    return format_po(po)


def test_a_file_name_with_a_space_is_isolated_as_gettext_writes_it() -> None:
    assert reference("my notes.txt", "3") == "\u2068my notes.txt\u2069:3"
    assert reference("notes.txt", "3") == "notes.txt:3"
    assert reference("a\tb.txt") == "\u2068a\tb.txt\u2069"
    assert "#: \u2068my notes.txt\u2069:3 b.txt:4\n" in _pot((("my notes.txt", "3"),
                                                            ("b.txt", "4")))


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.tuples(PATHS, LINES), min_size=1, max_size=6))
def test_references_read_back_as_written(refs: list[tuple[str, str]]) -> None:
    # Names containing ":" followed by digits are ambiguous in gettext's format too
    # (``a:1`` is file a, line 1) unless isolated; only whole names are compared.
    refs = [(p, n) for p, n in refs if not (":" in p and not any(c.isspace() for c in p))]
    if not refs:
        return
    po = parse_po(_pot(tuple(refs)), "t.pot")
    assert po[0].occurrences == refs
    for path, line in refs:
        assert parse_reference(reference(path, line)) == (path, line)


@needs_gettext
def test_msgfmt_accepts_and_msgcat_keeps_isolated_names(tmp_path: Path) -> None:
    path = tmp_path / "a.pot"
    path.write_text(_pot((("my notes.txt", "3"), ("b.txt", "4"), ("文件 名.txt", "5"))),
                    encoding="utf-8")
    check = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)],
                           capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stderr
    cat = subprocess.run(["msgcat", str(path)], capture_output=True, text=True, check=True)
    assert cat.stdout == path.read_text(encoding="utf-8")


def test_an_unclosed_isolate_is_read_as_gettext_0_21_reads_it() -> None:
    text = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            '#: \u2068my notes.txt:3 b.txt:4\nmsgid "A."\nmsgstr ""\n')
    assert parse_po(text, "t.po")[0].occurrences == [
        ("\u2068my", ""), ("notes.txt", "3"), ("b.txt", "4")]


def test_update_keeps_references_to_a_file_with_a_space(tmp_path: Path) -> None:
    # Before: the name was split into two references, and each update added more.
    source = tmp_path / "my notes.txt"
    source.write_text("Sales rose. Costs fell.\n\nProfits grew.\n", encoding="utf-8")
    po = tmp_path / "notes.po"
    assert run_tm("segment", str(source), "--format", "pot", "-o", str(po)).code == 0
    source.write_text("Sales rose. Costs fell a lot.\n\nProfits grew.\n", encoding="utf-8")
    assert run_tm("update", str(source), "--po", str(po)).code == 0
    once = po.read_text(encoding="utf-8")
    assert run_tm("update", str(source), "--po", str(po)).code == 0
    assert po.read_text(encoding="utf-8") == once
    assert {ref for entry in read_po(po) for ref in entry.occurrences} == {
        (str(source), "1"), (str(source), "3")}
