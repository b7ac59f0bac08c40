"""An acronym that stands for another expansion of its letters (issue 10; heldout13, dev).

*EV* in an insurer's termbase is "embedded value" (内含价值); "Find EV chargers nearby" →
查找附近的电动汽车充电桩 renders electric vehicles and was reported as term-missing.  When
the glossary gives the concept's full form and no dictionary word of the Chinese target
glosses a word of that full form, of the definition or the acronym itself, and shares no
character with an approved rendering, the acronym is another expansion.  A wrong
rendering of the concept still translates some of it and is reported, and so is a count
("five thousand TEUs" → 吨).
"""

from __future__ import annotations

from check_cases import term_checks_found

from rows import every_row
from tm import Glossary, Term

GLOSSARY = Glossary.from_terms([
    Term("EV", ("内含价值",), subject="Insurance", id="ev",
         note="Value of in-force business plus adjusted net worth (life insurance)."),
    Term("embedded value", ("内含价值",), subject="Insurance", id="ev"),
    Term("ASEAN", ("东盟",), subject="Organizations", id="asean"),
    Term("Association of Southeast Asian Nations", ("东盟",), subject="Organizations",
         id="asean"),
    Term("CATL", ("宁德时代",), subject="Companies", id="catl"),
    Term("Contemporary Amperex Technology", ("宁德时代",), subject="Companies", id="catl"),
    Term("TEU", ("标准箱",), subject="Shipping", id="teu"),
    Term("twenty-foot equivalent unit", ("标准箱",), subject="Shipping", id="teu"),
])


def test_an_acronyms_other_expansion_is_not_the_concept() -> None:
    assert term_checks_found("Find EV chargers nearby", "查找附近的电动汽车充电桩", GLOSSARY) == []


@every_row(("en", "zh"), [
    ("The insurer's EV rose 5 percent.", "该保险公司的嵌入价值增长5%。"),  # translates "value"
    ("China became ASEAN's largest trading partner.", "中国成为亚细安最大贸易伙伴。"),
    ("CATL unveiled a new battery.", "宁德新能源发布了一款新电池。"),  # the name, miswritten
    ("The ship carries five thousand TEUs.", "该船可装载5000个集装箱。"),  # a count
])
def test_a_wrong_rendering_of_the_acronyms_concept_is_still_reported(en: str, zh: str) -> None:
    assert "term-missing" in term_checks_found(en, zh, GLOSSARY)
