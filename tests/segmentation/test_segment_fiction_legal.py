"""Segmentation classes found by the segment5 development set: fiction, legal citations, labels.

Each test is named for a class and uses new examples written for it (registers a translation
team meets: novels, subtitles, law reports, catalogues, manuals), not the segment5 texts;
each failed on the rules before the fix.  Neighbours that must not change are asserted
beside them.
"""

from __future__ import annotations

import pytest

import tm
from rows import every_row


def _texts(text: str, lang: str = "en") -> list[str]:
    return [s.text for s in tm.segment(text, lang)]


# Emphasis marks (*...*, _..._, **...**) close a sentence as quotation marks do: a thought in
# italics, a bold warning in a manual, a subtitle's emphasis.
@every_row(("text", "expected"), [
    ("*Why now?* Jonah folded the letter twice.",
     ["*Why now?*", "Jonah folded the letter twice."]),
    ("She smiled. _I knew it._ The train pulled out.",
     ["She smiled.", "_I knew it._", "The train pulled out."]),
    ("**Warning.** Unplug the unit before cleaning it.",
     ["**Warning.**", "Unplug the unit before cleaning it."]),
])
def test_emphasis_marks_close_a_sentence(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("*Not yet,* he told himself. *Wait.*", ["*Not yet,* he told himself.", "*Wait.*"]),
    ("_Run!_ she thought, and ran.", ["_Run!_ she thought, and ran."]),
])
def test_emphasis_marks_before_a_lower_case_word_continue(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


# A quoted question or exclamation, then who said it, named: one sentence, as with a pronoun.
@every_row(("text", "expected"), [
    ("“Is that the last ferry?” Grandpa Theo asked. The pier was empty.",
     ["“Is that the last ferry?” Grandpa Theo asked.", "The pier was empty."]),
    ("\"Stop the car!\" Inspector Vale shouted. Nobody moved.",
     ["\"Stop the car!\" Inspector Vale shouted.", "Nobody moved."]),
    ("“You called it ‘a small delay’?” Priya replied.",
     ["“You called it ‘a small delay’?” Priya replied."]),
])
def test_named_attribution_after_a_quoted_question(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a new sentence after a quotation still starts one, even with a name in it
    ("“Is it raining?” Marta looked outside.", ["“Is it raining?”", "Marta looked outside."]),
    ("He wrote “Done.” Anna said nothing.", ["He wrote “Done.”", "Anna said nothing."]),
])
def test_a_name_that_is_not_an_attribution_starts_a_sentence(text: str,
                                                              expected: list[str]) -> None:
    assert _texts(text) == expected


# Speech broken off with a dash ends its segment before a new quotation or a new sentence.
@every_row(("text", "expected"), [
    ("“If we could only—” “Enough,” said the captain.",
     ["“If we could only—”", "“Enough,” said the captain."]),
    ("\"You promised you'd--\" \"I know.\"", ["\"You promised you'd--\"", "\"I know.\""]),
    ("“But I thought—” She stopped herself.", ["“But I thought—”", "She stopped herself."]),
])
def test_interrupted_speech_ends_before_a_new_quotation(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_interrupted_speech_before_its_attribution_goes_on() -> None:
    assert _texts("“I only meant—” he began, then gave up.") == [
        "“I only meant—” he began, then gave up."]


# Legal citations: the v. of a case name whose first party ends in a lower-case company form,
# and the citation signal Cf. at the start of a sentence.
@every_row(("text", "expected"), [
    ("Following Donoghue Holdings plc v. Stevenson [2003] EWCA Civ 12, the claim failed.",
     ["Following Donoghue Holdings plc v. Stevenson [2003] EWCA Civ 12, the claim failed."]),
    ("The rule in Marsh et al. v. Oakley was applied. It was not doubted.",
     ["The rule in Marsh et al. v. Oakley was applied.", "It was not doubted."]),
    ("Cf. Harlow v. Fitzgerald, 457 U.S. 800 (1982). The test differs.",
     ["Cf. Harlow v. Fitzgerald, 457 U.S. 800 (1982).", "The test differs."]),
])
def test_case_names_and_citation_signals(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


# A measurement label names the figure after it (catalogues, museum labels, data sheets).
@pytest.mark.parametrize(("text", "expected"), [
    ("Vase. Porcelain. Ht. 32 cm, dia. 14 cm. Jingdezhen, c. 1720.",
     ["Vase.", "Porcelain.", "Ht. 32 cm, dia. 14 cm.", "Jingdezhen, c. 1720."]),
    ("Load: max. 120 kg. Wt. 9.5 kg without the seat.",
     ["Load: max. 120 kg.", "Wt. 9.5 kg without the seat."]),
])
def test_measurement_label_before_its_figure(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_a_unit_before_a_label_still_ends_the_sentence() -> None:
    assert _texts("The dose is 5 mg. Max. 20 mg a day.") == [
        "The dose is 5 mg.", "Max. 20 mg a day."]
