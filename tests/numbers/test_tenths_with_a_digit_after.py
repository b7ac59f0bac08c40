"""成 with the next digit after it (issue 10; numbers2 battery): 一成二 is 12 percent.

Chinese counts shares in tenths (四成 = 40 %) and gives the hundredths' digit after 成, as
一米八 gives the tenths after 米: 三成五 = 35 %, 七成三 = 73 %.  Last stop 一成二 was read
as 10 % and a separate 二, so a correct 12 % was reported.  A digit that counts things of its
own (三成，五个地区; 三成五个百分点) is not the percentage's.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers


@every_row(("en", "zh"), [
    ("Wheat yields rose 35% this summer.", "今夏小麦单产提高了三成五。"),
    ("About 73% of voters backed the plan.", "约七成三的选民支持该计划。"),
    ("Rents were cut by 12%.", "租金下调了一成二。"),
])
def test_a_digit_after_the_tenths_is_their_hundredths(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"]) == []


def test_another_share_is_reported() -> None:
    assert check([Unit("Rents were cut by 12%.", "租金下调了一成三。")], select=["numbers"])


@every_row(("zh", "read"), [
    ("增长三成五", [("35", "percent")]),
    ("增长三成，五个地区", [("30", "percent"), ("5", "number")]),
    ("三成五个百分点", [("30", "percent"), ("5", "percent")]),
])
def test_a_digit_that_counts_things_is_its_own(zh: str, read: list[tuple[str, str]]) -> None:
    assert [(str(n.value), n.kind) for n in extract_numbers(zh, "zh")] == read
