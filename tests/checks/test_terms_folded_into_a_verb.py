"""Class of issue 10 (cleantrial3's 接单, 续约; development data): Chinese folds an object
noun into a verb-object word, naming the concept by the head character of its usual
rendering: "The shop confirmed your order" → 商家已接单 "to take a customer's order" (单 of
订单).  The concept is rendered, and term-missing is not reported.

A word the dictionary also gives as the plain term is a synonym, not a verb of the concept
(账号 "account" against 账户 stays term-missing), so is a word sharing another gloss with
the approved renderings (开户 "to open an account (bank etc)" beside 账户 "bank account";
heldout20's 考勤 "to check attendance (at school or workplace)"
beside 出勤 "to be present (at work, school etc)"), and a verb word that does not end in
an approved rendering's head says nothing either (订购 "to place an order" shares 订, not
单, with 订单).
"""

from __future__ import annotations

import pytest
from check_cases import term_checks_found

from rows import every_row
from tm import Glossary, Term

GLOSSARY = Glossary.from_terms([
    Term("account", ("账户",), pos="noun", subject="Banking", id="account"),
    Term("fee", ("费用",), pos="noun", subject="Banking", id="fee"),
    Term("order", ("订单",), pos="noun", subject="Shopping", id="order"),
])


@pytest.mark.parametrize(("en", "zh"), [
    ("The shop has confirmed your order.", "商家已接单。"),
])
def test_a_concept_folded_into_a_verb_object_word_is_rendered(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == []


@every_row(("en", "zh"), [
    ("Your account has been frozen.", "您的账号已被冻结。"),  # 账号: a plain "account"
    ("Open an account in five minutes.", "五分钟即可开户。"),  # "bank", as 账户 says
    ("Where is my order?", "我的订购在哪里？"),  # 订 of 订单 is no head
    ("You can pay the fee online.", "您可以在线付款。"),  # 付款: no character of 费用
])
def test_a_plain_synonym_or_a_verb_without_the_concept_s_character_is_reported(
        en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == ["term-missing"]
