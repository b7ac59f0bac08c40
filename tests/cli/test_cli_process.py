"""What only a real ``tm`` process shows: the entry points, pipes, SIGPIPE, exit statuses, imports.

Every other CLI test runs :func:`tm.cli.main` in process (``conftest.run_tm``);
these few start a new interpreter on purpose and are marked ``subprocess``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import tm
from conftest import ROOT, run_tm, run_tm_process
from rows import every_row

pytestmark = pytest.mark.subprocess

ARTICLE = "locales/en/article.txt"
PO_HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
             '"Language: zh_CN\\n"\n\n')


def test_console_script_and_python_m_are_the_same_command() -> None:
    script = Path(sys.executable).parent / "tm"
    installed = subprocess.run([str(script), "--version"], capture_output=True, text=True,
                               check=False)
    module = run_tm_process("--version")
    assert installed.returncode == module.code == 0
    assert installed.stdout == module.out == f"tm {tm.__version__}\n"


def test_stdin_from_a_real_pipe() -> None:
    result = run_tm_process("segment", "-", "--format", "jsonl",
                            stdin="他说：“好。”然后走了。\nSecond line.\n".encode())
    assert result.code == 0, result.err
    assert result.stdout == run_tm("segment", "-", "--format", "jsonl",
                                   stdin="他说：“好。”然后走了。\nSecond line.\n").stdout
    assert result.out.count("\n") == 3


def test_stdout_pipe_carries_the_bytes_the_in_process_run_captures() -> None:
    # One fixed clock for both runs: the POT's creation date is to the minute, and a
    # busy machine can put the two runs on either side of a minute's end.
    clock = {"SOURCE_DATE_EPOCH": "1765000000"}
    real = run_tm_process("segment", ARTICLE, "--format", "pot", env=clock)
    captured = run_tm("segment", ARTICLE, "--format", "pot", env=clock)
    assert real.code == 0 and real.err == captured.err  # the note on the skipped navigation line
    assert real.stdout == captured.stdout


def test_a_reader_that_goes_away_is_not_an_error(tmp_path: Path) -> None:
    """``tm segment big.txt | head -n 1``: SIGPIPE/EPIPE ends tm quietly with status 0."""
    big = tmp_path / "big.txt"
    big.write_text(((ROOT / ARTICLE).read_text(encoding="utf-8") + "\n") * 40, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "tm", "segment", str(big), "--format", "jsonl"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 0
    assert first.startswith(b'{"id": "s')
    assert err == b""


#: ``python -m tm ARGS`` for each ARGS of ``argv[1]`` (JSON), each in a process of its own,
#: forked from this one interpreter once it has imported what those runs import first (the
#: CLI and the checks: a new interpreter per case spent most of its CPU there).  Each child
#: runs tm's ``__main__`` as ``python -m`` does and leaves through the interpreter's own exit
#: (``raise SystemExit(main())``); its status, as the OS reports it, and its stderr are
#: printed as JSON.
_STATUSES = """
import json, os, runpy, sys, tempfile
import tm.checks, tm.cli
results = []
for argv in json.loads(sys.argv[1]):
    with tempfile.TemporaryFile() as err:
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            os.dup2(err.fileno(), 2)
            os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
            sys.argv[1:] = argv
            runpy.run_module("tm", run_name="__main__", alter_sys=True)
            raise SystemExit(0)  # the end of the module: what python -m does then
        status = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
        err.seek(0)
        results.append([status, err.read().decode("utf-8")])
print(json.dumps(results))
"""


def exit_statuses(*cases: list[str]) -> list[tuple[int, str]]:
    """(status, stderr) of a real ``python -m tm ARGS`` process for each ARGS of *cases*."""
    proc = subprocess.run([sys.executable, "-c", _STATUSES, json.dumps(cases)], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return [(status, err) for status, err in json.loads(proc.stdout)]


def test_exit_statuses(tmp_path: Path) -> None:
    clean = tmp_path / "clean.po"
    clean.write_text(PO_HEADER + 'msgid "In 2016."\nmsgstr "2016年。"\n', encoding="utf-8")
    wrong = tmp_path / "wrong.po"
    wrong.write_text(PO_HEADER + 'msgid "In 10 cities."\nmsgstr "在11座城市。"\n',
                     encoding="utf-8")
    (clean_code, _), (wrong_code, _), missing, usage = exit_statuses(
        ["check", str(clean)], ["check", str(wrong)], ["check", str(tmp_path / "missing.po")],
        ["segment", "--no-such-option"])
    assert clean_code == 0
    assert wrong_code == 1
    assert missing[0] == 2 and missing[1].startswith("tm: error: ")
    assert usage[0] == 2 and usage[1].startswith("tm: error: ")
    assert usage[1].endswith("see 'tm segment --help'\n") and usage[1].count("\n") == 1


@every_row("argv", [["--version"], ["--help"], []])
def test_version_and_help_import_no_command_machinery(argv: list[str]) -> None:
    """``tm --version`` and ``tm --help`` load the parser, not the checks, memory or formats."""
    script = (
        "import sys\n"
        "from tm.cli import main\n"
        "try:\n"
        f"    main({argv!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('tm.'))), file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, check=False)
    loaded = set(proc.stderr.splitlines()[-1].split())
    heavy = {"tm.checks", "tm.memory", "tm.formats", "tm.alignment", "tm.segmentation",
             "tm.numbers", "tm.glossary", "tm.updating"}
    assert not loaded & heavy, sorted(loaded & heavy)
    assert "tm.cli" in loaded
