"""Regular expressions compiled on their first use (private; issue 13).

tm.numbers holds some four hundred module-level patterns, several of them long alternations
of words; compiling them all when the package was imported cost about 0.2 CPU s in every
process that imports it (each test worker, each ``tm`` command), whether or not it reads a
number.  :func:`lazy_re` and :func:`lazy_regex` return a stand-in that compiles its pattern
the first time one of its attributes is used and answers as the compiled pattern from then
on.  When it compiles, the names of its module bound to the stand-in are bound to the
compiled pattern, and so are the places of the module's small dicts and lists that hold it,
so the module's functions call it directly (a call through the stand-in costs about a third
more); a table of patterns in a tuple is read through :func:`compiled` where a hot loop
reads it.  The source string is there without compiling
(``.pattern``), for patterns built from others.  A pattern's behaviour is the compiled
one's: nothing else changes.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import TypeVar, cast

import regex

__all__ = ["compiled", "lazy_re", "lazy_regex"]


#: The largest table of a module searched for a stand-in to replace (a module's tables of
#: patterns hold a few dozen; its tables of words, thousands, and no pattern).
_SMALL_TABLE = 64


class _Lazy:
    """A pattern compiled by ``compile(pattern, flags)`` when first used (see module docs)."""

    def __init__(self, compile: Callable[[str, int], object], pattern: str, flags: int,
                 home: dict[str, object]) -> None:
        self.pattern = pattern
        self._compile = compile
        self._flags = flags
        self._home = home

    def _resolve(self) -> object:
        """The compiled pattern, compiled now if not yet; the module's names bound to the
        stand-in, and the places of its small tables (dicts and lists) that hold it, hold
        the compiled pattern from then on, so its functions use it directly."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compile(self.pattern, self._flags)
            self.__dict__["_compiled"] = compiled
            for name, value in list(self._home.items()):
                if value is self:
                    self._home[name] = compiled
                elif isinstance(value, dict) and len(value) <= _SMALL_TABLE:
                    for key, item in list(value.items()):
                        if item is self:
                            value[key] = compiled
                elif isinstance(value, list) and len(value) <= _SMALL_TABLE:
                    for i, item in enumerate(value):
                        if item is self:
                            value[i] = compiled
        return compiled

    def __getattr__(self, name: str) -> object:
        # Reached only for an attribute not yet kept on the stand-in (a pattern held in a
        # table, not by a module name): keep the compiled pattern's attribute here.
        value = getattr(self._resolve(), name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def _caller_globals() -> dict[str, object]:
    """The globals of the module that called lazy_re or lazy_regex."""
    return sys._getframe(2).f_globals


def lazy_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled on first use."""
    return cast("re.Pattern[str]", _Lazy(re.compile, pattern, flags, _caller_globals()))


def lazy_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, compiled on first use."""
    return cast("regex.Pattern[str]", _Lazy(regex.compile, pattern, flags, _caller_globals()))


P = TypeVar("P")


def compiled(pattern: P) -> P:
    """*pattern* compiled, if it is a stand-in of this module (for a table of patterns that a
    hot loop reads: the recognizers)."""
    if isinstance(pattern, _Lazy):
        return cast(P, pattern._resolve())
    return pattern
