"""半 that begins a half-year word is no "and a half" (issue 10).

In 半年度, 半年报, 上半年, 下半年, 半月, 半夜 the 半 belongs to the following word, so
2024年半年度 is the year 2024 (not 2024.5 years) and 半年报 is the interim report (not half a
year); 一年半 and 两年半 with nothing of the kind after them are still 1.5 and 2.5 years.
"""

from __future__ import annotations

from rows import every_row
from tm.numbers import compare_numbers, extract_numbers


def readings(text: str) -> list[tuple[str, str]]:
    return [(str(n.value), n.unit) for n in extract_numbers(text, "zh")]


@every_row(("text", "expected"), [
    ("华安银行2024年半年度业绩公告", [("2024", "")]),
    ("根据2023年半年报，营收增长。", [("2023", "")]),
    ("2022年半月刊停刊。", [("2022", "")]),
    ("1998年半夜出发", [("1998", ""), ("0", "")]),  # 半夜 is midnight
])
def test_year_before_a_half_year_word_is_the_year(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert readings(text) == expected


@every_row(("text", "expected"), [
    ("项目持续了一年半。", [("1.5", "year")]),
    ("两年半以后他回国了。", [("2.5", "year")]),
    ("他用了三天半的时间。", [("3.5", "day")]),
    ("去年半年时间里", [("0.5", "year")]),
    ("半年后见", [("0.5", "year")]),
])
def test_and_a_half_still_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert readings(text) == expected


@every_row(("src", "tgt"), [
    ("Huaan Bank's 2024 interim results", "华安银行2024年半年度业绩"),
    ("Revenue in the first half of 2024 rose.", "2024年上半年营收增长。"),
    ("The 2023 interim report", "2023年半年报"),
])
def test_interim_report_year_matches(src: str, tgt: str) -> None:
    assert compare_numbers(extract_numbers(src, "en"), extract_numbers(tgt, "zh")) == ([], [])
