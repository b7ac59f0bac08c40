"""Issue 10: an entry whose partOfSpeech is a verb is found in its verb forms ("Subscribed"
→ 已关注 against *subscribe* 订阅 was never looked at); a noun entry keeps its plural and
possessive only."""

from __future__ import annotations

from rows import every_row
from tm import Glossary, Term, check
from tm.model import Unit

VERBS = Glossary.from_terms([
    Term("bookmark", ("收藏",), pos="verb", id="b"),
    Term("log in", ("登录",), pos="verb", forbidden=("登入",), id="l"),
    Term("unfollow", ("取消关注",), pos="verb", id="u"),
])
NOUNS = Glossary.from_terms([Term("bookmark", ("书签",), pos="noun", id="n")])


@every_row(("text", "found"), [
    ("Bookmarked", "Bookmarked"),
    ("Bookmarking this page…", "Bookmarking"),
    ("She bookmarks every recipe.", "bookmarks"),
    ("Logged in as %s", "Logged in"),
    ("logging in", "logging in"),
    ("Unfollowed", "Unfollowed"),
])
def test_a_verb_entry_is_found_in_its_verb_forms(text: str, found: str) -> None:
    assert [hit.text for hit in VERBS.find(text)] == [found]


def test_a_noun_entry_keeps_its_plural_only() -> None:
    assert [hit.text for hit in NOUNS.find("Bookmarks")] == ["Bookmarks"]
    assert NOUNS.find("Bookmarked") == []


def test_a_verb_form_is_checked_against_the_approved_rendering() -> None:
    def found(source: str, target: str) -> list[str]:
        return [f.check for f in check([Unit(source, target)], VERBS, select=["terms"])]

    assert found("Bookmarked", "已加入书签") == ["term-missing"]
    assert found("Bookmarked", "已收藏") == []
    assert found("Unfollowed", "已取关") == ["term-missing"]
    assert found("Logged in as %s", "已登入为 %s") == ["term-forbidden"]
