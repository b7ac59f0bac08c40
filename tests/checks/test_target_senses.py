"""Which sense of a glossary term the target renders, read with the dictionary (issue 10).

A glossary term whose approved rendering is absent is term-missing only when the
evidence says the translator rendered *that* concept another way.  When the
target holds a word the dictionary gives for the term in another sense, named by
the sentence or narrower than the concept, the term is used in another sense;
when the target's word may be a synonym of the concept, it is still an error.
The words and sentences here are none of the development sets'.
"""

from __future__ import annotations

import pytest
from check_cases import term_checks_found

from rows import every_row
from tm import Glossary, Term
from tm.glossary import word_senses

GLOSSARY = Glossary.from_terms([
    Term("bond", ("债券",), pos="noun", subject="Finance", id="bond"),
    Term("charge", ("充电",), pos="noun", subject="Batteries", id="charge"),
    Term("cell", ("电芯",), pos="noun", subject="Batteries", id="cell"),
    Term("match", ("比赛",), pos="noun", subject="Sports", id="match"),
    Term("record", ("纪录",), pos="noun", subject="Sports", id="record"),
    Term("check-in", ("值机",), pos="noun", subject="Travel", id="checkin"),
    Term("policy", ("保单",), pos="noun", subject="Insurance", id="policy"),
    Term("appeal", ("上诉",), pos="noun", subject="Law", id="appeal"),
    Term("penalty kick", ("点球",), pos="noun", subject="Sports", id="pk"),
    Term("balance", ("余额",), pos="noun", subject="Banking", id="balance"),
    Term("password", ("密码",), pos="noun", subject="Information technology", id="pw"),
    Term("revenue", ("营业收入", "营收"), pos="noun", subject="Accounting", id="rev"),
    Term("Zhongxing", ("中兴",), subject="Companies", id="zx"),
    Term("deposit", ("存款",), pos="noun", subject="Banking", id="deposit"),
])


def test_word_senses_are_the_dictionarys_glosses_as_written() -> None:
    assert "(airline) check-in" in word_senses("值机")
    assert word_senses("入住") == ("to check in (at a hotel etc)",)
    assert word_senses("not Chinese") == ()


@every_row(("en", "zh"), [
    ("Carbon forms a chemical bond with oxygen.", "碳与氧形成化学键。"),
    ("He faces a criminal charge of fraud.", "他面临欺诈的刑事指控。"),
    ("Researchers grew stem cells in the lab.", "研究人员在实验室培养干细胞。"),
    ("He struck a match to light the fire.", "他划了一根火柴生火。"),
    ("Check-in at the hotel opens at 2 p.m.", "酒店下午2点开始办理入住。"),
    ("Read our privacy policy before you sign up.", "注册前请阅读我们的隐私政策。"),
])
def test_a_target_word_in_the_sense_the_sentence_names_is_not_term_missing(
        en: str, zh: str) -> None:
    assert "term-missing" not in term_checks_found(en, zh, GLOSSARY)


@pytest.mark.parametrize(("en", "zh"), [
    ("The novel's appeal lies in its humour.", "这部小说的吸引力在于它的幽默。"),
    ("She bought the record at a flea market.", "她在跳蚤市场买了这张唱片。"),
])
def test_a_target_word_that_only_names_a_narrower_concept_is_not_term_missing(
        en: str, zh: str) -> None:
    assert "term-missing" not in term_checks_found(en, zh, GLOSSARY)


@every_row(("en", "zh"), [
    ("The striker missed a penalty kick.", "前锋罚丢了一个罚球。"),          # 罚球: penalty kick
    ("Your balance is low.", "您的结余不足。"),                               # 结余: balance
    ("Enter your password.", "请输入口令。"),  # used by sentry
    ("Download your policy as a PDF.", "以PDF格式下载保险单。"),              # insurance policy
    ("The court rejected the appeal.", "法院驳回了申诉。"),                   # 申诉: appeal
    ("The bond matures in 2030.", "该公债于2030年到期。"),                    # shares 债 with 债券
])
def test_a_synonym_of_the_concept_in_the_target_is_still_term_missing(en: str, zh: str) -> None:
    assert "term-missing" in term_checks_found(en, zh, GLOSSARY)


def test_a_synonym_in_the_target_outweighs_another_fields_name_in_the_source() -> None:
    # Zhongxing (Companies) is the only other concept: the weak other-field rule alone
    # would hide the error, but 收入 is the dictionary's plain word for revenue.
    found = term_checks_found("Zhongxing's revenue rose 8%.", "中兴的收入增长了8%。", GLOSSARY)
    assert "term-missing" in found


def test_a_phrase_that_says_the_concept_in_other_words_is_no_narrower_concept() -> None:
    # 申冤 "to appeal for justice": a phrase, not a compound naming another thing; without a
    # sentence that names its sense it may be the concept's synonym, so the finding stays.
    assert "term-missing" in term_checks_found("He lost the appeal.", "他申冤失败。", GLOSSARY)


LESSONS = Glossary.from_terms([Term("lesson", ("课时",), pos="noun", subject="Education", id="l")])


@pytest.mark.parametrize(("en", "zh"), [
    # 吸取 "to draw (a lesson, insight etc)": the term only in its bracket, its object
    ("Investors learned a hard lesson from the crash.", "投资者从这次崩盘中吸取了深刻的教训。"),
    # 教训 "a bitter lesson": an article does not make a narrower thing a phrase
    ("The failed merger was a costly lesson for the board.",
     "这次失败的合并对董事会是一个代价高昂的教训。"),
])
def test_a_word_naming_the_term_only_in_a_bracket_renders_nothing(en: str, zh: str) -> None:
    """A dictionary sense that holds the term only inside brackets (a usage note: the
    verb's object) does not render it, and "a bitter lesson" names a narrower thing than
    the class-hour concept (issue 10)."""
    assert "term-missing" not in term_checks_found(en, zh, LESSONS)


@every_row(("en", "zh"), [
    ("Each lesson lasts 45 minutes.", "每节课程持续45分钟。"),
    ("Book a lesson with a tutor.", "与导师预约一节课。"),
    ("Lessons can be cancelled up to a day before.", "课程最晚可提前一天取消。"),
])
def test_a_lesson_rendered_another_way_in_its_own_sense_is_still_term_missing(
        en: str, zh: str) -> None:
    assert "term-missing" in term_checks_found(en, zh, LESSONS)
