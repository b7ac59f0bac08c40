"""Leading and trailing whitespace that differs between source and target."""

from __future__ import annotations

from tm.checks._base import CheckInfo, Context, unit_check
from tm.model import Unit

__all__ = ["check_whitespace"]


def _describe(ws: str) -> str:
    if not ws:
        return "none"
    if "\n" in ws:
        return "a newline"
    return "a tab" if "\t" in ws else "a space"


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
        if bool(s_ws) != bool(t_ws) or ("\n" in s_ws) != ("\n" in t_ws):
            ctx.report("whitespace", unit,
                       f"{where} whitespace: source has {_describe(s_ws)}, "
                       f"target has {_describe(t_ws)}",
                       [span] if t_ws else [])
