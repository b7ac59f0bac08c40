"""``tm terms``: the glossary terms in a text, with their spans and approved targets.

In English text the source terms are found (inflected, any case); in Chinese
text (``--lang zh``) the target forms, each marked approved or forbidden.
``--export tbx|tbx2`` writes the glossary itself as TBX v3 or TBX-Basic 2008
(``martif``, for OmegaT and Translate Toolkit) instead.
"""

from __future__ import annotations

import argparse

from tm.cli._common import (
    add_encoding_option,
    add_output_option,
    add_text_json_option,
    language,
    new_command,
    print_json,
)
from tm.cli._records import term_json
from tm.cli._settings import project_settings
from tm.errors import UsageError
from tm.files import read_text
from tm.glossary import SAVE_FORMATS, Glossary, TermHit
from tm.segmentation import guess_lang
from tm.text import is_chinese

__all__ = ["register", "run"]

EXAMPLES = """\
  tm terms "Premier Li visited Zhongguancun Inno Way." --glossary locales/zh_CN/glossary.tbx
  tm terms "李克强总理考察创新大街" --lang zh --glossary locales/zh_CN/glossary.tbx
  tm terms - --glossary terms.csv --format json < sentence.txt
  tm terms --glossary terms.csv --export tbx2 -o terms.tbx    # for OmegaT, Translate Toolkit
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``terms`` subcommand to *sub*."""
    parser = new_command(sub, "terms", EXAMPLES)
    parser.add_argument("text", metavar="TEXT", nargs="?",
                        help="the text to search ('-' = read stdin); not with --export")
    parser.add_argument("--glossary", metavar="FILE", default=None,
                        help="glossary file: TBX, CSV, TSV or PO (default: the 'glossary' "
                             "setting of [tool.tm.check] in pyproject.toml or tm.toml)")
    parser.add_argument("--lang", default=None, type=language, metavar="LANG",
                        help="language of TEXT: the glossary's source language (en) finds "
                             "source terms, its target language (zh) finds approved and "
                             "forbidden renderings (default: guessed from TEXT, as tm lookup "
                             "does: Chinese text is the glossary's Chinese side)")
    parser.add_argument("--source-lang", default="en", type=language, metavar="LANG",
                        help="source language of the glossary (default: en)")
    parser.add_argument("--target-lang", default="zh-CN", type=language, metavar="LANG",
                        help="target language of the glossary (default: zh-CN)")
    parser.add_argument("--export", choices=tuple(SAVE_FORMATS), metavar="FORMAT",
                        help="write the glossary instead of searching: tbx (TBX v3, "
                             "TBX-Basic) or tbx2 (TBX-Basic 2008 <martif>, read by OmegaT "
                             "and Translate Toolkit), to -o OUT")
    add_output_option(parser)
    add_text_json_option(parser)
    add_encoding_option(parser, "of the glossary (CSV, TSV; a PO or TBX names its own) and of "
                                "TEXT read from stdin")
    parser.set_defaults(run=run)


def _glossary_path(args: argparse.Namespace) -> str:
    if args.glossary:
        return str(args.glossary)
    configured = project_settings(args).check.glossary
    if not configured:
        raise UsageError("no glossary: pass --glossary FILE "
                         "(or set glossary = \"FILE\" in [tool.tm.check])")
    return str(configured)


def _record(hit: TermHit) -> dict[str, object]:
    # The hit's span and kind, then every field of its term (the term's own status is
    # "term_status": "status" says which kind of form matched)
    fields = term_json(hit.term)
    fields["term_status"] = fields.pop("status")
    return {"start": hit.start, "end": hit.end, "text": hit.text, "status": hit.status,
            **fields}


def _line(hit: TermHit) -> str:
    term = hit.term
    where = f"{hit.start}-{hit.end}"
    if hit.status == "source":
        line = f"{where}\t{hit.text}\t{' / '.join(term.targets)}"
        if term.forbidden:
            line += f"\t(not: {' / '.join(term.forbidden)})"
        return line
    if hit.status == "forbidden":
        return f"{where}\t{hit.text}\tforbidden for {term.source!r}; use " \
               f"{' / '.join(term.targets)}"
    return f"{where}\t{hit.text}\tapproved for {term.source!r}"


def _text_lang(text: str, source_lang: str, target_lang: str) -> str:
    """The glossary side *text* is written in, guessed by its script (tm's one guesser).

    Chinese text is the glossary's Chinese side, other text the other side; a
    glossary with no Chinese side (or two) is searched on its source side.
    Without it, Chinese text searched the English side and found nothing, silently.
    """
    chinese = guess_lang(text) == "zh"
    sides = [lang for lang in (source_lang, target_lang) if is_chinese(lang) == chinese]
    return sides[0] if len(sides) == 1 else source_lang


def run(args: argparse.Namespace) -> int:
    """Find the terms of the glossary in the text and print them (or export the glossary)."""
    if (args.export is None) == (args.text is None):
        raise UsageError("give either TEXT to search or --export FORMAT, not both"
                         if args.export else "give the TEXT to search (or --export FORMAT)")
    if args.output != "-" and not args.export:
        raise UsageError("-o/--output goes with --export")
    glossary = Glossary.load(_glossary_path(args), source_lang=args.source_lang,
                             target_lang=args.target_lang, encoding=args.encoding)
    if args.export:
        glossary.save(args.output, args.export)
        return 0
    text = read_text("-", args.encoding) if args.text == "-" else args.text
    hits = glossary.find(text, lang=args.lang or _text_lang(text, args.source_lang,
                                                            args.target_lang))
    if args.format == "json":
        print_json({"text": text, "terms": [_record(h) for h in hits]})
    else:
        for hit in hits:
            print(_line(hit))
    return 0
