"""Reading input and writing output safely.

Every command reads through :func:`open_binary`, :func:`read_bytes` or
:func:`read_text` (``-`` is stdin; BOM, CRLF and encodings handled; binary and
undecodable input refused with the file and line) and writes through
:class:`atomic_writer` (``-`` is stdout).

Input that cannot be read twice -- stdin, a pipe, ``/dev/stdin``, a process
substitution ``<(...)`` -- is read once into a spool (memory, then an unlinked
temporary file past :data:`SPOOL_MEMORY` bytes) and every later open replays
it, so format detection and the reader see the same bytes whatever the pipe's
timing.

Output to a regular file goes to a temporary file in the folder of the real
file (after resolving symlinks, so a symlink keeps pointing at the updated
file) and is renamed over it: a failure never leaves a half-written file.  The
new file keeps the old one's mode and owner; a new file gets ``0o666`` less the
umask.  A file with several hard links is rewritten in place (after the whole
output was written to a temporary file), so every link sees the new content.
Character devices (``/dev/null``, a terminal) and FIFOs are written through.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import glob
import io
import os
import re
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from typing import IO, Any, BinaryIO

from tm._shared.misread import Utf8Misread
from tm._shared.script import has_han
from tm.errors import ParseError, TMError, UsageError

__all__ = [
    "STALE_AFTER", "atomic_writer", "check_encoding", "chinese_encodings", "decode_as",
    "decode_bytes",
    "encoding_problem", "forget_inputs", "not_utf8_advice", "one_line", "open_binary",
    "owned_temporary_prefix",
    "peek_bytes", "read_bytes", "read_text", "refuse_binary", "refuse_misread",
    "remove_stale_temporaries",
    "same_file", "utf8_error",
]

STDIO = "-"
#: Bytes of a non-seekable input kept in memory before its spool moves to a temporary file.
SPOOL_MEMORY = 32 * 1024 * 1024

_SPOOLS: dict[object, IO[bytes]] = {}


def _unreadable(name: str, err: OSError) -> ParseError:
    """The one-line error for a file that cannot be opened."""
    if isinstance(err, FileNotFoundError):
        return ParseError(name, 0, "no such file")
    if isinstance(err, IsADirectoryError):
        return ParseError(name, 0, "is a directory, not a file")
    return ParseError(name, 0, err.strerror or str(err))


def _stdin() -> BinaryIO:
    stdin = sys.stdin
    if stdin is None:
        raise ParseError("stdin", 0, "standard input is closed")
    with contextlib.suppress(OSError, ValueError, AttributeError, io.UnsupportedOperation):
        fd = stdin.fileno()
        _refuse_endless_device("stdin", os.fstat(fd), fd)
    return stdin.buffer


def _refuse_endless_device(name: str, info: os.stat_result, fd: int | None = None) -> None:
    """ParseError for a character device that is neither a terminal nor ``/dev/null``.

    ``/dev/zero``, ``/dev/urandom`` and their kind never end: spooling one
    (a symlink ``x.po -> /dev/zero`` in an untrusted folder is enough) filled
    the temporary folder at a gigabyte a second.
    """
    if not stat.S_ISCHR(info.st_mode):
        return
    with contextlib.suppress(OSError):
        if info.st_rdev == os.stat(os.devnull).st_rdev:
            return
    if fd is not None:
        if os.isatty(fd):
            return
    else:
        with contextlib.suppress(OSError):
            probe = os.open(name, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
            try:
                if os.isatty(probe):
                    return
            finally:
                os.close(probe)
    raise ParseError(name, 0, "is a device, not a file (tm reads files, pipes and "
                              "terminals; a device such as /dev/zero never ends)")


def _is_stream(mode: int) -> bool:
    """Pipes, sockets and character devices: what can be read only once, from the start."""
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISCHR(mode)


class _Replay(io.RawIOBase):
    """A reader over a spool with its own position, so each open starts at byte 0."""

    def __init__(self, spool: IO[bytes]) -> None:
        super().__init__()
        self._spool = spool
        self._pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        self._spool.seek(self._pos)
        data = self._spool.read(len(buffer))
        buffer[:len(data)] = data
        self._pos += len(data)
        return len(data)


def _spooled(key: object, source: Callable[[], BinaryIO], name: str) -> BinaryIO:
    """A fresh reader over the spool of *key*, reading *source* to its end the first time."""
    spool = _SPOOLS.get(key)
    if spool is None:
        spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_MEMORY)  # noqa: SIM115
        stream = source()
        try:
            shutil.copyfileobj(stream, spool)
        except OSError as err:
            spool.close()
            raise _unreadable(name, err) from None
        finally:
            if stream is not getattr(sys.stdin, "buffer", None):
                stream.close()
        _SPOOLS[key] = spool
    return io.BufferedReader(_Replay(spool))


def forget_inputs() -> None:
    """Drop the spools of non-seekable inputs (the CLI calls this when a command ends)."""
    for spool in _SPOOLS.values():
        spool.close()
    _SPOOLS.clear()


def open_binary(path: str | os.PathLike[str]) -> BinaryIO:
    """Open *path* for binary reads from its start (``-`` = stdin), or raise ParseError.

    A pipe, socket or character device (and stdin) is read once and replayed, so
    it can be opened again, e.g. after format detection peeked at it.
    """
    name = str(path)
    if name == STDIO:
        return _spooled(STDIO, _stdin, "stdin")
    if not name.strip():
        raise ParseError(repr(name), 0, "the input file name is empty")
    try:
        info = os.stat(name)
    except OSError as err:
        raise _unreadable(name, err) from None
    if _is_stream(info.st_mode):
        _refuse_endless_device(name, info)
        return _spooled((info.st_dev, info.st_ino), lambda: open(name, "rb"), name)
    try:
        return open(name, "rb")
    except OSError as err:
        raise _unreadable(name, err) from None


def peek_bytes(path: str | os.PathLike[str], size: int) -> bytes:
    """The first *size* bytes of *path* without consuming them (a pipe is spooled)."""
    with open_binary(path) as stream:
        try:
            return stream.read(size)
        except OSError as err:
            raise _unreadable(str(path), err) from None


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """Return the bytes of *path* (``-`` reads stdin), raising ParseError if unreadable."""
    with open_binary(path) as stream:
        try:
            return stream.read()
        except OSError as err:
            raise _unreadable(str(path), err) from None


#: Codecs Python names that are not the encoding of a text file: they decode
#: escapes or domain names, not characters (punycode also costs quadratic time).
_NOT_FILE_ENCODINGS = frozenset({"punycode", "idna", "unicode-escape", "raw-unicode-escape",
                                 "undefined"})


def encoding_problem(name: str) -> str | None:
    """Why *name* cannot be the encoding of a text file (None when it can).

    The one rule for encodings named by a user (``--encoding``) and by a file
    (an XML declaration): ``base64``, ``rot13``, ``zlib_codec`` and the other
    bytes-to-bytes or str-to-str codecs are refused, and so are the codecs of
    :data:`_NOT_FILE_ENCODINGS`.
    """
    try:
        info = codecs.lookup(name)
    except LookupError:
        return "is not a known encoding"
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FILE_ENCODINGS:
        return "is not a text encoding"
    return None


#: What must never reach one line of output as it is: characters some reader takes
#: for a line break (tm folds CR to LF; str.splitlines() knows the rest), and the
#: lone surrogates that stand for a file name's undecodable bytes.
_NOT_IN_A_LINE = re.compile("[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029\ud800-\udfff]")


def one_line(text: str) -> str:
    """*text* (a file name, a reference) with each line break or undecodable byte as U+FFFD."""
    return _NOT_IN_A_LINE.sub("\ufffd", text)


def check_encoding(name: str) -> str:
    """*name* if it is a text encoding for files; UsageError (one line) otherwise."""
    problem = encoding_problem(name)
    if problem:
        raise UsageError(f"{name!r} {problem}; use e.g. utf-8, gb18030, big5 or utf-16")
    return name


def decode_bytes(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode *data* read from *name* into text with LF line ends.

    UTF-8 (with or without a BOM) is the default; UTF-16 is recognised by its
    BOM.  A NUL byte in UTF-8 input means a binary file.  Undecodable bytes
    raise ParseError naming the line of the first bad byte; the ``--encoding``
    hint is given only when no encoding was chosen.
    """
    given = encoding is not None
    if encoding is None:
        encoding = _bom_encoding(data) or "utf-8-sig"
        if encoding == "utf-8-sig":
            _refuse_utf16_without_bom(data, name)
            refuse_binary(data, name, "text")
    else:
        try:
            check_encoding(encoding)
        except ValueError as err:
            raise ParseError(name, 0, str(err)) from None
    text = decode_as(data, name, encoding, "" if given else f" ({not_utf8_advice(data)})")
    if given:
        refuse_misread(data, name, Utf8Misread(encoding))
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _refuse_utf16_without_bom(data: bytes, name: str) -> None:
    """ParseError naming UTF-16 for a text in UTF-16 without a byte-order mark.

    Its line breaks and ASCII characters hold a NUL byte each, at odd offsets
    (little-endian) or even ones (big-endian; a Han character such as 一, U+4E00,
    puts one on the other side).  Decoded so, it is text: no U+0000, no lone
    surrogate, :data:`_UTF16_PRINTABLE` of it printable; a binary file is not.
    Called "a binary file (NUL byte)", the fix (``--encoding utf-16-le``) was left
    for the user to guess.
    """
    head = data[:_UTF16_SAMPLE]
    head = head[:len(head) - len(head) % 2]
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if odd == even:
        return
    codec = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = head.decode(codec)
    except UnicodeDecodeError:
        return
    printable = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
    if len(text) >= _UTF16_SHORTEST and "\x00" not in text \
            and printable >= _UTF16_PRINTABLE * len(text):
        raise ParseError(name, 1, f"the text is {codec.upper()} without a byte-order mark: "
                                  f"pass --encoding {codec}, or convert it to UTF-8")


#: How many bytes of a text are looked at to tell UTF-16 without a byte-order mark, and
#: the share of its characters that must be printable (text has few controls but its
#: line breaks and tabs; bytes of a binary file decode to controls and unassigned ones).
_UTF16_SAMPLE = 64 * 1024
_UTF16_PRINTABLE = 0.95
#: Fewer characters than this are too few to tell (a few stray bytes decode as anything).
_UTF16_SHORTEST = 16


def _bom_encoding(data: bytes) -> str | None:
    """The encoding a UTF-16 or UTF-32 byte-order mark at the start of *data* names."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"  # before UTF-16: the UTF-32 LE mark starts with the UTF-16 LE one
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def not_utf8_advice(data: bytes, *, xml: bool = False) -> str:
    """What to do about *data* (a whole file, or its start) that does not decode as UTF-8.

    The one owner of this advice: a UTF-16/32 byte-order mark names its
    encoding; bytes that read as Chinese (Han characters) in GB18030 or Big5
    suggest those; anything else (Latin-1, Windows-1252...) gets no guess.
    A text file is told to pass ``--encoding``; an *xml* document, whose
    encoding only its XML declaration can name, to declare it there.
    """
    bom = _bom_encoding(data)
    if bom:
        remedy = "convert it to UTF-8" if xml else f"pass --encoding {bom}"
        return f"it starts with a {bom.upper()} byte-order mark: {remedy}"
    chinese = {shown.lower(): shown for shown in chinese_encodings(data)}
    if chinese and xml:
        declarations = " or ".join(f'<?xml version="1.0" encoding="{shown}"?>'
                                   for shown in chinese.values())
        return (f"it reads as Chinese in {' or '.join(chinese.values())}: name it in the XML "
                f"declaration ({declarations}) or convert it to UTF-8")
    if chinese:
        options = " or ".join(f"--encoding {codec}" for codec in chinese)
        return f"it reads as Chinese in {' or '.join(chinese.values())}: pass {options}"
    if xml:
        return ("it is not UTF-8: name its encoding in the XML declaration (e.g. "
                '<?xml version="1.0" encoding="windows-1252"?>) or convert it to UTF-8')
    return ("it is not UTF-8: pass --encoding with its encoding (e.g. latin-1, cp1252), "
            "or convert it to UTF-8")


def utf8_error(chunk: bytes) -> int | None:
    """Where UTF-8 *chunk* (a piece of a stream) holds a byte that is not UTF-8; None if nowhere.

    A character cut at either end of the piece (its first bytes in the previous
    piece, its last ones in the next) is not an error.
    """
    start = 0
    while start < min(3, len(chunk)) and 0x80 <= chunk[start] < 0xC0:
        start += 1     # the end of a character the previous piece began
    try:
        codecs.getincrementaldecoder("utf-8")().decode(chunk[start:], final=False)
    except UnicodeDecodeError as err:
        return start + err.start
    return None


def chinese_encodings(data: bytes) -> list[str]:
    """The legacy Chinese encodings (``GB18030``, ``Big5``) *data* reads as Han text in.

    The one owner of this guess, for every undecodable-file message.
    """
    if not _HIGH_PAIR.search(data):
        return []
    return [shown for codec, shown in (("gb18030", "GB18030"), ("big5", "Big5"))
            if _reads_as_han(data, codec)]


#: Two adjacent bytes above ASCII: Chinese in a double-byte encoding has them (GB2312 is all
#: such pairs); Latin-1 or Windows-1252 prose, whose accented letters stand between ASCII
#: ones (``r\xe9sum\xe9s``), hardly ever has, though it may decode as GB18030 or Big5.
_HIGH_PAIR = re.compile(rb"[\x80-\xff]{2}")


def _reads_as_han(data: bytes, codec: str) -> bool:
    """Whether *data* decodes as *codec* (a cut last character forgiven) into Han text."""
    try:
        text = codecs.getincrementaldecoder(codec)().decode(data, final=False)
    except UnicodeDecodeError:
        return False
    return has_han(text)


def refuse_binary(data: bytes, name: str, expected: str) -> None:
    """ParseError naming the line of the first NUL byte in *data* (a binary file), if any."""
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise ParseError(name, line, f"binary file (NUL byte); expected {expected}")


def decode_as(data: bytes, name: str, encoding: str, advice: str = "") -> str:
    """*data* decoded as *encoding*: ParseError (line of the first bad byte, then *advice*)."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        shown = "UTF-8" if encoding == "utf-8-sig" else encoding
        raise ParseError(
            name, line, f"cannot decode byte {data[err.start]:#04x} as {shown}{advice}"
        ) from None
    except UnicodeError as err:  # a codec that fails without saying where
        raise ParseError(name, 0, f"cannot decode as {encoding}: {err}") from None


def refuse_misread(data: bytes, name: str, check: Utf8Misread) -> None:
    """ParseError at the line where UTF-8 *data* read in *check*'s encoding proves it misread."""
    for number, raw in enumerate(data.splitlines(), 1):
        reading = check.wrong_reading(raw)
        if reading is not None:
            raise ParseError(name, number, check.message(reading))
        if not check.active:
            return


def read_text(path: str | os.PathLike[str], encoding: str | None = None) -> str:
    """Read a text file (``-`` for stdin) as a str with LF line ends; see decode_bytes."""
    return decode_bytes(read_bytes(path), "stdin" if str(path) == STDIO else str(path),
                        encoding)


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether *a* and *b* are one existing regular file (same device and inode, links followed).

    Devices and FIFOs never count: reading a terminal and writing to it is fine.
    """
    try:
        first, second = os.stat(a), os.stat(b)
    except (OSError, ValueError):
        return False
    return (stat.S_ISREG(first.st_mode) and first.st_dev == second.st_dev
            and first.st_ino == second.st_ino)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _cannot_write(path: str, err: OSError) -> TMError:
    return TMError(f"{path}: cannot write: {err.strerror or err}")


def _keep_whole_copy(tmp: str, target: str) -> str:
    """Rename *tmp* to ``TARGET.new`` (or ``TARGET.new-PID``), a name no sweep of stale
    temporaries removes; return where it is (*tmp* if the rename fails)."""
    for kept in (f"{target}.new", f"{target}.new-{os.getpid()}"):
        if not os.path.lexists(kept):
            try:
                os.rename(tmp, kept)
            except OSError:
                break
            return kept
    return tmp


class atomic_writer:
    """Context manager that writes *path* safely (see the module docstring).

    On a clean exit the data is flushed, fsynced and renamed over the real file;
    on an exception the temporary file is removed and *path* is untouched, and an
    OSError (a full disk) becomes a TMError naming *path*.  ``-`` writes to stdout.
    With *whole* (a document such as TMX, useless half written), what goes to
    stdout, a device or a FIFO is spooled and written there only once complete;
    otherwise it streams (lines a reader can use as they come).
    """

    def __init__(self, path: str | os.PathLike[str], mode: str = "w",
                 encoding: str = "utf-8", newline: str | None = "\n", *,
                 whole: bool = False) -> None:
        self.path = str(path)
        self.mode = mode
        self.encoding = encoding
        self.newline = newline
        #: A document (TMX) is useless half written: with *whole*, what goes to stdout,
        #: a device or a FIFO is spooled and copied there only once complete.
        self.whole = whole
        self._spool: IO[str] | IO[bytes] | None = None
        self._target = self.path
        self._old: os.stat_result | None = None
        self._tmp: str | None = None
        self._fh: IO[str] | IO[bytes] | None = None
        self._direct = False

    def _open(self, fd_or_path: int | str) -> IO[str] | IO[bytes]:
        if "b" in self.mode:
            return open(fd_or_path, self.mode)
        return open(fd_or_path, self.mode, encoding=self.encoding,
                    newline=self.newline)

    def __enter__(self) -> IO[str]:
        handle = self._enter()
        if self.whole and (self.path == STDIO or self._direct):
            if "b" in self.mode:
                self._spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_MEMORY, mode="w+b")
            else:
                self._spool = tempfile.SpooledTemporaryFile(
                    max_size=SPOOL_MEMORY, mode="w+", encoding=self.encoding,
                    newline=self.newline)
            return self._spool  # type: ignore[return-value]
        return handle

    def _copy_spool(self, ok: bool) -> None:
        """Copy the finished document from the spool to stdout or the device (if *ok*)."""
        spool, self._spool = self._spool, None
        assert spool is not None
        with spool:
            if ok:
                spool.seek(0)
                destination: Any = sys.stdout if self.path == STDIO else self._fh
                shutil.copyfileobj(spool, destination)

    def _enter(self) -> IO[str]:
        if self.path == STDIO:
            if sys.stdout is None:
                raise TMError("stdout: cannot write: standard output is closed")
            return sys.stdout
        if not self.path.strip():
            raise TMError("cannot write: the output file name is empty")
        self._target = os.path.realpath(self.path)
        try:
            self._old = os.stat(self._target)
        except FileNotFoundError:
            self._old = None
        except OSError as err:
            raise _cannot_write(self.path, err) from None
        if self._old is None and os.path.islink(self.path):
            # /dev/stdout onto a pipe: the link names "pipe:[N]", which no path reaches;
            # the link itself still opens the pipe.
            with contextlib.suppress(OSError):
                self._old = os.stat(self.path)
                if not stat.S_ISREG(self._old.st_mode):
                    self._target = self.path
        if self._old is not None and stat.S_ISDIR(self._old.st_mode):
            raise TMError(f"{self.path}: cannot write: is a directory")
        if self._old is not None and stat.S_ISREG(self._old.st_mode) and (
                not self._old.st_mode & 0o222 or not os.access(self._target, os.W_OK)):
            # The rename below needs only a writable folder; a file its owner protected
            # (chmod a-w) is refused as msgmerge -U and editors refuse it, even for root.
            raise TMError(f"{self.path}: cannot write: the file is write-protected "
                          "(read-only); nothing written")
        try:
            if self._old is not None and not stat.S_ISREG(self._old.st_mode):
                self._direct = True      # a device or FIFO: write through
                self._fh = self._open(self._target)
            else:
                folder = os.path.dirname(self._target)
                remove_stale_temporaries(folder, ".tm-", ".tmp")
                fd, self._tmp = tempfile.mkstemp(prefix=owned_temporary_prefix(".tm-"),
                                                 suffix=".tmp", dir=folder)
                self._fh = self._open(fd)
        except OSError as err:
            raise _cannot_write(self.path, err) from None
        return self._fh  # type: ignore[return-value]

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self._spool is not None:
            try:
                self._copy_spool(exc_type is None)
            except OSError as err:
                exc_type, exc = type(err), err
                if self.path == STDIO:
                    raise
        if self.path == STDIO:
            if sys.stdout is not None:
                sys.stdout.flush()
            return
        assert self._fh is not None
        try:
            if exc_type is None:
                self._fh.flush()
                if not self._direct:
                    os.fsync(self._fh.fileno())
            self._fh.close()
            if exc_type is None and self._tmp is not None:
                self._install(self._tmp)
                self._tmp = None
        except OSError as err:
            raise _cannot_write(self.path, err) from None
        finally:
            if self._tmp is not None and os.path.exists(self._tmp):
                os.unlink(self._tmp)
        if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
            raise _cannot_write(self.path, exc) from None

    def _overwrite_linked(self, tmp: str) -> None:
        """Copy *tmp* over the hard-linked target in place (a rename would split the links).

        The space is reserved first, so a full disk fails before any byte of the
        target changes.  Should the copy still fail midway, the target is damaged
        but the complete new content stays in *tmp*, which the error names: no
        translation is lost with it.
        """
        size = os.path.getsize(tmp)
        with open(self._target, "r+b") as dst:
            if hasattr(os, "posix_fallocate") and size:
                try:
                    os.posix_fallocate(dst.fileno(), 0, size)
                except OSError as err:
                    if err.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
                        raise
            try:
                with open(tmp, "rb") as src:
                    shutil.copyfileobj(src, dst)
                dst.truncate()
                dst.flush()
                os.fsync(dst.fileno())
            except OSError as err:
                kept = _keep_whole_copy(tmp, self._target)
                self._tmp = None
                raise TMError(f"{self.path}: cannot write: {err.strerror or err}; the file "
                              f"is incomplete, its whole new content is in {kept}") from None
        os.unlink(tmp)

    def _install(self, tmp: str) -> None:
        """Put the finished temporary file in place of the target."""
        old = self._old
        if old is None:
            os.chmod(tmp, 0o666 & ~_umask())
        elif old.st_nlink > 1:
            self._overwrite_linked(tmp)
            return
        else:
            _keep_owner(tmp, old)
            os.chmod(tmp, stat.S_IMODE(old.st_mode))
        os.replace(tmp, self._target)
        _sync_folder(os.path.dirname(self._target))


#: Seconds a temporary file of a dead process must have stood unchanged before
#: tm removes it (its owner was killed: SIGKILL, the OOM killer, a power cut).
#: The age guard protects a writer in another PID namespace sharing the folder
#: (a container), whose live process this one cannot see.
STALE_AFTER = 3600.0

def owned_temporary_prefix(prefix: str) -> str:
    """*prefix* plus this process's id: a later run tells a leftover from a live file by it."""
    return f"{prefix}p{os.getpid()}-"


def remove_stale_temporaries(folder: str, prefix: str, suffix: str) -> int:
    """Remove leftovers named ``{prefix}pPID-…{suffix}…`` in *folder* whose process is gone.

    Only regular files of this user, named by :func:`owned_temporary_prefix`,
    whose process no longer runs and which have not changed for
    :data:`STALE_AFTER` seconds; anything after *suffix* (SQLite's ``-wal``,
    ``-shm``, ``-journal``) goes with them.  Best effort: errors are ignored
    and nothing else is touched.  Returns how many files were removed.
    """
    owner = re.compile(re.escape(prefix) + r"p(\d+)-")
    removed = 0
    now = time.time()
    pattern = f"{glob.escape(prefix)}p*-*{glob.escape(suffix)}*"
    for path in glob.glob(os.path.join(glob.escape(folder or "."), pattern)):
        pid = owner.match(os.path.basename(path))
        if pid is None or _process_alive(int(pid.group(1))):
            continue
        try:
            info = os.lstat(path)
            if (stat.S_ISREG(info.st_mode) and info.st_uid == os.geteuid()
                    and now - info.st_mtime >= STALE_AFTER):
                os.unlink(path)
                removed += 1
        except OSError:
            continue
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True          # another user's process, or not ours to judge
    return True


def _keep_owner(tmp: str, old: os.stat_result) -> None:
    """Give *tmp* the owner and group of the file it replaces, as far as we may."""
    if (old.st_uid, old.st_gid) == (os.geteuid(), os.getegid()):
        return
    try:
        os.chown(tmp, old.st_uid, old.st_gid)
    except PermissionError:
        with contextlib.suppress(PermissionError):
            os.chown(tmp, -1, old.st_gid)


def _sync_folder(folder: str) -> None:
    """fsync *folder* so the rename survives a crash (best effort)."""
    try:
        fd = os.open(folder or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
