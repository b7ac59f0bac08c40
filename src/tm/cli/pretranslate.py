"""``tm pretranslate``: fill a POT's msgstr from a translation memory, like msgmerge/pot2po."""

from __future__ import annotations

import argparse
import os

import polib

from tm.cli._common import (
    add_min_score_option,
    add_output_option,
    add_text_json_option,
    add_wrap_options,
    language,
    new_command,
    output_format,
    print_json,
    wrap_width,
)
from tm.cli._memory import add_db_option, open_memory
from tm.cli._progress import counting_lookups
from tm.cli._settings import say
from tm.errors import ParseError, TMError, UsageError
from tm.files import read_text, same_file
from tm.formats import FORMATS, is_translation_file
from tm.formats.po import catalog_languages, read_po, write_po
from tm.memory import pretranslate, redact

__all__ = ["register", "run"]

EXAMPLES = """\
  tm pretranslate article.pot --db tm.db -o zh_CN.po
  tm pretranslate article.pot --db tm.db --min-score 85 -o zh_CN.po
  tm pretranslate zh_CN.po --db tm.db -o zh_CN.po     # fill what is still empty

Exact matches become translations; fuzzy ones are filled in with the fuzzy flag,
the memory source as previous msgid (#|) and a "#. tm: 87% match" comment for
review; the rest stays empty.
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``tm pretranslate`` to the ``tm`` command."""
    p = new_command(sub, "pretranslate", EXAMPLES)
    p.add_argument("template", metavar="TEMPLATE", help="the POT or PO file to fill")
    add_db_option(p)
    add_output_option(p)
    add_wrap_options(p)
    add_text_json_option(p, "summary: text (one line on stderr) or json on stdout (counts and "
                            "paths, for CI; needs -o FILE)")
    add_min_score_option(p, 75, "of a fuzzy match to fill in", old=("--min",))
    p.add_argument("--source-lang", default=None, type=language, metavar="LANG",
                   help="language of the msgids (default: the header's X-Source-Language, "
                        "else en)")
    p.add_argument("--target-lang", default=None, type=language, metavar="LANG",
                   help="language to fill in (default: the header's Language, else zh-CN)")
    # The PO is read whole before the atomic write and every entry is kept:
    # `-o TEMPLATE` fills it in place (the help's own example).
    p.set_defaults(run=run, rewrites_in_place=("TEMPLATE",))


def _stamp(path: str) -> tuple[int, int, int] | None:
    """Inode, size and mtime of *path*: enough to notice that someone saved it meanwhile."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns


def _catalog_or_unreadable(name: str) -> bool:
    """Whether file *name*, which failed to read as a PO, is a catalog (or no text at all).

    A file that cannot be read as text (a folder, a binary or unreadable file) is
    not prose either: the reader's own one-line error stands.
    """
    try:
        text = read_text(name)
    except ParseError:
        return True
    return is_translation_file(name, text[:4096])


def _read_template(name: str) -> polib.POFile:
    """The POT/PO *name*; a text file given instead is a UsageError saying what to do.

    Read as a PO, prose was polib's "TEMPLATE:1: syntax error", which names no
    mistake; ``tm update`` and the other formats already say what they expect.
    """
    try:
        return read_po(name)
    except ParseError:
        if name == "-" or os.path.splitext(name)[1].lower() in (".po", ".pot") \
                or _catalog_or_unreadable(name):
            raise
        raise UsageError(f"{name}: is text, not a POT or PO file: tm pretranslate fills the empty "
                         f"entries of a catalog; make one of the text first (tm segment {name} "
                         "--format pot -o FILE.pot), or give the text to tm update --po") from None


def run(args: argparse.Namespace) -> int:
    """Run ``tm pretranslate``; print the counts on stderr; return the exit code."""
    output_format("pretranslate", None, args.output, ("po",), "po")
    if args.format == "json" and args.output == "-":
        raise UsageError("--format json writes the summary to stdout; the PO needs its own "
                         "file: add -o FILE")
    named = FORMATS.get(os.path.splitext(args.template)[1].lower(), "po")
    if named != "po":  # read as a PO, an XLIFF was "TEMPLATE:1: syntax error"
        raise UsageError(f"{args.template}: tm pretranslate fills a POT or PO file, not "
                         f"{named.upper()}")
    in_place = "-" not in (args.template, args.output) and same_file(args.output, args.template)
    before = _stamp(args.template) if in_place else None
    template = _read_template(args.template)
    declared_source, declared_target = catalog_languages(template)
    source = args.source_lang or declared_source
    target = args.target_lang or declared_target
    todo = sum(1 for e in template if e.msgid and not e.obsolete and not e.translated())
    with open_memory(args.db) as memory, \
            counting_lookups(memory, todo, "pretranslating", args) as counted:
        result = pretranslate(template, counted, min_score=args.min_score, source_lang=source,
                              target_lang=target)
    if in_place and _stamp(args.template) != before:  # a translator saved it meanwhile
        raise TMError(f"{args.template}: changed on disk while tm pretranslate ran; nothing "
                      "written (run it again on the saved file)")
    write_po(result.po, args.output, width=wrap_width(args))
    if args.format == "json":
        print_json({"template": args.template, "output": args.output, "db": redact(args.db),
                    "exact": result.exact, "fuzzy": result.fuzzy, "untranslated": result.empty,
                    "already_translated": result.kept})
        return 0
    where = "stdout" if args.output == "-" else args.output
    say(args, f"tm pretranslate: {result.summary_line()} (written to {where})")
    return 0
