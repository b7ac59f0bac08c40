"""Red-team findings on the command line (docs: /work/helpers/REDTEAM.md of 2026-12-06).

Each test is named for the class of defect it guards against and fails on the
code before its fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, run_tm

DATA = ROOT / "tests" / "data" / "memory"


def _one_line_error(code: int, err: str) -> str:
    assert code == 2, (code, err)
    assert err.startswith("tm: error: ") and err.count("\n") == 1, err
    return err


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_output_onto_a_memorys_own_files_is_refused(db: Path, suffix: str) -> None:
    # `tm export -o x.db-wal` replaced the WAL of a live memory: committed units
    # were lost and every later command failed with "disk I/O error".
    sidecar = Path(f"{db}{suffix}")
    before = sidecar.read_bytes() if sidecar.exists() else None
    result = run_tm("export", "--db", str(db), "--format", "csv", "-o", str(sidecar))
    err = _one_line_error(result.code, result.err)
    assert "memory" in err and sidecar.name in err
    assert (sidecar.read_bytes() if sidecar.exists() else None) == before
    assert run_tm("stats", "--db", str(db)).code == 0


@pytest.mark.parametrize("url", [
    "postgresql://u:hunter2@127.0.0.1:1/db",
    "postgresql://u@127.0.0.1:1/db?sslmode=disable&password=hunter2",
])
@pytest.mark.parametrize("how", ["--db", "TM_DB"])
def test_a_memory_password_is_never_printed(url: str, how: str) -> None:
    # The guard prefixed the raw --db to the (redacted) error; ?password= was not redacted.
    args, env = (["--db", url], {}) if how == "--db" else ([], {"TM_DB": url})
    for command in (["stats", "-v", *args], ["import", str(DATA / "news.po"), "-v", *args]):
        result = run_tm(*command, env=env)
        assert result.code == 2 and "Traceback" not in result.err, result.err
        assert "hunter2" not in result.err + result.out
        assert "***" in result.err


def test_the_server_banner_hides_the_password(capsys: pytest.CaptureFixture[str]) -> None:
    from tm.server._config import ServerConfig
    from tm.server._runner import _settings

    class _Server:
        LISTENERS = ("http://127.0.0.1:8765",)

    _settings(ServerConfig(db="postgresql://u:hunter2@/db"))["when_ready"](_Server())
    err = capsys.readouterr().err
    assert "hunter2" not in err and "postgresql://u:***@/db" in err


@pytest.mark.subprocess
def test_serve_start_up_failures_are_one_line_errors(db: Path, tmp_path: Path) -> None:
    # gunicorn retried a port in use for 5 s, logged ten lines and exited 1; an
    # unwritable access log gave "Error: Error: ... isn't writable [FileNotFoundError(...)]".
    # A process of its own (forked, tests/forked.py): one that did start would serve,
    # not take over the test's process; it is killed after the timeout instead.
    import os
    import socket

    from forked import run_tm_child

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    try:
        for extra in (["--port", str(port)],
                      ["--port", "0", "--access-log", str(tmp_path / "no" / "x.log")]):
            code, _, err = run_tm_child(["serve", "--db", str(db), *extra], cwd=ROOT,
                                        env=dict(os.environ), timeout=120)
            _one_line_error(code, err)
            assert ("Address already in use" in err or "x.log" in err)
    finally:
        taken.close()
