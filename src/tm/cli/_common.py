"""Options and helpers shared by several subcommands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

__all__ = [
    "add_encoding_option", "add_output_option", "add_text_json_option", "new_command",
    "progress",
]

T = TypeVar("T")


def new_command(sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str,
                examples: str) -> argparse.ArgumentParser:
    """Add subcommand *name* with its one-line summary (:data:`tm.cli.COMMANDS`) and examples."""
    from tm.cli import COMMANDS

    summary = COMMANDS[name]
    return sub.add_parser(
        name,
        help=summary,
        description=summary,
        epilog="examples:\n" + examples,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def add_output_option(parser: argparse.ArgumentParser) -> None:
    """``-o/--output FILE`` (``-`` or absent: stdout), written atomically."""
    parser.add_argument("-o", "--output", default="-", metavar="OUT",
                        help="output file, written atomically ('-' = stdout, the default)")


def add_text_json_option(parser: argparse.ArgumentParser,
                         help: str = "output format (default: text)") -> None:
    """``--format text|json``: text for people, json (signed) for CI and scripts."""
    parser.add_argument("--format", choices=("text", "json"), default="text", help=help)


def add_encoding_option(parser: argparse.ArgumentParser) -> None:
    """``--encoding NAME`` for input that is not UTF-8."""
    parser.add_argument("--encoding", default=None, metavar="NAME",
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
