"""QA checks over translation units: :func:`check` returns :class:`~tm.model.Finding` values.

Each family of checks lives in its own module (terms, consistency, numbers,
untranslated, punctuation, brackets, placeholders, markup, whitespace, style) and
registers its checks, each with a stable id, a severity and a one-line
description (:func:`list_checks`).  :func:`check` runs the selected checks over
any iterable of units; :func:`check_files` reads PO files first, fuzzy entries
included so that "fuzzy left in" can be reported.

A finding is silenced for one entry by a translator comment ``# tm-ignore:
numbers`` (or ``# tm-ignore`` for every check) or the PO flag
``#, tm-ignore:numbers``; for a project by ``ignore`` in the configuration
(:mod:`tm.config`).
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from tm._shared.collector import no_cycle_collection
from tm.checks import (  # noqa: F401 - importing registers the checks
    brackets,
    consistency,
    inferred,
    markup,
    numbers,
    placeholders,
    punctuation,
    style,
    terms,
    untranslated,
    whitespace,
)
from tm.checks._base import (
    CATALOG_RUNNERS,
    GROUPS,
    REGISTRY,
    UNIT_RUNNERS,
    CheckInfo,
    Context,
    ignored_by_note,
)
from tm.checks._parallel import run_runners
from tm.checks._plural import first_form_is_plural, single_value_forms
from tm.config import CheckConfig
from tm.errors import UsageError
from tm.model import Finding, Origin, Unit, require_units

if TYPE_CHECKING:
    from tm.glossary import Glossary

__all__ = ["CHECKS_VERSION", "CheckEntry", "CheckInfo", "check", "check_files", "list_checks",
           "resolve_selection", "units_for_check"]

#: Signature of the check rules, bumped when a check changes what it reports.
CHECKS_VERSION = "4"


def list_checks() -> list[CheckInfo]:
    """Every registered check, grouped by family (terms, consistency, numbers ...)."""
    infos = list(REGISTRY.values())
    return sorted(infos, key=lambda c: (GROUPS.index(c.group), infos.index(c)))


def _expand(names: Iterable[str], what: str) -> set[str]:
    """Check ids for *names*: ids, group names (``terms``, ``style``) or ``all``."""
    groups: dict[str, set[str]] = {}
    for info in REGISTRY.values():
        groups.setdefault(info.group, set()).add(info.id)
    out: set[str] = set()
    for raw in names:
        name = raw.strip()
        if not name:
            continue
        if name == "all":
            out.update(REGISTRY)
        elif name in REGISTRY:
            out.add(name)
        elif name in groups:
            out.update(groups[name])
        else:
            raise UsageError(_unknown_id(name, what, groups))
    return out


#: How much of an unknown id the message repeats: the user's argument may be any length.
_ECHOED = 60


def _unknown_id(name: str, what: str, groups: dict[str, set[str]]) -> str:
    """The error for an unknown id: the closest valid ids, the groups, where the list is.

    The ids themselves (over thirty) do not fit a one-line message whole, and a
    message cut in the middle hides some of them (trial R4-5); the closest ids
    and the pointer to ``tm check --list`` say what to type instead.
    """
    shown = name if len(name) <= _ECHOED else name[:_ECHOED] + "…"
    valid = list(dict.fromkeys([c.id for c in list_checks()] + sorted(groups) + ["all"]))
    close = difflib.get_close_matches(name, valid, n=3, cutoff=0.6)
    hint = f"did you mean {' or '.join(repr(c) for c in close)}? " if close else ""
    return (f"unknown check id {shown!r} in {what}; {hint}`tm check --list` (or "
            f"tm.checks.list_checks()) names every id; groups: {', '.join(sorted(groups))}, "
            "or all")


def resolve_selection(select: Iterable[str] | None = None, ignore: Iterable[str] | None = None,
                      config: CheckConfig | None = None) -> frozenset[str]:
    """The ids that run: *select* (else config ``select``, else defaults) minus ignores.

    An explicit *select* (``--select``) is taken as is, minus *ignore*; otherwise
    the configuration applies: its ``select`` (or the default checks), plus
    ``extend-select``, minus its ``ignore`` and *ignore*.  Unknown ids raise
    ValueError listing the valid ones.
    """
    config = config or CheckConfig()
    where = config.path or "configuration"
    for check_id in config.severity:
        _expand([check_id], f"{where} severity")
    if select is not None:
        return frozenset(_expand(select, "--select") - _expand(ignore or (), "--ignore"))
    if config.select is not None:
        chosen = _expand(config.select, f"{where} select")
    else:
        chosen = {i for i, info in REGISTRY.items() if info.default}
    chosen |= _expand(config.extend_select, f"{where} extend-select")
    chosen -= _expand(config.ignore, f"{where} ignore")
    chosen -= _expand(ignore or (), "--ignore")
    return frozenset(chosen)


def check(units: Iterable[Unit], glossary: Glossary | None = None, *,
          select: Iterable[str] | None = None, ignore: Iterable[str] | None = None,
          config: CheckConfig | None = None,
          silenced: Mapping[int, frozenset[str]] | None = None,
          msgctxts: Mapping[int, str] | None = None,
          single_forms: Collection[int] = (), jobs: int = 1) -> list[Finding]:
    """Run the QA checks over *units* and return the findings in catalog order.

    *select* replaces the default set of checks (ids or group names),
    *ignore* removes ids; *config* adds project settings (severity overrides,
    style options, the declared ``domain``).  Checks that need a glossary stay silent without one.
    *silenced* maps ``id(unit)`` to ids silenced for that unit (PO flags);
    ``tm-ignore`` lines in ``unit.note`` are honoured in any case.
    *msgctxts* maps ``id(unit)`` to its PO msgctxt (the label gettext gives
    a message to tell it from another with the same msgid: "help-hint" for the
    hint *Tip*, "checkout" for the gratuity); the term checks read it as a sign
    of the sense.  *single_forms* holds ``id(unit)`` of the plural forms that stand for
    one number only (Arabic's n = 0, 1, 2): they may say the number in words and leave
    its placeholder out, as ``msgfmt -c`` allows.  *jobs* > 1 checks a large catalog's
    units in that many worker processes (tm.checks._parallel), 0 in one per core this
    process may use; the findings are the same.
    """
    config = config or CheckConfig()
    enabled = resolve_selection(select, ignore, config)
    items = list(require_units(units, "check"))
    severity = {i: level for name, level in config.severity.items()
                for i in _expand([name], "severity")}
    ctx = Context(enabled=enabled, glossary=glossary, severity=severity,
                  options=config.style, silenced=silenced or {}, msgctxts=msgctxts or {},
                  units=items, single_forms=frozenset(single_forms),
                  order={id(u): i for i, u in enumerate(items)},
                  domains=frozenset(d.strip().casefold() for d in config.domain if d.strip()))
    run_runners(items, [run for ids, run in UNIT_RUNNERS if ctx.wants(*ids)],
                [run for ids, run in CATALOG_RUNNERS if ctx.wants(*ids)], ctx, jobs)
    ctx.findings.sort(key=lambda item: (item[0], item[1]))
    return [finding for _, _, finding in ctx.findings]


def _flag_ignores(flags: Sequence[str]) -> frozenset[str]:
    """Ids silenced by ``tm-ignore`` / ``tm-ignore:ID`` PO flags."""
    out: set[str] = set()
    for flag in flags:
        flag = flag.strip()
        if flag == "tm-ignore":
            out.add("all")
        elif flag.startswith("tm-ignore:"):
            out.add(flag.split(":", 1)[1].strip())
    return frozenset(out)


class CheckEntry(NamedTuple):
    """A unit to check, the check ids its PO flags silence, and its PO msgctxt ("" if none)."""

    unit: Unit
    silenced: frozenset[str]
    msgctxt: str = ""
    #: A plural form used for one number only (it may leave the number's placeholder out).
    single_form: bool = False


def units_for_check(path: str | os.PathLike[str], encoding: str | None = None) -> list[CheckEntry]:
    """The units of PO file *path* (fuzzy included, obsolete and header left out).

    XLIFF 1.2 gives every unit with a source, an empty or missing ``<target>`` as
    an empty target (untranslated, as an empty msgstr is); TMX and CSV/TSV give
    their translated units.

    Each unit comes with the ids its PO flags and translator comment silence.
    A plural entry gives one unit per plural form (``msgid_plural`` for the
    forms after the first, and for the first too when it stands for several n, as
    the one form of Chinese does).
    """
    from tm.formats import detect_format, entry_id, read_units
    from tm.formats.po import catalog_languages, read_po

    name = str(path)
    fmt = detect_format(name)
    if fmt == "xliff":  # a job coming back from a CAT tool: its untranslated units too
        return [CheckEntry(unit, frozenset()) for unit in _xliff_units(name)]
    if fmt != "po":  # TMX, CSV: translated pairs only
        return [CheckEntry(unit, frozenset())
                for unit in read_units(name, include_fuzzy=True, encoding=encoding)]
    out: list[CheckEntry] = []
    po = read_po(name, encoding=encoding)
    single = single_value_forms(po.metadata.get("Plural-Forms", ""))
    # msgstr[0] of a language with one form stands for every n: it renders msgid_plural.
    singular_forms = 0 if first_form_is_plural(po.metadata.get("Plural-Forms", "")) else 1
    source_lang, target_lang = catalog_languages(po)  # a zh -> en catalog reads 5万 as 50,000
    for entry in po:
        if entry.obsolete or (entry.msgid == "" and not entry.msgctxt):
            continue
        off = _flag_ignores(entry.flags) | ignored_by_note(entry.tcomment or "")
        if entry.msgid_plural:
            pairs = [(entry.msgid if index < singular_forms else entry.msgid_plural, target, index)
                     for index, target in sorted(entry.msgstr_plural.items())]
        else:
            pairs = [(entry.msgid, entry.msgstr, -1)]
        for source, target, index in pairs:
            unit = Unit(source, target, context=entry_id(entry),
                        origin=Origin(name, entry.linenum or 0), note=entry.tcomment or "",
                        fuzzy="fuzzy" in entry.flags, source_lang=source_lang,
                        target_lang=target_lang)
            out.append(CheckEntry(unit, off, entry.msgctxt or "", index in single))
    return out


def _xliff_units(name: str) -> list[Unit]:
    """The units of XLIFF file *name* with a source, an empty or missing target kept.

    A unit the translator has not translated is an ``untranslated`` error, as an
    empty msgstr is in a PO file, whatever ``state`` the tool wrote on the empty
    target (``new``, ``needs-translation``): it is not a fuzzy translation.
    """
    from dataclasses import replace

    from tm._shared.lang import normalize_lang
    from tm.formats.xliff import read_xliff

    out = []
    for unit in read_xliff(name):
        if not unit.source.strip():
            continue
        out.append(replace(unit, source_lang=normalize_lang(unit.source_lang),
                           target_lang=normalize_lang(unit.target_lang),
                           fuzzy=unit.fuzzy and bool(unit.target.strip())))
    return out


def check_files(paths: Iterable[str | os.PathLike[str]], glossary: Glossary | None = None, *,
                select: Iterable[str] | None = None, ignore: Iterable[str] | None = None,
                config: CheckConfig | None = None,
                encoding: str | None = None, jobs: int = 1) -> list[Finding]:
    """Read PO files and :func:`check` all their units together.

    *encoding* is that of a CSV/TSV file, and of a PO whose header names no charset.
    *jobs*: worker processes for a large catalog's per-unit checks (see :func:`check`).

    Consistency checks compare units across all the files.  Malformed input
    raises :class:`~tm.errors.ParseError` with file and line.
    """
    with no_cycle_collection():
        units: list[Unit] = []
        silenced: dict[int, frozenset[str]] = {}
        msgctxts: dict[int, str] = {}
        single_forms: set[int] = set()
        for path in paths:
            for unit, off, msgctxt, single in units_for_check(path, encoding):
                units.append(unit)
                if single:
                    single_forms.add(id(unit))
                if off:
                    silenced[id(unit)] = off
                if msgctxt:
                    msgctxts[id(unit)] = msgctxt
        return check(units, glossary, select=select, ignore=ignore, config=config,
                     silenced=silenced, msgctxts=msgctxts, single_forms=single_forms,
                     jobs=jobs)


