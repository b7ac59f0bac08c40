"""Parsing untrusted XML (TBX, XLIFF, SRX) safely, with one-line errors.

TM, glossary and rule files come from outside.  Parsing goes through
defusedxml, so an entity bomb or an external entity is refused, and every
failure is a :class:`tm.ParseError` naming the file and line.  (TMX is
streamed with its own expat handler in :mod:`tm.formats.tmx`.)
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element
from xml.etree.ElementTree import ParseError as XMLParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from tm.errors import ParseError

__all__ = ["parse_xml"]

_ENTITY = re.compile(rb"<!ENTITY")
_DOCTYPE = re.compile(rb"<!DOCTYPE")


def parse_xml(data: bytes | str, name: str, kind: str = "XML") -> Element:
    """Parse *data* read from *name* (a *kind* of file, for messages) into an element tree."""
    try:
        root: Element = SafeET.fromstring(data)
    except XMLParseError as err:
        line = getattr(err, "position", (0, 0))[0]
        raise ParseError(name, line, f"malformed XML in this {kind} file: {err}") from None
    except DefusedXmlException as err:
        raw = data.encode("utf-8") if isinstance(data, str) else data
        found = _ENTITY.search(raw) or _DOCTYPE.search(raw)
        line = raw.count(b"\n", 0, found.start()) + 1 if found else 1
        raise ParseError(name, line, f"refused unsafe XML: {type(err).__name__} (entity "
                                     f"declarations are not allowed in {kind} files)") from None
    return root
