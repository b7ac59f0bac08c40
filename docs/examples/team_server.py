"""Serve a small memory with ``tm serve``, query it as Weblate and a script would, stop it.

Run from the repository root (needs the ``serve`` extra)::

    python docs/examples/team_server.py

It imports tests/data/memory/news.po into a memory in a temporary folder,
starts ``tm serve`` on a free port of 127.0.0.1, asks the language list and
one unit the way Weblate's "tmserver" service does (the text percent-encoded
with no safe characters, so a ``/`` travels as ``%2F``), asks tm's own JSON
API the same, and stops the server with SIGTERM.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlencode

QUERY = "The factory opened in 2017."


def get(url: str) -> object:
    """GET *url* and decode its JSON answer."""
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def wait_for_url(log: Path, server: subprocess.Popen[bytes]) -> str:
    """The server's base URL, from its "listening on http://..." line."""
    for _ in range(300):
        found = re.search(r"listening on (http://\S+) ", log.read_text())
        if found:
            return found.group(1)
        if server.poll() is not None:
            raise SystemExit(f"tm serve stopped:\n{log.read_text()}")
        time.sleep(0.1)
    raise SystemExit("tm serve did not start in 30 s")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db, log = Path(tmp) / "tm.db", Path(tmp) / "server.log"
        subprocess.run([sys.executable, "-m", "tm", "import", "tests/data/memory/news.po",
                        "--db", str(db)], check=True, capture_output=True)
        with log.open("wb") as sink:
            server = subprocess.Popen([sys.executable, "-m", "tm", "serve", "--db", str(db),
                                       "--port", "0", "--workers", "1"], stderr=sink)
        try:
            url = wait_for_url(log, server)
            print("languages:", json.dumps(get(url + "/tmserver/languages/")))
            unit_url = url + "/tmserver/en/zh_hans/unit/" + quote(QUERY.encode(), safe="")
            print("tmserver: ", json.dumps(get(unit_url), ensure_ascii=False))
            lookup = get(url + "/api/lookup?" + urlencode({"q": QUERY}))
            best = lookup["matches"][0]  # type: ignore[index]
            print("api:      ", best["score"], best["target"], "->", best["adapted"])
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
