"""CSV/TSV and PO glossary readers behind :meth:`tm.Glossary.load` (private).

CSV/TSV: one row per term, columns ``source, target, note`` (a header row is
optional; with a header, columns may come in any order and ``forbidden``,
``pos`` and ``case`` columns are recognised).  Several approved targets go in
one cell separated by ``;`` or in several rows with the same source.

PO: ``msgid`` is the term, ``msgstr`` its target(s) (``;``-separated),
translator and extracted comments the note; a comment line
``forbidden: 创新大街; 创新街`` lists forbidden variants.  Fuzzy, obsolete and
untranslated entries are skipped.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from collections.abc import Callable, Iterator

from tm._shared.lang import is_wellformed_lang, lang_key
from tm.errors import ParseError
from tm.formats.tabular import tsv_records
from tm.model import Term

_HEADERS = {
    "source": ("source", "term", "en", "english", "source term", "src", "source_term"),
    "target": ("target", "targets", "zh", "zh-cn", "zh_cn", "chinese", "translation",
               "target term", "tgt", "target_term"),
    "note": ("note", "notes", "comment", "comments", "definition", "description"),
    "forbidden": ("forbidden", "deprecated", "do not use", "avoid", "forbidden targets"),
    "pos": ("pos", "part of speech", "part_of_speech", "partofspeech"),
    "case": ("case", "case sensitive", "case_sensitive", "case-sensitive", "casesensitive"),
    "id": ("id", "concept", "concept id"),
}
_SPLIT = re.compile(r"\s*[;；]\s*")
_TRUE = ("yes", "y", "true", "1", "x", "case-sensitive", "sensitive")


def split_forms(cell: str) -> list[str]:
    """Split a cell of ``;``-separated forms, dropping empty ones."""
    return [f for f in _SPLIT.split(cell.strip()) if f]


def _header_map(row: list[str]) -> dict[str, int] | None:
    """Column index of each known field if *row* is a header row, else None."""
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        key = " ".join(cell.strip().lower().replace("-", " ").split())
        for field, names in _HEADERS.items():
            if key in names or key.replace(" ", "_") in names or cell.strip().lower() in names:
                found.setdefault(field, index)
    return found if "source" in found and "target" in found else None


#: What a reader asks of each term it reads: a problem to warn about, or None.
TermProblem = Callable[[Term], str | None]


def _warn_of(term: Term, name: str, line: int, term_problem: TermProblem | None) -> None:
    """Warn ``FILE:LINE: problem`` when *term_problem* has one for *term*."""
    problem = term_problem(term) if term_problem is not None else None
    if problem:
        warnings.warn(f"{name}:{line}: {problem}", UserWarning, stacklevel=4)


def read_table(text: str, name: str, delimiter: str, *,
               term_problem: TermProblem | None = None,
               langs: tuple[str, str] = ("en", "zh-CN")) -> list[Term]:
    """Terms of a CSV (``,``) or TSV (``\\t``) glossary held in *text*.

    Each term *term_problem* has a problem with is warned of once, at its first row.
    A header of language codes (``en,zh-TW,ja``) names the columns by language:
    the source and target columns are those of *langs*, ParseError if one is missing.
    """
    columns = {"source": 0, "target": 1, "note": 2}
    merged: dict[tuple[str, bool], dict[str, object]] = {}
    order: list[tuple[str, bool]] = []
    first = True
    for line, row in _records(text, name, delimiter):
        if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        if first:
            first = False
            header = _header_map(row) or _language_columns(row, name, line, langs)
            if header is not None:
                columns = header
                continue
        if _add_row(row, columns, name, line, merged, order):
            _warn_of(_to_term(merged[order[-1]]), name, line, term_problem)
    if not order:
        raise ParseError(name, 1, f"no terms in this {_kind(delimiter)} glossary")
    return [_to_term(merged[key]) for key in order]


def _language_columns(row: list[str], name: str, line: int,
                      langs: tuple[str, str]) -> dict[str, int] | None:
    """The source and target columns of a header row of language codes, or None.

    A row is such a header when it has two cells or more, every one a BCP 47 code,
    one of them the source language.  Read as a term, ``en,zh-TW`` became the term
    *en*, and a column in a language the catalog does not have (``ja`` for a zh-CN
    catalog) gave its terms as targets: both never matched the catalog's text.
    """
    cells = [cell.strip() for cell in row if cell.strip()]
    if len(cells) < 2 or not all(is_wellformed_lang(cell) for cell in cells):
        return None
    keys = [lang_key(cell.strip()) if is_wellformed_lang(cell.strip()) else ""
            for cell in row]
    source, target = (next((i for i, key in enumerate(keys) if key == lang_key(lang)), None)
                      for lang in langs)
    if source is None:
        return None
    if target is None:
        raise ParseError(name, line, f"no {langs[1]} column: the header names the languages "
                                     f"{', '.join(cells)} (tm check reads the target language "
                                     "from the catalog; --target-lang chooses another)")
    return {"source": source, "target": target}


def _records(text: str, name: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(first line, cells) of each row of *text*.

    TSV cells hold quotes as text (他说"好"), apart from a cell Excel quoted
    because it holds a line break or a tab (:func:`tm.formats.tabular.tsv_records`);
    a cell wholly in quotes is unquoted by :func:`_cell`.
    """
    if delimiter == "\t":
        yield from tsv_records(io.StringIO(text))  # lines end at \n only, as a file's do
        return
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    row_start = 1
    try:
        for row in reader:
            line, row_start = row_start, reader.line_num + 1
            yield line, row
    except csv.Error as err:
        raise ParseError(name, row_start, f"malformed {_kind(delimiter)}: {err}") from None


def _kind(delimiter: str) -> str:
    return "TSV" if delimiter == "\t" else "CSV"


def _cell(row: list[str], columns: dict[str, int], field: str) -> str:
    index = columns.get(field, -1)
    cell = row[index].strip() if 0 <= index < len(row) else ""
    if len(cell) >= 2 and cell[0] == cell[-1] == '"':
        cell = cell[1:-1].replace('""', '"').strip()
    return cell


def _add_row(row: list[str], columns: dict[str, int], name: str, line: int,
             merged: dict[tuple[str, bool], dict[str, object]],
             order: list[tuple[str, bool]]) -> bool:
    """Merge *row* into its term; True when the row begins a new term."""
    source = _cell(row, columns, "source")
    targets = split_forms(_cell(row, columns, "target"))
    forbidden = split_forms(_cell(row, columns, "forbidden"))
    if not source:
        raise ParseError(name, line, "empty source term")
    if not targets and not forbidden:
        raise ParseError(name, line, f"term {source!r} has no target (expected "
                                     "source, target[, note] columns)")
    case = _cell(row, columns, "case").lower() in _TRUE
    key = (source if case else source.lower(), case)
    new = key not in merged
    if new:
        merged[key] = {"source": source, "targets": [], "forbidden": [], "notes": [],
                       "pos": _cell(row, columns, "pos"), "case": case,
                       "id": _cell(row, columns, "id")}
        order.append(key)
    entry = merged[key]
    for field, values in (("targets", targets), ("forbidden", forbidden),
                          ("notes", [_cell(row, columns, "note")])):
        bucket = entry[field]
        assert isinstance(bucket, list)
        bucket.extend(v for v in values if v and v not in bucket)
    return new


def _to_term(entry: dict[str, object]) -> Term:
    def strings(field: str) -> tuple[str, ...]:
        value = entry[field]
        assert isinstance(value, list)
        return tuple(str(v) for v in value)
    return Term(source=str(entry["source"]), targets=strings("targets"),
                forbidden=strings("forbidden"), pos=str(entry["pos"]),
                case_sensitive=bool(entry["case"]), note="; ".join(strings("notes")),
                id=str(entry["id"]))


def read_po_glossary(path: str, *, term_problem: TermProblem | None = None) -> list[Term]:
    """Terms of a PO glossary (msgid = term, msgstr = targets, comments = note).

    Each term *term_problem* has a problem with is warned of, at its msgid's line.
    """
    from tm.formats.po import read_po

    po = read_po(path)
    terms = []
    for entry in po:
        if entry.obsolete or "fuzzy" in entry.flags or not entry.msgid:
            continue
        comments = [c for c in (entry.tcomment + "\n" + entry.comment).splitlines() if c.strip()]
        forbidden: list[str] = []
        notes = []
        for comment in comments:
            label, _, rest = comment.partition(":")
            if label.strip().lower() in ("forbidden", "deprecated", "do not use") and rest:
                forbidden.extend(split_forms(rest))
            else:
                notes.append(comment.strip())
        targets = split_forms(entry.msgstr)
        if not targets and not forbidden:
            continue
        terms.append(Term(source=entry.msgid, targets=tuple(targets),
                          forbidden=tuple(forbidden), pos=entry.msgctxt or "",
                          note="; ".join(notes)))
        _warn_of(terms[-1], path, entry.linenum or 0, term_problem)
    if not terms:
        raise ParseError(path, 1, "no translated entries in this PO glossary")
    return terms
