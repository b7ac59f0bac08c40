"""The ``tm`` command line: a thin layer over the public ``tm`` API.

Each subcommand lives in its own module of this package and exposes
``register(subparsers)``; :data:`COMMANDS` lists them in the order ``tm --help``
shows them.  tm's own errors (:class:`tm.errors.TMError`, including the usage
error :class:`tm.errors.UsageError`) are caught in one place,
:func:`tm.cli._guard.guarded`, and printed as one line ``tm: error: ...`` with
exit code 2; any other exception is a bug and keeps its traceback.

Exit codes: 0 ok, 1 findings at or above ``--fail-on`` (``tm check``), 2 usage
or input error, 130 interrupted (SIGINT), 143 terminated (SIGTERM).
"""

from __future__ import annotations

import argparse
import errno
import importlib
import io
import keyword
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from tm import __version__
from tm.cli._guard import guarded, printed, shorten, stdout_failed

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

__all__ = ["COMMANDS", "build_parser", "main"]

#: Every subcommand and its one-line summary, in the order ``tm --help`` lists them.
#: The code of ``tm NAME`` is the module ``tm.cli.NAME`` (``import_`` for ``import``),
#: imported only when that command runs, so ``tm --help`` and ``tm --version``
#: stay fast and load none of the library.
COMMANDS: dict[str, str] = {
    "segment": "Split a text into sentences and export them.",
    "align": "Align an English text with its Chinese translation, sentence by sentence, "
             "and write PO, TMX, TSV or bead lines.",
    "update": "Merge a revised source text into a PO, keeping every translation "
              "(unchanged kept, edited fuzzy, removed obsolete).",
    "check": "Run QA checks on PO files and report findings.",
    "terms": "Show the glossary terms found in a text.",
    "import": "Import PO/POT, TMX, CSV/TSV files or locale folders into a translation memory.",
    "lookup": "Look a sentence up in a translation memory: exact and fuzzy matches, best first.",
    "concordance": "Search a translation memory for a phrase in sources and targets.",
    "export": "Export a translation memory (TMX 1.4b, PO, XLIFF, CSV, TSV, JSON) or a glossary.",
    "stats": "Show the units, language pairs, origins and size of a translation memory.",
    "analyze": "Count the words and segments of a document per match band (in-context, "
               "exact, 95-99 ... no match) and repetitions.",
    "pretranslate": "Fill a POT (or PO) from a translation memory: exact matches translated, "
                    "fuzzy ones flagged for review.",
    "serve": "Serve a translation memory over HTTP: the tmserver protocol Weblate queries, "
             "and tm's JSON API.",
    "completion": "Print a shell completion script for bash, zsh or fish.",
    "manpage": "Print the tm(1) manual page (roff), generated from the option parser.",
}

EPILOG = """\
examples:
  tm align locales/en/article.txt locales/zh_CN/article.txt -o article.po
  tm segment locales/en/article.txt --format pot -o article.pot
  cat notes.txt | tm segment - --source-lang zh --format jsonl
  tm import article.po --db tm.db && tm lookup "Premier Li had coffee." --db tm.db
  tm check article.po --glossary locales/zh_CN/glossary.tbx --format json
  tm update revised.txt --po article.po --db tm.db --dry-run

Exit codes: 0 ok, 1 findings at or above --fail-on (tm check), 2 usage or
input error, 130 interrupted, 143 terminated.  Run `tm COMMAND --help` for the
options and examples of each command.
"""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one short line, like every other tm error.

    ``tm: error: argument --wait: ...; see 'tm import --help'`` and exit 2; a huge
    argument is never echoed back whole.
    """

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"tm: error: {shorten(message)}; see '{self.prog} --help'\n")

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        """Write *message* to *file*; unlike argparse, a failed write is not ignored.

        *file* is None when the stream is closed (``tm --help >&-``): that is a failed
        write too, not a reason to print the help on stderr instead.
        """
        if not message:
            return
        if file is None:
            raise OSError(errno.EBADF, "the stream is closed")
        file.write(message)


def _module(command: str) -> str:
    """The module that implements *command* (``import`` is a keyword: ``import_``)."""
    return f"tm.cli.{command}_" if keyword.iskeyword(command) else f"tm.cli.{command}"


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Build the ``tm`` argument parser.

    Every subcommand is registered with all its options, unless *only* names one:
    then just that command's module is imported and the others are listed by
    name and summary (enough for ``tm --help`` and for parsing *only*'s argv).
    """
    parser = _Parser(
        prog="tm",
        description="Bilingual English-Chinese translation memory toolkit.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"tm {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, summary in COMMANDS.items():
        if only is None or name == only:
            importlib.import_module(_module(name)).register(sub)
        else:
            sub.add_parser(name, help=summary, description=summary)
    return parser


def _command_in(argv: Sequence[str]) -> str:
    """The subcommand *argv* asks for ("" for none): its first argument that is not an option."""
    for i, arg in enumerate(argv):
        if arg == "--":
            return argv[i + 1] if i + 1 < len(argv) else ""
        if not arg.startswith("-"):
            return arg
    return ""


def _print_names_as_given() -> None:
    """Let stdout print a file name holding bytes that are not UTF-8 as those bytes.

    Python's stdout is strict under a desktop UTF-8 locale (``en_US.UTF-8``), and
    ``tm check $'\\xff.po'`` died printing ``\\xff.po:1: ...``; ``ls`` and ``grep``
    print such names as they are, and so does tm now (JSON gets U+FFFD instead).
    """
    stdout = sys.stdout
    if isinstance(stdout, io.TextIOWrapper) and stdout.errors == "strict":
        stdout.reconfigure(errors="surrogateescape")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``tm`` command with *argv* (default: ``sys.argv[1:]``); return the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _print_names_as_given()
    parser = build_parser(only=_command_in(argv))
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:      # --help or --version printed, or a usage error
        return printed(stop.code if isinstance(stop.code, int) else 2)
    except OSError as err:          # the help or version could not be written
        return stdout_failed(err)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return 2
    return guarded(args.run, args)
