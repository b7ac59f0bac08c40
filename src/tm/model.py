"""The plain values that flow between the stages of `tm`.

text -> Segment -> Bead -> Unit -> Match / Finding.  All are frozen, slotted
dataclasses: cheap, hashable, and safe to share between threads.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

__all__ = ["Bead", "Finding", "Match", "Origin", "Segment", "Term", "TermForm", "Unit",
           "require_text", "require_units"]

#: The score of an exact match (what a CAT tool shows as 100%; 101 is in context).
EXACT_SCORE = 100.0


@dataclass(frozen=True, slots=True)
class Segment:
    """One sentence of a document.

    ``doc[start:end] == text`` (code-point offsets into the text that was
    segmented); ``paragraph`` is the 0-based index of the paragraph holding it.
    """

    text: str
    start: int
    end: int
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Bead:
    """One step of an alignment: source sentence indices paired with target ones.

    ``src=(3,), tgt=(4, 5)`` is a 1-2 bead; an empty side marks a sentence with
    no counterpart.  ``score`` is a confidence in [0, 1].
    """

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float = 1.0

    @property
    def kind(self) -> str:
        """The bead type as translators say it, e.g. ``"1-2"``."""
        return f"{len(self.src)}-{len(self.tgt)}"


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a unit came from: a file and the 1-based line in it (0 when unknown).

    ``str(origin)`` is the form people read, ``file.po:12`` (``file.po`` with
    no line, ``""`` for no origin); code uses ``path`` and ``line``.  An empty
    origin is false.

    >>> str(Origin("a.po", 12)), str(Origin("a.po")), bool(Origin())
    ('a.po:12', 'a.po', False)
    """

    path: str = ""
    line: int = 0

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    def __bool__(self) -> bool:
        return bool(self.path)

    @classmethod
    def parse(cls, text: str) -> Origin:
        """Read back the display form: ``"a.po:12"`` -> ``Origin("a.po", 12)``.

        For text that was stored as a string (a database column, an old
        caller); a trailing ``:N`` is the line, anything else is the path.

        >>> Origin.parse("C:/po/a.po:7"), Origin.parse("notes")
        (Origin(path='C:/po/a.po', line=7), Origin(path='notes', line=0))
        """
        return cls(*cls.split(text))

    @staticmethod
    def split(text: str) -> tuple[str, int]:
        """``(path, line)`` of the display form, as :meth:`parse` reads it, without building
        an Origin (a memory reads the file of every stored unit so).

        >>> Origin.split("a.po:12"), Origin.split("notes")
        (('a.po', 12), ('notes', 0))
        """
        path, sep, line = text.rpartition(":")
        if sep and line.isdigit():
            return path, int(line)
        return text, 0


_NO_ORIGIN = Origin()


@dataclass(frozen=True, slots=True)
class Unit:
    """A translation unit: a source sentence and its translation.

    ``context`` is a stable id (msgctxt, tuid); ``origin`` (an :class:`Origin`)
    says where the unit came from so findings and errors can point at it; a
    string such as ``"file.po:12"`` is accepted and read with
    :meth:`Origin.parse`.  Languages are BCP-47-like codes (``"en"``,
    ``"zh-CN"``).  ``source_markup``/``target_markup`` keep the inline codes of
    a side read from TMX or XLIFF as TMX ``<seg>`` content whose text is the
    plain text (``Save <ph x="1">%s</ph>``); "" when there were none.  They do
    not take part in comparing units; a memory stores them and the TMX and
    XLIFF writers write them back, each only while they are sound TMX inline
    markup whose text is still the unit's text (tm._shared.markup).
    ``prev``/``next`` are the source sentences before and after the unit in its
    document when its file declares them (OmegaT's ``prev``/``next`` and
    memoQ's ``x-context-pre``/``x-context-post`` TMX props; "" at a document's
    edge); ``None``, the default, leaves them to the unit's neighbours in its
    file.  A memory matches them for in-context (101 %) matches.
    """

    source: str
    target: str
    context: str = ""
    origin: Origin = _NO_ORIGIN
    note: str = ""
    fuzzy: bool = False
    source_lang: str = "en"
    target_lang: str = "zh-CN"
    created: str = ""
    changed: str = ""
    source_markup: str = field(default="", compare=False)
    target_markup: str = field(default="", compare=False)
    prev: str | None = field(default=None, compare=False)
    next: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if isinstance(self.origin, str):
            object.__setattr__(self, "origin", Origin.parse(self.origin))
        # One test on the fast path (units are made by the million); the field at fault
        # is looked for only when it fails.  tm.Unit(1, 2) was accepted and failed later,
        # deep inside, as AttributeError: 'int' object has no attribute 'strip' (R4-7).
        if not (isinstance(self.source, str) and isinstance(self.target, str)
                and all(isinstance(getattr(self, name), str) for name in _UNIT_TEXT[2:])
                and isinstance(self.origin, Origin) and isinstance(self.fuzzy, int)
                and (self.prev is None or isinstance(self.prev, str))
                and (self.next is None or isinstance(self.next, str))):
            raise TypeError(_unit_type_error(self))


#: The fields of a Unit that must be str (``prev``/``next`` may also be None).
_UNIT_TEXT = ("source", "target", "context", "note", "source_lang", "target_lang", "created",
              "changed", "source_markup", "target_markup")


def _unit_type_error(unit: Unit) -> str:
    """The message naming the first field of *unit* whose type is wrong."""
    expected = {**dict.fromkeys(_UNIT_TEXT, "str"), "origin": "tm.Origin or str",
                "fuzzy": "bool", "prev": "str or None", "next": "str or None"}
    for name, wanted in expected.items():
        value = getattr(unit, name)
        ok = {"str": isinstance(value, str), "tm.Origin or str": isinstance(value, Origin),
              "bool": isinstance(value, int), "str or None": value is None
              or isinstance(value, str)}[wanted]
        if not ok:
            return f"Unit.{name} must be {wanted}, got {type(value).__name__}"
    return "Unit: a field has the wrong type"


def require_units(units: Iterable[Unit], caller: str) -> Iterator[Unit]:
    """*units*, checked one by one: TypeError naming *caller* at anything else.

    A string is refused whole (it iterates as characters), as is a non-iterable.
    """
    if isinstance(units, str | bytes) or not isinstance(units, Iterable):
        raise TypeError(f"{caller}() takes an iterable of tm.Unit, not "
                        f"{type(units).__name__}")
    for n, unit in enumerate(units):
        if not isinstance(unit, Unit):
            raise TypeError(f"{caller}(): item {n} is {type(unit).__name__}, not tm.Unit")
        yield unit


def require_text(text: object, caller: str, name: str = "text") -> None:
    """TypeError naming *caller* and *name* when *text* is not a str."""
    if not isinstance(text, str):
        raise TypeError(f"{caller}(): {name} must be str, got {type(text).__name__}")


@dataclass(frozen=True, slots=True)
class Match:
    """A translation-memory hit for a query.

    ``score`` is the percentage a CAT tool shows (0-100; 101 marks an in-context
    exact match in analyses).  ``adapted`` holds the target with numbers and
    Latin-script names replaced from the query when the match differed only in
    those (otherwise ``None``).  ``trusted`` is False for a unit imported from
    an untrusted memory: its exact matches score 99, to be reviewed, never final.
    ``alternatives`` holds the other translations of an exact match when the
    memory translates the same source differently and the query's context did
    not pick one (e.g. "Open" as 打开 and as 正常); such a match is not final.
    ``source_id`` is the identity of the unit's file, which tells apart two
    files shown alike (``tm import``'s ``github.com/org/web:po/zh_CN.po``, a
    ``--source-id``, a resolved path; ``""`` for a file known by its path
    alone, as a memory before schema 10 knew every file).
    """

    unit: Unit
    score: float
    in_context: bool = False
    adapted: str | None = None
    trusted: bool = True
    alternatives: tuple[str, ...] = ()
    source_id: str = ""

    @property
    def final(self) -> bool:
        """Whether the match is a translation as it stands: exact (100%+), trusted, uncontested.

        ``tm pretranslate`` and ``tm update --db`` fill such a match as the
        translation (as ``msgmerge --compendium`` does) and any other as ``fuzzy``.
        """
        return self.score >= EXACT_SCORE and self.trusted and not self.alternatives


@dataclass(frozen=True, slots=True)
class TermForm:
    """What a termbase says of one target-language term of a concept, beyond its text.

    ``status`` is its TBX ``administrativeStatus`` without the suffix
    (``"preferred"``, ``"admitted"``, ``"superseded"``; "" when the file says
    none, or says what the list holding the term already does: a term in
    :attr:`Term.forbidden` is deprecated unless it says ``"superseded"``),
    ``pos`` its part of speech and ``term_type`` its
    TBX ``termType`` (``"fullForm"``, ``"acronym"``, ``"abbreviation"`` ...).
    """

    text: str
    status: str = ""
    pos: str = ""
    term_type: str = ""


@dataclass(frozen=True, slots=True)
class Term:
    """A glossary concept: a source term and its approved and forbidden targets.

    ``targets`` are the approved renderings, preferred first; ``forbidden`` the
    deprecated or superseded ones.  ``status``, ``pos`` and ``term_type`` are the
    source term's own administrative status, part of speech and term type (as
    :class:`TermForm` spells them); ``target_forms`` holds what the file says of
    each target term that carries any of those three (in the order of
    ``targets`` then ``forbidden``), so a
    termbase written back keeps which rendering is preferred, which admitted
    and which superseded.  ``definition`` is the concept's definition (TBX
    ``descrip type="definition"``), ``note`` every other note on it.
    """

    source: str
    targets: tuple[str, ...]
    forbidden: tuple[str, ...] = ()
    pos: str = ""
    case_sensitive: bool = False
    note: str = ""
    id: str = ""
    #: The concept's subject field (TBX ``subjectField``: "Banking", "Law"), or "".
    subject: str = ""
    definition: str = ""
    status: str = ""
    term_type: str = ""
    target_forms: tuple[TermForm, ...] = ()

    def form(self, text: str) -> TermForm:
        """What the file says of the target term *text* (an empty :class:`TermForm` if nothing)."""
        return next((f for f in self.target_forms if f.text == text), TermForm(text))

    @property
    def description(self) -> str:
        """The definition and the notes in one text: what a reader of the entry is told."""
        return "; ".join(part for part in (self.definition, self.note) if part)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem reported by a QA check.

    ``check`` is the stable id (``"numbers"``), ``severity`` ``"error"`` or
    ``"warning"``, ``message`` one line that says what to fix, ``unit`` the entry
    it concerns (its ``origin`` gives file and line), ``spans`` the character
    spans in the target (or source) that the message is about.
    """

    check: str
    severity: str
    message: str
    unit: Unit
    spans: tuple[tuple[int, int], ...] = field(default=())
