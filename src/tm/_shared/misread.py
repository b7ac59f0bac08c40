"""Noticing text read with the wrong ``--encoding``, before it reaches a memory as mojibake.

``tm import vendor.csv --encoding latin-1`` on a file that is really UTF-8 decodes
without error (every byte is a Latin-1 character) and stores ``å¬å¼`` for
``公式``; as "a changed translation" it even replaced the good one already in the
memory.  Text in a legacy encoding is almost never valid UTF-8 once it holds a few
non-ASCII characters (each multi-byte sequence must follow UTF-8's strict lead and
continuation pattern), so valid UTF-8 holding :data:`EVIDENCE` non-ASCII
characters that the given encoding reads differently is refused, with the line.

The same damage comes from a GBK or Big5 file read with a single-byte
``--encoding`` (latin-1, cp1252): every byte is a character, so nothing fails,
and ``5秒后重试。`` is stored as ``5ÃëºóÖØÊÔ¡£``.  A Chinese column (a side whose
language is Chinese) holding no Han character whose bytes read as Chinese in
GB18030 or Big5 is that mistake (:class:`ChineseMisread`).
"""

from __future__ import annotations

import codecs
from functools import cache

from tm._shared.script import han_ratio, is_han
from tm.errors import ParseError

__all__ = ["EVIDENCE", "ChineseMisread", "DeclaredMisread", "Utf8Misread", "single_byte"]

#: Non-ASCII characters of valid UTF-8 needed before calling a reading wrong.  One
#: GBK or Big5 character is valid UTF-8 by chance about one time in twelve; three
#: in a row, about one in two thousand; a Latin-1 accent alone almost never.
EVIDENCE = 3


class Utf8Misread:
    """Fed the raw lines of a file read as *encoding*; says when they are UTF-8 instead.

    It stops looking at the first non-ASCII line that is not valid UTF-8 (the
    file is then really in some other encoding).
    """

    def __init__(self, encoding: str | None, *, named_by: str = "",
                 remedy: str = "") -> None:
        """*named_by* says who chose *encoding* and *remedy* what to do instead, for the
        message; by default the user's ``--encoding``, which a UTF-8 file does not need.
        A PO header's ``charset=`` or an XML declaration names one too (and lies when a
        tool or an editor re-saved the file as UTF-8 without changing it).
        """
        self.encoding = encoding
        self.active = encoding is not None
        self.seen = 0
        self.named_by = named_by or f"--encoding {encoding}"
        self.remedy = remedy or "drop --encoding, which UTF-8 files do not need"

    def wrong_reading(self, raw: bytes) -> str | None:
        """The given encoding's reading of *raw* when the evidence says it is UTF-8; else None."""
        if not self.active or raw.isascii():
            return None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            self.active = False
            return None
        assert self.encoding is not None
        reading = raw.decode(self.encoding, "replace")
        if reading == text:
            return None
        self.seen += sum(1 for c in text if ord(c) > 127)
        return reading if self.seen >= EVIDENCE else None

    def message(self, reading: str) -> str:
        """The one-line reason for refusing a file read as *reading*."""
        sample = "".join(c for c in reading if ord(c) > 127)[:12]
        return (f"this text is UTF-8, but {self.named_by} reads it as "
                f"{sample!r}...: {self.remedy}")


class DeclaredMisread:
    """Fed an XML document's bytes chunk by chunk; raises when an encoding its declaration
    names (``encoding="ISO-8859-1"``) is belied by UTF-8 text.

    The stream form of :class:`Utf8Misread`'s rule, for a reader that never holds the
    whole file: a file that is valid UTF-8 to its end (a character cut between chunks
    is fine) and holds :data:`EVIDENCE` non-ASCII characters is UTF-8, whatever the
    declaration says, and is refused at its end, naming the line where the evidence
    was complete; one byte that is not UTF-8 ends the watch (the file is in the
    declared encoding, a UTF-8 comment in it notwithstanding).  A document re-saved
    as UTF-8 by an editor keeps its old declaration: read as declared it is
    mojibake that no parser notices.
    """

    def __init__(self, encoding: str, name: str) -> None:
        self.encoding = encoding
        self.name = name
        self.active = not codecs.lookup(encoding).name.startswith("utf")
        self.seen = 0
        self.line = 1
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.proof: ParseError | None = None  # raised at the end if the file stays UTF-8

    def feed(self, chunk: bytes, final: bool = False) -> None:
        """Watch *chunk*; at the end (*final*), ParseError if the whole file was UTF-8."""
        if not self.active:
            return
        try:
            text = self.decoder.decode(chunk, final)
        except UnicodeDecodeError:
            self.active, self.proof = False, None
            return
        if self.proof is None:
            for number, line in enumerate(text.split("\n")):
                self.seen += sum(1 for c in line if ord(c) > 127)
                if self.seen >= EVIDENCE:
                    self.proof = ParseError(self.name, self.line + number, self.message(line))
                    break
            self.line += text.count("\n")
        if final and self.proof is not None:
            raise self.proof

    def message(self, line: str) -> str:
        """The one-line reason, *line* (UTF-8 text) shown as the declared encoding reads it."""
        reading = line.encode("utf-8").decode(self.encoding, "replace")
        said = Utf8Misread(self.encoding,
                           named_by=f"the XML declaration's encoding=\"{self.encoding}\"",
                           remedy="declare encoding=\"UTF-8\" in the XML declaration")
        return said.message(reading)


#: The legacy Chinese encodings a misread Chinese column is tried in, as users name them.
_CHINESE_CODECS = (("gb18030", "GB18030"), ("big5", "Big5"))
#: Share of Han characters among the non-ASCII characters that makes a re-read cell
#: Chinese: rightly read, a Chinese cell's non-ASCII characters are Han and CJK
#: punctuation; read in the other legacy encoding, private-use and Greek/Cyrillic
#: characters crowd in (Big5 read as GB18030 scores about 0.2).
_CHINESE_CELL = 0.5


@cache
def single_byte(encoding: str) -> bool:
    """Whether *encoding* maps each byte to one character (latin-1, cp1252, koi8-r ...).

    Such an encoding decodes any bytes without error, so it never fails on a
    file in another encoding; a UTF encoding is not one, whatever its bytes do.
    """
    name = codecs.lookup(encoding).name
    if name.startswith("utf"):
        return False
    return len(bytes(range(256)).decode(encoding, "replace")) == 256


class ChineseMisread:
    """Fed the Chinese-language cells of a file read as *encoding*; says when they are
    Chinese in GB18030 or Big5 read as a single-byte encoding.

    Only for a single-byte *encoding* (a multi-byte one fails loudly instead);
    a cell that holds Han characters is read right.  :data:`EVIDENCE` Han
    characters in the re-read cells are needed, so a stray accented word in a
    Chinese column is no proof.
    """

    def __init__(self, encoding: str | None) -> None:
        self.encoding = encoding
        self.active = encoding is not None and single_byte(encoding)
        self.seen = 0

    def wrong_reading(self, cell: str) -> tuple[str, str] | None:
        """``(codec shown, Chinese reading)`` when the evidence says *cell* is misread."""
        if not self.active or cell.isascii() or han_ratio(cell) > 0:
            return None
        assert self.encoding is not None
        raw = cell.encode(self.encoding, "replace")
        readings = [(_han_share(text), shown, text) for shown, text in _readings(raw)]
        if not readings:
            return None
        share, shown, text = max(readings)
        if share < _CHINESE_CELL:
            return None
        self.seen += sum(1 for c in text if is_han(c))
        return (shown, text) if self.seen >= EVIDENCE else None

    def message(self, cell: str, reading: tuple[str, str], lang: str) -> str:
        """The one-line reason for refusing a Chinese (*lang*) *cell* read as *reading*."""
        shown, text = reading
        return (f"the {lang} text {cell[:24]!r} has no Chinese character as --encoding "
                f"{self.encoding} reads it; in {shown} it reads {text[:24]!r}: pass "
                f"--encoding {shown.lower()}")


def _readings(raw: bytes) -> list[tuple[str, str]]:
    """``(codec shown, text)`` for each legacy Chinese encoding that decodes *raw*."""
    found = []
    for codec, shown in _CHINESE_CODECS:
        try:
            found.append((shown, raw.decode(codec)))
        except UnicodeDecodeError:
            continue
    return found


def _han_share(text: str) -> float:
    """Han characters among the non-ASCII characters of *text* (0.0 without any)."""
    wide = [c for c in text if ord(c) > 127]
    return sum(1 for c in wide if is_han(c)) / len(wide) if wide else 0.0
