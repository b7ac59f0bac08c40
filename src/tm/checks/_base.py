"""The machinery every QA check shares: the registry, the run context, silencing.

A check is a small function registered with :func:`unit_check` (it sees one
unit at a time) or :func:`catalog_check` (it sees the whole list, for
consistency checks).  One function may report under several ids when they share
work (the terminology family looks the glossary up once per unit); it reports
through :meth:`Context.report`, which drops findings of ids that are not
selected or that the entry silences, and applies the configured severity.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tm._shared.lang import same_language
from tm._shared.text import sentence_key
from tm.model import Finding, Unit

if TYPE_CHECKING:
    from tm.glossary import Glossary, TermHit

__all__ = [
    "CATALOG_RUNNERS",
    "GROUPS",
    "REGISTRY",
    "UNIT_RUNNERS",
    "CheckInfo",
    "Context",
    "catalog_check",
    "ignored_by_note",
    "unit_check",
]

SEVERITIES = ("error", "warning")
#: The order in which ``tm check --list`` shows the families.
GROUPS = ("terms", "consistency", "numbers", "untranslated", "format", "style")


@dataclass(frozen=True, slots=True)
class CheckInfo:
    """What ``tm check --list`` shows about one check.

    ``id`` is stable (used in ``--select``, configs and silencing comments);
    ``default`` says whether the check runs when nothing is selected; ``group``
    names its family (``terms``, ``consistency``, ``format``, ``style`` ...), which
    ``--select`` also accepts; ``glossary`` marks checks that need a glossary.
    """

    id: str
    severity: str
    description: str
    group: str
    default: bool = True
    glossary: bool = False


UnitRunner = Callable[[Unit, "Context"], None]
CatalogRunner = Callable[[Sequence[Unit], "Context"], None]

#: Every known check, by id, in registration order.
REGISTRY: dict[str, CheckInfo] = {}
#: (ids, runner) pairs; a runner is called when any of its ids is selected.
UNIT_RUNNERS: list[tuple[tuple[str, ...], UnitRunner]] = []
CATALOG_RUNNERS: list[tuple[tuple[str, ...], CatalogRunner]] = []


def _register(infos: Sequence[CheckInfo]) -> tuple[str, ...]:
    for info in infos:
        if info.id in REGISTRY:
            raise ValueError(f"check id {info.id!r} registered twice")
        if info.severity not in SEVERITIES:
            raise ValueError(f"check {info.id!r}: bad severity {info.severity!r}")
        REGISTRY[info.id] = info
    return tuple(info.id for info in infos)


def unit_check(*infos: CheckInfo) -> Callable[[UnitRunner], UnitRunner]:
    """Register a function that checks one unit and reports under *infos* ids."""
    def decorate(func: UnitRunner) -> UnitRunner:
        UNIT_RUNNERS.append((_register(infos), func))
        return func
    return decorate


def catalog_check(*infos: CheckInfo) -> Callable[[CatalogRunner], CatalogRunner]:
    """Register a function that checks all units together (consistency checks)."""
    def decorate(func: CatalogRunner) -> CatalogRunner:
        CATALOG_RUNNERS.append((_register(infos), func))
        return func
    return decorate


# "tm-ignore" alone silences every check; "tm-ignore: numbers, punctuation" some.
_NOTE_IGNORE = re.compile(r"^\s*tm-ignore\b\s*(?::\s*(?P<ids>.*))?$", re.M)


def ignored_by_note(note: str) -> frozenset[str]:
    """The check ids a ``tm-ignore`` line in a translator note silences.

    ``tm-ignore`` alone gives ``{"all"}``; ``tm-ignore: numbers punctuation``
    (commas or spaces) gives those ids.
    """
    if "tm-ignore" not in note:
        return frozenset()
    found: set[str] = set()
    for m in _NOTE_IGNORE.finditer(note):
        ids = (m.group("ids") or "").replace(",", " ").split()
        found.update(ids or ["all"])
    return frozenset(found)


@dataclass
class Context:
    """The state of one run: selected ids, glossary, options, collected findings."""

    enabled: frozenset[str]
    glossary: Glossary | None = None
    severity: Mapping[str, str] = field(default_factory=dict)
    options: Mapping[str, Any] = field(default_factory=dict)
    silenced: Mapping[int, frozenset[str]] = field(default_factory=dict)
    #: id(unit) -> its PO msgctxt, where it has one (a sign of the sense it says).
    msgctxts: Mapping[int, str] = field(default_factory=dict)
    findings: list[tuple[int, int, Finding]] = field(default_factory=list)
    order: dict[int, int] = field(default_factory=dict)
    _hits: dict[str, list[TermHit]] = field(default_factory=dict)
    #: Every unit of the run (set by :func:`tm.checks.check`), for :meth:`same_msgid`.
    units: Sequence[Unit] = ()
    _by_msgid: dict[str, list[Unit]] | None = None
    #: id(unit) of the plural forms used for one number only (see :func:`tm.checks.check`).
    single_forms: frozenset[int] = frozenset()
    #: What a check reads once from the whole catalog, by the check's own key.
    memo: dict[str, Any] = field(default_factory=dict)
    #: The subject fields the user declared the text to be about (``--domain``), case
    #: folded; empty when none was declared.
    domains: frozenset[str] = frozenset()

    def same_msgid(self, unit: Unit) -> list[Unit]:
        """The other units with a msgctxt whose source is *unit*'s (same sentence key)."""
        if self._by_msgid is None:
            self._by_msgid = {}
            for other in self.units:
                if id(other) in self.msgctxts:
                    self._by_msgid.setdefault(sentence_key(other.source), []).append(other)
        return [u for u in self._by_msgid.get(sentence_key(unit.source), []) if u is not unit]

    def neighbour(self, unit: Unit, step: int) -> Unit | None:
        """The unit *step* places after *unit* in the run (before, when negative), if it
        comes from the same file; None at either end or across files."""
        at = self.order.get(id(unit))
        if at is None or not 0 <= at + step < len(self.units):
            return None
        other = self.units[at + step]
        return other if other.origin.path == unit.origin.path else None

    def wants(self, *ids: str) -> bool:
        """True when any of *ids* is selected (lets a runner skip work)."""
        return any(i in self.enabled for i in ids)

    def report(self, check_id: str, unit: Unit, message: str,
               spans: Iterable[tuple[int, int]] = (), *, advisory: bool = False) -> None:
        """Record a finding unless *check_id* is off or the unit silences it.

        An *advisory* finding is a warning, whatever the check's own severity, unless the
        configuration sets that check's severity (a check that is sure of some of its
        findings and not of others: segment-inconsistent across two msgctxts).
        """
        if check_id not in self.enabled:
            return
        off = self.silenced.get(id(unit))
        if off is None:
            off = ignored_by_note(unit.note) if unit.note else frozenset()
        if "all" in off or check_id in off:
            return
        severity = self.severity.get(check_id) or (
            "warning" if advisory else REGISTRY[check_id].severity)
        finding = Finding(check_id, severity, message, unit, tuple(spans))
        rank = list(REGISTRY).index(check_id)
        self.findings.append((self.order.get(id(unit), 0), rank, finding))

    def term_hits(self, unit: Unit) -> list[TermHit]:
        """Glossary terms in the unit's source (cached; empty without a glossary).

        The source is searched in its own language, its placeholders masked
        (``%(account)s`` is code, not the term *account*); a unit in neither of
        the glossary's languages has no terms.
        """
        if self.glossary is None:
            return []
        hits = self._hits.get(unit.source)
        if hits is None:
            lang = unit.source_lang or self.glossary.source_lang
            known = (same_language(lang, self.glossary.source_lang)
                     or same_language(lang, self.glossary.target_lang))
            # Placeholders are code: %(account)s holds no term (one recogniser:
            # the placeholders check's).
            from tm.checks.placeholders import mask_placeholders

            hits = (list(self.glossary.find(mask_placeholders(unit.source), lang=lang))
                    if known else [])
            self._hits[unit.source] = hits
        return hits

    def option(self, name: str, default: Any) -> Any:
        """A style option from the configuration (``han-latin-spacing`` ...)."""
        return self.options.get(name, default)
