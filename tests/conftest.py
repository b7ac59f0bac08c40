"""Shared fixtures: paths into the repository and a runner for the real ``tm`` entry point."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@dataclass
class Result:
    """What a ``tm`` run printed and returned."""

    code: int
    out: str
    err: str


def run_tm(*args: str, stdin: str | bytes | None = None, cwd: Path | None = None) -> Result:
    """Run ``python -m tm ARGS`` as a user would and capture its output."""
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    proc = subprocess.run(
        [sys.executable, "-m", "tm", *args],
        input=data,
        capture_output=True,
        cwd=cwd or ROOT,
        check=False,
    )
    return Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))


@pytest.fixture
def tm_cli():
    """The ``run_tm`` function, for tests that drive the CLI."""
    return run_tm


@pytest.fixture
def root() -> Path:
    """The repository root."""
    return ROOT
