"""Cents and pence are currencies of their own (issue 10).

"5 cents" is 5美分 and "85 pence" 85便士; 5美元 or 85英镑 for them is another amount.
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm import Unit, check


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("en", "zh"), [
    ("A text message costs 10 cents.", "每条短信10美分。"),
    ("The coin is worth 50 euro cents.", "这枚硬币价值50欧分。"),
    ("A first-class stamp costs 95 pence.", "一张一类邮票95便士。"),
])
def test_the_same_coin_is_quiet(en: str, zh: str) -> None:
    assert _found(en, zh) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("A text message costs 10 cents.", "每条短信10美元。"),
    ("A first-class stamp costs 95 pence.", "一张一类邮票95英镑。"),
])
def test_dollars_for_cents_or_pounds_for_pence_are_reported(en: str, zh: str) -> None:
    assert _found(en, zh)


@every_row(("en", "zh", "reported"), [
    ("A pint of milk costs 65p.", "一品脱牛奶65便士。", False),
    ("A pint of milk costs 65p.", "一品脱牛奶65英镑。", True),
    ("Videos play in 720p.", "视频以720p播放。", False),
])
def test_pence_glued_to_a_figure_below_a_hundred(en: str, zh: str, reported: bool) -> None:
    assert bool(_found(en, zh)) == reported


@every_row(("en", "zh"), [
    ("Record 4K video at 60p.", "以60p录制4K视频。"),
    ("Shoot at 24p for a film look.", "以24p拍摄以获得电影感。"),
    ("Use 12p font.", "使用12p字体。"),
    ("It costs 65p.", "售价65p。"),
])
def test_a_figure_glued_to_p_outside_a_price_or_copied_is_quiet(en: str, zh: str) -> None:
    """Review Y-14: frame rates and point sizes are no pence; copied pence meet."""
    assert _found(en, zh) == []
