"""Class of issue 10 (blind clean catalogs: "US lawmakers introduced a bill" → 法案 against a
utility's *bill* 账单): an ambiguous English word, in a sentence that names another of its
senses and nothing of the concept, rendered by a dictionary word that shares neither a
character nor a gloss with the approved renderings is that other sense, not a wrong synonym.

The sentence names the other sense with a word of the rendering's other glosses (*stamped*
for 印章 "seal, signet, chop, stamp"; *zoo* for 海豹 "seal (zoology)").  What keeps the
finding: a sentence that names nothing of the other sense (review W-6: a wrong-sense word in
an ordinary sentence is the error the check exists for), one that names the concept, a
near-synonym sharing a character, a word the dictionary gives few senses (*crane*: 起重机
and 吊车 are two words for one machine), and a short message.
"""

from __future__ import annotations

import pytest
from check_cases import term_checks_found

from rows import every_row
from tm import Glossary, Term

#: A container terminal's glossary: *seal* is the numbered strip that closes a container.
SEAL = Term("seal", ("封条",), pos="noun", subject="Container shipping", id="seal")
CRANE = Term("crane", ("起重机",), pos="noun", subject="Container shipping", id="crane")
GLOSSARY = Glossary.from_terms([SEAL, CRANE])


@pytest.mark.parametrize(("en", "zh"), [
    # 印章 "seal, signet, chop, stamp": *stamped*, in the term's phrase, names the official's
    ("The notary stamped her seal on both copies of the agreement.",
     "公证员在协议的两份副本上都盖上了她的印章。"),
    # 海豹 "seal (zoology)": the zoo's animal
    ("Children watched the zoo's seal being fed in the afternoon.",
     "孩子们下午看饲养员给动物园的海豹喂食。"),
])
def test_a_sentence_naming_another_sense_rendered_in_it_is_no_error(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == []


@every_row(("en", "zh"), [
    # nothing names the official's seal: 印章 is a wrong word for the container's seal
    ("The inspector checked the seal before the truck left the port.",
     "卡车离港前，检查员检查了印章。"),
    # *stamped* is another clause's word, not the seal's phrase
    ("Once the customs officer had stamped the papers, he checked the seal again.",
     "海关官员在文件上盖章后，又检查了一遍印章。"),
    # a near-synonym sharing a character with 封条: the concept, named another way
    ("Stamp the seal number on each container before loading.",
     "装货前请在每个集装箱上盖印封签编号。"),
    # crane has few dictionary words (6): 吊车 is a synonym of 起重机, not another sense
    ("The terminal added four new cranes to handle larger ships this year.",
     "今年码头新增四台吊车，以装卸更大的船舶。"),
    # a short message has too few words to name another sense
    ("Stamp company seal", "加盖公司印章"),
])
def test_a_wrong_word_a_synonym_or_a_short_message_keeps_the_finding(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == ["term-missing"]


def _one(en: str, zh: str, subject: str) -> Glossary:
    return Glossary.from_terms([Term(en, (zh,), pos="noun", subject=subject,
                                     id=en.replace(" ", "-"))])


@every_row(("term", "subject", "en", "zh"), [
    # review W-6: wrong-sense renderings in sentences that name nothing of the other sense,
    # or name the concept (shipped, savings account)
    (("bill", "账单"), "Utilities", "Your bill for this month is ready to view online.",
     "您本月的法案已可在线查看。"),
    (("order", "订单"), "Shopping", "Your order has been shipped and will arrive on Friday.",
     "您的命令已发货，将于周五送达。"),
    (("court", "球场"), "Tennis",
     "The final will be played on the centre court tomorrow afternoon.",
     "决赛将于明天下午在中央法院进行。"),
    (("table", "表格"), "Documents", "Insert a table with three columns into the report.",
     "在报告中插入一张有三列的桌子。"),
    (("branch", "分行"), "Banking", "Visit your nearest branch to open a savings account today.",
     "今天就去离您最近的树枝开立储蓄账户。"),
    (("deposit", "存款"), "Banking",
     "Your deposit will be available in your account within two days.",
     "您的押金将在两天内到账。"),
    (("account", "账户"), "Banking", "Your account has been frozen because of suspicious activity.",
     "由于可疑活动，您的帐目已被冻结。"),
])
def test_a_wrong_sense_in_an_ordinary_sentence_is_term_missing(
        term: tuple[str, str], subject: str, en: str, zh: str) -> None:
    assert term_checks_found(en, zh, _one(*term, subject)) == ["term-missing"]


@every_row(("term", "subject", "en", "zh"), [
    # review W-10: a word of the other sense elsewhere in the sentence names nothing of the
    # term's own phrase (another clause, after a comma or a conjunction, or too far away)
    (("bill", "账单"), "Utilities", "By law, your bill must show the tax rate for each item.",
     "根据法律，您的法案必须显示每项的税率。"),
    (("bill", "账单"), "Utilities",
     "Under the proposed law, your bill will rise by five percent.",
     "根据拟议的法律，您的法案将上涨百分之五。"),
    (("table", "表格"), "Documents", "Copy the table from the report to your desk folder.",
     "将桌子从报告复制到您的桌面文件夹。"),
    (("deposit", "存款"), "Banking", "Make a down payment and your deposit will earn interest.",
     "支付首付款后，您的押金将产生利息。"),
    (("court", "球场"), "Tennis", "The court was closed by order of the local court of law.",
     "根据当地法院的命令，法院被关闭。"),
])
def test_a_word_of_the_other_sense_outside_the_terms_phrase_names_nothing(
        term: tuple[str, str], subject: str, en: str, zh: str) -> None:
    assert term_checks_found(en, zh, _one(*term, subject)) == ["term-missing"]
