"""Issue 10: a product's short label whose last word is a glossary term speaks of the
product's concept, so a dictionary word for the term itself there is a near-synonym
(term-missing), not the word's general sense.  A narrower thing, a term before another
word, a noun or a possessor before the term keep the sense readings."""

from __future__ import annotations

from check_cases import term_checks_found

from rows import every_row
from tm import Glossary, Term


def _glossary(word: str, zh: str, field: str) -> Glossary:
    return Glossary.from_terms([Term(word, (zh,), pos="noun", subject=field, id=word)])


@every_row(("word", "zh", "field", "en", "target"), [
    ("story", "快拍", "Social media", "Stories", "故事"),
    ("story", "快拍", "Social media", "New story", "新故事"),
    ("tip", "小贴士", "Help", "Daily tip", "每日小费"),
    ("lead", "销售线索", "Sales", "Leads", "领导"),
    ("space", "工作区", "Collaboration", "Create a space", "创建空间"),
])
def test_a_plain_word_for_the_term_in_a_label_is_a_near_synonym(
        word: str, zh: str, field: str, en: str, target: str) -> None:
    assert term_checks_found(en, target, _glossary(word, zh, field)) == ["term-missing"]


@every_row(("word", "zh", "field", "en", "target"), [
    ("story", "快拍", "Social media", "Stories", "快拍"),
    ("story", "快拍", "Social media", "Today's stories", "今日故事"),
    ("story", "快拍", "Social media", "Story mode", "故事模式"),
    ("story", "快拍", "Social media", "A new story begins.", "新的故事开始了。"),
])
def test_a_possessor_a_term_before_another_word_or_a_sentence_keep_the_sense_readings(
        word: str, zh: str, field: str, en: str, target: str) -> None:
    assert term_checks_found(en, target, _glossary(word, zh, field)) == []
