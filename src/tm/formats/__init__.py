"""File formats: each module reads into Units (iterators) and writes any iterable of them.

The package API is format-neutral: :func:`read_units` detects PO, TMX, XLIFF,
CSV or TSV and yields :class:`tm.Unit` values; :func:`write_units` writes any
iterable of units in the format asked for.
"""

from tm.formats._units import (
    FORMATS,
    detect_format,
    read_units,
    units_to_po,
    write_units,
)

__all__ = [
    "FORMATS",
    "detect_format",
    "read_units",
    "units_to_po",
    "write_units",
]
