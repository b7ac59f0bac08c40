"""Red-team finding 22 (2026-12-06): what a command prints must reach stdout, or it fails.

``tm --help > /dev/full`` and ``tm --version > /dev/full`` exited 0 having written
nothing (argparse ignores a failed write), and a command whose last buffered
output failed only at exit could pass too.  Each test is named for the class
of defect it guards against and fails on the code before its fix.
"""

from __future__ import annotations

import errno
import io
import json
import os
import shlex
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_tm

TM = f"{shlex.quote(sys.executable)} -m tm"
DATA = ROOT / "tests" / "data" / "memory"


class _FullDisk(io.TextIOBase):
    """A stdout on a full disk: every write (or flush of buffered text) fails with ENOSPC."""

    def write(self, _text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        pass


class _FailsOnFlush(io.StringIO):
    """A stdout whose writes are buffered and fail only when flushed (as a pipe's or a file's)."""

    def flush(self) -> None:
        if self.getvalue():
            raise OSError(errno.ENOSPC, "No space left on device")


def _main_with_stdout(stdout: io.TextIOBase | None, *args: str,
                      capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    from tm.cli import main

    saved = sys.stdout
    sys.stdout = stdout  # type: ignore[assignment]
    try:
        code = main(list(args))
    finally:
        sys.stdout = saved
    return code, capsys.readouterr().err


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["stats", "--help"],
                                  ["import", "--help"], ["completion", "bash"], ["manpage"]])
@pytest.mark.parametrize("stdout", ["full", "closed"])
def test_a_failed_write_to_stdout_is_an_error_for_every_command(
        args: list[str], stdout: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _main_with_stdout(_FullDisk() if stdout == "full" else None, *args,
                                  capsys=capsys)
    assert code == 2, err
    assert err.startswith("tm: error: stdout: cannot write") and err.count("\n") == 1, err


def test_output_that_fails_only_when_flushed_is_an_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.db"
    assert run_tm("import", str(DATA / "news.po"), "--db", str(db)).code == 0
    code, err = _main_with_stdout(_FailsOnFlush(), "stats", "--db", str(db), capsys=capsys)
    assert code == 2, err
    assert err.startswith("tm: error: stdout: cannot write"), err


@pytest.mark.subprocess
@pytest.mark.parametrize("args", ["--help", "--version", "lookup --help"])
def test_help_and_version_onto_a_full_disk_fail_in_a_real_process(
        tmp_path: Path, args: str) -> None:
    full = Path("/dev/full")
    if os.geteuid() == 0 or not full.exists():
        full = tmp_path / "full"
        os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    proc = subprocess.run(["bash", "-c", f"{TM} {args} > {full}"], cwd=ROOT, text=True,
                          capture_output=True, check=False, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith("tm: error: stdout: cannot write: No space left")
    ok = subprocess.run(["bash", "-c", f"{TM} {args} | head -c 1"], cwd=ROOT, text=True,
                        capture_output=True, check=False, timeout=120)
    assert ok.returncode == 0 and ok.stdout and not ok.stderr, ok.stderr


@pytest.mark.parametrize("command", ["lookup Hello", "concordance Hello"])
@pytest.mark.parametrize("limit", ["0", "-1", "10000000000000000000", "2.5"])
def test_every_limit_is_validated_the_same_way(tmp_path: Path, command: str, limit: str) -> None:
    # `tm concordance --limit -1` was accepted and showed nothing; lookup refused it.
    db = tmp_path / "x.db"
    assert run_tm("import", str(DATA / "news.po"), "--db", str(db)).code == 0
    result = run_tm(*command.split(), "--db", str(db), "--limit", limit)
    assert result.code == 2, result.err
    assert result.err.startswith("tm: error: argument --limit: ") and result.err.count("\n") == 1


@pytest.mark.parametrize("args", [["stats", "--db", "a\nb.db"], ["check", "no\r\nsuch.po"],
                                  ["import", "x\u2028y.po", "--db", "q.db"],
                                  ["segment", "en.txt", "--encoding", "x\ny"]])
def test_an_error_naming_something_with_a_line_break_is_one_line(
        tmp_path: Path, args: list[str]) -> None:
    # `tm stats --db $'a\nb.db'` printed "tm: error: a" and "b.db: no such translation memory".
    result = run_tm(*args, cwd=tmp_path)
    assert result.code == 2, result.err
    assert result.err.startswith("tm: error: ") and result.err.count("\n") == 1, result.err
    assert "\r" not in result.err and "\u2028" not in result.err


def _undecodable_po(tmp_path: Path) -> bytes:
    """A PO with one finding, named with a byte that is not UTF-8 (a Latin-1/GBK folder)."""
    name = os.fsencode(tmp_path) + b"/\xff.po"
    with open(name, "wb") as fh:
        fh.write(b'#, fuzzy\nmsgid "Hello."\nmsgstr "\xe4\xbd\xa0\xe5\xa5\xbd\xe3\x80\x82"\n')
    return name


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_file_name_with_undecodable_bytes_is_printed_in_any_locale(
        tmp_path: Path, fmt: str) -> None:
    # Under a desktop UTF-8 locale Python's stdout is strict: `tm check $'\xff.po'`
    # died with UnicodeEncodeError (surrogates not allowed); under C.UTF-8 the JSON
    # held the raw byte 0xff, which is not UTF-8, so json.loads(bytes) failed.
    # run_tm's stdout is strict UTF-8, as PYTHONIOENCODING=utf-8:strict makes Python's;
    # the name reaches main() as Python decodes a command line (surrogateescape).
    name = _undecodable_po(tmp_path)
    stdout = io.BytesIO()   # the bytes as printed (the text format is not all UTF-8)
    proc = run_tm("check", os.fsdecode(name), "--format", fmt, "--fail-on", "warning",
                  cwd=tmp_path, stdout=stdout)
    assert proc.code == 1 and b"Traceback" not in proc.stderr, proc.stderr[-600:]
    if fmt == "json":
        files = json.loads(stdout.getvalue().decode("utf-8"))["results"]["files"]
        assert files == [os.fsdecode(name).replace("\udcff", "\ufffd")]
    else:   # the name as the shell spells it, so it can be copied back
        assert stdout.getvalue().startswith(name + b":1: fuzzy "), stdout.getvalue()


@pytest.mark.parametrize(("command", "name", "start"), [
    ("align", "pairs.tmx", "<?xml"), ("align", "pairs.xlf", "<?xml"),
    ("align", "pairs.tsv", "The store opens"), ("align", "pairs.po", "# Sentences"),
    ("segment", "s.xlf", "<?xml"), ("segment", "s.po", "# Sentences"),
    ("segment", "s.csv", "id,paragraph"),
])
def test_an_output_named_for_a_format_is_written_in_that_format(
        tmp_path: Path, command: str, name: str, start: str) -> None:
    # REDTEAM4 R6-7: `tm align en.txt zh.txt -o pairs.tmx` wrote a PO into pairs.tmx (and
    # `tm segment x.txt -o x.xlf` plain text) with exit 0: the file no CAT tool could open.
    en, zh = tmp_path / "en.txt", tmp_path / "zh.txt"
    en.write_text("The store opens at 10 am. It closes at 9 pm.\n", encoding="utf-8")
    zh.write_text("商店上午10点开门。晚上9点关门。\n", encoding="utf-8")
    out = tmp_path / name
    inputs = [str(en), str(zh)] if command == "align" else [str(en)]
    result = run_tm(command, *inputs, "-o", str(out))
    assert result.code == 0, result.err
    assert out.read_text(encoding="utf-8").startswith(start)
    if name.endswith((".tmx", ".xlf")):
        assert run_tm("import", str(out), "--db", str(tmp_path / "m.db")).code == 0


def test_an_output_named_for_a_format_the_command_cannot_write_is_refused(
        tmp_path: Path) -> None:
    text = tmp_path / "en.txt"
    text.write_text("The store opens at 10 am.\n", encoding="utf-8")
    result = run_tm("segment", str(text), "-o", str(tmp_path / "s.tmx"))
    assert result.code == 2 and "cannot write tmx" in result.err
    assert result.err.count("\n") == 1 and not (tmp_path / "s.tmx").exists()
    assert run_tm("segment", str(text), "--format", "txt", "-o", str(tmp_path / "s.tmx")).code == 0


def test_pretranslate_neither_writes_a_po_under_another_formats_name_nor_reads_one(
        tmp_path: Path) -> None:
    # R6-7, same class: `tm pretranslate x.po -o x.xlf` wrote a PO into x.xlf; an XLIFF
    # TEMPLATE was read as a PO: "job.xlf:1: syntax error".
    po, db = tmp_path / "a.po", str(tmp_path / "m.db")
    po.write_text('msgid "Good night."\nmsgstr ""\n', encoding="utf-8")
    result = run_tm("pretranslate", str(po), "--db", db, "-o", str(tmp_path / "a.xlf"))
    assert result.code == 2 and "writes po only" in result.err
    assert not (tmp_path / "a.xlf").exists()
    xlf = tmp_path / "job.xlf"
    xlf.write_text('<?xml version="1.0"?>\n<xliff version="1.2" '
                   'xmlns="urn:oasis:names:tc:xliff:document:1.2"/>\n', encoding="utf-8")
    result = run_tm("pretranslate", str(xlf), "--db", db, "-o", str(tmp_path / "b.po"))
    assert result.code == 2 and "fills a POT or PO file, not XLIFF" in result.err


@pytest.mark.parametrize("fmt", ["po", "xliff"])
def test_units_a_one_pair_export_leaves_out_are_counted(tmp_path: Path, fmt: str) -> None:
    # REDTEAM4 R6-13: a PO/XLIFF export holds the first unit's language pair; the units of
    # other pairs were left out without a word ("1 unit written", nothing else).
    import tm

    db = str(tmp_path / "m.db")
    with tm.TranslationMemory.open(db) as memory:
        memory.add([tm.Unit("Three.", "三。"), tm.Unit("Three.", "Drei.", target_lang="de"),
                    tm.Unit("Four.", "Vier.", target_lang="de")])
    result = run_tm("export", "--db", db, "--format", fmt, "-o", str(tmp_path / f"m.{fmt}"))
    assert result.code == 0
    assert "1 unit of other language pairs left out" in result.err
    everything = run_tm("export", "--db", db, "--format", "tmx", "-o", str(tmp_path / "m.tmx"))
    assert "left out" not in everything.err
    chosen = run_tm("export", "--db", db, "--format", fmt, "--target-lang", "zh-CN", "-o", "-")
    assert "三。" in chosen.out and "left out" not in chosen.err  # asked for: no news


@pytest.mark.parametrize("fmt", ["po", "xliff"])
def test_a_one_pair_export_takes_the_pair_most_units_are_in(tmp_path: Path, fmt: str) -> None:
    """User trial T37: three German units stored first were exported over 54 Chinese ones."""
    import tm

    db = str(tmp_path / "m.db")
    with tm.TranslationMemory.open(db) as memory:
        memory.add([tm.Unit("Open.", "Öffnen.", target_lang="de")])
        memory.add([tm.Unit("Open.", "打开。"), tm.Unit("Close.", "关闭。")])
    result = run_tm("export", "--db", db, "--format", fmt, "-o", "-")
    assert "打开。" in result.out and "关闭。" in result.out and "Öffnen" not in result.out
    assert "1 unit of other language pairs left out" in result.err
