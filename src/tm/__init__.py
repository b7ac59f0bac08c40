"""tm: a bilingual English-Chinese translation-memory library.

The flow: text -> :func:`segment` -> sentences -> :func:`align` -> beads ->
units -> PO / TMX / :class:`TranslationMemory` -> lookup, :func:`check`,
:func:`update`.  Every stage is a plain function over the plain values in
:mod:`tm.model`; the ``tm`` command is a thin layer over this API.

This module only re-exports; ``__all__`` is kept sorted and a test checks it.
"""

from tm._version import __version__
from tm.errors import ConfigError, ParseError, StoreError, TMError
from tm.model import Bead, Finding, Match, Segment, Term, Unit
from tm.numbers import Number, extract_numbers
from tm.segmentation import segment, stable_ids

__all__ = [
    "Bead",
    "ConfigError",
    "Finding",
    "Match",
    "Number",
    "ParseError",
    "Segment",
    "StoreError",
    "TMError",
    "Term",
    "Unit",
    "__version__",
    "extract_numbers",
    "segment",
    "stable_ids",
]
