"""A glossary term the finder can never find is named at load, with its file and line (R4-15).

Terms are found where a word begins, from the term's first word; a term of
punctuation only (``(.*)`` in a CSV) or one beginning with a bracket or a
quote loaded silently and then matched nothing, so a translator believed the
glossary was checked.  Every glossary format warns once per such term.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from conftest import run_tm
from tm.glossary import Glossary

TBX = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <langSec xml:lang="en"><termSec><term>ferry</term></termSec></langSec>
      <langSec xml:lang="zh-CN"><termSec><term>渡轮</term></termSec></langSec>
    </conceptEntry>
    <conceptEntry id="c2">
      <langSec xml:lang="en"><termSec><term>[draft]</term></termSec></langSec>
      <langSec xml:lang="zh-CN"><termSec><term>草稿</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
"""
PO = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
      'msgid "ferry"\nmsgstr "渡轮"\n\nmsgid "***"\nmsgstr "星号"\n')
#: Each glossary, and the line of its term that can never be found.
GLOSSARIES = {
    "terms.csv": ("source,target\nferry,渡轮\n(.*),任何\n", 3),
    "terms.tsv": ("source\ttarget\nferry\t渡轮\n@dock\t码头\n", 3),
    "terms.po": (PO, 8),
    "terms.tbx": (TBX, 9),
}


@pytest.mark.parametrize("name", sorted(GLOSSARIES))
def test_a_term_never_found_is_warned_of_with_its_line(tmp_path: Path, name: str) -> None:
    text, line = GLOSSARIES[name]
    glossary = tmp_path / name
    glossary.write_text(text, encoding="utf-8")
    result = run_tm("terms", "The ferry [draft] leaves *** (.*) @dock.", "--glossary",
                    str(glossary))
    assert result.code == 0, result.err
    assert result.out.splitlines() == ["4-9\tferry\t渡轮"]      # the other term: never found
    (warning,) = result.err.splitlines()
    assert warning.startswith(f"tm: warning: {glossary}:{line}: term ")
    assert "will never be found" in warning


def test_terms_that_are_found_raise_no_warning(tmp_path: Path) -> None:
    glossary = tmp_path / "fine.csv"
    glossary.write_text("source,target\nC++,C++语言\na+b,a加b\nre-entry,再入\n-ly,副词\n",
                        encoding="utf-8")
    result = run_tm("terms", "Use C++ for a+b on re-entry.", "--glossary", str(glossary))
    assert (result.code, result.err) == (0, "")
    assert [row.split("\t")[1] for row in result.out.splitlines()] == ["C++", "a+b", "re-entry"]


def test_a_chinese_source_term_is_found_as_a_substring(tmp_path: Path) -> None:
    """zh -> en: a term of punctuation is found in Chinese text; only an empty one is not."""
    glossary = tmp_path / "zh.csv"
    glossary.write_text("source,target\n（注）,Note\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        loaded = Glossary.load(glossary, source_lang="zh-CN", target_lang="en")
    assert [hit.text for hit in loaded.find("见（注）。", lang="zh-CN")] == ["（注）"]
    with pytest.warns(UserWarning, match=r"zh\.csv:2: term '（注）' does not begin"):
        Glossary.load(glossary)     # en -> zh-CN: an English term, found from a word's start


def test_a_header_of_languages_names_the_columns(tmp_path: Path) -> None:
    """``en,zh-TW,ja``: read as a term row, it became the term 'en' and the first other
    column's terms the targets, whatever the catalog's language (R4-15: terms in a
    language the catalog does not have).  Now the columns are the glossary's languages."""
    glossary = tmp_path / "multi.csv"
    glossary.write_text("en,zh-TW,ja\nferry,渡輪,フェリー\n", encoding="utf-8")
    for lang, target in (("zh-TW", "渡輪"), ("zh-Hant", "渡輪"), ("ja", "フェリー")):
        (term,) = Glossary.load(glossary, target_lang=lang).terms
        assert (term.source, term.targets) == ("ferry", (target,))
    catalog = tmp_path / "zh_CN.po"
    catalog.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                       '"Language: zh_CN\\n"\n\nmsgid "The ferry left."\nmsgstr "渡轮开走了。"\n',
                       encoding="utf-8")
    result = run_tm("check", str(catalog), "--glossary", str(glossary))
    assert result.code == 2
    assert result.err == (f"tm: error: {glossary}:1: no zh-CN column: the header names the "
                          "languages en, zh-TW, ja (tm check reads the target language from "
                          "the catalog; --target-lang chooses another)\n")
    headerless = tmp_path / "plain.csv"      # two words that are no language codes: terms
    headerless.write_text("deck,甲板\nferry,渡轮\n", encoding="utf-8")
    assert [t.source for t in Glossary.load(headerless).terms] == ["deck", "ferry"]
