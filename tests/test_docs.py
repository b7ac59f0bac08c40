"""Every example in docs/ runs, so the guides cannot drift from the code.

Two kinds of fenced blocks are executed, with the repository root as the
working directory:

* ```` ```pycon ```` blocks are doctests (``>>>`` lines and their expected output);
* ```` ```console ```` blocks hold ``$ command`` lines followed by the output
  they must print (stdout); ``tm`` runs from this checkout's environment.

Other blocks (``sh``, ``text``, ``toml`` ...) are illustrations and are not run.
"""

from __future__ import annotations

import doctest
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
FENCE = re.compile(r"^```(\w+)[^\n]*\n(.*?)^```", re.M | re.S)


def _blocks(kind: str) -> list[tuple[str, int, str]]:
    found = []
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            if m.group(1) == kind:
                line = text.count("\n", 0, m.start()) + 1
                found.append((f"{path.name}:{line}", line, m.group(2)))
    return found


@pytest.mark.parametrize(("where", "line", "body"), _blocks("pycon"), ids=lambda v: str(v)[:30])
def test_pycon_examples(where: str, line: int, body: str, tmp_path: Path,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    parser = doctest.DocTestParser()
    test = parser.get_doctest(body, {"__name__": "__docs__"}, where, where, line)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    out: list[str] = []
    runner.run(test, out=out.append)
    assert runner.failures == 0, "".join(out)


def _console_steps(body: str) -> list[tuple[str, str]]:
    steps: list[tuple[str, str]] = []
    for raw in body.splitlines():
        if raw.startswith("$ "):
            steps.append((raw[2:], ""))
        elif steps:
            cmd, expected = steps[-1]
            steps[-1] = (cmd, expected + raw + "\n")
    return steps


@pytest.mark.parametrize(("where", "line", "body"), _blocks("console"), ids=lambda v: str(v)[:30])
def test_console_examples(where: str, line: int, body: str) -> None:
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env.pop("FORCE_COLOR", None)
    env["NO_COLOR"] = "1"
    for cmd, expected in _console_steps(body):
        proc = subprocess.run(cmd, shell=True, cwd=ROOT, env=env, capture_output=True,
                              text=True, check=False)
        got = proc.stdout
        if expected.strip():
            pattern = re.escape(expected.strip()).replace(r"\.\.\.", ".*")
            assert re.fullmatch(pattern, got.strip(), re.S), (
                f"{where}: `{cmd}` printed:\n{got}\nstderr:\n{proc.stderr}\nexpected:\n{expected}"
            )
        else:
            assert proc.returncode == 0, f"{where}: `{cmd}` failed:\n{proc.stderr}"
