"""Merging a revised source text into a translated PO without losing a translation.
"""

from tm.updating._merge import (
    DEFAULT_THRESHOLD,
    KINDS,
    Change,
    UpdateConflict,
    UpdateResult,
    update,
    update_file,
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "KINDS",
    "Change",
    "UpdateConflict",
    "UpdateResult",
    "update",
    "update_file",
]
