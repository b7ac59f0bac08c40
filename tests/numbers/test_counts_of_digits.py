"""Issue 10 (CLEANTRIAL4 c5; review W-11): a count of digits is a number on both sides.

"a double-digit lead" → 两位数的领先优势 reported 两 beside the spelled "half" of "the first
half": English said the count in a word the reader did not take.  single-, double- and
triple-digit are now 1, 2 and 3, as 一位数 … 三位数 are; "6-digit", "four digits", "six
figures" were read already.  N位数 stays a number: "Enter your 6-digit PIN" → 六位数密码 is
quiet, and a wrong count (三 for two, 七位数 for six figures) is reported.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


@every_row(("en", "values"), [
    ("a double-digit lead", ["2"]), ("triple-digit growth", ["3"]),
    ("single digit inflation", ["1"]), ("a digital camera", []),
])
def test_a_count_of_digits_in_words_is_read(en: str, values: list[str]) -> None:
    assert [str(n.value) for n in extract_numbers(en)] == values


@every_row(("en", "zh"), [
    ("The Rovers held a double-digit lead in the first half.", "流浪者队上半场保持两位数领先。"),
    ("Exports posted triple-digit growth.", "出口实现了三位数增长。"),
    ("She took a six-figure job.", "她接受了一份六位数薪水的工作。"),
    ("Enter the 6-digit code we sent you.", "请输入我们发送给您的六位数验证码。"),
    ("Your PIN must be 4 digits long.", "您的PIN码必须是四位数。"),
])
def test_the_same_count_of_digits_is_quiet(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"]) == []


@every_row(("en", "zh", "message"), [
    ("Enter a three-digit number.", "输入一个两位数。",
     "number mismatch: three in the source not found in the target; "
     "两 in the target not in the source"),
    ("Salaries reached six figures.", "薪水达到七位数。",
     "number mismatch: six in the source not found in the target; "
     "七 in the target not in the source"),
    ("Exports posted double-digit growth.", "出口实现了三位数增长。",
     "number mismatch: double in the source not found in the target; "
     "三 in the target not in the source"),
])
def test_another_count_of_digits_is_reported(en: str, zh: str, message: str) -> None:
    assert [f.message for f in check([Unit(en, zh)], select=["numbers"])] == [message]
