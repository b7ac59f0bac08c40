"""Placeholders (printf ``%s %d %(name)s %1$s``, Python ``{name}``) missing or added.

Only conversions that cannot be prose count: ``% d`` (space flag) and ``72.5%的``
are not placeholders, so percentages in news text never trip the check.
"""

from __future__ import annotations

import re
from collections import Counter

from tm.checks._base import CheckInfo, Context, unit_check
from tm.model import Unit

__all__ = ["check_placeholders", "placeholders"]

_PRINTF = (r"%(?:\d+\$|\([A-Za-z_]\w*\))?[-+#0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?"
           r"(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGcrsab]")
_BRACE = r"\{(?:[A-Za-z_]\w*(?:\.\w+|\[\w+\])*|\d+)?(?:![rsa])?(?::[^{}\s]*)?\}"
_PLACEHOLDER = re.compile(rf"%%|(?<![%0-9A-Za-z_]){_PRINTF}(?![A-Za-z])|(?<!\{{){_BRACE}(?!\}})")


def placeholders(text: str) -> list[tuple[str, int, int]]:
    """The placeholders in *text* as (text, start, end), ``%%`` left out."""
    if "%" not in text and "{" not in text:
        return []
    return [(m.group(), m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)
            if m.group() != "%%"]


@unit_check(CheckInfo("placeholders", "error",
                      "printf or {brace} placeholders missing from or added to the target",
                      "format"))
def check_placeholders(unit: Unit, ctx: Context) -> None:
    """Compare placeholder multisets; positional ``{}``/``%s`` order may change."""
    if not unit.target:
        return
    src = placeholders(unit.source)
    tgt = placeholders(unit.target)
    if not src and not tgt:
        return
    want = Counter(p for p, _, _ in src)
    have = Counter(p for p, _, _ in tgt)
    missing = want - have
    extra = have - want
    parts = []
    if missing:
        parts.append("missing from the target: " + " ".join(sorted(missing.elements())))
    if extra:
        parts.append("not in the source: " + " ".join(sorted(extra.elements())))
    if parts:
        ctx.report("placeholders", unit, "placeholder(s) " + "; ".join(parts),
                   [(s, e) for p, s, e in tgt if p in extra])
