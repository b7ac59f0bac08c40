"""A numeral before 成 is a share (七成, 70 percent) or a count before a word that begins
with 成 (成为, 成果, 成本, 成员 …): where the dictionary has such a word, the boundary is
ambiguous, and the figure keeps both readings — it meets the other side by either, and is
never reported on the strength of one (blind catalogs of stop 31: 揽月7成为 "the Lanyue 7
became" read as 70 percent; 近七成果园 "nearly seven in ten orchards" read as 七 + 成果).
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm import Unit, check
from tm.numbers import _idioms_zh, extract_numbers


def _reported(en: str, zh: str) -> bool:
    return bool(check([Unit(en, zh)], select=["numbers"]))


@every_row(("en", "zh"), [
    # the count before a word: 成为 became, 成果 results, 成本 cost, 成功 success, 成立 founded
    ("The Lanyue 7 became the first lander to touch down.", "揽月7成为首个着陆的着陆器。"),
    ("Version 3 became the default.", "版本3成为默认版本。"),
    ("Team 5 succeeded on the first attempt.", "小组5成功完成了首次尝试。"),
    ("Three cost items were cut.", "三成本项目被削减。"),
    ("Three members voted no.", "三成员投了反对票。"),
    # the share before a word: 成果园 is 成 + 果园 (orchards), 成本地 成 + 本地 (local)
    ("Nearly seven in ten orchards were damaged.", "近七成果园受损。"),
    ("Nearly 70% of orchards were damaged.", "近七成果园受损。"),
    ("30% of local firms are hiring.", "三成本地企业正在招聘。"),
    ("30% of staff voted no.", "三成员工投了反对票。"),
    ("About 60% of adults own a car.", "约六成人拥有汽车。"),
    ("70% became members.", "七成为会员。"),
])
def test_either_reading_of_a_numeral_before_cheng_meets_the_source(en: str, zh: str) -> None:
    assert not _reported(en, zh)


@every_row(("en", "zh"), [
    # neither reading meets the source: reported
    ("Nearly 80% of orchards were damaged.", "近七成果园受损。"),
    ("The Lanyue 8 became the first lander to touch down.", "揽月7成为首个着陆的着陆器。"),
    ("40% of local firms are hiring.", "三成本地企业正在招聘。"),
    # a share before no word is a share only: the count does not meet it
    ("3 sales came from exports.", "三成销售额来自出口。"),
    ("7 of the orchards were damaged.", "七成的果园受损。"),
])
def test_a_numeral_before_cheng_neither_of_whose_readings_meets_is_reported(
        en: str, zh: str) -> None:
    assert _reported(en, zh)


@every_row(("text", "share", "count"), [
    ("揽月7成为首个", "70", "7"),
    ("近七成果园", "70", "7"),
    ("三成本地企业", "30", "3"),
    ("两成交易额", "20", "2"),      # 成交 (a deal): the dictionary's word, no list of ours
    ("五成熟的牛排", "50", "5"),     # 五成熟 "medium": CC-CEDICT's 成熟
])
def test_the_figure_keeps_the_share_and_the_count(text: str, share: str, count: str) -> None:
    [n] = extract_numbers(text, "zh")
    assert (n.kind, str(n.value)) == ("percent", share)
    assert [(kind, str(value)) for kind, value, _ in n.readings] == [("number", count)]


def test_a_share_before_no_word_has_one_reading() -> None:
    [n] = extract_numbers("近三成销售额来自出口", "zh")
    assert (n.kind, str(n.value), n.readings) == ("percent", "30", ())


def test_without_the_dictionary_a_few_words_stand_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the ``dict`` extra the words of _TENTH_WORDS_WITHOUT_DICTIONARY are used."""
    monkeypatch.setattr(_idioms_zh, "word_beginnings", frozenset)
    [became] = extract_numbers("揽月7成为首个", "zh")
    assert [kind for kind, _, _ in became.readings] == ["number"]
    [shares] = extract_numbers("三成销售额", "zh")
    assert shares.readings == ()
    assert not _reported("The Lanyue 7 became the first lander.", "揽月7成为首个着陆器。")
