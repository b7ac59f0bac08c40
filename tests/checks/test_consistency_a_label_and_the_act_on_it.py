"""Class of issue 10 (heldout17's "Holds" / "Place a hold" → 预约, a development set): a short
interface label and the label that acts on the same thing ("Bookmarks" / "Add a
bookmark" → 收藏) may share one translation, and reverse-inconsistent is not reported.

The shorter label's words must end the longer one: a word after them changes what is named
("Delete" / "Delete all" → 删除), a replaced word is the copy error the warning exists for
("Show password" / "Hide password"), and sentences are compared as before.
"""

from __future__ import annotations

import pytest

from tm import Unit, check


def _reverse(pairs: list[tuple[str, str]]) -> list[str]:
    units = [Unit(s, t, origin=f"a.po:{i * 4 + 1}") for i, (s, t) in enumerate(pairs)]
    return [f.unit.source for f in check(units, select=["reverse-inconsistent"])]


@pytest.mark.parametrize("pairs", [
    [("Bookmarks", "收藏"), ("Bookmarks", "收藏"), ("Add a bookmark", "收藏")],
    [("Settings", "设置"), ("Open settings", "设置")],
])
def test_a_label_and_the_act_on_it_may_share_a_translation(pairs: list[tuple[str, str]]) -> None:
    assert _reverse(pairs) == []


@pytest.mark.parametrize(("pairs", "reported"), [
    ([("Delete", "删除"), ("Delete", "删除"), ("Delete all", "删除")], "Delete all"),
    ([("Show password", "显示密码"), ("Show password", "显示密码"),
      ("Hide password", "显示密码")], "Hide password"),
    ([("Bookmarks saved.", "已收藏。"), ("Bookmarks saved.", "已收藏。"),
      ("Add a bookmark to bookmarks saved.", "已收藏。")], "Add a bookmark to bookmarks saved."),
])
def test_other_label_pairs_and_sentences_are_still_reported(
        pairs: list[tuple[str, str]], reported: str) -> None:
    assert _reverse(pairs) == [reported]
