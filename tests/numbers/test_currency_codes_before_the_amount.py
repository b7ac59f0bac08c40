"""Issue 10, class found on heldout15 (RM150 ↔ 150林吉特; development set): a currency written
as a code or sign before its amount, glued or spaced (RM, Rp, Rs, R$, NZ$, ₹, RMB100), is
that currency's amount, and the Chinese name of the currency after a figure (林吉特, 印尼盾,
雷亚尔) is its unit.  A Latin letter glued to a figure otherwise still makes a code
(CR400AF, G20), and the thousands after the comma of such a code are no number.

The sentences are written for this test.
"""

from __future__ import annotations

from rows import every_row
from tm.checks import check
from tm.model import Unit
from tm.numbers import extract_numbers


def _read(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(str(n.value), n.unit) for n in extract_numbers(text, lang)]


@every_row(("text", "expected"), [
    ("Parking costs RM12 an hour.", [("12", "MYR")]),
    ("A bowl of noodles is Rp35,000 in Jakarta.", [("35000", "IDR")]),
    ("The tour starts at R$80 per person.", [("80", "BRL")]),
    ("Fees rose to NZ$60.", [("60", "NZD")]),
    ("A thali costs Rs 250 or ₹300 with dessert.", [("250", "INR"), ("300", "INR")]),
    ("Tickets were priced at RMB380.", [("380", "CNY")]),
])
def test_a_currency_code_before_the_amount_is_read(text: str, expected: list[tuple[str, str]]
                                                   ) -> None:
    assert _read(text) == expected


@every_row("text", ["The ARM64 build", "The PRM12 valve", "Model XR400,000"])
def test_letters_glued_to_a_figure_otherwise_make_a_code(text: str) -> None:
    assert _read(text) == []


@every_row(("zh", "unit"), [("门票80雷亚尔", "BRL"), ("停车每小时12林吉特", "MYR"),
                                          ("面条3.5万印尼盾", "IDR")])
def test_the_chinese_name_of_the_currency_is_its_unit(zh: str, unit: str) -> None:
    assert [n.unit for n in extract_numbers(zh, "zh")] == [unit]


def test_the_check_compares_the_amount_and_the_currency() -> None:
    en = "Parking costs RM12 an hour."
    assert check([Unit(en, "停车每小时收费12林吉特。")], select=["numbers"]) == []
    assert [f.check for f in check([Unit(en, "停车每小时收费12美元。")], select=["numbers"])] == [
        "numbers"]
    assert [f.check for f in check([Unit(en, "停车每小时收费21林吉特。")], select=["numbers"])] == [
        "numbers"]


def test_a_glossary_currency_code_is_found_glued_to_its_amount() -> None:
    from tm import Glossary, Term

    glossary = Glossary.from_terms([Term("Rp", ("印尼盾",), ("印尼卢比",), id="idr")])
    en = "A bowl of noodles is Rp35,000 in Jakarta."
    assert [f.check for f in check([Unit(en, "在雅加达，一碗面3.5万印尼卢比。")],
                                   glossary=glossary)] == ["term-forbidden"]
    assert check([Unit(en, "在雅加达，一碗面3.5万印尼盾。")], glossary=glossary) == []
