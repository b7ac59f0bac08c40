"""``tm update``: merge a revised source text into a translated PO (a sentence-level msgmerge)."""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from typing import Any

from tm.cli._common import (
    SkipReport,
    add_db_option,
    add_encoding_option,
    add_keep_chrome_option,
    add_min_score_option,
    add_text_json_option,
    add_wrap_options,
    new_command,
    print_json,
    wrap_width,
)
from tm.cli._progress import counting_lookups
from tm.cli._settings import say
from tm.errors import UsageError
from tm.segmentation import CHROME
from tm.updating import DEFAULT_MIN_SCORE, KINDS, UpdateResult, update_file

__all__ = ["register"]

EXAMPLES = """\
  tm update locales/en/article.txt --po locales/zh_CN/LC_MESSAGES/article.po
  tm update revised.txt --po article.po -o article.new.po --db tm.db
  tm update revised.txt --po article.po --dry-run           # what would change
  tm update revised.txt --po article.po --dry-run --format json   # for CI
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``tm update`` to the subcommands."""
    p = new_command(sub, "update", EXAMPLES)
    p.add_argument("source", metavar="NEW_SOURCE", help="the revised source text ('-' = stdin)")
    p.add_argument("--po", required=True, metavar="PO", help="the translated PO to update")
    p.add_argument("-o", "--output", default=None, metavar="OUT",
                   help="write the merged PO here ('-' = stdout; default: update --po in "
                   "place, atomically)")
    add_db_option(p, required=False)
    add_min_score_option(p, DEFAULT_MIN_SCORE, "for a fuzzy suggestion (an edited sentence "
                         "or a memory match)", old=("--threshold",))
    p.add_argument("--dry-run", action="store_true",
                   help="write nothing; print what would change")
    p.add_argument("--force", action="store_true",
                   help="update in place even when the revised source keeps (almost) none "
                   "of the PO's translations (refused otherwise)")
    add_text_json_option(p, "report format on stdout (json: summary and changes, for CI)")
    add_encoding_option(p)
    add_keep_chrome_option(p)
    add_wrap_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run ``tm update`` with parsed *args*; return the exit code."""
    if args.output == "-" and (args.format == "json" or args.dry_run):
        raise UsageError("-o - writes the PO to stdout; it cannot be combined with "
                         "--format json or --dry-run")
    with ExitStack() as stack:
        memory: Any = None
        if args.db is not None:
            from tm.memory import TranslationMemory

            memory = stack.enter_context(TranslationMemory.open(args.db, readonly=True))
            memory = stack.enter_context(counting_lookups(memory, None, "looking up", args))
        report = SkipReport("stdin" if args.source == "-" else args.source)
        result = update_file(args.source, args.po, output=args.output, memory=memory,
                             min_score=args.min_score, dry_run=args.dry_run,
                             encoding=args.encoding, skip=None if args.keep_chrome else CHROME,
                             on_skip=report, width=wrap_width(args), force=args.force)
    target = args.po if args.output is None else args.output
    counts = result.summary
    if counts["obsolete"] and counts["obsolete"] == sum(counts.values()):
        # An empty or truncated source (a failed export, the wrong file) makes every entry
        # obsolete: legal, as msgmerge, but never what the translator meant without a word.
        source = "stdin" if args.source == "-" else args.source
        print(f"tm: warning: {source}: the revised source has no sentences; all "
              f"{counts['obsolete']} entries of {args.po} are now obsolete", file=sys.stderr)
    where = "dry run, nothing written" if args.dry_run else f"written to {target}"
    say(args, f"tm update: {result.summary_line()} ({where})")
    report.print()
    if args.format == "json":
        data = result.to_dict()
        produced = str(data.pop("generator", ""))
        data.update(output=target, written=not args.dry_run)
        print_json(data, produced)
    elif args.dry_run:
        _print_changes(result)
    return 0


#: Width of the kind column of --dry-run: the longest kind name.
_KIND_WIDTH = max(map(len, KINDS))


def _print_changes(result: UpdateResult) -> None:
    """One line per entry that is not kept unchanged in place, then its previous text."""
    for change in result.changes:
        if change.kind == "kept":
            continue
        line = f"L{change.line}" if change.line else "-"
        score = f"{change.score:.0f}%" if change.kind not in ("new", "obsolete") else ""
        start = _first_difference(change.msgid, change.previous) if change.previous else 0
        print(f"{change.kind:<{_KIND_WIDTH}} {line:<6} {change.msgctxt:<12} {score:>4}  "
              f"{_short(change.msgid, start)}")
        if change.previous:
            print(f"{'':<{_KIND_WIDTH + 25}}was: {_short(change.previous, start)}")


def _first_difference(a: str, b: str) -> int:
    """Where to start showing *a* and *b* so that their first difference is visible."""
    same = 0
    while same < min(len(a), len(b)) and a[same] == b[same]:
        same += 1
    if same < 60:
        return 0
    return a.rfind(" ", 0, same - 25) + 1


def _short(text: str, start: int = 0, width: int = 90) -> str:
    """*text* from *start* (marked with an ellipsis), cut to *width* characters."""
    shown = ("…" + text[start:]) if start else text
    return shown if len(shown) <= width else shown[:width - 1] + "…"
