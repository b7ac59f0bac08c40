"""A value said twice, once as an ordinal, is one value (issue 10; trial R4-4).

"Page 2 of 2" → 第2页，共2页 was a numbers error in tm check (CI failed on a correct UI
string), though tm.numbers.same_numbers found nothing: the check compares distinct values,
so the source's two 2s became one, which met the target's number 2 and left its ordinal 第2.
A value matched once is matched, whether written as a number or an ordinal.
"""

from __future__ import annotations

import pytest

import tm
from rows import every_row


def _numbers(source: str, target: str) -> list[str]:
    return [f.message for f in tm.check([tm.Unit(source, target)], select=["numbers"])]


@every_row(("source", "target"), [
    ("Question 4 of 4", "第4题，共4题"), ("Step 1 of 1", "第1步，共1步"),
    ("Seat 12 of 12", "第12个座位，共12个"),
])
def test_a_value_repeated_as_an_ordinal_is_quiet(source: str, target: str) -> None:
    assert _numbers(source, target) == []


@pytest.mark.parametrize(("source", "target"), [
    ("Question 4 of 4", "第5题，共4题"), ("Question 3 of 4", "第4题，共4题"),
])
def test_another_value_is_still_reported(source: str, target: str) -> None:
    assert len(_numbers(source, target)) == 1
