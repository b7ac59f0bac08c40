"""Class of issue 10: a glossary word whose phrase names another compound of it that the
dictionary lists.  CC-CEDICT glosses words "photo gallery", "flight schedule", "heat
exhaustion", "department of transport": a phrase holding the compound's other word uses
the English word in that sense, not in the glossary concept's (a museum's gallery 展厅, a
smart-home schedule 日程, a race's heat 预赛, a hospital department 科室), and the missing
approved rendering is no error.

A compound is a gloss of two or three words without a function word; the source must say
it as a phrase, in the gloss's order (a preposition and a determiner may stand before the
term: "a photo from your gallery"), its words as written (a plural -s aside); a gloss word
elsewhere in the clause says nothing (review R-3).  A compound whose words are the
concept's, or whose Chinese word shares a character with an approved rendering, is a kind
of the concept ("world record" 世界纪录 beside 纪录): a phrase naming it speaks of the
concept, and a wrong rendering there stays term-missing; so does a target sharing a
character with an approved rendering (a near-synonym).  A phrase naming no compound is
checked as before.
"""

from __future__ import annotations

import pytest
from check_cases import term_checks_found

from tm import Glossary, Term

GALLERY = Term("gallery", ("展厅",), pos="noun", subject="Museums", id="gallery",
               note="Room of a museum in which objects are displayed.")
SCHEDULE = Term("schedule", ("日程",), pos="noun", subject="Smart home", id="schedule",
                note="A timed plan of actions a device runs on its own.")
HEAT = Term("heat", ("预赛",), pos="noun", subject="Athletics", id="heat",
            note="A preliminary race whose best finishers go through to the next round.")
RECORD = Term("record", ("纪录",), pos="noun", subject="Athletics", id="record",
              note="The best result ever achieved in an event.")
GLOSSARY = Glossary.from_terms([GALLERY, SCHEDULE, HEAT, RECORD])


@pytest.mark.parametrize(("en", "zh"), [
    ("Save the photo to your gallery", "将照片保存到相册"),
    ("Choose a photo from the gallery", "从相册中选择照片"),
    ("Check the flight schedule before you leave", "出发前请查看航班时刻表"),
    ("Flight schedule", "航班时刻表"),
    ("Two runners were treated for heat exhaustion during the event.",
     "两名跑者在活动期间因热衰竭接受治疗。"),
])
def test_a_phrase_naming_another_dictionary_compound_is_that_sense(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("The gallery reopens on Monday.", "展馆周一重新开放。"),  # nothing named
    ("Edit schedule", "编辑时间表"),
    ("She finished second in her heat.", "她在所在小组中排名第二。"),
    # a gloss word elsewhere in the clause says no compound: "flight" modifies "mode"
    # (review R-3)
    ("Set a schedule for flight mode", "为飞行模式设置时间表"),
    ("Edit the flight mode schedule", "编辑飞行模式时间表"),
])
def test_a_phrase_naming_no_other_compound_keeps_the_finding(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == ["term-missing"]


def test_the_compound_s_word_is_returned_and_a_kind_of_the_concept_is_not() -> None:
    from tm.checks._target_sense import another_compound_named

    def named(term: Term, source: str) -> str:
        start = source.index(term.source)
        return another_compound_named(term, source, start, start + len(term.source))

    assert named(GALLERY, "Pick a photo from your gallery.") == "图辑"
    assert named(RECORD, "just outside the world record") == ""
    assert named(GALLERY, "Pick from your gallery") == ""
