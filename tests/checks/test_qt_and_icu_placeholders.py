"""Qt and ICU MessageFormat arguments are compared by argument (issue 10; REDTEAM3 open item).

Qt's ``%1`` … ``%99`` (and ``%L1``, the argument in the locale's digits) and the head of
an ICU argument (``{count, plural, …}``, ``{n, number}``) were not read at all: a
dropped ``%2`` was caught only when the numbers check noticed a digit, and
``{count, plural, …}`` → ``{num, plural, …}`` passed.  They are compared like the
other families, by argument: reordering is free, ``%L1`` is ``%1``, and an ICU plural may
become a plain ``{count}`` in Chinese, which has no plural forms.
"""

from __future__ import annotations

from rows import every_row
from tm.checks.placeholders import compare_placeholders, parse_placeholders


@every_row(("en", "zh", "problem"), [
    ("Copied %1 of %2 files", "已复制 %1 个文件", "missing from the target: %2"),
    ("Page %1", "第 %3 页", "not in the source: %3"),
    ("{count, plural, one {# file} other {# files}} deleted",
     "已删除 {num, plural, other {# 个文件}}", "missing from the target: {count, plural,"),
])
def test_a_qt_or_icu_argument_missing_or_added_is_reported(en: str, zh: str,
                                                          problem: str) -> None:
    problems, _ = compare_placeholders(en, zh)
    assert problem in problems


@every_row(("en", "zh"), [
    ("Copied %1 of %2 files", "已复制 %2 个文件中的 %1 个"),
    ("%L1 items", "%1 项"),
    ("{count, plural, one {# file} other {# files}} deleted", "已删除 {count} 个文件"),
    ("Total: {amount, number}", "合计：{amount, number}"),
    ("Growth was 5%1 times the rate", "增长是该速度的5%1倍"),  # a figure before: no marker
])
def test_the_same_qt_or_icu_arguments_pass(en: str, zh: str) -> None:
    assert compare_placeholders(en, zh) == ([], [])


def test_qt_markers_are_read_with_their_argument() -> None:
    found = parse_placeholders("Moved %1 to %L2")
    assert [(p.family, p.arg) for p in found] == [("qt", "1"), ("qt", "2")]
