"""The same digits with a unit after a hyphen are read, not passed by the fast path (issue 10).

"a 65-inch screen" → 65厘米屏幕 holds the same digits on both sides; the fast path took
such a pair as settled because only a unit after a space or glued was looked for.
"""

from __future__ import annotations

from check_cases import numbers_found

from rows import every_row


@every_row(("en", "zh"), [
    ("The monitor has a 27-inch panel.", "这台显示器配有27厘米面板。"),
    ("A 20-foot boat", "一艘20米长的船"),
    ("Join the 10-mile walk.", "参加10公里徒步。"),
])
def test_another_unit_after_a_hyphen_is_reported(en: str, zh: str) -> None:
    assert numbers_found(en, zh)


@every_row(("en", "zh"), [
    ("The monitor has a 27-inch panel.", "这台显示器配有27英寸面板。"),
    ("A 20-foot boat", "一艘20英尺长的船"),
    ("A 3-day pass", "3天通票"),
])
def test_the_same_unit_after_a_hyphen_is_quiet(en: str, zh: str) -> None:
    assert numbers_found(en, zh) == []
