"""``tm export``: write a translation memory out as TMX, PO, XLIFF 1.2, CSV, TSV or JSON,
or a glossary (``--glossary``) as TBX v3, TBX-Basic 2008 or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from tm.cli._common import (
    JSON_INDENT,
    add_encoding_option,
    add_output_option,
    count_of,
    json_envelope,
    language,
    new_command,
)
from tm.cli._memory import add_db_option, open_memory
from tm.cli._records import term_json, unit_json
from tm.cli._settings import say
from tm.errors import UsageError
from tm.files import atomic_writer
from tm.formats import FORMATS, msgfmt_objection, write_units
from tm.glossary import SAVE_FORMATS, Glossary
from tm.memory import TranslationMemory
from tm.model import Unit
from tm.text import lang_key

__all__ = ["register", "run"]

EXAMPLES = """\
  tm export --db tm.db -o memory.tmx                 # format from the extension
  tm export --db tm.db --format po -o zh_CN.po       # passes msgfmt -c
  tm export --db tm.db --format csv | head
  tm export --db tm.db --excel -o memory.csv         # opens in Excel with Chinese intact
  tm export --db tm.db --format xliff -o memory.xlf  # XLIFF 1.2 for a CAT tool
  tm export --db tm.db --format tmx --source-lang zh-CN -o zh-en.tmx
  tm export --db tm.db --format json | jq '.results.units[0]'
  tm export --glossary terms.csv --format tbx2 -o terms.tbx   # for OmegaT
  tm export --glossary glossary.tbx --format json -o -

TMX holds every language pair; PO holds one (the first unit's, or the pair
given with --source-lang/--target-lang) and one entry per sentence, its
references and ids listed (--msgctxt: one entry per context and source).
JSON is the envelope every command writes, {"tm", "signature", "results"},
whose results hold "units" (a memory) or "terms" (a glossary).
"""

#: What a memory is exported as, and a glossary.
MEMORY_FORMATS = ("tmx", "po", "xliff", "csv", "tsv", "json")
GLOSSARY_FORMATS = (*SAVE_FORMATS, "json")


class _GlossaryOption(argparse.Action):
    """``--glossary FILE``: export that glossary, so no memory is looked for."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        namespace.glossary = values
        namespace.needs_db = False


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``tm export`` to the ``tm`` command."""
    p = new_command(sub, "export", EXAMPLES)
    add_db_option(p)
    p.add_argument("--glossary", default=None, metavar="FILE", action=_GlossaryOption,
                   help="export this glossary (TBX, CSV, TSV or PO) instead of a memory, as "
                        "tbx (TBX v3), tbx2 (TBX-Basic 2008, for OmegaT) or json")
    p.add_argument("--format", choices=tuple(dict.fromkeys(MEMORY_FORMATS + GLOSSARY_FORMATS)),
                   default=None,
                   help="output format (default: from the -o extension, else tmx for a "
                        "memory and tbx for a glossary)")
    add_output_option(p)
    p.add_argument("--source-lang", default=None, type=language, metavar="LANG",
                   help="export only units with this source language (region-insensitive)")
    p.add_argument("--target-lang", default=None, type=language, metavar="LANG",
                   help="export only units with this target language (region-insensitive)")
    p.add_argument("--msgctxt", action="store_true",
                   help="PO: each unit's context as msgctxt (by default the context is an "
                        "'#. id:' comment and a repeated sentence is one entry)")
    p.add_argument("--excel", action="store_true",
                   help="CSV/TSV for Excel: UTF-8 with a BOM, CRLF, formula cells neutralised "
                        "(CSV neutralises formulas by default too)")
    add_encoding_option(p, "of a CSV or TSV glossary (--glossary)")
    p.set_defaults(run=run, glossary=None)


def _filtered(units: Iterator[Unit], source: str | None, target: str | None,
              left_out: list[int] | None = None) -> Iterator[Unit]:
    """The units in *source* -> *target* (either may be None: any); *left_out* counts the rest."""
    want_src = lang_key(source) if source else None
    want_tgt = lang_key(target) if target else None
    for unit in units:
        if (want_src and lang_key(unit.source_lang) != want_src) or (
                want_tgt and lang_key(unit.target_lang) != want_tgt):
            if left_out is not None:
                left_out[0] += 1
            continue
        yield unit


def _other_pairs(units: Iterator[Unit], left_out: list[int]) -> Iterator[Unit]:
    """*units*, counting in ``left_out[0]`` those not in the first unit's language pair."""
    first: tuple[str, str] | None = None
    for unit in units:
        pair = lang_key(unit.source_lang), lang_key(unit.target_lang)
        first = first or pair
        left_out[0] += pair != first
        yield unit


def _commonest_pair(memory: TranslationMemory) -> tuple[str, str] | None:
    """The memory's language pair with the most units (``tm stats``' count), or None if empty.

    A PO or XLIFF file holds one pair; without --source-lang/--target-lang the export
    takes the pair most of the memory is in, not whichever sorts first (three German
    units were exported from a memory of Chinese ones)."""
    counts = memory.stats().get("languages")
    if not isinstance(counts, dict) or not counts:
        return None
    best = max(counts.items(), key=lambda item: (item[1], item[0] == "en -> zh-CN"))[0]
    source, _, target = str(best).partition(" -> ")
    return source, target


#: Formats whose units carry inline codes (TMX markup, XLIFF inline elements).
_KEEPS_CODES = frozenset({"tmx", "xliff", "json"})


def _codes_counted(units: Iterator[Unit], counted: list[int]) -> Iterator[Unit]:
    """*units*, counting in ``counted[0]`` those holding inline codes (``<ph/>``, ``<bpt>``...)."""
    for unit in units:
        counted[0] += bool(unit.source_markup or unit.target_markup)
        yield unit


def _refused_counted(units: Iterator[Unit], counted: list[int]) -> Iterator[Unit]:
    """*units*, counting in ``counted[0]`` the pairs ``msgfmt -c`` refuses as translated (a
    line break at the start or end of one side only): written as they are, and said."""
    for unit in units:
        counted[0] += bool(msgfmt_objection(unit.source, unit.target))
        yield unit


def _format(args: argparse.Namespace, formats: tuple[str, ...], default: str) -> str:
    """The format asked for (--format, else the -o extension's), refused if not in *formats*."""
    suffix = Path(args.output).suffix.lower() if args.output != "-" else ""
    named = {".json": "json", ".tbx": "tbx"}.get(suffix, FORMATS.get(suffix))
    fmt = args.format or named or default
    if fmt not in formats:
        what = "a glossary" if args.glossary else "a memory"
        raise UsageError(f"tm export writes {what} as {', '.join(formats)}, not {fmt}"
                         + ("" if args.format else f" (from -o {args.output})"))
    return fmt


def _write_json(path: str, key: str, records: Iterator[dict[str, object]]) -> int:
    """Write the JSON envelope whose results are ``{key: [records]}``, atomically; the count.

    Records are written as they come, so a large memory is never held whole; the
    text is what ``json.dumps(envelope, indent=2)`` gives, the one layout of
    every command's JSON.
    """
    head = json.dumps(json_envelope({key: []}), ensure_ascii=False, indent=JSON_INDENT)
    start, _, end = head.rpartition("[]")
    inner = "\n" + " " * (3 * JSON_INDENT)     # a record's depth: envelope, results, list
    count = 0
    with atomic_writer(path) as handle:
        handle.write(start + "[")
        for record in records:
            text = json.dumps(record, ensure_ascii=False, indent=JSON_INDENT)
            handle.write(("," if count else "") + inner + text.replace("\n", inner))
            count += 1
        handle.write(("\n" + " " * (2 * JSON_INDENT) if count else "") + "]" + end + "\n")
    return count


def _export_glossary(args: argparse.Namespace) -> int:
    """``tm export --glossary FILE``: the glossary as TBX or JSON."""
    if args.db:
        raise UsageError("give --db (a memory) or --glossary (a glossary) to export, not both")
    fmt = _format(args, GLOSSARY_FORMATS, "tbx")
    glossary = Glossary.load(args.glossary, source_lang=args.source_lang or "en",
                             target_lang=args.target_lang or "zh-CN", encoding=args.encoding)
    if fmt == "json":
        _write_json(args.output, "terms", (term_json(term) for term in glossary.terms))
    else:
        glossary.save(args.output, fmt)
    where = "stdout" if args.output == "-" else args.output
    say(args, f"tm export: {count_of(len(glossary), 'term')} written to {where} ({fmt})")
    return 0


def run(args: argparse.Namespace) -> int:
    """Run ``tm export``; report the count on stderr; return the exit code."""
    if args.glossary:
        return _export_glossary(args)
    fmt = _format(args, MEMORY_FORMATS, "tmx")
    left_out = [0]
    with open_memory(args.db) as memory:
        if fmt in ("po", "xliff"):  # one language pair per file: say what stays out
            source, target, chosen = args.source_lang, args.target_lang, None
            if source is None and target is None:
                source, target = _commonest_pair(memory) or (None, None)
                chosen = left_out  # the units of the other pairs are news to the user
            units = _other_pairs(_filtered(memory.units(), source, target, chosen), left_out)
        else:
            units = _filtered(memory.units(), args.source_lang, args.target_lang)
        coded = [0]
        if fmt not in _KEEPS_CODES:     # PO and CSV hold plain text: say what stays out
            units = _codes_counted(units, coded)
        refused = [0]
        if fmt == "po":
            units = _refused_counted(units, refused)
        if fmt == "json":
            count = _write_json(args.output, "units", (unit_json(unit) for unit in units))
        else:
            count = write_units(units, args.output, fmt=fmt,
                                source_lang=args.source_lang or "en", msgctxt=args.msgctxt,
                                excel=args.excel)
    where = "stdout" if args.output == "-" else args.output
    say(args, f"tm export: {count_of(count, 'unit')} written to {where} ({fmt})")
    if left_out[0]:
        print(f"tm: warning: {count_of(left_out[0], 'unit')} of other language pairs left out: "
              f"{'an XLIFF' if fmt == 'xliff' else 'a PO'} file holds one pair (export TMX for "
              "every pair, or choose one "
              "with --source-lang/--target-lang)", file=sys.stderr)
    if refused[0]:
        print(f"tm: warning: {count_of(refused[0], 'unit')} with a line break at the start or "
              "end of one side only, written as stored: msgfmt -c refuses such an entry as "
              "translated (correct the pair where it came from, or review it in the PO)",
              file=sys.stderr)
    if coded[0]:
        verb = "holds" if coded[0] == 1 else "hold"
        print(f"tm: warning: {count_of(coded[0], 'unit')} {verb} inline codes (placeholders, "
              f"tags: TMX <ph>/<bpt>, XLIFF <x/>/<g>) that {fmt.upper()} cannot carry: their "
              "text is written without them; export TMX or XLIFF to keep them",
              file=sys.stderr)
    return 0
