"""Markup tags a translation must keep: ``<b>…</b>``, ``<a href="…">``, ``<br/>``, ``<x:g id="1">``.

UI catalogs (Django, Android, Qt, Weblate projects) carry HTML or XML inline
tags in their strings; a translation that drops ``</b>`` or changes ``<a>`` to
``<b>`` breaks the page it is shown on, and ``msgfmt -c`` does not look.  A
tag counts as markup when its name is an HTML element (the list below, from
the HTML living standard's phrasing and common flow elements) or when the same
text also closes it (``<g id="1">…</g>``, ``<xliff:g>…</xliff:g>``): a
command-line metavariable such as ``<command>`` or ``<file>``, which a
translator may well render as ``<命令>``, is neither.  Source and target must
hold the same tags, compared as a multiset of (name, opening / closing /
self-closing): order may change with Chinese word order, attribute values may
be translated (``title``, ``alt``), case is ignored.

A unit read from XLIFF or TMX carries its inline codes beside the plain text
(``source_markup`` / ``target_markup``).  A code that holds no text of its own
— XLIFF's ``<x id="2"/>`` for a figure, ``<g id="1">…</g>`` around a button
name — leaves no trace in the plain text, so for such units the codes
themselves are compared, by kind (``bpt``/``ept`` pairs, ``ph``, ``it``,
``ut``), as multisets: a target that drops one cannot be merged back into the
original document, and the CAT tool that wrote the file refuses it.
"""

from __future__ import annotations

import re
from collections import Counter

from tm._shared.markup import CODE_TAGS, MarkupError, parse_markup
from tm.checks._base import CheckInfo, Context, unit_check
from tm.model import Unit

__all__ = ["check_markup", "inline_codes", "markup_tags"]

_TAG = re.compile(r"<(?P<close>/)?(?P<name>[A-Za-z][\w.-]*(?::[A-Za-z][\w.-]*)?)"
                  r"(?P<attrs>\s[^<>]*?)?\s*(?P<empty>/)?>")

#: HTML elements that appear inside translatable strings.
_HTML_ELEMENTS = frozenset("""
a abbr b bdi bdo big blockquote br caption cite code dd del dfn div dl dt em font h1 h2 h3 h4
h5 h6 hr i img ins kbd label li mark nobr ol p pre q s samp small span strike strong sub sup
table tbody td th thead tr tt u ul var wbr
""".split())

#: HTML's void elements among them: never closed, so ``<br>``, ``<br/>`` and ``<br />``
#: are one tag (HTML living standard, "void elements").
_VOID_ELEMENTS = frozenset({"br", "hr", "img", "wbr"})

#: One tag: its lower-case name and "open", "close" or "empty".
Tag = tuple[str, str]


def markup_tags(text: str) -> list[tuple[Tag, int, int]]:
    """The markup tags of *text* with their spans (see the module docstring for what counts)."""
    if "<" not in text:
        return []
    found = [(m, m.group("name").lower()) for m in _TAG.finditer(text)]
    closed = {name for m, name in found if m.group("close")}
    tags = []
    for m, name in found:
        if name not in _HTML_ELEMENTS and name not in closed:
            continue
        empty = m.group("empty") or (name in _VOID_ELEMENTS and not m.group("close"))
        kind = "close" if m.group("close") else "empty" if empty else "open"
        tags.append(((name, kind), m.start(), m.end()))
    return tags


def inline_codes(markup: str) -> Counter[str]:
    """How many inline codes of each kind (``bpt``, ``ept``, ``ph`` …) *markup* holds.

    Markup that is not sound inline content counts as none (the readers refuse
    such markup before it reaches a unit; a unit built by hand may hold any).
    """
    if "<" not in markup:
        return Counter()
    try:
        root = parse_markup(markup)
    except MarkupError:
        return Counter()
    return Counter(str(e.tag) for e in root.iter() if e.tag in CODE_TAGS)


def _codes_problem(unit: Unit) -> str | None:
    """What differs between the inline codes of source and target, or None."""
    source, target = inline_codes(unit.source_markup), inline_codes(unit.target_markup)
    missing, added = source - target, target - source
    if not missing and not added:
        return None
    problems = [f"{', '.join(f'<{k}>×{n}' for k, n in sorted(c.items()))} {what}"
                for c, what in ((missing, "missing"), (added, "added")) if c]
    return "inline code(s) " + "; ".join(problems)


def _shown(tag: Tag) -> str:
    name, kind = tag
    return f"</{name}>" if kind == "close" else f"<{name}/>" if kind == "empty" else f"<{name}>"


@unit_check(CheckInfo("markup", "error",
                      "HTML or XML tags missing, added or changed in the target", "format"))
def check_markup(unit: Unit, ctx: Context) -> None:
    """Compare the markup tags (or a unit's inline codes) of source and target as multisets."""
    if not unit.target:
        return
    if inline_codes(unit.source_markup):
        problem = _codes_problem(unit)
        if problem:
            ctx.report("markup", unit, problem)
        return
    if "<" not in unit.source:
        return
    source = Counter(tag for tag, _, _ in markup_tags(unit.source))
    if not source:
        return
    found = markup_tags(unit.target)
    target = Counter(tag for tag, _, _ in found)
    missing, added = source - target, target - source
    if not missing and not added:
        return
    problems = []
    if missing:
        problems.append(", ".join(_shown(t) for t in sorted(missing.elements())) + " missing")
    if added:
        problems.append(", ".join(_shown(t) for t in sorted(added.elements())) + " added")
    ctx.report("markup", unit, "markup tag(s) " + "; ".join(problems),
               [(start, end) for tag, start, end in found if tag in added])
