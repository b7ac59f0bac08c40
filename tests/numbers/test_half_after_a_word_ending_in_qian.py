"""半小时 after 提前 / 之前 is half an hour (issue 10; numbers2 battery).

前半年, 上半年 are the first half of a period, so 半 after 前 was never read; but 前 also ends
words (提前 "early", 之前 "before", 以前, 此前), after which 半小时 is a length of time:
"30 minutes early" → 提前半小时 was reported.
"""

from __future__ import annotations

import pytest

from tm import Unit, check


@pytest.mark.parametrize(("en", "zh"), [
    ("Board the ferry 30 minutes early.", "请提前半小时登船。"),
    ("The gate closed half an hour before.", "登机口在此之前半小时关闭。"),
])
def test_half_an_hour_after_a_word_ending_in_qian(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"]) == []


def test_another_length_is_reported() -> None:
    assert check([Unit("Board the ferry 20 minutes early.", "请提前半小时登船。")],
                 select=["numbers"])
