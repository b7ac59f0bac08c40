"""``tm segment``: split a document into sentences and export them.

Formats: ``txt`` (one sentence per line), ``jsonl`` and ``csv`` (id,
paragraph, start, end, text: exact offsets into the decoded input), ``pot``
(a gettext template for translators) and ``xliff`` (XLIFF 1.2 for CAT tools).
In txt, pot and xliff, line breaks inside a sentence become spaces.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import tm
from tm.cli._common import (
    add_deprecated_alias,
    add_encoding_option,
    add_output_option,
    new_command,
)
from tm.files import atomic_writer, read_text, signature
from tm.model import Segment, Unit
from tm.segmentation import CHROME, guess_lang, rules_signature, segment_origins
from tm.text import is_chinese

__all__ = ["register", "run"]

FORMATS = ("txt", "jsonl", "csv", "pot", "xliff")

EXAMPLES = """\
  tm segment locales/en/article.txt
  tm segment locales/en/article.txt --format pot -o article.pot
  tm segment notes.txt --source-lang zh --encoding gb18030 --format jsonl
  tm segment manual.txt --srx my-rules.srx --format xliff -o manual.xlf
  cat page.txt | tm segment - --keep-chrome
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``segment`` subcommand to *sub*."""
    parser = new_command(sub, "segment", EXAMPLES)
    parser.add_argument("file", metavar="FILE", help="text file to segment ('-' = stdin)")
    parser.add_argument("--source-lang", default=None, metavar="LANG",
                        help="language of FILE: en, zh, zh-CN... or auto (the default: "
                             "zh when 30%% or more of the letters are Han, else en)")
    add_deprecated_alias(parser, "--lang", "--source-lang", metavar="LANG")
    parser.add_argument("--srx", metavar="FILE", default=None,
                        help="SRX 2.0 rules to use instead of the built-in ones")
    parser.add_argument("--format", choices=FORMATS, default="txt",
                        help="output format (default: txt)")
    parser.add_argument("--msgctxt", action="store_true",
                        help="pot: give every entry its sentence id as msgctxt (by default a "
                             "repeated sentence is one entry and the id an '#. id:' comment)")
    parser.add_argument("--target-lang", default=None, metavar="LANG",
                        help="target language written into xliff "
                             "(default: zh-CN for English input, en otherwise)")
    chrome = parser.add_mutually_exclusive_group()
    chrome.add_argument("--keep-chrome", action="store_true",
                        help="keep lines that look like page chrome (navigation bars "
                             "such as 'Home | News | Sport'), which are skipped by default")
    chrome.add_argument("--skip", metavar="REGEX", default=None,
                        help="skip lines that fully match REGEX instead of the built-in "
                             "page-chrome pattern")
    add_encoding_option(parser)
    add_output_option(parser)
    parser.set_defaults(run=run)


def _one_line(text: str) -> str:
    return " ".join(text.split()) if "\n" in text else text


def run(args: argparse.Namespace) -> int:
    """Segment ``args.file`` and write it in ``args.format`` to ``args.output``."""
    text = read_text(args.file, args.encoding)
    lang = guess_lang(text) if args.source_lang in (None, "auto") else args.source_lang
    skip = None if args.keep_chrome else (args.skip or CHROME)
    segments = tm.segment(text, lang, args.srx, skip=skip)
    ids = tm.stable_ids([s.text for s in segments])
    doc = _Document(text, segments, ids, "stdin" if args.file == "-" else args.file, lang,
                    args.target_lang or ("en" if is_chinese(lang) else "zh-CN"),
                    signature(f"segmentation {rules_signature(lang, args.srx)}"),
                    args.msgctxt)
    content = _RENDERERS[args.format](doc)
    with atomic_writer(args.output) as fh:
        fh.write(content)
    return 0


@dataclass(frozen=True)
class _Document:
    text: str
    segments: Sequence[Segment]
    ids: Sequence[str]
    source: str
    lang: str
    target: str
    signature: str
    msgctxt: bool = False


def _txt(doc: _Document) -> str:
    return "".join(_one_line(s.text) + "\n" for s in doc.segments)


def _jsonl(doc: _Document) -> str:
    return "".join(
        json.dumps({"id": sid, "paragraph": s.paragraph, "start": s.start, "end": s.end,
                    "text": s.text}, ensure_ascii=False) + "\n"
        for sid, s in zip(doc.ids, doc.segments, strict=True))


def _csv(doc: _Document) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "paragraph", "start", "end", "text"])
    writer.writerows([sid, s.paragraph, s.start, s.end, s.text]
                     for sid, s in zip(doc.ids, doc.segments, strict=True))
    return buffer.getvalue()


def _xliff(doc: _Document) -> str:
    from tm.formats.xliff import format_xliff
    return format_xliff(_units(doc), original=os.path.basename(doc.source), source_lang=doc.lang,
                        target_lang=doc.target, tool_version=tm.__version__, note=doc.signature)


def _units(doc: _Document) -> list[Unit]:
    origins = segment_origins(doc.source, doc.text, doc.segments)
    return [Unit(source=_one_line(s.text), target="", context=sid, origin=origin,
                 source_lang=doc.lang, target_lang=doc.target)
            for sid, s, origin in zip(doc.ids, doc.segments, origins, strict=True)]


def _pot(doc: _Document) -> str:
    from tm.formats import PoMessage, build_po, po_header
    from tm.formats.po import format_po
    fields, comment = po_header(command="segment", signature=doc.signature,
                                source_language=doc.lang, project=os.path.basename(doc.source),
                                description=f"Sentences of {doc.source}.", template=True)
    messages = (PoMessage(unit.source, id=unit.context,
                          references=((unit.origin.path, str(unit.origin.line)),))
                for unit in _units(doc))
    return format_po(build_po(messages, fields, comment, msgctxt=doc.msgctxt, template=True))


_RENDERERS: dict[str, Callable[[_Document], str]] = {
    "txt": _txt, "jsonl": _jsonl, "csv": _csv, "pot": _pot, "xliff": _xliff,
}
