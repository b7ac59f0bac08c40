"""XML in and out: the one place that escapes text for XML and parses untrusted XML.

Writing (TMX, XLIFF, TBX): :func:`xml_text` and :func:`xml_attr` escape a
string for element content or a double-quoted attribute.  Characters that XML
1.0 cannot carry (C0 controls other than tab, line feed and carriage return,
lone surrogates, U+FFFE and U+FFFF) are refused with a :class:`UsageError`
naming what held them: nothing is dropped or replaced behind the writer's
back.  A carriage return is written ``&#13;`` (and tab / line feed in
attributes ``&#9;`` / ``&#10;``) so that a parser's line-end and attribute
normalisation give the same string back.

Reading (TBX, XLIFF, SRX; TMX streams through :class:`Transcoder` into its own
expat handler): parsing goes through defusedxml, so an entity bomb or an
external entity is refused, and every failure is a :class:`tm.ParseError`
naming the file and line.  expat decodes only UTF-8, UTF-16, ISO-8859-1 and
US-ASCII; a file that declares another encoding (GB18030, GBK, Big5,
Shift_JIS...) is decoded by Python's codec and handed to expat as UTF-8.
"""

from __future__ import annotations

import codecs
import re
from xml.etree.ElementTree import Element
from xml.etree.ElementTree import ParseError as XMLParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from tm._shared.files import encoding_problem, not_utf8_advice
from tm._shared.misread import DeclaredMisread
from tm.errors import ParseError, UsageError

__all__ = ["XML_DECLARATION", "Transcoder", "decode_xml", "malformed_advice", "non_xml_char",
           "parse_xml", "to_utf8", "xml_attr", "xml_id", "xml_text"]

#: The declaration every file tm writes starts with.
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TEXT_ESCAPES = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord("\r"): "&#13;"}
_ATTR_ESCAPES = {**_TEXT_ESCAPES, ord('"'): "&quot;", ord("\n"): "&#10;", ord("\t"): "&#9;"}
#: An ID (xsd:ID, xml:id) written by tm: an ASCII NCName, so every validator agrees on it.
_XML_ID = re.compile(r"[A-Za-z_][A-Za-z0-9._-]*")
_NOT_ID_CHAR = re.compile(r"[^A-Za-z0-9._-]+")
_ENTITY = re.compile(rb"<!ENTITY")
_DOCTYPE = re.compile(rb"<!DOCTYPE")
#: The encoding pseudo-attribute of an XML declaration (read from ASCII-compatible bytes).
_DECLARED = re.compile(rb"""^<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']""")
#: Encodings expat decodes itself.
_EXPAT_NATIVE = {"utf-8", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "iso8859-1", "ascii"}


def non_xml_char(value: str) -> str | None:
    """The first character of *value* that XML 1.0 cannot hold, or None.

    C0 controls other than tab, LF and CR, lone surrogates, U+FFFE and U+FFFF:
    a unit holding one could never be exported as TMX or XLIFF, so a memory
    refuses it at the door (see ``TranslationMemory.add``).
    """
    bad = _NOT_XML.search(value)
    return bad.group() if bad else None


def _checked(value: str, what: str) -> str:
    bad = _NOT_XML.search(value)
    if bad:
        raise UsageError(f"{what} contains U+{ord(bad.group()):04X}, which XML 1.0 cannot "
                         f"hold: {value[:40]!r}")
    return value


def xml_text(value: str, what: str = "text") -> str:
    """*value* escaped as XML element content; UsageError (naming *what*) if XML cannot hold it."""
    return _checked(value, what).translate(_TEXT_ESCAPES)


def xml_attr(value: str, what: str = "attribute") -> str:
    """*value* as a double-quoted XML attribute value, quotes included."""
    return '"' + _checked(value, what).translate(_ATTR_ESCAPES) + '"'


def xml_id(value: str, taken: set[str]) -> str:
    """*value* made a valid XML ID (an NCName) not yet in *taken*, which it is added to.

    IDs may not start with a digit, hyphen or dot, nor hold spaces or colons:
    ``3w-cafe`` becomes ``_3w-cafe``, other characters become ``-``, and a
    clash gets a ``-2``, ``-3``... suffix.  A valid, unused *value* is kept.
    """
    name = value if _XML_ID.fullmatch(value) else _NOT_ID_CHAR.sub("-", value)
    if not _XML_ID.fullmatch(name):
        name = "_" + name
    unique, n = name, 1
    while unique in taken:
        n += 1
        unique = f"{name}-{n}"
    taken.add(unique)
    return unique


# -- reading -------------------------------------------------------------------
def _declared_encoding(head: bytes, name: str) -> str | None:
    """The codec a document starting with *head* needs decoded by Python (None: expat's own)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _utf16_declared_otherwise(head)
    if head.startswith(codecs.BOM_UTF8):
        return None
    found = _DECLARED.match(head)
    if not found:
        return None
    label = found.group(1).decode("ascii")
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        raise ParseError(name, 1, f"unknown encoding {label!r} in the XML declaration") from None
    problem = encoding_problem(label)
    if problem:
        raise ParseError(name, 1, f"{label!r} in the XML declaration {problem}")
    if codec.startswith(("utf-16", "utf-32")):
        # The declaration was just read one byte a character, so the bytes are not UTF-16
        # or UTF-32 (such a document starts with a BOM or with 3C 00): a file converted
        # to UTF-8 by an editor or a script that kept the declaration of the TMX that
        # Trados wrote in UTF-16.  expat stopped at "encoding specified in XML declaration
        # is incorrect"; the bytes are read as UTF-8, the one 8-bit encoding tm assumes.
        return "utf-8"
    return None if codec in _EXPAT_NATIVE else codec


def _utf16_declared_otherwise(head: bytes) -> str | None:
    """``utf-16`` for a document with a UTF-16 byte-order mark whose XML declaration names
    another encoding, else None (expat reads it as it is).

    Notepad's "Save as Unicode" of a TMX declared ``encoding="UTF-8"`` keeps the
    declaration: the byte-order mark says what the bytes are (libxml2, and tm's
    XLIFF and TBX readers, which decode first, read it), while expat stopped at
    "encoding specified in XML declaration is incorrect".  Decoded here, the
    declaration is rewritten (:class:`Transcoder`).
    """
    found = _DECLARED.match(head[:512].decode("utf-16", "replace").encode("utf-8", "replace"))
    if found is None or found.group(1).decode("ascii").lower().replace("_", "-") in (
            "utf-16", "utf16", "ucs-2", "utf-16le", "utf-16be", "unicode"):
        return None
    return "utf-16"


class Transcoder:
    """Turns the byte chunks of an XML document into UTF-8 chunks expat can parse.

    Documents in an encoding expat knows pass through untouched.  Others are
    decoded incrementally (a character split across chunks is fine) and their
    declaration is rewritten to say UTF-8; undecodable bytes raise ParseError.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.decoder: codecs.IncrementalDecoder | None = None
        self.started = False
        self.pending = b""
        self.line = 1
        self.watch: DeclaredMisread | None = None  # a declared legacy encoding, belied?

    def feed(self, chunk: bytes, final: bool = False) -> bytes:
        """The UTF-8 bytes for *chunk* (``final`` at the end of the input)."""
        if not self.started:
            self.pending += chunk
            if len(self.pending) < 256 and not final:
                return b""
            chunk, self.pending, self.started = self.pending, b"", True
            codec = _declared_encoding(chunk[:256], self.name)
            self.watch = _declared_watch(chunk[:256], self.name)
            if self.watch is not None:
                self.watch.feed(chunk, final)
            if codec is None:
                return chunk
            self.decoder = codecs.getincrementaldecoder(codec)()
            return self._decode(chunk, final, first=True)
        if self.watch is not None:
            self.watch.feed(chunk, final)
        if self.decoder is None:
            return chunk
        return self._decode(chunk, final, first=False)

    def _decode(self, chunk: bytes, final: bool, first: bool) -> bytes:
        assert self.decoder is not None
        try:
            text = self.decoder.decode(chunk, final)
        except UnicodeDecodeError as err:
            if self.watch is not None and self.watch.active and self.watch.proof is not None:
                raise self.watch.proof from None  # UTF-8 so far: the declaration is wrong
            line = self.line + chunk.count(b"\n", 0, err.start)
            raise ParseError(self.name, line, f"cannot decode byte {chunk[err.start]:#04x} "
                             "in the encoding the XML declaration names") from None
        self.line += text.count("\n")
        if first:
            text = re.sub(r"""^(<\?xml[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2""",
                          r"\1\2UTF-8\2", text, count=1)
        return text.encode("utf-8")


def _declared_watch(head: bytes, name: str) -> DeclaredMisread | None:
    """A watch for UTF-8 text under the legacy encoding the declaration in *head* names."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8)):
        return None
    found = _DECLARED.match(head)
    if not found or _is_utf8(found.group(1).decode("ascii")):
        return None
    watch = DeclaredMisread(found.group(1).decode("ascii"), name)
    return watch if watch.active else None


def decode_xml(data: bytes, name: str) -> str:
    """The text of the XML document *data*: its BOM or declared encoding (default UTF-8).

    Undecodable bytes raise ParseError with the line; a NUL byte means a
    binary file (UTF-16 has NULs of its own and is read by its BOM).
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codec = "utf-16"
    elif _utf16_without_bom(data):
        codec = _utf16_without_bom(data)
    else:
        found = _DECLARED.match(data[:256].removeprefix(codecs.BOM_UTF8))
        codec = "utf-8-sig"
        if found and not data.startswith(codecs.BOM_UTF8):
            codec = _declared_encoding(data[:256], name) or found.group(1).decode("ascii")
        if b"\x00" in data:
            line = data.count(b"\n", 0, data.index(b"\x00")) + 1
            raise ParseError(name, line, "binary file (NUL byte); expected XML")
    watch = _declared_watch(data[:256], name)
    if watch is not None:   # UTF-8 text under encoding="ISO-8859-1": refused, not mojibake
        watch.feed(data, final=True)
    try:
        text = data.decode(codec)
    except LookupError:
        raise ParseError(name, 1, f"unknown encoding {codec!r} in the XML declaration") from None
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        utf8 = _is_utf8(codec)
        advice = f" ({not_utf8_advice(data, xml=True)})" if utf8 else ""
        shown = "UTF-8" if utf8 else codec
        raise ParseError(name, line, f"cannot decode byte {data[err.start]:#04x} as "
                                     f"{shown}{advice}") from None
    return text


def _utf16_without_bom(data: bytes) -> str:
    """``utf-16-le``/``utf-16-be`` when *data* starts ``<`` in UTF-16 with no BOM, else "".

    The XML spec (appendix F) detects the encoding by the first bytes
    ``3C 00 3F 00`` / ``00 3C 00 3F``; expat reads such a file (the TMX
    reader did), so the XLIFF and TBX readers read it too instead of calling
    it a binary file.
    """
    head = data[:4]
    if len(head) == 4 and head[0:1] == b"<" and head[1] == 0 and head[2] != 0 and head[3] == 0:
        return "utf-16-le"
    if len(head) == 4 and head[0] == 0 and head[1:2] == b"<" and head[2] == 0 and head[3] != 0:
        return "utf-16-be"
    return ""


def _is_utf8(codec: str) -> bool:
    try:
        return codecs.lookup(codec).name in ("utf-8", "utf-8-sig")
    except LookupError:
        return False


def to_utf8(data: bytes | str, name: str) -> bytes | str:
    """*data* ready for expat: text as it is, bytes in a foreign encoding as UTF-8."""
    if isinstance(data, str):
        return data
    transcoder = Transcoder(name)
    return transcoder.feed(data, final=True)


#: What expat says of a character reference XML 1.0 forbids (``&#x1;``, ``&#xB;``, ``&#xD800;``).
_FORBIDDEN_REFERENCE = "reference to invalid character number"


def malformed_advice(reason: str) -> str:
    """What to do about the expat error *reason*, as " (...)" to append; "" when nothing to add.

    Some tools export a control character of the source document (Word's vertical
    tab for a soft line break, U+0001) as a character reference, which XML 1.0
    forbids even written that way, so the whole file is refused.
    """
    if _FORBIDDEN_REFERENCE in reason:
        return (" (XML 1.0 allows no control character, even as a reference such as &#xB;: "
                "delete the reference, or replace it with a space, and import again)")
    return ""


def parse_xml(data: bytes | str, name: str, kind: str = "XML") -> Element:
    """Parse *data* read from *name* (a *kind* of file, for messages) into an element tree."""
    data = to_utf8(data, name)
    try:
        root: Element = SafeET.fromstring(data)
    except XMLParseError as err:
        line = getattr(err, "position", (0, 0))[0]
        raise ParseError(name, line, f"malformed XML in this {kind} file: {err}"
                                     f"{malformed_advice(str(err))}") from None
    except DefusedXmlException as err:
        raw = data.encode("utf-8") if isinstance(data, str) else data
        found = _ENTITY.search(raw) or _DOCTYPE.search(raw)
        line = raw.count(b"\n", 0, found.start()) + 1 if found else 1
        raise ParseError(name, line, f"refused unsafe XML: {type(err).__name__} (entity "
                                     f"declarations are not allowed in {kind} files)") from None
    return root
