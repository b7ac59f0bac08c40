"""Sentence segmentation of English and Chinese text, with offsets.

:func:`segment` splits a text into :class:`tm.Segment` values by SRX 2.0 rules
(``rules/*.srx``, package data); :func:`stable_ids` gives each sentence an id
that survives edits elsewhere in the document.
"""

from tm.segmentation._segment import (
    CHROME,
    explain,
    guess_lang,
    rules_signature,
    segment,
    segment_lines,
    segment_origins,
    stable_ids,
)
from tm.segmentation._srx import (
    CompiledRules,
    SrxRule,
    SrxRules,
    compile_rules,
    load_srx,
    parse_srx,
)

__all__ = [
    "CHROME",
    "CompiledRules",
    "SrxRule",
    "SrxRules",
    "compile_rules",
    "explain",
    "guess_lang",
    "load_srx",
    "parse_srx",
    "rules_signature",
    "segment",
    "segment_lines",
    "segment_origins",
    "stable_ids",
]
