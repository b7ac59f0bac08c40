"""``tm stats``: what a translation memory holds."""

from __future__ import annotations

import argparse
from collections.abc import Mapping

from tm.cli._common import add_text_json_option, new_command, print_json
from tm.cli._memory import add_db_option, open_memory
from tm.memory import redact

__all__ = ["register", "run"]

EXAMPLES = """\
  tm stats --db tm.db
  tm stats --db tm.db --format json
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``tm stats`` to the ``tm`` command."""
    p = new_command(sub, "stats", EXAMPLES)
    add_db_option(p)
    add_text_json_option(p)
    p.set_defaults(run=run)


def _size(n: int) -> str:
    """``123 bytes``, ``48.0 KB``, ``1.2 MB``."""
    value = float(n)
    for unit in ("bytes", "KB", "MB"):
        if value < 1024:
            return f"{n} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


def run(args: argparse.Namespace) -> int:
    """Run ``tm stats``; return the exit code."""
    with open_memory(args.db) as memory:
        stats = memory.stats()
    if args.format == "json":
        print_json({"db": redact(args.db), **stats})
        return 0
    for key, value in stats.items():
        if isinstance(value, Mapping):
            print(f"{key}:")
            width = max((len(str(k)) for k in value), default=0)
            for name, count in value.items():
                print(f"  {name!s:<{width}}  {count}")
        elif key == "size" and isinstance(value, int):
            print(f"{key}: {_size(value)}")
        else:
            print(f"{key}: {value}")
    return 0
