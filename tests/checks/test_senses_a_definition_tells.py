"""Classes of issue 10 found on heldout9 and heldout10 (development sets): a glossary entry
with a definition says which sense of its word it is, and the dictionary says the target's
word is another one.

* **a rendering the dictionary narrows to things the definition does not name**: 草案
  "draft (legislation, proposal etc)" against the e-mail draft 草稿; 现场 "the scene (of a
  crime, accident etc)" against the smart-home scene 场景;
* **the general word for a narrower defined concept**: 押金 "deposit" against 存款 "bank
  deposit", defined as money placed with a bank.

Either holds only when the sentence says nothing of the defined concept: "Save as draft"
→ 另存为草案 is still term-missing.
"""

from __future__ import annotations

import pytest
from check_cases import term_checks_found

from rows import every_row
from tm import Glossary, Term

DRAFT = Term("draft", ("草稿",), pos="noun", subject="Email", id="draft",
             note="An unsent message saved for later editing.")
SCENE = Term("scene", ("场景",), pos="noun", subject="Smart home", id="scene",
             note="A saved set of device actions run together.")
DEPOSIT = Term("deposit", ("存款",), pos="noun", subject="Banking", id="deposit",
               note="Money placed with a bank by customers.")
DEFINED = Glossary.from_terms([DRAFT, SCENE, DEPOSIT])
UNDEFINED = Glossary.from_terms([Term(t.source, t.targets, pos=t.pos, subject=t.subject,
                                      id=t.id) for t in (DRAFT, SCENE, DEPOSIT)])


@pytest.mark.parametrize(("en", "zh"), [
    ("Lawmakers will vote on the draft next week.", "立法者将于下周对草案进行表决。"),
    ("Firefighters arrived at the scene.", "消防员赶到了现场。"),
])
def test_a_rendering_the_dictionary_narrows_to_things_the_definition_does_not_name(
        en: str, zh: str) -> None:
    assert term_checks_found(en, zh, DEFINED) == []
    assert term_checks_found(en, zh, UNDEFINED) == ["term-missing"]  # no definition, no say


def test_the_general_word_for_a_narrower_defined_concept_is_another_sense() -> None:
    en, zh = "Hotel guests pay a deposit for the key card.", "酒店住客需为房卡支付押金。"
    assert term_checks_found(en, zh, DEFINED) == []
    # without a definition the sentence still names 押金's other sense, "down payment"
    # (*pay*), and nothing of banking: test_senses_an_unrelated_rendering
    assert term_checks_found(en, zh, UNDEFINED) == []
    # a sentence that names nothing of it keeps the finding without a definition
    assert term_checks_found("Hotel guests leave a deposit for the key card.",
                             "酒店住客需为房卡留下押金。", UNDEFINED) == ["term-missing"]


@every_row(("en", "zh"), [
    ("Save as draft", "另存为草案"),  # "save" is in the definition: the e-mail draft
    ("Deposits rose 8 percent.", "储蓄增长8%。"),  # 储蓄 "to deposit money": the narrow sense
    ("Scenes run on your devices.", "现场在您的设备上运行。"),  # the definition's words
])
def test_a_sentence_of_the_defined_concept_keeps_the_finding(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, DEFINED) == ["term-missing"]


INTEREST = Term("interest", ("利息",), pos="noun", subject="Banking", id="interest",
                note="Money paid for the use of borrowed money.")
ORDER = Term("order", ("订单",), pos="noun", subject="E-commerce", id="order",
             note="A customer's request to buy goods.")
BILL = Term("bill", ("账单",), pos="noun", subject="Banking", id="bill",
            note="A statement of money owed for goods or services.")
TIP = Term("tip", ("小费",), pos="noun", subject="Food delivery", id="tip",
           note="Optional gratuity paid to the rider.")
HOMONYMS = Glossary.from_terms([INTEREST, ORDER, BILL, TIP])


@every_row(("en", "zh"), [
    ("Students showed little interest in the topic.", "学生对这个话题兴趣不大。"),
    ("Please keep order in the hall.", "请在大厅内保持秩序。"),
    # 提示 "suggestion, reminder, tip" against 小费 "tip, gratuity" (the definition says
    # gratuity too: a gloss the dictionary and the definition share still counts)
    ("Here is a tip for new users.", "给新用户一个提示。"),
])
def test_two_words_only_an_english_homonym_links_are_two_senses(en: str, zh: str) -> None:
    # 兴趣 "interest, hobby" and 利息 "interest (on a loan)" share no gloss but the word
    assert term_checks_found(en, zh, HOMONYMS) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("Parliament passed the bill.", "议会通过了该法案。"),  # 账单 says only "bill": no say
    ("Tip amount", "打赏金额"),  # 打赏 "to give a gratuity" shares a gloss with 小费
])
def test_a_gloss_shared_or_an_uninformative_rendering_keeps_the_finding(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, HOMONYMS) == ["term-missing"]
