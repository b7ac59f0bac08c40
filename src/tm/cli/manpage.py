"""``tm manpage``: print the tm(1) manual page (roff), generated from the option parser."""

from __future__ import annotations

import argparse
import sys

from tm.cli._common import new_command

__all__ = ["register", "run"]

EXAMPLES = """\
  tm manpage > tm.1 && man ./tm.1
  tm manpage > "$HOME/.local/share/man/man1/tm.1"

docs/tm.1 in the sources is this output, checked by the tests to be current.
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``tm manpage`` to the ``tm`` command."""
    p = new_command(sub, "manpage", EXAMPLES)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the manual page."""
    from tm.cli._manpage import render

    sys.stdout.write(render())
    return 0
