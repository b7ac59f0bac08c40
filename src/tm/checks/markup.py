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


#: Each kind of inline code in words any CAT tool's user knows, with how XLIFF and TMX
#: write it: the unit keeps them in TMX form whatever file they came from (trial R4-14:
#: "<bpt>×1, <ept>×1 missing" on an XLIFF that has no <bpt>).
_KIND_WORDS = {
    "pair": "paired code (XLIFF <g>…</g> or <bx/>…<ex/>, TMX <bpt>…<ept>)",
    "bpt": "opening half of a paired code (XLIFF <bx/>, TMX <bpt>)",
    "ept": "closing half of a paired code (XLIFF <ex/>, TMX <ept>)",
    "ph": "standalone code (XLIFF <x/> or <ph>, TMX <ph>)",
    "it": "isolated code (XLIFF <it>, TMX <it>)",
    "ut": "unknown code (<ut>)",
}

#: How much of the text a paired code surrounds a message quotes, and of how many.
_AROUND = 30
_QUOTED = 3


def _code_kinds(markup: str) -> Counter[str]:
    """The inline codes of *markup* by kind, a ``bpt`` and an ``ept`` counting as one pair."""
    codes = inline_codes(markup)
    pairs = min(codes["bpt"], codes["ept"])
    codes["bpt"] -= pairs
    codes["ept"] -= pairs
    codes["pair"] = pairs
    return +codes


def _surrounded(markup: str) -> list[str]:
    """The plain text each paired code of *markup* surrounds, in order (linear in *markup*)."""
    root = parse_markup(markup)
    spans: list[tuple[int, int]] = []
    open_at: dict[str | None, int] = {}
    plain = [root.text or ""]
    length = len(plain[0])
    for element in root.iter():
        if element is root:
            continue
        if element.tag == "bpt":
            open_at[element.get("i")] = length
        elif element.tag == "ept" and element.get("i") in open_at:
            spans.append((open_at.pop(element.get("i")), length))
        plain.append(element.tail or "")
        length += len(plain[-1])
    whole = "".join(plain)
    return [whole[start:end] for start, end in spans]


def _codes_problem(unit: Unit) -> str | None:
    """What differs between the inline codes of source and target, or None."""
    source, target = _code_kinds(unit.source_markup), _code_kinds(unit.target_markup)
    missing, added = source - target, target - source
    if not missing and not added:
        return None
    problems = []
    for counts, what in ((missing, "missing"), (added, "added")):
        if counts:
            problems.append(f"{what}: " + ", ".join(
                f"{n} {_KIND_WORDS[kind]}" for kind, n in sorted(counts.items())))
    message = "inline code(s) " + "; ".join(problems)
    if missing["pair"] and missing["pair"] == source["pair"]:
        texts = _surrounded(unit.source_markup)
        around = [t if len(t) <= _AROUND else t[:_AROUND] + "…" for t in texts[:_QUOTED]]
        more = f" and {len(texts) - _QUOTED:,} more" if len(texts) > _QUOTED else ""
        message += " (around " + ", ".join(repr(t) for t in around) + more + " in the source)"
    return message


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
