"""tm._shared.lang: one spelling per language, and which codes match."""

from __future__ import annotations

import pytest

from rows import every_row
from tm._shared.lang import (
    is_language,
    is_wellformed_lang,
    lang_key,
    normalize_lang,
    same_language,
)

# (code as written in a file, normalized, non-strict key)
CASES = [
    ("zh_CN", "zh-CN", "zh"),
    ("zh-CN", "zh-CN", "zh"),
    ("ZH-cn", "zh-CN", "zh"),
    ("zh-Hans", "zh-CN", "zh"),
    ("zh_Hans_CN", "zh-CN", "zh"),
    ("zh-CHS", "zh-CN", "zh"),
    ("zh_CN.UTF-8", "zh-CN", "zh"),
    ("zh", "zh", "zh"),
    ("zh-SG", "zh-SG", "zh"),
    ("zh-TW", "zh-TW", "zh-Hant"),
    ("zh-Hant", "zh-TW", "zh-Hant"),
    ("zh_HK", "zh-HK", "zh-Hant"),
    ("en", "en", "en"),
    ("EN-us", "en-US", "en"),
    ("en_GB", "en-GB", "en"),
    ("eng", "en", "en"),
    ("sr@latin", "sr", "sr"),
    ("es-419", "es-419", "es"),
    ("  de-DE ", "de-DE", "de"),
    # language NAMES where a code belongs (REDTEAM12 I-11): what PO editors, platforms
    # and spreadsheets write, read under the same Chinese policy as the codes
    ("Chinese (China)", "zh-CN", "zh"),
    ("Chinese (Simplified)", "zh-CN", "zh"),
    ("Chinese Simplified", "zh-CN", "zh"),
    ("Chinese (Simplified Han script)", "zh-CN", "zh"),
    ("简体中文", "zh-CN", "zh"),
    ("中文 (中国)", "zh-CN", "zh"),
    ("Chinese (Traditional)", "zh-TW", "zh-Hant"),
    ("Traditional Chinese", "zh-TW", "zh-Hant"),
    ("Chinese (Taiwan)", "zh-TW", "zh-Hant"),
    ("繁體中文", "zh-TW", "zh-Hant"),
    ("中文（香港）", "zh-HK", "zh-Hant"),
    ("Chinese (Traditional, Hong Kong SAR China)", "zh-HK", "zh-Hant"),
    ("Chinese", "zh", "zh"),
    ("English", "en", "en"),
    ("English (United Kingdom)", "en-GB", "en"),
    ("Brazilian Portuguese", "pt-BR", "pt"),
    ("Norwegian  Bokmål", "nb", "nb"),
    # review R-2: a name's words parted by - or _ as by a space; a code in the brackets
    ("Chinese-Simplified", "zh-CN", "zh"),
    ("chinese_traditional", "zh-TW", "zh-Hant"),
    ("english-us", "en-US", "en"),
    ("Chinese (zh_TW)", "zh-TW", "zh-Hant"),
]


@every_row(("code", "normal", "key"), CASES)
def test_normalize_and_key(code: str, normal: str, key: str) -> None:
    assert normalize_lang(code) == normal
    assert lang_key(code) == key
    assert lang_key(code, strict=True) == normal
    assert normalize_lang(normal) == normal  # idempotent


@every_row(("a", "b", "loose", "strict"), [
    ("zh_CN", "zh-Hans", True, True),
    ("en", "en-US", True, False),
    ("en_GB", "en-US", True, False),
    ("zh-CN", "zh-TW", False, False),
    ("en", "zh", False, False),
])
def test_same_language(a: str, b: str, loose: bool, strict: bool) -> None:
    assert same_language(a, b) is loose
    assert same_language(a, b, strict=True) is strict


@every_row(("code", "ok"), [
    ("en", True), ("zh-Hans-CN", True), ("es-419", True), ("zh_CN.UTF-8", True),
    ("x-chinese", False), ("*all*", False), ("", False), ("english-us", False), ("12", False),
    ("Chinese", True), ("English", True),  # as CSV and glossary headers name their columns
])
def test_wellformed(code: str, ok: bool) -> None:
    assert is_wellformed_lang(code) is ok


@every_row(("code", "ok"), [
    ("zh_CN", True), ("Chinese (Taiwan)", True), ("english-us", True), ("Klingon", False),
    ("Chinese (Mars)", False),
    ("简体中文 (Traditional)", False),  # a name that says two scripts is not guessed
    ("Chinese (en)", False), ("Chinese (China", False), ("Chinese (China)(TW)", False),
    # review R-1: a name and a long run of blanks before a stray bracket was O(n²)
    pytest.param("Chinese" + " " * 30_000 + "(", False, id="blank-run"),
])
def test_a_language_name_is_a_language_but_no_code(code: str, ok: bool) -> None:
    # REDTEAM12 I-11: a PO header's Language may hold a name tm reads; a name is still no
    # code (REDTEAM13 J-4: a CSV row "Japanese,日语" was taken for a header naming languages)
    assert is_language(code) is ok
    assert not is_wellformed_lang(code) or code == "zh_CN"
