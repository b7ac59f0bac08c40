"""Merging a revised source text into a translated PO without losing a translation.
"""

import warnings

from tm.updating._merge import (
    DEFAULT_MIN_SCORE,
    KINDS,
    Change,
    UpdateConflict,
    UpdateResult,
    update,
    update_file,
)

__all__ = [
    "DEFAULT_MIN_SCORE",
    "KINDS",
    "Change",
    "UpdateConflict",
    "UpdateResult",
    "update",
    "update_file",
]


def __getattr__(name: str) -> object:
    """``DEFAULT_THRESHOLD``: the old name of :data:`DEFAULT_MIN_SCORE` (deprecated)."""
    if name == "DEFAULT_THRESHOLD":
        warnings.warn("tm.updating.DEFAULT_THRESHOLD is deprecated; use DEFAULT_MIN_SCORE",
                      DeprecationWarning, stacklevel=2)
        return DEFAULT_MIN_SCORE
    raise AttributeError(f"module 'tm.updating' has no attribute {name!r}")
