"""PO and POT files: read with polib, written exactly as GNU gettext writes them.

polib parses PO files well, but its own writer wraps lines differently from
GNU gettext (it counts characters, not display columns, and breaks only at
spaces).  Translators' editors and ``msgcat`` rewrite such files, producing
noisy diffs.  :func:`format_po` therefore reproduces gettext's ``write-po.c``:
79-column pages, UAX #14 break opportunities, East Asian characters counting
two columns, gettext's escapes and entry layout, so that ``msgcat FILE.po``
reproduces our output byte for byte.
"""

from __future__ import annotations

import copy
import itertools
import os
import re
from collections.abc import Iterator, Mapping

import polib

from tm._shared.files import atomic_writer, one_line, peek_bytes, read_bytes
from tm._shared.po_header import ADAPTED_NOTE, DIVIDED_NOTE, ordered_header
from tm._shared.width import char_width, text_width
from tm.formats._pobuild import COVERS_NEXT, FURTHER_TRANSLATION, SENTENCE_ID, entry_context
from tm.formats._pocharset import (
    HEADER_BYTES,
    declare_utf8,
    declared_charset,
    decode_po,
    encode_in,
    is_utf8,
)
from tm.formats._poread import UNWRITABLE_HEADER
from tm.formats._poread import parse_po as _parse_po_tokens
from tm.formats.linebreak import PROHIBITED, line_breaks, width_linebreaks
from tm.model import Origin, Unit

__all__ = ["NO_WRAP", "PAGE_WIDTH", "catalog_languages", "declared_charset_of",
           "declared_language_of", "decode_po", "encode_po", "format_po", "new_po", "parse_po",
           "read_po", "units_from_po", "write_po"]

#: gettext's default page width (msgcat, msgmerge: ``--width``); the lines of a wrapped
#: string and of references are at most this wide.
PAGE_WIDTH = 79
#: The width standing for gettext's ``--no-wrap``: strings are split at ``\n`` only.
NO_WRAP = 1 << 30
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\a": "\\a", "\b": "\\b", "\f": "\\f",
            "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v"}
_NEEDS_ESCAPE = re.compile("[" + re.escape("".join(_ESCAPES)) + "]")
#: _ESCAPES for str.translate: a string that fits on one line is escaped in one call.
_ESCAPE_TABLE = str.maketrans(_ESCAPES)
#: White space as str.isspace() knows it (re's \s for str patterns is the same test).
_SPACE = re.compile(r"\s")


def _escape_portion(portion: str) -> tuple[list[str], list[int]]:
    """Escape *portion* into display units and their widths (an escape sequence: its length)."""
    units = [_ESCAPES.get(ch, ch) for ch in portion]
    widths = list(map(char_width, portion))
    if _NEEDS_ESCAPE.search(portion):
        widths = [len(u) if len(u) > 1 else w for u, w in zip(units, widths, strict=True)]
    return units, widths


def _break_verdicts(portion: str, units: list[str]) -> list[int]:
    """The line-break verdict before each of *portion*'s display *units*.

    gettext finds break opportunities in the escaped text (so ``\\"`` breaks like
    a backslash) and never inside an escape sequence.
    """
    verdicts = line_breaks("".join(units))
    before: list[int] = []
    position = 0
    for unit in units:
        before.append(verdicts[position])
        position += len(unit)
    if portion.endswith("\n") and before:
        before[-1] = PROHIBITED  # gettext: never break just before the final "\n"
    return before


def _wrap(name: str, value: str, prefix: str = "", page: int = PAGE_WIDTH) -> list[str]:
    """Render ``name "value"`` as gettext does, splitting at newlines and wrapping."""
    if "\x00" in value or "\x04" in value:
        what = "a NUL character" if "\x00" in value else "U+0004 (gettext's context separator)"
        raise ValueError(f"{name} {value[:40]!r} holds {what}, which a PO file cannot carry")
    after_break = len(prefix) + 1
    width = page - 1 - after_break
    start = len(prefix) + len(name) + 2 - after_break
    if "\n" not in value[:-1]:
        escaped = value.translate(_ESCAPE_TABLE)
        if start + text_width(escaped) <= width:  # fits on one line: nothing to break
            return [f'{prefix}{name} "{escaped}"']
    lines: list[str] = []
    portions = re.findall(r"[^\n]*\n|[^\n]+", value) or [""]
    first = True
    for index, portion in enumerate(portions):
        units, widths = _escape_portion(portion)
        more = index < len(portions) - 1
        if not first:
            start = 0
        # A portion that fits from *start* (widths are never negative) is broken nowhere,
        # from there or from column 0: its break verdicts are not needed.
        allowed = _break_verdicts(portion, units) if start + sum(widths) > width else None
        breaks = [] if allowed is None else width_linebreaks(widths, allowed, width, start)
        if first and units and (more or start > width or breaks):
            lines.append(f'{prefix}{name} ""')
            first = False
            start = 0
            breaks = [] if allowed is None else width_linebreaks(widths, allowed, width, start)
        cuts = [0, *breaks, len(units)]
        for a, b in itertools.pairwise(cuts):
            text = "".join(units[a:b])
            lines.append(f'{prefix}{name} "{text}"' if first else f'{prefix}"{text}"')
            first = False
    return lines


def _one_line(text: str) -> str:
    """*text* fit for one comment, reference or header line (see :func:`one_line`).

    A file named ``x\\nmsgid "injected"`` would otherwise add an entry to every
    PO that names it; one named with non-UTF-8 bytes made writing it fail.
    """
    return one_line(text)


def _header_value(value: str) -> str:
    """*value* fit for the header: a line break kept only before a continuation line.

    A field read with a continuation line (one without ``:``) is written back
    as it was; any other line break (a file name holding ``\nLanguage: fr``)
    would add a field, and is shown as U+FFFD (:func:`_one_line`).
    """
    first, *rest = value.split("\n")
    return _one_line(first) + "".join(
        f"\n{_one_line(part)}" if part.strip() and ":" not in part else _one_line(f"\n{part}")
        for part in rest)


def _comment_lines(marker: str, text: str) -> list[str]:
    return [f"{marker} {_one_line(line)}" if line else marker for line in text.split("\n")]


#: What GNU gettext (0.22 and later) puts around a file name that holds white space in a
#: ``#:`` reference, so that readers can tell it from a list of names: U+2068 FIRST
#: STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE.  gettext 0.21 passes them through.
FILENAME_ISOLATES = ("\u2068", "\u2069")


def reference(path: str, line: str = "") -> str:
    """One ``#:`` reference as gettext writes it: ``path:line``, isolated when *path* has spaces.

    >>> reference("notes.txt", "3"), reference("my notes.txt", "3")
    ('notes.txt:3', '\u2068my notes.txt\u2069:3')
    """
    if _SPACE.search(path):
        path = FILENAME_ISOLATES[0] + path + FILENAME_ISOLATES[1]
    return f"{path}:{line}" if line else path


def _rejoin_isolated(occurrences: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """References read by splitting ``#:`` at white space, with isolated file names joined.

    The PO reader splits a ``#:`` line at white space, so ``\u2068my notes.txt\u2069:3``
    arrives as ``("\u2068my", "")`` and ``("notes.txt\u2069", "3")``: the tokens
    from an opening isolate to the closing one are joined again (by one space,
    as gettext 0.21's msgcat joins them) and read as one reference.
    """
    if not any(path.startswith(FILENAME_ISOLATES[0]) for path, _ in occurrences):
        return occurrences
    out: list[tuple[str, str]] = []
    pending: list[str] = []
    for path, line in occurrences:
        token = f"{path}:{line}" if line else path
        if pending or token.startswith(FILENAME_ISOLATES[0]):
            pending.append(token)
            if FILENAME_ISOLATES[1] in token:
                out.append(parse_reference(" ".join(pending)))
                pending = []
            continue
        out.append((path, line))
    out += [parse_reference(token) for token in pending]  # never closed: kept as written
    return out


def parse_reference(token: str) -> tuple[str, str]:
    """``(file, line)`` of one ``#:`` reference, the inverse of :func:`reference`.

    >>> parse_reference("\u2068my notes.txt\u2069:3"), parse_reference("a.txt:12")
    (('my notes.txt', '3'), ('a.txt', '12'))
    """
    opening, closing = FILENAME_ISOLATES
    if token.startswith(opening) and closing in token:
        end = token.rindex(closing)
        path, rest = token[1:end], token[end + 1:]
        return (path, rest[1:]) if rest[:1] == ":" and rest[1:].isdigit() else (path, "")
    path, sep, line = token.rpartition(":")
    return (path, line) if sep and line.isdigit() else (token, "")


def parse_po(text: str, name: str) -> polib.POFile:
    """Parse PO/POT *text* read from *name* (for messages) into a POFile.

    Every string is kept exactly; what msgfmt refuses raises ParseError
    (``name:line: message``); ``#:`` file names in isolates (:func:`reference`)
    are read whole.
    """
    po = _parse_po_tokens(text, name)
    for entry in po:
        if entry.occurrences:
            entry.occurrences = _rejoin_isolated(entry.occurrences)
    return po


def _reference_lines(occurrences: list[tuple[str, str]], page: int = PAGE_WIDTH) -> list[str]:
    lines: list[str] = []
    current = "#:"
    for path, line in occurrences:
        ref = reference(_one_line(path), line)
        if len(current) > 2 and len(current) + 1 + len(ref) > page:
            lines.append(current)
            current = "#:"
        current += " " + ref
    if len(current) > 2:
        lines.append(current)
    return lines


def _first_form(entry: polib.POEntry) -> str:
    """The translation of *entry*'s msgid: its msgstr, or a plural entry's ``msgstr[0]``."""
    return entry.msgstr_plural.get(0, entry.msgstr) if entry.msgid_plural else entry.msgstr


def _translated(entry: polib.POEntry) -> bool:
    if entry.msgid_plural:
        return any(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def _previous_lines(entry: polib.POEntry) -> list[tuple[str, str]]:
    """The ``#|`` keywords and strings of *entry*, as gettext's grammar allows them.

    A previous message is ``[#| msgctxt] #| msgid [#| msgid_plural]``: gettext
    (msgfmt, msgcat, msgmerge) refuses the whole file at a ``#| msgctxt`` or
    ``#| msgid_plural`` with no ``#| msgid``.  A writer that left the msgid out
    because it equals the entry's own (only the context changed) gets it back
    here, the entry's msgid, which is what it meant.
    """
    previous = [("msgctxt", entry.previous_msgctxt), ("msgid", entry.previous_msgid),
                ("msgid_plural", entry.previous_msgid_plural)]
    if entry.previous_msgid is None and (entry.previous_msgctxt is not None
                                         or entry.previous_msgid_plural is not None):
        previous[1] = ("msgid", entry.msgid)
    return [(name, text) for name, text in previous if text is not None]


def _entry_lines(entry: polib.POEntry, page: int = PAGE_WIDTH) -> list[str]:
    obsolete = bool(entry.obsolete)
    prefix = "#~ " if obsolete else ""
    out: list[str] = []
    if entry.tcomment:
        out += _comment_lines("#", entry.tcomment)
    if entry.comment and not obsolete:
        out += _comment_lines("#.", entry.comment)
    if entry.occurrences and not obsolete:
        # gettext's --no-wrap leaves references wrapped on the default page
        out += _reference_lines(list(entry.occurrences), PAGE_WIDTH if page == NO_WRAP else page)
    flags = list(entry.flags)
    if "fuzzy" in flags and not _translated(entry):
        flags.remove("fuzzy")  # gettext drops "fuzzy" from untranslated entries
    if flags:
        ordered = (["fuzzy"] if "fuzzy" in flags else []) + [f for f in flags if f != "fuzzy"]
        out.append("#, " + ", ".join(ordered))
    for name, previous in _previous_lines(entry):
        out += _wrap(name, previous, "#~| " if obsolete else "#| ", page)
    if entry.msgctxt is not None:
        out += _wrap("msgctxt", entry.msgctxt, prefix, page)
    out += _wrap("msgid", entry.msgid, prefix, page)
    if entry.msgid_plural:
        out += _wrap("msgid_plural", entry.msgid_plural, prefix, page)
        for index in sorted(entry.msgstr_plural, key=int):
            out += _wrap(f"msgstr[{index}]", entry.msgstr_plural[index], prefix, page)
    else:
        out += _wrap("msgstr", entry.msgstr, prefix, page)
    return out


def check_header_writable(po: polib.POFile) -> None:
    """Raise the ParseError (file:line) of a header tm read as gettext reads it but
    cannot write back unchanged (a field given twice, a line before any field).

    Reading such a PO is fine (msgfmt -c accepts it); rewriting it would lose a line.
    """
    unwritable = getattr(po, UNWRITABLE_HEADER, None)
    if isinstance(unwritable, Exception):
        raise unwritable


def _header_lines(po: polib.POFile, page: int = PAGE_WIDTH) -> list[str]:
    check_header_writable(po)
    out: list[str] = []
    if po.header:
        out += _comment_lines("#", po.header)
    if po.metadata_is_fuzzy:
        out.append("#, fuzzy")
    header = "".join(f"{key}: {_header_value(value)}\n" for key, value in po.metadata.items())
    out += _wrap("msgid", "", page=page)
    out += _wrap("msgstr", header, page=page)
    return out


def format_po(po: polib.POFile, *, width: int = PAGE_WIDTH) -> str:
    """Return the text of *po* exactly as GNU gettext (``msgcat``) would write it.

    *width* is msgcat's ``--width`` (:data:`NO_WRAP` for ``--no-wrap``): a
    project whose tool wraps at 77 (Weblate) keeps its layout.
    """
    blocks: list[list[str]] = []
    if po.metadata or po.header:
        blocks.append(_header_lines(po, width))
    # gettext writes obsolete entries after all the active ones.  An untranslated
    # obsolete entry is dropped, as gettext drops it, unless it carries a translator
    # comment: words a translator wrote are never lost.
    active = [e for e in po if not e.obsolete]
    for entry in active + [e for e in po if e.obsolete and (_translated(e) or e.tcomment)]:
        if entry.msgid == "" and not entry.msgctxt and not entry.obsolete:
            continue  # a header entry left among the entries
        blocks.append(_entry_lines(entry, width))
    return "\n".join("\n".join(block) + "\n" for block in blocks)


def write_po(po: polib.POFile, path: str | os.PathLike[str], *, width: int = PAGE_WIDTH) -> None:
    """Write *po* to *path* atomically (``-`` = stdout) in GNU gettext's layout (see format_po)."""
    text = format_po(po, width=width)
    with atomic_writer(path) as fh:
        fh.write(text)


def declared_charset_of(path: str | os.PathLike[str]) -> str:
    """The charset the header of the PO file at *path* declares (``UTF-8`` when none)."""
    found = declared_charset(peek_bytes(path, HEADER_BYTES))
    return found[0] if found and not is_utf8(found[0]) else "UTF-8"


#: The header's Language field, as bytes: a code, or a name (``Chinese (China)``,
#: ``简体中文``) that tm._shared.lang reads, up to the field's ``\\n`` or string's end.
_LANGUAGE = re.compile(rb'(?:"|\\n)Language:[ \t]*([^"\\]*)')
_SOURCE_LANGUAGE = re.compile(rb'(?:"|\\n)X-Source-Language:[ \t]*([^"\\]*)')


def declared_language_of(path: str | os.PathLike[str], *, source: bool = False) -> str:
    """The language the header of the PO file at *path* declares ("" when none):
    ``Language``, or with *source* ``X-Source-Language`` (a Chinese → English catalog's).

    Reads the header only (the first entry, within its first 64 KiB): for a
    command that needs the catalog's language before it reads the whole file.
    """
    head = peek_bytes(path, HEADER_BYTES).lstrip(b"\xef\xbb\xbf")
    second = re.search(rb'(?m)^msgid\s+"[^"]', head)
    field = _SOURCE_LANGUAGE if source else _LANGUAGE
    found = field.search(head, 0, second.start() if second else len(head))
    if not found:
        return ""
    charset = declared_charset(head)
    try:
        return found.group(1).decode(charset[0] if charset else "utf-8").strip()
    except (LookupError, UnicodeDecodeError):
        return found.group(1).decode("ascii", "replace").strip()  # read_po names the problem


def encode_po(po: polib.POFile, charset: str = "UTF-8", *, width: int = PAGE_WIDTH) -> bytes:
    """The bytes of *po* in *charset* (header saying so) when every character fits, else UTF-8.

    For a PO file rewritten in place (``tm update``): a catalogue in ISO-8859-1
    stays ISO-8859-1, so its diff shows only what changed; one whose new text
    does not fit becomes UTF-8, with a header that says so.  *po* itself is
    not changed: the charset is declared in a copy of its header (a caller's
    POFile, or the result it returns, must not change under it when saved).
    """
    po = copy.copy(po)  # the entries are shared, only read; the header is the copy's own
    po.metadata = dict(po.metadata)
    if not is_utf8(charset):
        kept = encode_in(po, charset, lambda copy: format_po(copy, width=width))
        if kept is not None:
            return kept
    declare_utf8(po, placeholder=True)  # UTF-8 bytes under a header that says so
    return format_po(po, width=width).encode("utf-8")


def new_po(metadata: Mapping[str, str], header: str = "") -> polib.POFile:
    """Return an empty POFile whose header fields follow gettext's usual order.

    Known fields (Project-Id-Version ... Plural-Forms) come first in that order,
    the rest (X-Generator, ...) after them in the order given.
    """
    po = polib.POFile(wrapwidth=PAGE_WIDTH)
    po.header = header
    po.metadata = ordered_header(metadata)
    return po


def read_po(path: str | os.PathLike[str], *, encoding: str | None = None) -> polib.POFile:
    """Parse the PO/POT file at *path* (``-`` = stdin) into a POFile.

    The file is decoded in the charset its header declares, as gettext does
    (*encoding* when it declares none; default UTF-8), and the POFile's header
    then declares UTF-8, the encoding every tm writer uses (see
    :mod:`tm.formats._pocharset`).  Every string is kept exactly (U+2028,
    U+0085... included); what msgfmt refuses (unterminated strings, unknown
    escapes, duplicate messages, ``msgstr[1]`` without ``msgid_plural``) and
    undecodable or binary input raise ParseError naming the file and line.
    """
    name = str(path)
    po = parse_po(decode_po(read_bytes(path), name, encoding), name)
    declare_utf8(po)
    return po


def catalog_languages(po: polib.POFile) -> tuple[str, str]:
    """``(source, target)`` languages of a catalog: ``X-Source-Language`` (else ``en``) and
    ``Language`` (else ``zh-CN``), the header fields tm writes for either direction."""
    return (po.metadata.get("X-Source-Language", "") or "en",
            po.metadata.get("Language", "") or "zh-CN")


def _translated_message(entry: polib.POEntry,
                        said: Mapping[str, set[str]]) -> tuple[str, str | None] | None:
    """``(msgid, context)`` of the message a fuzzy *entry*'s msgstr translates.

    msgmerge (and tm update, tm pretranslate) keep a changed message's old
    translation as a fuzzy suggestion and write the message it was made for as
    ``#| msgid`` (``#| msgctxt``): ``#| msgid "Remove it"`` / ``msgid "Remove them"`` /
    ``msgstr "移除它"`` translates "Remove it", so that is the pair stored (untrusted,
    as every fuzzy entry), never "Remove them" -> 移除它.  Its context is the previous
    msgctxt (else the entry's, as msgmerge leaves an unchanged one) when it is a
    program's, else none (the ``#. id:`` comment is the new msgid's).  Unchanged: an
    entry without ``#|`` lines, and one whose comment says tm made its msgstr for
    its msgid (numbers adapted, a divided translation): None for the context there
    means the entry's own.  When the file also translates the previous message (*said*:
    msgid -> its translations there), the entry is msgmerge's copy of it (None: the
    file's own entry says the pair; the copy would shadow it as an untrusted rival) or,
    its msgstr edited since, the suggestion of its own msgid.
    """
    made_for_msgid = any(note in (entry.comment or "") for note in (ADAPTED_NOTE, DIVIDED_NOTE))
    if not entry.previous_msgid or made_for_msgid:
        return entry.msgid, None
    if entry.previous_msgid != entry.msgid and entry.previous_msgid in said:
        copy = _first_form(entry) in said[entry.previous_msgid]
        return None if copy else (entry.msgid, None)
    context = (entry.previous_msgctxt if entry.previous_msgctxt is not None
               else entry.msgctxt) or ""
    if SENTENCE_ID.fullmatch(context) or FURTHER_TRANSLATION.fullmatch(context):
        context = ""  # tm's own ids and disambiguators: no program's context
    return entry.previous_msgid, context


def units_from_po(po: polib.POFile, path: str = "", *, include_fuzzy: bool = False,
                  include_obsolete: bool = False) -> Iterator[Unit]:
    """Yield the translated entries of *po* as Units (fuzzy/obsolete only when asked).

    An entry whose translation also covers the sentences after it (``tm align
    --one-sentence`` says so in its comment) is fuzzy: its msgid alone is not
    what the translation says.

    ``origin`` is the file and first line of the entry; ``context`` what
    :func:`~tm.formats.entry_context` says (a program's msgctxt, else the
    ``#. id:`` stable id, else the msgctxt); a fuzzy entry with a previous
    message (``#| msgid``) gives the pair its translation was made for
    (:func:`_translated_message`); when the file also translates that message
    (msgmerge keeps the old message when the new one resembles it: ``file``
    beside a fuzzy ``files``), nothing if the msgstr is that translation (a copy),
    else the pair of its own msgid (the translator edited it for the new message);
    languages come from the header (source ``en`` unless the header says
    otherwise via ``X-Source-Language``).
    """
    source_lang, target_lang = catalog_languages(po)
    where = path or getattr(po, "fpath", "") or ""
    said: dict[str, set[str]] = {}  # the file's translated msgids: their first forms' texts
    for e in po:
        if not e.obsolete and _translated(e):
            said.setdefault(e.msgid, set()).add(_first_form(e))
    for entry in po:
        if not entry.msgid or (entry.obsolete and not include_obsolete):
            continue
        # An entry whose translation covers the next sentences too (tm align
        # --one-sentence) does not translate its own msgid alone: never a final match.
        fuzzy = "fuzzy" in entry.flags or any(
            line.startswith(COVERS_NEXT) for line in (entry.comment or "").split("\n"))
        message = _translated_message(entry, said) if fuzzy else (entry.msgid, None)
        if message is None or (fuzzy and not include_fuzzy):
            continue
        source, context = message
        yield Unit(
            source=source,
            target=_first_form(entry),
            context=entry_context(entry) if context is None else context,
            origin=Origin(where, entry.linenum or 0) if where else Origin(),
            note=entry.tcomment or "",
            fuzzy=fuzzy,
            source_lang=source_lang,
            target_lang=target_lang,
        )
