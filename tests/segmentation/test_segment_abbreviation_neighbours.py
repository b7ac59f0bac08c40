"""What comes after an abbreviation tells whether a sentence ended there: a sentence shouted in
capitals, an era after a century, a letter alone after an article, a name after the word for
its kind.  Classes found by the segment8, segment9, segment11 and segment17 development sets;
the examples here are new, each failing on the rules before the fix, with the neighbours that
must not change.
"""

from __future__ import annotations

import tm
from rows import every_row


def _texts(text: str) -> list[str]:
    return [s.text for s in tm.segment(text)]


@every_row(("text", "expected"), [
    ("Garage sale Sat. at 12 Elm Rd. EVERYTHING MUST GO!",
     ["Garage sale Sat. at 12 Elm Rd.", "EVERYTHING MUST GO!"]),
    ("Found: black wallet near 5th Ave. CALL NOW!",
     ["Found: black wallet near 5th Ave.", "CALL NOW!"]),
    ("Puppies for sale, ready Oct. FREE DELIVERY!",
     ["Puppies for sale, ready Oct.", "FREE DELIVERY!"]),
    ("Parts from Acme Inc. NO REFUNDS.", ["Parts from Acme Inc.", "NO REFUNDS."]),
    ("Studio flat on Park Blvd. SORRY, NO PETS.", ["Studio flat on Park Blvd.", "SORRY, NO PETS."]),
    ("Lost dog near Elm St. REWARD!", ["Lost dog near Elm St.", "REWARD!"]),
])
def test_a_sentence_shouted_in_capitals_after_an_abbreviation(text: str,
                                                              expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row("text", [
    "The drug was approved by the U.S. FDA.",            # one acronym closes the phrase
    "Doors open at 8 p.m. EST.",                          # a time zone
    "Send it to 1600 Pennsylvania Ave. NW, Washington.",  # a compass point, then a name
    "England vs. NEW ZEALAND!",                           # a word that precedes a name
    "We prayed at St. PAUL'S CATHEDRAL!",               # a saint's name, not a street
])
def test_capitals_after_an_abbreviation_that_are_no_sentence(text: str) -> None:
    assert _texts(text) == [text]


@every_row(("text", "expected"), [
    ("The temple was rebuilt in the 2nd c. AD. Its columns survive.",
     ["The temple was rebuilt in the 2nd c. AD.", "Its columns survive."]),
    ("Bronze mirror, 3rd cent. BC. Donated in 1954.",
     ["Bronze mirror, 3rd cent. BC.", "Donated in 1954."]),
    ("It dates from the late 4th c. B.C. Few such pieces exist.",
     ["It dates from the late 4th c. B.C.", "Few such pieces exist."]),
    ("Coins of the first c. CE were found in the well.",
     ["Coins of the first c. CE were found in the well."]),
    ("A jar (6th–5th c. BCE) stands in the hall.", ["A jar (6th–5th c. BCE) stands in the hall."]),
    ("Pottery of the 5th c. Several pieces are cracked.",  # no era: the century ends it
     ["Pottery of the 5th c.", "Several pieces are cracked."]),
])
def test_an_era_after_an_abbreviated_century(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row(("text", "expected"), [
    ("Fabric is thin and it fits like an M. Sent it back.",
     ["Fabric is thin and it fits like an M.", "Sent it back."]),
    ("My son got a B. Teachers said he tried hard.",
     ["My son got a B.", "Teachers said he tried hard."]),
    ("Ordered a large but got an S. Disappointed.",
     ["Ordered a large but got an S.", "Disappointed."]),
    # an initial after the article opens a name, which goes on in capitals or in lower case
    *[(text, [text]) for text in (
        "We visited the J. Paul Getty Museum.", "She wrote an F. Scott Fitzgerald pastiche.",
        "It was a W. H. Auden poem.", "Tests found an E. coli strain.")],
])
def test_a_letter_alone_after_an_indefinite_article(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row(("text", "expected"), [
    ("The frigate sailed during Op. Ironclad. Two ships were lost.",
     ["The frigate sailed during Op. Ironclad.", "Two ships were lost."]),
    ("Troops took part in Opn. Desert Shield in 1990.",
     ["Troops took part in Opn. Desert Shield in 1990."]),
    ("The unit trained for Ex. Cobra Gold last spring.",
     ["The unit trained for Ex. Cobra Gold last spring."]),
    ("The café is on Pl. Vendôme, near the hotel.",
     ["The café is on Pl. Vendôme, near the hotel."]),
    # after its name "Pl." is a street type and may end the sentence; "Op." before a figure
    ("We live at 12 Cedar Pl. The house is old.", ["We live at 12 Cedar Pl.", "The house is old."]),
    ("Beethoven wrote his Op. 27 in 1801. It sold well.",
     ["Beethoven wrote his Op. 27 in 1801.", "It sold well."]),
    ("We flew to Lagos. Maria met us there.", ["We flew to Lagos.", "Maria met us there."]),
])
def test_the_kind_of_a_named_thing_before_its_name(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected
