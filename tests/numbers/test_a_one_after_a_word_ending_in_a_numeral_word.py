"""A one after a word that ends in the first character of 同一, 划一, 单一 … counts (issue 10).

计划一年内 is 计划 | 一年内 ("within a year"), 伙同一名 is 伙同 | 一名 ("with one man"): the
finder takes the longest listed word from the left, so the words that end in such a first
character are listed too (data/set_phrases_zh.txt: 计划, 策划, 伙同, 随同, 存单 …).  同一周末
("the same weekend"), 同一个女子, 万一天气 still hold no one (reviews Y-8 and the lead's of
14:53: a rule that read every such one before a classifier read them).
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("en", "zh"), [
    ("The city plans to build 3 bridges within 1 year.", "该市计划一年内建成3座桥。"),
    ("The agency staged 1 show and 2 talks.", "该机构策划一场演出和2场讲座。"),
    ("He escorted 1 delegate and 4 guests.", "他随同一名代表和4位嘉宾。"),
    ("They were born in the same year, 1990.", "他们同一年出生，都是1990年。"),
    ("Both plants use the same line and run 2 shifts.", "两家工厂使用同一条生产线，实行两班倒。"),
])
def test_a_one_after_a_listed_word_meets_the_source(en: str, zh: str) -> None:
    assert _found(en, zh) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("The city plans to build 3 bridges within 2 years.", "该市计划一年内建成3座桥。"),
    ("The agency staged 3 shows and 2 talks.", "该机构策划一场演出和2场讲座。"),
])
def test_a_wrong_count_after_such_a_word_is_reported(en: str, zh: str) -> None:
    assert _found(en, zh)


@every_row("zh", ["同一时间", "同一月份", "统一口径", "唯一的机会", "同一周末",
                                "同一个女子", "万一天气不好", "同一天"])
def test_no_date_time_or_count_begins_inside_a_word_otherwise(zh: str) -> None:
    assert extract_numbers(zh, "zh") == []
