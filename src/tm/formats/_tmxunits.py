"""From one parsed TMX ``<tu>`` to Units: language choice, context, notes, dates.

Kept apart from the parser (tm.formats.tmx) so each stays small; private.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tm._shared.lang import lang_key, normalize_lang
from tm.formats._inline import markup_text
from tm.model import Origin, Unit

__all__ = ["TRADOS_CONFIRMED", "TuState", "TuvState", "from_tmx_date", "units_of_tu"]

_TMX_DATE = re.compile(r"^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$")
_OWN_PROPS = {"x-context", "x-tm-fuzzy"}
#: TMX props that hold a unit's neighbouring source sentences: OmegaT's and memoQ's.
_NEIGHBOUR_PROPS = {"prev": "prev", "next": "next",
                    "x-context-pre": "prev", "x-context-post": "next"}
#: Trados Studio's confirmation levels of a finished translation (a TMX ``<prop
#: type="x-ConfirmationLevel">``, an SDLXLIFF ``<sdl:seg conf>``); Unspecified, Draft,
#: RejectedTranslation and RejectedSignOff are not.
TRADOS_CONFIRMED = frozenset({"Translated", "ApprovedTranslation", "ApprovedSignOff"})
_TRADOS_LEVEL = "x-confirmationlevel"


@dataclass
class TuvState:
    """A ``<tuv>`` being read: language, attributes, notes, props and segment text."""

    lang: str
    attrs: dict[str, str]
    seg: str | None = None
    markup: str = ""  # the seg's inline codes (tm.formats._inline), "" if none
    notes: list[str] = field(default_factory=list)
    props: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class TuState:
    """A ``<tu>`` being read: its start line, attributes, notes, props and variants."""

    line: int
    attrs: dict[str, str]
    notes: list[str] = field(default_factory=list)
    props: list[tuple[str, str]] = field(default_factory=list)
    tuvs: list[TuvState] = field(default_factory=list)


def from_tmx_date(stamp: str) -> str:
    """``20170523T072900Z`` -> ``2017-05-23T07:29:00Z``; other spellings are kept as given."""
    m = _TMX_DATE.match(stamp.strip())
    return "{}-{}-{}T{}:{}:{}Z".format(*m.groups()) if m else stamp.strip()


def _source_index(tu: TuState, srclang: str | None) -> int | None:
    """Index of the source ``<tuv>``: the declared language, else English, else the first."""
    wanted = tu.attrs.get("srclang") or srclang
    if wanted and wanted.lower() != "*all*":
        key = lang_key(wanted)
        return next((i for i, v in enumerate(tu.tuvs) if lang_key(v.lang) == key), None)
    english = next((i for i, v in enumerate(tu.tuvs) if lang_key(v.lang) == "en"), None)
    return english if english is not None else (0 if tu.tuvs else None)


def _note(tu: TuState, src: TuvState, tgt: TuvState) -> str:
    lines = [*tu.notes, *src.notes, *tgt.notes]
    for ptype, value in (*tu.props, *src.props, *tgt.props):
        if ptype not in _OWN_PROPS and not ptype.startswith("x-tm-"):
            lines.append(f"{ptype}: {value}" if ptype else value)
    return "\n".join(lines)


def _context(tu: TuState) -> str:
    for ptype, value in tu.props:
        if ptype == "x-context":
            return value
    return tu.attrs.get("tuid", "")


def _neighbours(tu: TuState) -> tuple[str | None, str | None]:
    """The previous and next source sentences a CAT tool wrote as props, or None.

    OmegaT writes ``prev``/``next`` (its alternative, context-bound
    translations), memoQ ``x-context-pre``/``x-context-post``; an empty prop
    is a document edge ("").  The props stay in the note too.
    """
    found: dict[str, str] = {}
    for ptype, value in tu.props:
        side = _NEIGHBOUR_PROPS.get(ptype.lower())
        if side is not None:
            found.setdefault(side, _neighbour_text(value))
    return found.get("prev"), found.get("next")


#: A neighbour prop that holds a whole TMX ``<seg>`` (escaped in the file), as memoQ
#: writes its ``x-context-pre``/``x-context-post``: read, ``<seg>Previous sentence.</seg>``.
_SEG_VALUE = re.compile(r"\s*<seg>(.*)</seg>\s*", re.DOTALL)


def _neighbour_text(value: str) -> str:
    """The sentence a neighbour prop names: its text, or the text of the ``<seg>`` it holds
    (inline codes left out, as in a unit's own text); read as plain text, the wrapper kept
    a memoQ unit from ever matching in context."""
    found = _SEG_VALUE.fullmatch(value)
    if found is not None:
        text = markup_text(found.group(1))
        if text is not None:
            return text.strip()
    return value.strip()


def _date(name: str, tu: TuState, tgt: TuvState) -> str:
    return from_tmx_date(tgt.attrs.get(name) or tu.attrs.get(name, ""))


def _marked_fuzzy(props: list[tuple[str, str]]) -> bool:
    """Whether *props* mark a translation to review: tm's own ``x-tm-fuzzy``, or a
    Trados confirmation level that is not a finished one (Draft, Unspecified, Rejected*)."""
    for ptype, value in props:
        if ptype == "x-tm-fuzzy" and value.strip().lower() in ("yes", "true", "1"):
            return True
        if ptype.lower() == _TRADOS_LEVEL and value.strip() not in TRADOS_CONFIRMED:
            return True
    return False


def units_of_tu(tu: TuState, name: str, srclang: str | None,
                tgtlang: str | None) -> list[Unit]:
    """The Units of *tu*: its source ``<tuv>`` paired with each target ``<tuv>``.

    Targets in the source language are skipped (unless every ``<tuv>`` is in
    that language: then the ones after the source are its targets, as tm
    writes an ``en-US`` -> ``en-GB`` unit), and so are targets outside
    *tgtlang* when it is given.  An empty list means the ``<tu>`` had no source
    or no target in the wanted languages.
    """
    index = _source_index(tu, srclang)
    if index is None:
        return []
    src = tu.tuvs[index]
    assert src.seg is not None
    src_key = lang_key(src.lang)
    want = lang_key(tgtlang) if tgtlang else None
    fuzzy = _marked_fuzzy(tu.props)
    # A pair within one language (en-US -> en-GB, or an en -> en unit tm exported) has
    # no <tuv> of another language: the <tuv>s after the source are its targets then.
    one_language = all(lang_key(v.lang) == src_key for v in tu.tuvs)
    units = []
    neighbours = _neighbours(tu)
    for position, tgt in enumerate(tu.tuvs):
        key = lang_key(tgt.lang)
        if tgt is src or (want is not None and key != want) or \
                (key == src_key and not (one_language and position > index)):
            continue
        assert tgt.seg is not None
        units.append(Unit(
            source=src.seg, target=tgt.seg, context=_context(tu),
            origin=Origin(name, tu.line), note=_note(tu, src, tgt),
            fuzzy=fuzzy or _marked_fuzzy(tgt.props),
            source_lang=normalize_lang(src.lang), target_lang=normalize_lang(tgt.lang),
            created=_date("creationdate", tu, tgt), changed=_date("changedate", tu, tgt),
            source_markup=src.markup, target_markup=tgt.markup,
            prev=neighbours[0], next=neighbours[1]))
    return units
