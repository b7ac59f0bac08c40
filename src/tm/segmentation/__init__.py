"""Sentence segmentation of English and Chinese text, with offsets.

:func:`segment` splits a text into :class:`tm.Segment` values by SRX 2.0 rules
(``rules/*.srx``, package data), and :func:`iter_segments` streams them;
:func:`stable_ids` gives each sentence an id that survives edits elsewhere in
the document.  Lines are skipped only on request (``skip=CHROME`` for
navigation bars), and each skipped line is reported as a :class:`SkippedLine`.
"""

from tm.segmentation._compiled import CompiledRules, compile_rules
from tm.segmentation._layout import CHROME, SkippedLine
from tm.segmentation._segment import (
    explain,
    guess_lang,
    iter_origins,
    iter_segments,
    iter_stable_ids,
    rules_signature,
    segment,
    segment_lines,
    segment_origins,
    stable_ids,
)
from tm.segmentation._srx import SrxRule, SrxRules, load_srx, parse_srx

__all__ = [
    "CHROME",
    "CompiledRules",
    "SkippedLine",
    "SrxRule",
    "SrxRules",
    "compile_rules",
    "explain",
    "guess_lang",
    "iter_origins",
    "iter_segments",
    "iter_stable_ids",
    "load_srx",
    "parse_srx",
    "rules_signature",
    "segment",
    "segment_lines",
    "segment_origins",
    "stable_ids",
]
