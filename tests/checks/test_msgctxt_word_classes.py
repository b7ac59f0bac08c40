"""Issue 10, trial finding T21: two entries with one msgid whose msgctxts name different
word classes ("verb" / "noun", as GNOME writes for *Print* and *Open*) are two words spelled
alike, and their different translations are no segment-inconsistent, with or without a
glossary.  A msgctxt that names a place in the interface (a menu, a toolbar) tells nothing
apart: the same message there should read the same.  The messages are written for this
test."""

from __future__ import annotations

from pathlib import Path

from check_cases import po_with_contexts

from tm import check_files


def test_msgctxts_naming_two_word_classes_are_two_words(tmp_path: Path) -> None:
    path = po_with_contexts(tmp_path, [("verb", "Record", "录制"), ("noun", "Record", "记录"),
                          ("adjective, toolbar", "Clean", "干净"), ("verb", "Clean", "清理")])
    assert [f.check for f in check_files([path])] == []


def test_msgctxts_naming_places_in_the_interface_tell_nothing_apart(tmp_path: Path) -> None:
    path = po_with_contexts(tmp_path, [("menu", "Record", "录制"), ("toolbar", "Record", "记录")])
    assert [f.check for f in check_files([path])] == ["segment-inconsistent"]


def test_the_same_word_class_in_two_places_is_still_one_word(tmp_path: Path) -> None:
    path = po_with_contexts(tmp_path, [("verb, menu", "Record", "录制"),
                                       ("verb, toolbar", "Record", "记录")])
    assert [f.check for f in check_files([path])] == ["segment-inconsistent"]
