"""增长了两倍 is a rise in percent too (issue 10; numbers2 battery).

"Grew by two times" is the increase BY two times: ×3, +200 % (numbers4 and numbers5 label
"doubled" → 增长了两倍 an error).  An English rise given in percent ("up 200%") meets it;
another rise ("up 100%", the ×2 some writers mean) is reported.
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm import Unit, check


@every_row(("en", "zh"), [
    ("Ticket sales have grown 200% since launch.", "自上线以来，门票销量增长了两倍。"),
    ("Membership rose 300% in a decade.", "十年间会员人数增加了三倍。"),
])
def test_a_rise_in_percent_meets_a_rise_in_times(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"]) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("Ticket sales have grown 400% since launch.", "自上线以来，门票销量增长了两倍。"),
    ("Ticket sales have grown 100% since launch.", "自上线以来，门票销量增长了两倍。"),
    ("Membership rose 50% in a decade.", "十年间会员人数增加了三倍。"),
])
def test_another_rise_is_reported(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"])
