"""Noticing UTF-8 text read with another ``--encoding``, before it reaches a memory as mojibake.

``tm import vendor.csv --encoding latin-1`` on a file that is really UTF-8 decodes
without error (every byte is a Latin-1 character) and stores ``å¬å¼`` for
``公式``; as "a changed translation" it even replaced the good one already in the
memory.  Text in a legacy encoding is almost never valid UTF-8 once it holds a few
non-ASCII characters (each multi-byte sequence must follow UTF-8's strict lead and
continuation pattern), so valid UTF-8 holding :data:`EVIDENCE` non-ASCII
characters that the given encoding reads differently is refused, with the line.
"""

from __future__ import annotations

__all__ = ["EVIDENCE", "Utf8Misread"]

#: Non-ASCII characters of valid UTF-8 needed before calling a reading wrong.  One
#: GBK or Big5 character is valid UTF-8 by chance about one time in twelve; three
#: in a row, about one in two thousand; a Latin-1 accent alone almost never.
EVIDENCE = 3


class Utf8Misread:
    """Fed the raw lines of a file read as *encoding*; says when they are UTF-8 instead.

    It stops looking at the first non-ASCII line that is not valid UTF-8 (the
    file is then really in some other encoding).
    """

    def __init__(self, encoding: str | None) -> None:
        self.encoding = encoding
        self.active = encoding is not None
        self.seen = 0

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
        return (f"this text is UTF-8, but --encoding {self.encoding} reads it as "
                f"{sample!r}...: drop --encoding, which UTF-8 files do not need")
