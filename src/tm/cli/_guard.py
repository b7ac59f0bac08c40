"""What every ``tm`` command gets around it: one-line errors, signals, closed stdio, file guards.

:func:`guarded` runs a parsed command and turns tm's own errors (:class:`TMError`,
which includes :class:`UsageError`) into one line ``tm: error: ...`` and exit 2.
Anything else is a bug and keeps its traceback.  SIGTERM is handled like
SIGINT: the exception unwinds through every ``with`` block, so temporary files
are removed and transactions rolled back, and tm says why it stopped.

:func:`check_paths` refuses, before anything is read or written, an output that
is the same file as one of the inputs (``tm export --db x.db -o x.db``) and two
inputs that both read stdin (``tm align - -``).  A command that reads an input
whole and keeps all of it names it in ``rewrites_in_place`` (``tm pretranslate
zh_CN.po -o zh_CN.po`` fills the PO in place, atomically).
"""

from __future__ import annotations

import argparse
import errno
import io
import os
import signal
import stat
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any, TextIO

from tm.cli._settings import resolve_db, shown_db
from tm.errors import StoreError, TMError, UsageError
from tm.files import forget_inputs, same_file

__all__ = ["INPUT_OPTIONS", "MAX_MESSAGE", "check_paths", "guarded", "printed", "shorten",
           "stdout_failed"]

#: Longest error message printed whole; longer ones keep their start and end.
MAX_MESSAGE = 400
#: Parsed-argument names that hold input files, and how the user spells them.
INPUT_OPTIONS: dict[str, str] = {
    "files": "FILE", "file": "FILE", "template": "TEMPLATE", "document": "DOC",
    "source": "NEW_SOURCE", "en_file": "EN_FILE", "zh_file": "ZH_FILE", "db": "--db",
    "glossary": "--glossary", "srx": "--srx", "config": "--config",
    "text": "TEXT",   # tm terms: a sentence, or '-' for stdin (a literal text names no file)
}
#: Exit status of a command stopped by SIGTERM (128 + 15), as shells report it.
EXIT_TERMINATED = 128 + signal.SIGTERM


#: errno values of a failed write to stdout (full disk, quota, broken device): input errors.
_STREAM_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF})


class Terminated(BaseException):
    """Raised in the main thread when tm receives SIGTERM (like KeyboardInterrupt for SIGINT)."""


#: Line breaks (and what some reader takes for one) shown escaped in a one-line message.
_BREAKS = str.maketrans({"\n": "\\n", "\r": "\\r", "\x0b": "\\v", "\x0c": "\\f",
                         "\x1c": "\\x1c", "\x1d": "\\x1d", "\x1e": "\\x1e",
                         "\x85": "\\x85", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def shorten(message: str, limit: int = MAX_MESSAGE) -> str:
    """*message* on one line, whole, or its start and end around ``…[N characters]…``.

    An error must not echo a 130 KB argument back; its end (the reason) stays
    readable.  A line break in it (a file name ``$'a\\nb.db'``) is shown as
    ``\\n``: the message stays one line.
    """
    message = message.translate(_BREAKS)
    if len(message) <= limit:
        return message
    keep = (limit - 30) // 2
    return f"{message[:keep]}…[{len(message) - 2 * keep} characters]…{message[-keep:]}"


def _inputs(args: argparse.Namespace) -> Iterator[tuple[str, str]]:
    for attr, spelling in INPUT_OPTIONS.items():
        value = getattr(args, attr, None)
        for path in value if isinstance(value, list) else [value]:
            if isinstance(path, str) and path:
                yield spelling, path


def _stream(path: str) -> tuple[object, ...] | None:
    """What an input reads from when it can be read only once (stdin, a pipe); else None.

    ``-`` is stdin whatever it is; a path is a stream when it is a pipe, socket or
    device, named by (device, inode), so ``-`` and ``/dev/stdin`` on one pipe match.
    """
    if path == "-":
        try:
            info = os.fstat(sys.stdin.fileno())
        except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
            return ("stdin",)
        return ("stdin",) if stat.S_ISREG(info.st_mode) else (info.st_dev, info.st_ino)
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    if stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode):
        return None
    return info.st_dev, info.st_ino


def check_paths(args: argparse.Namespace) -> None:
    """UsageError when the output is one of the inputs or one stream feeds two inputs."""
    inputs = list(_inputs(args))
    seen: dict[tuple[object, ...], str] = {}
    for spelling, path in inputs:
        stream = _stream(path)
        if stream is None:
            continue
        if stream in seen:
            raise UsageError(f"{seen[stream]} and {spelling} both read the same stream "
                             f"(stdin or one pipe); it can feed only one input")
        seen[stream] = spelling
    output = getattr(args, "output", None)
    if not isinstance(output, str) or output in ("", "-"):
        return
    rewritten = getattr(args, "rewrites_in_place", ())  # read whole first, nothing dropped
    for spelling, path in inputs:
        if spelling in rewritten:
            continue
        if path != "-" and same_file(output, path):
            raise UsageError(f"-o {shorten(output, 120)} is the same file as {spelling} "
                             f"{shorten(path, 120)}; writing it would destroy the input: "
                             "choose another output file")
        if spelling == "--db" and _memory_sidecar(output, path):
            raise UsageError(f"-o {shorten(output, 120)} is one of the files of the memory "
                             f"--db {shorten(path, 120)} (its journal); writing it would "
                             "destroy the memory: choose another output file")


#: Files SQLite keeps beside a memory ``x.db``: committed units may live only in the WAL.
_SIDECARS = ("-wal", "-shm", "-journal")


def _memory_sidecar(output: str, db: str) -> bool:
    """Whether *output* is (or would be) the WAL, shared-memory or journal file of memory *db*."""
    if "://" in db:
        return False
    target = os.path.realpath(output)
    for suffix in _SIDECARS:
        sidecar = os.path.realpath(db) + suffix
        if target == sidecar or same_file(output, sidecar):
            return True
    return False


class _ClosedStream(io.TextIOBase):
    """Stands in for a closed stdin/stdout so that using it is an error, not a silent no-op."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def _fail(self, *_args: Any) -> Any:
        verb = "read from" if self._name == "stdin" else "write to"
        raise TMError(f"{self._name}: cannot {verb} standard "
                      f"{'input' if self._name == 'stdin' else 'output'}: it is closed")

    write = read = readline = _fail

    @property
    def buffer(self) -> Any:
        self._fail()

    def isatty(self) -> bool:
        return False

    def flush(self) -> None:
        pass


@contextmanager
def _closed_stdio() -> Iterator[None]:
    """Replace a closed stdin/stdout (``<&-``, ``>&-``) by streams that fail loudly."""
    saved = sys.stdin, sys.stdout
    if sys.stdin is None:
        sys.stdin = _ClosedStream("stdin")
    if sys.stdout is None:
        sys.stdout = _ClosedStream("stdout")
    try:
        yield
    finally:
        sys.stdin, sys.stdout = saved


@contextmanager
def _warnings_as_lines() -> Iterator[None]:
    """Show a library warning (a UserWarning: a lenient reader's note) as ``tm: warning: ...``.

    Python's own format names tm's source file and line and repeats a line of its
    code (``.../tmx.py:59: TMXWarning: ...``); a user needs the message, which
    names their file and line.  Other warnings keep Python's format.
    """
    with warnings.catch_warnings():
        shown = warnings.showwarning

        def show(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                 file: TextIO | None = None, line: str | None = None) -> None:
            if issubclass(category, UserWarning) and sys.stderr is not None:
                print(f"tm: warning: {shorten(str(message))}", file=sys.stderr)
            elif not issubclass(category, UserWarning):
                shown(message, category, filename, lineno, file, line)

        warnings.showwarning = show
        yield


def _on_sigterm(_signum: int, _frame: FrameType | None) -> None:
    raise Terminated()


@contextmanager
def _sigterm_unwinds() -> Iterator[None]:
    """Turn SIGTERM into :class:`Terminated` while the command runs (main thread only)."""
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:      # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _note(message: str) -> None:
    """*message* on stderr, unless stderr is closed too."""
    if sys.stderr is not None:
        print(message, file=sys.stderr)


def _error(message: str, args: argparse.Namespace | None = None) -> None:
    """*message* as ``tm: error: ...`` on stderr, and as JSON on stdout when the report is JSON."""
    line = shorten(message)
    _note(f"tm: error: {line}")
    if args is not None:
        _json_error(args, line)


def _json_error(args: argparse.Namespace, line: str) -> None:
    """Write ``{"tm", "signature", "results": null, "error": line}`` when stdout is a JSON report.

    ``tm check --format json | jq`` in CI parsed an empty document when the check
    could not run (a missing catalog, a bad glossary); the reason now reaches the
    parser too, with the same non-zero exit.  A stdout that cannot be written
    leaves the message on stderr alone.
    """
    from tm.cli._common import JSON_DOCUMENT, JSON_LINES, JSON_OUTPUT, json_text

    mode = getattr(args, "json_report", None)
    if mode in (JSON_DOCUMENT, JSON_OUTPUT) and getattr(args, "format", None) != "json":
        return
    if mode == JSON_OUTPUT and getattr(args, "output", "-") != "-":
        return
    if mode not in (JSON_DOCUMENT, JSON_LINES, JSON_OUTPUT) or sys.stdout is None:
        return
    try:
        sys.stdout.write(json_text(None, lines=mode == JSON_LINES, error=line))
        sys.stdout.flush()
    except (OSError, ValueError, TMError):   # closed, full or broken: stderr has it
        pass


def _naming_the_memory(err: TMError, args: argparse.Namespace) -> str:
    """The message of *err*; a memory error that does not name the memory gets its name."""
    message = str(err)
    db = getattr(args, "db", None)
    if isinstance(err, StoreError) and isinstance(db, str) and db:
        shown = shown_db(db)
        if shown not in message:
            return f"{shown}: {message}"
    return message


def _flush_stdout() -> None:
    if sys.stdout is not None:
        sys.stdout.flush()


def stdout_failed(err: OSError) -> int:
    """Exit code 2 and one line for a failed write to stdout (full disk, closed, broken device).

    Any other OSError (one naming a file tm did not wrap) is a bug and is raised again.
    A reader that went away (``tm ... | head``) is not an error: exit 0.
    """
    if isinstance(err, BrokenPipeError):
        if sys.stderr is not None:
            sys.stderr.close()      # no "Exception ignored" when Python flushes at exit
        return 0
    if err.filename is not None or err.errno not in _STREAM_ERRNOS:
        raise err
    _error(f"stdout: cannot write: {err.strerror or err}")
    return 2


def printed(status: int) -> int:
    """*status* once what argparse printed (help, version) has reached stdout, else 2.

    argparse ignores a failed write, so ``tm --help > /dev/full`` exited 0 having
    written nothing; the parser now lets it raise and this flushes the rest.
    """
    try:
        _flush_stdout()
    except OSError as err:
        return stdout_failed(err)
    return status


def guarded(run: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run *run(args)*, mapping tm's own errors, signals and a closed pipe to exit codes."""
    try:
        with _sigterm_unwinds(), _closed_stdio(), _warnings_as_lines():
            if getattr(args, "needs_db", False):
                args.db = resolve_db(args)
            check_paths(args)
            status = run(args)
            _flush_stdout()     # a write that fails only now is still this command's failure
            return status
    except TMError as err:
        _error(_naming_the_memory(err, args), args)
        return 2
    except OSError as err:     # BrokenPipeError too: `tm segment ... | head` exits 0
        return stdout_failed(err)
    except KeyboardInterrupt:
        _note("tm: interrupted; temporary files removed, nothing half-written")
        _json_error(args, "interrupted")
        return 130
    except Terminated:
        _note("tm: terminated (SIGTERM); temporary files removed, nothing half-written")
        _json_error(args, "terminated (SIGTERM)")
        return EXIT_TERMINATED
    finally:
        forget_inputs()
