"""The test cluster outlives no run: a starter killed before it can stop its PostgreSQL
server (an xdist controller killed by a CI timeout, a SIGKILL) leaves neither the server
nor the cluster's folder behind (tests/pg_cluster.py, the undertaker).  Two servers from
interrupted runs were found still running hours later before this."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pg_cluster

TESTS = Path(__file__).resolve().parent.parent
#: Seconds the undertaker may take on a loaded machine (pg_ctl stop -m immediate, rmtree).
_WAIT = 60.0

_STARTER = """
import pathlib, sys
sys.path.insert(0, {tests!r})
import pg_cluster
cluster = pg_cluster.Cluster(pathlib.Path({bindir!r}))
cluster._initdb_and_start()
print(cluster.base, flush=True)
sys.stdin.read()
"""


def _running(pid: int) -> bool:
    """True while *pid* is a live process (a zombie is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def test_a_killed_starter_leaves_no_server_and_no_cluster() -> None:
    bindir = pg_cluster.find_bin()
    if bindir is None:
        pytest.fail("PostgreSQL server binaries not found (initdb): CI installs them")
    starter = subprocess.Popen(
        [sys.executable, "-c", _STARTER.format(tests=str(TESTS), bindir=str(bindir))],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert starter.stdout is not None
    base = Path(starter.stdout.readline().strip())
    server = int((base / "data" / "postmaster.pid").read_text().split()[0])
    assert _running(server)
    os.kill(starter.pid, signal.SIGKILL)
    starter.wait()
    deadline = time.monotonic() + _WAIT
    while (_running(server) or base.exists()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(server), "the killed starter's PostgreSQL server is still running"
    assert not base.exists(), f"the killed starter's cluster is still in {base}"
