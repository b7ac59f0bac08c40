"""Options and output helpers shared by the translation-memory commands.

``--db``, the language options, opening the memory (read-only for queries),
colour on a terminal (off with ``NO_COLOR``, forced with ``FORCE_COLOR``) and
highlighting that falls back to ``[brackets]`` and ``{+insertions+}`` when
output is not a terminal.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from tm.cli._common import add_db_option, language
from tm.memory import TranslationMemory

__all__ = ["BOLD", "add_db_option", "add_lang_options", "highlight", "open_memory",
           "show_diff", "use_colour"]

BOLD, GREEN, RED, DIM, RESET = "\033[1m", "\033[32m", "\033[31m", "\033[2m", "\033[0m"


def add_lang_options(parser: argparse.ArgumentParser) -> None:
    """``--source-lang`` / ``--target-lang`` of the query side."""
    parser.add_argument("--source-lang", default=None, type=language, metavar="LANG",
                        help="language of the query text (default: zh-CN for a Chinese "
                             "query, else en; zh-CN queries an EN->ZH memory the other way "
                             "round)")
    parser.add_argument("--target-lang", default=None, type=language, metavar="LANG",
                        help="language of the wanted translation (default: en for a Chinese "
                             "query, else zh-CN)")


def open_memory(path: str, *, readonly: bool = True, timeout: float = 10.0) -> TranslationMemory:
    """Open the memory at *path*; StoreError (one line) when missing, locked or corrupted."""
    return TranslationMemory.open(path, readonly=readonly, timeout=timeout)


def use_colour() -> bool:
    """Colour when stdout is a terminal, unless ``NO_COLOR`` is set; ``FORCE_COLOR`` forces it."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


def highlight(text: str, spans: Sequence[tuple[int, int]], colour: bool) -> str:
    """*text* with each span bold-coloured on a terminal, ``[bracketed]`` otherwise."""
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        out.append(text[pos:start])
        piece = text[start:end]
        out.append(f"{BOLD}{RED}{piece}{RESET}" if colour else f"[{piece}]")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def show_diff(runs: Sequence[tuple[str, str]], colour: bool) -> str:
    """A match source against the query: removed ``[-old-]``, added ``{+new+}`` (wdiff style).

    On a terminal removed text is red and struck through, added text green.
    """
    out = []
    for op, text in runs:
        if op == "=":
            out.append(text)
        elif op == "-":
            out.append(f"{RED}\033[9m{text}{RESET}" if colour else f"[-{text}-]")
        else:
            out.append(f"{GREEN}{text}{RESET}" if colour else f"{{+{text}+}}")
    return "".join(out)
