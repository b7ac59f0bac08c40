"""Every example in docs/ runs, so the guides cannot drift from the code.

Two kinds of fenced blocks are executed:

* ```` ```pycon ```` blocks are doctests (``>>>`` lines and their expected output);
* ```` ```console ```` blocks hold ``$ command`` lines followed by the output
  they must print (stdout).

Other blocks (``sh``, ``text``, ``toml`` ...) are illustrations and are not run.

Each docs file is one test: its blocks run in document order (later examples
use files that earlier ones made) in a fresh temporary folder holding copies of
``locales/``, ``tests/data/`` and ``examples/``, so the examples use relative paths, never
touch the checkout or a shared folder, and two runs cannot collide.  A ``tm
ARGS`` command (optionally piped into other programs) runs through
:func:`tm.cli.main` in this process; any other shell line runs in ``sh``.
"""

from __future__ import annotations

import doctest
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_tm

DOCS = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
FENCE = re.compile(r"^```(\w+)[^\n]*\n(.*?)^```", re.M | re.S)
#: What the examples may read, copied into each file's temporary folder.
FIXTURES = ("locales", "tests/data", "examples")
#: Characters outside quotes that make a command more than "tm ARGS [| shell]".
SHELL_SYNTAX = frozenset(";&<>()$`*?[]{}~#\n")


def _blocks(path: Path) -> list[tuple[str, int, str]]:
    """(kind, line, body) of the executable blocks of *path*, in document order."""
    text = path.read_text(encoding="utf-8")
    return [(m.group(1), text.count("\n", 0, m.start()) + 1, m.group(2))
            for m in FENCE.finditer(text) if m.group(1) in ("pycon", "console")]


def _console_steps(body: str) -> list[tuple[str, str]]:
    steps: list[tuple[str, str]] = []
    for raw in body.splitlines():
        if raw.startswith("$ "):
            steps.append((raw[2:], ""))
        elif steps:
            cmd, expected = steps[-1]
            steps[-1] = (cmd, expected + raw + "\n")
    return steps


def _tm_pipeline(cmd: str) -> tuple[list[str], str] | None:
    """(tm's arguments, the rest of the pipeline) for ``tm ARGS [| REST]``, else None."""
    quote, i = "", 0
    while i < len(cmd):
        char = cmd[i]
        if quote:
            if char == quote:
                quote = ""
            elif quote == '"' and char in "$`\\":
                return None
        elif char in "'\"":
            quote = char
        elif char == "|" or char in SHELL_SYNTAX or char == "\\":
            break
        i += 1
    if quote or (i < len(cmd) and cmd[i] != "|") or cmd[i + 1:i + 2] == "|":
        return None
    words = shlex.split(cmd[:i])
    if not words or words[0] != "tm":
        return None
    return words[1:], cmd[i + 1:]


def _shell(cmd: str, cwd: Path, env: dict[str, str],
           stdin: bytes | None = None) -> tuple[int, str, str]:
    proc = subprocess.run(cmd, shell=True, cwd=cwd, env=env, input=stdin, capture_output=True,
                          check=False)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def _run(cmd: str, cwd: Path, env: dict[str, str]) -> tuple[int, str, str]:
    """Run one ``$`` line as sh would; return (status, stdout, stderr)."""
    pipeline = _tm_pipeline(cmd)
    if pipeline is None:
        return _shell(cmd, cwd, {**os.environ, **env})
    args, rest = pipeline
    result = run_tm(*args, cwd=cwd, env=env)
    if not rest.strip():
        return result.code, result.out, result.err
    code, out, err = _shell(rest, cwd, {**os.environ, **env}, result.stdout)
    return code, out, result.err + err


def _run_console(where: str, body: str, cwd: Path) -> None:
    env = {"PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""),
           "NO_COLOR": "1", "FORCE_COLOR": ""}
    for cmd, expected in _console_steps(body):
        code, got, err = _run(cmd, cwd, env)
        if expected.strip():
            pattern = re.escape(expected.strip()).replace(r"\.\.\.", ".*")
            assert re.fullmatch(pattern, got.strip(), re.S), (
                f"{where}: `{cmd}` printed:\n{got}\nstderr:\n{err}\nexpected:\n{expected}"
            )
        else:
            assert code == 0, f"{where}: `{cmd}` failed:\n{err}"


def _run_pycon(where: str, line: int, body: str) -> None:
    parser = doctest.DocTestParser()
    test = parser.get_doctest(body, {"__name__": "__docs__"}, where, where, line)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    out: list[str] = []
    runner.run(test, out=out.append)
    assert runner.failures == 0, "".join(out)


@pytest.mark.parametrize("path", [path for path in DOCS if _blocks(path)], ids=lambda p: p.name)
def test_examples(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = _blocks(path)
    for fixture in FIXTURES:
        shutil.copytree(ROOT / fixture, tmp_path / fixture)
    monkeypatch.chdir(tmp_path)
    for kind, line, body in blocks:
        where = f"{path.name}:{line}"
        if kind == "pycon":
            _run_pycon(where, line, body)
        else:
            _run_console(where, body, tmp_path)


def test_tm_commands_run_in_process_only_when_sh_would_do_the_same() -> None:
    assert _tm_pipeline("tm segment a.txt --format jsonl") == (
        ["segment", "a.txt", "--format", "jsonl"], "")
    assert _tm_pipeline("tm terms \"Inno Way's cafes\" | head -n 2") == (
        ["terms", "Inno Way's cafes"], " head -n 2")
    for cmd in ("tm a -o x; echo $?", "tm a 2>&1", "tm a > out", "tm a && tm b", "tm a || b",
                "cat x | tm a", "tm \"$HOME\"", "tm *.po", "rm -f x"):
        assert _tm_pipeline(cmd) is None, cmd
