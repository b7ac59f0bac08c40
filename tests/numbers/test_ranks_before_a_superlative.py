"""A spelled ordinal before a superlative is a rank, not an article (issue 10; numbers2).

"second" is often no figure ("a second look", "in a second"), so an unmatched spelled
ordinal is forgiven; "the second-hottest year", "the third largest port", "the fifth most
visited museum" are ranks a translation keeps (第二热, 第三大, 排名第五): dropping one is
reported.  仅次于 ("second only to") says the rank two with no numeral.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check


@every_row(("en", "zh"), [
    ("Rotterdam is the third largest port in the region.", "鹿特丹是该地区第三大港口。"),
    ("It was the second-wettest spring in a century.", "这是一百年来第二潮湿的春季。"),
    ("The fifth most visited museum.", "参观人数排名第五的博物馆。"),
    ("It is the second-busiest airport after Heathrow.", "它是仅次于希思罗机场的繁忙机场。"),
    ("The second test was easier.", "复试更容易。"),             # a test, no superlative
    ("Give it a second look.", "再看一眼。"),
    ("The second priest read the scroll.", "祭司宣读了经卷。"),     # a noun in -est
])
def test_a_rank_kept_or_no_rank(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"]) == []


@every_row(("en", "zh"), [
    ("Rotterdam is the third largest port in the region.", "鹿特丹是该地区最大的港口。"),
    ("It was the second-wettest spring in a century.", "这是一百年来最潮湿的春季。"),
    ("It is the third-busiest airport after Heathrow.", "它是仅次于希思罗机场的繁忙机场。"),
])
def test_a_rank_dropped_is_reported(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"])
