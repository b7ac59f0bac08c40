"""Issue 9 items 3, 4, 14, 15 and 19: outputs onto inputs, pipes, one-line errors, SIGTERM.

Most run ``tm`` in process (``run_tm``), real pipes and devices included
(process substitution is a pipe named /dev/fd/N; ``> /dev/full`` is a device as
stdout); what needs a process of its own is marked ``subprocess``: its
descriptors 0 and 1 closed, or signals, run ``python -m tm`` under bash (what
Python does with a closed descriptor at start-up is part of the test); a pipe
named /dev/stdin, a ``tm`` forked from the test's process (tests/forked.py).
Each test is named for the class of defect it guards against.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shlex
import signal
import stat
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT, Result, run_tm
from forked import run_tm_child
from rows import every_row
from tm.formats.po import read_po

DATA = ROOT / "tests" / "data" / "memory"
TM = f"{shlex.quote(sys.executable)} -m tm"


def sh(script: str, cwd: Path | None = None, stdin: bytes | None = None,
       env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run *script* under bash, with ``$TM`` standing for the tm command."""
    full_env = {**os.environ, "TM": TM, **(env or {})}
    return subprocess.run(["bash", "-c", script], cwd=cwd or ROOT, env=full_env, input=stdin,
                          capture_output=True, check=False, timeout=120,
                          text=stdin is None)


def forked_tm(*args: str, stdin: bytes | int) -> tuple[int, str, str]:
    """``tm ARGS`` in a process of its own forked from this one (tests/forked.py), fed *stdin*
    (bytes through a pipe, or an open file's descriptor): its status, stdout and stderr."""
    return run_tm_child(args, cwd=ROOT, env=dict(os.environ), stdin=stdin, timeout=120)


def one_line_error(proc: subprocess.CompletedProcess[str] | Result | tuple[int, str, str]
                   ) -> str:
    """The stderr of a failed run, asserted to be one ``tm: error:`` line and exit 2."""
    code, err = ((proc.returncode, proc.stderr) if isinstance(proc, subprocess.CompletedProcess)
                 else (proc[0], proc[2]) if isinstance(proc, tuple) else (proc.code, proc.err))
    assert code == 2, (code, err)
    assert err.startswith("tm: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return str(err)


def _units(db: Path) -> int:
    result = run_tm("stats", "--db", str(db), "--format", "json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    return int(data.get("results", data)["units"])


# -- item 3: an output that is one of the inputs ---------------------------------------


@pytest.mark.parametrize("command", [
    "export --db {db} -o {out}",
    "pretranslate " + str(DATA / "news.pot") + " --db {db} -o {out}",
])
@pytest.mark.parametrize("how", ["same", "symlink", "hardlink"])
def test_output_onto_input_is_refused(db: Path, tmp_path: Path, command: str, how: str) -> None:
    out = db
    if how == "symlink":
        out = tmp_path / "link.db"
        out.symlink_to(db)
    elif how == "hardlink":
        out = tmp_path / "hard.db"
        os.link(db, out)
    before = db.read_bytes()
    err = one_line_error(run_tm(*command.format(db=db, out=out).split()))
    assert "same file as --db" in err
    assert db.read_bytes() == before and _units(db) == 7   # news.po, its fuzzy entry too


def test_output_onto_text_input_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("One sentence. Two sentences.\n")
    err = one_line_error(run_tm("segment", str(text), "-o", str(text)))
    assert "same file as FILE" in err and text.read_text() == "One sentence. Two sentences.\n"


def test_update_in_place_is_still_allowed(tmp_path: Path) -> None:
    po = tmp_path / "a.po"
    assert run_tm("segment", str(DATA / "news.txt"), "--format", "pot", "-o", str(po)).code == 0
    result = run_tm("update", str(DATA / "news.txt"), "--po", str(po), "-o", str(po))
    assert result.code == 0, result.err


# -- item 4: pipes, process substitution, /dev/stdin -----------------------------------


def _big_csv(tmp_path: Path, rows: int = 1000) -> Path:
    path = tmp_path / "p.csv"
    lines = ["source,target"] + [f"Sentence number {i} about factories.,关于工厂的第{i}句。"
                                 for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@contextlib.contextmanager
def _pipe_fed(*pieces: bytes, drained: bool = False) -> Iterator[int]:
    """The read end of a real pipe a thread writes *pieces* into, then closes.

    With *drained*, the thread writes each next piece only once the reader has
    taken everything before it (a slow producer: each read returns one piece).
    """
    read_end, write_end = os.pipe()

    def feed() -> None:
        with open(write_end, "wb", buffering=0) as sink:
            for piece in pieces:
                while drained and _unread(read_end):
                    time.sleep(0.01)
                sink.write(piece)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        yield read_end
    finally:
        writer.join(30)
        with contextlib.suppress(OSError):
            os.close(read_end)


def _unread(fd: int) -> int:
    """Bytes waiting in the pipe whose read end is *fd*."""
    return struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0"))[0]


def test_process_substitution_input_reads_every_row(tmp_path: Path) -> None:
    # tm import <(cat p.csv): the shell passes /dev/fd/N, the read end of a pipe.
    csv = _big_csv(tmp_path).read_bytes()
    db = tmp_path / "t.db"
    with _pipe_fed(csv[:5000], csv[5000:]) as fd:
        result = run_tm("import", f"/dev/fd/{fd}", "--db", str(db))
    assert result.code == 0, result.err
    assert "imported 1000 units" in result.out


@pytest.mark.subprocess
def test_dev_stdin_input_reads_every_entry(tmp_path: Path) -> None:
    # cat news.po | tm import /dev/stdin: a process of its own (forked, tests/forked.py)
    # whose fd 0 is the pipe.
    db = tmp_path / "t.db"
    code, out, err = forked_tm("import", "/dev/stdin", "--db", str(db),
                               stdin=(DATA / "news.po").read_bytes())
    assert code == 0, err
    assert "imported 7 units" in out   # one of them fuzzy, stored untrusted


def test_format_detection_does_not_depend_on_pipe_timing(tmp_path: Path) -> None:
    # (printf '# translator comment\n'; sleep 2; cat news.po) | tm import -: the first read
    # of the pipe returns the comment line alone, which says nothing of the format.
    db = tmp_path / "t.db"
    with _pipe_fed(b"# translator comment\n", (DATA / "news.po").read_bytes(),
                   drained=True) as fd, open(fd, "rb", closefd=False) as pipe:
        result = run_tm("import", "-", "--db", str(db), stdin=pipe)
    assert result.code == 0, result.err
    assert "imported 7 units" in result.out   # one of them fuzzy, stored untrusted


# -- item 14: one-line errors, never a traceback, never a silent exit 0 ----------------


@every_row("codec", ["base64", "rot13", "zlib", "no-such-codec"])
def test_non_text_encoding_is_a_one_line_error(codec: str) -> None:
    err = one_line_error(run_tm("segment", str(DATA / "news.txt"), "--encoding", codec))
    assert codec in err


@pytest.mark.parametrize("wait", ["inf", "-1", "nan", "abc"])
def test_bad_wait_is_a_usage_error(tmp_path: Path, wait: str) -> None:
    err = one_line_error(run_tm("import", str(DATA / "news.po"), "--db", str(tmp_path / "t.db"),
                                f"--wait={wait}"))
    assert "--wait" in err
    assert not (tmp_path / "t.db").exists()


@pytest.mark.subprocess
def test_closed_stdin_is_an_error() -> None:
    err = one_line_error(sh("$TM segment - <&-"))
    assert "stdin" in err


@pytest.mark.subprocess
def test_closed_stdout_is_an_error_not_silent_success(db: Path) -> None:
    err = one_line_error(sh(f"$TM stats --db {db} >&-"))
    assert "stdout" in err


@pytest.mark.subprocess
def test_closed_stdout_with_file_output_still_works(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    proc = sh(f"$TM segment {DATA / 'news.txt'} -o {out} >&-")
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8").strip()


def test_file_names_with_spaces_in_align(tmp_path: Path) -> None:
    en, zh = tmp_path / "my en.txt", tmp_path / "my zh.txt"
    en.write_text("The store opens at 10 am. It closes at 9 pm.\n", encoding="utf-8")
    zh.write_text("商店上午10点开门。晚上9点关门。\n", encoding="utf-8")
    out = tmp_path / "out.po"
    result = run_tm("align", str(en), str(zh), "-o", str(out))
    assert result.code == 0, result.err
    assert [e.msgstr for e in read_po(out)] == ["商店上午10点开门。", "晚上9点关门。"]
    # gettext's spelling of a file name with a space in a #: reference, read back whole.
    assert f"#: \u2068{en}\u2069:1" in out.read_text(encoding="utf-8")
    assert read_po(out)[0].occurrences[0] == (str(en), "1")


@every_row("args", [
    ("align", "-", "-"),
    ("check", "-", "--glossary", "-"),
    ("import", "-", "-", "--db", "unused.db"),
    # red-team pass 11 (R11-6): TEXT '-' and --glossary '-' read the one stdin: the
    # glossary took the text and the error was "-:1: term 'One.' has no target"
    ("terms", "-", "--glossary", "-"),
])
def test_two_inputs_from_stdin_are_refused(args: tuple[str, ...]) -> None:
    err = one_line_error(run_tm(*args, stdin="One.\n"))
    assert "same stream" in err


@pytest.mark.subprocess
def test_one_pipe_feeding_two_inputs_is_refused(tmp_path: Path) -> None:
    # echo One. | tm align - /dev/stdin; tm align - - < news.txt (processes of their own)
    err = one_line_error(forked_tm("align", "-", "/dev/stdin", stdin=b"One.\n"))
    assert "same stream" in err
    with open(DATA / "news.txt", "rb") as text:
        err = one_line_error(forked_tm("align", "-", "-", stdin=text.fileno()))
    assert "same stream" in err


def test_internal_bug_shows_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    import tm.cli.stats

    def broken(args: object) -> int:
        raise ValueError("a bug, not a usage error")

    monkeypatch.setattr(tm.cli.stats, "run", broken)
    from tm.cli import main

    with pytest.raises(ValueError, match="a bug"):
        main(["stats", "--db", "whatever.db"])


# -- item 15: SIGTERM ------------------------------------------------------------------

_SLOW_EXPORT = """
import sys, time
import tm.cli.export
from tm._shared.files import atomic_writer

def slow(units, path, fmt=None, source_lang="en", **options):
    with atomic_writer(path) as fh:
        fh.write("partial")
        fh.flush()
        print("ready", file=sys.stderr, flush=True)
        time.sleep(60)
    return 0

tm.cli.export.write_units = slow
from tm.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.subprocess
def test_sigterm_removes_temporary_files_and_reports(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "memory.tmx"
    out.parent.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_EXPORT, "export", "--db", str(db),
                             "-o", str(out)], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    assert proc.stderr.readline().strip() == "ready"
    assert next(p.name for p in out.parent.iterdir()).startswith(".tm-")
    proc.send_signal(signal.SIGTERM)
    code = proc.wait(30)
    err = proc.stderr.read()
    assert code == 128 + signal.SIGTERM
    assert "terminated" in err and "Traceback" not in err
    assert list(out.parent.iterdir()) == []


# -- item 19: errors name the file and stay short --------------------------------------


def _full_device(tmp_path: Path) -> Path:
    """A device that refuses every write with ENOSPC, like /dev/full."""
    full = Path("/dev/full")
    if os.geteuid() == 0:   # never hand the machine's own device to a writer under test
        full = tmp_path / "full"
        os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    return full


def test_disk_full_error_names_the_file(tmp_path: Path) -> None:
    full = _full_device(tmp_path)
    err = one_line_error(run_tm("segment", str(DATA / "news.txt"), "-o", str(full)))
    assert str(full) in err and "No space left" in err


def test_db_naming_a_directory_names_it(tmp_path: Path) -> None:
    err = one_line_error(run_tm("stats", "--db", str(tmp_path)))
    assert str(tmp_path) in err


def test_huge_argument_is_not_echoed_back(tmp_path: Path) -> None:
    huge = "x" * 130_000
    for args in ([huge], [str(DATA / "news.txt"), "--format", huge], ["-", "--srx", huge],
                 [str(DATA / "news.txt"), "--skip", "(" + huge]):
        result = run_tm("segment", *args, stdin="One. Two.\n")
        assert result.code == 2 and "Traceback" not in result.err
        assert len(result.err) < 1000, len(result.err)


def test_no_encoding_hint_when_encoding_was_given(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("中文句子。".encode("gb18030"))
    err = one_line_error(run_tm("segment", str(path), "--encoding", "utf-8"))
    assert "--encoding" not in err and str(path) in err
    hinted = one_line_error(run_tm("segment", str(path)))
    assert "--encoding" in hinted




def test_full_disk_on_stdout_is_one_line(tmp_path: Path) -> None:
    # tm segment article.txt > /dev/full; unbuffered, so every write tm makes reaches the device
    with _full_device(tmp_path).open("wb", buffering=0) as full:
        result = run_tm("segment", str(ROOT / "locales/en/article.txt"), stdout=full)
    err = one_line_error(result)
    assert err.startswith("tm: error: stdout: cannot write: No space left")


def test_unexpected_os_error_keeps_its_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    import tm.cli.stats

    def broken(args: object) -> int:
        raise PermissionError(13, "Permission denied", "/somewhere/tm did not wrap")

    monkeypatch.setattr(tm.cli.stats, "run", broken)
    from tm.cli import main

    with pytest.raises(PermissionError):
        main(["stats", "--db", "whatever.db"])
