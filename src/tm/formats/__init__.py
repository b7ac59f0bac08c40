"""File formats: each module reads into Units (iterators) and writes any iterable of them.

The package API is format-neutral: :func:`read_units` detects PO, TMX, XLIFF,
CSV or TSV and yields :class:`tm.Unit` values; :func:`write_units` writes any
iterable of units in the format asked for.  :func:`build_po` makes a PO file
from :class:`PoMessage` sentences with the header :func:`po_header` builds,
the one header every command writes.
"""

from tm._shared.po_header import plural_forms, po_header
from tm.formats._pobuild import (
    COVERS_NEXT,
    FURTHER_TRANSLATION,
    ID_COMMENT,
    SENTENCE_ID,
    UNALIGNED_NOTE,
    PoMessage,
    build_po,
    covers_next_note,
    entry_context,
    entry_id,
    further_translation_context,
    msgfmt_objection,
    set_entry_id,
)
from tm.formats._units import (
    FORMATS,
    catalog_language,
    count_records,
    detect_format,
    input_files,
    is_translation_file,
    markup_document,
    not_text_advice,
    read_units,
    units_to_po,
    write_units,
)

__all__ = [
    "COVERS_NEXT",
    "FORMATS",
    "FURTHER_TRANSLATION",
    "ID_COMMENT",
    "SENTENCE_ID",
    "UNALIGNED_NOTE",
    "PoMessage",
    "build_po",
    "catalog_language",
    "count_records",
    "covers_next_note",
    "detect_format",
    "entry_context",
    "entry_id",
    "further_translation_context",
    "input_files",
    "is_translation_file",
    "markup_document",
    "msgfmt_objection",
    "not_text_advice",
    "plural_forms",
    "po_header",
    "read_units",
    "set_entry_id",
    "units_to_po",
    "write_units",
]
