"""Classes of issue 10 found on heldout9 and heldout11 (development sets): a glossary word
whose other sense the catalog itself names.

* the glossary entry's note says what another sense is called ("Distance miles are
  英里"): a target that uses that word renders the other sense on purpose;
* the whole message is the glossary word and msgctxt tells two senses apart
  ("checkout" *Tip* → 小费, "help-hint" *Tip* → 提示): neither term-missing nor
  segment-inconsistent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_cases import term_checks_found

from rows import every_row
from tm import Glossary, Term, check_files
from tm.checks._senses import note_renderings
from tm.checks._target_sense import only_a_homonym

MILE = Term("mile", ("里程",), pos="noun", subject="Aviation", id="mile",
            note="Points earned on flights. Distance miles are 英里.")
SIGN_IN = Term("sign in", ("登录",), forbidden=("登入",), subject="Software", id="login",
               note="登入 is Taiwan usage; do not use in zh-CN.")
FIVE_YEAR = Term("five-year plan", ("五年规划",), subject="Policy", id="fyp",
                 note="Since 2006 the official name is 规划; use 五年规划.")
GLOSSARY = Glossary.from_terms([MILE, SIGN_IN, FIVE_YEAR])


def test_a_rendering_the_glossary_note_names_for_another_sense_is_not_term_missing() -> None:
    assert term_checks_found("The trail is 12 miles long.", "这条步道长12英里。", GLOSSARY) == []


def test_the_glossary_sense_rendered_with_another_word_is_still_term_missing() -> None:
    assert term_checks_found("Redeem your miles now", "立即兑换积分", GLOSSARY) == ["term-missing"]


@every_row(("term", "named"), [
    (MILE, ("英里",)),
    (SIGN_IN, ()),  # a clause that forbids the word names no sense
    (FIVE_YEAR, ()),  # 规划 is part of the approved rendering
    (Term("export", ("导出",), note="Save a file in another format. Trade exports are 出口."),
     ("出口",)),
    (Term("filter", ("滤镜",), note="An image effect. To filter a list is 筛选."), ("筛选",)),
])
def test_note_renderings_are_the_words_a_note_gives_other_senses(term: Term,
                                                                  named: tuple[str, ...]) -> None:
    assert note_renderings(term) == named


# No definition: what tells the senses apart here is the msgctxt alone (with the definition,
# the dictionary does too: test_senses_a_definition_tells).
TIP = Glossary.from_terms([Term("tip", ("小费",), pos="noun", subject="Food delivery",
                                id="tip")])


def _po(tmp_path: Path, entries: list[tuple[str | None, str, str]]) -> Path:
    body = "".join((f'msgctxt "{ctx}"\n' if ctx else "") + f'msgid "{en}"\nmsgstr "{zh}"\n\n'
                   for ctx, en, zh in entries)
    path = tmp_path / "app.po"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                    '"Language: zh_CN\\n"\n\n' + body, encoding="utf-8")
    return path


def test_a_one_word_message_that_msgctxt_gives_two_senses_is_no_finding(tmp_path: Path) -> None:
    path = _po(tmp_path, [("help-hint", "Tip", "提示"), ("checkout", "Tip", "小费")])
    assert [f.check for f in check_files([path], TIP)] == []


def test_a_near_synonym_in_another_msgctxt_is_still_reported(tmp_path: Path) -> None:
    # 打赏 "to tip, to give a gratuity" shares a gloss with 小费 "tip, gratuity": one sense
    path = _po(tmp_path, [("checkout", "Tip", "小费"), ("rider-card", "Tip", "打赏")])
    found = {f.check for f in check_files([path], TIP)}
    assert {"term-missing", "segment-inconsistent"} <= found


@every_row(("term", "approved", "word", "homonym"), [
    ("tip", "小费", "提示", True),  # "suggestion, reminder" / "gratuity"
    ("interest", "利息", "兴趣", True),  # "hobby" / "(on a loan)"
    ("tip", "小费", "打赏", False),  # both "gratuity"
    ("settings", "设置", "设定", False),  # both "to set up"
    ("balance", "余额", "结余", False),  # both "surplus"
    ("quota", "配额", "限额", False),  # a character shared: 额
    ("dividend", "股息", "红利", False),  # 股息 is glossed "dividend" alone: no say
])
def test_only_a_homonym_links_two_words_that_share_no_gloss_but_the_term(
        term: str, approved: str, word: str, homonym: bool) -> None:
    assert only_a_homonym(Term(term, (approved,)), word) is homonym


@pytest.mark.parametrize("entries", [
    [(None, "Tip", "提示")],  # no msgctxt: nothing tells the sense
    [(None, "Tip", "提示"), ("checkout", "Tip", "小费")],  # the hint has no msgctxt
    [("a", "Add a tip for the rider", "为骑手添加提示"),
     ("b", "Add a tip for the rider", "为骑手添加小费")],  # more than the word
    [("a", "Tip", "窍门"), ("b", "Tip", "小费")],  # 窍门 is no dictionary word for "tip"
])
def test_without_msgctxt_telling_the_senses_apart_the_findings_stay(
        tmp_path: Path, entries: list[tuple[str | None, str, str]]) -> None:
    found = {f.check for f in check_files([_po(tmp_path, entries)], TIP)}
    assert "term-missing" in found
