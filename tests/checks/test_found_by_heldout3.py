"""Classes of false alarm the first run on heldout3 found (issue 10); examples are our own."""

from __future__ import annotations

from rows import every_row
from tm import Glossary, Unit, check
from tm.numbers import extract_numbers, same_numbers

# --- 1. English multiplicative words are values ---------------------------------------

@every_row(("text", "value"), [
    ("Exports grew tenfold.", "10"),
    ("a twofold rise", "2"),
    ("a two-fold rise", "2"),
    ("a threefold increase", "3"),
    ("Output rose fivefold", "5"),
    ("a twelvefold jump", "12"),
    ("a twentyfold rise", "20"),
    ("a hundredfold gain", "100"),
    ("a thousandfold gain", "1000"),
    ("a 3-fold rise", "3"),
    ("a 10-fold rise", "10"),
    ("Sales doubled.", "2"),
    ("Prices will triple", "3"),
    ("Traffic quadrupled", "4"),
])
def test_english_multiplicative_words_are_read_as_values(text: str, value: str) -> None:
    assert [str(n.value) for n in extract_numbers(text)] == [value]


@every_row("text", ["a manifold of paths", "Unfold the map", "the sheepfold",
                                  "Double-click the file", "a double quote"])
def test_words_ending_in_fold_or_double_that_are_not_multiples_stay_unread(text: str) -> None:
    assert extract_numbers(text) == []


@every_row(("text", "value"), [
    ("产量翻了一番", "2"), ("客流翻了两番", "4"), ("翻三番", "8"),
])
def test_chinese_fan_n_fan_is_two_to_the_n(text: str, value: str) -> None:
    assert [str(n.value) for n in extract_numbers(text, "zh")] == [value]


@every_row(("en", "zh"), [
    ("Wind power capacity grew tenfold in the 2010s.",
     "21世纪10年代，风电装机容量增至原来的10倍。"),
    ("Exports rose threefold.", "出口增长至原来的3倍。"),
    ("Exports rose threefold.", "出口增至三倍。"),
    ("Demand grew a hundredfold.", "需求增长到原来的100倍。"),
    ("Sales doubled.", "销售额翻了一番。"),
    ("Sales doubled.", "销售额翻倍。"),
    ("Traffic quadrupled.", "客流量翻了两番。"),
    ("Traffic quadrupled.", "客流量增至原来的4倍。"),
    ("a 5-fold rise", "增至5倍"),
])
def test_multiplicative_words_match_their_chinese_multiples(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


@every_row(("en", "zh"), [
    ("Wind power capacity grew tenfold.", "风电装机容量增至原来的9倍。"),
    ("Exports rose threefold.", "出口增至原来的5倍。"),
    ("Traffic quadrupled.", "客流量翻了三番。"),
])
def test_a_wrong_multiple_is_still_reported(en: str, zh: str) -> None:
    found = check([Unit(en, zh)], select=["numbers"])
    assert [f.check for f in found] == ["numbers"]


# --- 2. placeholders are code, not words, for the term checks ---------------------------

def _glossary() -> Glossary:
    return Glossary.from_terms([("account", "账户"), ("user", "用户"), ("file", "文件")])


@every_row(("source", "target"), [
    ("%(user)s changed the password for %(account)s.", "%(user)s 修改了 %(account)s 的密码。"),
    ("{account} was locked.", "{account} 已锁定。"),
    ("Deleted {file.name}.", "已删除 {file.name}。"),
    ("Sent to {user}", "已发送给 {user}"),
])
def test_a_glossary_word_inside_a_placeholder_is_not_a_term(source: str, target: str) -> None:
    assert check([Unit(source, target)], glossary=_glossary(),
                 select=["term-missing", "latin-leftover", "term-forbidden"]) == []


def test_a_term_outside_the_placeholder_is_still_checked() -> None:
    found = check([Unit("The account %(account)s was locked.", "账号 %(account)s 已锁定。")],
                  glossary=_glossary(), select=["term-missing", "latin-leftover"])
    # The English word in the target is inside the placeholder: not "left in English".
    assert [f.check for f in found] == ["term-missing"]


def test_an_approved_rendering_inside_a_placeholder_does_not_count() -> None:
    glossary = Glossary.from_terms([("PDF", "PDF")])
    found = check([Unit("Export as PDF: {pdf}", "导出：{pdf}")], glossary=glossary,
                  select=["term-missing"])
    assert [f.check for f in found] == ["term-missing"]


def test_a_placeholder_name_is_not_a_recurring_name() -> None:
    units = [Unit(f"Welcome to {{Server}} number {i}.", f"欢迎来到 {{Server}} {i} 号。")
             for i in range(6)] + [Unit("{Server} is down.", "{Server} 已停机。")]
    assert check(units, select=["term-inconsistent"]) == []


# --- 3. an ellipsis kept from the source ------------------------------------------------

@every_row(("source", "target", "reported"), [
    ("Connecting to the database\u2026", "正在连接数据库\u2026", False),
    ("Saving\u2026", "正在保存...", False),
    ("Open File...", "打开文件\u2026", False),
    ("Loading\u2026", "正在加载……", False),
    ("He paused.", "他停顿了\u2026", True),
    ("Done", "完成\u2026", True),
])
def test_an_ellipsis_kept_from_the_source_in_any_form_is_not_a_punctuation_error(
        source: str, target: str, reported: bool) -> None:
    found = check([Unit(source, target)], select=["punctuation"])
    assert bool(found) == reported
