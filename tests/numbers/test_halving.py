"""Halving is the fraction 1/2 in both languages (issue 10).

"The deficit was halved" → 赤字减半 or 减少了一半; 减少了三分之一 for it is another share.
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm import Unit, check


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("en", "zh"), [
    ("Waiting times were halved.", "等待时间减半。"),
    ("Waiting times were halved.", "等待时间缩短了一半。"),
    ("The city aims to halve traffic deaths by 2030.", "该市力争到2030年将交通死亡人数减半。"),
    ("Fees were cut by half.", "费用砍半。"),
])
def test_halving_meets_a_half(en: str, zh: str) -> None:
    assert _found(en, zh) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("Waiting times were halved.", "等待时间缩短了三分之一。"),
    ("The city aims to halve road deaths by 2030.", "该市力争到2030年将道路死亡人数减少四分之三。"),
])
def test_another_share_for_halving_is_reported(en: str, zh: str) -> None:
    assert _found(en, zh)
