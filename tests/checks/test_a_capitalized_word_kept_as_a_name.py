"""A capitalized word the target keeps in Latin is a name (issue 10, found by heldout13).

A lower-case glossary word written capitalized mid-sentence and kept verbatim in the
target is a product or plan name, not the word left in English: "Switch to Gold" →
切换到 Gold (a loyalty tier, not the glossary's gold → 黄金).  A capital at a
sentence's start says nothing ("Gold prices rose" → Gold 价格上涨 is a leftover), nor
does a word kept in lower case.
"""

from __future__ import annotations

from pathlib import Path

from check_cases import term_checks_found

from rows import every_row
from tm import Glossary, check_files

GLOSSARY = Glossary.from_terms([("gold", "黄金"), ("premium", "保费"), ("balance", "余额")])


@every_row(("en", "zh"), [
    ("Switch to Gold for faster delivery.", "切换到 Gold 享受更快配送。"),
    ("Members on Gold get free returns.", "Gold 会员可免费退货。"),
    ("Cancel Premium at any time", "随时取消 Premium"),
])
def test_a_capitalized_word_kept_verbatim_in_latin_is_a_name(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == []


@every_row(("en", "zh"), [
    ("Gold prices rose again on Monday.", "周一 Gold 价格再次上涨。"),  # a sentence's start
    ("Premium income rose 8 percent.", "Premium 收入增长8%。"),
    ("Prices rose. Gold led the gains.", "价格上涨。Gold 领涨。"),
    ("Switch to Gold for faster delivery.", "切换到 gold 享受更快配送。"),  # case not kept
    ("The annual premium rose.", "年度 premium 上涨。"),  # lower case: the word
])
def test_a_word_left_in_english_is_still_a_leftover(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, GLOSSARY) == ["latin-leftover"]


def _po(tmp_path: Path, entries: list[tuple[str, str]]) -> Path:
    body = "".join(f'msgid "{en}"\nmsgstr "{zh}"\n\n' for en, zh in entries)
    path = tmp_path / "app.po"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                    '"Language: zh_CN\\n"\n\n' + body, encoding="utf-8")
    return path


def test_a_name_the_catalog_keeps_is_a_name_at_a_sentences_start(tmp_path: Path) -> None:
    """heldout13: "Upgrade to Premium" → 升级到 Premium makes Premium a plan's name in this
    catalog, so "Premium members can download …" → Premium 会员 keeps the name too;
    before, the capital at the sentence's start said nothing and latin-leftover was
    reported.  Without such an entry it is still reported."""
    named = _po(tmp_path, [("Upgrade to Premium", "升级到 Premium"),
                           ("Premium members can download music.", "Premium 会员可下载音乐。")])
    assert [f.check for f in check_files([named], GLOSSARY)] == []
    alone = _po(tmp_path, [("Premium members can download music.", "Premium 会员可下载音乐。")])
    assert [f.check for f in check_files([alone], GLOSSARY)] == ["latin-leftover"]
