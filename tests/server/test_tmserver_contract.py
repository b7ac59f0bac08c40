"""The tmserver contract: Weblate's own client gets ``tm lookup``'s matches from ``tm serve``.

A real ``tm serve`` (gunicorn, sockets on 127.0.0.1) is queried by
:class:`weblate_tmserver.WeblateTMServer`, Weblate's own URL building,
language-code mapping, quoting and JSON reading; each answer is compared
with what ``tm lookup --format json`` prints for the text Weblate sent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from serverproc import LONG_TEXT, Server, make_served_db, running_server
from weblate_tmserver import UnsupportedLanguageError, WeblateTMServer

# (Weblate source language, Weblate target language, text a translator is on)
QUERIES = [
    ("en", "zh_Hans", "The store opens at 9 pm."),
    ("en", "zh_Hans", "Save the file."),
    ("en", "zh_Hans", "Files in /usr/local/bin are run first."),
    ("en", "zh_Hans", "Files in /usr/local/sbin are run first."),
    ("en", "zh_Hans", "Is 50% off? Yes & more: see #3 + FAQ."),
    ("en", "zh_Hans", "Line one\nline two"),
    ("en", "zh_Hans", "Line one\r\nline two"),
    ("en", "zh_CN", "Open the file in a new tab."),
    ("en", "zh_Hant", "Traditional only here."),
    ("en", "zh_TW", "Traditional only here!"),
    ("zh_Hans", "en", "商店上午10点开门。"),
    ("en", "zh_Hans", LONG_TEXT),  # longer than the 500 characters Weblate sends
    ("en", "zh_Hans", "../../etc/passwd"),
    ("en", "zh_Hans", "/leading slash, a+b=c; 100%2F sure? #frag"),
    ("en", "zh_Hans", "Save the file 📁."),
]
# The queries above that must find something (so the comparison is never vacuous).
MUST_MATCH = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 14}


@pytest.fixture(scope="module")
def server(module_location: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """``tm serve`` over the small memory, on each backend in turn (SQLite, PostgreSQL)."""
    log = tmp_path_factory.mktemp("contract") / "server.log"
    with running_server(make_served_db(module_location), "--workers", "2", log=log) as running:
        yield running


def lookup_matches(tm_cli: Any, db: str, text: str, source: str, target: str
                   ) -> list[tuple[str, str, int]]:
    """``tm lookup --format json``'s matches as (source, target, int(score)).

    The target is the adapted one where tm adapted the match (R4-6): the score counts on it.
    """
    result = tm_cli("lookup", text, "--db", db, "--format", "json", "--source-lang", source,
                    "--target-lang", target, "--min-score", "70", "--limit", "5")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    return [(m["source"], m["adapted"] or m["target"], int(m["score"]))
            for m in data["results"]["matches"]]


@pytest.mark.parametrize("case", range(len(QUERIES)))
def test_weblate_gets_the_matches_of_tm_lookup(server: Server, tm_cli: Any, case: int) -> None:
    weblate_source, weblate_target, text = QUERIES[case]
    client = WeblateTMServer(server.url + "/tmserver/")
    source, target = client.get_languages(weblate_source, weblate_target)
    got = [(s["source"], s["text"], s["quality"])
           for s in client.suggest(weblate_source, weblate_target, text, threshold=10)]
    sent = text[:500].replace("\r", " ")  # what Weblate puts in the URL
    expected = lookup_matches(tm_cli, server.db, sent, source, target)
    assert got == expected
    assert bool(expected) == (case in MUST_MATCH)


def test_weblate_accepts_the_service_url(server: Server) -> None:
    """What Weblate runs when an administrator saves the URL (en -> de "test" included)."""
    WeblateTMServer(server.url + "/tmserver/").validate_settings()


def test_weblate_threshold_filters_on_quality(server: Server) -> None:
    client = WeblateTMServer(server.url + "/tmserver")
    low = client.suggest("en", "zh_Hans", "The store opens at 9 pm.", threshold=10)
    high = client.suggest("en", "zh_Hans", "The store opens at 9 pm.", threshold=90)
    assert [s["source"] for s in low] == ["The store opens at 9 am."]
    assert low[0]["quality"] == 83 and high == []


def test_language_list_is_what_weblate_pairs(server: Server) -> None:
    response = requests.get(server.url + "/tmserver/languages/", timeout=10)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/json")
    data = response.json()
    assert set(data) == {"sourceLanguages", "targetLanguages"}
    # en, Simplified under every Weblate spelling, Traditional (one unit is zh-TW); no bare zh.
    assert data["sourceLanguages"] == ["en", "zh_cn", "zh_hans", "zh_hant", "zh_hk", "zh_mo",
                                       "zh_sg", "zh_tw"]
    assert data["targetLanguages"] == data["sourceLanguages"]


def test_weblate_picks_its_own_code_first_and_skips_unserved_languages(server: Server) -> None:
    client = WeblateTMServer(server.url + "/tmserver/")
    assert client.get_languages("en", "zh_Hans") == ("en", "zh_hans")
    assert client.get_languages("en_US", "zh_CN") == ("en", "zh_cn")  # en_us is not stored
    assert client.get_languages("zh_Hant", "en") == ("zh_hant", "en")
    with pytest.raises(UnsupportedLanguageError):
        client.get_languages("en", "ja")


def test_simplified_is_not_served_to_a_traditional_project(tmp_path: Path) -> None:
    """Weblate falls back from zh_TW to bare zh; a Simplified-only memory must not answer."""
    from tm import TranslationMemory, Unit

    db = tmp_path / "simplified.db"
    with TranslationMemory.open(db) as memory:
        memory.add([Unit("Save the file.", "保存文件。")])
    with running_server(str(db), "--workers", "1", log=tmp_path / "log") as server:
        client = WeblateTMServer(server.url + "/tmserver/")
        assert client.suggest("en", "zh_Hans", "Save the file.")[0]["text"] == "保存文件。"
        with pytest.raises(UnsupportedLanguageError):
            client.get_languages("en", "zh_TW")


def test_unit_url_shapes(server: Server) -> None:
    """The raw URL shapes: %2F inside the text, a trailing slash kept, bad UTF-8 refused."""
    base = server.url + "/tmserver/en/zh_hans/unit/"
    slashes = requests.get(base + "Files%20in%20%2Fusr%2Flocal%2Fbin%20are%20run%20first.",
                           timeout=10).json()
    assert slashes[0]["target"] == "/usr/local/bin 中的文件先运行。"
    assert slashes[0]["quality"] == 100
    assert set(slashes[0]) == {"source", "target", "quality", "rank"}
    assert requests.get(base, timeout=10).json() == []
    bad = requests.get(base + "%FF%FE", timeout=10)
    assert bad.status_code == 400 and "UTF-8" in bad.json()["error"]
