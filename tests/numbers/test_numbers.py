"""tm.numbers: numbers found in English and Chinese text, normalized and compared."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rows import every_row
from tm.numbers import Number, extract_numbers, same_numbers


def values(text: str, lang: str) -> list[tuple[str, str]]:
    """(value, kind) of every number in *text*, as plain strings for tables."""
    return [(str(n.value), n.kind) for n in extract_numbers(text, lang)]


# (lang, text, expected [(value, kind), ...])
EXTRACT_CASES = [
    # scales: billion / 亿 / 万
    ("en", "53.96 billion yuan", [("53960000000", "number")]),
    ("zh", "539.6亿元", [("53960000000", "number")]),
    ("en", "($7.83 billion)", [("7830000000", "number")]),
    ("zh", "78.3亿美元", [("7830000000", "number")]),
    ("en", "79,000 valid intellectual properties", [("79000", "number")]),
    ("zh", "7.9万项有效知识产权", [("79000", "number")]),
    ("zh", "600多万人", [("6000000", "number")]),
    ("zh", "1.2万亿元", [("1200000000000", "number")]),
    ("en", "$7.8bn and 10k users", [("7800000000", "number"), ("10000", "number")]),
    ("en", "1.5 million", [("1500000", "number")]),
    # percent
    ("en", "72.5 percent", [("72.5", "percent")]),
    ("en", "72.5 per cent", [("72.5", "percent")]),
    ("en", "72.5%", [("72.5", "percent")]),
    ("zh", "72.5%", [("72.5", "percent")]),
    ("zh", "７２．５％", [("72.5", "percent")]),
    ("zh", "百分之七十二点五", [("72.5", "percent")]),
    ("zh", "百分之30", [("30", "percent")]),
    ("zh", "提高3个百分点", [("3", "percent")]),
    ("en", "up 3 percentage points", [("3", "percent")]),
    # dates, full and partial
    ("en", "on May 7, 2015", [("20150507", "date")]),
    ("en", "on 7 May 2015", [("20150507", "date")]),
    ("en", "Updated: May 23,2017", [("20170523", "date")]),
    ("en", "in May 2015", [("20150500", "date")]),
    ("en", "on Sept. 3", [("903", "date")]),
    ("en", "since March", [("300", "date")]),
    ("en", "2015-05-07", [("20150507", "date")]),
    ("zh", "2015年5月7日", [("20150507", "date")]),
    ("zh", "二〇一五年五月七日", [("20150507", "date")]),
    ("zh", "2015年5月", [("20150500", "date")]),
    ("zh", "5月7日", [("507", "date")]),
    ("zh", "7日，", [("7", "date")]),
    ("zh", "3月份", [("300", "date")]),
    # times
    ("en", "7:29 AM", [("729", "time")]),
    ("en", "3 p.m.", [("1500", "time")]),
    ("zh", "下午3点", [("1500", "time")]),
    ("zh", "7时29分", [("729", "time")]),
    # approximations keep their value
    ("en", "over 600 CEOs", [("600", "number")]),
    ("zh", "600多名", [("600", "number")]),
    ("zh", "600余名", [("600", "number")]),
    ("zh", "逾600名", [("600", "number")]),
    # word numerals and Chinese numerals
    ("en", "seven", [("7", "number")]),
    ("en", "Two funds", [("2", "number")]),
    ("en", "twenty-five", [("25", "number")]),
    ("en", "one hundred and five", [("105", "number")]),
    ("en", "three million", [("3000000", "number")]),
    ("en", "a million", [("1000000", "number")]),
    ("zh", "七年", [("7", "number")]),
    ("zh", "两支基金", [("2", "number")]),
    ("zh", "二", [("2", "number")]),
    ("zh", "十", [("10", "number")]),
    ("zh", "十二", [("12", "number")]),
    ("zh", "二十五", [("25", "number")]),
    ("zh", "一百零五", [("105", "number")]),
    ("zh", "三千", [("3000", "number")]),
    ("zh", "两万", [("20000", "number")]),
    ("zh", "一亿二千万", [("120000000", "number")]),
    ("zh", "一点三", [("1.3", "number")]),
    ("zh", "七点九万", [("79000", "number")]),
    ("zh", "１２３", [("123", "number")]),
    # ordinals
    ("en", "the first", [("1", "ordinal")]),
    ("en", "twenty-first", [("21", "ordinal")]),
    ("en", "the 3rd", [("3", "ordinal")]),
    ("zh", "第一", [("1", "ordinal")]),
    ("zh", "第3届", [("3", "ordinal")]),
    # fractions
    ("en", "a third", [("0.3333", "fraction")]),
    ("en", "two-thirds", [("0.6667", "fraction")]),
    ("zh", "三分之二", [("0.6667", "fraction")]),
    ("zh", "一半", [("0.5", "fraction")]),
    # years, decimals, negatives, ranges
    ("en", "In 2016,", [("2016", "number")]),
    ("zh", "2016年，", [("2016", "number")]),
    ("zh", "成立于2008年", [("2008", "number")]),
    ("en", "1.7 startup programs per day", [("1.7", "number")]),
    ("en", "-5 degrees", [("-5", "number")]),
    ("zh", "负5", [("-5", "number")]),
    ("en", "10-20 people", [("10", "number"), ("20", "number")]),
    ("zh", "10至20人", [("10", "number"), ("20", "number")]),
    ("en", "the 1990s", [("1990", "number")]),
    # older English word order (regressions found on the KJV/CUV Bible corpus)
    ("en", "five and twenty cubits", [("25", "number")]),
    ("en", "threescore and ten", [("70", "number")]),
    ("en", "an hundred and seven and twenty years", [("127", "number")]),
    ("en", "forty and five thousand and four hundred", [("45400", "number")]),
    ("en", "two thousand an hundred seventy and two", [("2172", "number")]),
    ("en", "two and three", [("2", "number"), ("3", "number")]),
    ("en", "the three and twentieth year", [("23", "ordinal")]),
    ("en", "the twenty and seventh year", [("27", "ordinal")]),
    ("en", "the fourth part of an hin", [("0.25", "fraction")]),
    ("zh", "两三个", [("2", "number"), ("3", "number")]),
    ("zh", "十四、十五两日", [("14", "number"), ("15", "number"), ("2", "number")]),
    # codes are not numbers
    ("en", "5D Robotics", []),
    # W glued to a figure is the watt on both sides alike (45W快充 = "45 W fast charging"), so a
    # brand like 3W Cafe reads 3 on both sides and still pairs (see the compare cases)
    ("en", "3W Cafe", [("3", "number")]),
    ("zh", "3W咖啡", [("3", "number")]),
    ("zh", "5D机器人", []),
    ("en", "the G20 summit", []),
    ("en", "COVID-19", []),
    ("en", "4G and 5G networks", []),
    ("en", "MP3 players", []),
    ("en", "F-16 jets and flight MH-370", []),
    ("en", "v1.2 release", []),
    # ... but a hyphen after a lower-case prefix or a dot after an abbreviation is not a code
    ("en", "since mid-2015", [("2015", "number")]),
    ("en", "pre-2008 levels", [("2008", "number")]),
    ("en", "the post-80s generation", [("80", "number")]),
    ("en", "the No.1 player", [("1", "number")]),
    ("en", "a ratio of 1:100", [("1", "number"), ("100", "number")]),
    ("en", "Boeing 737", [("737", "number")]),
    # numeral characters in words are not numbers
    ("zh", "一直", []),
    ("zh", "统一", []),
    ("zh", "十分重要", []),
    ("zh", "进一步", []),
    ("zh", "四川省", []),
    ("zh", "大众创业、万众创新", []),
    ("zh", "第一时间", []),
    ("zh", "零售", []),
    ("zh", "负责", []),
    ("zh", "三十分钟", [("30", "number")]),
    ("zh", "100日元", [("100", "number")]),
]


@every_row(("lang", "text", "expected"), EXTRACT_CASES,
           ids=[f"{c[0]}:{c[1]}" for c in EXTRACT_CASES])
def test_extract(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, lang) == expected


@every_row(("text", "spelled"), [
    ("seven", True), ("七", True), ("两万", True), ("7", False), ("7.9万", False),
])
def test_spelled_flag(text: str, spelled: bool) -> None:
    lang = "en" if text.isascii() else "zh"
    [number] = extract_numbers(text, lang)
    assert number.spelled is spelled


@every_row(("lang", "text", "unit"), [
    ("en", "53.96 billion yuan", "CNY"), ("en", "US$7.8bn", "USD"), ("en", "$5", "$"),
    ("en", "€3", "EUR"), ("zh", "78.3亿美元", "USD"), ("zh", "人民币500", "CNY"),
    ("zh", "100日元", "JPY"), ("zh", "￥100", "¥"),
    ("en", "6.2 miles", "mile"), ("en", "10km", "km"), ("en", "5 square meters", "m2"),
    ("zh", "10公里", "km"), ("zh", "5平方米", "m2"), ("zh", "3千米", "km"), ("zh", "30亩", "mu"),
    ("zh", "5千克", "kg"), ("en", "20 °C", "C"),
])
def test_units(lang: str, text: str, unit: str) -> None:
    [number] = extract_numbers(text, lang)
    assert number.unit == unit


def test_spans_index_the_original_text() -> None:
    text = "２０１５年５月７日，增长７２．５％，共７．９万项"
    for number in extract_numbers(text, "zh"):
        assert text[number.start:number.end] == number.text
    texts = [n.text for n in extract_numbers(text, "zh")]
    assert texts == ["２０１５年５月７日", "７２．５％", "７．９万"]


def test_full_width_comma_is_not_a_thousands_separator() -> None:
    assert values("第1，2", "zh") == [("1", "ordinal"), ("2", "number")]


def test_unknown_language_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        extract_numbers("7", "fr")


# (English, Chinese) pairs a correct translation may contain: nothing missing or extra.
EQUIVALENT = [
    ("53.96 billion yuan ($7.83 billion)", "539.6亿元（78.3亿美元）"),
    ("79,000 valid intellectual properties", "7.9万项有效知识产权"),
    ("72.5 percent were channeled", "72.5%投向"),
    ("72.5 percent", "百分之七十二点五"),
    ("on May 7, 2015", "2015年5月7日"),
    ("on May 7, 2015", "5月7日"),
    ("7 May 2015", "二〇一五年五月七日"),
    ("in May 2015", "2015年5月"),
    ("over 600 CEOs", "600多名首席执行官"),
    ("over 600 CEOs", "600余名"),
    ("in seven years", "七年来"),
    ("two angel investment funds", "两支天使投资基金"),
    ("ten cities", "十个城市"),
    ("branches in 10 cities", "在十个城市开设分店"),
    ("In 2016,", "2016年，"),
    ("1.7 startup programs per day, 1.3 are related", "每天1.7个项目，其中1.3个相关"),
    ("1.3 are", "一点三个"),
    ("founded in 2008", "成立于2008年"),
    ("one of the projects", "项目之一"),
    ("a cup of coffee", "一杯咖啡"),
    ("the first time", "首次"),
    ("Phase 2", "第二阶段"),
    ("the 7th", "7日"),
    ("10 km (6.2 miles)", "10公里"),
    ("6.2 miles", "10公里"),
    ("3 feet", "1米"),
    ("500 acres", "202公顷"),
    ("68 °F", "20℃"),
    ("5D Robotics and 3W Cafe", "5D机器人和3W咖啡"),
    ("7:29 AM", "7:29"),
    ("3 p.m.", "下午3点"),
    ("a third of them", "三分之一"),
    ("10-20 people", "10至20人"),
    ("in the seventh month, on the fifteenth day", "七月十五日"),
    ("the ninth month, on the twentieth day", "九月二十日"),
    ("I will give the tenth unto thee", "我必将十分之一献给你"),
    ("five and twenty years old", "二十五岁"),
    ("the two and thirtieth year", "三十二年"),
    ("$7.83 billion", "78.3亿美元"),
    ("US$7.83 billion", "78.3亿美元"),
    ("HK$500", "500港元"),
    ("a $5m deal", "500万美元的交易"),
    ("RMB 500", "人民币500元"),
    ("five dollars", "5美元"),
    ("5 pounds", "5英镑"),
    ("100 yen", "100日元"),
]


@every_row(("en", "zh"), EQUIVALENT)
def test_equivalent_numbers(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh-CN") == ([], [])
    assert same_numbers(zh, "zh", en, "en") == ([], [])


# (English, Chinese, missing texts, extra texts): real translation errors.
MISMATCHED = [
    ("53.96 billion yuan", "5396亿元", ["53.96 billion yuan"], ["5396亿元"]),
    ("$7.83 billion", "78.3亿元", ["7.83 billion"], ["78.3亿元"]),
    ("10 km", "10英里", ["10 km"], ["10英里"]),
    ("500 yen", "500元", ["500 yen"], ["500元"]),
    ("79,000 properties", "7.9千项", ["79,000"], ["7.9千"]),
    ("72.5 percent", "72.5", ["72.5 percent"], ["72.5"]),
    ("on May 7, 2015", "2015年5月8日", ["May 7, 2015"], ["2015年5月8日"]),
    ("seven years", "八年", ["seven"], ["八"]),
    ("seven years", "8年", ["seven"], ["8"]),
    ("in 10 cities", "在十一个城市", ["10"], ["十一"]),
    ("over 600 CEOs", "", ["600"], []),
    ("", "500家", [], ["500"]),
    ("6.2 miles", "20公里", ["6.2 miles"], ["20公里"]),
]


@every_row(("en", "zh", "missing", "extra"), MISMATCHED)
def test_mismatched_numbers(en: str, zh: str, missing: list[str], extra: list[str]) -> None:
    got_missing, got_extra = same_numbers(en, "en", zh, "zh")
    assert [n.text for n in got_missing] == missing
    assert [n.text for n in got_extra] == extra


def test_strict_mode_reports_spelled_numbers() -> None:
    missing, extra = same_numbers("a cup of coffee", "en", "一杯咖啡", "zh", lenient=False)
    assert missing == [] and [n.text for n in extra] == ["一"]


def test_ignored_spans_do_not_count() -> None:
    en = "Made in China 2025 will help"
    zh = "中国制造2025将有助于"
    start = en.index("Made")
    missing, extra = same_numbers(en, "en", "将有助于", "zh", ignore_source=[(start, start + 18)])
    assert (missing, extra) == ([], [])
    assert same_numbers(en, "en", zh, "zh") == ([], [])


@given(st.lists(st.integers(min_value=0, max_value=10**9), max_size=6))
def test_digits_round_trip(numbers: list[int]) -> None:
    """Any list of plain integers written with separators is found, in order, with its spans."""
    text = " and ".join(f"{n:,}" for n in numbers)
    found = extract_numbers(text, "en")
    assert [n.value for n in found] == [Decimal(n) for n in numbers]
    assert all(text[n.start:n.end] == n.text for n in found)


@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_numerals_match_digits(n: int) -> None:
    """A number written in Chinese numerals equals the same number in digits."""
    zh = _to_chinese(n)
    [number] = extract_numbers(zh, "zh")
    assert number.value == n, zh


@given(st.text(max_size=40))
def test_never_crashes_and_spans_are_exact(text: str) -> None:
    for lang in ("en", "zh"):
        for number in extract_numbers(text, lang):
            assert isinstance(number, Number)
            assert text[number.start:number.end] == number.text


def _to_chinese(n: int) -> str:
    """Write *n* (< 10**8) in Chinese numerals the standard way (reference implementation)."""
    digits = "零一二三四五六七八九"

    def below_10000(x: int) -> str:
        out, zero = "", False
        for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = x // value % 10
            if d:
                out += ("零" if zero and out else "") + digits[d] + unit
                zero = False
            else:
                zero = True
        return out

    high, low = divmod(n, 10000)
    if not high:
        return below_10000(low)
    text = below_10000(high) + "万"
    if low:
        text += ("零" if low < 1000 else "") + below_10000(low)
    return text
