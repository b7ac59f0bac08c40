"""``tm update`` on an XLIFF 1.2 file: read it as the PO to update, and write the merge back.

The update itself works on a PO (:mod:`tm.updating._merge`); this module turns
an XLIFF into that PO and the merged PO into an XLIFF, and refuses the writes
that would give back a file its tool can no longer use: a CAT tool (Okapi,
Trados, memoQ, OmegaT, Weblate) merges a translated XLIFF into its document by
the trans-unit ids and inline codes it wrote, which a merge by sentence cannot
keep.
"""

from __future__ import annotations

import html
import os

import polib
import regex

from tm._shared.files import peek_bytes, read_bytes
from tm._shared.po_header import po_language
from tm._shared.signature import TOOL_ID
from tm.errors import UsageError
from tm.formats import SENTENCE_ID, entry_id, units_to_po
from tm.formats.po import catalog_languages
from tm.model import Unit

__all__ = ["po_as_xliff", "refuse_a_tools_xliff", "refuse_losing_xliff_content",
           "xliff_as_po", "xliff_file_attributes"]

#: How much of an XLIFF is searched for its <file> element and tool: the header's size.
_HEAD_BYTES = 64 * 1024
#: The first <file> of an XLIFF, as bytes: the attributes that name the source document.
_XLIFF_FILE = regex.compile(rb"<(?:\w+:)?file\s[^>]*>")
_XLIFF_ATTR = regex.compile(rb"""\s(original|datatype|source-language)\s*=\s*(["'])(.*?)\2""")
#: A trans-unit or group the tool keeps as it is (XLIFF 1.2 translate="no").
_TRANSLATE_NO = regex.compile(rb"""\stranslate\s*=\s*(["'])no\1""")
#: The tool an XLIFF names, best first: a <tool tool-name>, a tool-id, a <file tool> (1.1).
_TOOL = [regex.compile(rb"\s" + attr + rb"""\s*=\s*(["'])([^"'<>]{1,80})\1""")
         for attr in (rb"tool-name", rb"tool-id", rb"tool")]


def xliff_as_po(path: str) -> polib.POFile:
    """The trans-units of an XLIFF 1.2 file (translated or not) as the PO to update."""
    from tm.formats.xliff import read_xliff

    units = list(read_xliff(path))
    po = units_to_po(units)
    first = units[0] if units else None
    po.metadata["Language"] = po_language(first.target_lang if first else "zh-CN")
    translated = {(u.source, u.target) for u in units}
    for unit in units:  # units_to_po keeps only translated pairs; keep the rest too
        if not unit.target and (unit.source, "") not in translated:
            po.append(polib.POEntry(msgid=unit.source, msgstr=""))
    return po


def xliff_file_attributes(path: str) -> dict[str, str]:
    """``original``, ``datatype`` and ``source-language`` of the first ``<file>`` of *path*.

    The tool that made the XLIFF merges it back into its document by them.
    """
    found = _XLIFF_FILE.search(peek_bytes(path, _HEAD_BYTES))
    if found is None:
        return {}
    return {m.group(1).decode(): html.unescape(m.group(3).decode("utf-8", "replace"))
            for m in _XLIFF_ATTR.finditer(found.group(0))}


def po_as_xliff(po: polib.POFile, target: str, made_from: dict[str, str]) -> str:
    """The active entries of the merged PO as XLIFF 1.2 (fuzzy: needs-review-translation).

    The ``<file>`` keeps the ``original``, ``datatype`` and source language of the
    XLIFF it was made from (*made_from*); no unit is marked ``approved``: nobody
    approved what the update wrote.
    """
    from tm.formats.xliff import format_xliff

    lang = catalog_languages(po)[1]
    units = [Unit(e.msgid, e.msgstr, context=entry_id(e), fuzzy="fuzzy" in e.flags,
                  note=e.tcomment, target_lang=lang,
                  source_lang=made_from.get("source-language") or "en")
             for e in po if not e.obsolete]
    return format_xliff(units, original=made_from.get("original") or os.path.basename(target),
                        source_lang=made_from.get("source-language") or "en",
                        target_lang=lang, note=po.metadata.get("X-Tm-Signature", ""),
                        approve=False, datatype=made_from.get("datatype") or "plaintext")


def refuse_a_tools_xliff(path: str) -> None:
    """UsageError when *path* is a CAT tool's XLIFF, which tm update cannot write back.

    The XLIFF tm writes names tm as its tool (``<tool tool-id="tm">``) and has
    one trans-unit per sentence, ids that are sentence ids and no inline
    codes.  A tool's XLIFF (trans-unit ids such as ``tu1``, a paragraph divided
    by ``<mrk mtype="seg">``, ``<g>``/``<x/>`` codes) is merged back into its
    document by those ids and codes; rewritten by sentence it would merge
    nothing.  Inline codes are refused in any XLIFF (they would be stripped),
    other ids only in an XLIFF another tool made.  Refused for XLIFF output, in
    place or with ``-o``; a PO (``-o NEW.po``) can be written for review.
    """
    from tm.formats.xliff import read_xliff_with_ids

    head = peek_bytes(path, _HEAD_BYTES)
    tool = next(filter(None, (attr.search(head) for attr in _TOOL)), None)
    made_by = tool.group(2).decode("utf-8", "replace") if tool else "the tool that made it"
    ours = made_by == TOOL_ID  # tm export / align / segment: ids are tm's however they look
    found = next(((uid, u) for uid, u in read_xliff_with_ids(path)
                  if u.source_markup or u.target_markup
                  or not (ours or SENTENCE_ID.fullmatch(uid))), None)
    if found is None:
        return
    uid, foreign = found
    what = "inline codes" if foreign.source_markup or foreign.target_markup \
        else f"trans-unit {uid!r}"
    raise UsageError(
        f"{foreign.origin}: {what}: {made_by} merges this XLIFF back by trans-unit id and "
        "inline codes, which tm update cannot keep; write the merge with -o NEW.po to "
        "review it, and for the tool extract the revised document again and fill it from a "
        "TMX (tm import FILE --db tm.db; tm export --db tm.db -o tm.tmx)")


def refuse_losing_xliff_content(path: str, merged: polib.POFile) -> None:
    """UsageError when rewriting the XLIFF *path* as *merged* would lose what a translator wrote.

    XLIFF has no obsolete section: a translation whose sentence left the source
    would vanish from a file rewritten in place.  Refused, so the file stays as
    it is; ``-o`` writes the result elsewhere.
    """
    from tm.formats.xliff import read_xliff

    locked = _TRANSLATE_NO.search(read_bytes(path))
    if locked is not None:  # read_xliff leaves them out, so the rewrite would too
        raise UsageError(
            f"{path}: holds trans-units marked translate=\"no\", which tm update would drop "
            "when it rewrites the file: write the result elsewhere with -o NEW.xlf, which "
            "leaves this file as it is")
    kept = {entry.msgstr for entry in merged if not entry.obsolete and entry.msgstr}
    lost = [u for u in read_xliff(path) if u.target and u.target not in kept]
    if lost:
        raise UsageError(
            f"{path}: tm update would drop {len(lost)} translation(s) whose sentence left "
            f"the source (first: {lost[0].source[:40]!r} -> {lost[0].target[:40]!r}), and "
            "XLIFF has no obsolete section: write the result elsewhere with -o NEW.xlf, "
            "which leaves this file as it is")
