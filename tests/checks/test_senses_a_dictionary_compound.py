"""Class of issue 10 (clean trials: "the carpool lane" → 多乘员车道 against a ride-hailing
*carpool* 拼车; "the box office" → 售票处 against football's *box* 禁区): the term and the word
beside it make an English compound that the dictionary gives a Chinese word of its own, so
the compound names its own concept, which a translation renders as a whole, in its own
words, without the term's rendering.  Unlike :func:`renders_the_compound`, the target need
not hold the dictionary's word for the compound (邮政网点 is no dictionary word; 邮局 is).

A neighbour that makes no dictionary compound with the term leaves it the term (and a
compound that an approved rendering's dictionary sense holds, such as "bank account" for
账户, is the concept itself).
"""

from __future__ import annotations

import pytest
from check_cases import term_checks_found

from tm import Glossary, Term

#: A forum's glossary: a *post* is a message published in a thread.
POST = Term("post", ("帖子",), pos="noun", subject="Online forums", id="post")
REPLY = Term("reply", ("回复",), pos="noun", subject="Online forums", id="reply")
GLOSSARY = Glossary.from_terms([POST, REPLY])


@pytest.mark.parametrize(("en", "zh"), [
    ("Post office hours", "邮政网点营业时间"),  # "post office" → 邮局, 邮政局
    ("Post office replies are slow.", "邮政网点回复很慢。"),  # a forum word beside it
])
def test_a_dictionary_compound_names_its_own_concept(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("Post author", "帖文作者"),  # "post author" is no dictionary compound
    ("Replies to this post are closed.", "该帖文的回复已关闭。"),
])
def test_a_neighbour_that_makes_no_compound_leaves_the_term(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == ["term-missing"]
