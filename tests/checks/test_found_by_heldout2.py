"""Classes of false alarm the first run on heldout2 found (issue 10); examples are our own."""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers, same_numbers


@every_row(("en", "zh"), [
    ("Sales grew 8 to 10 percent.", "销售额增长8%至10%。"),
    ("Sales grew between 3 and 5 percent.", "销售额增长3%到5%。"),
    ("It will cost 3 to 4 billion yuan.", "耗资30亿元至40亿元。"),
    ("It will cost 3 to 4 billion yuan.", "耗资30至40亿元。"),
    ("The fair runs from 12 to 14 November.", "展会于11月12日至14日举行。"),
    ("Between 30 and 40 percent of firms grew.", "三至四成企业实现增长。"),
])
def test_ranges_give_their_percent_scale_unit_or_month_to_both_ends(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


@every_row(("en", "zh"), [
    ("Sales grew 8 to 10 percent.", "销售额增长9%至10%。"),
    ("It will cost 3 to 4 billion yuan.", "耗资30至50亿元。"),
    ("The fair runs from 12 to 14 November.", "展会于11月13日至14日举行。"),
])
def test_ranges_with_another_end_are_still_reported(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") != ([], [])


def test_a_range_never_scales_a_larger_first_end() -> None:
    assert [str(n.value) for n in extract_numbers("from 800 to 1.2 million")] == ["800", "1200000"]


# 成 that may begin a word keeps both readings: the share, and the count before a word
# (tests/numbers/test_a_share_or_a_count_before_a_word.py)
@every_row(("text", "expected"), [
    ("近三成员工从事研发", [("三成", "percent", ("number",))]),   # 三成 + 员工, or 三 + 成员
    ("三成本地企业", [("三成", "percent", ("number",))]),
    ("三成人口", [("三成", "percent", ("number",))]),
    ("三成员", [("三成", "percent", ("number",))]),          # or three members
    ("三成本", [("三成", "percent", ("number",))]),          # or three costs
    ("三成销售额", [("三成", "percent", ())]),                # 成销 begins no word
])
def test_tenths_before_a_word_that_starts_with_cheng(
        text: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert [(n.text, n.kind, tuple(kind for kind, _, _ in n.readings))
            for n in extract_numbers(text, "zh")] == expected


@every_row(("source", "target", "reported"), [
    ("Open File...", "打开文件...", False),
    ("Loading...", "正在加载……", False),
    ("He paused.", "他停顿了...", True),
])
def test_three_dots_kept_from_the_source_are_not_a_punctuation_error(
        source: str, target: str, reported: bool) -> None:
    found = check([Unit(source, target)], select=["punctuation"])
    assert bool(found) == reported


def test_halfwidth_marks_inside_a_placeholder_are_left_to_the_placeholders_check() -> None:
    unit = Unit("Welcome, %(name)s.", "欢迎，%(名字)s。")
    assert check([unit], select=["halfwidth-punctuation"]) == []
    assert [f.check for f in check([unit], select=["placeholders"])] == ["placeholders"]


def test_a_word_only_ever_first_in_a_sentence_is_not_a_name() -> None:
    units = [Unit("Nearly 30 percent of sales came from exports.", "近三成销售额来自出口。"),
             Unit("Nearly 30 percent of staff are engineers.", "近三成员工是工程师。"),
             Unit("Nearly 20 percent of firms grew.", "近两成企业实现增长。"),
             Unit("Nearly 40 percent of loans were repaid.", "近三成贷款已偿还。")]
    assert check(units, select=["term-inconsistent"]) == []


@every_row(("en", "zh"), [
    ("It runs from June 15 to 17.", "会期为6月15日至17日。"),
    ("It runs from Nov 5 to 10, 2025.", "会期为2025年11月5日至10日。"),
    ("It runs from 5 to 10 November.", "会期为11月5日至10日。"),
])
def test_a_day_alone_after_a_date_takes_its_month(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])
