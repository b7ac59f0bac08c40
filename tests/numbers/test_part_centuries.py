"""A quarter-century and a half-century are 25 and 50 years (issue 10).

"a quarter-century of service" is 25年, as "a quarter of a century" is; "a half-century"
is 半个世纪 (50).
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("en", "zh"), [
    ("She retired after a quarter-century at the bank.", "她在该银行工作25年后退休。"),
    ("The bridge has stood for a half-century.", "这座桥已经屹立了半个世纪。"),
    ("a quarter century of peace", "二十五年的和平"),
    # millennia are a thousand years each, as centuries are a hundred (align's note)
    ("Rice has been farmed here for three millennia.", "这里种植水稻已有三千年。"),
    ("The temple is almost a millennium old.", "这座寺庙已有近千年历史。"),
    ("The manuscript survived two millennia.", "这份手稿保存了两个千年。"),
])
def test_a_part_century_meets_its_years(en: str, zh: str) -> None:
    assert _found(en, zh) == []


def test_other_years_are_reported() -> None:
    assert _found("She retired after a quarter-century at the bank.", "她在该银行工作30年后退休。")
    assert _found("Rice has been farmed here for three millennia.", "这里种植水稻已有两千年。")
