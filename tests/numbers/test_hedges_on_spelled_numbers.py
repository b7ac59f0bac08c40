"""Issue 10 (recall): a hedge on a number in words says a direction like one on digits.

"more than a hundred years" → 近百年 ("nearly a hundred years") passed while "more than
100 years" → 近百年 was reported: a number in words and a Chinese magnitude with no
numeral (百, 千) are forgiven when unmatched, since most are idiom ("one of", 百年老店 "a
long-established shop"), and the two figures of one value said to be bounds the opposite
way were each forgiven.  Both sides say the figure, and disagree on its direction: such a
pair is kept.  A hedge that says no direction (some, about, 来, 上百 "as many as a
hundred"), or the same direction on both sides, changes nothing.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers, same_numbers


def _report(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row(("en", "zh", "message"), [
    ("The temple has stood for more than a thousand years.", "这座寺庙已矗立近千年。",
     "number mismatch: a thousand (more than) in the source not found in the target; "
     "千 (less than) in the target not in the source"),
    ("Nearly a hundred volunteers cleaned the beach.", "百余名志愿者清理了海滩。",
     "number mismatch: a hundred (less than) in the source not found in the target; "
     "百余 (more than) in the target not in the source"),
    ("The law is almost a century old.", "这部法律已有百余年历史。",
     "number mismatch: a century (less than) in the source not found in the target; "
     "百余 (more than) in the target not in the source"),
    ("A hundred-odd cyclists joined the ride.", "近百名骑手参加了骑行。",
     "number mismatch: A hundred (more than) in the source not found in the target; "
     "百 (less than) in the target not in the source"),
])
def test_opposite_hedges_on_spelled_figures_are_reported(en: str, zh: str,
                                                         message: str) -> None:
    assert _report(en, zh) == [message]


@every_row(("en", "zh"), [
    ("The temple has stood for more than a thousand years.", "这座寺庙已矗立千余年。"),
    ("The temple has stood for more than a thousand years.", "这座寺庙已矗立逾千年。"),
    ("Nearly a hundred volunteers cleaned the beach.", "近百名志愿者清理了海滩。"),
    ("Nearly a hundred volunteers cleaned the beach.", "上百名志愿者清理了海滩。"),
    ("More than a dozen shops closed.", "十几家商店关门了。"),
    ("More than a dozen shops closed.", "十多家商店关门了。"),
    ("Some twenty boats were damaged.", "二十来艘船受损。"),
    ("Some twenty boats were damaged.", "二十多艘船受损。"),
    ("A hundred volunteers cleaned the beach.", "近百名志愿者清理了海滩。"),  # one side only
    ("Twenty-odd families live here.", "这里住着二十多户人家。"),
    ("It is a shop with a hundred years of history.", "这是一家百年老店。"),
])
def test_hedges_the_same_way_or_on_one_side_are_quiet(en: str, zh: str) -> None:
    assert same_numbers(en, "en", zh, "zh") == ([], [])
    assert _report(en, zh) == []


# -- review X-5: half said with a hedge (过半, 近半, 逾半, 超过半数) has its hedge's bound ------

@every_row(("en", "zh", "message"), [
    ("Nearly half of the staff agreed.", "过半员工表示同意。",
     "number mismatch: half (less than) in the source not found in the target; "
     "过半 (more than) in the target not in the source"),
    ("More than half of the plants stood idle.", "近半工厂处于闲置状态。",
     "number mismatch: half (more than) in the source not found in the target; "
     "近半 (less than) in the target not in the source"),
    ("Just under half of the votes were cast online.", "超过半数选票为网上投票。",
     "number mismatch: half (less than) in the source not found in the target; "
     "超过半数 (more than) in the target not in the source"),
])
def test_half_with_opposite_hedges_is_reported(en: str, zh: str, message: str) -> None:
    assert _report(en, zh) == [message]


@every_row(("en", "zh"), [
    ("More than half of the staff agreed.", "过半员工表示同意。"),
    ("More than half of the staff agreed.", "逾半员工表示同意。"),
    ("Nearly half of the staff agreed.", "近半员工表示同意。"),
    ("About half of the staff agreed.", "约半数员工表示同意。"),
    ("About half of the staff agreed.", "过半员工表示同意。"),    # about: no direction
    ("Half of the staff agreed.", "半数员工表示同意。"),
    ("Sales fell for nearly half a year.", "销量连续近半年下滑。"),
])
def test_half_with_hedges_the_same_way_is_quiet(en: str, zh: str) -> None:
    assert _report(en, zh) == []


# -- review X-7: 半 before a magnitude, a unit or a measure is no share; 半百 is fifty -----

@every_row(("en", "zh"), [
    ("He is nearly fifty.", "他年近半百。"),
    ("He is nearly 50.", "他年近半百。"),
    ("She was close to fifty when she retired.", "她年近半百时退休了。"),
    ("He is over fifty.", "他年过半百。"),
])
def test_half_a_hundred_is_fifty(en: str, zh: str) -> None:
    assert _report(en, zh) == []


def test_half_a_hundred_keeps_its_hedge() -> None:
    assert _report("He is nearly fifty.", "他年过半百。") == [
        "number mismatch: fifty (less than) in the source not found in the target; "
        "过半百 (more than) in the target not in the source"]


@every_row("zh", ["水位上涨了近半米。", "加入近半杯糖。", "近半百万用户",
                                "超过半公斤"])
def test_half_of_a_unit_or_a_magnitude_is_no_share(zh: str) -> None:
    assert "fraction" not in [n.kind for n in extract_numbers(zh, "zh")]
