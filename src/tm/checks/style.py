"""House-style checks for Chinese targets, off by default (enable them by configuration).

* han-latin-spacing: a space between Han characters and Latin letters or
  digits, either ``"always"`` (在 LeanCloud 上, 2015 年) or ``"never"``
  (style option ``han-latin-spacing``, default ``"always"``); a placeholder
  (``%s``, ``%2$s``, ``{count}``) stands for a value, often Chinese, so the space
  on either side of it is the translator's choice, under either style;
* fullwidth-alnum: full-width digits and letters (２０１５, ＡＩ) instead of half-width;
* ellipsis-dash: the Chinese ellipsis is ``……`` and the dash ``——`` (not ``...``,
  a single ``…``, ``—``, ``--`` or a spaced hyphen).
"""

from __future__ import annotations

import re

from tm._shared.script import HAN, has_han
from tm.checks._base import CheckInfo, Context, unit_check
from tm.checks.placeholders import mask_placeholders
from tm.model import Unit

__all__ = ["check_ellipsis_dash", "check_fullwidth_alnum", "check_spacing"]

_TOUCHING = re.compile(rf"(?<=[{HAN}])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[{HAN}])")
_SPACED = re.compile(rf"(?<=[{HAN}])[ \t]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])[ \t]+(?=[{HAN}])")


@unit_check(CheckInfo("han-latin-spacing", "warning",
                      "spacing between Han and Latin letters/digits against the house style",
                      "style", default=False))
def check_spacing(unit: Unit, ctx: Context) -> None:
    """Report Han next to Latin/digits without a space ("always") or with one ("never")."""
    if not has_han(unit.target):
        return
    mode = ctx.option("han-latin-spacing", "always")
    # Placeholders masked (offsets kept): the s of %s is no Latin letter.
    target = mask_placeholders(unit.target)
    if mode == "never":
        spans = [(m.start(), m.end()) for m in _SPACED.finditer(target)]
        message = "space between Han and Latin/digits (house style: no space)"
    else:
        spans = [(m.start(), m.start()) for m in _TOUCHING.finditer(target)]
        message = "no space between Han and Latin/digits (house style: a space)"
    if spans:
        ctx.report("han-latin-spacing", unit, f"{message}, {len(spans)} place(s)", spans)


_FULLWIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")


@unit_check(CheckInfo("fullwidth-alnum", "warning",
                      "full-width digits or Latin letters (２０１５, ＡＩ) in the target",
                      "style", default=False))
def check_fullwidth_alnum(unit: Unit, ctx: Context) -> None:
    """Report full-width alphanumerics: Chinese house styles write them half-width."""
    found = list(_FULLWIDTH_ALNUM.finditer(unit.target))
    if found:
        words = ", ".join(m.group() for m in found)
        ctx.report("fullwidth-alnum", unit, f"full-width letters or digits: {words}",
                   [(m.start(), m.end()) for m in found])


_BAD_FORMS = re.compile(
    r"(?P<ellipsis>\.{3,}|。{3,}|(?<!…)…(?!…)|…{3,})"
    rf"|(?P<dash>(?<!—)—(?!—)|—{{3,}}|-{{2,}}|(?<=[{HAN}”」])\s*[-–]\s*(?=[{HAN}“「])"
    r"|(?<=\s)[-–](?=\s))"
)


@unit_check(CheckInfo("ellipsis-dash", "warning",
                      "ellipsis or dash not in the Chinese forms …… and ——", "style",
                      default=False))
def check_ellipsis_dash(unit: Unit, ctx: Context) -> None:
    """Report ``...``, a lone ``…``, a lone ``—``, ``--`` or a spaced hyphen in Chinese."""
    if not has_han(unit.target):
        return
    found = list(_BAD_FORMS.finditer(unit.target))
    if found:
        forms = ", ".join(repr(m.group().strip()) for m in found)
        want = " and ".join(sorted({"……" if m.group("ellipsis") else "——" for m in found}))
        ctx.report("ellipsis-dash", unit, f"use {want} instead of {forms}",
                   [(m.start(), m.end()) for m in found])
