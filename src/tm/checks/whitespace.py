"""Leading and trailing whitespace that differs between source and target.

Software strings are concatenated with their whitespace, so a space (or a
newline) at either end must be kept.  Full-width punctuation carries its own
spacing in Chinese: a space after a half-width colon, comma or question mark
at the end of the source ("Name: ") is not needed after the full-width mark
that ends the target (名称：), nor a space at the start of the source before
a target that starts with a full-width mark (" (optional)" -> （可选）).
A newline is always required where the source has one.

A target that does not begin (or end) with a newline exactly where the source
does is refused by ``msgfmt -c`` ("entries do not both end with '\\n'"), so the
release build fails: that is the error ``newline``, apart from the warning
``whitespace`` (which still reports a newline among other trailing blanks).
"""

from __future__ import annotations

from tm._shared.text import WIDE_PUNCTUATION
from tm.checks._base import CheckInfo, Context, unit_check
from tm.model import Unit

__all__ = ["check_newline", "check_whitespace"]

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
    for where, s_ws, t_ws, span in _ends(src, tgt):
        if _newline_differs(src, tgt, where) and ctx.wants("newline"):
            continue  # the error ``newline`` reports it
        if s_ws and not t_ws and _spaced_by_full_width(src, tgt, where, s_ws):
            continue
        if bool(s_ws) != bool(t_ws) or ("\n" in s_ws) != ("\n" in t_ws):
            ctx.report("whitespace", unit,
                       f"{where} whitespace: source has {_describe(s_ws)}, "
                       f"target has {_describe(t_ws)}",
                       [span] if t_ws else [])


def _ends(src: str, tgt: str) -> tuple[tuple[str, str, str, tuple[int, int]], ...]:
    """(where, source blanks, target blanks, target span) at the start and at the end."""
    return (
        ("leading", src[: len(src) - len(src.lstrip())], tgt[: len(tgt) - len(tgt.lstrip())],
         (0, len(tgt) - len(tgt.lstrip()))),
        ("trailing", src[len(src.rstrip()):], tgt[len(tgt.rstrip()):],
         (len(tgt.rstrip()), len(tgt))),
    )


def _newline_differs(src: str, tgt: str, where: str) -> bool:
    """True when exactly one of *src* and *tgt* has a newline as its first (last) character,
    the test ``msgfmt -c`` applies to every translated entry."""
    if where == "leading":
        return src.startswith("\n") != tgt.startswith("\n")
    return src.endswith("\n") != tgt.endswith("\n")


@unit_check(CheckInfo("newline", "error",
                      "the target does not begin or end with a newline as the source does "
                      "(msgfmt -c refuses it)", "format"))
def check_newline(unit: Unit, ctx: Context) -> None:
    """Report a leading or trailing newline on one side only: the build's ``msgfmt -c`` fails."""
    src, tgt = unit.source, unit.target
    if not src or not tgt:
        return
    for where, verb, span in (("leading", "begins", (0, 1)),
                              ("trailing", "ends", (len(tgt) - 1, len(tgt)))):
        if not _newline_differs(src, tgt, where):
            continue
        in_target = tgt[span[0]] == "\n"
        has, lacks = ("target", "source") if in_target else ("source", "target")
        ctx.report("newline", unit,
                   f"{where} newline: the {has} {verb} with a newline, the {lacks} does not "
                   "(msgfmt -c refuses it)", [span] if in_target else [])
