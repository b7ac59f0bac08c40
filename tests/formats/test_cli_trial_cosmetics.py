"""User trial T12, T16, T26: what tm prints, and what the PO guide promises.

* T12: ``tm import -q`` still printed its summary line (on stdout).
* T16: docs/po.md said an obsolete entry's previous msgid (``#~|``) is dropped; it is kept.
* T26: the warning for a TMX without srclang recommended ``--srclang``, the deprecated
  spelling of ``--source-lang``.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import tm
import tm.segmentation
from conftest import run_tm
from tm.errors import LanguageWarning
from tm.formats.po import format_po, read_po

PO = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
      'msgid "Keep."\nmsgstr "保留。"\n\n#, fuzzy\n#~| msgid "Old sentence."\n'
      '#~ msgid "Older sentence."\n#~ msgstr "旧句子。"\n')


def test_quiet_import_prints_nothing(tmp_path: Path) -> None:
    po = tmp_path / "a.po"
    po.write_text(PO, encoding="utf-8")
    result = run_tm("import", str(po), "--db", str(tmp_path / "m.db"), "-q")
    assert result.code == 0 and result.out == "" and result.err == ""


def test_an_obsolete_entrys_previous_msgid_is_kept(tmp_path: Path) -> None:
    po = tmp_path / "a.po"
    po.write_text(PO, encoding="utf-8")
    assert format_po(read_po(po)).endswith('#~| msgid "Old sentence."\n#~ msgid "Older sentence."\n'
                                            '#~ msgstr "旧句子。"\n')
    guide = (Path(__file__).parents[2] / "docs" / "po.md").read_text(encoding="utf-8")
    assert "does not write those either" not in guide


def test_the_tmx_warning_names_the_current_option(tmp_path: Path) -> None:
    path = tmp_path / "a.tmx"
    path.write_text('<?xml version="1.0"?>\n<tmx version="1.4"><header/><body><tu><tuv '
                    'xml:lang="en"><seg>Hi.</seg></tuv><tuv xml:lang="zh-CN"><seg>嗨。</seg>'
                    "</tuv></tu></body></tmx>\n", encoding="utf-8")
    result = run_tm("import", str(path), "--db", str(tmp_path / "m.db"))
    assert "pass --source-lang" in result.err and "--srclang" not in result.err, result.err


def test_an_empty_input_is_named(tmp_path: Path) -> None:
    # User trial T14: an empty file (the wrong one, most likely) gave no word at all.
    empty, text = tmp_path / "empty.txt", tmp_path / "zh.txt"
    empty.write_text("", encoding="utf-8")
    text.write_text("打开文件。保存它。\n", encoding="utf-8")
    result = run_tm("align", str(empty), str(text), "-o", str(tmp_path / "a.po"))
    assert result.code == 0 and f"tm: warning: {empty}: no sentences" in result.err, result.err
    po = tmp_path / "empty.po"
    po.write_text("", encoding="utf-8")
    result = run_tm("check", str(po))
    assert result.code == 0 and f"tm: warning: {po}: empty file" in result.err, result.err


def test_a_one_sentence_entry_covering_more_is_never_a_trusted_match(tmp_path: Path) -> None:
    # User trial T29: tm align --one-sentence writes a two-sentence translation on the
    # first sentence's entry; tm import stored "sentence 1 -> translation of 1 and 2" as a
    # trusted 100% unit.
    en, zh = tmp_path / "en.txt", tmp_path / "zh.txt"
    en.write_text("The depot cost two billion yuan. It charges seven hundred buses.\n",
                  encoding="utf-8")
    zh.write_text("该场站耗资二十亿元，可同时为七百辆公交车充电。\n", encoding="utf-8")
    po, db = tmp_path / "a.po", str(tmp_path / "m.db")
    assert run_tm("align", str(en), str(zh), "--one-sentence", "-o", str(po)).code == 0
    assert "translation covers the next 1 sentence(s)" in po.read_text(encoding="utf-8")
    assert run_tm("import", str(po), "--db", db).code == 0
    hit = run_tm("lookup", "The depot cost two billion yuan.", "--db", db, "--format", "json")
    assert '"trusted": false' in hit.out, hit.out


APP_PO = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Language: zh_CN\\n"\n\n'
          'msgctxt "menu"\nmsgid "File"\nmsgstr "文件"\n\nmsgctxt "noun"\nmsgid "Filter"\n'
          'msgstr "滤镜"\n\nmsgctxt "verb"\nmsgid "Filter"\nmsgstr "筛选"\n\n'
          'msgid "Quit"\nmsgstr "退出"\n')


def test_a_pos_own_msgctxt_is_exported_as_msgctxt(tmp_path: Path) -> None:
    # User trial T23: tm export --format po wrote msgctxt "menu" as "#. id: menu", so
    # msgmerge --compendium matched the program's template only fuzzily.
    import shutil
    import subprocess

    import polib

    po, db, out = tmp_path / "app.po", str(tmp_path / "m.db"), tmp_path / "comp.po"
    po.write_text(APP_PO, encoding="utf-8")
    assert run_tm("import", str(po), "--db", db).code == 0
    assert run_tm("export", "--db", db, "-o", str(out)).code == 0
    exported = {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(out)) if e.msgid}
    assert exported == {("menu", "File"): "文件", ("noun", "Filter"): "滤镜",
                        ("verb", "Filter"): "筛选", (None, "Quit"): "退出"}
    if shutil.which("msgmerge"):
        pot = tmp_path / "app.pot"
        pot.write_text(APP_PO.replace('msgstr "文件"', 'msgstr ""').replace(
            'msgstr "滤镜"', 'msgstr ""').replace('msgstr "筛选"', 'msgstr ""').replace(
            'msgstr "退出"', 'msgstr ""'), encoding="utf-8")
        merged = subprocess.run(["msgmerge", "-q", "--compendium", str(out), "-o", "-",
                                 "/dev/null", str(pot)], check=True, capture_output=True,
                                text=True).stdout
        assert "fuzzy" not in merged and merged.count('msgstr ""') == 1, merged


JAPANESE_SRX = """<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="no"/>
  <body>
    <languagerules><languagerule languagerulename="ja">
      <rule break="yes"><beforebreak>。</beforebreak><afterbreak></afterbreak></rule>
    </languagerule></languagerules>
    <maprules><languagemap languagepattern="ja.*" languagerulename="ja"/></maprules>
  </body>
</srx>
"""


def test_a_language_without_sentence_rules_is_named() -> None:
    # User trial T18: tm segment --source-lang ja used the English rules without a word.
    result = run_tm("segment", "-", "--source-lang", "fr", stdin="Bonjour. Ça va ?\n")
    assert result.code == 0 and result.out == "Bonjour.\nÇa va ?\n"
    assert "tm: warning: no built-in sentence rules for 'fr'" in result.err, result.err
    for lang, text in (("en-GB", "Hello. Bye.\n"), ("zh-TW", "你好。再見。\n")):
        assert run_tm("segment", "-", "--source-lang", lang, stdin=text).err == ""
    twice = run_tm("segment", "-", "--source-lang", "fr", stdin="Bonjour. Ça va ?\n")
    assert twice.err.count("tm: warning:") == 1, twice.err  # once per run, every run


def test_the_library_warns_when_it_falls_back_on_the_english_rules(tmp_path: Path) -> None:
    # User trial T18, API part: tm.segment(lang="ja") used the English rules silently.
    with pytest.warns(LanguageWarning, match=r"no built-in sentence rules for 'ja'") as caught:
        assert [s.text for s in tm.segment("彼は来た。彼女は去った。", lang="ja")] == [
            "彼は来た。彼女は去った。"]
    assert caught[0].filename == __file__  # the caller's line, not tm's
    with pytest.warns(LanguageWarning, match="'de'") as caught:
        segments = tm.segmentation.iter_segments("Guten Tag. Wie geht's?", "de")
    assert caught[0].filename == __file__  # on the call, before any sentence is read
    assert [s.text for s in segments] == ["Guten Tag.", "Wie geht's?"]
    srx = tmp_path / "ja.srx"
    srx.write_text(JAPANESE_SRX, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # none of these warns
        for text, lang in (("Hi. Bye.", "en-US"), ("你好。再见。", "zh-Hant"),
                           ("你好。再见。", "auto"), ("Hi. Bye.", "english")):
            assert len(tm.segment(text, lang)) == 2
        assert len(tm.segment("彼は来た。彼女は去った。", "ja", srx)) == 2
        with pytest.raises(LanguageWarning):  # a caller who wants an error gets one
            tm.segment("Hi. Bye.", "fr")
