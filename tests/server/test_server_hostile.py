"""Red-team findings on ``tm serve`` (REDTEAM.md of 2026-12-06).

Each test is named for the class of defect it guards against and fails on the
code before its fix.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from werkzeug.test import Client

from tm import TranslationMemory, Unit
from tm.errors import UsageError
from tm.server import ServerConfig, create_app

TOKEN = "s3cret-token-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def _one_unit_memory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite memory holding one unit, made once for the module."""
    path = tmp_path_factory.mktemp("served") / "tm.db"
    with TranslationMemory.open(path) as memory:
        memory.add([Unit("Hello world.", "你好世界。")])
    return path


@pytest.fixture
def db(tmp_path: Path, _one_unit_memory: Path) -> str:
    """The test's own copy of the one-unit memory (a copy costs a fiftieth of making one)."""
    path = tmp_path / "tm.db"
    shutil.copyfile(_one_unit_memory, path)
    return str(path)


def _error(response: object, status: int) -> str:
    assert response.status_code == status, response.get_data()  # type: ignore[attr-defined]
    message: str = response.get_json()["error"]  # type: ignore[attr-defined]
    assert "\n" not in message
    return message


@pytest.mark.parametrize("path", ["/api/lookup", "/api/units"])
def test_a_body_nested_too_deeply_is_a_client_error(db: str, path: str) -> None:
    # json.loads recursed: 500 "internal server error" and a traceback logged per request.
    app = Client(create_app(ServerConfig(db=db, token=TOKEN)))
    deep = "[" * 100_000 + "]" * 100_000
    for body in (deep, '{"queries": ' + deep + "}", '{"units": ' + deep + "}"):
        assert "nested" in _error(app.post(path, data=body, headers=AUTH), 400)


@pytest.mark.parametrize("query", ["q=%ED%A0%80", "q=ok&source_lang=%FF", "limit=5&q=%C3"])
def test_a_query_parameter_that_is_not_utf8_is_a_client_error(db: str, query: str) -> None:
    # R4-9: werkzeug keeps an undecodable escape as its text: '%ED%A0%80' was searched for.
    app = Client(create_app(ServerConfig(db=db)))
    name = query.rsplit("&", 1)[-1].split("=")[0] if "%" in query.rsplit("&", 1)[-1] \
        else query.split("=")[0]
    for path in ("/api/lookup", "/api/concordance"):
        assert _error(app.get(f"{path}?{query}"), 400).startswith(f"{name}: not valid UTF-8")
    assert app.get("/api/lookup?q=Hello+%E4%BD%A0%E5%A5%BD").status_code == 200


@pytest.mark.parametrize("path", ["/api/lookup", "/api/units"])
def test_a_body_python_cannot_turn_into_values_is_a_client_error(db: str, path: str) -> None:
    # R9-6: an integer of more than 4,300 digits made json.loads raise a bare ValueError
    # (Python's digit limit): 500 "internal server error" and a traceback logged.
    app = Client(create_app(ServerConfig(db=db, token=TOKEN)))
    long = "7" * 5_000
    for body in ('{"queries": ["Hello world."], "min_score": ' + long + "}",
                 '{"units": [{"source": "a", "target": "乙", "created": -' + long + "}]}",
                 "[" + long + "]"):
        assert "more than 4300 digits" in _error(app.post(path, data=body, headers=AUTH), 400)
    ok = app.post("/api/lookup", data='{"queries": ["Hello world."], "limit": 5}', headers=AUTH)
    assert ok.status_code == 200


@pytest.mark.parametrize("text", ["a \ud800 b", "bell \x07", "esc \x1b[2J", "nul \x00",
                                  "\ufffe"])
@pytest.mark.parametrize("field", ["source", "target", "note", "context", "origin", "created",
                                   "changed"])
def test_a_unit_no_export_could_carry_is_refused(db: str, text: str, field: str) -> None:
    # A lone surrogate gave 500; control characters were stored, and then no TMX or
    # XLIFF export of the memory worked (and ESC sequences reached terminals).  The
    # memory refuses them (the one owner of that rule); the handler names the unit.
    app = Client(create_app(ServerConfig(db=db, token=TOKEN)))
    good = {"source": "Fine.", "target": "好。"}
    unit = {"source": "Good night.", "target": "晚安。", field: text}
    body = json.dumps({"units": [good, unit]})  # \ud800 is written as an escape, as clients do
    response = app.post("/api/units", data=body, headers=AUTH)
    if field == "origin" and "\ud800" in text:  # an undecodable file name: kept readable
        assert response.status_code == 200, response.get_data()
        with TranslationMemory.open(db, readonly=True) as memory:
            assert any(u.origin.path == "a \ufffd b" for u in memory.units())
        return
    message = _error(response, 400)
    if field in ("created", "changed"):  # no time stamp at all (R6-4)
        assert message.startswith(f"units[1].{field}: ") and "time stamp" in message
    else:
        assert message.startswith(f"units[1]: the {field} ") and "U+" in message
    with TranslationMemory.open(db, readonly=True) as memory:
        assert len(memory) == 1


def test_the_memory_refuses_such_units_from_any_file(tmp_path: Path, db: str) -> None:
    from tm import ParseError

    with TranslationMemory.open(db) as memory, pytest.raises(ParseError, match="U\\+001B"):
        memory.add([Unit("Fine.", "好。"), Unit("Esc \x1b[31m red.", "红。",
                                                 origin="ctl.po:7")])
    for field in ("source_lang", "target_lang", "created", "changed", "origin"):
        bad = Unit("Bell.", "铃。", **{"origin": "ctl.po:9", field: "x\x07.po:1"})
        with TranslationMemory.open(db) as memory, \
                pytest.raises(ParseError, match=f"the {field} .* holds U\\+0007"):
            memory.add([bad])
    with TranslationMemory.open(db, readonly=True) as memory:
        assert len(memory) == 1  # nothing of the failed add is stored


@pytest.mark.parametrize("timeout", [1e308, float("inf"), 86_401.0])
def test_a_timeout_the_process_manager_cannot_hold_is_refused(db: str, timeout: float) -> None:
    # --timeout 1e308: every worker died at boot (OverflowError in select), respawned forever.
    with pytest.raises(UsageError, match="at most"):
        ServerConfig(db=db, timeout=timeout)


@pytest.mark.parametrize("chunked", [True, False])
def test_a_body_over_the_size_limit_is_413_chunked_or_not(db: str, chunked: bool) -> None:
    # A chunked body (no Content-Length) over --max-body was cut at the limit by werkzeug
    # and answered "the body is not JSON: Unterminated string" (400).
    import io

    from werkzeug.test import EnvironBuilder, run_wsgi_app

    app = create_app(ServerConfig(db=db, token=TOKEN, max_body_bytes=4096))
    for path, body in (("/api/lookup", {"queries": ["a" * 10_000]}),
                       ("/api/units", {"units": [{"source": "a" * 10_000, "target": "乙"}]})):
        data = json.dumps(body).encode()
        headers = {**AUTH, "Transfer-Encoding": "chunked"} if chunked else AUTH
        environ = EnvironBuilder(path=path, method="POST", input_stream=io.BytesIO(data),
                                 headers=headers).get_environ()
        if chunked:
            environ.pop("CONTENT_LENGTH", None)
            environ["wsgi.input_terminated"] = True      # what gunicorn sets for chunked
        else:
            environ["CONTENT_LENGTH"] = str(len(data))
        chunks, status, _ = run_wsgi_app(app, environ)
        assert status.startswith("413"), (status, b"".join(chunks))
        assert "larger" in json.loads(b"".join(chunks))["error"]
    exact = json.dumps({"queries": ["Hello world."]}).encode()
    response = Client(app).post("/api/lookup", data=exact)
    assert response.status_code == 200


def test_a_posted_unit_longer_than_the_limit_is_refused_before_it_is_stored(db: str) -> None:
    # One 2.7 MB unit took ~56 s to store: the worker was killed at --timeout and the
    # client got gunicorn's HTML 500 page.  Now a field over max_unit_chars is a 413.
    app = Client(create_app(ServerConfig(db=db, token=TOKEN, max_unit_chars=50)))
    for field in ("source", "target", "note"):
        unit = {"source": "Short.", "target": "短。", field: "词 " * 40}
        message = _error(app.post("/api/units", data=json.dumps({"units": [unit]}),
                                  headers=AUTH), 413)
        assert f"units[0].{field}" in message and "50" in message
    ok = app.post("/api/units", data=json.dumps({"units": [{"source": "Short.",
                                                             "target": "短。"}]}), headers=AUTH)
    assert ok.status_code == 200
    with TranslationMemory.open(db, readonly=True) as memory:
        assert len(memory) == 2


def test_an_unavailable_memory_answer_says_when_to_retry(db: str) -> None:
    # A memory locked by a writer answered 503 with no Retry-After: clients retried at once.
    import sqlite3

    app = Client(create_app(ServerConfig(db=db, token=TOKEN, timeout=2, db_timeout=0.3)))
    holder = sqlite3.connect(db, timeout=0)
    try:
        holder.execute("BEGIN IMMEDIATE")       # another writer holds the memory
        response = app.post("/api/units", headers=AUTH,
                            json={"units": [{"source": "Locked out.", "target": "锁在外面。"}]})
    finally:
        holder.rollback()
        holder.close()
    assert _error(response, 503) == "the translation memory is unavailable"
    assert response.headers["Retry-After"] == "1"
    broken = Path(db).with_name("broken.db")
    broken.write_bytes(b"this is not a database" * 100)
    response = Client(create_app(ServerConfig(db=str(broken), db_timeout=4))).get("/healthz")
    assert _error(response, 503) and response.headers["Retry-After"] == "4"


@pytest.mark.parametrize("swap", ["removed", "replaced"])
def test_a_memory_file_removed_or_replaced_under_the_server_is_never_written_blindly(
        tmp_path: Path, db: str, swap: str) -> None:
    # A worker's connection follows the file it opened: after `rm tm.db` (or a backup moved
    # onto tm.db) POST /api/units still answered {"added": 1}, the unit going to a deleted
    # file, and a worker opening afterwards created or served the other file.
    app = Client(create_app(ServerConfig(db=db, token=TOKEN)))
    before = {"units": [{"source": "Before the swap.", "target": "交换之前。"}]}
    assert app.post("/api/units", json=before, headers=AUTH).get_json() == {
        "added": 1, "received": 1, "skipped": []}
    moved = tmp_path / "moved-away.db"
    Path(db).rename(moved)
    if swap == "replaced":
        restored = tmp_path / "elsewhere" / "backup.db"
        restored.parent.mkdir()
        with TranslationMemory.open(str(restored)) as memory:
            memory.add([Unit("From the backup.", "来自备份。")])
        restored.rename(db)
    after = {"units": [{"source": "After the swap.", "target": "交换之后。"}]}
    message = _error(app.post("/api/units", json=after, headers=AUTH), 503)
    assert "restarted" in message
    assert "Retry-After" not in app.post("/api/units", json=after, headers=AUTH).headers
    for path in ("/healthz", "/api/lookup?q=After%20the%20swap.", "/tmserver/languages/"):
        _error(app.get(path), 503)
    assert os.path.exists(db) == (swap == "replaced")  # nothing created behind the operator


@pytest.mark.parametrize("stamp", ["not a date", "9999-99-99", "+275760-01-01",
                                   "2026-02-30T00:00:00Z", "2026-1-6T1:2:3Z", "2026-12-06"])
@pytest.mark.parametrize("field", ["created", "changed"])
def test_a_posted_time_stamp_that_is_no_time_is_refused(db: str, field: str, stamp: str) -> None:
    # REDTEAM4 R6-4: accepted and stored as given (200 "added"); TMX export then
    # dropped it (only YYYY-MM-DDTHH:MM:SSZ is written), so the unit's date was lost unsaid.
    app = Client(create_app(ServerConfig(db=db, token=TOKEN)))
    unit = {"source": "Good night.", "target": "晚安。", field: stamp}
    message = _error(app.post("/api/units", data=json.dumps({"units": [unit]}), headers=AUTH),
                     400)
    assert message.startswith(f"units[0].{field}: ") and "time stamp" in message
    unit[field] = "2026-12-06T20:30:00Z"
    response = app.post("/api/units", data=json.dumps({"units": [unit]}), headers=AUTH)
    assert response.status_code == 200, response.get_data()
    with TranslationMemory.open(db, readonly=True) as memory:
        assert any(getattr(u, field) == "2026-12-06T20:30:00Z" for u in memory.units())
