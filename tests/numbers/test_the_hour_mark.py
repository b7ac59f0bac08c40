"""The hour mark of a match is its 60th minute (issue 10; cleantrial3's football club news).

"three substitutions after the hour mark" → 第60分钟后 reported 第60 as a number the source
lacked: the set phrase names the minute without a figure.
"""

from __future__ import annotations

import pytest

from tm.numbers import extract_numbers, same_numbers


@pytest.mark.parametrize(("text", "value"), [
    ("He came off just after the hour mark.", 60), ("They led at the half-hour mark.", 30),
])
def test_the_mark_is_its_minute(text: str, value: int) -> None:
    assert [(n.kind, n.value, n.spelled) for n in extract_numbers(text)] == [
        ("ordinal", value, True)]


@pytest.mark.parametrize("zh", ["第60分钟后他被换下。", "一小时后他被换下。",
                                "比赛进行到一小时左右时他被换下。"])
def test_the_minute_or_no_figure_is_quiet(zh: str) -> None:
    assert same_numbers("He came off just after the hour mark.", "en", zh, "zh") == ([], [])


def test_another_minute_is_reported() -> None:
    missing, extra = same_numbers("He came off just after the hour mark.", "en",
                                  "第75分钟后他被换下。", "zh")
    assert missing and extra
