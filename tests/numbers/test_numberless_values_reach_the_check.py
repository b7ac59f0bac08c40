"""Review V-19, V-11, V-10: values written with no digit nor numeral (首季度 the first
quarter, 全额 100 %) are read by tm.numbers, so the numbers check's fast path must not
skip them; their Traditional spellings (全額, 季報) read alike; 全数 of 全数字化 ("fully
digital") says no 100 %."""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


def _numbers(source: str, target: str) -> list[str]:
    return [f.check for f in check([Unit(source, target)], select=["numbers"])]


@every_row(("source", "target"), [
    ("Profit rose in the second quarter.", "首季度利润增长。"),
    ("Refund half the fee.", "全额退款。"),
    ("Pay half now.", "现在全款支付。"),
    ("In the third quarter.", "在第一季報中。"),
])
def test_a_value_without_a_numeral_is_compared_by_the_check(source: str, target: str) -> None:
    assert _numbers(source, target) == ["numbers"]


@every_row(("source", "target"), [
    ("Profit rose in the first quarter.", "首季度利润增长。"),
    ("Tips go 100% to your rider.", "小费将全额归骑手所有。"),
    ("Tips go 100% to your rider.", "小費全額歸騎手所有。"),
])
def test_the_same_value_without_a_numeral_passes(source: str, target: str) -> None:
    assert _numbers(source, target) == []


def test_quan_shu_of_fully_digital_is_no_percentage() -> None:
    assert [n.kind for n in extract_numbers("自2019年起全数字化。", "zh")] == ["number"]
