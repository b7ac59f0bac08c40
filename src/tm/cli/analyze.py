"""``tm analyze``: words and segments of a document per translation-memory match band."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import polib

from tm.cli._common import (
    SkipReport,
    add_encoding_option,
    add_keep_chrome_option,
    add_text_json_option,
    language,
    new_command,
    print_json,
)
from tm.cli._memory import add_db_option, open_memory
from tm.cli._progress import counting_lookups
from tm.errors import UsageError
from tm.files import read_text
from tm.formats import FORMATS, markup_document, not_text_advice
from tm.memory import (
    DEFAULT_BANDS,
    AnalysisItem,
    analyze,
    items_from_po,
    items_from_text,
    redact,
)

__all__ = ["register", "run"]

EXAMPLES = """\
  tm analyze locales/en/article.txt --db tm.db
  tm analyze article.pot --db tm.db --format json
  tm analyze new.txt --db tm.db --bands 100,95,75,50
  tm analyze chapter.zh.txt --db tm.db --source-lang zh-CN --target-lang en

Bands are the lower bounds of each row (101 = exact match in the same context).
A segment repeated in the document counts as a repetition after its first
occurrence.  English is counted in words, Chinese in characters.
"""


def _bands(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated percentages, got {text!r}") \
            from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``tm analyze`` to the ``tm`` command."""
    p = new_command(sub, "analyze", EXAMPLES)
    p.add_argument("document", metavar="DOC",
                   help="a text file (segmented into sentences), a PO/POT file or an XLIFF "
                        "job (its sources) ('-' = stdin text)")
    add_db_option(p)
    p.add_argument("--bands", type=_bands, default=DEFAULT_BANDS, metavar="LIST",
                   help="band lower bounds (default: "
                        f"{','.join(str(b) for b in DEFAULT_BANDS)})")
    add_text_json_option(p)
    p.add_argument("--source-lang", default=None, type=language, metavar="LANG",
                   help="language of the document (default: guessed from a text file's "
                        "script; en for PO/POT)")
    p.add_argument("--target-lang", default="zh-CN", type=language, metavar="LANG",
                   help="language of the translation (default: zh-CN)")
    add_encoding_option(p)
    add_keep_chrome_option(p)
    p.set_defaults(run=run)


def _xliff_as_po(path: str) -> polib.POFile:
    """The sources of an XLIFF job as a POT (trans-unit id as msgctxt), to analyse as one."""
    from tm.formats.xliff import read_xliff

    po = polib.POFile()
    po.extend(polib.POEntry(msgid=u.source, msgctxt=u.context or None)
              for u in read_xliff(path) if u.source.strip())
    return po


def _items(args: argparse.Namespace) -> tuple[list[AnalysisItem], str]:
    fmt = "text" if args.document == "-" else FORMATS.get(Path(args.document).suffix.lower())
    if fmt == "xliff":      # a CAT tool's job: its sources, not its markup as prose
        return items_from_po(_xliff_as_po(args.document)), args.source_lang or "en"
    if fmt == "tmx":
        raise UsageError(f"{args.document}: is a translation memory file, not a document to "
                         "analyze; import it with tm import, or give the text, PO/POT or XLIFF")
    if Path(args.document).suffix.lower() in (".po", ".pot"):
        from tm.formats.po import catalog_languages, read_po

        po = read_po(args.document)
        lang = args.source_lang or catalog_languages(po)[0]
        return items_from_po(po), lang
    text = read_text(args.document, args.encoding)
    markup = markup_document(text)
    if markup:   # its tags would be counted as words and looked up as segments
        name = "stdin" if args.document == "-" else args.document
        raise UsageError(f"{name}: is {markup}, not a text, PO/POT or XLIFF to analyze; "
                         f"{not_text_advice(markup)}")
    if args.source_lang:
        lang = args.source_lang
    else:
        from tm.segmentation import guess_lang
        from tm.text import is_chinese

        lang = "zh-CN" if is_chinese(guess_lang(text)) else "en"
    from tm.segmentation import CHROME

    report = SkipReport("stdin" if args.document == "-" else args.document)
    items = items_from_text(text, lang, skip=None if args.keep_chrome else CHROME,
                            on_skip=report)
    args.skip_report = report  # printed once the analysis is written
    return items, lang


def run(args: argparse.Namespace) -> int:
    """Run ``tm analyze``; return the exit code."""
    items, lang = _items(args)
    with open_memory(args.db) as memory, \
            counting_lookups(memory, len(items), "analyzing", args) as counted:
        result = analyze(items, counted, source_lang=lang, target_lang=args.target_lang,
                         bands=args.bands)
    if args.format == "json":
        data = result.to_dict()
        produced = str(data.pop("generator", ""))
        print_json({"document": args.document, "db": redact(args.db), **data}, produced)
    else:
        sys.stdout.write(result.format_table())
    if getattr(args, "skip_report", None) is not None:
        args.skip_report.print()
    return 0
