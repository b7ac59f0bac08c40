"""``tm segment``: split a document into sentences and export them.

Formats: ``txt`` (one sentence per line, a blank line between paragraphs:
what ``tm align --presegmented`` reads), ``jsonl`` and ``csv`` (id,
paragraph, start, end, text: exact offsets into the decoded input), ``pot``
(a gettext template for translators) and ``xliff`` (XLIFF 1.2 for CAT tools).
In txt, pot and xliff, line breaks inside a sentence become spaces.

Output is streamed: txt, jsonl, csv and pot are written sentence by sentence
as they are found (into the temporary file of an atomic write), so memory
stays a small multiple of the input however many sentences it holds.
Navigation-only lines are skipped by default and counted on stderr; with
``--format jsonl --list-skipped`` each one is also listed.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import tee
from typing import IO, TYPE_CHECKING

import tm
from tm.cli._common import (
    SkipReport,
    add_deprecated_alias,
    add_encoding_option,
    add_output_option,
    language,
    language_or_auto,
    new_command,
    output_format,
)
from tm.errors import UsageError
from tm.files import atomic_writer, read_text, signature
from tm.model import Segment, Unit
from tm.segmentation import (
    CHROME,
    SkippedLine,
    guess_lang,
    iter_origins,
    iter_segments,
    iter_stable_ids,
    rules_signature,
)
from tm.text import is_chinese

if TYPE_CHECKING:
    from tm.formats import PoMessage

__all__ = ["register", "run"]

FORMATS = ("txt", "jsonl", "csv", "pot", "xliff")

EXAMPLES = """\
  tm segment locales/en/article.txt
  tm segment locales/en/article.txt --format pot -o article.pot
  tm segment notes.txt --source-lang zh --encoding gb18030 --format jsonl
  tm segment page.txt --format jsonl --list-skipped   # also list skipped navigation lines
  tm segment manual.txt --srx my-rules.srx --format xliff -o manual.xlf
  cat page.txt | tm segment - --keep-chrome
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``segment`` subcommand to *sub*."""
    parser = new_command(sub, "segment", EXAMPLES)
    parser.add_argument("file", metavar="FILE", help="text file to segment ('-' = stdin)")
    parser.add_argument("--source-lang", default=None, type=language_or_auto, metavar="LANG",
                        help="language of FILE: en, zh, zh-CN... or auto (the default: "
                             "zh when 30%% or more of the letters are Han, else en)")
    add_deprecated_alias(parser, "--lang", "--source-lang", type=language_or_auto, metavar="LANG")
    parser.add_argument("--srx", metavar="FILE", default=None,
                        help="SRX 2.0 rules to use instead of the built-in ones")
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help="output format (default: from the -o extension, else txt)")
    parser.add_argument("--msgctxt", action="store_true",
                        help="pot: give every entry its sentence id as msgctxt (by default a "
                             "repeated sentence is one entry and the id an '#. id:' comment)")
    parser.add_argument("--target-lang", default=None, type=language, metavar="LANG",
                        help="target language written into xliff "
                             "(default: zh-CN for English input, en otherwise)")
    chrome = parser.add_mutually_exclusive_group()
    chrome.add_argument("--keep-chrome", action="store_true",
                        help="keep navigation-only lines (such as 'Home | News | Sport'), "
                             "which are skipped by default and counted on stderr")
    chrome.add_argument("--skip", metavar="REGEX", default=None,
                        help="skip lines that fully match REGEX instead of navigation-only "
                             "lines")
    parser.add_argument("--list-skipped", action="store_true",
                        help="with --format jsonl: also write one record per skipped line "
                             '({"skipped": true, "line": N, "start", "end", "text"})')
    add_encoding_option(parser)
    add_output_option(parser)
    parser.set_defaults(run=run)


def _one_line(text: str) -> str:
    return " ".join(text.split()) if "\n" in text else text


@dataclass
class _Document:
    """What the writers need: the text, where it came from, and its signature."""

    text: str
    source: str
    lang: str
    target: str
    signature: str
    msgctxt: bool = False
    segments: Iterator[Segment] = field(default_factory=lambda: iter(()))
    skipped: list[SkippedLine] | None = None  # filled as they are met, for --list-skipped


def run(args: argparse.Namespace) -> int:
    """Segment ``args.file`` and write it in ``args.format`` to ``args.output``."""
    args.format = output_format("segment", args.format, args.output, FORMATS, "txt",
                                {"po": "pot", "json": "jsonl"})
    if args.list_skipped and args.format != "jsonl":
        raise UsageError("--list-skipped lists skipped lines in --format jsonl only")
    text = read_text(args.file, args.encoding)
    _refuse_a_translation_file("stdin" if args.file == "-" else args.file, text)
    lang = guess_lang(text) if args.source_lang in (None, "auto") else args.source_lang
    source = "stdin" if args.file == "-" else args.file
    report = SkipReport(source, "navigation" if args.skip is None else "--skip",
                        "--keep-chrome")
    doc = _Document(text, source, lang,
                    args.target_lang or ("en" if is_chinese(lang) else "zh-CN"),
                    signature(f"segmentation {rules_signature(lang, args.srx)}"),
                    args.msgctxt, skipped=[] if args.list_skipped else None)

    def on_skip(line: SkippedLine) -> None:
        report(line)
        if doc.skipped is not None:
            doc.skipped.append(line)

    skip = None if args.keep_chrome else (args.skip or CHROME)
    doc.segments = iter_segments(text, lang, args.srx, skip=skip, on_skip=on_skip)
    # A document (POT, XLIFF) is useless half written: to stdout it goes only once complete.
    with atomic_writer(args.output, whole=args.format in ("pot", "xliff")) as fh:
        _WRITERS[args.format](doc, fh)
    report.print()
    return 0


def _refuse_a_translation_file(name: str, text: str) -> None:
    """UsageError for a PO, TMX, XLIFF or TBX: tm segment splits prose, not a file of units."""
    from tm.formats import is_translation_file, markup_document, not_text_advice
    if is_translation_file(name, text):
        raise UsageError(f"{name}: is a translation file (PO/POT, TMX, XLIFF or TBX), not text "
                         "to segment; give the document's text (tm import reads the file "
                         "into a memory)")
    markup = markup_document(text)
    if markup:
        raise UsageError(f"{name}: is {markup}, not plain text to segment: its tags would "
                         f"be sentences; {not_text_advice(markup)}")


def _with_ids(doc: _Document) -> Iterator[tuple[Segment, str]]:
    """Each segment with its stable id, both streamed (tee holds one segment at most)."""
    first, second = tee(doc.segments)
    return zip(first, iter_stable_ids(s.text for s in second), strict=True)


def _write_txt(doc: _Document, fh: IO[str]) -> None:
    """One sentence per line, a blank line between paragraphs.

    This is the layout ``tm align --presegmented`` (:func:`tm.segment_lines`)
    reads, so segment, correct the splits by hand, then align keeps the
    paragraph boundaries the aligner uses as evidence.
    """
    paragraph: int | None = None
    for s in doc.segments:
        if paragraph is not None and s.paragraph != paragraph:
            fh.write("\n")
        paragraph = s.paragraph
        fh.write(_one_line(s.text) + "\n")


def _write_jsonl(doc: _Document, fh: IO[str]) -> None:
    for s, sid in _with_ids(doc):
        if doc.skipped:  # skipped lines met before this sentence, in document order
            for line in doc.skipped:
                fh.write(json.dumps({"skipped": True, "line": line.line, "start": line.start,
                                     "end": line.end, "text": line.text},
                                    ensure_ascii=False) + "\n")
            doc.skipped.clear()
        fh.write(json.dumps({"id": sid, "paragraph": s.paragraph, "start": s.start,
                             "end": s.end, "text": s.text}, ensure_ascii=False) + "\n")
    for line in doc.skipped or ():
        fh.write(json.dumps({"skipped": True, "line": line.line, "start": line.start,
                             "end": line.end, "text": line.text}, ensure_ascii=False) + "\n")


def _write_csv(doc: _Document, fh: IO[str]) -> None:
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(["id", "paragraph", "start", "end", "text"])
    for s, sid in _with_ids(doc):
        writer.writerow([sid, s.paragraph, s.start, s.end, s.text])


def _units(doc: _Document) -> Iterator[Unit]:
    """One unit per sentence, with its id and where it starts (file and line), streamed."""
    numbered, starts = tee(_with_ids(doc))
    origins = iter_origins(doc.source, doc.text, (s for s, _ in starts))
    for (s, sid), origin in zip(numbered, origins, strict=True):
        yield Unit(source=_one_line(s.text), target="", context=sid, origin=origin,
                   source_lang=doc.lang, target_lang=doc.target)


def _write_xliff(doc: _Document, fh: IO[str]) -> None:
    """The document around no unit, then each unit as format_xliff writes it, one at a time."""
    from tm.formats.xliff import format_xliff

    def render(units: list[Unit]) -> str:
        return format_xliff(units, original=os.path.basename(doc.source), source_lang=doc.lang,
                            target_lang=doc.target, tool_version=tm.__version__,
                            note=doc.signature)
    prefix, body, tail = render([]).partition("    <body>\n")
    prefix += body
    fh.write(prefix)
    for unit in _units(doc):
        one = render([unit])
        if not (body and one.startswith(prefix) and one.endswith(tail)):
            raise AssertionError("format_xliff changed its layout: update _write_xliff")
        fh.write(one[len(prefix):len(one) - len(tail)])
    fh.write(tail)


def _write_pot(doc: _Document, fh: IO[str]) -> None:
    """The header, then each entry as tm.formats builds and writes it, one at a time.

    With ``--msgctxt`` every sentence is its own entry, written as it is found.
    By default a repeated sentence is one entry listing all its references, so
    the entries are written once the text is read; what is held meanwhile is
    one small record per distinct sentence (its id and references).
    """
    import polib

    from tm.formats import build_po, po_header
    from tm.formats.po import format_po
    fields, comment = po_header(command="segment", signature=doc.signature,
                                source_language=doc.lang, project=os.path.basename(doc.source),
                                description=f"Sentences of {doc.source}.", template=True)
    fh.write(format_po(build_po((), fields, comment, msgctxt=doc.msgctxt, template=True)))
    entry_only = polib.POFile()  # no header: format_po writes just its entry
    for message in _pot_messages(doc):
        entry_only[:] = build_po([message], {}, msgctxt=doc.msgctxt)[:1]
        fh.write("\n" + format_po(entry_only))


def _pot_messages(doc: _Document) -> Iterator[PoMessage]:
    """One message per sentence (``--msgctxt``), or per distinct sentence with all references."""
    from tm.formats import PoMessage
    if doc.msgctxt:
        for unit in _units(doc):
            yield PoMessage(unit.source, id=unit.context,
                            references=((unit.origin.path, str(unit.origin.line)),))
        return
    grouped: dict[str, tuple[str, dict[tuple[str, str], None]]] = {}
    for unit in _units(doc):
        reference = (unit.origin.path, str(unit.origin.line))
        known = grouped.get(unit.source)
        if known is None:
            grouped[unit.source] = (unit.context, {reference: None})
        else:
            known[1][reference] = None  # an ordered set: each reference once
    for source, (sid, references) in grouped.items():
        yield PoMessage(source, id=sid, references=tuple(references))


_WRITERS: dict[str, Callable[[_Document, IO[str]], None]] = {
    "txt": _write_txt, "jsonl": _write_jsonl, "csv": _write_csv, "pot": _write_pot,
    "xliff": _write_xliff,
}
