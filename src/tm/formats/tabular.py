"""CSV and TSV translation tables: ``source, target[, context, note]`` per row.

A first row that names a source and a target column is a header (columns it
names that tm does not read are left out, with a warning), as is a first row
made only of known column names; either may reorder the columns:
``source``/``target`` (or ``src``/``tgt``, ``msgid``/``msgstr``),
``context`` (``id``, ``ref``, ``msgctxt``, ``tuid``), ``note`` (``comment``;
Weblate's ``translator_comments`` and ``developer_comments`` both, a line each),
``fuzzy`` (``fuzzy``/``yes``/``1`` marks a translation to review),
or language codes (``en``, ``zh-CN``) that also set the units' languages, as in
``ref<TAB>en<TAB>zh``.  Without a header the columns are source, target,
context, note.

CSV follows RFC 4180 (quotes).  TSV has no quoting: a tab, newline or
backslash inside a field is written ``\\t``, ``\\n``, ``\\\\`` (``\\r`` too) and
read back, the convention of Unix tools and of ``tm align``'s TSV output.
Rows stream: a file of any size reads in constant memory.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import os
import re
import warnings
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from tm._shared.files import atomic_writer, not_utf8_advice, open_binary
from tm._shared.lang import is_chinese, is_wellformed_lang, normalize_lang
from tm._shared.misread import ChineseMisread, Utf8Misread
from tm.errors import ParseError
from tm.model import Origin, Unit

__all__ = ["SNIFF_CHARS", "read_csv", "sniff_delimiter", "tsv_records", "write_csv"]

_NAMES = {
    "source": "source", "src": "source", "msgid": "source", "original": "source",
    "target": "target", "tgt": "target", "msgstr": "target", "translation": "target",
    "context": "context", "ctx": "context", "msgctxt": "context", "id": "context",
    "ref": "context", "key": "context", "tuid": "context", "location": "context",
    "note": "note", "notes": "note", "comment": "note", "comments": "note",
    # Weblate's CSV export: the translator's and the developer's comments (both notes).
    "translator_comments": "note", "developer_comments": "note",
    "source_lang": "source_lang", "source language": "source_lang", "srclang": "source_lang",
    "target_lang": "target_lang", "target language": "target_lang", "tgtlang": "target_lang",
    "fuzzy": "fuzzy",
}
_HEADER = ["source", "target", "context", "note", "source_lang", "target_lang", "fuzzy"]
#: Cells of the fuzzy column that mark a translation to review (empty: a finished one).
_FUZZY = frozenset({"fuzzy", "yes", "true", "1", "x"})
#: First characters that make a spreadsheet read a cell as a formula (OWASP's list).
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
#: A cell that was neutralised on writing: an apostrophe added before the formula character.
_NEUTRALISED = re.compile(r"^'(?='*[=+\-@\t\r])")
_TSV_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_TSV_UNESCAPE = re.compile(r"\\([\\tnr])")
_TSV_CHARS = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}
#: A TSV cell as Excel's "Text (Tab delimited)" and "Unicode Text" write one holding a
#: quotation mark or a line break: the whole cell in quotes, its own quotes doubled.
_EXCEL_CELL = re.compile(r'"(?:[^"]|"")*"')
#: The start of such a cell whose closing quote is on a later line (the cell holds a break).
_EXCEL_CELL_OPEN = re.compile(r'"(?:[^"]|"")*')
#: What makes Excel quote a TSV cell; a cell in quotes with none of these is text (``"Stop"``).
_EXCEL_QUOTE_REASONS = ('""', "\n", "\r")
#: The most lines one quoted TSV cell may span; a quote open longer is a stray quote, text.
_MAX_CELL_LINES = 1000
#: The longest cell, in characters: Python's csv module's default field limit, which tm
#: keeps for CSV and applies to TSV cells too (no sentence, nor paragraph, is that long).
FIELD_LIMIT = csv.field_size_limit()
#: The longest line read, in bytes: room for a source and a target that both reach
#: FIELD_LIMIT in 4-byte UTF-8 characters, and 64 KiB for the other columns, quotes
#: and delimiters.  A longer line is refused when this much of it has been read, so a
#: 300 MB line costs about 1 MiB, not the line.
MAX_LINE_BYTES = 2 * 4 * FIELD_LIMIT + 64 * 1024


def _excel_unquoted(cell: str) -> str:
    """*cell* without Excel's quoting (``"Say ""hi"" now"`` reads ``Say "hi" now``).

    Excel quotes a tab-separated cell only when it holds a quotation mark or a
    line break, so a cell wholly in quotes whose inner quotes are all doubled
    and that holds one of those is Excel's; any other cell (``"Stop" he said``,
    ``"Stop"``) is text, as tm's own TSV writes it.  A tab always ends a cell:
    Excel would quote one inside a cell too, but a sheet's cells do not hold
    tabs, and tm's own TSV may well have a cell that is one quote.
    """
    if _EXCEL_CELL.fullmatch(cell) is None:
        return cell
    inner = cell[1:-1]
    return inner.replace('""', '"') if any(r in inner for r in _EXCEL_QUOTE_REASONS) else cell


def _tsv_cells(body: str) -> list[str] | None:
    """The cells of the TSV record *body* (no line end), or None when its last cell
    opens a quote Excel would close on a later line."""
    cells = body.split("\t")
    last = cells[-1]
    if (last.startswith('"') and _EXCEL_CELL_OPEN.fullmatch(last)
            and not _EXCEL_CELL.fullmatch(last)):
        return None
    return cells


def tsv_records(lines: Iterable[str]) -> Iterator[tuple[int, list[str]]]:
    """(first line, raw cells) of each record of TSV *lines* (each with its line end).

    A record is a line, except where Excel quoted a cell holding a line break:
    its lines up to the closing quote make one record, the break kept in the
    cell (Excel's quotes are still on the cell: see :func:`_excel_unquoted`).
    A quote still open after FIELD_LIMIT characters (or _MAX_CELL_LINES lines)
    opens no cell Excel wrote: its lines are records of their own.
    Lines are joined only when what they make looks like Excel's and nothing
    else (:func:`_excel_record`); otherwise a quote that opens a cell is text
    and each line a record of its own, as in tm's own TSV, where a sentence
    may well open a quotation that the next one closes.
    """
    pending: list[str] = []
    start, width, size = 0, 0, 0
    for number, line in enumerate(lines, 1):
        if not pending:
            cells = _tsv_cells(line.rstrip("\r\n"))
            if cells is not None:
                width = width or _width(cells)
                yield number, cells
                continue
            start, size = number, 0
        pending.append(line)
        size += len(line)
        if len(pending) == 1:
            continue
        state = _quoted_cell_runs_on(line.rstrip("\r\n"))
        if state == "open" and len(pending) < _MAX_CELL_LINES and size <= FIELD_LIMIT:
            continue
        cells = _tsv_cells("".join(pending).rstrip("\r\n")) if state == "closed" else None
        if cells is not None and _excel_record(cells, width):
            width = width or _width(cells)
            yield start, cells
        else:
            yield from _stray_quote_lines(pending, start)
        pending = []
    yield from _stray_quote_lines(pending, start)


def _quoted_cell_runs_on(body: str) -> str:
    """What line *body*, read inside an Excel-quoted cell, does with it: "open" (the cell
    runs on to the next line, or the line opens another), "closed", or "broken" (a quote
    closes it before something other than a tab: no Excel cell).  Only this line is
    read, so a record of many lines costs its length, not its length squared."""
    at = 0
    while True:
        quote = body.find('"', at)
        if quote < 0:
            return "open"
        if body.startswith('""', quote):  # a quote of the text, doubled
            at = quote + 2
            continue
        rest = body[quote + 1:]
        if not rest:
            return "closed"
        if rest[0] != "\t":
            return "broken"
        last = rest.rsplit("\t", 1)[-1]
        return "open" if _tsv_cells(last) is None else "closed"


def _width(cells: list[str]) -> int:
    """The number of cells of a row, 0 for a blank one (which says nothing of the sheet)."""
    return len(cells) if any(cell.strip() for cell in cells) else 0


def _excel_record(cells: list[str], width: int) -> bool:
    """True when *cells*, read from several lines, are a row Excel wrote.

    Excel writes every row of a sheet with the same number of cells (*width*,
    that of the first row; 0 when this is the first) and a cell that holds a
    line break in quotes.
    """
    if width and len(cells) != width:
        return False
    return all(_EXCEL_CELL.fullmatch(cell) for cell in cells if "\n" in cell or "\r" in cell)


def _stray_quote_lines(lines: list[str], start: int) -> Iterator[tuple[int, list[str]]]:
    """Records of *lines*, one per line, a quote that opens a cell taken as text."""
    for number, line in enumerate(lines, start):
        yield number, line.rstrip("\r\n").split("\t")


@dataclass
class _Layout:
    """Which column holds which field, and the languages a header named."""

    columns: dict[str, int]
    source_lang: str
    target_lang: str
    #: The header is the one write_csv writes: a leading apostrophe before a formula
    #: character is tm's neutralisation, removed; in any other table it is text, kept.
    neutralised: bool = False
    #: Header cells of columns tm does not read (another tool's status, comments...).
    ignored: list[str] = field(default_factory=list)
    #: Further note columns (Weblate's developer_comments beside translator_comments):
    #: their cells are added to the note, a line each.
    more_notes: list[int] = field(default_factory=list)


def _is_tsv(path: str, delimiter: str | None) -> bool:
    if delimiter is not None:
        return delimiter == "\t"
    return Path(path).suffix.lower() in (".tsv", ".tab")


def _header_layout(row: list[str], source_lang: str, target_lang: str) -> _Layout | None:
    """The layout a header row describes, or None when *row* is data."""
    cells = [c.strip().lstrip("#").strip().lower() for c in row]
    if not cells or not all(cells):
        return None
    named = _named_layout(row, cells, source_lang, target_lang)
    if named is not None:
        return named
    columns: dict[str, int] = {}
    langs: list[str] = []
    for i, cell in enumerate(cells):
        field = _NAMES.get(cell)
        if field is None and is_wellformed_lang(cell) and cell not in ("id", "key"):
            field = "source" if not langs else "target"
            langs.append(normalize_lang(row[i]))
        if field is None or field in columns:
            return None
        columns[field] = i
    if "source" not in columns or "target" not in columns:
        return None
    return _Layout(columns, langs[0] if langs else source_lang,
                   langs[1] if len(langs) > 1 else target_lang, cells == _HEADER)


def _named_layout(row: list[str], cells: list[str], source_lang: str,
                  target_lang: str) -> _Layout | None:
    """The layout of a header that names a source and a target column, or None.

    Other tools export more columns than tm reads (a status, a translator,
    comments; Weblate's CSV has ``location``, ``id`` and ``context``): those are
    left out (``_Layout.ignored`` names them) instead of making the header a
    row of data.  Of two columns for one field, the one named exactly after
    it wins (``context`` over ``location``), else the first.
    """
    fields = [_NAMES.get(cell) for cell in cells]
    if "source" not in fields or "target" not in fields:
        return None
    columns: dict[str, int] = {}
    for i, (cell, kind) in enumerate(zip(cells, fields, strict=True)):
        if kind is not None and (kind not in columns or cell == kind != cells[columns[kind]]):
            columns[kind] = i
    more_notes = [i for i, kind in enumerate(fields) if kind == "note" and i != columns["note"]]
    ignored = [row[i].strip() for i in range(len(row))
               if i not in columns.values() and i not in more_notes]
    return _Layout(columns, source_lang, target_lang, cells == _HEADER, ignored, more_notes)


def _decoded_lines(fh: IO[bytes], name: str,
                   encoding: str | None = None) -> Generator[str, None, None]:
    """Lines of *fh* as text; a bad byte or a NUL byte names its line.

    UTF-8 (a BOM is dropped) unless *encoding* says otherwise; a UTF-16 file
    (Excel's "Unicode text" export) is recognised by its BOM.  Lines end at
    ``\n``/``\r`` only, so U+2028 or U+0085 inside a cell stays in it.
    """
    head = fh.peek(4)[:4] if hasattr(fh, "peek") else b""
    if encoding is None and head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    if encoding is None or codecs.lookup(encoding).name == "utf-8":
        yield from _utf8_lines(fh, name)
        return
    if _line_safe(encoding):
        yield from _legacy_lines(fh, name, encoding)
        return
    text = io.TextIOWrapper(fh, encoding=encoding, newline="")
    number = 0
    misread = Utf8Misread(encoding)
    try:
        for number, line in enumerate(iter(lambda: text.readline(MAX_LINE_BYTES + 1), ""), 1):
            if len(line) > MAX_LINE_BYTES and not line.endswith(("\n", "\r")):
                raise _too_long(name, number, "characters")   # decoded: counted as such
            if "\x00" in line:
                raise ParseError(name, number, "binary file (NUL byte); expected CSV/TSV text")
            yield _read_right(line, number, name, encoding, misread)
    except UnicodeError as err:     # a codec may fail without saying where (utf-16: no BOM)
        reason = "" if isinstance(err, UnicodeDecodeError) else f" ({err})"
        raise ParseError(name, number + 1,
                         f"cannot decode the file as {encoding}{reason}") from None
    finally:
        text.detach()


def _read_right(line: str, number: int, name: str, encoding: str,
                misread: Utf8Misread) -> str:
    """Decoded line *number* of file *name*, its BOM dropped on line 1; ParseError when
    *misread* says the line's own bytes are Chinese read in the wrong encoding (a
    stateless codec gives the bytes back)."""
    if misread.active:
        reading = misread.wrong_reading(line.encode(encoding, "replace"))
        if reading is not None:
            raise ParseError(name, number, misread.message(reading))
    return line.lstrip("\ufeff") if number == 1 else line


def _line_safe(encoding: str) -> bool:
    """Whether *encoding* writes LF and CR as those single bytes and never inside a
    character (ASCII-compatible: GB18030, Big5, Shift_JIS, latin-1 ...; not UTF-16).

    A file in such an encoding may be cut into lines as bytes, so a bad byte is
    named on its own line (a TextIOWrapper decodes 8 KiB at a time and fails
    before the first line is read: a Big5 file read as GBK was "line 1").
    """
    return "\n\r".encode(encoding) == b"\n\r" and not codecs.lookup(encoding).name.startswith(
        ("utf-16", "utf-32"))


#: A line end inside a decoded byte line: CR not followed by LF (classic Mac), or LF.
_LINE_END = re.compile(r"(?<=\r)(?!\n)|(?<=\n)")


def _legacy_lines(fh: IO[bytes], name: str, encoding: str) -> Iterator[str]:
    """Lines of *fh* in the line-safe *encoding*; a bad byte names its line (see _line_safe).

    Lines end at ``\n``, ``\r\n`` or ``\r``, as a TextIOWrapper with ``newline=""``
    gives them; the decoder carries its state from line to line.
    """
    decoder = codecs.getincrementaldecoder(encoding)()
    misread = Utf8Misread(encoding)
    number = 0
    for raw in itertools.chain(_bounded_lines(fh, name), [b""]):
        try:
            text = decoder.decode(raw, final=not raw)
        except UnicodeDecodeError as err:
            raise ParseError(name, number + 1 + raw.count(b"\r", 0, err.start),
                             f"cannot decode byte {raw[err.start]:#04x} as {encoding}") from None
        if "\x00" in text:
            raise ParseError(name, number + 1, "binary file (NUL byte); expected CSV/TSV text")
        for line in filter(None, _LINE_END.split(text)):
            number += 1
            yield _read_right(line, number, name, encoding, misread)


#: A CR that ends a line by itself (classic Mac), not the CR of a CRLF.
_LONE_CR = re.compile(rb"\r(?!\n)")


def _bounded_lines(fh: IO[bytes], name: str) -> Iterator[bytes]:
    """Lines of *fh* as bytes (each with its ``\n``), none longer than MAX_LINE_BYTES.

    A line is read at most MAX_LINE_BYTES + 1 bytes at a time: a longer one is a
    ParseError naming it, when only that much is held.  A piece that long ending
    inside a run of CR-ended lines (a classic Mac file) is cut after its last CR,
    so such a file still reads line by line.
    """
    number, carried = 0, b""
    while raw := carried + fh.readline(MAX_LINE_BYTES + 1 - len(carried)):
        carried = b""
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            cut = raw.rfind(b"\r") + 1
            if not cut:
                raise _too_long(name, number + 1)
            raw, carried = raw[:cut], raw[cut:]
        number += 1 + len(_LONE_CR.findall(raw, 0, len(raw) - 1))
        yield raw


def _too_long(name: str, line: int, unit: str = "bytes") -> ParseError:
    return ParseError(name, line, f"a line longer than {MAX_LINE_BYTES:,} {unit}: a CSV/TSV "
                                  f"cell holds at most {FIELD_LIMIT:,} characters (is this a "
                                  "table of sentences?)")


def _utf8_lines(fh: IO[bytes], name: str) -> Iterator[str]:
    for number, raw in enumerate(_bounded_lines(fh, name), 1):
        if b"\x00" in raw:
            raise ParseError(name, number, "binary file (NUL byte); expected CSV/TSV text")
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as err:
            raise ParseError(name, number, f"cannot decode byte {raw[err.start]:#04x} as UTF-8 "
                             f"({not_utf8_advice(raw)})") from None


#: Delimiters a ``.csv`` file may use: Excel writes ``;`` where the decimal mark is a comma
#: (most of Europe, Latin America), and a tab for "Unicode text".
_DELIMITERS = (",", ";", "\t")
_SHOWN = {",": "comma", ";": "semicolon", "\t": "tab"}
#: How much of a CSV file's start is read to choose its delimiter: enough rows to see
#: which delimiter splits every one of them, not so much that a huge file waits on it.
_SNIFF_LINES = 50
SNIFF_CHARS = 64 * 1024
#: csv.Sniffer's quote search is quadratic in its input (24 s CPU on 64 KiB of '",'):
#: it only breaks ties, on at most this much text (0.1 s at worst).
_SNIFFER_CHARS = 4 * 1024


@dataclass(frozen=True)
class _Fit:
    """How well a delimiter splits a file's first rows."""

    delimiter: str
    header: bool        # the first row reads as a header of known column names
    even: bool          # every row has the same number of columns
    columns: int        # the first row's column count


def _fit(sample: str, cut: bool, delimiter: str) -> _Fit | None:
    """How *delimiter* splits *sample*; None unless it gives every row two columns or more.

    *cut*: the sample ends inside the file, so its last row may be incomplete and is
    not counted (nor is a quoted field the sample cuts off).
    """
    reader = csv.reader(io.StringIO(sample), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    try:
        rows.extend(row for row in reader if any(cell.strip() for cell in row))
    except csv.Error:
        cut = True     # bad quoting for this delimiter, or a field the sample cuts off
    if cut and len(rows) > 1:
        rows.pop()
    if not rows or min(len(row) for row in rows) < 2:
        return None
    return _Fit(delimiter, _header_layout(rows[0], "en", "zh-CN") is not None,
                len({len(row) for row in rows}) == 1, len(rows[0]))


def _sniffed(sample: str, fits: list[_Fit]) -> str:
    """The delimiter csv.Sniffer picks among *fits* (restricted to them), "" when it cannot."""
    try:
        dialect = csv.Sniffer().sniff(sample[:_SNIFFER_CHARS],
                                      delimiters="".join(f.delimiter for f in fits))
    except csv.Error:
        return ""
    return str(dialect.delimiter)


def sniff_delimiter(start: str, name: str, *,
                    on_warning: Callable[[str], None] | None = None) -> str:
    """The delimiter (``,``, ``;`` or a tab) of the CSV file *name*, which begins with *start*.

    Only the first 64 KiB of *start* are read (longer: its last row may be cut
    off and is not counted).  A delimiter fits when it splits every row of the
    sample into two cells or more; one that fits alone is taken.  When several
    fit, the first of these wins: one that makes the first row a header of known
    column names, one that gives every row the same number of columns,
    csv.Sniffer's choice among them, then ``,`` before ``;`` before a tab; and
    *on_warning* (else :func:`warnings.warn`) hears, with *name* and line 1,
    which was taken and which would also have split every row.  When none fits,
    ``,`` (the rows then fail with "is the delimiter right?").
    """
    cut = len(start) > SNIFF_CHARS
    sample = start[:SNIFF_CHARS]
    fits = [fit for d in _DELIMITERS if (fit := _fit(sample, cut, d)) is not None]
    if not fits:
        return ","
    if len(fits) == 1:
        return fits[0].delimiter
    sniffed = _sniffed(sample, fits)
    best = min(fits, key=lambda f: (not f.header, not f.even, f.delimiter != sniffed,
                                    _DELIMITERS.index(f.delimiter)))
    others = " or ".join(_SHOWN[f.delimiter] for f in fits if f is not best)
    warn = on_warning or _default_warn
    warn(f"{name}:1: read as {_SHOWN[best.delimiter]}-separated ({best.columns} columns); "
         f"{others} would also split every row: check the columns, or save the file with "
         "one delimiter that no cell holds unquoted")
    return best.delimiter


def _default_warn(message: str) -> None:
    warnings.warn(message, UserWarning, stacklevel=4)


def _first_lines(lines: Iterator[str]) -> list[str]:
    """The first lines of *lines* that choose the delimiter (consumed from *lines*)."""
    taken: list[str] = []
    size = 0
    for line in lines:
        taken.append(line)
        size += len(line)
        if len(taken) >= _SNIFF_LINES or size > SNIFF_CHARS:
            break
    return taken


#: What the first line of a Wordfast TXT translation memory holds (``%Wordfast TM v.5.51r``).
_WORDFAST_HEADER = "%Wordfast TM"


def _refuse_a_wordfast_memory(first: list[str], name: str) -> None:
    """ParseError for a Wordfast TXT memory: a tab-separated file whose columns are not a table's.

    Its rows are date, user, count, language, source, language, target; read
    as source and target columns they would fill a memory with dates.
    """
    if first and first[0].lstrip("\ufeff").startswith("%") and _WORDFAST_HEADER in first[0]:
        raise ParseError(name, 1, "a Wordfast TM (tab-separated text), which tm does not read: "
                                  "export the memory from Wordfast as TMX and import that")


#: Excel's delimiter directive, a first line ``sep=;`` (written by tools that export CSV for
#: Excel in locales whose decimal mark is a comma; Excel obeys it and does not show it).
_EXCEL_SEPARATOR = re.compile(r"\ufeff?sep=([,;\t|])\r?\n?\Z")


def read_csv(path: str | os.PathLike[str], *, delimiter: str | None = None,
             source_lang: str = "en", target_lang: str = "zh-CN",
             encoding: str | None = None,
             on_warning: Callable[[str], None] | None = None) -> Iterator[Unit]:
    """Yield a Unit per row of CSV/TSV file *path* (``-`` = stdin), streaming.

    The delimiter is *delimiter*, else a tab for ``.tsv``/``.tab`` files; in
    other files the first rows decide between ``,``, ``;`` (Excel in locales whose
    decimal mark is a comma) and a tab (see :func:`sniff_delimiter`; *on_warning*,
    else :func:`warnings.warn`, hears which was taken when more than one fits).
    UTF-8 (with or without BOM), UTF-16 with a BOM, or *encoding* (GB18030,
    Big5...).  ``source_lang``/``target_lang`` columns give each row its
    languages.  In a table with the header :func:`write_csv` writes, an
    apostrophe it wrote before a formula character is removed; in any other
    table a leading apostrophe is text (``'-' means none``) and is kept.  A first
    line ``sep=;`` (Excel's delimiter directive) names the delimiter and is no row.
    Blank rows are skipped; a row with fewer than two columns, bad quoting or
    undecodable bytes raises ParseError with the line.
    ``origin`` is ``file:line``.
    """
    name = str(path)
    tsv = _is_tsv(name, delimiter)
    fh = open_binary(name)
    lines = _decoded_lines(fh, name, encoding)
    try:
        first = _first_lines(lines)
        _refuse_a_wordfast_memory(first, name)
        directive = _EXCEL_SEPARATOR.match(first[0]) if first and not tsv else None
        if directive is not None:   # a blank line for it: the rows keep their line numbers
            first[0] = "\n"
        sep = delimiter or (directive.group(1) if directive else None) or (
            "\t" if tsv else sniff_delimiter("".join(first), name, on_warning=on_warning))
        units = _rows_to_units(itertools.chain(first, lines), name, tsv, sep,
                               normalize_lang(source_lang), normalize_lang(target_lang),
                               on_warning or _default_warn)
        yield from _refuse_misread_chinese(units, name, encoding)
    finally:
        lines.close()   # before the file: its text wrapper lets go of it first
        if name != "-":
            fh.close()


#: What Python's csv module says when the input ends inside a quoted cell.
_UNCLOSED = "unexpected end of data"


def _rows(fh: Iterable[str], name: str, tsv: bool,
          delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(line, cells) per non-blank row, errors mapped to ParseError."""
    if tsv:  # the delimiter is a tab
        yield from _tsv_rows(fh, name)
        return
    reader = csv.reader(fh, delimiter=delimiter, strict=True)
    line = 1
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                yield line, row
            line = reader.line_num + 1
    except csv.Error as err:
        if str(err) == _UNCLOSED:  # the file ended inside a quoted cell: name where it opened
            raise ParseError(name, line, "bad CSV: a quoted cell that starts on this row is "
                             "never closed (a stray \" before the text?)") from None
        raise ParseError(name, reader.line_num or line, f"bad CSV: {err}") from None


def _tsv_rows(lines: Iterable[str], name: str) -> Iterator[tuple[int, list[str]]]:
    """(line, cells) per non-blank TSV row: Excel's quoting undone, then tm's escapes."""
    for line, raw in tsv_records(lines):
        if not any(cell.strip() for cell in raw):
            continue
        if any("\r" in cell for cell in raw if not _EXCEL_CELL.fullmatch(cell)):
            raise ParseError(name, line, "bad TSV: a carriage return inside a row (classic "
                             "Mac line ends? save the file with LF or CRLF line ends)")
        if any(len(cell) > FIELD_LIMIT for cell in raw):     # as csv's limit on a CSV cell
            raise ParseError(name, line, f"bad TSV: field larger than field limit "
                             f"({FIELD_LIMIT})")
        yield line, [_TSV_UNESCAPE.sub(lambda m: _TSV_CHARS[m.group(1)], _excel_unquoted(c))
                     for c in raw]


def _refuse_misread_chinese(units: Iterable[Unit], name: str,
                            encoding: str | None) -> Iterator[Unit]:
    """*units*, or ParseError at the row whose Chinese side is GBK/Big5 misread.

    A single-byte *encoding* (latin-1) decodes a GBK file without an error and
    the Chinese column comes out as mojibake; see tm._shared.misread.ChineseMisread.
    """
    check = ChineseMisread(encoding)
    for unit in units:
        if check.active:
            for text, lang in ((unit.source, unit.source_lang), (unit.target, unit.target_lang)):
                reading = check.wrong_reading(text) if is_chinese(lang) else None
                if reading is not None:
                    raise ParseError(name, unit.origin.line, check.message(text, reading, lang))
        yield unit


def _rows_to_units(fh: Iterable[str], name: str, tsv: bool, delimiter: str,
                   source_lang: str, target_lang: str,
                   warn: Callable[[str], None]) -> Iterator[Unit]:
    layout: _Layout | None = None
    first = True
    for line, row in _rows(fh, name, tsv, delimiter):
        if first:
            first = False
            layout = _header_layout(row, source_lang, target_lang)
            if layout is not None:
                if layout.ignored:
                    warn(f"{name}:{line}: columns left out: {', '.join(layout.ignored)} "
                         "(tm reads source, target, context, note, fuzzy and languages)")
                continue
        if layout is None:
            layout = _Layout({"source": 0, "target": 1, "context": 2, "note": 3},
                             source_lang, target_lang)
        yield _unit(row, layout, name, line)


def _unit(row: list[str], layout: _Layout, name: str, line: int) -> Unit:
    cols = layout.columns
    need = max(cols["source"], cols["target"]) + 1
    if len(row) < need:
        raise ParseError(name, line, f"expected at least {need} columns (source and target), "
                         f"found {len(row)}; is the delimiter right?")

    def cell(field: str) -> str:
        i = cols.get(field)
        if i is None or i >= len(row):
            return ""
        return _NEUTRALISED.sub("", row[i]) if layout.neutralised else row[i]

    notes = [cell("note"), *(row[i] for i in layout.more_notes if i < len(row))]
    return Unit(source=cell("source"), target=cell("target"), context=cell("context"),
                note="\n".join(note for note in notes if note), origin=Origin(name, line),
                fuzzy=cell("fuzzy").strip().lower() in _FUZZY,
                source_lang=normalize_lang(cell("source_lang")) or layout.source_lang,
                target_lang=normalize_lang(cell("target_lang")) or layout.target_lang)


def write_csv(units: Iterable[Unit], path: str | os.PathLike[str], *,
              delimiter: str | None = None, header: bool = True, excel: bool = False,
              neutralise: bool | None = None) -> int:
    """Write *units* as rows ``source, target, context, note, source_lang, target_lang, fuzzy``.

    ``fuzzy`` holds ``fuzzy`` for a translation to review (an untrusted or
    fuzzy unit), so a table exported and imported again keeps it untrusted.

    The delimiter defaults as in :func:`read_csv` (tab for ``.tsv``); the file is
    written atomically (``-`` = stdout) with a header row unless *header* is false;
    the count of units is returned.  A cell a spreadsheet would run as a
    formula (``=SUM(...)``, ``+86 10...``, ``-1``, ``@x``) gets a leading
    apostrophe (*neutralise*; on by default for CSV), which :func:`read_csv`
    removes again when it finds the header written here (so *header* false
    leaves it in the cells read back); a cell that itself begins with an
    apostrophe before a formula character gets one more, neutralised or not, so
    every cell reads back as it was.  *excel* writes what Excel on Windows opens as it is: UTF-8
    with a BOM (else Chinese shows as mojibake), CRLF line ends, formulas
    neutralised.
    """
    name = str(path)
    tsv = _is_tsv(name, delimiter)
    sep = delimiter or ("\t" if tsv else ",")
    guard = excel or (not tsv if neutralise is None else neutralise)
    end = "\r\n" if excel else "\n"
    count = 0
    with atomic_writer(name, newline="") as fh:
        if excel:
            fh.write("\ufeff")
        buffer = io.StringIO()
        # "\r\n" as the writer's line end, so a cell holding a lone CR is quoted too.
        writer = csv.writer(buffer, delimiter=sep, lineterminator="\r\n")
        rows = ([unit.source, unit.target, unit.context, unit.note, unit.source_lang,
                 unit.target_lang, "fuzzy" if unit.fuzzy else ""] for unit in units)
        for index, cells in enumerate(itertools.chain([_HEADER] if header else [], rows)):
            if guard and (index or not header):
                cells = [_neutralised(c) for c in cells]
            elif index and header:
                cells = [_apostrophe_kept(c) for c in cells]
            if tsv:
                fh.write(sep.join(_tsv_escape(c) for c in cells) + end)
            else:
                writer.writerow(cells)
                fh.write(buffer.getvalue()[:-2] + end)
                buffer.seek(0)
                buffer.truncate()
            count += 1
    return count - (1 if header else 0)


def _neutralised(cell: str) -> str:
    """*cell* with an apostrophe before a formula character (and before such an apostrophe)."""
    return "'" + cell if cell.lstrip("'").startswith(_FORMULA) else cell


def _apostrophe_kept(cell: str) -> str:
    """*cell* as a table with tm's header writes it when formulas are left as they are.

    :func:`read_csv` removes one leading apostrophe before (apostrophes and) a formula
    character from every cell of such a table, as the mark it wrote when it neutralised;
    a cell that already begins that way gets one more, so it reads back as it was.
    """
    return "'" + cell if _NEUTRALISED.match(cell) else cell


def _tsv_escape(cell: str) -> str:
    """*cell* as tm's TSV writes it: tm's escapes, and Excel's quotes where the reader
    would otherwise take the escaped text for a cell Excel quoted (four quotation
    marks are one to Excel: tm writes them quoted, each doubled, so they read back
    as four)."""
    escaped = ("".join(_TSV_ESCAPES.get(ch, ch) for ch in cell)
               if any(ch in cell for ch in _TSV_ESCAPES) else cell)
    if escaped.startswith('"') and _excel_unquoted(escaped) != escaped:
        return '"' + escaped.replace('"', '""') + '"'
    return escaped
