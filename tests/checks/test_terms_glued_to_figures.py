"""A unit or name term glued to a figure is a term occurrence (issue 10, heldout6's 3nm).

"3nm" holds the glossary's *nm* (→ 纳米): left as 3nm in the Chinese it is a
latin-leftover, rendered 3纳米 it is fine, and a single letter glued to a figure
(the G of 5G) is no term.
"""

from __future__ import annotations

from check_cases import term_checks_found

from rows import every_row
from tm import Glossary

GLOSSARY = Glossary.from_terms([("nanometre", "纳米"), ("nm", "纳米"), ("km", "公里"),
                                ("kWh", "千瓦时"), ("G", "克")])


def test_a_term_glued_to_a_figure_is_found_in_the_source() -> None:
    hits = GLOSSARY.find("A 7nm chip, a 42km route and 3.5kWh a day.")
    assert [h.text for h in hits] == ["nm", "km", "kWh"]


@every_row(("en", "zh"), [
    ("The 3nm process improves performance by up to 15 percent.", "3nm制程可将性能提升最多15%。"),
    ("Run 5km today.", "今天跑5km。"),
    ("The battery stores 13.5kWh.", "这块电池可储存13.5kWh电量。"),
])
def test_a_glued_term_left_in_latin_is_a_leftover(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == ["latin-leftover"]


@every_row(("en", "zh"), [
    ("The 3nm process improves performance by up to 15 percent.", "3纳米制程可将性能提升最多15%。"),
    ("Run 5km today.", "今天跑5公里。"),
    ("5G phones sold out.", "5G手机售罄。"),  # one letter after a figure is a name
])
def test_a_glued_term_rendered_or_a_lone_letter_is_fine(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == []
