"""Options and helpers shared by several subcommands."""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from tm._shared.files import check_encoding
from tm.errors import UsageError

__all__ = [
    "add_encoding_option", "add_output_option", "add_text_json_option", "add_verbosity_options",
    "encoding_name",
    "new_command", "progress", "seconds",
]

T = TypeVar("T")


def new_command(sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str,
                examples: str) -> argparse.ArgumentParser:
    """Add subcommand *name* with its one-line summary (:data:`tm.cli.COMMANDS`) and examples."""
    from tm.cli import COMMANDS

    summary = COMMANDS[name]
    parser = sub.add_parser(
        name,
        help=summary,
        description=summary,
        epilog="examples:\n" + examples,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_verbosity_options(parser)
    return parser


def add_verbosity_options(parser: argparse.ArgumentParser) -> None:
    """``-q/--quiet`` (errors only on stderr) and ``-v/--verbose`` (also what tm looked at)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("-q", "--quiet", action="store_true",
                       help="print nothing on stderr but errors (no summary, progress or "
                            "warnings)")
    group.add_argument("-v", "--verbose", action="store_true",
                       help="also say which settings and files were used")


def add_output_option(parser: argparse.ArgumentParser) -> None:
    """``-o/--output FILE`` (``-`` or absent: stdout), written atomically."""
    parser.add_argument("-o", "--output", default="-", metavar="OUT",
                        help="output file, written atomically ('-' = stdout, the default)")


def add_text_json_option(parser: argparse.ArgumentParser,
                         help: str = "output format (default: text)") -> None:
    """``--format text|json``: text for people, json (signed) for CI and scripts."""
    parser.add_argument("--format", choices=("text", "json"), default="text", help=help)


#: Longest wait for a lock that ``--wait`` accepts (one day): finite, so sleeps cannot overflow.
MAX_WAIT = 24 * 3600.0


def seconds(text: str) -> float:
    """argparse type: a finite number of seconds from 0 to :data:`MAX_WAIT`."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") \
            from None
    if not math.isfinite(value) or not 0 <= value <= MAX_WAIT:
        raise argparse.ArgumentTypeError(
            f"must be a number of seconds from 0 to {MAX_WAIT:g}, got {text!r}")
    return value


def encoding_name(text: str) -> str:
    """argparse type: a text encoding Python knows (not base64, rot13 ...)."""
    try:
        return check_encoding(text)
    except UsageError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def add_encoding_option(parser: argparse.ArgumentParser) -> None:
    """``--encoding NAME`` for input that is not UTF-8."""
    parser.add_argument("--encoding", default=None, metavar="NAME", type=encoding_name,
                        help="input encoding (default: UTF-8 with or without BOM), e.g. gb18030")


def progress(items: Iterable[T], total: int | None, label: str) -> Iterator[T]:
    """Yield *items*, drawing a progress bar on stderr when it is a terminal."""
    if not sys.stderr.isatty():
        yield from items
        return
    done = 0
    step = max(1, (total or 1000) // 200)
    for item in items:
        yield item
        done += 1
        if done % step == 0:
            if total:
                width = 30
                filled = width * done // total
                bar = "#" * filled + "-" * (width - filled)
                sys.stderr.write(f"\r{label} [{bar}] {done}/{total}")
            else:
                sys.stderr.write(f"\r{label} {done}")
            sys.stderr.flush()
    sys.stderr.write(f"\r{label} {done}" + (f"/{total}" if total else "") + " done\n")
