"""Glossaries: TBX, CSV and PO term lists, and term finding with spans.
"""

from tm.glossary._glossary import (
    SAVE_FORMATS,
    Glossary,
    TermHit,
)

__all__ = [
    "SAVE_FORMATS",
    "Glossary",
    "TermHit",
]
