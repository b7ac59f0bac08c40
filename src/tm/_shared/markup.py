"""Inline markup of a segment, and what makes it sound (the one owner of that fact).

A unit's text is plain (what matching, checks and PO need); the inline codes a
TMX or XLIFF segment carried ride beside it as *markup*: the content of a TMX
1.4 ``<seg>`` whose text content is exactly the plain text
(``Save <ph x="1">%s</ph>`` for ``Save %s``).  Readers build it
(tm.formats), the memory stores it (tm.memory), writers put it back.

:func:`read_markup` is the one check every one of them applies: well-formed
XML, only the elements the TMX 1.4 DTD allows inside ``<seg>`` and where it
allows them (native codes ``bpt``/``ept``/``it``/``ph``/``ut`` hold text and
``sub``; ``seg``, ``hi`` and ``sub`` hold text, codes and ``hi``), only their
declared attributes, the required ones present, no character XML 1.0 cannot
carry, and at most :data:`MAX_DEPTH` levels deep (so no walk over it can
recurse without bound).  Markup from an untrusted file or database that fails
it is refused, never written out.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element
from xml.etree.ElementTree import ParseError as XMLParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from tm._shared.xml import non_xml_char

__all__ = ["CODE_TAGS", "INLINE_ATTRIBUTES", "INLINE_TAGS", "MAX_DEPTH", "TOO_DEEP", "MarkupError",
           "parse_markup", "read_markup"]

#: Native-code elements: their content is the original document's code (text and ``sub``).
CODE_TAGS = frozenset({"bpt", "ept", "it", "ph", "ut"})
#: The elements TMX 1.4 allows inside ``<seg>`` (and inside each other).
INLINE_TAGS = CODE_TAGS | {"hi", "sub"}
#: The attributes the TMX 1.4 DTD declares on each inline element.
INLINE_ATTRIBUTES = {
    "bpt": frozenset({"i", "x", "type"}), "ept": frozenset({"i"}),
    "it": frozenset({"pos", "x", "type"}), "ph": frozenset({"x", "assoc", "type"}),
    "ut": frozenset({"x"}), "hi": frozenset({"x", "type"}),
    "sub": frozenset({"datatype", "type"}),
}
_REQUIRED = {"bpt": ("i",), "ept": ("i",), "it": ("pos",)}
_TEXT_HOLDERS = CODE_TAGS | {"hi"}  # what seg, hi and sub may contain
#: Deepest nesting of inline elements accepted (real files nest two or three), by every
#: reader of inline codes (tm.formats' XLIFF walk too) and by :func:`read_markup`.
MAX_DEPTH = 32
TOO_DEEP = f"inline elements are nested more than {MAX_DEPTH} levels deep"


class MarkupError(ValueError):
    """Markup that is not sound TMX inline content; the message says why, in a few words."""


def parse_markup(markup: str) -> Element:
    """The ``<seg>`` element holding *markup*, checked; :class:`MarkupError` when unsound."""
    bad = non_xml_char(markup)
    if bad is not None:
        raise MarkupError(f"holds U+{ord(bad):04X}, which TMX and XLIFF cannot carry")
    try:
        root = fromstring(f"<seg>{markup}</seg>")
    except (XMLParseError, DefusedXmlException) as exc:
        raise MarkupError(f"is not well-formed XML ({str(exc).split(':')[0]})") from None
    stack: list[tuple[Element, int]] = [(root, 0)]
    while stack:  # iterative: a hostile depth cannot exhaust the Python stack here
        parent, depth = stack.pop()
        allowed = {"sub"} if parent.tag in CODE_TAGS else _TEXT_HOLDERS
        for child in parent:
            _check_element(child, str(parent.tag), allowed, depth + 1)
            stack.append((child, depth + 1))
    return root


def _check_element(child: Element, parent: str, allowed: set[str] | frozenset[str],
                   depth: int) -> None:
    tag = child.tag
    if not isinstance(tag, str) or tag not in INLINE_TAGS:
        raise MarkupError(f"<{tag}> is not a TMX inline element")
    if tag not in allowed:
        raise MarkupError(f"<{tag}> is not allowed inside <{parent}>")
    if depth > MAX_DEPTH:
        raise MarkupError(TOO_DEEP)
    extra = sorted(set(child.attrib) - INLINE_ATTRIBUTES[tag])
    if extra:
        raise MarkupError(f"<{tag}> has an attribute {extra[0]!r} that TMX does not declare")
    for name in _REQUIRED.get(tag, ()):
        if not child.get(name, "").strip():
            raise MarkupError(f"<{tag}> has no {name} attribute")
    if tag == "it" and child.get("pos") not in ("begin", "end"):
        raise MarkupError(f"<it pos={child.get('pos')!r}> is neither begin nor end")


def read_markup(markup: str) -> str:
    """The plain text of *markup*; :class:`MarkupError` when it is not sound TMX inline content."""
    return "".join(parse_markup(markup).itertext())
