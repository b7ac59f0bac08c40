"""Reading PO/POT text into polib objects, exactly and in linear time (private).

polib's own parser is not used: it splits text with ``str.splitlines`` (so a
string holding U+2028, U+0085, U+001C... is cut and loses characters), takes
a string that names an existing file for a path to open, grows strings by
repeated concatenation (quadratic on a million continuation lines), and
accepts what msgfmt refuses (duplicate messages, unknown escapes,
``msgstr[1]`` without ``msgid_plural``).  This reader splits lines on
``"\\n"`` only, never touches the file system, joins string pieces once, and
reports every problem as msgfmt words it, with the line (``ParseError``).
The result is a :class:`polib.POFile`, so the rest of tm works on polib's
data model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import polib

from tm._shared.lang import is_language, looks_like_name
from tm.errors import ParseError

__all__ = ["parse_po"]

#: A quoted PO string at the start of the text: its body, escapes not yet resolved.
#: (Runs of plain characters, then an escape and its run, and so on: the same strings as
#: one alternation per character, ``"((?:[^"\\\n]|\\.)*)"``, read several times faster.)
_STRING = re.compile(r'"([^"\\\n]*(?:\\.[^"\\\n]*)*)"')
_ESCAPE = re.compile(r"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]+)|(.))", re.DOTALL)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f",
                   "v": "\v", "\\": "\\", '"': '"'}
_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?(?=[\s\"])")
#: Keywords in the order an entry may hold them.
_ORDER = {"msgctxt": 0, "msgid": 1, "msgid_plural": 2, "msgstr": 3}


def _unescape(body: str, name: str, line: int, column: int) -> str:
    """Resolve the C escapes gettext knows in *body*; anything else is msgfmt's error."""
    if "\\" not in body:
        return body

    def replace(found: re.Match[str]) -> str:
        octal, hexa, char = found.groups()
        if octal is not None or hexa is not None:
            value = int(octal, 8) if octal is not None else int(hexa, 16)
            if value < 0x80:
                return chr(value)
            raise ParseError(name, line, f"byte escape {found.group()} is not UTF-8 "
                                         f"(column {column + found.start() + 2})")
        if char in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[char]
        raise ParseError(name, line, "invalid control sequence (column "
                                     f"{column + found.start() + 2})")

    return _ESCAPE.sub(replace, body)


@dataclass
class _Field:
    """One keyword of an entry being read: its pieces of text and where it started."""

    keyword: str
    index: int | None
    line: int
    pieces: list[str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(self.pieces)


@dataclass
class _Entry:
    """An entry being read: comments first, then its keywords."""

    start: int = 0
    obsolete: bool | None = None
    tcomment: list[str] = field(default_factory=list)
    comment: list[str] = field(default_factory=list)
    occurrences: list[tuple[str, str]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    previous: list[_Field] = field(default_factory=list)
    fields: list[_Field] = field(default_factory=list)


class _Reader:
    """A line-driven reader of PO text: comments, keywords and continuation strings."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.po = polib.POFile(wrapwidth=79)
        self.entry = _Entry()
        self.has_header = False
        self.seen: dict[tuple[str | None, str], int] = {}
        self.line = 0
        self.target: _Field | None = None  # where a continuation string goes
        self.mode = (False, False)  # (obsolete, previous) of the line that opened target

    def error(self, message: str, line: int | None = None) -> ParseError:
        return ParseError(self.name, self.line if line is None else line, message)

    # -- lines ---------------------------------------------------------------
    def feed(self, raw: str) -> None:
        """Read one line (without its "\\n")."""
        text = raw.strip(" \t\r\f\v")
        if not text:
            return
        if text.startswith("#") and not text.startswith(("#~", "#|")):
            # A comment keeps its text to the end of the line (less a CRLF's CR).
            self.comment_line(raw.lstrip(" \t")[:-1] if raw.endswith("\r") else raw.lstrip(" \t"))
        elif text.startswith("#~"):
            rest = text[2:]
            previous = rest.startswith("|")
            if previous or rest.strip():
                self.keyword_line((rest[1:] if previous else rest).strip(), (True, previous))
        elif text.startswith("#|"):
            self.keyword_line(text[2:].strip(), (False, True))
        else:
            self.keyword_line(text, (False, False))

    def comment_line(self, text: str) -> None:
        """A translator (``#``), extracted (``#.``), reference (``#:``) or flag (``#,``) line."""
        self.start_entry_if_done()
        self.target = None
        entry = self.entry
        kind, body = text[1:2], text[2:]
        if kind == ".":
            entry.comment.append(body[1:] if body.startswith(" ") else body)
        elif kind == ":":
            entry.occurrences += [_occurrence(ref) for ref in body.split()]
        elif kind == ",":
            entry.flags += [f.strip() for f in body.split(",") if f.strip()]
        else:
            comment = text[1:]
            entry.tcomment.append(comment[1:] if comment.startswith(" ") else comment)
        entry.start = entry.start or self.line

    def start_entry_if_done(self) -> None:
        """A comment or a new message after a msgstr begins the next entry."""
        fields = self.entry.fields
        if fields and fields[-1].keyword == "msgstr":
            self.finish()

    def keyword_line(self, text: str, mode: tuple[bool, bool]) -> None:
        """A keyword with its strings, or a continuation string, in *mode* (obsolete, previous)."""
        found = _KEYWORD.match(text)
        if found is None:
            if not text.startswith('"'):
                raise self.error("syntax error")
            if self.target is None or self.mode != mode:
                raise self.error("syntax error: a string without a keyword before it")
            self.strings(text, 0, self.target)
            return
        keyword, index = found.group(1), found.group(2)
        if index is not None and keyword != "msgstr":
            raise self.error("syntax error")
        item = _Field(keyword, None if index is None else int(index), self.line)
        if mode[1]:
            if keyword == "msgstr":
                raise self.error("syntax error: 'msgstr' in a previous-message (#|) comment")
            self.start_entry_if_done()
            self.entry.previous.append(item)
        else:
            self.start_keyword(item, mode[0])
            self.entry.fields.append(item)
        self.entry.start = self.entry.start or self.line
        self.target, self.mode = item, mode
        self.strings(text, found.end(), item)

    def start_keyword(self, item: _Field, obsolete: bool) -> None:
        """Check *item* may come next in the entry (a new message begins a new entry)."""
        fields = self.entry.fields
        last = fields[-1] if fields else None
        if last is not None and last.keyword == "msgstr" and item.keyword != "msgstr":
            self.finish()
            last = None
        if last is not None and self.entry.obsolete != obsolete:
            raise self.error("syntax error: an obsolete (#~) and an active line in one entry")
        if last is None:
            if item.keyword not in ("msgctxt", "msgid"):
                raise self.error(f"syntax error: '{item.keyword}' without a 'msgid' before it")
        elif last.keyword == "msgctxt" and item.keyword != "msgid":
            raise self.error("syntax error: 'msgctxt' must be followed by 'msgid'")
        elif _ORDER[item.keyword] < _ORDER[last.keyword] or (
                last.keyword == item.keyword
                and (item.keyword != "msgstr" or item.index is None or last.index is None)):
            raise self.error("syntax error")
        self.entry.obsolete = obsolete

    def strings(self, text: str, at: int, item: _Field) -> None:
        """Read the quoted strings of *text* from *at* into *item*."""
        count = 0
        while True:
            while at < len(text) and text[at] in " \t\r\f\v":
                at += 1
            if at >= len(text):
                break
            if text[at] != '"':
                raise self.error(f"syntax error (column {at + 1})")
            found = _STRING.match(text, at)
            if found is None:
                raise self.error("end-of-line within string")
            item.pieces.append(_unescape(found.group(1), self.name, self.line, at + 1))
            at = found.end()
            count += 1
        if not count:
            raise self.error(f"syntax error: '{item.keyword}' without a string")

    # -- entries -------------------------------------------------------------
    def finish(self) -> None:
        """Turn the entry read so far into a polib entry (or the header)."""
        entry, self.entry, self.target = self.entry, _Entry(), None
        if not entry.fields:
            if entry.previous:
                raise self.error("syntax error: a previous message (#|) without a message",
                                 entry.start)
            return  # comments after the last message: gettext drops them too
        values = _Values(entry)
        values.check(self)
        for item in entry.fields:
            if "\x04" in item.text():
                raise self.error("context separator <EOT> within string", item.line)
        if values.msgid == "" and values.msgctxt is None and not entry.obsolete \
                and not self.has_header:
            self.set_header(entry, values)
            return
        if not entry.obsolete:
            key = (values.msgctxt, values.msgid or "")
            first = self.seen.get(key)
            if first is not None:
                raise self.error(f"duplicate message definition (first defined at line {first})",
                                 values.msgid_line)
            self.seen[key] = values.msgid_line
        self.po.append(values.to_polib(entry))

    def set_header(self, entry: _Entry, values: _Values) -> None:
        self.has_header = True
        self.po.header = "\n".join(entry.tcomment)
        self.po.metadata_is_fuzzy = "fuzzy" in entry.flags
        msgstr = next(item for item in entry.fields if item.keyword == "msgstr")
        try:
            self.po.metadata = _metadata(values.msgstr or "")
        except _HeaderLineError as problem:
            # gettext reads such a header (msgfmt -c accepts it): so does tm, as gettext
            # does; only writing the file back, which would lose the line, is refused.
            self.po.metadata = _metadata(values.msgstr or "", as_gettext=True)
            setattr(self.po, UNWRITABLE_HEADER, self.error(
                f"{problem.message}: tm cannot write this header back unchanged",
                _line_of(msgstr, problem.offset)))
        self.check_languages(msgstr, values.msgstr or "")
        self.seen[(None, "")] = values.msgid_line

    def check_languages(self, msgstr: _Field, text: str) -> None:
        """Refuse a language field holding a NAME tm cannot read (``Language: Klingon (Mars)``).

        A name tm reads (``Chinese (China)``) is read as its code everywhere
        (tm._shared.lang); a code-shaped value is kept as before.  Stored under an
        unreadable name, units would be found by no language and checked as none.
        """
        for key in _LANGUAGE_FIELDS:
            value = self.po.metadata.get(key, "").strip()
            if value in _PLACEHOLDERS or not looks_like_name(value) or is_language(value):
                continue
            found = re.search(rf"(?m)^{re.escape(key)}\s*:", text)
            line = _line_of(msgstr, found.start()) if found else self.line
            shown = value.splitlines()[0]
            shown = shown if len(shown) <= _SHOWN else shown[:_SHOWN].rstrip() + "…"
            raise self.error(f"{key} header {shown!r} is no language tm "
                             "can read: write its code (zh_CN, zh_TW, en)", line)


class _Values:
    """The strings of a finished entry, checked as msgfmt checks them."""

    def __init__(self, entry: _Entry) -> None:
        self.msgctxt: str | None = None
        self.msgid: str | None = None
        self.msgid_plural: str | None = None
        self.msgstr: str | None = None
        self.plural: list[_Field] = []
        self.msgid_line = entry.start
        for item in entry.fields:
            if item.index is not None:
                self.plural.append(item)
            elif item.keyword == "msgid":
                self.msgid, self.msgid_line = item.text(), item.line
            elif item.keyword == "msgctxt":
                self.msgctxt = item.text()
            elif item.keyword == "msgid_plural":
                self.msgid_plural = item.text()
            else:
                self.msgstr = item.text()
        self.previous = {item.keyword: item.text() for item in entry.previous}

    def check(self, reader: _Reader) -> None:
        """Raise what msgfmt says of a message missing a part or with misnumbered plurals."""
        if self.msgid is None:
            raise reader.error("syntax error: missing 'msgid'", self.msgid_line)
        if self.plural and self.msgid_plural is None:
            raise reader.error("missing 'msgid_plural' section", self.msgid_line)
        if self.msgid_plural is not None:
            if self.msgstr is not None or not self.plural:
                raise reader.error("syntax error: 'msgid_plural' needs 'msgstr[0]'...",
                                   self.msgid_line)
            for expected, item in enumerate(self.plural):
                if item.index != expected:
                    raise reader.error("plural form has wrong index", item.line)
        elif self.msgstr is None:
            raise reader.error("missing 'msgstr' section", self.msgid_line)

    def to_polib(self, entry: _Entry) -> polib.POEntry:
        """The polib entry holding these values and the comments of *entry*."""
        return polib.POEntry(
            msgid=self.msgid or "", msgstr=self.msgstr or "", msgctxt=self.msgctxt,
            msgid_plural=self.msgid_plural or "",
            msgstr_plural={item.index: item.text() for item in self.plural},
            occurrences=entry.occurrences, flags=entry.flags,
            comment="\n".join(entry.comment), tcomment="\n".join(entry.tcomment),
            obsolete=bool(entry.obsolete), linenum=entry.start,
            previous_msgctxt=self.previous.get("msgctxt"),
            previous_msgid=self.previous.get("msgid"),
            previous_msgid_plural=self.previous.get("msgid_plural"),
        )


def _occurrence(ref: str) -> tuple[str, str]:
    """``file.txt:12`` -> ("file.txt", "12"); a reference without a line number keeps it all."""
    path, sep, line = ref.rpartition(":")
    return (path, line) if sep and line.isdigit() else (ref, "")


#: Header fields that name a language (gettext's, and the source language tm writes).
_LANGUAGE_FIELDS = ("Language", "X-Source-Language")
#: How much of a language field an error message shows (a hostile one is any length).
_SHOWN = 60
#: gettext's template placeholder for a language, no language yet.
_PLACEHOLDERS = frozenset({"LANGUAGE"})


class _HeaderLineError(Exception):
    """A header line that the fields cannot hold: what is wrong, and where it starts."""

    def __init__(self, offset: int, message: str) -> None:
        super().__init__(message)
        self.offset, self.message = offset, message


#: Attribute of a POFile read with a header line its fields cannot hold: the ParseError
#: that writing it back raises (tm.formats.po), naming the file and line.
UNWRITABLE_HEADER = "tm_unwritable_header"


def _metadata(text: str, *, as_gettext: bool = False) -> dict[str, str]:
    """Header fields ``Key: value`` of the header msgstr (a line without ``:`` continues).

    A continuation line is kept exactly, after a line break in its field's
    value, so the header is written back as it was.  A line before any field,
    and a second field of the same name, have no place in the fields: refused
    (_HeaderLineError), never dropped — unless *as_gettext*, which reads them as
    gettext does: the first of two fields of a name wins, a line before any field
    is passed over.
    """
    fields: dict[str, str] = {}
    key = None
    offset = 0
    for line in text.split("\n"):
        name, sep, value = line.partition(":")
        if sep and name.strip():
            key = name.strip()
            if key in fields:
                if not as_gettext:
                    raise _HeaderLineError(offset, f"header field '{key}' given twice")
                key = None  # gettext finds the first; what continues the second is its own
            else:
                fields[key] = value.strip()
        elif line.strip():
            if key is None:
                if not as_gettext:
                    raise _HeaderLineError(offset, f"header line {line.strip()!r} is not a "
                                                   "'Field: value' line")
            else:
                fields[key] += "\n" + line
        offset += len(line) + 1
    return fields


def _line_of(item: _Field, offset: int) -> int:
    """The file line of the string piece of *item* that holds character *offset* of its text."""
    for number, piece in enumerate(item.pieces):
        if offset < len(piece):
            return item.line + number
        offset -= len(piece)
    return item.line


def parse_po(text: str, name: str) -> polib.POFile:
    """Parse PO/POT *text* read from *name* (for messages) into a POFile.

    Lines are split on ``"\\n"`` only; every string is kept exactly.  Raises
    ParseError (``name:line: message``) for what msgfmt refuses.
    """
    reader = _Reader(name)
    start = 1 if text.startswith("\ufeff") else 0
    length = len(text)
    while start < length:
        end = text.find("\n", start)
        if end < 0:
            end = length
        reader.line += 1
        reader.feed(text[start:end])
        start = end + 1
    reader.finish()
    reader.po.fpath = name
    reader.po.encoding = "utf-8"
    return reader.po
