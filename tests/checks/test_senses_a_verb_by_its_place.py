"""Issue 10: a noun entry used as a verb where English grammar says so: after *please*,
*kindly* or *let's* ("Please contact the office"), after a subject pronoun ("We forecast
that …"), before a phrasal verb's particle after *to* ("to catch up with"), at the
start of a string with a placeholder object and a preposition after it ("Contact
%(name)s about this deal"), and after *to* with an object that opens with a quantifier
("to store more beans")."""

from __future__ import annotations

import pytest
from check_cases import term_checks_found

from rows import every_row
from tm import Glossary, Term


def _glossary(word: str, zh: str, field: str) -> Glossary:
    return Glossary.from_terms([Term(word, (zh,), pos="noun", subject=field, id=word)])


@every_row(("word", "zh", "field", "en", "target"), [
    ("document", "文档", "Software", "Please document every change you make.",
     "请记录您所做的每项更改。"),
    ("review", "评价", "E-commerce", "Kindly review the attached terms before signing.",
     "签字前请仔细审阅所附条款。"),
    ("email", "电子邮件", "Software", "Email %(name)s about the refund",
     "就退款事宜给 %(name)s 写信"),
    ("stock", "股票", "Finance", "The shop plans to stock more umbrellas before the rains.",
     "该店计划在雨季前囤积更多雨伞。"),
    # the first word, then "without" and a gerund: an imperative (heldout30's "Exit")
    ("close", "收盘", "Finance", "Close without saving?", "不保存就关闭吗？"),
    ("return", "退货", "E-commerce", "Return without saving?", "不保存就返回吗？"),
])
def test_a_noun_entry_in_a_verbs_place_is_the_verb(word: str, zh: str, field: str, en: str,
                                                   target: str) -> None:
    assert term_checks_found(en, target, _glossary(word, zh, field)) == []


@every_row(("word", "zh", "field", "en", "target"), [
    ("document", "文档", "Software", "Please read the document before signing.",
     "签字前请阅读该文件。"),
    ("invoice", "发票", "Accounting", "Invoice %s", "账单 %s"),
    ("invoice", "发票", "Accounting", "Invoice %s has been paid", "账单 %s 已支付"),
    ("equity", "股本", "Finance", "The ratio of debt to equity more than doubled last year.",
     "去年，负债与股东资金之比增长了一倍多。"),
    # "without" and a gerund after a noun that is no verb, or in a statement (review R-5)
    ("insurance", "保险", "Finance", "Insurance without underwriting is risky.",
     "未经核保的担保有风险。"),
    ("parking", "停车", "Transport", "Parking without charging is fined.", "占位不充电将被罚款。"),
    ("transfer", "转账", "Banking", "Transfer without paying fees takes two days.",
     "免手续费的转款需要两天。"),
    # a one-word label translated by a verb of another sense (review R-6)
    ("credit", "学分", "Education", "Credit", "贷记"),
    ("book", "图书", "Publishing", "Book", "预订"),
])
def test_the_noun_stays_checked(word: str, zh: str, field: str, en: str, target: str) -> None:
    assert term_checks_found(en, target, _glossary(word, zh, field)) == ["term-missing"]


@every_row(("word", "zh", "field", "en", "target"), [
    ("budget", "预算", "Finance", "They budget for school fees.", "他们为学费做开支计划。"),
    ("budget", "预算", "Finance", "We budget for school fees.", "我们为学费做开支计划。"),
    ("lock", "门锁", "Smart home", "Remember to lock up tonight.", "今晚记得锁好门。"),
])
def test_after_a_subject_pronoun_or_before_a_particle_the_word_is_a_verb(
        word: str, zh: str, field: str, en: str, target: str) -> None:
    assert term_checks_found(en, target, _glossary(word, zh, field)) == []


@pytest.mark.parametrize(("word", "zh", "field", "en", "target"), [
    ("budget", "预算", "Finance", "Their budget for school fees", "他们的学费开支计划"),
    ("lock", "门锁", "Smart home", "We replaced the lock.", "我们换了锁。"),
])
def test_a_possessive_or_an_object_is_still_the_noun(word: str, zh: str, field: str, en: str,
                                                    target: str) -> None:
    assert term_checks_found(en, target, _glossary(word, zh, field)) == ["term-missing"]


@pytest.mark.parametrize(("word", "zh", "field", "en", "target"), [
    ("dock", "码头", "Shipping", "Ferries can now dock here.", "渡轮现在可以停靠这里了。"),
    ("host", "主持人", "Broadcasting", "Hotels will also host fans.", "酒店也将接待球迷。"),
])
def test_a_modal_and_an_adverb_before_the_word_make_it_a_verb(
        word: str, zh: str, field: str, en: str, target: str) -> None:
    assert term_checks_found(en, target, _glossary(word, zh, field)) == []


def test_a_modal_before_a_determiner_leaves_the_noun() -> None:
    assert term_checks_found("Will the host arrive soon?", "嘉宾会很快到吗？",
                             _glossary("host", "主持人", "Broadcasting")) == ["term-missing"]
