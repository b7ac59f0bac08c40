"""The Plural-Forms expression read as msgfmt reads it: which forms stand for one n."""

from __future__ import annotations

from rows import every_row
from tm.checks._plural import single_value_forms

ARABIC = ("nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : "
          "n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;")
RUSSIAN = ("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
           "(n%100<10 || n%100>=20) ? 1 : 2);")


@every_row(("header", "forms"), [
    (ARABIC, {0, 1, 2}),
    ("nplurals=2; plural=(n != 1);", {0}),
    ("nplurals=1; plural=0;", set()),
    (RUSSIAN, set()),
    ("nplurals=3; plural=n==1 ? 0 : n==2 ? 1 : 2;", {0, 1}),
])
def test_forms_for_one_number(header: str, forms: set[int]) -> None:
    assert single_value_forms(header) == forms


@every_row("header", [
    "nplurals=2; plural=n/0;",                       # division by zero
    "nplurals=2; plural=n;",                         # forms the catalog does not have
    "nplurals=2; plural=foo;",                       # not an expression
    "nplurals=2; plural=" + "(" * 300 + "n" + ")" * 300 + ";",  # too long
    "nplurals=2; plural=(n != 1;",                   # unbalanced
    "",
])
def test_an_expression_that_cannot_be_read_gives_no_form(header: str) -> None:
    assert single_value_forms(header) == frozenset()
