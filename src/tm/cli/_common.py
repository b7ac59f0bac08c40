"""Options and helpers shared by several subcommands."""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from tm import __version__
from tm.errors import UsageError
from tm.files import check_encoding, read_text
from tm.files import signature as tm_signature
from tm.text import is_wellformed_lang

if TYPE_CHECKING:
    from tm.segmentation import SkippedLine

__all__ = [
    "DEFAULT_MIN_SCORE",
    "JSON_INDENT",
    "SkipReport",
    "add_db_option",
    "add_deprecated_alias",
    "add_encoding_option",
    "add_keep_chrome_option",
    "add_min_score_option",
    "add_output_option",
    "add_text_json_option",
    "add_verbosity_options",
    "count_of",
    "encoding_name",
    "json_envelope",
    "json_text",
    "language",
    "language_or_auto",
    "new_command",
    "one_line_of_stdin",
    "output_format",
    "print_json",
    "result_limit",
    "score",
    "seconds",
]


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
                       help="no summary or progress on stderr (warnings and errors are "
                            "still shown)")
    group.add_argument("-v", "--verbose", action="store_true",
                       help="also say which settings and files were used")


class _DeprecatedAlias(argparse.Action):
    """An old option spelling: stores into the new option's dest and says so on stderr."""

    def __init__(self, option_strings: list[str], dest: str, new: str = "",
                 **kwargs: Any) -> None:
        super().__init__(option_strings, dest, **kwargs)
        self.new = new

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        print(f"tm: warning: {option_string} is deprecated and will be removed in the next "
              f"release; use {self.new}", file=sys.stderr)
        setattr(namespace, self.dest, values)


def add_deprecated_alias(parser: argparse.ArgumentParser, old: str, new: str,
                         **kwargs: Any) -> None:
    """Accept *old* (hidden from --help) as a deprecated spelling of the option *new*.

    *kwargs* (``type`` ...) must match the new option's, so both parse alike.
    """
    dest = new.lstrip("-").replace("-", "_")
    parser.add_argument(old, dest=dest, action=_DeprecatedAlias, new=new,
                        default=argparse.SUPPRESS, help=argparse.SUPPRESS, **kwargs)


_Number = TypeVar("_Number", int, float)


def bounded_number(convert: Callable[[str], _Number], low: _Number, high: _Number,
                   what: str) -> Callable[[str], _Number]:
    """An argparse type: *convert*'s value of the text, finite, from *low* to *high*.

    Both refusals name *what* with its range (``must be a score from 0 to 100,
    got '150'``); argparse turns them into the one-line usage error.
    """
    expected = f"{what} from {low:,g} to {high:,g}"

    def parse(text: str) -> _Number:
        try:
            value = convert(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {expected}, got {text[:40]!r}") \
                from None
        if not math.isfinite(value) or not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be {expected}, got {text[:40]!r}")
        return value

    return parse


#: argparse type: a match score in percent, 0 to 100.
score = bounded_number(float, 0.0, 100.0, "a score")


#: Default lowest fuzzy-match score of the commands that offer matches.
DEFAULT_MIN_SCORE = 70.0


def add_min_score_option(parser: argparse.ArgumentParser, default: float, what: str,
                         old: tuple[str, ...] = ()) -> None:
    """``--min-score SCORE`` (0-100): the lowest fuzzy-match score *what*; *old* spellings kept."""
    parser.add_argument("--min-score", type=score, default=default, metavar="SCORE",
                        help=f"lowest match score {what}, 0-100 (default: {default:g})")
    for spelling in old:
        add_deprecated_alias(parser, spelling, "--min-score", type=score, metavar="SCORE")


def add_db_option(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    """``--db DB``: the translation memory, else ``$TM_DB``, else ``db`` in the settings file.

    A *required* memory that none of the three names is a usage error (see
    :func:`tm.cli._settings.resolve_db`); an optional one is used only when given.
    """
    if required:
        parser.add_argument("--db", default=None, metavar="DB",
                            help="the translation memory (SQLite file or database URL; "
                                 "default: $TM_DB, else db = ... in [tool.tm] of "
                                 "pyproject.toml or tm.toml)")
        parser.set_defaults(needs_db=True)
    else:
        parser.add_argument("--db", default=None, metavar="DB",
                            help="translation memory to pre-fill new sentences from "
                                 "(only when given: TM_DB is not used here)")


#: The one indentation of every command's ``--format json``.
JSON_INDENT = 2


def json_envelope(results: Any, signature: str = "", *,
                  error: str | None = None) -> dict[str, Any]:
    """The one JSON shape of every command: ``{"tm": version, "signature": ..., "results": ...}``.

    ``signature`` says what produced the results (tool, rules, model versions;
    default: the tool version alone), ``results`` is the command's own data.
    A command that could not run has ``"results": null`` and an ``"error"``: the
    one-line message it also prints on stderr (a CI job parsing stdout reads why).
    """
    envelope = {"tm": __version__, "signature": signature or tm_signature(), "results": results}
    if error is not None:
        envelope["error"] = error
    return envelope


#: Lone surrogates: the undecodable bytes of a file name (``$'\\xff.po'``), which UTF-8 cannot hold.
_SURROGATE = re.compile("[\ud800-\udfff]")


def json_text(results: Any, signature: str = "", *, lines: bool = False,
              error: str | None = None) -> str:
    """The envelope of *results* (or of *error*) as text: indented, or one compact line.

    JSON is UTF-8 (RFC 8259): an undecodable byte of a file name becomes U+FFFD,
    as in the PO files tm writes, so every JSON reader can load the output.
    """
    envelope = json_envelope(results, signature, error=error)
    if lines:
        text = json.dumps(envelope, ensure_ascii=False, separators=(",", ":")) + "\n"
    else:
        text = json.dumps(envelope, ensure_ascii=False, indent=JSON_INDENT) + "\n"
    return _SURROGATE.sub("\ufffd", text)


def print_json(results: Any, signature: str = "") -> None:
    """Write the envelope of *results* to stdout (see :func:`json_envelope`)."""
    sys.stdout.write(json_text(results, signature))


#: The narrowest page tm wraps PO strings on exactly as msgcat does (gettext lays out
#: narrower pages differently; no project uses one).
MIN_PAGE_WIDTH = 20


def page_width(text: str) -> int:
    """argparse type: a PO page width, an integer of at least :data:`MIN_PAGE_WIDTH`."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < MIN_PAGE_WIDTH:
        raise argparse.ArgumentTypeError(f"{text[:20]!r} is not a page width (an integer of "
                                         f"at least {MIN_PAGE_WIDTH}, such as 77 or 79)")
    return value


def add_wrap_options(parser: argparse.ArgumentParser) -> None:
    """``--width N`` / ``--no-wrap``: the PO layout, as msgcat's and msgmerge's options."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--width", type=page_width, default=None, metavar="N",
                       help="wrap the PO's long strings at N columns, as msgmerge --width "
                            "does (default: 79, gettext's; Weblate wraps at 77)")
    group.add_argument("--no-wrap", action="store_true",
                       help="do not wrap long strings (split at \\n only), as msgmerge "
                            "--no-wrap")


def wrap_width(args: argparse.Namespace) -> int:
    """The page width :func:`add_wrap_options` asked for (tm.formats.po's constants)."""
    from tm.formats.po import NO_WRAP, PAGE_WIDTH

    return NO_WRAP if args.no_wrap else args.width or PAGE_WIDTH


def add_output_option(parser: argparse.ArgumentParser) -> None:
    """``-o/--output FILE`` (``-`` or absent: stdout), written atomically."""
    parser.add_argument("-o", "--output", default="-", metavar="OUT",
                        help="output file, written atomically ('-' = stdout, the default)")


#: Extensions of outputs that are no translation-unit file (those are tm.formats.FORMATS).
_OTHER_SUFFIX_FORMATS = {".json": "json", ".jsonl": "jsonl", ".html": "html", ".htm": "html",
                         ".tbx": "tbx"}


def output_format(command: str, requested: str | None, output: str, formats: Sequence[str],
                  default: str, same: dict[str, str] | None = None) -> str:
    """The format *command* writes: --format, else the one -o's extension names, else *default*.

    ``tm align … -o pairs.tmx`` wrote a PO into pairs.tmx (the default format
    whatever the name), which the CAT tool it was meant for cannot open.  *same*
    maps an extension's format to the command's name for it (``po`` -> ``pot``;
    ``.pot`` names ``po``, as everywhere in tm.formats).
    An extension naming a format the command cannot write is refused, not ignored.
    """
    if requested:
        return requested
    from tm.formats import FORMATS  # the unit files' extensions; not loaded at start-up

    suffix = os.path.splitext(output)[1].lower()
    named = FORMATS.get(suffix, _OTHER_SUFFIX_FORMATS.get(suffix)) if output != "-" else None
    if named is None:
        return default
    named = (same or {}).get(named, named)
    if named in formats:
        return named
    if len(formats) == 1:
        raise UsageError(f"-o {output}: tm {command} writes {formats[0]} only, not {named}")
    raise UsageError(f"-o {output}: tm {command} cannot write {named} (its formats: "
                     f"{', '.join(formats)}); give --format to write one of them under this name")


#: ``args.json_report``, what a command's stdout is, so that an error is written there too
#: in the same shape (tm.cli._guard): JSON_DOCUMENT, one JSON document with ``--format
#: json`` (the report of check, lookup, update ...); JSON_LINES, JSON lines whatever
#: --format says (``lookup --batch``); JSON_OUTPUT, the output itself when it is
#: ``--format json`` written to ``-o -`` (``tm align``).
JSON_DOCUMENT, JSON_LINES, JSON_OUTPUT = "document", "lines", "output"


def add_text_json_option(parser: argparse.ArgumentParser,
                         help: str = "output format (default: text)") -> None:
    """``--format text|json``: text for people, json (signed) for CI and scripts.

    With json, a command that cannot run also writes its error as JSON on stdout.
    """
    parser.add_argument("--format", choices=("text", "json"), default="text", help=help)
    parser.set_defaults(json_report=JSON_DOCUMENT)


#: Longest wait for a lock that ``--wait`` accepts (one day): finite, so sleeps cannot overflow.
MAX_WAIT = 24 * 3600.0


#: argparse type: a finite number of seconds from 0 to :data:`MAX_WAIT`.
seconds = bounded_number(float, 0.0, MAX_WAIT, "a number of seconds")


#: Largest ``--limit`` any command accepts: more results than anyone reads.
MAX_LIMIT = 100_000


#: argparse type: how many results to show, 1 to :data:`MAX_LIMIT` (every ``--limit``).
result_limit = bounded_number(int, 1, MAX_LIMIT, "a whole number")


def language(text: str) -> str:
    """argparse type: a BCP 47 language tag (``en``, ``zh-CN``, ``zh_CN.UTF-8``, ``cmn-Hans``).

    The value is kept as given (each command normalizes where it needs to);
    what is refused is anything :func:`tm.text.is_wellformed_lang` does not
    call a language tag: unregistered subtags (``xx-yy``), private use
    (``x-foo``), ``und``, typing slips (``zh-CN,en``).
    """
    if not is_wellformed_lang(text):
        raise argparse.ArgumentTypeError(
            f"{text[:40]!r} is not a BCP 47 language tag (such as en, zh, zh-CN, zh-Hant)")
    return text


def language_or_auto(text: str) -> str:
    """argparse type: ``auto`` (guess from the script) or a :func:`language` tag."""
    return text if text == "auto" else language(text)


def encoding_name(text: str) -> str:
    """argparse type: a text encoding Python knows (not base64, rot13 ...)."""
    try:
        return check_encoding(text)
    except UsageError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def add_encoding_option(parser: argparse.ArgumentParser, what: str = "") -> None:
    """``--encoding NAME`` for input that is not UTF-8 (*what*: which input, for the help)."""
    parser.add_argument("--encoding", default=None, metavar="NAME", type=encoding_name,
                        help=f"input encoding{' ' + what if what else ''} (default: UTF-8 with "
                             "or without BOM), e.g. gb18030")


def add_keep_chrome_option(parser: argparse.ArgumentParser) -> None:
    """``--keep-chrome``: keep navigation-only lines, which the command skips (and reports)."""
    parser.add_argument("--keep-chrome", action="store_true",
                        help="keep navigation-only lines (such as 'Home | News | Sport'), "
                             "which are skipped by default and counted on stderr")


class SkipReport:
    """Collects the lines a command skipped, and says so on stderr: nothing is dropped silently.

    Pass the instance as ``on_skip`` to :func:`tm.segmentation.iter_segments`
    (or a function built on it); :meth:`print` writes one line such as
    ``tm: article.txt: skipped 1 navigation line (line 1: 'App | 中文 |');
    --keep-chrome keeps it``.  It is shown even with ``--quiet``: it says what
    is missing from the output.
    """

    SHOWN = 3

    def __init__(self, source: str, what: str = "navigation",
                 option: str = "--keep-chrome") -> None:
        self.source = source
        self.what = what
        self.option = option
        self.count = 0
        self.examples: list[tuple[int, str]] = []

    def __call__(self, line: SkippedLine) -> None:
        self.count += 1
        if len(self.examples) < self.SHOWN:
            text = line.text.strip()
            self.examples.append((line.line, text if len(text) <= 60 else text[:57] + "..."))

    def print(self) -> None:
        """Report the skipped lines on stderr (nothing when none was skipped)."""
        if not self.count:
            return
        shown = ", ".join(f"line {n}: {t!r}" for n, t in self.examples)
        more = ", ..." if self.count > len(self.examples) else ""
        it = "it" if self.count == 1 else "them"
        print(f"tm: {self.source}: skipped {count_of(self.count, self.what + ' line')} "
              f"({shown}{more}); {self.option} keeps {it}", file=sys.stderr)


def one_line_of_stdin(command: str, reads: str, hint: str = "") -> str:
    """The one non-blank line on stdin (stripped; '' if none) for ``tm COMMAND -``.

    lookup and concordance take their query as an argument or ``-``; more than
    one line is a usage error naming the command (*reads* says what the line
    is, *hint* where several lines go instead), not a query with newlines.
    """
    lines = [line.strip() for line in read_text("-").split("\n") if line.strip()]
    if len(lines) > 1:
        raise UsageError(f"stdin holds {len(lines)} lines, but 'tm {command} -' {reads}{hint}")
    return lines[0] if lines else ""


def count_of(n: int, noun: str) -> str:
    """*n* with its regular English noun: "1 unit", "2 units" (for summaries on stderr)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
