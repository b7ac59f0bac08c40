"""Class of issue 10 (cleantrial3's "Battery low" → 电量低 beside the glossary's *battery level*
→ 电量; development data): English names the level of a thing by the thing ("Ink low",
"the ink is running out"), and a translator who writes the glossary's rendering of the
longer concept holding the word (*ink level* → 墨量) rendered that concept.  No
term-missing for the shorter term then.

Without the longer concept in the glossary the finding stays, and so does a rendering of
no glossary concept.  The cost: a sibling concept's rendering used wrongly ("Replace the
ink" → 更换墨量) is not reported either.
"""

from __future__ import annotations

import pytest
from check_cases import term_checks_found

from tm import Glossary, Term

INK = Term("ink", ("墨水",), pos="noun", subject="Printers", id="ink")
INK_LEVEL = Term("ink level", ("墨量",), pos="noun", subject="Printers", id="ink-level")


def test_the_longer_concept_s_rendering_renders_it() -> None:
    glossary = Glossary.from_terms([INK, INK_LEVEL])
    assert term_checks_found("Ink low (%d%%)", "墨量低（%d%%）", glossary) == []


@pytest.mark.parametrize(("terms", "zh"), [
    ([INK], "墨量低（%d%%）"),  # no longer concept in the glossary
    ([INK, INK_LEVEL], "余墨低（%d%%）"),  # no rendering of either
])
def test_otherwise_the_finding_stays(terms: list[Term], zh: str) -> None:
    assert term_checks_found("Ink low (%d%%)", zh, Glossary.from_terms(terms)) == [
        "term-missing"]
