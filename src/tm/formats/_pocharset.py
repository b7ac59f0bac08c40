"""The character set of a PO file: read as gettext reads it, written back UTF-8.

GNU gettext decodes a PO file in the charset its header declares
(``Content-Type: text/plain; charset=ISO-8859-1``), so tm does too instead of
refusing every file that is not UTF-8.  The charset must be one Python knows,
a text encoding (the one rule of :func:`tm._shared.files.encoding_problem`)
and ASCII-compatible, as gettext requires of a PO file (``msgid``, quotes and
backslashes are ASCII bytes): UTF-16 or EBCDIC are refused with the file and
line of the declaration.  ``CHARSET`` (the placeholder of a fresh POT) and no
declaration at all mean UTF-8, unless the caller gives a fallback encoding.

What tm writes is UTF-8 with a header that says so (:func:`declare_utf8`),
except when a file is rewritten in place: then :func:`encode_in` keeps the
file's own charset when every character fits, so a Latin-1 catalogue stays
Latin-1 and its diff shows only the translations that changed.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

import polib

from tm._shared.files import (
    chinese_encodings,
    decode_as,
    encoding_problem,
    refuse_binary,
    refuse_misread,
)
from tm._shared.misread import Utf8Misread
from tm.errors import ParseError

__all__ = ["declare_utf8", "declared_charset", "decode_po", "encode_in", "is_utf8"]

#: The header's Content-Type line, as bytes: its charset is ASCII whatever the file's encoding.
_DECLARATION = re.compile(rb'(?:"|\\n)Content-Type:[^"\n]*?charset=([^"\\\s;]*)')
#: How far into a file its header can be (the header is the first entry).
HEADER_BYTES = 64 * 1024
#: What must come out as the same bytes in any charset a PO file may use.
_ASCII_PROBE = 'msgid msgstr msgctxt "\\n" #:,.-_[]\t'
_UTF8 = frozenset({"utf-8", "utf_8", "utf-8-sig", "utf_8_sig"})


def declared_charset(data: bytes) -> tuple[str, int] | None:
    """The charset the header of PO *data* declares and the line it is on; None if none.

    Only the first entry is the header: a ``Content-Type`` in a later msgstr is text.
    """
    head = data[:HEADER_BYTES].lstrip(codecs.BOM_UTF8)
    second = re.search(rb'(?m)^msgid\s+"[^"]', head)
    found = _DECLARATION.search(head, 0, second.start() if second else len(head))
    if not found or not found.group(1):
        return None
    return found.group(1).decode("ascii", "replace"), head.count(b"\n", 0, found.start()) + 1


def is_utf8(charset: str) -> bool:
    """Whether *charset* (a codec name) is UTF-8, or the ``CHARSET`` placeholder."""
    if charset.upper() == "CHARSET":
        return True
    try:
        return codecs.lookup(charset).name in _UTF8
    except LookupError:
        return False


def _codec(charset: str, name: str, line: int) -> str:
    """The Python codec for *charset*, or ParseError naming the declaration."""
    if is_utf8(charset):
        return "utf-8-sig"
    problem = encoding_problem(charset)
    if problem is None:
        try:
            compatible = _ASCII_PROBE.encode(charset) == _ASCII_PROBE.encode("ascii")
        except UnicodeError:
            compatible = False
        problem = None if compatible else "is not ASCII-compatible, which a PO file must be"
    if problem:
        raise ParseError(name, line, f"charset {charset[:40]!r} {problem}; convert the file "
                                     "with msgconv --to-code=UTF-8")
    return charset


#: Byte-order marks of the encodings no PO file can be in (UTF-32 first: it starts like UTF-16).
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
              (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16"))


def _refuse_wide(data: bytes, name: str) -> None:
    """ParseError naming UTF-16/32 (known by its byte-order mark), not "a binary file".

    Windows Notepad saves "Unicode" as UTF-16: gettext cannot read it, and a
    message about NUL bytes sends the translator looking for corruption.
    """
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            raise ParseError(name, 1, f"the file is {encoding} (byte-order mark), which no PO "
                                      "file can be; convert it with iconv -f "
                                      f"{encoding} -t UTF-8")


def decode_po(data: bytes, name: str, encoding: str | None = None) -> str:
    """The text of PO bytes read from *name*, decoded in the charset its header declares.

    *encoding* is used when the header declares none (or the ``CHARSET``
    placeholder); the default is UTF-8 (a BOM is dropped).  ParseError names the
    file and line of a NUL byte, an unusable charset or an undecodable byte.
    """
    _refuse_wide(data, name)
    refuse_binary(data, name, "a PO file")
    declared = declared_charset(data)
    if declared and declared[0].upper() != "CHARSET":
        codec = _codec(declared[0], name, declared[1])
    else:
        declared = None
        codec = _codec(encoding, name, 0) if encoding else "utf-8-sig"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return decode_as(data, name, codec, _undecodable_advice(data, declared, encoding))
    if declared and not is_utf8(codec) and _is_valid_utf8(data):
        _refuse_utf8_under_legacy(data, name, declared)
    return text


def _refuse_utf8_under_legacy(data: bytes, name: str, declared: tuple[str, int]) -> None:
    """ParseError where UTF-8 text shows under a header that declares another charset.

    An editor or a script that re-saves a Latin-1, GBK or Big5 catalog as UTF-8
    rarely touches its header.  Read in the declared charset, a single-byte one
    (ISO-8859-1, KOI8-R) decodes anything, so ``猫`` became ``ç\x8c«``: tm check
    saw nothing and tm import stored the mojibake.  gettext reads it the same way
    and the program shows it, so the file is refused, not guessed at: a file valid
    UTF-8 throughout whose non-ASCII characters the declared charset reads otherwise
    (the evidence rule of :class:`tm._shared.misread.Utf8Misread`) names its line and
    the fix.  One byte that is not UTF-8 makes it a file in its declared charset (a
    UTF-8 translator comment in a Latin-1 catalog stays the header's business).
    """
    charset, line = declared
    refuse_misread(data, name, Utf8Misread(
        charset, named_by=f"the header's charset={charset} (line {line})",
        remedy="put charset=UTF-8 in the header's Content-Type line"))


def _undecodable_advice(data: bytes, declared: tuple[str, int] | None,
                        encoding: str | None) -> str:
    """What to do about PO *data* that its declared charset (or UTF-8) does not decode.

    msgconv trusts the header too, so "convert it" fails on a file whose header
    names the wrong charset (GB18030 bytes under ``charset=UTF-8``): the header
    must name the bytes' real charset first.  The bytes' likely Chinese encoding
    is named when they read as Han text in it.
    """
    said = f"the header (line {declared[1]}) says charset={declared[0]}" if declared else \
        ("--encoding says " + encoding if encoding else "the header names no charset")
    if declared and _is_valid_utf8(data):
        return f"; {said}, but the bytes are UTF-8: put charset=UTF-8 in the header"
    chinese = chinese_encodings(data)
    if chinese:
        fix = " or ".join(f"charset={shown}" for shown in chinese)
        option = "" if declared or encoding else \
            "pass " + " or ".join(f"--encoding {shown.lower()}" for shown in chinese) + ", or "
        return (f"; {said}, but the bytes read as Chinese in {' or '.join(chinese)}: "
                f"{option}put {fix} in the header's Content-Type line (msgconv "
                "--to-code=UTF-8 can then convert it)")
    return (f"; {said}: if the file is in another charset, put it in the header's "
            "Content-Type line (e.g. charset=windows-1252), then msgconv --to-code=UTF-8 "
            "converts it")


def _is_valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _set_charset(po: polib.POFile, charset: str) -> None:
    content_type = po.metadata.get("Content-Type", "text/plain; charset=UTF-8")
    po.metadata["Content-Type"] = re.sub(r"charset=[^;\s]*", f"charset={charset}",
                                         content_type)


def declare_utf8(po: polib.POFile, *, placeholder: bool = False) -> None:
    """Make the header of *po*, read from any charset, declare UTF-8 (what tm writes).

    With *placeholder*, a template's ``charset=CHARSET`` becomes UTF-8 too: the
    bytes written are UTF-8, and msgfmt calls ``CHARSET`` "not a portable
    encoding name" in a catalog.
    """
    charset = re.search(r"charset=([^;\s]*)", po.metadata.get("Content-Type", ""))
    if charset and (not is_utf8(charset.group(1))
                    or (placeholder and charset.group(1).upper() == "CHARSET")):
        _set_charset(po, "UTF-8")


def encode_in(po: polib.POFile, charset: str,
              render: Callable[[polib.POFile], str]) -> bytes | None:
    """*po* rendered by *render* and encoded in *charset* with a header saying so.

    None when some character has no place in *charset* (the caller writes UTF-8
    then); *po*'s header is left declaring UTF-8 either way.
    """
    _set_charset(po, charset)
    try:
        return render(po).encode(charset)
    except UnicodeEncodeError:
        return None
    finally:
        _set_charset(po, "UTF-8")

