"""What opens the sentence after an abbreviation or a name: an acronym and its verb, a noun
phrase and its verb after a place's dotted acronym, initials and a surname after a place, and
the name an initial opens after the indefinite article.  Classes found by the segment18
development set (stop 32); the examples here are new, each failing on the rules before the
fix, with the neighbours that must not change.
"""

from __future__ import annotations

import tm
from rows import every_row


def _texts(text: str, lang: str = "en") -> list[str]:
    return [s.text for s in tm.segment(text, lang)]


@every_row(("text", "expected"), [
    ("Vaccines were approved in the U.S. NASA said the launch would go ahead.",
     ["Vaccines were approved in the U.S.", "NASA said the launch would go ahead."]),
    ("The firm is based in the U.S. IBM bought it in 2019.",
     ["The firm is based in the U.S.", "IBM bought it in 2019."]),
    ("The plant closed in the U.K. GM has said it will reopen.",
     ["The plant closed in the U.K.", "GM has said it will reopen."]),
    ("It all started in the U.S. AI is everywhere now.",
     ["It all started in the U.S.", "AI is everywhere now."]),
])
def test_an_acronym_and_its_verb_open_a_sentence_after_a_place_acronym(
        text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row("text", [
    "Data from the U.S. FDA show a rise in cases.",          # an agency the acronym names
    "Two officials from the U.S. CDC said the risk was low.",
    "The drug was approved by the U.S. FDA on Monday.",
    "A spokesman for the U.S. SEC said it would review the filing.",
    "Staff in the U.S. NASA said nothing.",                 # a noun alone: no verb yet
])
def test_an_acronym_that_continues_a_place_acronym(text: str) -> None:
    assert _texts(text) == [text]


@every_row(("text", "expected"), [
    ("The ban covers travellers from outside the U.K. Irish nationals are exempt.",
     ["The ban covers travellers from outside the U.K.", "Irish nationals are exempt."]),
    ("We ship parcels to the U.S. American buyers must pay the duty.",
     ["We ship parcels to the U.S.", "American buyers must pay the duty."]),
    ("Rents have soared in the U.K. Young tenants were hit hardest.",
     ["Rents have soared in the U.K.", "Young tenants were hit hardest."]),
])
def test_a_noun_phrase_and_its_verb_open_a_sentence_after_a_place_acronym(
        text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row("text", [
    "He served in the U.S. Army reserve units for a decade.",   # an institution it names
    "Delegates to the U.N. Assembly were seated.",               # review Z-12: a plural verb
    "Faith in the U.K. Supreme court is high.",
])
def test_a_name_that_continues_a_place_acronym(text: str) -> None:
    assert _texts(text) == [text]


@every_row(("text", "expected"), [
    ("She grew up in Accra. K. A. Mensah is her pen name.",
     ["She grew up in Accra.", "K. A. Mensah is her pen name."]),
    ("The firm was founded at Whitby. J. Barrow ran it for years.",
     ["The firm was founded at Whitby.", "J. Barrow ran it for years."]),
    ("He settled in Kent. T. M. Hale wrote his life.",
     ["He settled in Kent.", "T. M. Hale wrote his life."]),
])
def test_initials_and_a_surname_open_a_sentence_after_a_place(text: str,
                                                              expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row("text", [
    "The report was signed by Coun. B. Ashdown and two others.",   # a title in no list
    "A note came from Const. A. Farrell this morning.",
    "Complaints reached Det. Insp. A. Munro on Friday.",
    "Residents in Coun. B. Ashdown's ward were consulted.",
    # review R-5: titles in no list, after any preposition
    "The case of Msgr. T. Walsh was reviewed.", "A memo to Ald. P. Hughes was sent.",
    "The plans of Engr. J. Cruz were approved.", "A letter from Smt. K. Devi was read out.",
    "The design of Er. R. K. Sharma was approved.", "We heard from Bp. J. Carter, who was ill.",
    "Praise came from Ofc. L. Grant, who was there.", "He met a client of Adv. T. Mokoena.",
    "Orders came from Spc. A. Lopez, who was on duty.", "The homily of Dcn. M. Ruiz was short.",
    "A visit from Abp. J. Tan was planned.", "A call to Pfc. D. Ortiz was made.",
])
def test_a_title_before_initials_goes_on(text: str) -> None:
    assert _texts(text) == [text]


@every_row("text", [
    "Yesterday a P. Donnelly phoned the office about the invoice.",
    "A K. Osei from Leeds won the raffle.",
    "When a T. Marsh applied, nobody checked his papers.",
    "The parcel was signed for by a D. Price at the depot.",
])
def test_an_initial_after_a_or_an_opens_a_name_where_a_clause_starts(text: str) -> None:
    assert _texts(text) == [text]


@every_row(("text", "expected"), [
    ("My son got a B. Teachers said he tried hard.",
     ["My son got a B.", "Teachers said he tried hard."]),
    ("Fabric is thin and it fits like an M. Sent it back.",
     ["Fabric is thin and it fits like an M.", "Sent it back."]),
    ("She finally scored an A. Parents were thrilled.",
     ["She finally scored an A.", "Parents were thrilled."]),
])
def test_a_grade_or_a_size_after_a_verb_still_ends_the_sentence(text: str,
                                                                expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row(("text", "expected"), [
    ("Dues are paid to the Lakeside Tenants Assn. Payment is due in May.",
     ["Dues are paid to the Lakeside Tenants Assn.", "Payment is due in May."]),
    ("Tickets are sold by the Harbour Rowing Assn. Members get a discount.",
     ["Tickets are sold by the Harbour Rowing Assn.", "Members get a discount."]),
])
def test_an_association_after_its_name_ends_the_noun_phrase(text: str,
                                                            expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row("text", [
    "Ask the Riverside Homeowners Assn. President for a form.",   # a title after the name
    "The Bar Assn. of Leeds meets monthly.",
])
def test_an_association_before_a_title_or_in_lower_case_goes_on(text: str) -> None:
    assert _texts(text) == [text]


@every_row(("text", "expected"), [
    ("Q12. Mr. R. Hale (Bath): To ask the Minister what plans she has.\n"
     "The Minister (Ms. Ada Kerr): None at present.",
     ["Q12. Mr. R. Hale (Bath): To ask the Minister what plans she has.",
      "The Minister (Ms. Ada Kerr): None at present."]),
    ("A3. The lift is out of order. Use the stairs.",
     ["A3. The lift is out of order.", "Use the stairs."]),
])
def test_a_numbered_label_of_letters_and_a_figure_opens_its_line(text: str,
                                                                 expected: list[str]) -> None:
    """A question's or an item's number written with a letter (Q4., A3.) at the start of a
    line is a label, as "Step 5." is: it stays with the text after it on the line."""
    assert _texts(text) == expected


@every_row(("text", "expected"), [
    ("Results for Q4. Revenue rose.", ["Results for Q4.", "Revenue rose."]),
    ("Meet at gate B2. It is by the lift.", ["Meet at gate B2.", "It is by the lift."]),
])
def test_such_a_label_inside_a_line_may_end_a_sentence(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row(("text", "expected"), [
    ("Her family settled in the U.S. Dr. Mensah stayed in Accra.",
     ["Her family settled in the U.S.", "Dr. Mensah stayed in Accra."]),
    ("Choir practice moves to Thu. Fr. Byrne will lead it.",
     ["Choir practice moves to Thu.", "Fr. Byrne will lead it."]),
    ("The prize went to Alan Reed Jr. Mrs. Hale presented it.",
     ["The prize went to Alan Reed Jr.", "Mrs. Hale presented it."]),
    ("He finished his Ph.D. Prof. Okafor examined it.",
     ["He finished his Ph.D.", "Prof. Okafor examined it."]),
])
def test_an_honorific_and_a_name_open_a_sentence_after_an_abbreviation(
        text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row(("text", "expected"), [
    ("The land was sold to Hart Holdings Ltd. BP acquired it later.",
     ["The land was sold to Hart Holdings Ltd.", "BP acquired it later."]),
    ("She earned a Ph.D. UNESCO hired her in 2019.",
     ["She earned a Ph.D.", "UNESCO hired her in 2019."]),
    ("We met in Arlington, V.A. NASA was hiring.",
     ["We met in Arlington, V.A.", "NASA was hiring."]),
])
def test_an_acronym_and_its_verb_open_a_sentence_after_a_suffix_or_a_place(
        text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row("text", [
    "Earlier, U.S. Sen. Ada Warren said no.",       # a title of office the place names
    "See 42 U.S. Rev. Stat. 1979 for details.",
    "P.S. Dr. Lee called about the results.",        # a postscript's label opens the sentence
    "Dr. Tom Reed Jr. MD said it was fine.",         # a degree after the name
    "Acme Inc. CEO resigned on Monday.",             # an office after a company
    "Hart Holdings Ltd. CEO Ana Ruiz said so.",
])
def test_a_title_a_degree_or_an_office_after_an_abbreviation_goes_on(text: str) -> None:
    assert _texts(text) == [text]
