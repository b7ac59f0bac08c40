"""Issue 10 (precision; CLEANTRIAL4 c5): a count of digits is no number of the text.

"a double-digit lead in the first half" → 上半场建立起两位数的领先优势 reported 两 (and with
it the spelled "half" of "the first half"): 两位数, 三位数, 六位数 ("double-digit", "triple-
digit", "six-figure") name how many digits a figure has.  A figure beside them is still
compared.
"""

from __future__ import annotations

import pytest

from tm import Unit, check
from tm.numbers import extract_numbers


@pytest.mark.parametrize("zh", ["两位数的领先优势", "三位数的增长", "六位数的年薪", "个位数"])
def test_a_count_of_digits_reads_no_number(zh: str) -> None:
    assert extract_numbers(zh, "zh") == []


@pytest.mark.parametrize(("en", "zh", "findings"), [
    ("The Rovers held a double-digit lead in the first half.", "流浪者队上半场保持两位数领先。", 0),
    ("She took a six-figure job.", "她接受了一份六位数薪水的工作。", 0),
    ("Sales saw double-digit growth for 3 years.", "销售额连续4年实现两位数增长。", 1),
])
def test_only_the_figures_beside_it_are_compared(en: str, zh: str, findings: int) -> None:
    assert len(check([Unit(en, zh)], select=["numbers"])) == findings
