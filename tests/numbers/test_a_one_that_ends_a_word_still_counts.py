"""A one that may end a word still counts what follows it (issue 10).

计划一年内 is 计划 | 一年内 ("within a year"), 伙同一名 is 伙同 | 一名 ("with one man"), but
the finder, which knows the words 同一, 划一, 单一 and not every word that ends in their
first character, read them as 计 | 划一 and 伙 | 同一 and dropped the one.  A one that ends
a listed word and stands before a classifier or a length of time is read, spelled: alone it
is never reported (同一年 "the same year" costs nothing), and it meets the 1 of the source.
It never begins a date or a time of day: 同一时间 is no one o'clock, 同一月份 no January.
"""

from __future__ import annotations

import pytest

from tm import Unit, check
from tm.numbers import extract_numbers


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@pytest.mark.parametrize(("en", "zh"), [
    ("The city plans to build 3 bridges within 1 year.", "该市计划一年内建成3座桥。"),
    ("The agency staged 1 show and 2 talks.", "该机构策划一场演出和2场讲座。"),
    ("He escorted 1 delegate and 4 guests.", "他随同一名代表和4位嘉宾。"),
    ("They were born in the same year, 1990.", "他们同一年出生，都是1990年。"),
    ("Both plants use the same line and run 2 shifts.", "两家工厂使用同一条生产线，实行两班倒。"),
])
def test_a_one_before_a_counter_meets_the_source(en: str, zh: str) -> None:
    assert _found(en, zh) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("The city plans to build 3 bridges within 2 years.", "该市计划一年内建成3座桥。"),
    ("The agency staged 3 shows and 2 talks.", "该机构策划一场演出和2场讲座。"),
])
def test_a_wrong_count_after_such_a_word_is_reported(en: str, zh: str) -> None:
    assert _found(en, zh)


@pytest.mark.parametrize("zh", ["同一时间", "同一月份", "统一口径", "唯一的机会"])
def test_no_date_time_or_count_begins_inside_a_word_otherwise(zh: str) -> None:
    assert extract_numbers(zh, "zh") == []
