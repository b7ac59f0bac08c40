"""Read translation units from any file `tm` knows, or from a whole locale tree.

:func:`read_units` is what ``tm import`` and :meth:`TranslationMemory.add`
callers use: it picks the reader by extension (``.po``/``.pot``, ``.tmx``,
``.csv``, ``.tsv``) or, for other names, by sniffing the first bytes, and walks
a directory for every ``*.po`` below it (a folder without PO files: every TMX
and XLIFF file, :func:`input_files`).  Language codes come out normalized
(``zh_CN`` -> ``zh-CN``), and entries without a translation are left out:
a memory holds only pairs.
"""

from __future__ import annotations

import codecs
import dataclasses
import itertools
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tm._shared.compat import renamed_keywords
from tm._shared.files import peek_bytes
from tm._shared.lang import is_wellformed_lang, lang_key, normalize_lang
from tm._shared.po_header import ordered_header, po_header
from tm._shared.signature import parse_unit_date, signature
from tm._version import __version__
from tm.errors import ParseError, UsageError
from tm.formats._pobuild import (
    FURTHER_TRANSLATION,
    SENTENCE_ID,
    PoMessage,
    build_po,
    is_id,
)
from tm.formats.tabular import read_csv, write_csv
from tm.formats.tbx import looks_like_tbx
from tm.formats.tmx import read_tmx, write_tmx
from tm.formats.xliff import read_xliff, write_xliff
from tm.model import Unit

if TYPE_CHECKING:
    import polib

__all__ = ["FORMATS", "count_records", "detect_format", "input_files", "is_translation_file",
           "markup_document", "not_text_advice", "read_units", "units_to_po", "write_units"]

#: Extension -> format name understood by :func:`read_units`.
FORMATS = {".po": "po", ".pot": "po", ".tmx": "tmx", ".csv": "csv", ".tsv": "tsv",
           ".tab": "tsv", ".xlf": "xliff", ".xliff": "xliff"}


#: The root elements of the XML translation files (TMX, XLIFF; TBX: formats.tbx.looks_like_tbx).
_TRANSLATION_XML = re.compile(r"<(?:\w+:)?(?:tmx|xliff)[\s>]")


def is_translation_file(name: str, text: str) -> bool:
    """Whether *text* (read from *name*) is a PO/POT, TMX, XLIFF or TBX file, not prose.

    By its extension, or a first line that is a ``msgid``/``msgctxt`` or XML of
    such a file.  The commands that segment prose (``tm segment``, ``tm align``,
    ``tm update``'s revised source) refuse one: segmented as text it gives
    sentences like ``msgid "Save"`` or ``<tuv xml:lang="en">``.
    """
    first = next((line.strip() for line in text.split("\n", 200)[:200]
                  if line.strip() and not line.startswith("#")), "")
    po = first.lstrip("\ufeff").startswith(('msgid "', 'msgctxt "'))
    xml = first.lstrip("\ufeff").startswith("<") \
        and (_TRANSLATION_XML.search(text, 0, 4096) is not None or looks_like_tbx(text[:4096]))
    extension = os.path.splitext(name)[1].lower()
    return FORMATS.get(extension) in ("po", "tmx", "xliff") or extension == ".tbx" or po or xml


#: How a markup document starts (its first non-blank line): an HTML page's doctype or
#: <html> tag, an XML declaration.  Prose never starts so.
_MARKUP_START = re.compile(r"(?i)<!doctype\s+(?P<doctype>\w+)|<(?P<html>html)[\s>]|<\?xml[\s?]")


def markup_document(text: str) -> str:
    """What markup document *text* is ("an HTML page", "an XML document"), or "" for text.

    The commands that segment prose refuse one, as they refuse a file of
    translation units (:func:`is_translation_file`, asked first): a web page
    given as the article became one "sentence" of tags, ``<!DOCTYPE html>
    <html><head>...``, aligned with the whole other page.  Known by its first
    non-blank line alone, so a text that shows a tag later is still text.
    """
    first = next((line.strip() for line in text.split("\n", 200)[:200] if line.strip()), "")
    found = _MARKUP_START.match(first.lstrip("\ufeff"))
    if found is None:
        return ""
    html = found.group("html") or (found.group("doctype") or "").lower() == "html"
    return "an HTML page" if html else "an XML document"


def not_text_advice(kind: str) -> str:
    """How to get the text out of a markup document of *kind* (see :func:`markup_document`)."""
    if kind == "an HTML page":
        return ("save the page as text first (a browser's Save as Text, or "
                "pandoc -t plain page.html)")
    return "extract its text first (pandoc -t plain, or the tool that made it)"


def detect_format(path: str | os.PathLike[str]) -> str:
    """Return ``"po"``, ``"tmx"``, ``"csv"`` or ``"tsv"`` for *path*.

    The extension decides; otherwise the first 4 KB are sniffed (XML with
    ``<tmx``, a ``msgid`` line, a tab in the first line).  ParseError when the
    file cannot be read or recognised.
    """
    name = str(path)
    fmt = FORMATS.get(Path(name).suffix.lower())
    if fmt:
        return fmt
    text = _head_text(_peek(name))
    if not text.strip():    # "unknown file format" sent the user looking at the format
        raise ParseError(name, 0, "empty input; expected a PO, TMX, XLIFF, CSV or TSV file")
    if "<tmx" in text:
        return "tmx"
    if "<xliff" in text:
        return "xliff"
    if "\nmsgid " in f"\n{text}" or 'msgid "' in text:
        return "po"
    first = text.split("\n", 1)[0]
    if "\t" in first:
        return "tsv"
    if "," in first or ";" in first:    # Excel writes ";" where a comma is the decimal mark
        return "csv"
    if Path(name).suffix.lower() == ".tbx" or looks_like_tbx(text):
        raise ParseError(name, 0, "a TBX termbase is a glossary, not translation units; "
                                  "give it with --glossary")
    raise ParseError(name, 0, "unknown file format; expected .po, .pot, .tmx, .xlf, .csv or "
                              ".tsv")


def _head_text(head: bytes) -> str:
    """The first bytes of a file as text to sniff: UTF-8, or UTF-16 by its byte-order mark
    or by XML's first character (``<`` and a NUL, XML 1.0 appendix F).

    Windows tools save TMX and XLIFF (Trados, Notepad's "Unicode") and CSV (Excel's
    "Unicode text") as UTF-16; read as UTF-8, such a file given as ``-`` or under
    another extension was "unknown file format", though its reader takes it.
    """
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codec = "utf-16"
    elif head.startswith(b"<\x00"):
        codec = "utf-16-le"
    elif head.startswith(b"\x00<"):
        codec = "utf-16-be"
    else:
        return head.decode("utf-8", "replace").lstrip("\ufeff")
    return head[:len(head) - len(head) % 2].decode(codec, "replace").lstrip("\ufeff")


#: Format -> the bytes that start one record of it (a unit, an entry, a row).
_RECORD_START = {
    "tmx": re.compile(rb"<tu[\s>]"),
    "xliff": re.compile(rb"<trans-unit[\s>]"),
    "po": re.compile(rb"(?m)^msgid "),
    "csv": re.compile(rb"\n"),
    "tsv": re.compile(rb"\n"),
}
_COUNT_CHUNK = 1 << 20


def count_records(path: str | os.PathLike[str]) -> int | None:
    """Roughly how many units *path* holds, by one fast pass over its bytes; None if unknown.

    Counts what starts a record of the file's format (``<tu``, ``<trans-unit``,
    ``msgid`` lines, rows), so the figure is an upper bound: a header entry,
    a header row, untranslated entries and markers inside comments count too.
    It exists to give a progress bar its total; only regular files are counted
    (a pipe can be read once only), a directory counts the files it is read for.
    """
    name = str(path)
    if name == "-":
        return None
    if os.path.isdir(name):
        try:
            return sum(count_records(p) or 0 for p in input_files(name))
        except ParseError:
            return None
    try:
        if not stat.S_ISREG(os.stat(name).st_mode):
            return None
        pattern = _RECORD_START[detect_format(name)]
        count, tail = 0, b""
        with open(name, "rb") as fh:
            while chunk := fh.read(_COUNT_CHUNK):
                window = tail + chunk
                count += len(pattern.findall(window))
                tail = window[-16:]
                count -= len(pattern.findall(tail))     # counted again with the next chunk
        return count + len(pattern.findall(tail)) if tail else count
    except (OSError, ParseError):
        return None


def _peek(name: str) -> bytes:
    """The first 4 KB; a pipe or stdin is read once and replayed to the reader."""
    return peek_bytes(name, 4096)


@renamed_keywords(srclang="source_lang")
def read_units(path: str | os.PathLike[str], *, include_fuzzy: bool = False,
               include_obsolete: bool = False, source_lang: str | None = None,
               on_warning: Callable[[str], None] | None = None,
               encoding: str | None = None) -> Iterator[Unit]:
    """Yield the translated units of *path*: a PO/POT, TMX, CSV/TSV file or a directory.

    A directory yields the units of every ``*.po`` below it, in sorted order, or,
    when it holds none, of every TMX and XLIFF file (:func:`input_files`).  A TMX
    or XLIFF file in an OmegaT project's ``tm/mt/`` or ``tm/penalty-NNN/`` folder
    gives fuzzy units (:func:`_omegat_rank_folder`), with a warning.
    Fuzzy and obsolete PO entries are skipped unless asked for; *source_lang*
    overrides a TMX header's source language and a PO header's
    ``X-Source-Language`` (and is that of a CSV/TSV without language columns);
    *on_warning* receives the
    warnings of lenient readers (TMX without srclang, unusual codes);
    *encoding* is that of a CSV/TSV file that is not UTF-8, and of a PO file
    whose header declares no charset (XML files declare theirs, and a PO's
    declared charset wins, as in gettext).  Every option applies to each file
    of a folder.  Units with an empty source or target are skipped.
    """
    name = str(path)
    if name != "-" and os.path.isdir(name):
        for file in input_files(name):     # every option applies to each file of a folder
            yield from read_units(file, include_fuzzy=include_fuzzy,
                                  include_obsolete=include_obsolete, source_lang=source_lang,
                                  on_warning=on_warning, encoding=encoding)
        return
    fmt = detect_format(name)
    lower = fmt in ("tmx", "xliff") and _omegat_rank_folder(name)
    if lower and on_warning is not None:
        on_warning(f"{name}: in an OmegaT project's tm/{lower}/ folder, which OmegaT ranks "
                   "below a translation: imported untrusted (fuzzy)")
    if fmt == "po":
        units = _po_units(name, include_fuzzy, include_obsolete, source_lang, encoding)
    elif fmt == "tmx":
        units = read_tmx(name, source_lang=source_lang, on_warning=on_warning)
    elif fmt == "xliff":
        units = (u for u in read_xliff(name) if include_fuzzy or not u.fuzzy)
    else:
        units = read_csv(name, delimiter="\t" if fmt == "tsv" else None,
                         source_lang=source_lang or "en", encoding=encoding,
                         on_warning=on_warning)
    for unit in units:
        if unit.source and unit.target:
            yield _normalized(dataclasses.replace(unit, fuzzy=True) if lower else unit)


#: Folders of an OmegaT project's ``tm/`` whose memories OmegaT itself ranks below a
#: translation (OmegaT's manual, "Translation memories"): ``tm/mt/`` holds machine
#: translation (shown as such) and ``tm/penalty-NNN/`` memories whose matches lose NNN %.
#: (``tm/auto/`` and ``tm/enforce/`` hold translations: read as any other TMX.)
_LOWER_STANDING = re.compile(r"mt|penalty-\d{1,3}")


def _omegat_rank_folder(path: str | os.PathLike[str]) -> str:
    """The OmegaT ``tm/`` subfolder (``mt``, ``penalty-030``) *path* lies in; "" if none.

    A TMX or XLIFF file there is imported untrusted: its exact matches are never final.
    """
    parts = Path(path).parts
    return next((folder for above, folder in itertools.pairwise(parts[:-1])
                 if above == "tm" and _LOWER_STANDING.fullmatch(folder)), "")


#: What a folder holds that an import reads, by kind, first kind found wins: a folder
#: with PO files below it is a locale tree (``locales/zh_CN/LC_MESSAGES/app.po``): its
#: ``*.po`` and nothing else, as always; one without is a CAT tool's memory folder (an
#: OmegaT project's ``tm/``, a folder of Trados or memoQ exports, an XLIFF job package):
#: its TMX and XLIFF files.  CSV/TSV and POT files are never walked (a folder's
#: spreadsheets are as often data as memories; a template holds no translation).
FOLDER_KINDS: tuple[tuple[str, ...], ...] = ((".po",), (".tmx", ".xlf", ".xliff"))


def input_files(path: str | os.PathLike[str]) -> list[str]:
    """The files :func:`read_units` reads for *path*: itself, or those of a folder.

    Below a folder (at any depth, in sorted order): every ``*.po``; when there
    is none, every ``*.tmx``, ``*.xlf`` and ``*.xliff`` (:data:`FOLDER_KINDS`; the
    extension in any case except ``.po``'s, as before).  ParseError for a folder
    holding none of them.
    """
    name = str(path)
    if name == "-" or not os.path.isdir(name):
        return [name]
    found = [p for p in Path(name).rglob("*") if p.is_file()]
    for kind in FOLDER_KINDS:
        files = sorted(str(p) for p in found
                       if (p.suffix if kind == (".po",) else p.suffix.lower()) in kind)
        if files:
            return files
    raise ParseError(name, 0, "no *.po, *.tmx, *.xlf or *.xliff files below this directory")


def _po_units(name: str, include_fuzzy: bool, include_obsolete: bool,
              source_lang: str | None, encoding: str | None) -> Iterator[Unit]:
    from tm.formats.po import read_po, units_from_po

    po = read_po(name, encoding=encoding)
    lang = po.metadata.get("Language", "").strip()
    if not lang:
        lang = _lang_from_path(name)
    for unit in units_from_po(po, name, include_fuzzy=include_fuzzy,
                              include_obsolete=include_obsolete):
        if lang:
            unit = dataclasses.replace(unit, target_lang=lang)
        yield dataclasses.replace(unit, source_lang=source_lang) if source_lang else unit


#: An XLIFF <file>'s target-language attribute, as bytes (within the file's first 4 KB).
_XLIFF_TARGET = re.compile(rb'<file\b[^>]*?\starget-language\s*=\s*["\']([^"\']*)')
_XLIFF_SOURCE = re.compile(rb'<file\b[^>]*?\ssource-language\s*=\s*["\']([^"\']*)')


def catalog_language(path: str | os.PathLike[str], *, source: bool = False) -> str:
    """The target language catalog *path* declares, normalized; "" when it declares none.

    A PO's ``Language`` header, else its path (``locales/zh_TW/LC_MESSAGES/app.po``,
    ``zh_TW.po``); an XLIFF file's (first) ``target-language``.  With *source*, the
    language of its source text: a PO's ``X-Source-Language`` (a Chinese → English
    catalog's), an XLIFF file's ``source-language``.  Reads the start of the file only:
    for a command that must know the language before reading it all (``tm check``
    reads the glossary's terms in the catalog's language).
    """
    name = str(path)
    fmt = detect_format(name)
    if fmt == "po":
        from tm.formats.po import declared_language_of

        if source:
            return normalize_lang(declared_language_of(name, source=True).strip())
        return normalize_lang(declared_language_of(name).strip() or _lang_from_path(name))
    if fmt == "xliff":
        found = (_XLIFF_SOURCE if source else _XLIFF_TARGET).search(_peek(name))
        return normalize_lang(found.group(1).decode("ascii", "replace")) if found else ""
    return ""


def _lang_from_path(name: str) -> str:
    """``locales/zh_CN/LC_MESSAGES/app.po`` or ``zh_CN.po`` -> ``zh_CN`` ("" if none)."""
    parts = [*Path(name).parts[:-1], Path(name).stem]
    for part in reversed(parts):
        if part not in ("LC_MESSAGES", "locales", "locale", "po") and is_wellformed_lang(part) \
                and ("_" in part or "-" in part or len(part) == 2):
            return part
    return ""


def _normalized(unit: Unit) -> Unit:
    src, tgt = normalize_lang(unit.source_lang), normalize_lang(unit.target_lang)
    if src == unit.source_lang and tgt == unit.target_lang:
        return unit
    return dataclasses.replace(unit, source_lang=src, target_lang=tgt)


@renamed_keywords(srclang="source_lang")
def write_units(units: Iterable[Unit], path: str | os.PathLike[str], *,
                fmt: str | None = None, source_lang: str = "en", msgctxt: bool = False,
                excel: bool = False) -> int:
    """Write *units* to *path* as ``po``, ``tmx``, ``csv`` or ``tsv``; return the count.

    *fmt* defaults to the extension's format.  Files are written atomically
    (``-`` = stdout).  PO output holds one language pair (the first unit's) and
    one entry per sentence (see :func:`units_to_po`; *msgctxt* writes each
    unit's context as msgctxt; *excel*: CSV/TSV for Excel, see
    :func:`tm.formats.tabular.write_csv`).
    """
    name = str(path)
    fmt = fmt or FORMATS.get(Path(name).suffix.lower())
    if fmt == "tmx":
        return write_tmx(units, name, source_lang=source_lang)
    if fmt in ("csv", "tsv"):
        return write_csv(units, name, delimiter="\t" if fmt == "tsv" else ",", excel=excel)
    if fmt == "xliff":
        return _write_xliff(units, name)
    if fmt == "po":
        from tm.formats.po import write_po

        po = units_to_po(units, msgctxt=msgctxt)
        write_po(po, name)
        return len(po)
    raise UsageError(f"unknown output format {fmt!r} for {name}; use po, tmx, xliff, csv or "
                     "tsv")


def _write_xliff(units: Iterable[Unit], name: str) -> int:
    """XLIFF 1.2 of the units in the first unit's language pair (one <file>); the count."""
    it = iter(units)
    first = next(it, None)
    listed = [u for u in ([first, *it] if first else [])
              if first and lang_key(u.source_lang) == lang_key(first.source_lang)
              and lang_key(u.target_lang) == lang_key(first.target_lang)]
    write_xliff(listed, name, source_lang=first.source_lang if first else "en",
                target_lang=first.target_lang if first else "zh-CN",
                tool_version=__version__, note=signature("export"))
    return len(listed)


def units_to_po(units: Iterable[Unit], *, msgctxt: bool = False) -> polib.POFile:
    """A POFile of *units*: msgid = source, msgstr = target, one entry per sentence.

    The header (tm's one PO-header builder) names the first unit's languages;
    units in another language pair are left out.  A unit's context becomes the
    ``#. id:`` comment (with *msgctxt*, or when it is more than a one-line id,
    the msgctxt), its origin the reference,
    its note the translator comment; fuzzy units get the ``fuzzy`` flag.  A
    source met again with the same translation adds its reference to the
    entry; with another translation it becomes a second entry told apart by
    msgctxt (see :func:`tm.formats.build_po`).
    """
    it = iter(units)
    first = next(it, None)
    src = normalize_lang(first.source_lang) if first else "en"
    tgt = normalize_lang(first.target_lang) if first else "zh-CN"
    newest = ""     # the latest date of the units written: the header's revision date

    def header(now: datetime | None = None) -> tuple[dict[str, str], str]:
        return po_header(command="export", signature=signature("export"), language=tgt,
                         source_language=src, project="tm export", now=now,
                         description="Translation units exported from a tm memory.")

    def messages() -> Iterator[PoMessage]:
        nonlocal newest
        for unit in itertools.chain([first] if first else [], it):
            if lang_key(unit.source_lang) != lang_key(src) \
                    or lang_key(unit.target_lang) != lang_key(tgt):
                continue
            stamp = unit.changed or unit.created
            if stamp > newest and parse_unit_date(stamp) is not None:
                newest = stamp
            yield PoMessage(unit.source, unit.target, id=_id(unit, msgctxt),
                            references=_references(unit), note=unit.note, fuzzy=unit.fuzzy,
                            context=_context(unit, msgctxt))

    po = build_po(messages(), *header(), msgctxt=msgctxt)
    revised = parse_unit_date(newest)
    if revised is not None:     # dated units: the same memory gives the same header
        fields, po.header = header(revised)
        po.metadata = ordered_header(fields)
    return po


def _id(unit: Unit, msgctxt: bool) -> str:
    return unit.context if msgctxt or _as_id(unit) else ""


def _context(unit: Unit, msgctxt: bool) -> str | None:
    """A context that is not written as an ``#. id:`` comment stays a msgctxt, so it comes back."""
    return unit.context if unit.context and not msgctxt and not _as_id(unit) else None


def _as_id(unit: Unit) -> bool:
    """Whether *unit*'s context goes into an ``#. id:`` comment rather than a msgctxt.

    tm's sentence ids do, and so does any one-line context from a TMX ``tuid``, an
    XLIFF id or a CSV column (a msgctxt would keep a compendium's plain msgids from
    matching exactly).  A context read from a PO that is not a sentence id was that
    PO's msgctxt (``menu``, ``noun``): gettext's own context, written back as one;
    but not the ``translation 2`` a further translation of a sentence was given,
    which :func:`build_po` writes for it again (merging it with an entry it made).
    """
    context = unit.context
    if not is_id(context):
        return False
    from_po = Path(unit.origin.path).suffix.lower() in (".po", ".pot")
    return not from_po or SENTENCE_ID.fullmatch(context) is not None \
        or FURTHER_TRANSLATION.fullmatch(context) is not None


def _references(unit: Unit) -> tuple[tuple[str, str], ...]:
    origin = unit.origin
    if not origin or not origin.path:
        return ()
    return ((origin.path.replace(" ", "_"), str(origin.line) if origin.line else ""),)
