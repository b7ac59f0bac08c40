"""Every example in docs/ runs, so the guides cannot drift from the code.

Two kinds of fenced blocks are executed:

* ```` ```pycon ```` blocks are doctests (``>>>`` lines and their expected output);
* ```` ```console ```` blocks hold ``$ command`` lines followed by the output
  they must print (stdout).

Other blocks (``sh``, ``text``, ``toml`` ...) are illustrations and are not run.

Each docs file is one test: its blocks run in document order (later examples
use files that earlier ones made) in a fresh temporary folder holding copies of
``locales/``, ``tests/data/`` and ``docs/examples/``, so the examples use relative paths, never
touch the checkout or a shared folder, and two runs cannot collide; the
temporary folders an example makes are made in there too.  A ``tm
ARGS`` command runs through :func:`tm.cli.main` in this process, also with
its stderr discarded (``2>/dev/null``) or printed instead of its output
(``2>&1 >/dev/null``), fed by a shell command (``printf ... | tm ARGS``),
piped into other programs, or followed by ``&& LINE`` or ``; LINE`` (with
``$?`` its status); anything else runs in ``sh``, as does every part that
is not ``tm``.
"""

from __future__ import annotations

import doctest
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from conftest import ROOT, run_tm

DOCS = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
FENCE = re.compile(r"^```(\w+)[^\n]*\n(.*?)^```", re.M | re.S)
#: What the examples may read, copied into each file's temporary folder.
FIXTURES = ("locales", "tests/data", "docs/examples")
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


#: Redirections of a ``tm`` command run in process: (stdout kept, stderr kept, stderr to stdout).
REDIRECTIONS = {"": (True, True, False), "2>/dev/null": (True, False, False),
                "2>&1 >/dev/null": (False, False, True)}


def _top_level(cmd: str, operators: tuple[str, ...]) -> tuple[str, str, str] | None:
    """(before, operator, after) at the first of *operators* outside quotes, else None."""
    quote = ""
    for i, char in enumerate(cmd):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        else:
            for op in operators:
                if cmd.startswith(op, i):
                    return cmd[:i], op, cmd[i + len(op):]
    return None


def _in_process_form(cmd: str) -> tuple[str, list[str], str, str] | None:
    """(producer, tm's arguments, redirection, pipeline rest) of a line tm can run in process.

    ``[PRODUCER |] tm ARGS [2>/dev/null | 2>&1 >/dev/null] [| REST]``, where
    PRODUCER is a shell command that does not mention ``tm``; else None.
    """
    producer = ""
    first = _top_level(cmd, ("|",))
    if first is not None and not first[0].lstrip().startswith("tm ") and "tm" not in first[0]:
        producer, cmd = first[0], first[2].lstrip()
    for redirection in sorted(REDIRECTIONS, key=len, reverse=True):
        head, pipe, rest = cmd.partition(" | ") if redirection else (cmd, "", "")
        if redirection and not head.rstrip().endswith(" " + redirection):
            continue
        plain = head.rstrip()[:-len(redirection)] if redirection else cmd
        pipeline = _tm_pipeline(plain + (pipe + rest if redirection else ""))
        if pipeline is not None:
            return producer, pipeline[0], redirection, pipeline[1]
    return None


def _shell(cmd: str, cwd: Path, env: dict[str, str],
           stdin: bytes | None = None) -> tuple[int, str, str]:
    proc = subprocess.run(cmd, shell=True, cwd=cwd, env=env, input=stdin, capture_output=True,
                          check=False)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def _run(cmd: str, cwd: Path, env: dict[str, str]) -> tuple[int, str, str]:
    """Run one ``$`` line as sh would; return (status, stdout, stderr)."""
    shell_env = {**os.environ, **env}
    for operator in ("&&", ";"):
        split = _top_level(cmd, (operator,))
        if split is not None and _in_process_form(split[0].strip()) is not None:
            code, out, err = _run(split[0].strip(), cwd, env)
            if operator == "&&" and code != 0:
                return code, out, err
            after = split[2].strip()
            then = (_shell(f"(exit {code}); {after}", cwd, shell_env) if "$?" in after
                    else _run(after, cwd, env))
            return then[0], out + then[1], err + then[2]
    form = _in_process_form(cmd)
    if form is None:
        return _shell(cmd, cwd, shell_env)
    producer, args, redirection, rest = form
    stdin = _shell(producer, cwd, shell_env)[1] if producer else None
    result = run_tm(*args, stdin=stdin, cwd=cwd, env=env)
    keep_out, keep_err, err_to_out = REDIRECTIONS[redirection]
    out = (result.stdout if keep_out else b"") + (result.stderr if err_to_out else b"")
    err = result.err if keep_err else ""
    if not rest.strip():
        return result.code, out.decode("utf-8"), err
    code, piped, rest_err = _shell(rest, cwd, shell_env, out)
    return code, piped, err + rest_err


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


def _work_in(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the examples in *folder*, and make the temporary folders they make there too.

    Examples call ``tempfile.mkdtemp()`` (or a shell's ``mktemp``) as a reader
    would; in the system folder every run of the suite left those behind.
    """
    monkeypatch.chdir(folder)
    scratch = folder / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("TMPDIR", str(scratch))


def test_the_temporary_folders_examples_make_stay_in_the_tests_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _work_in(tmp_path, monkeypatch)
    _run_pycon("here", 1, ">>> import tempfile\n>>> made = tempfile.mkdtemp()\n")
    made = subprocess.run(["sh", "-c", "mktemp -d"], capture_output=True, text=True, check=True)
    assert [p.parent for p in (tmp_path / "tmp").iterdir()] == [tmp_path / "tmp"] * 2
    assert Path(made.stdout.strip()).parent == tmp_path / "tmp"


@pytest.mark.parametrize("path", [path for path in DOCS if _blocks(path)], ids=lambda p: p.name)
def test_examples(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = _blocks(path)
    for fixture in FIXTURES:
        shutil.copytree(ROOT / fixture, tmp_path / fixture)
    _work_in(tmp_path, monkeypatch)
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
    assert _in_process_form("tm a 2>/dev/null | head -n 3") == ("", ["a"], "2>/dev/null",
                                                                " head -n 3")
    assert _in_process_form("tm a 2>&1 >/dev/null") == ("", ["a"], "2>&1 >/dev/null", "")
    assert _in_process_form("printf 'x|y\\n' | tm a -") == ("printf 'x|y\\n' ", ["a", "-"], "", "")
    for cmd in ("tm a 2>&1", "tm a >/dev/null 2>&1", "tm a 2>err", "tm a || b", "rm -f x",
                "tm a 2>/dev/null; echo $?"):
        assert _in_process_form(cmd) is None, cmd


@pytest.mark.parametrize("line", [
    "printf 'a b\\n' | tm segment - 2>/dev/null | wc -l",
    "tm segment no-such-file.txt 2>&1 >/dev/null",
    "tm segment no-such-file.txt 2>/dev/null; echo \"exit $?\"",
    "tm segment no-such-file.txt && echo never",
    "tm --version && tm --version; echo \"exit $?\"",
    "printf 'Hello. World.\\n' | tm segment - | head -n 1 && echo ok",
])
def test_a_line_run_in_process_prints_what_sh_prints(line: str, tmp_path: Path) -> None:
    env = {"PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""),
           "NO_COLOR": "1", "FORCE_COLOR": ""}
    real = _shell(line, tmp_path, {**os.environ, **env})
    assert _run(line, tmp_path, env) == real
