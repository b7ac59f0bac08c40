"""Issue 10: one regression test (or table) per defect class, named for the class.

Each fails on the checks as they were before issue 10: a glossary term masking
numbers, number idioms read as a list of phrasings, placeholders compared as
text, Latin names taken for untranslated text, glossary synonyms taken for
inconsistencies, whitespace after full-width punctuation, and Chinese language
codes not all taken for Chinese.
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm import Term, Unit, check
from tm.glossary import Glossary

UNITS_GLOSSARY = Glossary.from_terms([
    Term("yuan", ("元",)), Term("US dollar", ("美元",)), Term("kilometre", ("公里",)),
    Term("Made in China 2025", ("中国制造2025",)), Term("Kirin 9000S", ("麒麟9000S",)),
])


def found(source: str, target: str, select: str, glossary: Glossary | None = None,
          **unit: str) -> list[str]:
    """The messages of check *select* on one unit."""
    return [f.message for f in check([Unit(source, target, **unit)], glossary, select=[select])]


# --- 1. a glossary term masks numbers ------------------------------------------------------

@every_row(("source", "target"), [
    ("The plan costs 3 billion yuan.", "该计划耗资40亿元。"),
    ("Revenue was 12 yuan per share.", "每股收益为21元。"),
    ("It costs $450 million.", "耗资5.4亿美元。"),
    ("The line is 1,200 kilometres long.", "线路全长2100公里。"),
    ("Made in China 2025 took 3 years.", "中国制造2025用了4年。"),
    ("The Kirin 9000S chip has 8 cores.", "麒麟9000S芯片有6个核心。"),
])
def test_term_shield_unit_and_currency_terms_never_hide_a_wrong_number(
        source: str, target: str) -> None:
    assert found(source, target, "numbers", UNITS_GLOSSARY)


@every_row(("source", "target"), [
    ("The plan costs 3 billion yuan.", "该计划耗资30亿元。"),
    ("It costs $450 million.", "耗资4.5亿美元。"),  # 元 inside 美元 hides nothing
    ("It raised US$450 million and 3 billion yuan.", "融资4.5亿美元和30亿元。"),
    ("Made in China 2025 is a plan.", "中国制造2025是一项规划。"),
    ("The Kirin 9000S chip has 8 cores.", "麒麟9000S芯片有8个核心。"),
])
def test_term_shield_numbers_inside_a_term_are_set_aside_and_others_compared(
        source: str, target: str) -> None:
    assert found(source, target, "numbers", UNITS_GLOSSARY) == []


# --- 3. placeholders compared by argument and type (as msgfmt -c does) ---------------------

#: (flag, source, target, msgfmt -c accepts it)
PLACEHOLDER_CASES = [
    ("c-format", "%d files in %s", "%2$s 中有 %1$d 个文件", True),
    ("c-format", "%s of %s", "%2$s 的 %1$s", True),
    ("c-format", "%1$s %2$d", "%s：%d", True),
    ("c-format", "%d files", "%i 个文件", True),
    ("c-format", "%.2f MB", "%f MB", True),
    ("c-format", "%1$s and %1$s", "%1$s", True),
    ("c-format", "100%% done, %d left", "已完成 100%%，剩余 %d", True),
    ("c-format", "%d files in %s", "%2$s 中有 %1$u 个文件", False),
    ("c-format", "%d files", "%ld 个文件", False),
    ("c-format", "%s of %s", "%s", False),
    ("c-format", "%s of %s", "%2$s", False),
    ("c-format", "%d files", "%s 个文件", False),
    ("c-format", "%s", "%s %s", False),
    ("python-format", "%(count)d files by %(author)s", "%(author)s 的 %(count)d 个文件", True),
    ("python-format", "%(count)d files", "%(count)i 个文件", True),
    ("python-format", "%(name)s", "%(name)r", True),
    ("python-format", "%(count)d files", "%(count)s 个文件", False),
    ("python-format", "%(count)d files", "%(total)d 个文件", False),
    ("python-format", "%(count)d files by %(author)s", "%(count)d 个文件", False),
    ("python-format", "%d of %s", "%s 的 %d", False),
    ("python-brace-format", "{sender} sent {count} files", "{sender} 发送了 {count} 个文件", True),
    ("python-brace-format", "{count} files from {sender}", "{sender} 的 {count} 个文件", True),
    ("python-brace-format", "{0} of {1}", "{1} 的 {0}", True),
    ("python-brace-format", "{} of {}", "{} 的 {}", True),
    ("python-brace-format", "{0} and {0}", "{0}", True),
    ("python-brace-format", "{name!r} saved", "已保存 {name}", True),
    ("python-brace-format", "{count} files", "{total} 个文件", False),
    ("python-brace-format", "{count} files from {sender}", "{count} 个文件", False),
    ("python-brace-format", "{n:d} files", "{n} 个文件", False),
    ("python-brace-format", "{user.name} saved", "已保存 {user}", False),
]


def _msgfmt_accepts(tmp_path, flag: str, source: str, target: str) -> bool:  # type: ignore[no-untyped-def]
    import subprocess

    po = tmp_path / "one.po"
    esc = [s.replace("\\", "\\\\").replace('"', '\\"') for s in (source, target)]
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  f'#, {flag}\nmsgid "{esc[0]}"\nmsgstr "{esc[1]}"\n', encoding="utf-8")
    return subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)],
                          capture_output=True).returncode == 0


@pytest.mark.parametrize(("flag", "source", "target", "valid"), PLACEHOLDER_CASES)
def test_placeholders_by_argument_and_type_agree_with_msgfmt(
        tmp_path, flag: str, source: str, target: str, valid: bool) -> None:  # type: ignore[no-untyped-def]
    assert _msgfmt_accepts(tmp_path, flag, source, target) == valid  # the table is right
    assert (found(source, target, "placeholders") == []) == valid


def test_placeholders_report_the_argument_of_another_type() -> None:
    [message] = found("Deleted %(count)d files", "已删除 %(count)s 个文件", "placeholders")
    assert "%(count)s" in message and "%(count)d" in message


# --- 4. names and codes kept in Latin script are not "untranslated" -----------------------

DNT_GLOSSARY = Glossary.from_terms([Term("GitHub", ("GitHub",)), Term("Wi-Fi", ("Wi-Fi",)),
                                    Term("Copilot", ("Copilot",)), Term("Export", ("导出",))])


@every_row("source", [
    "iPhone 8", "Tesla Model 3", "OpenAI", "GDP", "5G", "Ctrl+F", "Wi-Fi 7", "Model Y", "C++",
])
def test_untranslated_names_and_codes_may_stay_in_latin_script(source: str) -> None:
    assert found(source, source, "untranslated") == []


@every_row("source", ["GitHub", "Copilot", "GitHub Copilot"])
def test_untranslated_do_not_translate_glossary_terms_may_stay(source: str) -> None:
    assert found(source, source, "untranslated", DNT_GLOSSARY) == []


@every_row("source", [
    "Export", "Settings", "Sign in", "Name: ", "The iPhone 8 is new.",
    "Download it from GitHub.", "Tesla sold more cars.",
])
def test_untranslated_ordinary_text_copied_is_still_an_error(source: str) -> None:
    assert found(source, source, "untranslated", DNT_GLOSSARY)


@every_row("source", [
    "%s", "%(count)d", "{name}", "%s: %s", "{0} / {1}", "%1$s (%2$d)", "{{ user.name }}",
    "https://example.com/help", "www.example.org", "support@example.com",
    "%s <%s>", "https://example.com/{lang}/faq",
])
def test_untranslated_placeholders_and_links_alone_are_nothing_to_translate(
        source: str) -> None:
    """Trial R4-20: xgettext extracts "%s" and "%s: %s" constantly; a copy is right."""
    assert found(source, source, "untranslated") == []


@every_row("source", [
    "Hello {name}", "Visit https://example.com/help", "Error: %s", "%d files", "Write to us",
])
def test_untranslated_text_around_placeholders_or_links_is_still_text(source: str) -> None:
    """A placeholder or a link is no name: the words beside it still need translating."""
    assert found(source, source, "untranslated")


# --- 5. glossary synonyms are not reverse-inconsistent ------------------------------------

SYNONYMS = Glossary.from_terms([
    Term("People's Republic of China", ("中华人民共和国",), id="c1"),
    Term("PRC", ("中华人民共和国",), id="c1"),
    Term("artificial intelligence", ("人工智能",), id="c2"),
    Term("AI", ("人工智能",), id="c2"),
    Term("chip", ("芯片",), id="c3"),
])
SYNONYM_UNITS = [
    ("PRC", "中华人民共和国"), ("People's Republic of China", "中华人民共和国"),
    ("AI is changing work.", "人工智能正在改变工作。"),
    ("Artificial intelligence is changing work.", "人工智能正在改变工作。"),
]


def test_reverse_inconsistent_accepts_glossary_synonyms() -> None:
    units = [Unit(s, t) for s, t in SYNONYM_UNITS]
    assert check(units, SYNONYMS, select=["reverse-inconsistent"]) == []


def test_reverse_inconsistent_still_reports_different_sources() -> None:
    units = [Unit(s, t) for s, t in SYNONYM_UNITS]
    assert len(check(units, None, select=["reverse-inconsistent"])) == 2
    other = [Unit("AI is changing work.", "人工智能正在改变工作。"),
             Unit("A chip is changing work.", "人工智能正在改变工作。")]
    assert len(check(other, SYNONYMS, select=["reverse-inconsistent"])) == 1


# --- 6. whitespace after (and before) full-width punctuation ------------------------------

@every_row(("source", "target"), [
    ("Name: ", "名称："), ("Total: ", "合计："), ("Continue? ", "继续？"),
    ("First, ", "首先，"), ("Done! ", "完成！"), (" (optional)", "（可选）"),
])
def test_whitespace_after_full_width_punctuation_is_not_required(
        source: str, target: str) -> None:
    assert found(source, target, "whitespace") == []


@every_row(("source", "target"), [
    ("Name: ", "名称:"),  # half-width colon: the space is still needed
    ("Name ", "名称"), ("Name:\n", "名称："), ("Open file", "打开文件 "),
])
def test_whitespace_is_still_compared_elsewhere(source: str, target: str) -> None:
    assert found(source, target, "whitespace")


# --- 2. number idioms are read as values, set phrases are not read -------------------------

@every_row(("source", "target"), [
    ("Eight out of ten firms are profitable.", "八成企业盈利。"),
    ("Seven out of ten firms said so.", "七成企业这样表示。"),
    ("Three in four companies use AI.", "每四家公司中有三家使用人工智能。"),
    ("Seven out of ten firms said so.", "在受访的十家企业中，有七家这样表示。"),
    ("Seven out of ten firms said so.", "十家企业……有七家这样表示。"),
    ("One in five adults smokes.", "每五个成年人中就有一人吸烟。"),
    ("Three in four firms grew.", "四分之三的企业实现增长。"),
    ("Two of the three firms grew.", "三家企业中有两家实现增长。"),
    ("Half of the firms grew.", "五成企业实现增长。"),
    ("More than half of firms grew.", "过半企业实现增长。"),
    ("More than half of firms grew.", "半数以上企业实现增长。"),
    ("Nearly 30 percent of firms grew.", "近三成企业实现增长。"),
    ("It began in the 1990s.", "它始于上世纪九十年代。"),
    ("It began in the 1990s.", "它始于二十世纪九十年代。"),
    ("It began in the 1990s.", "它始于20世纪90年代。"),
    ("It began in the 1990s.", "它始于九十年代。"),
    ("It began in the 1990s.", "它始于1990年代。"),
    ("It began in the '90s.", "它始于90年代。"),
    ("It began in the early nineties.", "它始于九十年代初。"),
    ("Prices never change.", "价格一成不变。"),
    ("They gathered in small groups.", "他们三五成群。"),
    ("He was anxious.", "他心里七上八下。"),
    ("Round it to the nearest whole number.", "请四舍五入到整数。"),
])
def test_number_idioms_are_read_as_values(source: str, target: str) -> None:
    assert found(source, target, "numbers") == []


@every_row(("source", "target"), [
    ("Eight out of ten firms are profitable.", "六成企业盈利。"),
    ("Three in four firms grew.", "三分之二的企业实现增长。"),
    ("Three in four companies use AI.", "每四家公司中有两家使用人工智能。"),
    ("Seven out of ten firms said so.", "十家企业……有六家这样表示。"),
    ("It began in the 1990s.", "它始于上世纪八十年代。"),
    ("It began in the 1990s.", "它始于八十年代。"),
    ("One in three firms grew.", "三成企业实现增长。"),
    ("Nearly 30 percent of firms grew.", "近四成企业实现增长。"),
])
def test_number_idioms_with_another_value_are_reported(source: str, target: str) -> None:
    assert found(source, target, "numbers")


# --- 7. one notion of Chinese for every check ----------------------------------------------

CHINESE_CODES = ["zh", "zh-CN", "zh_TW", "zh-Hant", "zh-Hans-SG", "cmn", "cmn-Hans-CN", "yue",
                 "yue-HK", "zh-yue", "lzh", "wuu", "nan"]


@every_row("code", CHINESE_CODES)
def test_chinese_language_codes_are_all_read_as_chinese(code: str) -> None:
    right = ("Sales rose 72.5 percent to 53.96 billion yuan in 2016.",
             "2016年销售额增长72.5%，达539.6亿元。")
    assert found(*right, "numbers", target_lang=code) == []
    assert found("Sales rose 72.5 percent.", "销售额增长七成。", "numbers", target_lang=code)
    reverse = found("2016年销售额增长七成。", "Sales rose 70 percent in 2016.", "numbers",
                    source_lang=code, target_lang="en")
    assert reverse == []


@every_row("code", CHINESE_CODES)
def test_chinese_language_codes_get_the_glossary_checks(code: str) -> None:
    glossary = Glossary.from_terms([Term("artificial intelligence", ("人工智能",))],
                                   target_lang=code)
    assert found("Artificial intelligence is here.", "人工智能来了。", "term-missing", glossary,
                 target_lang=code) == []
    assert found("Artificial intelligence is here.", "智能来了。", "term-missing", glossary,
                 target_lang=code)
    # a unit in another language pair than the glossary's has no terms (and no error)
    assert found("人工智能来了。", "AI is here.", "term-missing", glossary,
                 source_lang="ja", target_lang="en") == []
