"""Issue 13 ("one owner for every fact"): the words that hedge a figure live in
tm.numbers._hedges, each with its meaning, and every reader takes them from there.

Three lists had grown apart: the words of rounding before a share (近三成), the words of a
bound (逾600, 不到三成) and the hedges before a bare magnitude (近百年).  Where they
disagreed, the answer kept here is:

* the 近 of 附近 "nearby" / 最近 "recently" and the 约 of 预约 "booking" are no hedges (only
  the magnitude reader knew): "the last 30 days" is no "nearly 30 days";
* every word of rounding rounds a share, whichever list had it (几近三成, 低于三成, "below a
  third", "fewer than a third", "not quite a third");
* every hedge lets a bare magnitude be read (差不多百年, 不超过百万), and the bound its hedge
  says is the figure's (过万人, 破万 "over"; 不超过百万 "under");
* a hedge after a figure is read after its counter or unit too (12岁以上, 3个月以下), and the
  English ones are all there ("12 and under", "5 or fewer", "twenty-odd", "18+").
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers
from tm.numbers._hedges import HEDGES, ROUNDING, bound_of


def _numbers(text: str, lang: str) -> list[tuple[str, str, bool]]:
    return [(str(n.value), n.bound, n.approximate) for n in extract_numbers(text, lang)]


def _report(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["numbers"])]


@every_row("hedge", [h for h in HEDGES["zh"] if not h.after and h.figures],
           ids=lambda h: h.word)
def test_a_chinese_hedge_before_digits_says_its_meaning(hedge: object) -> None:
    word, meaning = hedge.word, hedge.meaning  # type: ignore[attr-defined]
    (n,) = extract_numbers(f"销量{word}30%。", "zh")
    assert n.bound == bound_of(meaning)
    (share,) = extract_numbers(f"用户中{word}三成选择续订。", "zh")
    assert share.approximate == (meaning in ROUNDING)


@every_row("hedge", [h for h in HEDGES["zh"] if not h.after],
           ids=lambda h: h.word)
def test_a_chinese_hedge_before_a_bare_magnitude_reads_it_with_its_bound(hedge: object) -> None:
    word, meaning = hedge.word, hedge.meaning  # type: ignore[attr-defined]
    found = extract_numbers(f"这家老店已经营{word}百年。", "zh")
    assert [(str(n.value), n.bound) for n in found] == [("100", bound_of(meaning))]


@every_row("hedge", [h for h in HEDGES["en"] if not h.after],
           ids=lambda h: h.word)
def test_an_english_hedge_says_its_meaning(hedge: object) -> None:
    word, meaning = hedge.word, hedge.meaning  # type: ignore[attr-defined]
    (n,) = extract_numbers(f"Sales rose {word} 30 percent.", "en")
    assert n.bound == bound_of(meaning)
    (share,) = extract_numbers(f"Of the members, {word} a third renewed.", "en")
    assert share.approximate == (meaning in ROUNDING)


@every_row("zh", ["最近30天的订单", "附近30家门店", "临近30岁", "预约30人"])
def test_the_end_of_another_word_is_no_hedge(zh: str) -> None:
    assert _numbers(zh, "zh") == [("30", "", False)]


@every_row(("text", "lang", "bounds"), [
    ("12岁以上儿童", "zh", ["over"]),
    ("连续3个月以下", "zh", ["under"]),
    ("年龄在20岁出头", "zh", ["over"]),
    ("五十开外的人", "zh", ["over"]),
    ("三个多边机制", "zh", [""]),           # the 多 of 多边 begins a word
    ("Kids 12 and under", "en", ["under"]),
    ("groups of 5 or fewer", "en", ["under"]),
    ("twenty-odd years", "en", ["over"]),
    ("a 40-plus crowd", "en", ["over"]),
    ("Users 18+ only", "en", ["over"]),
    ("Must be 18 or older", "en", ["over"]),
    ("children 5 or younger", "en", ["under"]),
    ("1+2", "en", ["", ""]),
])
def test_hedges_after_a_figure(text: str, lang: str, bounds: list[str]) -> None:
    assert [n.bound for n in extract_numbers(text, lang)] == bounds


@every_row(("en", "zh", "message"), [
    ("Users 18+ only.", "仅限18岁以下用户。",
     "number mismatch: 18 (more than) in the source not found in the target; "
     "18 (less than) in the target not in the source"),
    ("Kids 12 and under eat free.", "12岁以上儿童免费用餐。",
     "number mismatch: 12 (less than) in the source not found in the target; "
     "12 (more than) in the target not in the source"),
    ("You must be 18 or older.", "您须年满18岁以下。",
     "number mismatch: 18 (more than) in the source not found in the target; "
     "18 (less than) in the target not in the source"),
    ("Nearly 10,000 runners took part.", "过万名跑者参赛。",
     "number mismatch: 10,000 (less than) in the source not found in the target; "
     "万 (more than) in the target not in the source"),
])
def test_opposite_hedges_the_old_lists_missed_are_reported(en: str, zh: str,
                                                           message: str) -> None:
    assert _report(en, zh) == [message]


@every_row(("en", "zh"), [
    ("Users 18+ only.", "仅限18岁及以上用户。"),
    ("You must be 18 or older.", "您须年满18岁及以上。"),
    ("Kids 12 and under eat free.", "12岁及以下儿童免费用餐。"),
    ("More than 10,000 runners took part.", "过万名跑者参赛。"),
    ("Orders from the last 30 days, more than 30 in all.", "最近30天的订单，共30多笔。"),
    ("Sales nearly tripled.", "销量增长了近两倍。"),
])
def test_the_same_hedges_stay_quiet(en: str, zh: str) -> None:
    assert _report(en, zh) == []


# -- review X-4: a word of a comparison is as often followed by the thing compared ----------

@every_row("zh", ["公司市值低于百度。", "利润高于万科。", "销量少于百事可乐。",
                                "票房低于万达影城。", "游客多于千岛湖。", "差不多万事俱备。"])
def test_a_name_after_a_comparison_is_no_figure(zh: str) -> None:
    assert extract_numbers(zh, "zh") == []


@every_row(("zh", "value", "bound"), [
    ("销量不低于万台。", "10000", "over"), ("至少百年。", "100", "over"),
    ("单价高于千元。", "1000", "over"), ("差不多百人。", "100", ""),
    ("销量低于万。", "10000", "under"),
])
def test_a_comparison_before_a_counted_magnitude_is_a_hedge(zh: str, value: str,
                                                            bound: str) -> None:
    assert [(str(n.value), n.bound) for n in extract_numbers(zh, "zh")] == [(value, bound)]


def test_a_name_after_a_comparison_joins_no_finding() -> None:
    assert _report("Profit rose 5% this year, higher than at Baidu.",
                   "今年利润增长了6%，高于百度。") == [
        "number mismatch: 5% in the source not found in the target; "
        "6% in the target not in the source"]
