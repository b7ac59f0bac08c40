"""Review V-22: 每周N is how Chinese says "every <weekday>", so it is read as that day;
only before a counter or a unit of time (每周一次, 每周三天, 每周一到两次) is it a frequency."""

from __future__ import annotations

from rows import every_row
from tm.numbers import extract_numbers, same_numbers


def test_every_weekday_is_that_day() -> None:
    assert same_numbers("Open every Monday.", "en", "每周一开放。", "zh") == ([], [])
    missing, extra = same_numbers("Open every Monday.", "en", "每周二开放。", "zh")
    assert [n.text for n in missing] == ["Monday"] and [n.text for n in extra] == ["周二"]


@every_row("zh", ["每周一次。", "每周三天。", "每周一到两次。", "每周二至三次。"])
def test_a_frequency_is_no_weekday(zh: str) -> None:
    assert all(n.kind != "weekday" for n in extract_numbers(zh, "zh"))
