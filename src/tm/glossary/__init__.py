"""Glossaries: TBX, CSV and PO term lists, and term finding with spans.
"""

from tm.glossary._glossary import (
    Glossary,
    TermHit,
)

__all__ = [
    "Glossary",
    "TermHit",
]
