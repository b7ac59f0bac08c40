"""The translation memory: storage, fuzzy lookup, concordance, analysis, pre-translation.

:class:`TranslationMemory` keeps units in SQLite with a word index that never
drops a match above the threshold; :func:`analyze` counts words by match band
and :func:`pretranslate` fills a POT from the memory.

Each name is imported from its module on first use (PEP 562), as in
:mod:`tm`: a process that needs one private module does not load them all.
The bulk build's helper process (:mod:`tm.memory._helper`) imports only what
prepares a chunk, and its start-up cost about half as much CPU (0.08 s of
0.17 s) once it no longer loaded the memory, the analysis and PostgreSQL's code.
``__all__``, :data:`_SOURCES` and the typing imports below name the same things
(tests/memory/test_memory_package.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tm._shared.lazy import lazy_attributes

if TYPE_CHECKING:
    from tm.memory._analysis import (
        DEFAULT_BANDS,
        Analysis,
        AnalysisItem,
        BandCount,
        analyze,
        band_labels,
        count_words,
        items_from_po,
        items_from_text,
    )
    from tm.memory._contexts import context_conflict, fills_as_translation
    from tm.memory._memory import ConcordanceHit, TranslationMemory
    from tm.memory._placeables import ADAPTED_NOTE, adapt, diff_tokens
    from tm.memory._postgres import redact
    from tm.memory._pretranslate import PretranslateResult, pretranslate
    from tm.memory._writer import skip_reason

__all__ = [
    "ADAPTED_NOTE",
    "DEFAULT_BANDS",
    "Analysis",
    "AnalysisItem",
    "BandCount",
    "ConcordanceHit",
    "PretranslateResult",
    "TranslationMemory",
    "adapt",
    "analyze",
    "band_labels",
    "context_conflict",
    "count_words",
    "diff_tokens",
    "fills_as_translation",
    "items_from_po",
    "items_from_text",
    "pretranslate",
    "redact",
    "skip_reason",
]

#: The module each public name is imported from on first use.
_SOURCES: dict[str, str] = {
    "DEFAULT_BANDS": "tm.memory._analysis", "Analysis": "tm.memory._analysis",
    "AnalysisItem": "tm.memory._analysis", "BandCount": "tm.memory._analysis",
    "analyze": "tm.memory._analysis", "band_labels": "tm.memory._analysis",
    "count_words": "tm.memory._analysis", "items_from_po": "tm.memory._analysis",
    "items_from_text": "tm.memory._analysis",
    "context_conflict": "tm.memory._contexts", "fills_as_translation": "tm.memory._contexts",
    "ConcordanceHit": "tm.memory._memory", "TranslationMemory": "tm.memory._memory",
    "ADAPTED_NOTE": "tm.memory._placeables", "adapt": "tm.memory._placeables",
    "diff_tokens": "tm.memory._placeables",
    "redact": "tm.memory._postgres",
    "PretranslateResult": "tm.memory._pretranslate", "pretranslate": "tm.memory._pretranslate",
    "skip_reason": "tm.memory._writer",
}


_lookup, __dir__ = lazy_attributes(__name__, _SOURCES, __all__)
if not TYPE_CHECKING:  # type checkers see the imports above, so a misspelt name stays an error
    __getattr__ = _lookup
