"""A catalog's languages come from its header: a Chinese -> English PO is read that way
(user trial T40: its Chinese msgids were read as English, so 5万 was 5 and a correct
"50,000" was a numbers error; tm writes X-Source-Language itself for such catalogs)."""

from __future__ import annotations

from pathlib import Path

from tm.checks import check_files

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
