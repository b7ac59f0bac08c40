"""Number idioms that tm.numbers reads with their neighbours: 四成, 90年代, 十三五, twice."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rows import every_row
from tm.numbers import extract_numbers, same_numbers


@every_row(("lang", "text", "expected"), [
    ("zh", "近四成企业", [("40", "percent", "四成")]),
    ("zh", "八成以上", [("80", "percent", "八成")]),
    ("zh", "一成为了", [("10", "percent", "一成")]),         # or 一 + 成为: both readings kept
    ("zh", "20世纪90年代", [("1990", "number", "20世纪90年代")]),
    ("zh", "80年代", [("1980", "number", "80年代")]),
    ("zh", "“十三五”规划", [("13", "ordinal", "十三五"), ("5", "number", "十三五")]),
    ("en", "one in five adults", [("0.2", "fraction", "one in five")]),
    ("en", "eight out of ten firms", [("0.8", "fraction", "eight out of ten")]),
    ("en", "Sales doubled, twice the pace",
     [("2", "number", "doubled"), ("2", "number", "twice")]),
    # before a determiner: a predeterminer or a verb (numbers3); not an adjective
    ("en", "Members pay double the usual fee", [("2", "number", "double")]),
    ("en", "It weighs quadruple what it did", [("4", "number", "quadruple")]),
    ("en", "a triple room with a double bed", []),
    ("en", "in the first three quarters",
     [("1", "ordinal", "first"), ("3", "number", "three quarters")]),
    ("en", "three quarters of the firms", [("0.75", "fraction", "three quarters")]),
    ("en", "5 in 2015", [("5", "number", "5"), ("2015", "number", "2015")]),
])
def test_idioms(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(str(n.value), n.kind, n.text) for n in extract_numbers(text, lang)] == expected


@every_row(("en", "zh"), [
    ("Nearly 40 percent of firms", "近四成企业"),
    ("in the 1990s", "20世纪90年代"),
    ("the 13th Five-Year Plan", "“十三五”规划"),
    ("one in five adults", "五分之一的成年人"),
    ("twice as fast", "快两倍"),
    ("in the first three quarters", "前三季度"),
    ("Members pay double the usual fee", "会员支付两倍的常规费用"),
])
def test_idioms_match_across_languages(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


@given(st.text(alphabet="一二三四五六七八九十成世纪年代0123456789 twiceoutfqarsh", max_size=30))
def test_idiom_spans_index_the_text(text: str) -> None:
    for lang in ("en", "zh"):
        found = extract_numbers(text, lang)
        assert [n.start for n in found] == sorted(n.start for n in found)
        for n in found:
            assert text[n.start:n.end] == n.text


def _set_phrases() -> list[str]:
    from importlib import resources

    text = resources.files("tm.numbers").joinpath("data/set_phrases_zh.txt").read_text(
        encoding="utf-8")
    return [w for line in text.splitlines() for w in line.split("#", 1)[0].split()]


@every_row("phrase", _set_phrases())
def test_set_phrases_hold_no_number(phrase: str) -> None:
    for text in (phrase, f"他们说{phrase}。", f"2024年{phrase}"):
        assert [n.text for n in extract_numbers(text, "zh") if n.start < len(text) and
                text.find(phrase) <= n.start < text.find(phrase) + len(phrase)] == []


@every_row(("lang", "text", "value", "kind"), [
    ("zh", "上世纪九十年代", "1990", "number"), ("zh", "上个世纪80年代", "1980", "number"),
    ("zh", "二十世纪九十年代", "1990", "number"), ("zh", "1990年代", "1990", "number"),
    ("zh", "本世纪20年代", "2020", "number"), ("zh", "00年代", "2000", "number"),
    ("zh", "二十一世纪一十年代", "2010", "number"),
    ("en", "the '90s", "1990", "number"), ("en", "the late 80s", "1980", "number"),
    ("en", "the nineties", "1990", "number"), ("en", "the 2010s", "2010", "number"),
    ("zh", "每四家中有三家", "0.75", "fraction"), ("zh", "十家企业中有七家", "0.7", "fraction"),
    ("zh", "十家……有七家", "0.7", "fraction"), ("zh", "每10人中就有1人", "0.1", "fraction"),
    ("zh", "过半", "0.5", "fraction"), ("zh", "超过半数", "0.5", "fraction"),
    ("zh", "近三成", "30", "percent"),
    ("en", "two out of every three", "0.6667", "fraction"),
    ("en", "one of every four", "0.25", "fraction"),
])
def test_idioms_read_as_one_value(lang: str, text: str, value: str, kind: str) -> None:
    [number] = extract_numbers(text, lang)
    assert (str(number.value), number.kind) == (value, kind)


@every_row(("text", "values"), [
    ("上世纪七八十年代", ["1970", "1980"]),   # two consecutive digit words: two decades
    ("八九十年代", ["1980", "1990"]),
    ("20世纪30、40年代", ["1930", "1940"]),
    ("本世纪一二十年代", ["2010", "2020"]),
    ("一二十年代", ["1910", "1920"]),           # one century for both, the second's
])
def test_two_decades_in_one_word_are_both_read(text: str, values: list[str]) -> None:
    """Editors write "the 1970s and 1980s" as 七八十年代 or 70、80年代 (heldout37's clean
    catalog, the 1950s and 1960s, was a false alarm: 五 read alone and 六十年代 as one)."""
    assert sorted(str(n.value) for n in extract_numbers(text, "zh")) == values


@every_row(("en", "zh", "reported"), [
    ("Most of the dams date from the 1970s and 1980s.", "大部分水坝建于七八十年代。", False),
    ("Most of the dams date from the 1970s and 1980s.", "大部分水坝建于六七十年代。", True),
    ("Most of the dams date from the 1970s and 1980s.", "大部分水坝建于七十年代。", True),
    ("The boom of the 1930s and 1950s", "20世纪30、50年代的繁荣", False),
])
def test_two_decades_meet_two_decades(en: str, zh: str, reported: bool) -> None:
    missing, extra = same_numbers(en, "en", zh, "zh")
    assert bool(missing or extra) is reported


@every_row(("lang", "text", "values"), [
    ("en", "people in their 90s", ["90"]),               # an age, not a decade
    ("zh", "10家企业有7家门店", ["10", "7"]),            # no ratio: another measure word after 7
    ("zh", "2家企业中有3家", ["2", "3"]),                # the part is not smaller than the whole
    ("zh", "那个年代", []),
])
def test_idioms_not_read_where_the_form_does_not_hold(lang: str, text: str,
                                                     values: list[str]) -> None:
    assert [str(n.value) for n in extract_numbers(text, lang)] == values
