"""Reading input and writing output safely.

Every command reads through :func:`read_text` (``-`` is stdin; BOM, CRLF and
encodings handled; binary and undecodable input refused with the file and line)
and writes through :func:`write_output` (``-`` is stdout; files are written to a
temporary file in the same folder and renamed, so a failure never leaves a
half-written or corrupted file behind).
"""

from __future__ import annotations

import codecs
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, BinaryIO

from tm.errors import ParseError, TMError

__all__ = [
    "atomic_writer", "decode_bytes", "open_binary", "read_bytes", "read_text", "write_output",
]

STDIO = "-"


def _unreadable(name: str, err: OSError) -> ParseError:
    """The one-line error for a file that cannot be opened."""
    if isinstance(err, FileNotFoundError):
        return ParseError(name, 0, "no such file")
    if isinstance(err, IsADirectoryError):
        return ParseError(name, 0, "is a directory, not a file")
    return ParseError(name, 0, err.strerror or str(err))


def open_binary(path: str | os.PathLike[str]) -> BinaryIO:
    """Open *path* for streaming binary reads (``-`` = stdin), or raise ParseError."""
    name = str(path)
    if name == STDIO:
        return sys.stdin.buffer
    try:
        return open(name, "rb")
    except OSError as err:
        raise _unreadable(name, err) from None


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """Return the bytes of *path* (``-`` reads stdin), raising ParseError if unreadable."""
    name = str(path)
    if name == STDIO:
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except OSError as err:
        raise _unreadable(name, err) from None


def decode_bytes(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode *data* read from *name* into text with LF line ends.

    UTF-8 (with or without a BOM) is the default; UTF-16 is recognised by its
    BOM.  A NUL byte in UTF-8 input means a binary file.  Undecodable bytes
    raise ParseError naming the line of the first bad byte.
    """
    if encoding is None:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding = "utf-16"
        else:
            encoding = "utf-8-sig"
            if b"\x00" in data:
                line = data.count(b"\n", 0, data.index(b"\x00")) + 1
                raise ParseError(name, line, "binary file (NUL byte); expected text")
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ValueError(f"unknown encoding {encoding!r}") from None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        hint = " (pass --encoding, e.g. --encoding gb18030)" if "utf" in encoding else ""
        shown = "UTF-8" if encoding == "utf-8-sig" else encoding
        raise ParseError(
            name, line, f"cannot decode byte {data[err.start]:#04x} as {shown}{hint}"
        ) from None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def read_text(path: str | os.PathLike[str], encoding: str | None = None) -> str:
    """Read a text file (``-`` for stdin) as a str with LF line ends; see decode_bytes."""
    return decode_bytes(read_bytes(path), str(path), encoding)


class atomic_writer:
    """Context manager that writes a file atomically.

    Data goes to a temporary file beside *path*; on a clean exit it is flushed,
    fsynced and renamed over *path*.  On an exception the temporary file is
    removed and *path* is untouched.  ``-`` writes to stdout instead.
    """

    def __init__(self, path: str | os.PathLike[str], mode: str = "w",
                 encoding: str = "utf-8", newline: str | None = "\n") -> None:
        self.path = str(path)
        self.mode = mode
        self.encoding = encoding
        self.newline = newline
        self._tmp: str | None = None
        self._fh: IO[str] | IO[bytes] | None = None

    def __enter__(self) -> IO[str]:
        if self.path == STDIO:
            return sys.stdout
        folder = os.path.dirname(os.path.abspath(self.path))
        try:
            fd, self._tmp = tempfile.mkstemp(prefix=".tm-", suffix=".tmp", dir=folder)
        except OSError as err:
            raise TMError(f"{self.path}: cannot write: {err.strerror or err}") from None
        if "b" in self.mode:
            self._fh = os.fdopen(fd, self.mode)
        else:
            self._fh = os.fdopen(fd, self.mode, encoding=self.encoding, newline=self.newline)
        return self._fh  # type: ignore[return-value]

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self.path == STDIO:
            sys.stdout.flush()
            return
        assert self._fh is not None and self._tmp is not None
        try:
            if exc_type is None:
                self._fh.flush()
                os.fsync(self._fh.fileno())
            self._fh.close()
            if exc_type is None:
                if os.path.exists(self.path):
                    os.chmod(self._tmp, os.stat(self.path).st_mode & 0o7777)
                else:
                    os.chmod(self._tmp, 0o644)
                try:
                    os.replace(self._tmp, self.path)
                except OSError as err:
                    raise TMError(f"{self.path}: cannot write: {err.strerror or err}") from None
                self._tmp = None
        finally:
            if self._tmp is not None and os.path.exists(self._tmp):
                os.unlink(self._tmp)


def write_output(path: str | os.PathLike[str], render: Callable[[IO[str]], None]) -> None:
    """Call *render* with a text stream for *path* (``-`` = stdout), written atomically."""
    with atomic_writer(path) as fh:
        render(fh)
