"""A unit's character that begins another word is not the unit (heldout22/23, after their
first runs).

升 is a litre, and the first character of 升级 "upgrade", 升至 / 升到 "rise to", 升值
"appreciate": "Prices rose from 20 to 30 yuan" → 从20升至30元 was "20升 in the target not
in the source", "Upgrade for ¥30" → 加¥30升级 the same.  周 is a week, but 周岁 is years
of age: "at least 21 years old" → 年满21周岁 read 21 weeks.  Real litres and ages are still
read and compared.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


@every_row(("text", "units"), [
    ("油价从7升至8元", ["", "CNY"]),
    ("会员费30升到50元", ["", "CNY"]),
    ("加¥12升级为高级版", ["¥"]),
    ("人民币兑美元3日升值", [""]),
    ("年满18周岁", [""]),
    ("3周岁以下儿童", [""]),
    ("油箱容量45升", ["l"]),
    ("加入2升温水", ["l"]),
    ("倒入3升高度白酒", ["l"]),
    ("每人每天2升水", ["l"]),
    ("喝了两升", ["l"]),
    ("工期3周", ["week"]),
])
def test_the_unit_only_where_it_is_no_other_word(text: str, units: list[str]) -> None:
    assert [n.unit for n in extract_numbers(text, "zh")] == units


@every_row(("source", "target", "reported"), [
    ("Fares rose from 7 to 8 yuan.", "票价从7升至8元。", False),
    ("Upgrade to Pro for ¥12", "加¥12升级为专业版", False),
    ("Riders must be at least 18 years old.", "乘客须年满18周岁。", False),
    ("Riders must be at least 18 years old.", "乘客须年满16周岁。", True),
    ("The tank holds 45 litres.", "油箱容量54升。", True),
])
def test_check_compares_what_is_read(source: str, target: str, reported: bool) -> None:
    assert bool(check([Unit(source, target)], select=["numbers"])) is reported
