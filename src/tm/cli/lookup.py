"""``tm lookup``: the best translation-memory matches for a sentence."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import Any

from tm.cli._common import (
    DEFAULT_MIN_SCORE,
    JSON_LINES,
    add_min_score_option,
    add_text_json_option,
    json_text,
    new_command,
    one_line_of_stdin,
    print_json,
    result_limit,
)
from tm.cli._memory import (
    add_db_option,
    add_lang_options,
    open_memory,
    show_diff,
    use_colour,
)
from tm.cli._progress import progress
from tm.cli._settings import say
from tm.errors import UsageError
from tm.files import read_text
from tm.memory import diff_tokens
from tm.model import Match
from tm.text import query_languages

__all__ = ["register", "run"]

EXAMPLES = """\
  tm lookup "The store opens at 10 am." --db tm.db
  tm lookup "商店几点开门？" --db tm.db          # a Chinese query: zh-CN -> en
  tm lookup "Inno Way opened in 2014." --db tm.db --min-score 50 --limit 3 --format json
  tm lookup "Zhongguancun Inno Way" --db tm.db --glossary glossary.tbx
  tm lookup --batch sentences.txt --db tm.db > matches.jsonl   # one query per line
  cut -f1 pairs.tsv | tm lookup --batch --db tm.db             # queries from stdin

Text output shows the score, the match source with what differs from the query
([-only in the match-] {+only in the query+}, coloured on a terminal), the
target, an adapted target when numbers or names were swapped in, and the origin.
`tm lookup -` reads one sentence from stdin; --batch reads one query per line
(from TEXT as a file name, or stdin) and writes one JSON line per query, each
with the envelope {"tm", "signature", "results": {"line", "query", "matches",
"terms"}}.
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``tm lookup`` to the ``tm`` command."""
    p = new_command(sub, "lookup", EXAMPLES)
    p.add_argument("text", metavar="TEXT", nargs="?", default=None,
                   help="the sentence to look up ('-' = read one from stdin); with --batch, "
                        "a file of queries, one per line (default: stdin)")
    add_db_option(p)
    add_min_score_option(p, DEFAULT_MIN_SCORE, "to show", old=("--min",))
    p.add_argument("--limit", type=result_limit, default=5, metavar="N",
                   help="most matches to show (default: 5)")
    p.add_argument("--context", default="", metavar="ID",
                   help="context (msgctxt) of the query: exact matches with it rank first")
    add_text_json_option(p)
    p.add_argument("--glossary", metavar="FILE",
                   help="also show glossary terms found in the query (TBX, CSV, TSV or PO)")
    add_lang_options(p)
    p.add_argument("--batch", action=_BatchAction,
                   help="one query per line in, one JSON line per query out (JSON lines)")
    p.set_defaults(run=run)


class _BatchAction(argparse._StoreTrueAction):
    """``--batch``: stdout is JSON lines from the start, so any error is one more line.

    Decided when the option is parsed, not when the batch runs: an error found
    before it (no memory named, one stream for two inputs) is a JSON line too.
    """

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        super().__call__(parser, namespace, values, option_string)
        namespace.json_report = JSON_LINES


def match_dict(query: str, match: Match) -> dict[str, Any]:
    """One match as JSON-ready data (also used by other commands' JSON output)."""
    u = match.unit
    return {"score": match.score, "in_context": match.in_context, "trusted": match.trusted,
            "source": u.source, "target": u.target, "adapted": match.adapted,
            "origin": str(u.origin), "source_id": match.source_id, "context": u.context,
            "note": u.note,
            "source_lang": u.source_lang, "target_lang": u.target_lang,
            "source_markup": u.source_markup, "target_markup": u.target_markup,
            "diff": [list(run) for run in diff_tokens(query, u.source)]}


def _load_glossary(path: str | None) -> Any:
    if not path:
        return None
    from tm.glossary import Glossary

    return Glossary.load(path)


def _terms(glossary: Any, query: str, lang: str) -> list[dict[str, Any]]:
    if glossary is None:
        return []
    return [{"text": hit.text, "start": hit.start, "end": hit.end, "source": hit.term.source,
             "targets": list(hit.term.targets), "forbidden": list(hit.term.forbidden)}
            for hit in glossary.find(query, lang=lang)]


def _one_query(text: str | None) -> str:
    """The query of a single lookup: TEXT, or the one line that ``-`` reads from stdin."""
    if text is None:
        raise UsageError("no TEXT: give the sentence to look up, '-' to read it from stdin, "
                         "or --batch for one query per line")
    if text == "-":
        text = one_line_of_stdin("lookup", "looks up one sentence",
                                 "; use --batch for one query per line")
    if not text.strip():
        raise UsageError("the query is empty")
    return text


def run(args: argparse.Namespace) -> int:
    """Run ``tm lookup``; return the exit code (0, also when nothing matched)."""
    if args.batch:
        return _run_batch(args)
    query = _one_query(args.text)
    source_lang, target_lang = query_languages(query, args.source_lang, args.target_lang)
    terms = _terms(_load_glossary(args.glossary), query, source_lang)
    with open_memory(args.db) as memory:
        matches = memory.lookup(query, source_lang=source_lang,
                                target_lang=target_lang, min_score=args.min_score,
                                limit=args.limit, context=args.context)
    if args.format == "json":
        print_json({"query": query, "source_lang": source_lang, "target_lang": target_lang,
                    "matches": [match_dict(query, m) for m in matches], "terms": terms})
        return 0
    colour = use_colour()
    if not matches:  # naming the languages asked, which may have been implied
        say(args, f"no match at or above {args.min_score:g}% ({source_lang} -> {target_lang})")
    # Two matches from files shown alike (two checkouts, two projects' po/zh_CN.po) say
    # which file each is (review R-6); one alone keeps its short origin.
    shown = Counter(match.unit.origin.path for match in matches)
    for match in matches:
        _print_match(query, match, colour, identity=shown[match.unit.origin.path] > 1)
    for term in terms:
        targets = ", ".join(term["targets"]) or "-"
        print(f"term: {term['text']} = {targets}")
    return 0


def _run_batch(args: argparse.Namespace) -> int:
    """``--batch``: one query per line of TEXT (a file) or stdin, one JSON line out per query.

    Blank lines are skipped; each result names its input line.  Lines are
    written as they are found, so a pipeline can consume them as they come.
    """
    source = args.text or "-"
    queries = [(number, line.strip())
               for number, line in enumerate(read_text(source).split("\n"), start=1)
               if line.strip()]
    glossary = _load_glossary(args.glossary)
    with open_memory(args.db) as memory:
        for number, query in progress(queries, len(queries), "looking up", args):
            source_lang, target_lang = query_languages(query, args.source_lang, args.target_lang)
            matches = memory.lookup(query, source_lang=source_lang, target_lang=target_lang,
                                    min_score=args.min_score, limit=args.limit,
                                    context=args.context)
            sys.stdout.write(json_text(
                {"line": number, "query": query, "source_lang": source_lang,
                 "target_lang": target_lang, "matches": [match_dict(query, m) for m in matches],
                 "terms": _terms(glossary, query, source_lang)}, lines=True))
            sys.stdout.flush()
    return 0


def _print_match(query: str, match: Match, colour: bool, identity: bool = False) -> None:
    u = match.unit
    tag = " in-context" if match.in_context else ""
    tag += " untrusted" if not match.trusted else ""
    print(f"{match.score:g}%{tag}  {show_diff(diff_tokens(query, u.source), colour)}")
    print(f"    {u.target}")
    if u.target_markup:     # the plain text above has lost its placeholders and tags
        print(f"    with its inline codes: {u.target_markup}")
    if match.adapted:
        print(f"    adapted: {match.adapted}")
    where = [str(u.origin)] if u.origin else []
    if identity and match.source_id and match.source_id != u.origin.path:
        where.append(f"imported as {match.source_id}")
    if u.context:
        where.append(f"context {u.context}")
    if where:
        print(f"    ({', '.join(where)})")
