"""Read translation units from any file `tm` knows, or from a whole locale tree.

:func:`read_units` is what ``tm import`` and :meth:`TranslationMemory.add`
callers use: it picks the reader by extension (``.po``/``.pot``, ``.tmx``,
``.csv``, ``.tsv``) or, for other names, by sniffing the first bytes, and walks
a directory for every ``*.po`` below it.  Language codes come out normalized
(``zh_CN`` -> ``zh-CN``), and entries without a translation are left out:
a memory holds only pairs.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from tm._shared.compat import renamed_keywords
from tm._shared.files import peek_bytes
from tm._shared.lang import is_wellformed_lang, lang_key, normalize_lang
from tm._shared.signature import po_timestamp, signature
from tm._version import __version__
from tm.errors import ParseError, UsageError
from tm.formats.tabular import read_csv, write_csv
from tm.formats.tmx import read_tmx, write_tmx
from tm.model import Unit

if TYPE_CHECKING:
    import polib

__all__ = ["FORMATS", "detect_format", "read_units", "units_to_po", "write_units"]

#: Extension -> format name understood by :func:`read_units`.
FORMATS = {".po": "po", ".pot": "po", ".tmx": "tmx", ".csv": "csv", ".tsv": "tsv",
           ".tab": "tsv"}


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
    head = _peek(name)
    text = head.decode("utf-8", "replace").lstrip("\ufeff")
    if "<tmx" in text:
        return "tmx"
    if "\nmsgid " in f"\n{text}" or 'msgid "' in text:
        return "po"
    first = text.split("\n", 1)[0]
    if "\t" in first:
        return "tsv"
    if "," in first:
        return "csv"
    raise ParseError(name, 0, "unknown file format; expected .po, .pot, .tmx, .csv or .tsv")


def _peek(name: str) -> bytes:
    """The first 4 KB; a pipe or stdin is read once and replayed to the reader."""
    return peek_bytes(name, 4096)


@renamed_keywords(srclang="source_lang")
def read_units(path: str | os.PathLike[str], *, include_fuzzy: bool = False,
               include_obsolete: bool = False, source_lang: str | None = None,
               on_warning: Callable[[str], None] | None = None) -> Iterator[Unit]:
    """Yield the translated units of *path*: a PO/POT, TMX, CSV/TSV file or a directory.

    A directory yields the units of every ``*.po`` below it, in sorted order.
    Fuzzy and obsolete PO entries are skipped unless asked for; *source_lang*
    overrides a TMX header's source language (and is that of a CSV/TSV without
    language columns); *on_warning* receives the
    warnings of lenient readers (TMX without srclang, unusual codes).  Units
    with an empty source or target are skipped.
    """
    name = str(path)
    if name != "-" and os.path.isdir(name):
        files = sorted(p for p in Path(name).rglob("*.po") if p.is_file())
        if not files:
            raise ParseError(name, 0, "no *.po files below this directory")
        for file in files:
            yield from read_units(file, include_fuzzy=include_fuzzy,
                                  include_obsolete=include_obsolete)
        return
    fmt = detect_format(name)
    if fmt == "po":
        units = _po_units(name, include_fuzzy, include_obsolete)
    elif fmt == "tmx":
        units = read_tmx(name, source_lang=source_lang, on_warning=on_warning)
    else:
        units = read_csv(name, delimiter="\t" if fmt == "tsv" else ",",
                         source_lang=source_lang or "en")
    for unit in units:
        if unit.source and unit.target:
            yield _normalized(unit)


def _po_units(name: str, include_fuzzy: bool, include_obsolete: bool) -> Iterator[Unit]:
    from tm.formats.po import read_po, units_from_po

    po = read_po(name)
    lang = po.metadata.get("Language", "").strip()
    if not lang:
        lang = _lang_from_path(name)
    for unit in units_from_po(po, name, include_fuzzy=include_fuzzy,
                              include_obsolete=include_obsolete):
        yield dataclasses.replace(unit, target_lang=lang) if lang else unit


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
                fmt: str | None = None, source_lang: str = "en") -> int:
    """Write *units* to *path* as ``po``, ``tmx``, ``csv`` or ``tsv``; return the count.

    *fmt* defaults to the extension's format.  Files are written atomically
    (``-`` = stdout).  PO output holds one language pair (the first unit's) and
    one entry per (context, source), as gettext requires; see :func:`units_to_po`.
    """
    name = str(path)
    fmt = fmt or FORMATS.get(Path(name).suffix.lower())
    if fmt == "tmx":
        return write_tmx(units, name, source_lang=source_lang)
    if fmt in ("csv", "tsv"):
        return write_csv(units, name, delimiter="\t" if fmt == "tsv" else ",")
    if fmt == "po":
        from tm.formats.po import write_po

        po = units_to_po(units)
        write_po(po, name)
        return len(po)
    raise UsageError(f"unknown output format {fmt!r} for {name}; use po, tmx, csv or tsv")


_PLURAL_FORMS = {"zh": "nplurals=1; plural=0;", "zh-Hant": "nplurals=1; plural=0;",
                 "en": "nplurals=2; plural=(n != 1);"}


def units_to_po(units: Iterable[Unit]) -> polib.POFile:
    """A POFile of *units*: msgctxt = context, msgid = source, msgstr = target.

    The header names the first unit's target language and ``X-Generator: tm``;
    units in another language pair, and repeats of a (context, source) already
    written, are left out (a PO file holds one translation per message).  Notes
    become translator comments; fuzzy units get the ``fuzzy`` flag.
    """
    import polib

    from tm.formats.po import new_po

    it = iter(units)
    first = next(it, None)
    src = normalize_lang(first.source_lang) if first else "en"
    tgt = normalize_lang(first.target_lang) if first else "zh-CN"
    metadata = {"Project-Id-Version": "tm export",
                "PO-Revision-Date": po_timestamp(),
                "Last-Translator": f"tm {__version__} export",
                "Language-Team": tgt.replace("-", "_"), "Language": tgt.replace("-", "_"),
                "Plural-Forms": _PLURAL_FORMS.get(lang_key(tgt), "nplurals=2; plural=(n != 1);"),
                "X-Generator": signature()}
    if lang_key(src) != "en":
        metadata["X-Source-Language"] = src.replace("-", "_")
    po = new_po(metadata)
    seen: set[tuple[str, str]] = set()
    for unit in itertools.chain([first] if first else [], it):
        key = (unit.context, unit.source)
        if key in seen or lang_key(unit.source_lang) != lang_key(src) \
                or lang_key(unit.target_lang) != lang_key(tgt):
            continue
        seen.add(key)
        po.append(polib.POEntry(msgctxt=unit.context or None, msgid=unit.source,
                                msgstr=unit.target, tcomment=unit.note,
                                flags=["fuzzy"] if unit.fuzzy else []))
    return po
