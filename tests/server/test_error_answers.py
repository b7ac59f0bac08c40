"""Red-team finding R5-9 (REDTEAM3.md): requests the HTTP layer refuses are answered in JSON too.

docs/team.md promises that every refusal is ``{"error": "one line"}``; a request
line over 8190 bytes (414), headers over gunicorn's limits (431) and malformed
requests (400) were answered with gunicorn's HTML page instead.  Raw sockets,
every wait bounded.  Named for the class of defect; fails on the code before
its fix.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from serverproc import make_served_db, running_server


def _answer(url: str, request: bytes) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), headers, body


@pytest.mark.subprocess
def test_requests_refused_before_the_application_are_answered_in_json(tmp_path: Path) -> None:
    db = make_served_db(tmp_path / "served.db")
    cases = [
        (b"GET /tmserver/en/zh_cn/unit/" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        (b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 9000 + b"\r\n\r\n", 431),
        (b"GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", 400),
        (b"GARBAGE\r\n\r\n", 400),
    ]
    with running_server(db, "--workers", "1", log=tmp_path / "server.log") as server:
        for request, status in cases:
            got, headers, body = _answer(server.url, request)
            assert got == status, body[:200]
            assert headers["Content-Type"].startswith("application/json"), body[:200]
            assert int(headers["Content-Length"]) == len(body)
            error = json.loads(body)["error"]
            assert error and "\n" not in error and "<" not in error, error
        healthy = _answer(server.url, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close"
                                      b"\r\n\r\n")
        assert healthy[0] == 200 and json.loads(healthy[2])["status"] == "ok"
