"""Leading and trailing whitespace that differs between source and target.

Software strings are concatenated with their whitespace, so a space (or a
newline) at either end must be kept.  Full-width punctuation carries its own
spacing in Chinese: a space after a half-width colon, comma or question mark
at the end of the source ("Name: ") is not needed after the full-width mark
that ends the target (名称：), nor a space at the start of the source before
a target that starts with a full-width mark (" (optional)" -> （可选）).
A newline is always required where the source has one.
"""

from __future__ import annotations

from tm._shared.text import WIDE_PUNCTUATION
from tm.checks._base import CheckInfo, Context, unit_check
from tm.model import Unit

__all__ = ["check_whitespace"]

#: Full-width marks that carry their own spacing (the counterparts of , ; : ? ! ( ) .).
_FULL_WIDTH = frozenset(WIDE_PUNCTUATION.values()) | frozenset("、“”‘’《》「」【】…—")
_HALF_WIDTH = frozenset(WIDE_PUNCTUATION)


def _describe(ws: str) -> str:
    if not ws:
        return "none"
    if "\n" in ws:
        return "a newline"
    return "a tab" if "\t" in ws else "a space"


def _spaced_by_full_width(src: str, tgt: str, where: str, s_ws: str) -> bool:
    """True when the source's space at *where* is taken up by a full-width mark in the target."""
    if "\n" in s_ws:
        return False
    if where == "trailing":
        body = src.rstrip()
        return bool(body) and body[-1] in _HALF_WIDTH and tgt.rstrip()[-1:] in _FULL_WIDTH
    return tgt.lstrip()[:1] in _FULL_WIDTH


@unit_check(CheckInfo("whitespace", "warning",
                      "leading or trailing whitespace differs from the source", "format"))
def check_whitespace(unit: Unit, ctx: Context) -> None:
    """Compare the whitespace at both ends: software strings are concatenated with it."""
    src, tgt = unit.source, unit.target
    if not src or not tgt:
        return
    for where, s_ws, t_ws, span in (
        ("leading", src[: len(src) - len(src.lstrip())], tgt[: len(tgt) - len(tgt.lstrip())],
         (0, len(tgt) - len(tgt.lstrip()))),
        ("trailing", src[len(src.rstrip()):], tgt[len(tgt.rstrip()):],
         (len(tgt.rstrip()), len(tgt))),
    ):
        if s_ws and not t_ws and _spaced_by_full_width(src, tgt, where, s_ws):
            continue
        if bool(s_ws) != bool(t_ws) or ("\n" in s_ws) != ("\n" in t_ws):
            ctx.report("whitespace", unit,
                       f"{where} whitespace: source has {_describe(s_ws)}, "
                       f"target has {_describe(t_ws)}",
                       [span] if t_ws else [])
