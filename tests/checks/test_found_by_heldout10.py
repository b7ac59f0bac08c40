"""A class found by heldout10's first run (issue 10): a one-word glossary term written
capitalized is a name (the *Matter* smart-home standard) and matches only as written;
"No matter" and "a matter of time" are not it."""

from __future__ import annotations

from check_cases import term_checks_found

from tm import Glossary, Term

GLOSSARY = Glossary.from_terms([
    Term("Thread", ("Thread",), subject="Smart home", id="thread"),
    Term("router", ("路由器",), pos="noun", subject="Networking", id="router"),
])


def test_a_capitalized_one_word_name_does_not_match_the_common_word() -> None:
    assert GLOSSARY.find("Pull the thread gently.") == []
    assert term_checks_found("Pull the thread gently.", "轻轻拉线。", GLOSSARY) == []


def test_the_capitalized_name_still_matches_as_written() -> None:
    assert [h.text for h in GLOSSARY.find("Thread devices pair quickly.")] == ["Thread"]
    assert [h.text for h in GLOSSARY.find("The Router restarts.")] == ["Router"]  # lower-case entry
