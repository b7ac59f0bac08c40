"""tm: a bilingual English-Chinese translation-memory library.

The flow: text -> :func:`segment` -> sentences -> :func:`align` -> beads ->
units -> PO / TMX / :class:`TranslationMemory` -> lookup, :func:`check`,
:func:`update`.  Every stage is a plain function over the plain values in
:mod:`tm.model`; the ``tm`` command is a thin layer over this API.

This module only re-exports; ``__all__`` is kept sorted and a test checks it.
"""

from tm._shared.lang import normalize_lang
from tm._version import __version__
from tm.alignment import align
from tm.checks import check, check_files, list_checks
from tm.config import CheckConfig, load_config
from tm.errors import ConfigError, ParseError, StoreError, TMError
from tm.glossary import Glossary, TermHit
from tm.memory import ConcordanceHit, TranslationMemory
from tm.model import Bead, Finding, Match, Segment, Term, Unit
from tm.numbers import Number, extract_numbers
from tm.segmentation import segment, stable_ids
from tm.updating import UpdateResult, update

__all__ = [
    "Bead",
    "CheckConfig",
    "ConcordanceHit",
    "ConfigError",
    "Finding",
    "Glossary",
    "Match",
    "Number",
    "ParseError",
    "Segment",
    "StoreError",
    "TMError",
    "Term",
    "TermHit",
    "TranslationMemory",
    "Unit",
    "UpdateResult",
    "__version__",
    "align",
    "check",
    "check_files",
    "extract_numbers",
    "list_checks",
    "load_config",
    "normalize_lang",
    "segment",
    "stable_ids",
    "update",
]
