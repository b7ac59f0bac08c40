"""tm.memory._pretranslate: exact, fuzzy, untrusted, in-context and untouched entries."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import polib
import pytest

from tm.formats.po import format_po, new_po
from tm.memory import TranslationMemory
from tm.memory._pretranslate import pretranslate
from tm.model import Unit

UNITS = [
    Unit("The factory opened in 2016.", "该工厂于2016年开业。"),
    Unit("Open", "打开", context="menu"),
    Unit("Open", "营业中", context="sign"),
    Unit("Sales rose 12 percent last year.", "去年销售额增长了12%。"),
]


@pytest.fixture
def memory(location: str) -> Iterator[TranslationMemory]:
    with TranslationMemory.open(location) as tm:
        tm.add(UNITS)
        tm.add([Unit("Prices are stable.", "价格稳定。", origin="vendor.csv:2")], trusted=False)
        yield tm


def template(*entries: polib.POEntry) -> polib.POFile:
    po = new_po({"Project-Id-Version": "news", "Language": "",
                 "Last-Translator": "FULL NAME <EMAIL@ADDRESS>"})
    po.metadata_is_fuzzy = True
    for entry in entries:
        po.append(entry)
    return po


def fill(memory: TranslationMemory, *entries: polib.POEntry, **kw: float) -> polib.POFile:
    return pretranslate(template(*entries), memory, **kw).po  # type: ignore[arg-type]


# (case, msgid, msgctxt, expected msgstr, fuzzy)
CASES = [
    ("exact", "Sales rose 12 percent last year.", None, "去年销售额增长了12%。", False),
    ("fuzzy-adapted", "The factory opened in 2017.", None, "该工厂于2017年开业。", True),
    ("no-match", "Heavy rain is expected.", None, "", False),
    ("context-menu", "Open", "menu", "打开", False),
    ("context-sign", "Open", "sign", "营业中", False),
    ("untrusted-exact-is-fuzzy", "Prices are stable.", None, "价格稳定。", True),
]


@pytest.mark.parametrize(("msgid", "ctx", "msgstr", "fuzzy"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_fill_cases(memory: TranslationMemory, msgid: str, ctx: str | None, msgstr: str,
                    fuzzy: bool) -> None:
    (entry,) = [e for e in fill(memory, polib.POEntry(msgid=msgid, msgctxt=ctx))]
    assert entry.msgstr == msgstr
    assert ("fuzzy" in entry.flags) == fuzzy


def test_fuzzy_entry_carries_previous_msgid_and_score(memory: TranslationMemory) -> None:
    (entry,) = list(fill(memory, polib.POEntry(msgid="The factory opened in 2017.")))
    assert entry.previous_msgid == "The factory opened in 2016."
    # only the year differs and the target holds it: adapted, 99 (never final)
    assert entry.comment.startswith("tm: 99% match") and "adapted" in entry.comment
    text = format_po(fill(memory, polib.POEntry(msgid="The factory opened in 2017.")))
    assert '#| msgid "The factory opened in 2016."' in text and "#, fuzzy" in text


def test_min_score_leaves_weaker_matches_empty(memory: TranslationMemory) -> None:
    (entry,) = list(fill(memory, polib.POEntry(msgid="The factory closed in 2016."),
                         min_score=90))  # one word of five: 80
    assert entry.msgstr == "" and "fuzzy" not in entry.flags


def test_translated_entries_are_kept(memory: TranslationMemory) -> None:
    done = polib.POEntry(msgid="Sales rose 12 percent last year.", msgstr="我的译文")
    done_plural = polib.POEntry(msgid="Open", msgid_plural="Opens", msgstr_plural={0: "开"})
    result = pretranslate(template(done, done_plural), memory)
    assert [e.msgstr for e in result.po] == ["我的译文", ""]
    assert result.po[1].msgstr_plural == {0: "开"}
    assert (result.kept, result.empty, result.exact, result.fuzzy) == (2, 0, 0, 0)


def plural(msgid: str, msgid_plural: str, forms: int = 1) -> polib.POEntry:
    return polib.POEntry(msgid=msgid, msgid_plural=msgid_plural, flags=["c-format"],
                         msgstr_plural=dict.fromkeys(range(forms), ""))


def test_a_one_form_language_gets_msgstr0_of_a_plural_entry_from_the_msgid_or_the_plural(
        memory: TranslationMemory, tmp_path: Path) -> None:
    """Chinese has one plural form: msgstr[0] is the translation of every number, as msgmerge
    with a compendium fills it; the msgid is tried first, then the msgid_plural."""
    memory.add([Unit("%d photo selected", "已选择 %d 张照片"),
                Unit("%d files deleted.", "已删除 %d 个文件。")])
    result = pretranslate(template(plural("%d photo selected", "%d photos selected"),
                                   plural("%d file deleted.", "%d files deleted."),
                                   plural("%d song added", "%d songs added")),
                          memory, target_lang="zh_CN")
    assert [e.msgstr_plural for e in result.po] == [
        {0: "已选择 %d 张照片"}, {0: "已删除 %d 个文件。"}, {0: ""}]
    assert (result.exact, result.fuzzy, result.empty) == (2, 0, 1)
    path = tmp_path / "zh_CN.po"
    path.write_text(format_po(result.po), encoding="utf-8")
    checked = subprocess.run(["msgfmt", "-c", "--statistics", "-o", os.devnull, str(path)],
                             capture_output=True, text=True, check=True)
    assert checked.stderr.startswith("2 translated messages, 1 untranslated")


def test_a_singular_that_words_the_number_is_no_final_msgstr0_of_a_one_form_language(
        memory: TranslationMemory, tmp_path: Path) -> None:
    """Red-team pass 11 (R11-1): msgstr[0] of a one-form language renders msgid_plural for
    every n.  "One song was added." (no %d) translated "添加了一首歌。" was filled as the
    final msgstr[0] of "One song was added." / "%d songs were added.": every n showed
    "one song", and msgfmt -c refused the catalog.  Such a msgid's translation is a fuzzy
    suggestion; the msgid_plural's own translation, when stored, is looked up first."""
    memory.add([Unit("One song was added.", "添加了一首歌。"),
                Unit("A folder was moved.", "移动了一个文件夹。"),
                Unit("%d folders were moved.", "移动了 %d 个文件夹。")])
    result = pretranslate(template(plural("One song was added.", "%d songs were added."),
                                   plural("A folder was moved.", "%d folders were moved.")),
                          memory, target_lang="zh_CN")
    song, folder = result.po
    assert song.msgstr_plural == {0: "添加了一首歌。"} and "fuzzy" in song.flags
    assert "msgstr[0] serves every n" in song.comment
    assert folder.msgstr_plural == {0: "移动了 %d 个文件夹。"} and "fuzzy" not in folder.flags
    assert (result.exact, result.fuzzy) == (1, 1)
    path = tmp_path / "zh_CN.po"
    path.write_text(format_po(result.po), encoding="utf-8")
    subprocess.run(["msgfmt", "-c", "-o", os.devnull, str(path)], check=True)


def test_a_language_with_several_plural_forms_leaves_plural_entries_empty(
        memory: TranslationMemory) -> None:
    """German needs msgstr[0] and msgstr[1]; a memory of sentence pairs holds only one."""
    memory.add([Unit("%d photo selected", "%d Foto ausgewählt", target_lang="de")])
    result = pretranslate(template(plural("%d photo selected", "%d photos selected", 2)),
                          memory, target_lang="de")
    assert result.po[0].msgstr_plural == {0: "", 1: ""}
    assert (result.exact, result.fuzzy, result.empty) == (0, 0, 1)


def test_header_is_ready_for_msgfmt_and_template_untouched(memory: TranslationMemory) -> None:
    pot = template(polib.POEntry(msgid="Open", msgctxt="menu"))
    result = pretranslate(pot, memory, target_lang="zh_CN")
    meta = result.po.metadata
    assert meta["Language"] == "zh_CN" and meta["Plural-Forms"] == "nplurals=1; plural=0;"
    assert "FULL NAME" not in meta["Last-Translator"] and not result.po.metadata_is_fuzzy
    assert pot[0].msgstr == "" and pot.metadata_is_fuzzy
    assert result.summary_line() == "1 exact, 0 fuzzy, 0 untranslated, 0 already translated"
