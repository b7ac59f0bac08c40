"""term-inconsistent without a glossary: slips inside a name whose tail every unit shares."""

from __future__ import annotations

from rows import every_row
from tm import Origin, Unit, check

# Sentences that make the head of each name common in the rest of the catalog
# (财政 in 财政收入, 国家 everywhere), which keeps it out of the inferred core.
BACKGROUND = [
    ("Fiscal revenue rose.", "财政收入增长。"),
    ("Fiscal spending grew.", "财政支出增加。"),
    ("Fiscal policy stays loose.", "财政政策保持宽松。"),
    ("The country is large.", "国家很大。"),
    ("The country grew fast.", "国家发展很快。"),
    ("The state supports firms.", "国家支持企业。"),
    ("Prices were stable.", "价格总体平稳。"),
    ("Exports grew in May.", "5月出口增长。"),
]
CLAUSES = [("{} said on Monday that growth was steady.", "{}周一表示，增长平稳。"),
           ("According to {}, exports rose.", "据{}统计，出口增长。"),
           ("{} will publish the data in June.", "{}将于6月公布数据。"),
           ("A spokesman for {} spoke.", "{}发言人讲话。"),
           ("{} released new rules.", "{}发布了新规定。")]


def _units(name: str, renderings: list[str]) -> list[Unit]:
    pairs = [(en.format(f"the {name}"), zh.format(r))
             for (en, zh), r in zip(CLAUSES, renderings, strict=True)] + BACKGROUND
    return [Unit(s, t, origin=f"a.po:{i * 4 + 1}") for i, (s, t) in enumerate(pairs)]


@every_row(("name", "rendering", "variant", "slot"), [
    ("Ministry of Finance", "财政部", "财金政部", 0),      # insertion after the first character
    ("Ministry of Finance", "财政部", "财东部", 4),        # substitution of the second character
    ("National Bureau of Statistics", "国家统计局", "国新统计局", 2),
    ("National Bureau of Statistics", "国家统计局", "国统计局", 1),  # deletion
    ("National Bureau of Statistics", "国家统计局", "国家山统计局", 3),
])
def test_a_slip_inside_the_name_is_reported(name: str, rendering: str, variant: str,
                                            slot: int) -> None:
    renderings = [variant if i == slot else rendering for i in range(len(CLAUSES))]
    found = check(_units(name, renderings), select=["term-inconsistent"])
    assert [f.unit.origin for f in found] == [Origin("a.po", slot * 4 + 1)]
    (start, end), = found[0].spans
    assert found[0].unit.target[start:end] == variant
    assert rendering in found[0].message


@every_row("other", [
    "统计部门",         # a paraphrase, not a variant
    "国家各统计局",     # a quantifier is grammar around the name
    "统计局",           # the bare tail (a short form)
])
def test_context_and_short_forms_are_not_slips(other: str) -> None:
    renderings = ["国家统计局"] * 4 + [other]
    assert check(_units("National Bureau of Statistics", renderings),
                 select=["term-inconsistent"]) == []


def test_a_rival_rendering_used_as_often_is_not_a_slip() -> None:
    renderings = ["国家统计局", "国新统计局", "国家统计局", "国新统计局", "国家统计局"]
    assert check(_units("National Bureau of Statistics", renderings),
                 select=["term-inconsistent"]) == []


def test_clean_catalog_has_no_finding() -> None:
    found = check(_units("National Bureau of Statistics", ["国家统计局"] * 5),
                  select=["term-inconsistent"])
    assert found == []
