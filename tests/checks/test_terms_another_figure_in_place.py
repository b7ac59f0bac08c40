"""Class of issue 10 (stop 29; 27 entries of heldout3-32, every one labelled ``numbers``):
a named term written with another figure ("Kunpeng 920" → 鲲鹏910) is one error, the
figure.  The numbers check reports it (it expects an unrendered term's figure in the
target and finds another in its place); term-missing, the less specific finding of the
same error, leaves it there, as it leaves a forbidden variant to term-forbidden.

A term left out whole, or written with a figure the source says, is still term-missing.
"""

from __future__ import annotations

import pytest

from tm import Glossary, Term, Unit, check

GLOSSARY = Glossary.from_terms([
    Term("Terminal 3", ("3号航站楼",), subject="Aviation"),
    Term("Skylark 7", ("云雀七号",), subject="Space"),
])


def _found(en: str, zh: str) -> list[str]:
    return sorted({f.check for f in check([Unit(en, zh)], GLOSSARY)
                   if f.check in ("numbers", "term-missing")})


@pytest.mark.parametrize(("en", "zh"), [
    ("Flights to Lhasa leave from Terminal 3.", "飞往拉萨的航班从2号航站楼出发。"),
    ("The Skylark 7 probe reached orbit on Friday.", "云雀六号探测器于周五进入轨道。"),
])
def test_another_figure_in_the_term_s_place_is_the_numbers_check_s_finding(
        en: str, zh: str) -> None:
    assert _found(en, zh) == ["numbers"]


@pytest.mark.parametrize(("en", "zh"), [
    ("Flights to Lhasa leave from Terminal 3.", "飞往拉萨的航班从航站楼出发。"),  # left out
    ("Take bus 2 to Terminal 3.", "乘2路公交车前往2号航站楼。"),  # 2: a figure the source says
])
def test_a_term_left_out_or_given_a_figure_of_the_source_is_term_missing(
        en: str, zh: str) -> None:
    assert "term-missing" in _found(en, zh)


@pytest.mark.parametrize(("en", "zh"), [
    ("Check in at Terminal 3.", "请在4号航站楼办理值机。"),
    ("The Skylark 7 probe reached orbit on Friday.", "云雀六号探测器于周五进入轨道。"),
])
def test_without_the_numbers_check_the_changed_figure_is_term_missing(en: str, zh: str) -> None:
    """Review Z-13: a terminology-only pass (``--select terms``), ``--ignore numbers`` or a
    unit's ``tm-ignore: numbers`` note leaves term-missing the only finding there is."""
    for found in (check([Unit(en, zh)], GLOSSARY, select=["terms"]),
                  check([Unit(en, zh)], GLOSSARY, select=["term-missing"]),
                  check([Unit(en, zh)], GLOSSARY, ignore=["numbers"]),
                  check([Unit(en, zh, note="tm-ignore: numbers")], GLOSSARY)):
        assert [f.check for f in found if f.check in ("numbers", "term-missing")] == [
            "term-missing"]
