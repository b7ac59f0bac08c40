"""``tm concordance``: every memory unit whose source or target contains a phrase."""

from __future__ import annotations

import argparse

from tm.cli._common import (
    add_text_json_option,
    new_command,
    one_line_of_stdin,
    print_json,
    result_limit,
)
from tm.cli._guard import shorten
from tm.cli._memory import add_db_option, highlight, open_memory, use_colour
from tm.cli._settings import say
from tm.errors import UsageError

__all__ = ["register", "run"]

EXAMPLES = """\
  tm concordance "Inno Way" --db tm.db
  tm concordance 创业大街 --db tm.db --format json
  tm concordance "manufacturing" --db tm.db --limit 10
  echo "Inno Way" | tm concordance - --db tm.db       # the phrase from stdin

The phrase is highlighted in colour on a terminal and [bracketed] otherwise.
English matches whole words, case-insensitively, the last word also as a plural or
possessive (team -> teams, Way -> Way's); Chinese any substring.
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``tm concordance`` to the ``tm`` command."""
    p = new_command(sub, "concordance", EXAMPLES)
    p.add_argument("phrase", metavar="PHRASE",
                   help="the word or phrase to search for ('-' = read it from stdin)")
    add_db_option(p)
    p.add_argument("--limit", type=result_limit, default=50, metavar="N",
                   help="most units to show (default: 50)")
    add_text_json_option(p)
    p.set_defaults(run=run)


def _phrase(text: str) -> str:
    """PHRASE, or the one line ``-`` reads from stdin (as ``tm lookup -`` and ``tm terms -``)."""
    if text == "-":
        text = one_line_of_stdin("concordance", "searches for one phrase")
    if not text.strip():
        raise UsageError("the phrase is empty")
    return text


def run(args: argparse.Namespace) -> int:
    """Run ``tm concordance``; return the exit code."""
    args.phrase = _phrase(args.phrase)
    with open_memory(args.db) as memory:
        hits = memory.concordance(args.phrase, limit=args.limit)
    if args.format == "json":
        print_json({"phrase": args.phrase, "hits": [
            {"side": h.side, "spans": [list(s) for s in h.spans], "source": h.unit.source,
             "target": h.unit.target, "origin": str(h.unit.origin), "context": h.unit.context,
             "source_markup": h.unit.source_markup, "target_markup": h.unit.target_markup}
            for h in hits]})
        return 0
    colour = use_colour()
    if not hits:
        say(args, f"no unit contains {shorten(args.phrase, 80)!r}")
    for hit in hits:
        src, tgt = hit.unit.source, hit.unit.target
        if hit.side == "source":
            src = highlight(src, hit.spans, colour)
        else:
            tgt = highlight(tgt, hit.spans, colour)
        origin = f"  ({hit.unit.origin})" if hit.unit.origin else ""
        print(f"{src}\n    {tgt}{origin}")
    return 0
