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

from tm._shared.markup import (
    INLINE_ATTRIBUTES,
    INLINE_TAGS,
    MAX_DEPTH,
    TOO_DEEP,
    MarkupError,
    parse_markup,
    read_markup,
)
from tm._shared.xml import xml_attr, xml_text
from tm.model import Unit

__all__ = ["MarkupBuilder", "field_of", "markup_text", "seg_content", "xliff_content",
           "xliff_markup"]

#: XLIFF 1.2 native-code elements that TMX has under the same name.
_SAME_CODES = frozenset({"bpt", "ept", "ph", "it"})


class MarkupBuilder:
    """Collects a TMX ``<seg>``'s content as markup while a streaming parser reads it.

    Elements that TMX does not allow inline (or in another namespace) are left
    out, their text kept, so the markup's text content is always the seg's text;
    so are attributes the TMX DTD does not declare on an element.  Whether
    what is left is sound (``<bpt>`` with its ``i``...) is
    :func:`tm._shared.markup.read_markup`'s to say.
    """

    def __init__(self, text_before: str = "") -> None:
        """Start with *text_before*, the seg's text read before its first element."""
        self.parts: list[str] = [xml_text(text_before)] if text_before else []
        self.has_codes = False
        self._open: list[bool] = []  # for each open element: was its tag written?

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        kept = tag in INLINE_TAGS
        self._open.append(kept)
        if kept:
            self.has_codes = True
            declared = INLINE_ATTRIBUTES[tag]
            written = "".join(f" {name}={xml_attr(value)}" for name, value in attrs.items()
                              if name in declared)
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
    """The plain text of *markup*, or None when it is not sound TMX inline content."""
    try:
        return read_markup(markup)
    except MarkupError:
        return None


def field_of(what: str, unit: Unit) -> str:
    """How an error names field *what* of *unit*: its file and line first, as every tm error.

    ``bad.txt:2: the source of unit 'Third …'`` (a writer refusing text that XML
    cannot hold says which unit of which input to fix).
    """
    where = f"{unit.origin}: " if unit.origin else ""
    return f"{where}the {what} of unit {unit.source[:40]!r}"


def seg_content(text: str, markup: str, what: str) -> str:
    """What goes inside ``<seg>``: *markup* while sound and its text is *text*, else *text* escaped.

    Markup that fails the check (from a hostile file or database) is never
    written: the TMX stays valid against the DTD and the text is kept.
    """
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
        # inline elements open (the <source>/<target> itself is level 0): at most MAX_DEPTH,
        # the bound markup has (100,000 nested <g> were a RecursionError traceback)
        self.depth = -1

    def number(self, kind: str, key: str) -> str:
        """A TMX ``i``/``x`` (integers) for XLIFF id *key*; a pair shares one."""
        return str(self.numbers.setdefault((kind, key), len(self.numbers) + 1))

    def text(self, value: str | None) -> None:
        if value:
            self.parts.append(xml_text(value))

    def element(self, element: Element) -> None:
        """Content of *element*: its text, its children mapped, their tails."""
        self.depth += 1
        if self.depth > MAX_DEPTH:  # an untrusted file: a one-line error, not a crash
            raise MarkupError(TOO_DEEP)
        self.text(element.text)
        for child in element:
            self.child(child)
            self.text(child.tail)
        self.depth -= 1

    def child(self, child: Element) -> None:
        tag = child.tag.rpartition("}")[2] if isinstance(child.tag, str) else ""
        key = child.get("rid") or child.get("id") or ""
        if tag in _SAME_CODES or (tag == "sub" and self.in_code):
            self.code(tag, child, key)
        elif tag == "g":
            pair = self.number("pair", f"g:{child.get('id', '')}:{len(self.numbers)}")
            self.parts.append(f'<bpt i="{pair}"{_tmx_type(child)}></bpt>')
            self.has_codes = True
            self.element(child)
            self.parts.append(f'<ept i="{pair}"></ept>')
        elif tag in ("x", "bx", "ex"):
            name = {"x": "ph", "bx": "bpt", "ex": "ept"}[tag]
            attr = f'x="{self.number("ph", key)}"' if tag == "x" else \
                f'i="{self.number("pair", key)}"'
            attr += "" if tag == "ex" else _tmx_type(child)
            # equiv-text is the code's text (Translate Toolkit and Weblate write a
            # placeholder as <x equiv-text="{time}"/>): kept as the code's content
            equiv = xml_text(child.get("equiv-text", ""))
            self.parts.append(f"<{name} {attr}>{equiv}</{name}>")
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
        if tag != "ept" and tag != "sub":
            attrs += _tmx_type(child)
        self.has_codes = True
        self.parts.append(f"<{tag}{attrs}>")
        self.in_code += tag != "sub"
        self.element(child)
        self.in_code -= tag != "sub"
        self.parts.append(f"</{tag}>")


#: XLIFF 1.2's ``ctype`` values (strict schema): for codes that delimit a run of text
#: (``g``, ``bx``/``ex``, ``bpt``/``ept``, ``it``) and for placeholders (``x``, ``ph``);
#: any value may also be user-defined, ``x-…``.
_DELIMITER_CTYPES = frozenset({"bold", "italic", "underlined", "link"})
_PLACEHOLDER_CTYPES = frozenset({"image", "pb", "lb"})
#: TMX 1.4 ``type`` values with an XLIFF name of their own; other TMX types (``font``,
#: ``struct``, ``cmd``, ``fnote`` …) have none and travel as ``x-tmx-<type>``.
_TMX_TO_XLIFF = {"ulined": "underlined"}
_XLIFF_TO_TMX = {xliff: tmx for tmx, xliff in _TMX_TO_XLIFF.items()}
_TMX_PREFIX = "x-tmx-"


def _tmx_type(code: Element) -> str:
    """TMX's ``type`` attribute for an XLIFF code's ``ctype`` (``bold``, ``x-…``), or ""."""
    ctype = code.get("ctype")
    if not ctype:
        return ""
    kind = _XLIFF_TO_TMX.get(ctype, ctype)
    if kind.startswith(_TMX_PREFIX):
        kind = kind[len(_TMX_PREFIX):] or kind
    return f" type={xml_attr(kind)}"


def _xliff_ctype(code: Element, placeholder: bool) -> str:
    """XLIFF 1.2's ``ctype`` attribute for a TMX code's ``type``, or "".

    memoQ's and Trados's code types (``bold``, ``x-placeholder``) survive an XLIFF
    round trip instead of coming back bare; a TMX type XLIFF has no value for, or
    one the code's element may not carry (review V-20: ``ctype="ulined"`` made the
    file invalid), is written ``x-tmx-<type>`` and read back as it was.
    """
    kind = code.get("type")
    if not kind:
        return ""
    kind = _TMX_TO_XLIFF.get(kind, kind)
    allowed = _PLACEHOLDER_CTYPES if placeholder else _DELIMITER_CTYPES
    if kind not in allowed and not kind.startswith("x-"):
        kind = _TMX_PREFIX + kind
    return f" ctype={xml_attr(kind)}"


def xliff_markup(element: Element | None) -> str:
    """TMX markup for an XLIFF 1.2 ``<source>``/``<target>``; "" when it holds no code."""
    if element is None:
        return ""
    walk = _XliffToTmx()
    walk.element(element)
    return "".join(walk.parts) if walk.has_codes else ""


def xliff_content(text: str, markup: str, what: str) -> str:
    """XLIFF 1.2 content of a ``<source>``/``<target>``: *markup*'s codes, else *text* escaped.

    The inverse of :func:`xliff_markup` (and of TMX's own codes): an empty
    ``bpt``/``ept`` pair nested properly becomes ``<g>`` around its content,
    an empty one left over ``<bx/>``/``<ex/>``, an empty ``ph`` ``<x/>``;
    codes with native content stay ``bpt``/``ept``/``ph``/``it`` (``ut`` is a
    ``ph``), ``sub`` inside them stays ``sub``, and ``hi`` gives its content.
    ``i``/``x`` become the ``id`` (a ``ph`` whose ``x`` equals a pair's ``i``
    gets ``x`` + number), so both sides of a unit name their codes alike.
    Markup that is unsound or whose text is not *text* is not used.
    """
    if markup:
        try:
            root = parse_markup(markup)
        except MarkupError:
            root = None
        if root is not None and "".join(root.itertext()) == text:
            return _TmxToXliff(root).container(root)
    return xml_text(text, what)


def _empty(element: Element) -> bool:
    return not element.text and not len(element)


class _TmxToXliff:
    """The walk over one checked TMX ``<seg>`` that writes XLIFF 1.2 inline content."""

    def __init__(self, root: Element) -> None:
        self.parts: list[str] = []
        self.pairs = {e.get("i", "") for e in root.iter() if e.tag in ("bpt", "ept")}
        self.count = 0

    def container(self, element: Element) -> str:
        """Content of a ``seg``, ``hi`` or ``sub``: text, codes (pairs made ``g``), tails."""
        grouped = _nested_pairs(element)
        out = [xml_text(element.text or "")]
        for index, child in enumerate(element):
            out.append(self.code(child, index in grouped))
            out.append(xml_text(child.tail or ""))
        return "".join(out)

    def code(self, child: Element, grouped: bool) -> str:
        tag = child.tag
        if tag == "hi":
            return self.container(child)
        kind = _xliff_ctype(child, placeholder=tag not in ("bpt", "ept", "it"))
        if tag in ("bpt", "ept"):
            key = xml_attr(child.get("i", ""))
            if grouped:
                return f"<g id={key}{kind}>" if tag == "bpt" else "</g>"
            if _empty(child):
                return f"<bx id={key}{kind}/>" if tag == "bpt" else f"<ex id={key}/>"
            return f"<{tag} id={key}{kind}>{self.native(child)}</{tag}>"
        key = self.ph_id(child.get("x", ""))
        if tag == "it":
            pos = "open" if child.get("pos") == "begin" else "close"
            return f'<it id={key} pos="{pos}"{kind}>{self.native(child)}</it>'
        if _empty(child):
            return f"<x id={key}{kind}/>"
        return f"<ph id={key}{kind}>{self.native(child)}</ph>"

    def native(self, code: Element) -> str:
        """A code's native content: its text, its ``sub`` elements and their tails."""
        out = [xml_text(code.text or "")]
        for sub in code:
            out.append(f"<sub>{self.container(sub)}</sub>{xml_text(sub.tail or '')}")
        return "".join(out)

    def ph_id(self, x: str) -> str:
        """The XLIFF id of a placeholder: its ``x``, told apart from pair ids; else a count."""
        if not x.strip():
            self.count += 1
            return xml_attr(f"ph{self.count}")
        return xml_attr(f"x{x}" if x in self.pairs else x)


def _nested_pairs(element: Element) -> set[int]:
    """Child indexes of the empty ``bpt``/``ept`` pairs of *element* that nest like ``g``."""
    grouped: set[int] = set()
    open_pairs: list[tuple[str, int]] = []
    for index, child in enumerate(element):
        if child.tag not in ("bpt", "ept") or not _empty(child):
            continue
        key = child.get("i", "")
        if child.tag == "bpt":
            open_pairs.append((key, index))
        elif open_pairs and open_pairs[-1][0] == key:
            grouped.update((open_pairs.pop()[1], index))
    return grouped
