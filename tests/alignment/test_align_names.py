"""English words that are not what a Chinese edition keeps: contraction tails and
country names the dictionary glosses another way (tm.alignment._places)."""

from __future__ import annotations

import pytest

import tm
from rows import every_row
from tm.alignment import _lexicon as lexicon  # noqa: F401  (the skipif string reads it)
from tm.alignment._places import place_keys
from tm.alignment._scoring import make_items

needs_dict = pytest.mark.skipif("not lexicon.available()", reason="needs the dict extra")


def _shared(en: str, zh: str) -> frozenset[str]:
    (a,) = make_items([en], "en", "zh")
    (b,) = make_items([zh], "zh", "en")
    return a.keys & b.keys


@every_row("line", ["That's where it's at:", "We didn't wait.",
                                  "They're sure we'll win, and I'd agree.", "The 1990's"])
def test_a_contraction_tail_is_no_latin_token(line: str) -> None:
    (item,) = make_items([line], "en", "zh")
    tails = {"@s", "@t", "@re", "@ll", "@d", "@m"}
    assert not item.keys & tails


def test_a_contraction_tail_does_not_match_a_model_letter() -> None:
    assert not _shared("It's light.", "Nova S很轻。") & {"@s", "@s\x00"}
    # A real one-letter model name still matches.
    assert "@s" in _shared("The Nova S is light.", "Nova S很轻。")


@needs_dict
def test_a_lead_in_matched_only_by_a_contraction_is_cut_off() -> None:
    en = ["The Orbit S tablet goes on sale in Berlin next week.",
          "Its battery lasts 14 hours, two more than last year's model.",
          "That's where it's at:",
          "Screen: 11-inch LCD, 2,000 x 1,500 pixels, 90Hz refresh rate",
          "Weight: 480 grams"]
    zh = ["Orbit S平板电脑将于下周在柏林开售。",
          "其电池续航14小时，比上一代多两小时。",
          "Orbit S配备11英寸LCD屏幕，分辨率为2000×1500，刷新率为90Hz。",
          "重量为480克。"]
    beads = tm.align(en, zh)
    spec = next(b for b in beads if 3 in b.src)
    assert spec.src == (3,) and spec.tgt == (2,)
    assert all(b.score <= 0.5 for b in beads if 2 in b.src)


@every_row(("text", "key"), [
    ("Exports to the U.S. rose.", "usa"), ("American buyers", "usa"),
    ("Sales in Britain fell.", "kingdom"), ("a U.K. court", "kingdom"),
    ("Chinese exporters", "china"), ("European lenders", "europ"),
    ("a Korean carmaker", "korea"), ("Dutch ships", "netherland"),
])
def test_a_country_is_known_by_its_other_names(text: str, key: str) -> None:
    assert key in place_keys(text)


@every_row("text", ["Polish the brass before the guests arrive.",
                                  "Roast the turkey for three hours.", "Send it to us."])
def test_an_uncapitalised_word_is_no_country(text: str) -> None:
    assert not place_keys(text)


@needs_dict
@every_row(("en", "zh", "key"), [
    ("The app opens in the U.S. in March.", "该应用3月在美国上线。", "usa"),
    ("British shoppers spent less.", "英国消费者减少了开支。", "kingdom"),
    ("Chinese carmakers sold more abroad.", "中国车企海外销量增加。", "china"),
    ("Australian wine returned to the shelves.", "澳大利亚葡萄酒重新上架。", "australia"),
])
def test_a_demonym_matches_its_country(en: str, zh: str, key: str) -> None:
    assert key in _shared(en, zh)
