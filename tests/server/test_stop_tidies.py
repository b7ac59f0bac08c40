"""A stopped server leaves the memory one file even when no worker's close removed the log
(review Z-10).

SQLite removes ``-wal``/``-shm`` when the last connection closes.  Each worker
closes its connection as it stops, but a worker killed (at the graceful
timeout, by the OOM killer) never closes, and workers closing at the same
moment may each see the other still open: the files stayed beside a memory
the server only read.  The arbiter now opens and closes the memory once after
every worker has exited.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import requests
from serverproc import UNITS, make_served_db, running_server


def test_a_killed_worker_leaves_no_log_after_the_stop(tmp_path: Path) -> None:
    db = make_served_db(tmp_path / "served.db")
    with running_server(db, "--workers", "1", log=tmp_path / "log") as server:
        found = requests.get(server.url + "/api/lookup", params={"q": UNITS[0].source},
                             timeout=30).json()["matches"]
        assert found[0]["target"] == UNITS[0].target
        assert Path(db + "-wal").exists()  # the worker's open connection
        [worker] = server.worker_pids()
        os.kill(worker, signal.SIGKILL)  # its connection is never closed
        deadline = time.monotonic() + 30
        while worker in server.worker_pids() and time.monotonic() < deadline:
            time.sleep(0.05)
        server.process.send_signal(signal.SIGTERM)
        assert server.process.wait(timeout=60) == 0
    assert sorted(p.name for p in tmp_path.glob("served.db*")) == ["served.db"]
