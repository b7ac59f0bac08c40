"""A catalog's languages come from its header: a Chinese -> English PO is read that way
(user trial T40: its Chinese msgids were read as English, so 5万 was 5 and a correct
"50,000" was a numbers error; tm writes X-Source-Language itself for such catalogs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tm.checks import check_files
from tm.glossary import Glossary

ZH_EN = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: en\\n"
"X-Source-Language: zh_CN\\n"

msgid "全市今年将新建3万个停车位。"
msgstr "The city will add 30,000 parking spaces this year."

msgid "共有1.2万人报名。"
msgstr "A total of 21,000 people signed up."
"""


def test_a_chinese_to_english_catalog_reads_each_side_in_its_language(tmp_path: Path) -> None:
    path = tmp_path / "zh_en.po"
    path.write_text(ZH_EN, encoding="utf-8")
    findings = check_files([path])
    assert [(f.check, f.unit.source) for f in findings] == [("numbers", "共有1.2万人报名。")]
    assert (findings[0].unit.source_lang, findings[0].unit.target_lang) == ("zh_CN", "en")


def _catalog(tmp_path: Path, language: str, source_language: str,
             pairs: list[tuple[str, str]]) -> Path:
    body = "".join(f'\nmsgid "{source}"\nmsgstr "{target}"\n' for source, target in pairs)
    path = tmp_path / "app.po"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                    f'"Language: {language}\\n"\n"X-Source-Language: {source_language}\\n"\n'
                    + body, encoding="utf-8")
    return path


def test_chinese_copied_into_an_english_target_is_untranslated(tmp_path: Path) -> None:
    """Red team R11-10: a zh -> en entry whose msgstr repeats the Chinese msgid was not
    reported, because a target holding Chinese was taken to be translated."""
    path = _catalog(tmp_path, "en", "zh_CN", [("删除所选照片？", "删除所选照片？"),
                                              ("上传完成", "Upload complete")])
    findings = check_files([path], select=["untranslated"])
    assert [(f.check, f.unit.source) for f in findings] == [("untranslated", "删除所选照片？")]


def test_chinese_kept_in_a_chinese_target_is_no_copy(tmp_path: Path) -> None:
    """A zh_CN -> zh_TW catalog (or zh -> zh) keeps Chinese text that needs no change."""
    path = _catalog(tmp_path, "zh_TW", "zh_CN", [("上传", "上传")])
    assert check_files([path], select=["untranslated"]) == []


def test_an_english_targets_final_mark_is_read_against_the_chinese_source(
        tmp_path: Path) -> None:
    """Red team R11-10's class: the punctuation check read Chinese targets only, so a
    Chinese -> English catalog had no final-mark check at all."""
    path = _catalog(tmp_path, "en", "zh_CN", [
        ("照片已上传。", "The photo was uploaded"),  # missing .
        ("确定退出登录吗？", "Sign out now？"),  # full-width ?
        ("同步完成！", "Sync complete。"),  # another class
        # correct: each class in its English form, regrouped clauses, headings,
        # closers looked through, an abbreviation's period
        ("设置已保存。", "Settings saved."),
        ("确定删除吗？", "Delete it?"),
        ("用户名：", "User name:"),
        ("第一步，", "First,"),
        ("草稿（未发布）", "Draft (unpublished)"),
        ("正在加载……", "Loading..."),
        ("他说：“好的。”", "He said: “OK.”"),
        ("上午8点开门", "Opens at 8 a.m."),
    ])
    findings = check_files([path], select=["punctuation"])
    assert [(f.unit.source, f.message) for f in findings] == [
        ("照片已上传。", "missing final '.' (the source ends with '。')"),
        ("确定退出登录吗？", "final '？' is full-width; use '?' in English"),
        ("同步完成！", "final mark '。' does not match the source's '！' (expected '!')"),
    ]


def _glossary() -> Glossary:
    return Glossary.from_terms([("Inno Way", "中关村创业大街"), ("AI", "人工智能"),
                                ("artificial intelligence", "人工智能"),
                                ("Made in China 2025", "中国制造2025"), ("yuan", "元")])


def test_glossary_terms_are_read_the_other_way_in_a_chinese_to_english_catalog(
        tmp_path: Path) -> None:
    """Red team R11-10's class: in a zh -> en catalog the term check compared the Chinese
    forms of the source with the English target ("'中关村创业大街' should be rendered as
    中关村创业大街", or nothing from the command line).  The English target must say the
    concept: any of its English terms, inflected as the glossary finds them."""
    path = _catalog(tmp_path, "en", "zh_CN", [
        ("中关村创业大街有很多咖啡馆。", "Zhongguancun Street has many cafes."),  # missed
        ("中关村创业大街的咖啡馆很热闹。", "Inno Way's cafes are busy."),
        ("人工智能正在改变制造业。", "Artificial intelligence is changing manufacturing."),
        ("人工智能芯片", "AI chips"),  # a synonym of the concept
        ("中国制造2025是一项战略。", "China Manufacturing 2025 is a strategy."),  # missed
        ("票价为5元。", "The fare is 5 RMB."),  # one-character forms are not read
    ])
    findings = check_files([path], _glossary(), select=["terms"])
    assert [(f.check, f.unit.source, f.message) for f in findings] == [
        ("term-missing", "中关村创业大街有很多咖啡馆。",
         "'中关村创业大街' should be rendered as Inno Way"),
        ("term-missing", "中国制造2025是一项战略。",
         "'中国制造2025' should be rendered as Made in China 2025"),
    ]


def test_tm_check_reads_a_chinese_to_english_catalogs_glossary_in_its_source_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The command line loaded the glossary's Chinese side in the catalog's Language (en),
    so no Chinese term was ever found in a zh -> en catalog."""
    from tm.cli import main

    path = _catalog(tmp_path, "en", "zh_CN", [("中关村创业大街很热闹。", "Zhongguancun is busy.")])
    glossary = tmp_path / "terms.csv"
    glossary.write_text("source,target\nInno Way,中关村创业大街\n", encoding="utf-8")
    assert main(["check", str(path), "--glossary", str(glossary)]) == 1
    assert "term-missing '中关村创业大街' should be rendered as Inno Way" in capsys.readouterr().out


def test_an_english_to_chinese_catalog_is_read_as_before(tmp_path: Path) -> None:
    path = _catalog(tmp_path, "zh_CN", "en", [("Visit Inno Way.", "参观创业大街。")])
    findings = check_files([path], _glossary(), select=["terms"])
    assert [f.message for f in findings] == ["'Inno Way' should be rendered as 中关村创业大街"]


def test_a_japanese_target_may_keep_the_chinese_words_and_marks() -> None:
    """Review Y-17: Japanese writes the same kanji and its own 。, so a zh -> ja copy is no
    untranslated entry, its final marks are not English ones, and an en -> zh glossary
    asks for no English term there."""
    from tm import Unit, check

    units = [Unit(source, target, source_lang=src, target_lang="ja")
             for source, target, src in [("学生", "学生", "zh"), ("東京", "東京", "zh-TW"),
                                         ("中关村创业大街很热闹。", "中関村創業大街はにぎやかだ。",
                                          "zh-CN")]]
    assert check(units, _glossary(), select=["untranslated", "punctuation", "terms"]) == []
