"""XLIFF 1.2 files: the exchange format every CAT tool (OmegaT, Okapi, Trados) opens.

:func:`format_xliff` / :func:`write_xliff` write one ``<trans-unit>`` per
:class:`~tm.model.Unit` (``id`` = the unit's stable id, ``<source xml:lang>``,
and a ``<target>`` when the unit has a translation); :func:`read_xliff` reads
trans-units back as units (streaming, through defusedxml).  Inline codes
travel both ways: read into the unit's ``source_markup``/``target_markup``
(TMX markup), written back as XLIFF 1.2 inline elements (``g``, ``x``,
``bx``/``ex``, ``bpt``/``ept``, ``ph``, ``it``; see tm.formats._inline).

Text that XML 1.0 cannot carry (C0 controls other than tab, line feed and
carriage return; lone surrogates; U+FFFE/U+FFFF) is refused with a
UsageError, as by every XML writer of tm (tm._shared.xml): never replaced.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from xml.etree.ElementTree import Element

from tm._shared.files import atomic_writer, read_bytes
from tm._shared.lang import normalize_lang
from tm._shared.po_header import form_count, plural_forms
from tm._shared.signature import TOOL_ID
from tm._shared.xml import XML_DECLARATION, decode_xml, parse_xml, xml_attr, xml_text
from tm.errors import ParseError, UsageError
from tm.formats._inline import field_of, markup_text, xliff_content, xliff_markup
from tm.formats._pobuild import FURTHER_TRANSLATION
from tm.formats._tmxunits import TRADOS_CONFIRMED
from tm.model import Origin, Unit

__all__ = ["GENERATED_ID", "GETTEXT_HEADER_RESTYPE", "POSITION_ID", "XLIFF_NS", "format_xliff",
           "read_xliff", "read_xliff_with_ids", "unit_context", "write_xliff"]

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
_NS = "{" + XLIFF_NS + "}"
#: Earlier XLIFF 1.x read as 1.2, by their namespace (XLIFF 1.0 has none: it has a DTD).
#: Every element and attribute tm reads is the same in 1.0, 1.1 and 1.2 (1.2 added
#: ``seg-source``, ``mrk mtype="seg"`` and more ``state`` values, absent from older
#: files); Translate Toolkit's po2xliff and Weblate's download write 1.1.
_EARLIER_1X = {"urn:oasis:names:tc:xliff:document:1.1": "1.1", "": "1.0"}
#: ``restype`` of the trans-unit that carries a PO file's header (Translate Toolkit's
#: po2xliff, Weblate): the catalog's metadata, not a message to translate or remember.
GETTEXT_HEADER_RESTYPE = "x-gettext-domain-header"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _text(text: str, what: str = "text") -> str:
    return xml_text(text, what)


def _attr(text: str, what: str = "attribute") -> str:
    return xml_attr(text, what)


# A unit's field is named in the error (field_of: its file, line and source) only when
# XML cannot hold it: naming it beforehand, for every field of every unit, was some 40%
# of the time of writing a small unit.  The failing call is made again with the name,
# so the error is the one it always was (the escaping raises UsageError, nothing else).
def _unit_attr(value: str, field: str, unit: Unit) -> str:
    try:
        return xml_attr(value)
    except UsageError:
        return xml_attr(value, field_of(field, unit))


def _unit_text(value: str, field: str, unit: Unit) -> str:
    try:
        return xml_text(value)
    except UsageError:
        return xml_text(value, field_of(field, unit))


def _unit_content(text: str, markup: str, field: str, unit: Unit) -> str:
    try:
        return xliff_content(text, markup, "text")
    except UsageError:
        return xliff_content(text, markup, field_of(field, unit))


def _unit_xml(unit: Unit, uid: str, target_lang: str, approve: bool = True) -> str:
    # approved="yes" on a translation not to review: Translate Toolkit (and Pootle,
    # Weblate) read a unit that is not approved as fuzzy.  Not on a machine's output
    # (*approve* false): Okapi, memoQ and Trados take approved="yes" for signed off.
    approved = ' approved="yes"' if approve and unit.target and not unit.fuzzy else ""
    # resname carries the context itself: the id is made up when the unit has none,
    # and read back as a context it would make every such unit a new one on re-import.
    lines = [f'      <trans-unit id={_unit_attr(uid, "id", unit)}'
             f' resname={_unit_attr(unit.context, "context", unit)}{approved} '
             'xml:space="preserve">',
             f"        <source xml:lang={_attr(normalize_lang(unit.source_lang))}>"
             f"{_unit_content(unit.source, unit.source_markup, 'source', unit)}"
             "</source>"]
    if unit.target:
        state = "needs-review-translation" if unit.fuzzy else "translated"
        target = _unit_content(unit.target, unit.target_markup, "target", unit)
        lines.append(f"        <target xml:lang={_attr(target_lang)} state=\"{state}\">"
                     f"{target}</target>")
    if unit.note:
        lines.append(f"        <note>{_unit_text(unit.note, 'note', unit)}</note>")
    if unit.origin:
        origin = _unit_text(str(unit.origin), "origin", unit)
        lines.append('        <context-group purpose="location">'
                     f'<context context-type="sourcefile">{origin}</context>'
                     "</context-group>")
    lines.append("      </trans-unit>")
    return "\n".join(lines)


def format_xliff(units: Iterable[Unit], *, original: str, source_lang: str = "en",
                 target_lang: str = "zh-CN", tool_version: str = "",
                 note: str = "", approve: bool = True, datatype: str = "plaintext") -> str:
    """Return an XLIFF 1.2 document holding *units* as one ``<file>``.

    Language codes are written as BCP 47 (``zh_CN`` -> ``zh-CN``), which the
    schema requires of ``xml:lang``.  A translation that is not fuzzy is
    ``state="translated"``, and ``approved="yes"`` (what Translate Toolkit,
    Pootle and Weblate read as not fuzzy) unless *approve* is false: a
    translation nobody reviewed, such as an automatic alignment, is not
    approved, since Okapi, memoQ and Trados read approved="yes" as signed off.

    *original* names the source document and *datatype* its kind (XLIFF 1.2's
    ``datatype``: ``plaintext``, ``html``...), *tool_version* and *note* go into
    the header (``<tool>``, ``<note>``) as the signature of what produced it.
    """
    source_lang, target_lang = normalize_lang(source_lang), normalize_lang(target_lang)
    head = _head(original, source_lang, target_lang, tool_version, note, datatype)
    body = []
    used: set[str] = set()
    for i, unit in enumerate(units, 1):
        uid, n = unit.context or f"u{i}", 2
        while uid in used:  # ids are unique within a <file>
            uid, n = f"{unit.context or f'u{i}'}-{n}", n + 1
        used.add(uid)
        body.append(_unit_xml(unit, uid, target_lang, approve))
    tail = ["    </body>", "  </file>", "</xliff>"]
    return "\n".join([head, *body, *tail]) + "\n"


@lru_cache(maxsize=16)
def _head(original: str, source_lang: str, target_lang: str, tool_version: str, note: str,
          datatype: str) -> str:
    """The document up to ``<body>``: the same for every call that writes one document.

    ``tm segment`` streams an XLIFF file by calling format_xliff once per unit
    (the layout has one owner): the header was built again for each, a third
    of the call.  A header XML cannot hold raises each time (errors are not cached).
    """
    head = [
        XML_DECLARATION,
        f'<xliff version="1.2" xmlns="{XLIFF_NS}">',
        f"  <file original={_attr(original)} source-language={_attr(source_lang)}"
        f" target-language={_attr(target_lang)} datatype={_attr(datatype)}>",
        "    <header>",
        f'      <tool tool-id="{TOOL_ID}" tool-name="{TOOL_ID}" '
        f'tool-version={_attr(tool_version)}/>',
    ]
    if note:
        head.append(f"      <note>{_text(note)}</note>")
    head += ["    </header>", "    <body>"]
    return "\n".join(head)


def write_xliff(units: Iterable[Unit], path: str | os.PathLike[str], *, original: str = "",
                source_lang: str = "en", target_lang: str = "zh-CN", tool_version: str = "",
                note: str = "") -> None:
    """Write *units* to *path* (``-`` = stdout) atomically; see :func:`format_xliff`."""
    text = format_xliff(units, original=original or os.path.basename(str(path)),
                        source_lang=source_lang, target_lang=target_lang,
                        tool_version=tool_version, note=note)
    with atomic_writer(path) as fh:
        fh.write(text)


def _text_of(element: Element | None, markup: str) -> str:
    """The plain text of a ``<source>``/``<target>``: its markup's text when it has codes.

    The two agree but for a code's ``equiv-text`` (``<x equiv-text="{time}"/>``),
    which is text the element holds only as an attribute: "Night tide alert at ."
    lost its placeholder, and a pre-translation filled " 夜间潮汐提醒。".
    """
    text = markup_text(markup) if markup else None
    return _inner_text(element) if text is None else text


def _inner_text(element: object) -> str:
    # Inline markup (<g>, <x/>, <mrk>...) contributes its text content.
    return "".join(element.itertext()) if element is not None else ""  # type: ignore[attr-defined]


#: XLIFF 1.2 states of a target that is a finished translation (no state: the tool has none).
_FINISHED_STATES = frozenset({"", "translated", "final", "signed-off"})
#: State qualifiers saying a target came from a machine or a fuzzy match, not a translator.
_SUGGESTED = frozenset({"mt-suggestion", "fuzzy-match", "leveraged-mt"})


def _unfinished(target: Element) -> bool:
    """Whether the XLIFF *target* is, by its own tool's account, not a finished translation.

    CAT tools pre-fill the targets of untranslated units with a copy of the source
    or a machine translation (``state="needs-translation"``/``"new"``,
    ``state-qualifier="mt-suggestion"``).  Such a target is read as fuzzy, so a
    memory imports it untrusted and never offers it as a final 100% match; a
    ``final`` or ``signed-off`` target is finished whatever it came from.
    """
    state = target.get("state", "")
    if state not in _FINISHED_STATES:
        return True
    return state == "translated" and target.get("state-qualifier", "") in _SUGGESTED


def _unapproved(tu: Element) -> bool:
    """Whether the trans-unit says its translation has not passed review (``approved="no"``).

    XLIFF 1.2 ``approved`` is ``yes`` or ``no``; Translate Toolkit (Pootle, Weblate)
    writes ``approved="no"`` on a unit whose translation is a draft (fuzzy), whatever
    its target's ``state``.  Only an explicit ``no`` counts: most tools write
    no ``approved`` at all, and their targets are read by ``state`` alone.
    """
    return tu.get("approved", "").strip().lower() == "no"


#: memoQ's namespace (MQXLIFF) and the ``mq:status`` values of a confirmed segment; the
#: others (NotStarted, Edited, PartiallyEdited, Pretranslated, MachineTranslated,
#: AssembledFromFragments, Rejected) are a translation nobody has confirmed.
_MEMOQ = "{MQXliff}"
MEMOQ_CONFIRMED = frozenset({"ManuallyConfirmed", "Reviewer1Confirmed", "Reviewer2Confirmed"})


def _unconfirmed_in_memoq(tu: Element) -> bool:
    """Whether memoQ marks the trans-unit's translation as not confirmed (``mq:status``).

    memoQ writes no XLIFF ``state``: a pre-translated, machine-translated or
    rejected segment looks finished but for its ``mq:status``.  No status: no say.
    """
    status = tu.get(_MEMOQ + "status")
    return status is not None and status not in MEMOQ_CONFIRMED


def read_xliff(path: str | os.PathLike[str]) -> Iterator[Unit]:
    """Yield the trans-units of the XLIFF 1.2 (or 1.1, 1.0) file at *path* as units.

    ``context`` is the trans-unit's ``resname`` (the resource's name; tm writes
    the unit's context there), else its id unless the id is only a number (a
    position, see :data:`POSITION_ID`); ``origin`` ``FILE:LINE``, the line
    its ``<trans-unit>`` starts on.  The text is the plain
    text of each side; its inline codes (``g``, ``x``, ``bpt``/``ept``, ``ph``...)
    are kept as TMX markup in ``source_markup``/``target_markup``, so
    :func:`tm.formats.tmx.write_tmx` writes them as ``<bpt>``/``<ept>``/``<ph>``.
    A PO header carried as a trans-unit (``restype="x-gettext-domain-header"``)
    is no message: left out.
    """
    for _, unit in read_xliff_with_ids(path):
        yield unit


def read_xliff_with_ids(path: str | os.PathLike[str]) -> Iterator[tuple[str, Unit]]:
    """:func:`read_xliff`'s units, each with its trans-unit's ``id`` as written.

    For a caller that merges by id (tm update refusing a tool's XLIFF names the
    unit), where the unit's ``context`` may leave a positional id out.
    """
    name = str(path)
    raw = decode_xml(read_bytes(name), name)
    root = _as_xliff12(parse_xml(raw, name, "XLIFF"), name)
    units = [(file, tu, wanted) for file in root.iter(_NS + "file")
             for tu, wanted in _trans_units(file, True)]
    lines = _trans_unit_lines(raw)
    if len(lines) != len(units):    # a <trans-unit in a comment or CDATA: number them instead
        lines = list(range(1, len(units) + 1))
    line_of = {id(tu): line for (_, tu, _), line in zip(units, lines, strict=True)}
    forms = {id(tu): (index, group[0]) for file in root.iter(_NS + "file")
             for group in _plural_groups(file) for index, tu in enumerate(group)}
    for file, tu, wanted in units:
        langs = file.get("source-language", "en"), file.get("target-language", "") or "zh-CN"
        index, first = forms.get(id(tu), (0, tu))
        if not wanted or tu.get("restype") == GETTEXT_HEADER_RESTYPE \
                or _form_the_language_lacks(tu, index, langs[1]):
            continue
        # every form of a plural message is that message: its first form's line and context,
        # as a PO entry's forms share the entry's (a check compares messages, not forms)
        origin = Origin(name, line_of[id(first)])
        context = unit_context(first, plural=id(tu) in forms)
        for unit in _units_of(tu, origin, langs, context):
            yield tu.get("id", ""), unit


#: ``restype`` of the group holding the forms of one plural message (Translate Toolkit,
#: Weblate: one trans-unit per form, ids ending ``[0]``, ``[1]`` …).
PLURAL_GROUP_RESTYPE = "x-gettext-plurals"
#: The ``[N]`` a plural form's id ends with.
_FORM_SUFFIX = re.compile(r"\[[0-9]+\]\Z")


def _plural_groups(file: Element) -> Iterator[list[Element]]:
    """The trans-units of each plural group of *file*, in form order."""
    for group in file.iter(_NS + "group"):
        if group.get("restype") == PLURAL_GROUP_RESTYPE:
            members = [child for child in group if child.tag == _NS + "trans-unit"]
            if members:
                yield members


#: A trans-unit id that is only a number (``1``, ``0042``; Translate Toolkit's plural
#: forms ``14[1]``) is the unit's position: memoQ, Translate Toolkit and Weblate number
#: the units of every file from 1 and renumber them when a string is inserted, so it
#: says nothing of where the text belongs and is no context (a same string at id 1 of
#: another document was a 101 % in-context match).  A ``resname``, or an id with any
#: other character (``welcome.title``, ``s1a2b3c4d``), names the text: a context.
POSITION_ID = re.compile(r"[0-9]+(?:\[[0-9]+\])?")
#: An id a tool made up to tag its units, stored as a unit's context (an XLIFF id, a
#: TMX tuid) but telling nothing of where the text belongs: a position
#: (:data:`POSITION_ID`), a GUID (``d6b7c0a8-1f3c-4b0e-9d4a-1b2c3d4e5f60``, braces or
#: not: Trados SDLXLIFF's and other tools' unit ids), or Okapi's ``tu`` and a number
#: after an optional document key (``tu12``, ``NFDBB2FA9-tu1``, a segment's
#: ``NFDBB2FA9-tu1_2``).  Taken for contexts, they bound every unit to its tool's id,
#: and tm pretranslate offered each exact match as fuzzy ("the memory's translation is
#: for context 'NFDBB2FA9-tu1'"); the memory reads them as no context
#: (tm.memory._contexts), whatever they are stored as.  So is a source reference,
#: ``FILE:LINE`` (several separated by spaces), which Translate Toolkit's po2csv and
#: Weblate write in the ``location`` column a CSV import stores as the context
#: (``article.txt:1``, ``src/a.c:3 src/b.c:9``): where the text was, not what it means.
#: Nor is a hex digest of the text (32, 40 or 64 hex digits: MD5, SHA-1, SHA-256), as
#: Angular's XLIFF 1.2 message ids are (``4a8f…``, the SHA-1 of the text and its meaning,
#: which Angular writes apart as a ``<note from="meaning">``).
#: Nor is the context tm gives a sentence's further translation in one file
#: (``translation 2``: :func:`tm.formats._pobuild.further_translation_context`), so
#: that translation is a rival of the first, not bound to a context of its own.
GENERATED_ID = re.compile(
    rf"{POSITION_ID.pattern}|{FURTHER_TRANSLATION.pattern}"
    r"|[0-9A-Fa-f]{32}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{64}"
    r"|\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?"
    r"|(?:[A-Za-z0-9]+-)?tu[0-9]+(?:_[0-9]+)?"
    r"|[^\s:]+(?::[^\s:]+)*:[0-9]+(?:\s+[^\s:]+(?::[^\s:]+)*:[0-9]+)*")


def _form_the_language_lacks(tu: Element, index: int, target_lang: str) -> bool:
    """Whether *tu*, form *index* of a plural group, is empty and a form *target_lang* lacks.

    po2xliff writes a trans-unit for msgid_plural even when the catalog's
    language has one form (Chinese: ``msgstr[0]`` alone serves every n); its
    empty target is no untranslated message.  A form the language has stays.
    """
    if index == 0 or _inner_text(tu.find(_NS + "target")).strip():
        return False
    return index >= (form_count(plural_forms(target_lang)) or 2)


def unit_context(tu: Element, *, plural: bool = False) -> str:
    """The context of trans-unit *tu*: its ``resname``, else its id unless a position.

    With *plural* (*tu* is the first form of a plural group) the id's form
    suffix ``[0]`` is no part of the context.
    """
    resname = tu.get("resname")
    uid = tu.get("id", "") if resname is None else resname
    if plural:
        uid = _FORM_SUFFIX.sub("", uid.strip())
    return "" if resname is None and POSITION_ID.fullmatch(uid.strip()) else uid


def _trans_units(parent: Element, translate: bool) -> Iterator[tuple[Element, bool]]:
    """Every trans-unit under *parent* in document order, and whether it is for translation.

    XLIFF 1.2 ``translate="no"`` on a trans-unit, or on a ``<group>`` around it
    (inherited), marks text the tool keeps as it is (code, a product name, a
    locked segment): its target is no translation, for a memory or a check.
    """
    stack = [(iter(parent), translate)]  # no recursion: nesting depth is the file's choice
    while stack:
        children, inherited = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            continue
        here = inherited
        if child.tag in (_NS + "trans-unit", _NS + "group") and child.get("translate"):
            here = child.get("translate", "").strip().lower() != "no"
        if child.tag == _NS + "trans-unit":
            yield child, here
        else:  # a group, the body, or any element a tool wraps units in
            stack.append((iter(child), here))


_TRANS_UNIT = re.compile(r"<(?:[\w.-]+:)?trans-unit[\s>/]")


def _trans_unit_lines(raw: str) -> list[int]:
    """The line each ``<trans-unit>`` of the document *raw* starts on, in document order.

    ElementTree keeps no line numbers; ``tm check`` and errors name the line a
    translator's editor shows, not the unit's position.
    """
    lines, line, last = [], 1, 0
    for found in _TRANS_UNIT.finditer(raw):
        line += raw.count("\n", last, found.start())
        last = found.start()
        lines.append(line)
    return lines


def _as_xliff12(root: Element, name: str) -> Element:
    """*root* as an XLIFF 1.2 tree: 1.2 as it is, 1.1 and 1.0 renamed into 1.2's namespace.

    Only the elements of the older version's own namespace (none for 1.0) are
    renamed; a tool's extensions (``mq:``, ``sdl:``...) keep theirs.  Anything
    else (XLIFF 2.x, another document) is a ParseError saying what it is.
    """
    namespace, _, local = root.tag.rpartition("}")
    namespace = namespace.lstrip("{")
    if local == "xliff" and namespace == XLIFF_NS:
        return root
    if local != "xliff" or namespace not in _EARLIER_1X \
            or root.get("version", _EARLIER_1X.get(namespace)) not in _EARLIER_1X.values():
        raise ParseError(name, 0, _not_xliff12(root))
    old = "{" + namespace + "}" if namespace else ""
    for element in root.iter():
        tag = element.tag
        if isinstance(tag, str) and tag.startswith(old) and (old or not tag.startswith("{")):
            element.tag = _NS + tag[len(old):]
    return root


def _not_xliff12(root: Element) -> str:
    """Why *root* is refused: another XLIFF version says which, anything else what was expected."""
    version = root.get("version", "")
    if root.tag.rpartition("}")[2] == "xliff" and version and version != "1.2":
        return (f"an XLIFF {version} file; tm reads XLIFF 1.0, 1.1 and 1.2 (save or "
                "convert the job as XLIFF 1.2 in the CAT tool, or with Okapi Rainbow)")
    return f"not an XLIFF 1.2 file (expected <xliff> in namespace {XLIFF_NS})"


def _units_of(tu: Element, origin: Origin, langs: tuple[str, str],
              context: str) -> Iterator[Unit]:
    """The units of one trans-unit: one per ``<seg-source>`` segment, else the whole unit."""
    target = tu.find(_NS + "target")
    segments = _segments(tu, target)
    unfinished = target is not None and (_unfinished(target) or _unapproved(tu)
                                         or _unconfirmed_in_memoq(tu))
    pairs = [(source, aim, fuzzy or unfinished) for source, aim, fuzzy in segments] \
        if segments else [(tu.find(_NS + "source"), target, unfinished)]
    # Every <note>: a developer's and a translator's, Angular's description and meaning.
    note = "\n".join(text for text in map(_inner_text, tu.findall(_NS + "note")) if text)
    for source, aim, fuzzy in pairs:
        try:
            markup = xliff_markup(source), xliff_markup(aim)
        except ValueError as err:
            raise ParseError(origin.path, origin.line, f"trans-unit {tu.get('id', '?')}: {err}") \
                from None
        yield Unit(
            source=_text_of(source, markup[0]),
            target=_text_of(aim, markup[1]),
            context=context,
            origin=origin,
            note=note,
            fuzzy=fuzzy,
            source_lang=langs[0],
            target_lang=langs[1],
            source_markup=markup[0],
            target_markup=markup[1],
        )


#: SDLXLIFF (Trados) per-segment status, ``<sdl:seg conf>``.
_SDL = "{http://sdl.com/FileTypes/SdlXliff/1.0}"


def _segments(tu: Element, target: Element | None) -> list[tuple[Element, Element | None, bool]]:
    """The (source, target, fuzzy) segments of a trans-unit that ``<seg-source>`` divides.

    Okapi, Trados and memoQ mark each sentence of a paragraph ``<mrk mtype="seg"
    mid="N">`` in ``<seg-source>`` and in ``<target>``; each pair is a unit (a
    target segment left empty is an untranslated sentence, never half of a
    paragraph's translation).  A target not divided the same way, or no
    ``<seg-source>``, gives [] (the trans-unit is one unit).  Trados marks a
    segment's status in ``<sdl:seg conf>``; one not confirmed is fuzzy.
    """
    seg_source = tu.find(_NS + "seg-source")
    if seg_source is None:
        return []
    sources = [m for m in seg_source.iter(_NS + "mrk") if m.get("mtype") == "seg"]
    targets = {m.get("mid"): m for m in (target.iter(_NS + "mrk") if target is not None else ())
               if m.get("mtype") == "seg"}
    if not sources or (target is not None and not targets and _inner_text(target).strip()):
        return []
    levels = {seg.get("id"): seg.get("conf", "") for seg in tu.iter(_SDL + "seg")}
    return [(m, targets.get(m.get("mid")),
             m.get("mid") in levels and levels[m.get("mid")] not in TRADOS_CONFIRMED)
            for m in sources]
