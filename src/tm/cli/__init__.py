"""The ``tm`` command line: a thin layer over the public ``tm`` API.

Each subcommand lives in its own module of this package and exposes
``register(subparsers)``; :data:`COMMANDS` lists them in the order ``tm --help``
shows them.  Errors are caught in one place, :func:`main`, and printed as one
line ``tm: error: ...`` with exit code 2.

Exit codes: 0 ok, 1 findings at or above ``--fail-on`` (``tm check``), 2 usage
or input error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from tm._version import __version__
from tm.errors import TMError

__all__ = ["COMMANDS", "build_parser", "main"]

#: Subcommand modules, in the order ``tm --help`` lists them.
COMMANDS: tuple[str, ...] = (
    "segment",
    "align",
    "update",
    "check",
    "terms",
    "import_",
    "lookup",
    "concordance",
    "export",
    "stats",
    "analyze",
    "pretranslate",
)

EPILOG = """\
examples:
  tm align locales/en/article.txt locales/zh_CN/article.txt -o article.po
  tm segment locales/en/article.txt --format pot -o article.pot
  cat notes.txt | tm segment - --lang zh --format jsonl
  tm import article.po --db tm.db && tm lookup "Premier Li had coffee." --db tm.db
  tm check article.po --glossary locales/zh_CN/glossary.tbx --format json
  tm update revised.txt --po article.po --db tm.db --dry-run

Exit codes: 0 ok, 1 findings at or above --fail-on (tm check), 2 usage or
input error. Run `tm COMMAND --help` for the options and examples of each command.
"""


def build_parser() -> argparse.ArgumentParser:
    """Build the ``tm`` argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="tm",
        description="Bilingual English-Chinese translation memory toolkit.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"tm {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"tm.cli.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``tm`` command with *argv* (default: ``sys.argv[1:]``); return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        code: int = args.run(args)
        return code
    except TMError as err:
        print(f"tm: error: {err}", file=sys.stderr)
        return 2
    except ValueError as err:
        print(f"tm: error: {err}", file=sys.stderr)
        return 2
    except OSError as err:  # e.g. a full disk while streaming to stdout
        if isinstance(err, BrokenPipeError):
            # The reader went away (`tm segment ... | head`); that is not an error.
            sys.stderr.close()
            return 0
        print(f"tm: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("tm: interrupted", file=sys.stderr)
        return 130
