"""The languages a memory query asks when one or none is given (trial T61).

One language given alone must not pair the query with a language it is not
written in: ``--target-lang de`` for an English query asks en -> de (the
memory holds English-German units from a locale tree), not zh-CN -> de.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_tm
from rows import every_row
from tm import TranslationMemory, Unit
from tm._shared.lang import query_languages


@every_row(("query", "source", "target", "expected"), [
    ("Sign out", None, "fr", ("en", "fr")),             # the query's language, not zh-CN
    ("退出登录", None, "fr", ("zh-CN", "fr")),
    ("Sign out", None, "zh-TW", ("en", "zh-TW")),
    ("退出登录", None, "zh-TW", ("en", "zh-TW")),        # Chinese to Chinese: the counterpart
    ("Sign out", None, "en-GB", ("zh-CN", "en-GB")),
    ("Sign out", None, None, ("en", "zh-CN")),
    ("退出登录", None, None, ("zh-CN", "en")),
    ("Sign out", "fr", None, ("fr", "zh-CN")),
    ("退出登录", "zh-HK", None, ("zh-HK", "en")),
    # red team M-4: a short query in Traditional characters asks zh-TW (one form: 開)
    ("打開檔案。", None, None, ("zh-TW", "en")),
    ("關閉", None, "en", ("zh-TW", "en")),
    ("關閉", None, "zh-CN", ("en", "zh-CN")),          # Chinese to Chinese: the counterpart
    ("打开档案。", None, None, ("zh-CN", "en")),
    ("在臺北開会", None, None, ("zh-CN", "en")),       # one of each form: not Traditional
])
def test_a_language_given_alone_keeps_the_query_in_its_own_language(
        query: str, source: str | None, target: str | None, expected: tuple[str, str]) -> None:
    assert query_languages(query, source, target) == expected


def test_lookup_with_only_a_third_target_language_finds_its_units(tmp_path: Path) -> None:
    db = str(tmp_path / "tree.db")
    with TranslationMemory.open(db) as memory:
        memory.add([Unit("Sign out", "Se déconnecter", source_lang="en", target_lang="fr"),
                    Unit("Sign out", "退出登录")])
    found = json.loads(run_tm("lookup", "Sign out", "--db", db, "--target-lang", "fr",
                              "--format", "json").out)["results"]
    assert (found["source_lang"], found["target_lang"]) == ("en", "fr")
    assert [m["target"] for m in found["matches"]] == ["Se déconnecter"]


def test_an_empty_lookup_names_the_languages_it_asked(tmp_path: Path) -> None:
    db = str(tmp_path / "fr.db")
    with TranslationMemory.open(db) as memory:
        memory.add([Unit("Sign out", "Se déconnecter", source_lang="en", target_lang="fr")])
    result = run_tm("lookup", "Delete the album", "--db", db, "--target-lang", "fr")
    assert "(en -> fr)" in result.err
