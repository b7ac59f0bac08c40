"""A language a PO file already declares is kept, as written, by every writer (T76).

``tm pretranslate`` rewrote a Weblate catalog's ``Language: zh_Hans`` to ``zh_CN``
(and ``zh-Hans`` likewise) while ``tm update`` kept it: an edit nobody asked for,
landing in the project's next commit and disagreeing with its ``zh_Hans`` folder.
Only a header that declares no language (a POT's blank) gets one.
"""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from conftest import run_tm

CATALOG = """\
msgid ""
msgstr ""
"Project-Id-Version: news\\n"
"Language: {language}\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"

msgid "Sales rose 12 percent last year."
msgstr ""

msgid "A sentence the memory has never seen."
msgstr ""
"""


@pytest.mark.parametrize(("declared", "written"), [
    ("zh_Hans", "zh_Hans"), ("zh-Hans", "zh-Hans"), ("zh_SG", "zh_SG"), ("zh_CN", "zh_CN"),
    ("", "zh_CN"),
])
def test_pretranslate_keeps_the_declared_language(
        tmp_path: Path, db: Path, declared: str, written: str) -> None:
    po = tmp_path / "weblate.po"
    po.write_text(CATALOG.format(language=declared), encoding="utf-8")
    out = tmp_path / "out.po"
    result = run_tm("pretranslate", str(po), "--db", str(db), "-o", str(out), "-q")
    assert result.code == 0, result.err
    filled = polib.pofile(str(out))
    assert filled.metadata["Language"] == written
    assert filled.find("Sales rose 12 percent last year.").msgstr == "去年销售额增长了12%。"


def test_update_keeps_the_declared_language_too(tmp_path: Path, db: Path) -> None:
    po = tmp_path / "article.po"
    po.write_text(CATALOG.format(language="zh_Hans"), encoding="utf-8")
    text = tmp_path / "article.txt"
    text.write_text("Sales rose 12 percent last year.\n", encoding="utf-8")
    result = run_tm("update", str(text), "--po", str(po), "--db", str(db), "-q")
    assert result.code == 0, result.err
    assert polib.pofile(str(po)).metadata["Language"] == "zh_Hans"


def test_a_template_declaring_the_source_language_gets_the_target_language() -> None:
    """Review: keeping every declared Language made a template's 'Language: en' (its source
    language) the header of a Chinese catalog, with English plural forms."""
    import polib

    from tm.memory import TranslationMemory, pretranslate

    pot = polib.POFile()
    pot.metadata = {"Language": "en", "Plural-Forms": "nplurals=2; plural=(n != 1);"}
    pot.append(polib.POEntry(msgid="Open"))
    with TranslationMemory.open() as memory:
        header = pretranslate(pot, memory, target_lang="zh-CN").po.metadata
    assert header["Language"] == "zh_CN"
    assert header["Plural-Forms"] == "nplurals=1; plural=0;"
