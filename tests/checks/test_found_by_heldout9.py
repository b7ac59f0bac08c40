"""Classes found by heldout9's first run (issue 10): a glossary word in another sense.

heldout9's clean.po had correct translations reported as term-missing where the
English word served another concept: "under the guidance of" (a complex
preposition), "Order again after {time}" (an imperative), "a flood of donations"
(a measure of something else), "Subway riders" / "Hospital admissions" (a noun
modifier making another thing, the target holding no rendering of the term).  The
sentences below are new ones of the same classes, with guards that a wrong
rendering of the concept itself is still found.
"""

from __future__ import annotations

import pytest
from check_cases import term_checks_found

from rows import every_row
from tm import Glossary, Term, Unit, check

GLOSSARY = Glossary.from_terms([
    Term("guidance", ("业绩指引",), pos="noun", subject="Finance", id="g"),
    Term("request", ("请求",), pos="noun", subject="Information technology", id="rq"),
    Term("order", ("订单",), pos="noun", subject="E-commerce", id="o"),
    Term("transfer", ("转账",), pos="noun", subject="Banking", id="t"),
    Term("wave", ("波",), pos="noun", subject="Physics", id="w"),
    Term("flood", ("洪水",), pos="noun", subject="Meteorology", id="f"),
    Term("rider", ("骑手",), pos="noun", subject="Food delivery", id="r"),
    Term("admission", ("招生",), pos="noun", subject="Education", id="a"),
    Term("balance", ("余额",), pos="noun", subject="Banking", id="b"),
    Term("tariff", ("关税",), pos="noun", subject="Trade", id="tf"),
])


@pytest.mark.parametrize(("en", "zh"), [
    ("The plan was drafted under the guidance of senior engineers.",
     "该计划在资深工程师的指导下起草。"),
    ("The file was deleted at the request of the owner.", "文件应所有者要求已删除。"),
])
def test_a_noun_inside_a_complex_preposition_with_the_is_not_the_concept(en: str, zh: str) -> None:
    assert "term-missing" not in term_checks_found(en, zh, GLOSSARY)


@pytest.mark.parametrize(("en", "zh"), [
    ("Order again after {time}.", "请在 {time} 后再下单。"),
    ("Transfer it now", "立即转出"),
])
def test_an_imperative_at_the_start_of_a_string_is_a_verb(en: str, zh: str) -> None:
    assert "term-missing" not in term_checks_found(en, zh, GLOSSARY)


def test_a_label_starting_with_the_noun_is_still_the_concept() -> None:
    assert "term-missing" in term_checks_found("Order details", "订购详情", GLOSSARY)


@pytest.mark.parametrize(("en", "zh"), [
    ("A wave of protests followed the decision.", "决定公布后，抗议接踵而至。"),
    ("A flood of complaints reached the regulator.", "监管机构收到大量投诉。"),
])
def test_a_measure_of_something_else_is_not_the_concept(en: str, zh: str) -> None:
    assert "term-missing" not in term_checks_found(en, zh, GLOSSARY)


@pytest.mark.parametrize(("en", "zh"), [
    ("Bus riders waited in the rain.", "公交乘客在雨中等候。"),
    ("Museum admissions rose by a third.", "博物馆入馆人数增加了三分之一。"),
    # a noun in -er is a modifier too (heldout29's "water reservoir", heldout31's
    # "container terminal"); a comparative in -er is no noun
    ("Many passenger riders stood all the way.", "许多乘车的人一路站着。"),
    ("Weekend theater admissions fell this spring.", "今年春季周末剧院观众人数下降。"),
])
def test_a_noun_modifier_and_no_rendering_of_the_term_is_another_thing(en: str, zh: str) -> None:
    assert "term-missing" not in term_checks_found(en, zh, GLOSSARY)


@every_row(("en", "zh"), [
    ("Account balance is low.", "账户结余不足。"),          # 结余: a plain "balance"
    ("Your rider is on the way.", "您的配送员正在路上。"),   # no modifier, no other sense shown
    ("A flood hit the county.", "该县遭遇水灾。"),
    ("The average tariff rate fell.", "平均税率下降。"),         # an adjective is no modifier
    ("Annual admissions rose.", "年度录取人数上升。"),
    ("Later admissions close in May.", "后期录取于五月截止。"),
    ("Higher admissions were expected.", "预计录取人数会更多。"),
    # review R-12: an adjective in -er is no noun modifier
    ("Please send the proper tariff sheet.", "请发送正确的税率表。"),
    ("Eager riders lined up at dawn.", "热情的送餐员天一亮就排起了队。"),
])
def test_without_a_sign_of_another_sense_a_wrong_rendering_is_still_term_missing(
        en: str, zh: str) -> None:
    assert "term-missing" in term_checks_found(en, zh, GLOSSARY)


NAMES = Glossary.from_terms([
    Term("Peking University", ("北京大学",), pos="noun", subject="Organizations", id="pku"),
    Term("undergraduate", ("本科生",), pos="noun", subject="Education", id="ug"),
    Term("balance", ("余额",), pos="noun", subject="Banking", id="bal"),
    Term("guidance", ("业绩指引",), pos="noun", subject="Finance", id="g"),
])


def test_a_name_of_another_field_beside_the_term_does_not_make_it_another_sense() -> None:
    # heldout9: "Tsinghua University will admit … undergraduates" → 大学生; a name is named in
    # sentences of any topic, so it says nothing of the sense of "undergraduates".
    found = term_checks_found("Peking University enrolled 3,000 undergraduates.",
                              "北京大学招收了3000名大学生。", NAMES)
    assert "term-missing" in found


def test_a_hyphenated_adjective_before_the_term_is_no_compound() -> None:
    # heldout9: "raised its full-year guidance" → 全年预期 is a wrong rendering of the guidance.
    found = term_checks_found("The company cut its full-year guidance.", "公司下调了全年预期。",
                              NAMES)
    assert "term-missing" in found


@every_row("zh", ["价格（含税)为20元。", "价格(含税）为20元。", "他说【详见附录]。"])
def test_a_bracket_pair_of_two_forms_is_mismatched(zh: str) -> None:
    found = check([Unit("The price (tax included) is 20 yuan.", zh)], select=["brackets"])
    assert [f.check for f in found] == ["brackets"]


def test_a_bracket_pair_of_one_form_is_fine() -> None:
    assert check([Unit("The price (tax included) is 20 yuan.", "价格（含税）为20元。")],
                 select=["brackets"]) == []


@every_row(("en", "zh"), [
    ("Pickup is at 7:30 a.m.", "上午7:30取件"),
    ("Made by Acme Inc.", "由Acme公司制造"),
    ("Shipping to the U.S.", "发往美国"),
])
def test_a_final_period_of_an_abbreviation_needs_no_final_mark(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["punctuation"]) == []


def test_a_sentence_period_still_needs_its_final_mark() -> None:
    assert [f.check for f in check([Unit("Pickup is at seven.", "七点取件")],
                                   select=["punctuation"])] == ["punctuation"]


ROCKETS = Glossary.from_terms([Term("Shenzhou One", ("神舟一号",), subject="Space", id="sz")])


def test_a_spelled_number_of_a_name_is_an_identifier_that_must_match() -> None:
    # heldout9: "the first Hualong One unit" → 华龙二号: "first" and "One" are both 1, spelled;
    # the name's 1 is a figure all the same, and 二 stands in its place.
    en = "The first Shenzhou One capsule is on show."
    found = check([Unit(en, "首个神舟二号返回舱正在展出。")], glossary=ROCKETS, select=["numbers"])
    assert [f.check for f in found] == ["numbers"]
    assert check([Unit(en, "首个神舟一号返回舱正在展出。")], glossary=ROCKETS,
                 select=["numbers"]) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("The operator will switch off its 2G network.", "该运营商将关闭其3G网络。"),
    ("Airbus delivered 12 A380 jets.", "空客交付了12架A350飞机。"),
])
def test_a_changed_digit_in_a_code_is_a_numbers_error(en: str, zh: str) -> None:
    found = check([Unit(en, zh)], select=["numbers"])
    assert [f.check for f in found] == ["numbers"]


@pytest.mark.parametrize(("en", "zh"), [
    ("The operator will switch off its 2G network.", "该运营商将关闭其2G网络。"),
    ("Both 4G and 5G phones are sold.", "4G和5G手机均有销售。"),
])
def test_a_code_kept_as_it_is_is_fine(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"]) == []


@every_row(("en", "zh"), [
    ("A 1,000-megawatt unit can power a city.", "一台100万千瓦的机组可为一座城市供电。"),
    ("The farm adds 5 gigawatts of capacity.", "该电场新增装机500万千瓦。"),
    ("The battery stores 120 kilowatt-hours.", "该电池可储存120千瓦时电量。"),
])
def test_power_and_energy_in_words_compare_across_units(en: str, zh: str) -> None:
    assert check([Unit(en, zh)], select=["numbers"]) == []


def test_power_in_the_wrong_unit_is_still_a_mismatch() -> None:
    unit = Unit("A 1,000-megawatt unit can power a city.", "一台1000千瓦的机组可为一座城市供电。")
    found = check([unit], select=["numbers"])
    assert [f.check for f in found] == ["numbers"]
