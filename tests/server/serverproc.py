"""A real ``tm serve`` process for the server tests, and the small memory they serve.

``running_server`` starts ``tm serve --port 0`` as a user would (gunicorn,
worker processes, a socket on 127.0.0.1) in a process forked from the test's
(tests/forked.py: it starts with tm imported, where a new interpreter spent
about 0.3 CPU s and as much wall time first), waits for the "listening on"
line, and stops it with SIGTERM.  The tests of how the command itself starts
and ends (``python -m tm serve``'s exit status) ask for a new interpreter with
``new_interpreter=True``.  Everything stays on the loopback interface and
every wait is bounded.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from forked import Child, start_tm
from tm import TranslationMemory, Unit

ROOT = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 30.0
LISTENING = re.compile(r"listening on (http://\S+) ")

LONG_TEXT = " ".join(f"Clause {i} of a long licence text says what may be done." for i in range(20))
UNITS = [
    Unit("The store opens at 9 am.", "商店上午9点开门。", origin="shop.po:3"),
    Unit("The store closes at 6 pm.", "商店下午6点关门。", origin="shop.po:7"),
    Unit("Inno Way is a startup street in Beijing.", "中关村创业大街是北京的一条创业街。",
         origin="article.po:10"),
    Unit("Save the file.", "保存文件。", context="menu", origin="ui.po:1"),
    Unit("Open the file in a new window.", "在新窗口中打开文件。", origin="ui.po:5"),
    Unit("Files in /usr/local/bin are run first.", "/usr/local/bin 中的文件先运行。",
         origin="ui.po:9"),
    Unit("Is 50% off? Yes & more: see #3 + FAQ.", "五折吗？是的，还有更多：见第3条和常见问题。",
         origin="ui.po:12"),
    Unit("Line one\nline two", "第一行\n第二行", origin="ui.po:15"),
    Unit("Traditional only here.", "這裡只有繁體。", target_lang="zh-TW", origin="tw.po:1"),
    # The first 500 characters of LONG_TEXT: all of it that Weblate sends.
    Unit(LONG_TEXT[:500], "一段很长的文字。", origin="long.po:1"),
]


@dataclass
class Server:
    """A running ``tm serve``: its base URL, process, log file and the memory it serves."""

    url: str
    process: subprocess.Popen[bytes] | Child
    log: Path
    db: str

    def worker_pids(self) -> list[int]:
        """The pids of the gunicorn workers (children of the ``tm serve`` process)."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def log_text(self) -> str:
        """What the server printed so far."""
        return self.log.read_text(encoding="utf-8", errors="replace")


@contextlib.contextmanager
def running_server(db: str, *args: str, env: dict[str, str] | None = None, log: Path,
                   new_interpreter: bool = False) -> Iterator[Server]:
    """Start ``tm serve --db DB --port 0 ARGS``; yield it once it listens; stop it after.

    The server runs in a process forked from this one, or with *new_interpreter*
    in ``python -m tm serve``; either way its output goes to *log*.
    """
    full_env = {**os.environ, **(env or {})}
    command = ["serve", "--db", db, "--port", "0", *args]
    process: subprocess.Popen[bytes] | Child
    with log.open("wb") as sink:
        if new_interpreter:
            process = subprocess.Popen([sys.executable, "-m", "tm", *command], stdout=sink,
                                       stderr=subprocess.STDOUT, cwd=ROOT, env=full_env,
                                       start_new_session=True)
        else:
            process = start_tm(command, stdout=sink.fileno(), cwd=ROOT, env=full_env)
    try:
        server = Server(_wait_for_url(process, log), process, log, db)
        yield server
    finally:
        _stop(process)


def _wait_for_url(process: subprocess.Popen[bytes] | Child, log: Path) -> str:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        found = LISTENING.search(log.read_text(encoding="utf-8", errors="replace"))
        if found:
            return found.group(1)
        if process.poll() is not None:
            raise AssertionError(f"tm serve exited with {process.returncode}:\n"
                                 f"{log.read_text(errors='replace')}")
        time.sleep(0.01)   # a forked start takes a fraction of a second: look often
    raise AssertionError(f"tm serve did not start in {STARTUP_SECONDS} s:\n"
                         f"{log.read_text(errors='replace')}")


def _stop(process: subprocess.Popen[bytes] | Child) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)


def make_served_db(location: str | Path) -> str:
    """Fill the memory at *location* (a SQLite path or a PostgreSQL URL) with :data:`UNITS`."""
    with TranslationMemory.open(location) as memory:
        memory.add(UNITS)
    return str(location)
