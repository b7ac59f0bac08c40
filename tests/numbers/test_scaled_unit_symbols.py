"""Scaled unit symbols of commodity reports: Mt, kt, Gt, Moz, koz, Mlb (issue 10; cleantrial3).

A quarterly report writes 5.9 Mt (megatonnes) and 1.3 Moz (a million troy ounces, 40.4 t); the
Chinese writes 590万吨 and 130万盎司.  The symbols were not read, so every correct
conversion was "5.9 in the source not found; 590万吨 in the target not in the source", and
a dropped thousand (240 koz → 240盎司) gave the same message as the right rendering.  Only
their case tells them from other words: 5 mt is no megatonne, and a glued 18kt is gold.
"""

from __future__ import annotations

import pytest

from rows import every_row
from tm.numbers import extract_numbers, same_numbers


@every_row(("text", "unit"), [
    ("3.4 Mt of coal", "Mt"), ("3.4Mt of coal", "Mt"), ("27.5 kt of nickel", "kt"),
    ("0.8 Gt of CO2", "Gt"), ("2.2 Moz of gold", "Moz"), ("415 koz of silver", "koz"),
    ("8 Mlb of uranium", "Mlb"),
])
def test_the_symbols_are_read_as_units(text: str, unit: str) -> None:
    assert [n.unit for n in extract_numbers(text)] == [unit]


@every_row("text", ["ship 12 mt of wheat", "a 14kt gold chain", "5 MT"])
def test_other_cases_are_no_scaled_unit(text: str) -> None:
    assert all(n.unit not in ("Mt", "kt") for n in extract_numbers(text))


@every_row(("en", "zh"), [
    ("The port handled 3.4 Mt of coal.", "该港口装卸煤炭340万吨。"),
    ("Nickel output was 27.5 kt.", "镍产量为2.75万吨。"),
    ("Reserves hold 2.2 Moz of gold.", "储量含黄金220万盎司。"),
    ("Silver output was 415 koz.", "白银产量为41.5万盎司。"),
    ("Uranium sales reached 8 Mlb.", "铀销量达到800万磅。"),
])
def test_a_conversion_is_quiet(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


@pytest.mark.parametrize(("en", "zh", "missing", "extra"), [
    ("Silver output was 415 koz.", "白银产量为415盎司。", ("415 koz", "koz"), ("415盎司", "ozm")),
    ("Nickel output was 27.5 kt.", "镍产量为27.5万吨。", ("27.5 kt", "kt"), ("27.5万吨", "t")),
])
def test_a_lost_magnitude_is_reported(en: str, zh: str, missing: tuple[str, str],
                                      extra: tuple[str, str]) -> None:
    lost, added = same_numbers(en, "en", zh, "zh")
    assert [(n.text, n.unit) for n in lost] == [missing]
    assert [(n.text, n.unit) for n in added] == [extra]


#: Review V-5: koz and Moz are thousands and millions of TROY ounces (31.1034768 g), the
#: ounce gold and silver are weighed in; a plain ounce is troy only when said so, may be
#: either in a sentence naming a precious metal, and is avoirdupois elsewhere (review W-9:
#: an 8-ounce steak is 28.35 g an ounce); counts of ounces compare as counts.
@every_row(("en", "zh"), [
    ("The mine poured 1.6 Moz of gold last year.", "该矿去年产金49.8吨。"),      # 49.77 t
    ("Platinum output reached 320 koz.", "铂金产量达到9.95吨。"),               # 9.953 t
    ("Platinum output reached 320 koz.", "铂金产量达到32万盎司。"),
    ("A coin of one troy ounce of silver.", "一枚重31.1克的银币。"),
    ("Grill the 10-ounce sirloin for six minutes.", "将283克的西冷牛排烤六分钟。"),
])
def test_troy_ounces_convert_as_troy_ounces(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


@every_row(("en", "zh", "missing", "extra"), [
    ("Grill the 10-ounce sirloin for six minutes.", "将311克的西冷牛排烤六分钟。",
     ("10-ounce", "oz"), ("311克", "g")),                                  # a troy figure
    ("The bar weighs 50 troy ounces.", "这根金条重1417克。", ("50 troy ounces", "ozt"),
     ("1417克", "g")),                                                      # an avoirdupois one
    ("Output was 415 koz.", "产量为4.15万盎司。", ("415 koz", "koz"), ("4.15万盎司", "oz")),
])
def test_the_wrong_ounce_is_reported(en: str, zh: str, missing: tuple[str, str],
                                     extra: tuple[str, str]) -> None:
    lost, added = same_numbers(en, "en", zh, "zh")
    assert [(n.text, n.unit) for n in lost] == [missing]
    assert [(n.text, n.unit) for n in added] == [extra]


@every_row(("en", "zh"), [
    ("Gold hit $2,400 an ounce.", "金价升至每盎司2400美元。"),
    ("The vault holds 2 ounces of platinum.", "保险库存有62.2克铂金。"),
    ("Output was 415 koz.", "产量为41.5万盎司。"),              # no metal named: counts
])
def test_an_ounce_of_a_precious_metal_is_troy(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


#: Review W-13: a metal named in another sense (silver-coloured, Gold members, a Silver
#: plan, a gold lid, golden) makes no ounce troy, and one named as such lets a plain ounce
#: convert either way.
@every_row(("en", "zh"), [
    ("A silver-colored 12 oz mug.", "一个340克的银色马克杯。"),
    ("Gold members get a free 16 oz steak.", "金卡会员可免费获得一份454克牛排。"),
    ("Our Silver plan includes a 10 oz sample.", "我们的银卡计划包含283克样品。"),
    ("The 8 oz jar has a gold lid.", "这个227克的罐子有金色盖子。"),
    ("Golden retrievers eat about 16 oz of food a day.", "金毛犬每天大约吃454克食物。"),
])
def test_an_ounce_beside_a_metal_in_another_sense_is_avoirdupois(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])


def test_avoirdupois_tonnes_for_troy_ounces_are_reported() -> None:
    missing, extra = same_numbers("The mine poured 1.6 Moz of gold last year.", "en",
                                  "该矿去年产金45.4吨。", "zh")                # 1.6e6 x 28.35 g
    assert [(n.text, n.unit) for n in missing] == [("1.6 Moz", "Moz")]
    assert [(n.text, n.unit) for n in extra] == [("45.4吨", "t")]
