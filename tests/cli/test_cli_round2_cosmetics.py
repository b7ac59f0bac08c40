"""CLI surprises of the second user trial (T59), each fixed as the class it belongs to.

* ``tm pretranslate`` given a text file instead of a POT printed polib's
  "FILE:1: syntax error"; it now says what the file is and what to do with it,
  as ``tm update new.pot`` and ``tm pretranslate x.tmx`` did.
* ``tm terms`` on Chinese text printed nothing and exited 0 unless ``--lang zh``
  was given, while ``tm lookup`` guessed the language from the same text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, run_tm

GLOSSARY = str(ROOT / "locales" / "zh_CN" / "glossary.tbx")


@pytest.mark.parametrize("name", ["notes.txt", "notes", "notes.md"])
def test_pretranslate_names_a_text_file_for_what_it_is(
        tmp_path: Path, db: Path, name: str) -> None:
    text = tmp_path / name
    text.write_text("The greenhouse opens at nine.\n\nBring your own gloves.\n",
                    encoding="utf-8")
    result = run_tm("pretranslate", str(text), "--db", str(db), "-o", str(tmp_path / "x.po"))
    assert result.code == 2 and result.err.count("\n") == 1
    assert f"{text}: is text, not a POT or PO file" in result.err
    assert "tm segment" in result.err and "syntax error" not in result.err
    assert not (tmp_path / "x.po").exists()


def test_a_broken_po_still_gets_its_line(tmp_path: Path, db: Path) -> None:
    po = tmp_path / "broken.po"
    po.write_text('msgid "Gloves"\nmsgstr "手套"\nstray words\n', encoding="utf-8")
    result = run_tm("pretranslate", str(po), "--db", str(db), "-o", str(tmp_path / "x.po"))
    assert result.code == 2 and result.err.startswith(f"tm: error: {po}:3: syntax error")


@pytest.mark.parametrize(("text", "found"), [
    ("考察创新大街", "创新大街\tforbidden for 'Inno Way'"),
    ("Premier Li visited the cafes.", "Premier Li\t李克强总理"),
])
def test_terms_reads_the_text_in_the_language_it_is_written_in(text: str, found: str) -> None:
    result = run_tm("terms", text, "--glossary", GLOSSARY)
    assert result.code == 0 and found in result.out, (result.out, result.err)


def test_an_explicit_lang_still_decides() -> None:
    result = run_tm("terms", "考察创新大街", "--lang", "en", "--glossary", GLOSSARY)
    assert result.code == 0 and result.out == ""
