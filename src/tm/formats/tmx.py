"""TMX 1.4b (Translation Memory eXchange): a streaming reader and an atomic writer.

:func:`read_tmx` never holds more than one ``<tu>`` in memory: bytes are fed in
chunks to defusedxml's expat parser, whose callbacks build units directly, so a
2 GB TMX imports in constant memory.  defusedxml refuses entity declarations
(the "billion laughs" bomb) and external entities; both, and malformed XML,
raise :class:`~tm.errors.ParseError` with the file and line.

Inline markup in ``<seg>`` (``bpt``/``ept``/``ph``/``it``/``ut`` native codes,
``hi``/``sub`` text) is flattened to its text content, which rebuilds the
original string (``<ph>%s</ph>`` -> ``%s``); the codes themselves are kept in
the unit's ``source_markup``/``target_markup`` and written back as they were
(tm.formats._inline).

:func:`write_tmx` writes TMX 1.4b that validates against the TMX 1.4 DTD and
that Translate Toolkit reads (context in ``tuid`` and ``<prop type="x-context">``).
"""

from __future__ import annotations

import itertools
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import IO
from xml.etree.ElementTree import ParseError as XMLParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from tm._shared.compat import renamed_keywords
from tm._shared.files import atomic_writer, not_utf8_advice, open_binary, utf8_error
from tm._shared.lang import is_wellformed_lang, lang_key, normalize_lang
from tm._shared.signature import TOOL_ID, now
from tm._shared.signature import signature as tm_signature
from tm._shared.xml import XML_DECLARATION, Transcoder, malformed_advice, xml_attr, xml_text
from tm._version import __version__
from tm.errors import ParseError, TMXWarning
from tm.formats._inline import MarkupBuilder, field_of, seg_content
from tm.formats._tmxunits import TuState, TuvState, units_of_tu
from tm.formats.tbx import TBX_ROOT_NAMES
from tm.model import Unit

__all__ = ["TMXWarning", "read_tmx", "write_tmx"]

XML_LANG = "http://www.w3.org/XML/1998/namespace}lang"  # as expat reports xml:lang
CHUNK = 1 << 16  # 64 KiB: a few hundred <tu> at a time
SIGNATURE_PROP = "x-tm-signature"
FUZZY_PROP = "x-tm-fuzzy"
CONTEXT_PROP = "x-context"
_ISO_DATE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)Z$")


Warn = Callable[[str], None]


def _default_warn(message: str) -> None:
    warnings.warn(message, TMXWarning, stacklevel=4)


class _TmxTarget:
    """Expat target that turns TMX events into Units, one ``<tu>`` at a time."""

    def __init__(self, name: str, srclang: str | None, tgtlang: str | None, warn: Warn) -> None:
        self.name = name
        self.srclang = normalize_lang(srclang) if srclang else None
        self.tgtlang = tgtlang
        self.warn = warn
        self.parser = DefusedXMLParser(target=self)
        # Call our handlers straight from expat (skipping ElementTree's name fixing);
        # defusedxml's entity guards stay installed on the same expat parser.
        expat = self.parser.parser
        expat.ordered_attributes = False
        expat.StartElementHandler = self.start
        expat.EndElementHandler = self.end
        self.ready: list[Unit] = []
        self.stack: list[str] = []
        self.tu: TuState | None = None
        self.tuv: TuvState | None = None
        self.text: list[str] | None = None
        self.prop_type = ""
        self.seg_depth = 0
        # the inline codes of the seg being read, from its first element on (None: none yet)
        self.markup: MarkupBuilder | None = None
        self.warned: set[str] = set()
        self.skipped = 0
        self.doubled = 0  # <tu>s holding two <tuv>s of one target language
        self.first_doubled = 0

    # -- expat callbacks ---------------------------------------------------
    def start(self, tag: str, attrs: dict[str, str]) -> None:
        """Open an element."""
        if self.seg_depth:
            self.seg_depth += 1
            if self.markup is None:  # the seg's first element: its text so far opens the markup
                assert self.text is not None
                self.markup = MarkupBuilder("".join(self.text))
            self.markup.start(tag, attrs)
            return
        if not self.stack and tag != "tmx":
            self.fail(_not_tmx(tag))
        self.stack.append(tag)
        if tag == "header":
            self.on_header(attrs)
        elif tag == "tu":
            self.tu = TuState(self.line(), dict(attrs))
        elif tag == "tuv" and self.tu is not None:
            lang = attrs.get(XML_LANG) or attrs.get("lang") or ""
            if not lang:
                self.fail("<tuv> has no xml:lang attribute")
            self.check_lang(lang, "<tuv>")
            self.tuv = TuvState(lang, dict(attrs))
        elif tag == "seg" and self.tuv is not None:
            self.seg_depth = 1
            self.text = []  # the markup is built only if an element comes (most segs: none)
        elif tag in ("note", "prop"):
            self.text = []
            self.prop_type = attrs.get("type", "")

    def data(self, text: str) -> None:
        """Collect character data of a seg, note or prop."""
        if self.text is not None:
            self.text.append(text)
            if self.markup is not None:
                self.markup.data(text)

    def end(self, tag: str) -> None:
        """Close an element; a closed ``<tu>`` becomes Units."""
        if self.seg_depth > 1:
            self.seg_depth -= 1
            assert self.markup is not None
            self.markup.end(tag)
            return
        if self.seg_depth == 1:
            self.seg_depth = 0
            assert self.tuv is not None and self.text is not None
            self.tuv.seg = "".join(self.text)
            self.tuv.markup = self.markup.markup() if self.markup is not None else ""
            self.text, self.markup = None, None
        self.stack.pop()
        if tag in ("note", "prop"):
            self.on_note_or_prop(tag)
        elif tag == "tuv" and self.tu is not None and self.tuv is not None:
            if self.tuv.seg is None:
                self.fail("<tuv> has no <seg>")
            self.tu.tuvs.append(self.tuv)
            self.tuv = None
        elif tag == "tu" and self.tu is not None:
            self.on_tu(self.tu)
            self.tu = None

    def close(self) -> None:
        """End of document (nothing to do; units are emitted per ``<tu>``)."""

    # -- element handlers --------------------------------------------------
    def on_header(self, attrs: dict[str, str]) -> None:
        header_lang = attrs.get("srclang", "")
        if self.srclang is None:
            if header_lang and header_lang.lower() != "*all*":
                self.check_lang(header_lang, "header srclang")
                self.srclang = normalize_lang(header_lang)
            else:
                why = "srclang='*all*'" if header_lang else "no srclang"
                self.warn(f"{self.name}:{self.line()}: header has {why}; taking English "
                          "(or the first <tuv>) of each <tu> as the source; pass --source-lang")

    def on_note_or_prop(self, tag: str) -> None:
        text = "".join(self.text or ())
        self.text = None
        holder = self.tuv if self.tuv is not None else self.tu
        if holder is None:
            return  # header notes and props describe the file, not a unit
        if tag == "note":
            holder.notes.append(text)
        else:
            holder.props.append((self.prop_type, text))

    def on_tu(self, tu: TuState) -> None:
        units = units_of_tu(tu, self.name, self.srclang, self.tgtlang)
        if not any(u.source.strip() and u.target.strip() for u in units):
            self.skipped += 1   # no pair, or only empty <seg>s: read_units drops those
        languages = [normalize_lang(u.target_lang) for u in units]
        if len(set(languages)) < len(languages):
            self.doubled += 1
            self.first_doubled = self.first_doubled or tu.line
        self.ready.extend(units)

    # -- helpers -----------------------------------------------------------
    def line(self) -> int:
        return int(self.parser.parser.CurrentLineNumber)

    def fail(self, message: str) -> None:
        raise ParseError(self.name, self.line(), message)

    def check_lang(self, lang: str, where: str) -> None:
        if lang not in self.warned and not is_wellformed_lang(lang):
            self.warned.add(lang)
            self.warn(f"{self.name}:{self.line()}: unusual language code {lang!r} in {where}; "
                      f"imported as {normalize_lang(lang)!r}")


#: Root elements of the other XML files tm reads: what the file is, and its extension.
_OTHER_ROOTS = {"xliff": ("an XLIFF file", ".xlf"),
                **dict.fromkeys(TBX_ROOT_NAMES, ("a TBX termbase", ".tbx"))}


def _not_tmx(tag: str) -> str:
    """Why a document whose root is *tag* (expat's ``namespace}local``) is no TMX; what to do."""
    namespace, _, local = tag.rpartition("}")
    shown = f"{{{namespace}}}{local}" if namespace else local   # Clark notation, whole
    if local in _OTHER_ROOTS:
        what, extension = _OTHER_ROOTS[local]
        return (f"not a TMX file: it is {what} (root element <{shown}>); tm reads a file by "
                f"its extension: name it {extension}")
    return f"not a TMX file: the root element is <{shown}>, expected <tmx>"


@renamed_keywords(srclang="source_lang", tgtlang="target_lang")
def read_tmx(path: str | os.PathLike[str], *, source_lang: str | None = None,
             target_lang: str | None = None, on_warning: Warn | None = None) -> Iterator[Unit]:
    """Yield the Units of TMX file *path* (``-`` = stdin), streaming.

    The source language is *source_lang*, else the ``<tu>``'s or header's
    ``srclang``; with none (or ``*all*``) English, else the first ``<tuv>``, is
    taken, with a warning.  Each other ``<tuv>`` (only those in *target_lang* when
    given) yields one Unit, so a multilingual TMX gives one unit per target
    language.  ``tuid`` or ``<prop type="x-context">`` becomes the context, notes
    and props the note, ``creationdate``/``changedate`` ISO 8601 strings, and the
    origin is ``file:line`` of the ``<tu>``.  Warnings go to *on_warning* (default:
    :func:`warnings.warn` with :class:`TMXWarning`).  Malformed XML, entity
    declarations and external entities raise ParseError with the line.
    """
    name = str(path)
    warn = on_warning or _default_warn
    target = _TmxTarget(name, source_lang, target_lang, warn)
    stream = open_binary(path)
    transcoder = Transcoder(name)  # GB18030, Big5... declared: decoded here, not by expat
    fed = 0  # bytes given to expat so far
    try:
        while True:
            try:
                chunk = stream.read(_read_size(target, fed))
            except OSError as err:
                raise ParseError(name, 0, err.strerror or str(err)) from None
            data = transcoder.feed(chunk, final=not chunk)
            if data:
                _feed(target, data, name)
                fed += len(data)
            if not chunk:
                _feed(target, b"", name)
            yield from target.ready
            target.ready.clear()
            if not chunk:
                break
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    if target.skipped:
        warn(f"{name}: {target.skipped} <tu> without a source and a target <tuv> (or with "
             "an empty <seg>) skipped")
    if target.doubled:
        warn(f"{name}:{target.first_doubled}: {target.doubled} <tu> hold two <tuv> of one "
             "target language; each is read, and a memory keeps every one, the further "
             "translations under the context 'translation 2', 'translation 2-2' ...")


def _read_size(target: _TmxTarget, fed: int) -> int:
    """How much to read next: :data:`CHUNK`, or more while expat holds an unfinished token.

    expat before 2.6 scans a token that is not complete yet (a comment or an
    attribute value of 64 MB) again from its start at every ``feed``, so 64 KiB
    feeds made one huge token cost its size squared (R9-1: 32 s of CPU for 64
    MB).  Reading at least as much as is pending makes the pending part at
    least double between scans: the total scanned stays under three times the
    file.  ``CurrentByteIndex`` is where expat stopped: the start of that token.
    """
    stopped = int(target.parser.parser.CurrentByteIndex)
    return max(CHUNK, fed - stopped) if stopped >= 0 else CHUNK


def _feed(target: _TmxTarget, chunk: bytes, name: str) -> None:
    """Feed *chunk* (``b""`` = end of input) to the parser, mapping errors to ParseError."""
    try:
        if chunk:
            target.parser.feed(chunk)
        else:
            target.parser.close()
    except XMLParseError as err:
        line = err.position[0] if err.position else 0
        reason = str(err).split(": line", 1)[0]
        if "invalid token" in reason and b"\x00" in chunk:   # as every other reader says it
            raise ParseError(name, line, "binary file (NUL byte); expected XML") from None
        bad = utf8_error(chunk) if "invalid token" in reason else None
        if bad is not None:     # expat's word for a byte that is not UTF-8: say what it is
            raise ParseError(name, line, f"cannot decode byte {chunk[bad]:#04x} as UTF-8 "
                             f"({not_utf8_advice(chunk, xml=True)})") from None
        raise ParseError(name, line, f"malformed XML: {reason}{malformed_advice(reason)}") \
            from None
    except DefusedXmlException as err:
        kind = type(err).__name__
        what = {"EntitiesForbidden": "entity declarations are refused (possible entity bomb)",
                "ExternalReferenceForbidden": "external entities are refused",
                "DTDForbidden": "DTDs are refused"}.get(kind, kind)
        raise ParseError(name, target.line(), f"unsafe XML: {what}") from None


# -- writing -------------------------------------------------------------------
def _text(value: str, what: str, unit: Unit) -> str:
    return xml_text(value, field_of(what, unit))


def _attr(value: str) -> str:
    return xml_attr(value)


def to_tmx_date(iso: str) -> str:
    """``2017-05-23T07:29:00Z`` -> ``20170523T072900Z`` ("" when not in that form)."""
    m = _ISO_DATE.match(iso)
    return "{}{}{}T{}{}{}Z".format(*m.groups()) if m else ""


Props = Callable[[Unit], Iterable[tuple[str, str]]]


def _tu_xml(unit: Unit, srclang: str, props: Props | None = None, today: str = "") -> str:
    attrs = ""
    if normalize_lang(unit.source_lang) != srclang:
        attrs += f" srclang={_attr(normalize_lang(unit.source_lang))}"
    if unit.context:
        attrs += f" tuid={_attr(unit.context)}"
    created = to_tmx_date(unit.created) or to_tmx_date(unit.changed) or today
    changed = to_tmx_date(unit.changed) or created
    for name, stamp in (("creationdate", created), ("changedate", changed)):
        if stamp:
            attrs += f' {name}="{stamp}"'
    parts = [f"    <tu{attrs}>\n"]
    if unit.note:
        parts.append(f"      <note>{_text(unit.note, 'note', unit)}</note>\n")
    if unit.context:
        parts.append(f'      <prop type="{CONTEXT_PROP}">{_text(unit.context, "context", unit)}'
                     "</prop>\n")
    if unit.fuzzy:
        parts.append(f'      <prop type="{FUZZY_PROP}">yes</prop>\n')
    for ptype, value in props(unit) if props is not None else ():
        parts.append(f"      <prop type={_attr(ptype)}>{_text(value, ptype, unit)}</prop>\n")
    for lang, seg, markup, what in (
            (unit.source_lang, unit.source, unit.source_markup, "source"),
            (unit.target_lang, unit.target, unit.target_markup, "target")):
        content = seg_content(seg, markup, field_of(what, unit))
        parts.append(f"      <tuv xml:lang={_attr(normalize_lang(lang))}>"
                     f"<seg>{content}</seg></tuv>\n")
    parts.append("    </tu>\n")
    return "".join(parts)


@renamed_keywords(srclang="source_lang")
def write_tmx(units: Iterable[Unit], path: str | os.PathLike[str], *, source_lang: str = "en",
              adminlang: str = "en", signature: str | None = None,
              props: Props | None = None) -> int:
    """Write *units* as TMX 1.4b to *path* (``-`` = stdout), atomically; return the count.

    The header names ``tm`` as creation tool, ``segtype="sentence"``,
    ``datatype="plaintext"`` and *source_lang* as ``srclang``, and carries a ``x-tm-signature``
    prop (*signature*, default ``tm <version>``).  Each unit becomes a ``<tu>``
    with ``tuid`` and an ``x-context`` prop for its context, its note, its
    dates, and a ``<tuv>`` per side tagged with the unit's normalized languages
    (a unit whose source is not in *source_lang* says so in its ``<tu srclang>``).
    The header's ``srclang`` is the first unit's source code when it is in
    *source_lang* (``en-US``, not ``en``); every ``<tu>`` has a
    ``creationdate`` and ``changedate`` (the unit's own, else the time of
    writing, which honours ``SOURCE_DATE_EPOCH``).
    A fuzzy unit gets ``<prop type="x-tm-fuzzy">yes</prop>``; *props* may add
    more ``(type, value)`` props per unit (``tm align`` adds ``x-tm-confidence``).
    Units are written as they come, so any iterable (a database cursor) works.
    Text XML cannot hold (control characters) raises ValueError; nothing is written.
    """
    sig = signature or tm_signature()
    count = 0
    today = now().strftime("%Y%m%dT%H%M%SZ")
    it = iter(units)
    first = next(it, None)
    srclang = normalize_lang(source_lang)
    if first is not None and lang_key(first.source_lang) == lang_key(srclang):
        srclang = normalize_lang(first.source_lang)  # en-US units: srclang="en-US", not "en"
    with atomic_writer(path, whole=True) as fh:    # never half a document on stdout
        _write_head(fh, srclang, normalize_lang(adminlang), sig)
        for unit in itertools.chain([first] if first is not None else [], it):
            fh.write(_tu_xml(unit, srclang, props, today))
            count += 1
        fh.write("  </body>\n</tmx>\n")
    return count


def _write_head(fh: IO[str], srclang: str, adminlang: str, signature: str) -> None:
    fh.write(f"{XML_DECLARATION}\n"
             '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
             '<tmx version="1.4">\n'
             f'  <header creationtool="{TOOL_ID}" creationtoolversion={_attr(__version__)}'
             f' segtype="sentence" o-tmf="{TOOL_ID}" adminlang={_attr(adminlang)}'
             f' srclang={_attr(srclang)} datatype="plaintext" o-encoding="UTF-8">\n'
             f'    <prop type="{SIGNATURE_PROP}">{xml_text(signature)}</prop>\n'
             "  </header>\n"
             "  <body>\n")
