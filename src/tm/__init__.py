"""tm: a bilingual English-Chinese translation-memory library.

The flow: text -> :func:`segment` -> sentences -> :func:`align` -> beads ->
units -> PO / TMX / :class:`TranslationMemory` -> lookup, :func:`check`,
:func:`update`.  Every stage is a plain function over the plain values in
:mod:`tm.model`; the ``tm`` command is a thin layer over this API.

This module only re-exports, and lazily: each name is imported from its
package on first use (PEP 562), so ``import tm`` and ``tm --version`` do not
load the checks, the memory or the aligner until they are used.
``__all__`` is kept sorted, and a test checks that it, :data:`_SOURCES` and
the typing imports below name the same things.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tm._shared.lazy import lazy_attributes
from tm._version import __version__

if TYPE_CHECKING:
    from tm._shared.lang import normalize_lang
    from tm.alignment import AlignedUnit, AlignedUnits, align, beads_to_units
    from tm.checks import check, check_files, list_checks
    from tm.config import CheckConfig, load_config
    from tm.errors import (
        ConfigError,
        ParseError,
        StoreError,
        TMError,
        TMXWarning,
        UpdateConflict,
    )
    from tm.formats import read_units, write_units
    from tm.glossary import Glossary, TermHit
    from tm.memory import (
        Analysis,
        ConcordanceHit,
        PretranslateResult,
        TranslationMemory,
        analyze,
        pretranslate,
    )
    from tm.model import Bead, Finding, Match, Origin, Segment, Term, TermForm, Unit
    from tm.numbers import Number, extract_numbers
    from tm.segmentation import segment, segment_lines, stable_ids
    from tm.updating import UpdateResult, update

__all__ = [
    "AlignedUnit",
    "AlignedUnits",
    "Analysis",
    "Bead",
    "CheckConfig",
    "ConcordanceHit",
    "ConfigError",
    "Finding",
    "Glossary",
    "Match",
    "Number",
    "Origin",
    "ParseError",
    "PretranslateResult",
    "Segment",
    "StoreError",
    "TMError",
    "TMXWarning",
    "Term",
    "TermForm",
    "TermHit",
    "TranslationMemory",
    "Unit",
    "UpdateConflict",
    "UpdateResult",
    "__version__",
    "align",
    "analyze",
    "beads_to_units",
    "check",
    "check_files",
    "extract_numbers",
    "list_checks",
    "load_config",
    "normalize_lang",
    "pretranslate",
    "read_units",
    "segment",
    "segment_lines",
    "stable_ids",
    "update",
    "write_units",
]

#: The module each public name is imported from on first use.
_SOURCES: dict[str, str] = {
    "normalize_lang": "tm._shared.lang",
    "AlignedUnit": "tm.alignment", "AlignedUnits": "tm.alignment", "align": "tm.alignment",
    "beads_to_units": "tm.alignment",
    "check": "tm.checks", "check_files": "tm.checks", "list_checks": "tm.checks",
    "CheckConfig": "tm.config", "load_config": "tm.config",
    "ConfigError": "tm.errors", "ParseError": "tm.errors", "StoreError": "tm.errors",
    "TMError": "tm.errors", "TMXWarning": "tm.errors", "UpdateConflict": "tm.errors",
    "read_units": "tm.formats", "write_units": "tm.formats",
    "Glossary": "tm.glossary", "TermHit": "tm.glossary",
    "Analysis": "tm.memory", "ConcordanceHit": "tm.memory", "PretranslateResult": "tm.memory",
    "TranslationMemory": "tm.memory", "analyze": "tm.memory", "pretranslate": "tm.memory",
    "Bead": "tm.model", "Finding": "tm.model", "Match": "tm.model", "Origin": "tm.model",
    "Segment": "tm.model",
    "Term": "tm.model", "TermForm": "tm.model", "Unit": "tm.model",
    "Number": "tm.numbers", "extract_numbers": "tm.numbers",
    "segment": "tm.segmentation", "segment_lines": "tm.segmentation",
    "stable_ids": "tm.segmentation",
    "UpdateResult": "tm.updating", "update": "tm.updating",
}


_lookup, __dir__ = lazy_attributes(__name__, _SOURCES, __all__)
if not TYPE_CHECKING:  # type checkers see the imports above, so a misspelt name stays an error
    __getattr__ = _lookup
