"""TBX termbases (ISO 30042): read TBX-Basic (``martif``) and TBX v3 (``tbx``) files.

A TBX file holds concepts (``termEntry`` / ``conceptEntry``), each with one
language section per language (``langSet`` / ``langSec``) holding terms
(``tig``, ``ntig`` / ``termSec``).  :func:`read_tbx` turns each source-language
term of a concept into a :class:`tm.Term` whose targets are the concept's
approved target-language terms and whose ``forbidden`` are the target terms
marked deprecated or superseded (``administrativeStatus``
``deprecatedTerm-admn-sts`` / ``supersededTerm-admn-sts``, or
``normativeAuthorization`` ``deprecatedTerm`` / ``supersededTerm``).

Parsing goes through defusedxml: glossaries come from outside, and an entity
bomb or an external entity is refused with a :class:`tm.ParseError`.
:func:`write_tbx` writes TBX-Basic, as TBX v3 (valid against the TBX core schema
and the TBX-Basic dialect rules) or TBX v2 (``martif``, TBX-Basic 2008, for
OmegaT and Translate Toolkit), that :func:`read_tbx` reads back.
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from tm._shared.files import atomic_writer, read_bytes
from tm._shared.lang import lang_key, normalize_lang, same_language
from tm._shared.xml import XML_DECLARATION, decode_xml, parse_xml, xml_attr, xml_id, xml_text
from tm.errors import ParseError
from tm.model import Term, TermForm

__all__ = ["CASE_SENSITIVE_NOTE", "TBX_ROOT_NAMES", "TBX_VERSIONS", "basic_pos", "looks_like_tbx",
           "read_tbx", "write_tbx"]

#: The root element of a TBX file, v3 (``<tbx>``) or v2 (``<martif>``), namespace prefix allowed.
#: The root element's local name of a TBX file: v2's ``martif``, v3's ``tbx``.
TBX_ROOT_NAMES = ("martif", "tbx")
TBX_ROOT = re.compile(r"<(?:[\w.-]+:)?(?:" + "|".join(TBX_ROOT_NAMES) + r")[\s>]")


def looks_like_tbx(text: str) -> bool:
    """Whether *text* (the start of a file) holds a TBX root element.

    How a termbase given without its ``.tbx`` extension (stdin, a renamed file)
    is told from other files: by ``tm import`` (which refuses it, a glossary is
    no translation units), the prose commands and ``--glossary``.
    """
    return TBX_ROOT.search(text) is not None

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_FORBIDDEN = {
    "deprecatedterm-admn-sts", "supersededterm-admn-sts", "deprecatedterm", "supersededterm",
    "deprecated", "superseded", "forbidden", "notrecommended",
}
#: Administrative statuses TBX-Basic knows (without the ``Term-admn-sts`` suffix).
_STATUSES = ("preferred", "admitted", "deprecated", "superseded")
_FORBIDDEN_STATUSES = ("deprecated", "superseded")
#: TBX-Basic's termType picklist by its folded spelling ("full form" is fullForm).
_TERM_TYPES = {v.lower(): v for v in ("fullForm", "acronym", "abbreviation", "shortForm",
                                      "variant", "phrase")}
_CASE_TYPES = {"x-casesensitive", "casesensitive", "x-case-sensitive", "case-sensitive"}
_DCT_CATEGORIES = {
    "partofspeech", "administrativestatus", "normativeauthorization", "termtype",
    "x-casesensitive", "casesensitive",
}
#: TBX-Basic's partOfSpeech picklist (TBX-Basic_DCA.sch), and the values tm maps onto it.
_POS_PICKLIST = {
    **{p: p for p in ("adjective", "noun", "other", "verb", "adverb")},
    "propernoun": "noun", "proper noun": "noun", "n": "noun", "noun phrase": "noun",
    "v": "verb", "adj": "adjective", "adv": "adverb",
}
#: TBX-Basic has no case-sensitivity data category: a term-level note with this text says it.
CASE_SENSITIVE_NOTE = "case-sensitive"
_ENTRY = re.compile(r"<(?:[\w.-]+:)?(?:termEntry|conceptEntry)\b")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(elem: Element, *names: str) -> list[Element]:
    return [c for c in elem if _local(c.tag) in names]


def _text(elem: Element) -> str:
    return " ".join("".join(elem.itertext()).split())


#: Elements whose text is a note on a concept or a language section.
_NOTE_ELEMENTS = ("note", "descrip", "definition")


def _is_definition(elem: Element) -> bool:
    """A definition: ``<descrip type="definition">`` (DCA) or ``<definition>`` (DCT)."""
    return _local(elem.tag) == "definition" or (
        _local(elem.tag) == "descrip" and (elem.get("type") or "").lower() == "definition")


def _notes(elem: Element, skip: Sequence[Element] = ()) -> tuple[list[str], list[str]]:
    """The (definitions, other notes) written directly in *elem* (a concept or a language
    section).

    A ``<descripGrp>`` (TBX-Basic's definition with its source, as MultiTerm
    exports it) gives its own descrip/note text, not the ``<admin>`` source glued
    on; a ``<transacGrp>`` (who changed it when) is no note.  *skip* holds elements
    read otherwise (the subject field).
    """
    definitions: list[str] = []
    notes: list[str] = []
    for child in _children(elem, *_NOTE_ELEMENTS, "descripGrp"):
        if child in skip:
            continue
        parts = _children(child, *_NOTE_ELEMENTS) if _local(child.tag) == "descripGrp" \
            else [child]
        for part in parts:
            text = _text(part)
            if text:
                (definitions if _is_definition(part) else notes).append(text)
    return definitions, notes


def read_tbx(path: str | os.PathLike[str], *, source_lang: str = "en",
             target_lang: str = "zh-CN",
             on_warning: Callable[[str], None] | None = None,
             term_problem: Callable[[Term], str | None] | None = None) -> list[Term]:
    """The terms of the TBX file *path* from *source_lang* to *target_lang*.

    Concepts without a source term or without any target term are skipped
    (a multilingual termbase need not cover every pair).  Terms in another
    variety of the source or target language (zh-TW beside the zh-CN asked
    for) are left out, and *on_warning* (else :func:`warnings.warn`) is told
    which, with the file and the first entry holding one; so is every term for
    which *term_problem* has something to say (``FILE:LINE: message``, the line
    of its entry: a glossary's term it can never find).  Raises ParseError
    (file and line) for malformed XML, forbidden entities, a root that is not
    TBX, or a file where no concept has both languages.
    """
    name = str(path)
    raw = decode_xml(read_bytes(path), name)
    root = _parse(raw, name)
    if _local(root.tag) not in ("martif", "tbx"):
        raise ParseError(name, 1, f"not a TBX file: root element is <{_local(root.tag)}>, "
                                  "expected <tbx> or <martif>")
    entries = [e for e in root.iter() if _local(e.tag) in ("termEntry", "conceptEntry")]
    if not entries:
        raise ParseError(name, 1, "no <termEntry> or <conceptEntry> in the file")
    entry_lines = [raw.count("\n", 0, m.start()) + 1 for m in _ENTRY.finditer(raw)]
    terms: list[Term] = []
    varieties: dict[str, int] = {}
    for index, entry in enumerate(entries):
        line = entry_lines[index] if index < len(entry_lines) else 0
        found = _entry_terms(entry, name, line, source_lang, target_lang)
        problems = [term_problem(term) for term in found] if term_problem is not None else []
        for problem in filter(None, problems):
            (on_warning or _default_warn)(f"{name}:{line}: {problem}")
        terms.extend(found)
        for lang in (source_lang, target_lang):
            for other in _other_varieties(entry, lang):
                varieties.setdefault(other, line)
    if not terms:
        held = sorted({s.get(_XML_LANG, s.get("lang", "")) or "(none)" for e in entries
                       for s in _children(e, "langSet", "langSec")})
        raise ParseError(name, 1, f"no concept has both a {source_lang!r} and a "
                                  f"{target_lang!r} term; the file's languages: "
                                  f"{', '.join(held)}")
    if varieties:
        (on_warning or _default_warn)(
            f"{name}:{min(varieties.values())}: terms in {', '.join(sorted(varieties))} left "
            f"out: the languages read are {source_lang} and {target_lang} (tm check takes "
            "the target from the catalog's Language header; --target-lang chooses another)")
    return terms


def _default_warn(message: str) -> None:
    warnings.warn(message, UserWarning, stacklevel=3)


def _other_varieties(entry: Element, lang: str) -> list[str]:
    """The codes of *entry*'s sections in another variety of *lang* than the one read.

    A zh-TW section beside the zh-CN one asked for, or an en-GB one when en-US is:
    same language, other region or script, not read.
    """
    chosen = _lang_sections(entry, lang)
    base = lang_key(lang, strict=True).split("-")[0]
    codes = (normalize_lang(s.get(_XML_LANG, s.get("lang", "")) or "")
             for s in _children(entry, "langSet", "langSec") if s not in chosen)
    return [code for code in codes if code.split("-")[0] == base]


def _parse(raw: str, name: str) -> Element:
    return parse_xml(raw, name, "TBX")


def _lang_sections(entry: Element, lang: str) -> list[Element]:
    sections = _children(entry, "langSet", "langSec")
    exact = [s for s in sections
             if lang_key(s.get(_XML_LANG, s.get("lang", "")), strict=True) ==
             lang_key(lang, strict=True)]
    return exact or [s for s in sections
                     if same_language(s.get(_XML_LANG, s.get("lang", "")) or "und", lang)]


def _term_groups(section: Element) -> list[Element]:
    """tig / ntig / termSec elements (or the section itself for a bare <term>)."""
    groups = _children(section, "tig", "ntig", "termSec")
    return groups or ([section] if _children(section, "term") else [])


def _term_info(group: Element) -> tuple[str, dict[str, str], list[str]]:
    """(term text, termNote/descrip values by lower-case type, notes) of a term group."""
    term = next((e for e in group.iter() if _local(e.tag) == "term"), None)
    info: dict[str, str] = {}
    notes: list[str] = []
    for elem in group.iter():
        kind = _local(elem.tag)
        if kind in ("termNote", "descrip", "admin"):
            info[(elem.get("type") or "").lower()] = _text(elem)
        elif kind in ("note", "definition"):
            if _text(elem).lower() == CASE_SENSITIVE_NOTE:
                info[CASE_SENSITIVE_NOTE] = "yes"
            else:
                notes.append(_text(elem))
        elif kind.lower() in _DCT_CATEGORIES:  # TBX v3 DCT style: <basic:partOfSpeech>
            info[kind.lower()] = _text(elem)
    return (_text(term) if term is not None else ""), info, notes


def _status(info: dict[str, str]) -> str:
    """A term's administrative status as :class:`tm.TermForm` spells it ("" if none is said).

    ``administrativeStatus`` (``preferredTerm-admn-sts`` ...) or, in older files,
    ``normativeAuthorization`` (``deprecatedTerm``); the other words for a
    forbidden term that termbases use (``forbidden``, ``notRecommended``) are
    ``deprecated``.
    """
    words = (info.get("administrativestatus", "") + " " +
             info.get("normativeauthorization", "")).lower().split()
    said = [word.removesuffix("-admn-sts").removesuffix("term") for word in words]
    # A term marked both ways (preferred by one category, deprecated by the other) is
    # forbidden: a wrong rendering let through costs more than a right one flagged.
    for short in (*_FORBIDDEN_STATUSES, *_STATUSES):
        if short in said:
            return short
    return "deprecated" if any(word in _FORBIDDEN for word in words) else ""


def _term_type(value: str) -> str:
    """*value* as a value of TBX-Basic's termType picklist ("" for one outside it)."""
    return _TERM_TYPES.get("".join(value.lower().replace("-", " ").split()), "")


def _entry_terms(entry: Element, name: str, line: int, source_lang: str,
                 target_lang: str) -> list[Term]:
    targets: list[str] = []
    forbidden: list[str] = []
    forms: list[TermForm] = []
    for section in _lang_sections(entry, target_lang):
        for group in _term_groups(section):
            text, info, _ = _term_info(group)
            if not text:
                raise ParseError(name, line, f"empty {target_lang} <term> in this entry")
            status = _status(info)
            bucket = forbidden if status in _FORBIDDEN_STATUSES else targets
            if status == "preferred":
                bucket.insert(0, text)
            elif text not in bucket:
                bucket.append(text)
            # What the list holding the term says (forbidden: deprecated) is not said again.
            form = TermForm(text, "" if status == "deprecated" else status,
                            info.get("partofspeech", ""), _term_type(info.get("termtype", "")))
            if form != TermForm(text) and all(f.text != text for f in forms):
                forms.append(form)
    if not targets and not forbidden:
        return []
    # In the order the terms are listed (targets, preferred first, then forbidden), as
    # write_tbx writes them: a termbase read, written and read again is the same.
    order = {text: n for n, text in enumerate(targets + forbidden)}
    forms.sort(key=lambda form: order[form.text])
    subjects = [e for e in _children(entry, "descrip")
                if (e.get("type") or "").lower() == "subjectfield"]
    subject = _text(subjects[0]) if subjects else ""
    entry_definitions, entry_notes = _notes(entry, subjects)
    terms = []
    for section in _lang_sections(entry, source_lang):
        section_definitions, section_notes = _notes(section)
        for group in _term_groups(section):
            text, info, notes = _term_info(group)
            notes = section_notes + notes if group is not section else notes
            if not text:
                raise ParseError(name, line, f"empty {source_lang} <term> in this entry")
            case = info.get(next((t for t in info if t in _CASE_TYPES), ""), "")
            terms.append(Term(
                source=text, targets=tuple(targets), forbidden=tuple(forbidden),
                pos=info.get("partofspeech", ""),
                case_sensitive=case.lower() in ("yes", "true", "1", "y"),
                note="; ".join(entry_notes + notes), id=entry.get("id", ""), subject=subject,
                definition="; ".join(entry_definitions + section_definitions),
                status=_status(info), term_type=_term_type(info.get("termtype", "")),
                target_forms=tuple(forms)))
    return terms


@dataclass(frozen=True)
class _Dialect:
    """The element names and header of one TBX version."""

    head: str
    tail: str
    entry: str
    section: str
    group: str


_TBX3 = _Dialect(
    head='<tbx type="TBX-Basic" style="dca" xml:lang={lang} xmlns="urn:iso:std:iso:30042:ed-2">\n'
         "  <tbxHeader><fileDesc><sourceDesc><p>tm glossary</p></sourceDesc></fileDesc>"
         "</tbxHeader>",
    tail="</tbx>", entry="conceptEntry", section="langSec", group="termSec")
# TBX-Basic 2008 (TBX v2, ISO 30042:2008), the version OmegaT and Translate Toolkit read.  No
# DOCTYPE: a reader would go looking for TBXBasiccoreStructV02.dtd, which nobody needs here.
_TBX2 = _Dialect(
    head='<martif type="TBX-Basic" xml:lang={lang}>\n'
         "  <martifHeader><fileDesc><sourceDesc><p>tm glossary</p></sourceDesc></fileDesc>"
         '<encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc></martifHeader>',
    tail="</martif>", entry="termEntry", section="langSet", group="tig")
TBX_VERSIONS = {2: _TBX2, 3: _TBX3}


def write_tbx(terms: Iterable[Term], path: str | os.PathLike[str], *, source_lang: str = "en",
              target_lang: str = "zh-CN", version: int = 3) -> None:
    """Write *terms* as a TBX-Basic file (atomically; ``-`` is stdout).

    ``version=3`` writes TBX v3 (``<tbx>``, ISO 30042:2019, DCA style), valid
    against the TBX core schema and the TBX-Basic dialect rules; ``version=2``
    writes TBX-Basic 2008 (``<martif>``), which OmegaT and Translate Toolkit
    read.  Terms sharing an ``id`` and their renderings become one concept; forbidden targets are
    marked ``administrativeStatus deprecatedTerm-admn-sts``.  TBX-Basic knows
    neither case sensitivity nor proper nouns: a case-sensitive term carries
    the note ``case-sensitive`` (which :func:`read_tbx` reads back as the flag)
    and a part of speech outside TBX-Basic's picklist is written as the nearest
    one (``properNoun`` as ``noun``).  Concept ids are made valid XML IDs.
    """
    dialect = TBX_VERSIONS.get(version)
    if dialect is None:
        raise ValueError(f"TBX version {version!r}: tm writes version 2 or 3")
    # A concept is one id with one set of renderings: terms sharing an id but not their
    # renderings (two concepts under one id in a hand-made TBX) stay two concepts.
    # A term without an id is a concept of its own (keyed by its place, so it never joins
    # a concept whose id happens to be the one made up for it, "c2").
    concepts: dict[Hashable, tuple[str, list[Term]]] = {}
    for n, term in enumerate(terms):
        key: Hashable = ((term.id, term.targets, term.forbidden, term.subject) if term.id
                         else n)
        concepts.setdefault(key, (term.id or f"c{n + 1}", []))[1].append(term)
    src, tgt = normalize_lang(source_lang), normalize_lang(target_lang)
    out = [XML_DECLARATION, dialect.head.format(lang=xml_attr(src)), "  <text><body>"]
    ids: set[str] = set()
    for cid, group in concepts.values():
        out.extend(_concept(dialect, xml_id(cid, ids), group, src, tgt))
    out.append(f"  </body></text>\n{dialect.tail}\n")
    with atomic_writer(path) as handle:
        handle.write("\n".join(out))


def _concept(dialect: _Dialect, cid: str, group: list[Term], src: str, tgt: str) -> list[str]:
    """The lines of one concept: its subject field, definition and note, then a section
    per language.

    A note every source term of the concept shares is the concept's ``<note>``; notes
    that differ stay on their own term.
    """
    first = group[0]
    out = [f"    <{dialect.entry} id={xml_attr(cid)}>"]
    if first.subject:
        out.append(f'      <descrip type="subjectField">{xml_text(first.subject)}</descrip>')
    if first.definition:
        out.append(f'      <descrip type="definition">{xml_text(first.definition)}</descrip>')
    shared_note = len({term.note for term in group}) == 1
    if first.note and shared_note:
        out.append(f"      <note>{xml_text(first.note)}</note>")
    out.append(f"      <{dialect.section} xml:lang={xml_attr(src)}>")
    out.extend(_term_group(dialect.group, TermForm(term.source, term.status, term.pos,
                                                   term.term_type),
                           term.case_sensitive, "" if shared_note else term.note)
               for term in group)
    out.append(f"      </{dialect.section}>\n      <{dialect.section} xml:lang={xml_attr(tgt)}>")
    out.extend(_term_group(dialect.group, _target_form(first, t, forbidden=False))
               for t in first.targets)
    out.extend(_term_group(dialect.group, _target_form(first, t, forbidden=True))
               for t in first.forbidden)
    out.append(f"      </{dialect.section}>\n    </{dialect.entry}>")
    return out


def _target_form(term: Term, text: str, *, forbidden: bool) -> TermForm:
    """What to write of the target *text* of *term*: its form as read, with a status that
    agrees with the list holding it (a forbidden rendering is at least deprecated; an
    approved one is never marked so)."""
    form = term.form(text)
    status = form.status
    if forbidden and status not in _FORBIDDEN_STATUSES:
        status = "deprecated"
    elif not forbidden and status in _FORBIDDEN_STATUSES:
        status = ""
    return TermForm(text, status, form.pos, form.term_type)


def basic_pos(pos: str) -> str:
    """*pos* as a value of TBX-Basic's partOfSpeech picklist ('' stays '')."""
    key = " ".join(pos.lower().replace("_", " ").split())
    if not key:
        return ""
    return _POS_PICKLIST.get(key) or _POS_PICKLIST.get(key.replace(" ", ""), "other")


def _term_group(element: str, form: TermForm, case: bool = False, note: str = "") -> str:
    """One term (tig / termSec) with its TBX-Basic term notes, in the order of the dialect's
    own example: partOfSpeech, administrativeStatus, termType; then its notes."""
    status = f"{form.status}Term-admn-sts" if form.status in _STATUSES else ""
    notes = "".join(
        f'<termNote type="{kind}">{xml_text(value)}</termNote>'
        for kind, value in (("partOfSpeech", basic_pos(form.pos)),
                            ("administrativeStatus", status),
                            ("termType", _term_type(form.term_type))) if value)
    if case:
        notes += f"<note>{CASE_SENSITIVE_NOTE}</note>"
    if note:
        notes += f"<note>{xml_text(note)}</note>"
    return f"        <{element}><term>{xml_text(form.text)}</term>{notes}</{element}>"
