"""The translation memory: storage, fuzzy lookup, concordance, analysis, pre-translation.

:class:`TranslationMemory` keeps units in SQLite with a word index that never
drops a match above the threshold; :func:`analyze` counts words by match band
and :func:`pretranslate` fills a POT from the memory.
"""

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
from tm.memory._memory import (
    ConcordanceHit,
    TranslationMemory,
)
from tm.memory._placeables import ADAPTED_NOTE, adapt, diff_tokens
from tm.memory._postgres import redact
from tm.memory._pretranslate import (
    PretranslateResult,
    pretranslate,
)
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
