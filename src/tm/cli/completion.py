"""``tm completion``: print a shell completion script for bash, zsh or fish."""

from __future__ import annotations

import argparse
import sys

from tm.cli._common import new_command

__all__ = ["register", "run"]

EXAMPLES = """\
  source <(tm completion bash)                          # in ~/.bashrc
  tm completion zsh > "${fpath[1]}/_tm"                 # zsh: a directory on $fpath
  tm completion fish > ~/.config/fish/completions/tm.fish

The scripts are generated from tm's own option parser, so they complete
exactly the commands, options and --format values this version accepts.
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``tm completion`` to the ``tm`` command."""
    p = new_command(sub, "completion", EXAMPLES)
    p.add_argument("shell", choices=("bash", "zsh", "fish"), metavar="SHELL",
                   help="the shell: bash, zsh or fish")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the completion script of ``args.shell``."""
    from tm.cli._completion import script

    sys.stdout.write(script(args.shell))
    return 0
