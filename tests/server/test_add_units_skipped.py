"""``POST /api/units`` names each unit it did not store, and why (T59).

A unit with an empty target (a client sending an untranslated string) was
answered ``{"added": 0, "received": 1}`` with no reason: the client could not
tell it from a unit already stored.  ``skipped`` lists each such unit by its
index with the memory's own reason (tm.memory.skip_reason).
"""

from __future__ import annotations

from pathlib import Path

from werkzeug.test import Client

from tm import TranslationMemory
from tm.server import ServerConfig, create_app

TOKEN = "token-for-the-skip-tests"


def _post(db: Path, units: list[dict[str, str]]) -> dict[str, object]:
    app = Client(create_app(ServerConfig(db=str(db), token=TOKEN)))
    response = app.post("/api/units", json={"units": units},
                        headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.get_data(as_text=True)
    answer: dict[str, object] = response.get_json()
    return answer


def test_units_not_stored_are_named_with_the_reason(tmp_path: Path) -> None:
    db = tmp_path / "team.db"
    sent = [{"source": "Card limit reached", "target": ""},
            {"source": "Top up", "target": "充值"},
            {"source": "  ", "target": "空白"},
            {"source": "Top up", "target": "充值"}]     # the same pair again: stored once
    assert _post(db, sent) == {"added": 1, "received": 4, "skipped": [
        {"index": 0, "reason": "the target is empty"},
        {"index": 2, "reason": "the source is empty"}]}
    with TranslationMemory.open(db, readonly=True) as memory:
        assert [(u.source, u.target) for u in memory.units()] == [("Top up", "充值")]
    again = _post(db, sent[1:2])      # already stored: neither added nor skipped
    assert again == {"added": 0, "received": 1, "skipped": []}
