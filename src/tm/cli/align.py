"""``tm align``: pair the sentences of an English text with its Chinese translation.

Both files are segmented (or read one sentence per line with
``--presegmented``), aligned with :func:`tm.align`, and written as a PO file
(the default; GNU gettext layout, ready for Poedit or ``msgfmt``), TMX 1.4b, a
two-column TSV, Vecalign-style bead lines, or JSON.  No text is dropped: a
Chinese sentence with no English counterpart is kept in a comment on the
neighbouring PO entry (or the TMX note), and an English sentence with no
Chinese gets an empty ``msgstr``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import tm
from tm.alignment import (
    ALIGNMENT_VERSION,
    AlignedUnit,
    AlignedUnits,
    join_sentences,
    review_html,
)
from tm.cli._common import (
    JSON_OUTPUT,
    SkipReport,
    add_encoding_option,
    add_keep_chrome_option,
    add_output_option,
    encoding_name,
    json_text,
    language,
    new_command,
    output_format,
)
from tm.cli._progress import Progress, wants_progress
from tm.errors import ParseError, UsageError
from tm.files import atomic_writer, read_text, signature
from tm.model import Bead, Origin, Segment
from tm.segmentation import (
    CHROME,
    guess_lang,
    rules_signature,
    segment_lines,
    segment_origins,
)
from tm.text import han_ratio, is_chinese, written_in_traditional

if TYPE_CHECKING:
    from tm.formats import PoMessage
    from tm.glossary import Glossary

__all__ = ["register", "run"]

FORMATS = ("po", "tmx", "xliff", "tsv", "beads", "json", "html")
#: Below this share of Han among its letters the Chinese file is "almost no Chinese":
#: the aligner then has only lengths to go on (a wrong file, or swapped arguments).
_ALMOST_NO_HAN = 0.05

EXAMPLES = """\
  tm align locales/en/article.txt locales/zh_CN/article.txt -o article.po
  tm align en.txt zh.txt --glossary terms.tbx --format tmx -o pairs.tmx
  tm align en.txt zh.txt --format xliff -o article.zh_CN.xlf   # for OmegaT, Trados, Okapi
  tm align en.txt zh.txt --presegmented --format beads
  tm align en.txt zh.txt --format html -o review.html     # review page, open in a browser
  tm align en.txt zh.txt --format tsv --fuzzy-below 0.7 --zh-encoding gb18030
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``align`` subcommand to *sub*."""
    parser = new_command(sub, "align", EXAMPLES)
    parser.add_argument("en_file", metavar="EN_FILE", help="English text ('-' = stdin)")
    parser.add_argument("zh_file", metavar="ZH_FILE", help="Chinese text")
    parser.add_argument("--glossary", metavar="FILE", default=None,
                        help="glossary (TBX, CSV, TSV or PO) whose terms count as evidence")
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help="output format (default: from the -o extension, else po)")
    parser.add_argument("--presegmented", action="store_true",
                        help="the files hold one sentence per line (blank lines separate "
                             "paragraphs); do not segment them")
    parser.add_argument("--fuzzy-below", type=float, default=0.5, metavar="X",
                        help="mark PO entries whose bead confidence is below X (0-1) as "
                             "fuzzy, for review (default: 0.5)")
    parser.add_argument("--msgctxt", action="store_true",
                        help="PO: give every entry its sentence id as msgctxt (tm's former "
                             "layout; by default a repeated sentence is one entry and the id "
                             "is an '#. id:' comment)")
    parser.add_argument("--one-sentence", action="store_true",
                        help="PO: write a bead of several English sentences as one entry per "
                             "sentence, the first carrying the translation (for OmegaT, "
                             "which splits multi-sentence entries)")
    parser.add_argument("--max-bead", type=int, default=4, metavar="N",
                        help="most sentences on one side of a bead, 1 to 8 (default: 4)")
    parser.add_argument("--target-lang", default=None, type=language, metavar="LANG",
                        help="language tag of ZH_FILE in the output (PO Language, TMX and "
                             "XLIFF language): zh-CN, zh-TW, zh-HK ... (default: zh-TW when "
                             "the text is written in Traditional characters, else zh-CN)")
    add_encoding_option(parser)
    add_keep_chrome_option(parser)
    for side, name in (("en", "EN_FILE"), ("zh", "ZH_FILE")):
        parser.add_argument(f"--{side}-encoding", default=None, metavar="NAME",
                            type=encoding_name,
                            help=f"encoding of {name} alone, when the files differ "
                                 "(overrides --encoding)")
    add_output_option(parser)
    parser.set_defaults(json_report=JSON_OUTPUT)  # -o - --format json: an error is JSON too
    parser.set_defaults(run=run)


@dataclass(frozen=True)
class _Side:
    """One input file: its name, language, sentences, where each starts, rules signature."""

    path: str
    lang: str
    segments: list[Segment]
    origins: list[Origin]
    signature: str
    skipped: SkipReport | None = None

    def text(self, indices: Sequence[int]) -> str:
        return join_sentences([self.segments[i] for i in indices], self.lang)


def _read_side(path: str, lang: str, args: argparse.Namespace) -> _Side:
    encoding = getattr(args, f"{lang}_encoding") or args.encoding
    try:
        text = read_text(path, encoding)
    except ParseError as err:   # name the option that fixes this file alone
        raise ParseError(err.path, err.line,
                         err.message.replace("--encoding", f"--{lang}-encoding")) from None
    name = "stdin" if path == "-" else path
    from tm.formats import is_translation_file, markup_document, not_text_advice
    if is_translation_file(name, text):
        raise UsageError(f"{name}: is a translation file (PO/POT, TMX, XLIFF or TBX), not a text "
                         "to align; give the two texts (its pairs are aligned already: tm "
                         "import reads them)")
    markup = markup_document(text)
    if markup:
        raise UsageError(f"{name}: is {markup}, not plain text to align: its tags would be "
                         f"aligned as sentences; {not_text_advice(markup)}")
    if args.presegmented:
        segments, rules = segment_lines(text), "presegmented"
        report = None
    else:
        report = SkipReport(name)
        segments = tm.segment(text, lang, skip=None if args.keep_chrome else CHROME,
                              on_skip=report)
        rules = rules_signature(lang)
    return _Side(name, lang, segments, segment_origins(name, text, segments), rules, report)


def _warn_scripts(en: _Side, zh: _Side) -> None:
    """Warn of an empty side or a "Chinese" file without Chinese; refuse swapped files.

    Swapped (the English file Chinese, the Chinese one not) the output would be
    Chinese msgids under ``X-Source-Language: en``: nothing to keep, so nothing
    is written.
    """
    for side, other in ((en, zh), (zh, en)):
        if not side.segments and other.segments:    # the wrong file, most likely
            print(f"tm: warning: {side.path}: no sentences; every sentence of {other.path} "
                  "is left unaligned", file=sys.stderr)
    zh_text = "".join(s.text for s in zh.segments)
    en_text = "".join(s.text for s in en.segments)
    if zh_text and han_ratio(zh_text) < _ALMOST_NO_HAN:
        if guess_lang(en_text) == "zh":  # swapped: a PO of Chinese msgids labelled English
            raise UsageError(f"{en.path} is Chinese and {zh.path} has almost no Chinese "
                             "characters: the files are swapped; give the English file "
                             f"first (tm align {zh.path} {en.path})")
        print(f"tm: warning: {zh.path}: almost no Chinese characters; the alignment rests on "
              "length alone and its scores will be low", file=sys.stderr)


def _chinese_variety(zh: _Side, args: argparse.Namespace) -> str:
    """``zh-TW`` for a text in Traditional characters (said on stderr), else ``zh-CN``.

    Labelled zh-CN, a Taiwan or Hong Kong edition went into TMX, XLIFF and PO as
    Simplified Chinese: imported, its sentences were offered to zh_CN catalogs
    and never to zh_TW ones, in tm and in every CAT tool reading the file.
    """
    if not written_in_traditional("".join(s.text for s in zh.segments)):
        return "zh-CN"
    if not getattr(args, "quiet", False):
        print(f"tm: {zh.path}: written in Traditional characters: labelled zh-TW "
              "(--target-lang zh-HK, or another tag, to say otherwise)", file=sys.stderr)
    return "zh-TW"


def run(args: argparse.Namespace) -> int:
    """Align ``args.en_file`` with ``args.zh_file`` and write ``args.format``."""
    if not 0.0 <= args.fuzzy_below <= 1.0:
        raise UsageError(f"--fuzzy-below must be between 0 and 1, got {args.fuzzy_below}")
    if args.target_lang and not is_chinese(args.target_lang):
        raise UsageError(f"--target-lang {args.target_lang}: not a Chinese language tag (zh-CN, "
                         "zh-TW, zh-HK, zh-Hant ...); ZH_FILE is the Chinese text")
    args.format = output_format("align", args.format, args.output, FORMATS, "po")
    glossary = None
    if args.glossary:
        from tm.glossary import Glossary
        glossary = Glossary.load(args.glossary)
    en = _read_side(args.en_file, "en", args)
    zh = _read_side(args.zh_file, "zh", args)
    _warn_scripts(en, zh)
    zh_lang = args.target_lang or _chinese_variety(zh, args)
    beads = _align(en, zh, glossary, args)
    sig = signature(f"segmentation {en.signature}, {zh.signature}",
                    f"alignment {ALIGNMENT_VERSION}")
    doc = _Aligned(en, zh, beads, sig, args.fuzzy_below, args.msgctxt, args.one_sentence,
                   zh_lang)
    if args.format == "tmx":
        _tmx(doc, args.output)
    else:
        content = _RENDERERS[args.format](doc)
        with atomic_writer(args.output) as fh:
            fh.write(content)
    for side in (en, zh):
        if side.skipped is not None:
            side.skipped.print()
    return 0


def _align(en: _Side, zh: _Side, glossary: Glossary | None,
           args: argparse.Namespace) -> list[Bead]:
    """tm.align with a progress bar in English sentences (on a terminal, for long texts)."""
    bar = Progress(len(en.segments), "aligning", enabled=wants_progress(args))

    def report(share: float) -> None:
        bar.advance(round(share * len(en.segments)) - bar.done)
    try:
        return tm.align(en.segments, zh.segments, "en", "zh", glossary, max_bead=args.max_bead,
                        on_progress=report if bar.enabled else None)
    finally:
        bar.close()


@dataclass
class _Aligned:
    en: _Side
    zh: _Side
    beads: list[Bead]
    signature: str
    fuzzy_below: float
    msgctxt: bool = False
    one_sentence: bool = False
    zh_lang: str = "zh-CN"

    @property
    def ids(self) -> list[str]:
        """The stable id of every English sentence."""
        return tm.stable_ids([s.text for s in self.en.segments])

    def units(self) -> AlignedUnits:
        """One unit per bead with English text; unaligned Chinese attached to a neighbour."""
        return tm.beads_to_units(self.beads, self.en.segments, self.zh.segments,
                                 source_lang="en", target_lang=self.zh_lang,
                                 source_origins=self.en.origins, target_origins=self.zh.origins,
                                 fuzzy_below=self.fuzzy_below)


def _comment(aligned: AlignedUnit) -> str:
    from tm.formats import UNALIGNED_NOTE
    return "\n".join([aligned.unit.note] + [UNALIGNED_NOTE + t for t in aligned.unaligned])


def _po(doc: _Aligned) -> str:
    from tm.formats import UNALIGNED_NOTE, build_po, po_header
    from tm.formats.po import format_po
    result = doc.units()
    description = [f"Sentences of {doc.en.path} aligned with {doc.zh.path} by tm align.",
                   "Entries marked fuzzy have a low alignment confidence: please review them."]
    description += [UNALIGNED_NOTE + text for text in result.unattached]
    fields, comment = po_header(command="align", signature=doc.signature, language=doc.zh_lang,
                                source_language="en", project=doc.en.path,
                                description="\n".join(description))
    return format_po(build_po(_messages(doc, result), fields, comment, msgctxt=doc.msgctxt))


def _messages(doc: _Aligned, result: AlignedUnits) -> list[PoMessage]:
    """One message per bead; with --one-sentence, a 2-1 bead's second sentence points back."""
    from tm.formats import UNALIGNED_NOTE, PoMessage
    messages = []
    for aligned in result.units:
        unit = aligned.unit
        refs = [(unit.origin.path, str(unit.origin.line))]
        if aligned.target_origin:
            refs.append((aligned.target_origin.path, str(aligned.target_origin.line)))
        extra = tuple(UNALIGNED_NOTE + t for t in aligned.unaligned)
        bead = aligned.bead
        if not doc.one_sentence or len(bead.src) < 2:
            messages.append(PoMessage(unit.source, unit.target, unit.context, tuple(refs),
                                      (unit.note, *extra), fuzzy=unit.fuzzy))
            continue
        messages += _one_sentence(doc, aligned, tuple(refs), extra)
    return messages


def _one_sentence(doc: _Aligned, aligned: AlignedUnit, refs: tuple[tuple[str, str], ...],
                  extra: tuple[str, ...]) -> list[PoMessage]:
    """A bead of n English sentences as n entries: the first carries the translation,
    the others point to it.

    OmegaT splits a PO entry holding two sentences and then drops its
    translation for every half; with one sentence per entry no translation is
    dropped.  The pointing entries stay untranslated (PO cannot say "translated
    by the entry before"); their comment names the entry that holds it.  (The
    aligner makes no n-0 beads: an English sentence without Chinese is a 1-0 bead.)
    """
    from tm.formats import PoMessage, covers_next_note
    unit, bead = aligned.unit, aligned.bead
    ids = [doc.ids[i] for i in bead.src]
    first = PoMessage(doc.en.text([bead.src[0]]), unit.target, ids[0], refs,
                      (unit.note, covers_next_note(len(ids) - 1),
                       *extra), fuzzy=unit.fuzzy)
    rest = [PoMessage(doc.en.text([i]), "", sid,
                      ((doc.en.origins[i].path, str(doc.en.origins[i].line)),),
                      (f"translated with the sentence before (id {ids[0]}): "
                       f"{doc.en.text([bead.src[0]])}",))
            for i, sid in zip(bead.src[1:], ids[1:], strict=True)]
    return [first, *rest]


CONFIDENCE_PROP = "x-tm-confidence"


def _tmx(doc: _Aligned, path: str) -> None:
    """TMX 1.4b: one <tu> per bead with both sides; unaligned Chinese goes into the note.

    Each <tu> carries the bead's confidence as ``<prop type="x-tm-confidence">``;
    a bead below ``--fuzzy-below`` is also marked ``<prop type="x-tm-fuzzy">yes``,
    the mark ``tm import`` honours (such units are stored untrusted).
    """
    from dataclasses import replace

    from tm.formats.tmx import write_tmx
    scores: dict[int, float] = {}
    units = []
    for aligned in doc.units().units:
        if aligned.unit.target:
            units.append(replace(aligned.unit, note=_comment(aligned)))
            scores[id(units[-1])] = aligned.bead.score
    write_tmx(units, path, source_lang="en", signature=doc.signature,
              props=lambda unit: [(CONFIDENCE_PROP, f"{scores[id(unit)]:.4f}")])


def _xliff(doc: _Aligned) -> str:
    """XLIFF 1.2: a trans-unit per bead, fuzzy beads state="needs-review-translation".

    No bead is ``approved="yes"``: an automatic alignment is not a reviewed
    translation, and CAT tools lock or confirm approved units.
    """
    from dataclasses import replace

    from tm.formats.xliff import format_xliff
    units = [replace(aligned.unit, note=_comment(aligned)) for aligned in doc.units().units]
    return format_xliff(units, original=doc.en.path, source_lang="en", target_lang=doc.zh_lang,
                        tool_version=tm.__version__, note=doc.signature, approve=False)


def _tsv(doc: _Aligned) -> str:
    def clean(text: str) -> str:
        return " ".join(text.replace("\t", " ").split())
    return "".join(f"{clean(doc.en.text(b.src))}\t{clean(doc.zh.text(b.tgt))}\n"
                   for b in doc.beads)


def _beads(doc: _Aligned) -> str:
    return "".join(f"{list(b.src)}:{list(b.tgt)}\n" for b in doc.beads)


def _json(doc: _Aligned) -> str:
    beads = [{"en": list(b.src), "zh": list(b.tgt), "kind": b.kind, "score": b.score,
              "en_text": doc.en.text(b.src), "zh_text": doc.zh.text(b.tgt)}
             for b in doc.beads]
    return json_text({"en": doc.en.path, "zh": doc.zh.path, "beads": beads}, doc.signature)


def _html(doc: _Aligned) -> str:
    """The self-contained review page (docs/alignment.md#reviewing-an-alignment)."""
    return review_html(doc.beads, [s.text for s in doc.en.segments],
                       [s.text for s in doc.zh.segments],
                       title=f"Alignment of {doc.en.path} and {doc.zh.path}",
                       source_name=doc.en.path, target_name=doc.zh.path,
                       review_below=doc.fuzzy_below, signature=doc.signature)


_RENDERERS: dict[str, Callable[[_Aligned], str]] = {
    "po": _po, "xliff": _xliff, "html": _html, "tsv": _tsv, "beads": _beads, "json": _json,
}
