"""A century in Chinese meets the hundred years English names it by (issue 10).

"The 2000s" or "the 1900s" (a year ending in 00, with an s) may name the century:
21世纪 / 20世纪, and with 初, 末, 上半叶, 中叶 … its early, late or middle part.  A decade
("the 1990s") against a century is still reported.  Sentences of our own.
"""

from __future__ import annotations

from check_cases import assert_numbers_agree, numbers_found

from rows import every_row


@every_row(("en", "zh"), [
    ("Ferry traffic has doubled since the early 2000s.", "自21世纪初以来，渡轮客流量翻了一番。"),
    ("Most of these mills were built in the early 1900s.", "这些磨坊大多建于20世纪初。"),
    ("The town grew quickly in the early 2000s.", "该镇在二十一世纪初发展迅速。"),
    ("The canal silted up in the early 1800s.", "这条运河在19世纪初淤塞。"),
    ("The canal silted up in the late 1800s.", "这条运河在19世纪末淤塞。"),
    ("Coal use peaked in the first half of the 1900s.", "煤炭用量在20世纪上半叶达到顶峰。"),
    ("The orchard was planted early in the 21st century.", "这片果园种植于21世纪初。"),
])
def test_a_century_meets_its_hundred_years(en: str, zh: str) -> None:
    assert_numbers_agree(en, zh)


@every_row(("en", "zh"), [
    ("The canal silted up in the early 1990s.", "这条运河在20世纪初淤塞。"),
    ("The canal silted up in the 1990s.", "这条运河在20世纪淤塞。"),
    ("The canal silted up in the early 2000s.", "这条运河在20世纪初淤塞。"),
    ("The canal silted up in the 2010s.", "这条运河在21世纪初淤塞。"),
    ("The canal silted up in the 19th century.", "这条运河在21世纪初淤塞。"),
    ("The canal silted up recently.", "这条运河在21世纪初淤塞。"),
])
def test_another_decade_or_century_is_still_reported(en: str, zh: str) -> None:
    assert numbers_found(en, zh)
