"""A change said the other way is reported whatever word says it (issue 10; numbers4).

下调 ("lowered") and 下滑 were words of change the reader knew, yet the quick test that skips a
text with none held neither of their characters: "raised by 25 basis points" → 下调了25个基点
passed.  "improved", "boosted" (up) and "cut", "reduced", "slashed" (down) are words of change
too.
"""

from __future__ import annotations

import pytest

from tm import Unit, check


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@pytest.mark.parametrize(("en", "zh"), [
    ("The benchmark rate was raised by 25 basis points.", "基准利率下调了25个基点。"),
    ("Tuition will go up by 5% next year.", "明年学费将下调5%。"),
    ("Sales rose 8% in May.", "5月销售额下滑8%。"),
    ("Fuel economy improved by 12%.", "燃油经济性下降了12%。"),
    ("The rate was cut by 0.5 percentage points.", "利率上调了0.5个百分点。"),
    ("Costs were reduced by 20%.", "成本增加了20%。"),
])
def test_a_change_the_other_way_is_reported(en: str, zh: str) -> None:
    assert "change the other way" in " ".join(_found(en, zh))


@pytest.mark.parametrize(("en", "zh"), [
    ("The benchmark rate was cut by 25 basis points.", "基准利率下调了25个基点。"),
    ("Fuel economy improved by 12%.", "燃油经济性提高了12%。"),
    ("Costs were reduced by 20%.", "成本降低了20%。"),
    ("Sales slipped 8% in May.", "5月销售额下滑8%。"),
])
def test_the_same_change_is_quiet(en: str, zh: str) -> None:
    assert _found(en, zh) == []
