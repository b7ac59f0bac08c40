"""Inline codes of a segment, kept as TMX ``<seg>`` content (private).

A unit's text is plain (what matching, checks and PO need), but a segment read
from TMX or XLIFF may hold inline codes: formatting (``<b>…</b>``), placeholders,
tags of the original document.  They are carried beside the text as *markup*:
the ``<seg>`` content in TMX 1.4 inline elements (``bpt``/``ept``/``ph``/``it``/
``ut``/``hi``/``sub``), whose text content is exactly the plain text.  The TMX
writer writes the markup instead of the escaped text while that still holds
(:func:`seg_content`), so edited text never gets stale codes.

XLIFF 1.2 inline elements map to TMX as Okapi and Trados do: ``bpt``/``ept``/
``ph``/``it`` one to one (``id``/``rid`` renumbered as ``i``/``x``), ``g`` to a
``bpt``/``ept`` pair around its content, ``x`` to ``ph``, ``bx``/``ex`` to
``bpt``/``ept``, ``mrk`` to its content.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element
from xml.etree.ElementTree import ParseError as XMLParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from tm._shared.xml import xml_attr, xml_text
from tm.model import Unit

__all__ = ["INLINE_TAGS", "MarkupBuilder", "field_of", "markup_text", "seg_content",
           "xliff_markup"]

#: The elements TMX 1.4 allows inside ``<seg>`` (and inside each other).
INLINE_TAGS = frozenset({"bpt", "ept", "it", "ph", "hi", "ut", "sub"})
#: XLIFF 1.2 native-code elements that TMX has under the same name.
_SAME_CODES = frozenset({"bpt", "ept", "ph", "it"})


class MarkupBuilder:
    """Collects a TMX ``<seg>``'s content as markup while a streaming parser reads it.

    Elements that TMX does not allow inline (or in another namespace) are left
    out, their text kept, so the markup's text content is always the seg's text.
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.has_codes = False
        self._open: list[bool] = []  # for each open element: was its tag written?

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        kept = tag in INLINE_TAGS
        self._open.append(kept)
        if kept:
            self.has_codes = True
            written = "".join(f" {name}={xml_attr(value)}" for name, value in attrs.items()
                              if "}" not in name)
            self.parts.append(f"<{tag}{written}>")

    def data(self, text: str) -> None:
        self.parts.append(xml_text(text))

    def end(self, tag: str) -> None:
        if self._open.pop():
            self.parts.append(f"</{tag}>")

    def markup(self) -> str:
        """The markup collected, or "" when the seg held no inline code."""
        return "".join(self.parts) if self.has_codes else ""


def markup_text(markup: str) -> str | None:
    """The plain text of *markup*, or None when it is not well-formed TMX inline content."""
    try:
        root = fromstring(f"<seg>{markup}</seg>")
    except (XMLParseError, DefusedXmlException):
        return None
    if any(element.tag not in INLINE_TAGS for element in root.iter() if element is not root):
        return None
    return "".join(root.itertext())


def field_of(what: str, unit: Unit) -> str:
    """How an error names field *what* of *unit*: its file and line first, as every tm error.

    ``bad.txt:2: the source of unit 'Third …'`` (a writer refusing text that XML
    cannot hold says which unit of which input to fix).
    """
    where = f"{unit.origin}: " if unit.origin else ""
    return f"{where}the {what} of unit {unit.source[:40]!r}"


def seg_content(text: str, markup: str, what: str) -> str:
    """What goes inside ``<seg>``: *markup* while its text is *text*, else *text* escaped."""
    if markup and markup_text(markup) == text:
        return markup
    return xml_text(text, what)


class _XliffToTmx:
    """The walk over one XLIFF ``<source>``/``<target>`` that writes TMX markup."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.numbers: dict[tuple[str, str], int] = {}
        self.has_codes = False
        self.in_code = 0  # depth of native-code elements (a <sub> is valid only inside one)

    def number(self, kind: str, key: str) -> str:
        """A TMX ``i``/``x`` (integers) for XLIFF id *key*; a pair shares one."""
        return str(self.numbers.setdefault((kind, key), len(self.numbers) + 1))

    def text(self, value: str | None) -> None:
        if value:
            self.parts.append(xml_text(value))

    def element(self, element: Element) -> None:
        """Content of *element*: its text, its children mapped, their tails."""
        self.text(element.text)
        for child in element:
            self.child(child)
            self.text(child.tail)

    def child(self, child: Element) -> None:
        tag = child.tag.rpartition("}")[2] if isinstance(child.tag, str) else ""
        key = child.get("rid") or child.get("id") or ""
        if tag in _SAME_CODES or (tag == "sub" and self.in_code):
            self.code(tag, child, key)
        elif tag == "g":
            pair = self.number("pair", f"g:{child.get('id', '')}:{len(self.numbers)}")
            self.parts.append(f'<bpt i="{pair}"></bpt>')
            self.has_codes = True
            self.element(child)
            self.parts.append(f'<ept i="{pair}"></ept>')
        elif tag in ("x", "bx", "ex"):
            name = {"x": "ph", "bx": "bpt", "ex": "ept"}[tag]
            attr = f'x="{self.number("ph", key)}"' if tag == "x" else \
                f'i="{self.number("pair", key)}"'
            self.parts.append(f"<{name} {attr}></{name}>")
            self.has_codes = True
        else:  # mrk, or anything unknown: its content only
            self.element(child)

    def code(self, tag: str, child: Element, key: str) -> None:
        attrs = ""
        if tag in ("bpt", "ept"):
            attrs = f' i="{self.number("pair", key)}"'
        elif tag == "ph":
            attrs = f' x="{self.number("ph", key)}"'
        elif tag == "it":
            attrs = ' pos="end"' if child.get("pos") == "close" else ' pos="begin"'
        self.has_codes = True
        self.parts.append(f"<{tag}{attrs}>")
        self.in_code += tag != "sub"
        self.element(child)
        self.in_code -= tag != "sub"
        self.parts.append(f"</{tag}>")


def xliff_markup(element: Element | None) -> str:
    """TMX markup for an XLIFF 1.2 ``<source>``/``<target>``; "" when it holds no code."""
    if element is None:
        return ""
    walk = _XliffToTmx()
    walk.element(element)
    return "".join(walk.parts) if walk.has_codes else ""
