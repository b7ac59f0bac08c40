"""Class of issue 10: the user declares what the text is about (``tm check --domain FIELD``,
``domain`` in the [check] settings).  A one-word common noun or an acronym of a glossary
concept filed under another subject field is then the text's own word, not that concept:
"Developer API key" in a software catalog is no active pharmaceutical ingredient 原料药,
"Open your gallery" in a photo app no museum's 展厅.  Without a declared domain every
concept is checked as before; a concept of a declared field, one without a subject field,
a longer term or a name, and a forbidden variant are checked whatever is declared.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tm import Glossary, Term, Unit, check
from tm.config import CheckConfig
from tm.errors import ConfigError

API = Term("API", ("原料药",), pos="noun", subject="Pharmaceuticals", id="api",
           note="The biologically active substance in a medicine.")
API_FULL = Term("active pharmaceutical ingredient", ("原料药",), pos="noun",
                subject="Pharmaceuticals", id="api")
GALLERY = Term("gallery", ("展厅",), pos="noun", subject="Museums", id="gallery",
               note="Room of a museum in which objects are displayed.")
NET_PROFIT = Term("net profit", ("净利润",), pos="noun", subject="Finance", id="np")
LOG_IN = Term("log", ("日志",), pos="noun", subject="Software", id="log", forbidden=("记录档",))
GLOSSARY = Glossary.from_terms([API, API_FULL, GALLERY, NET_PROFIT, LOG_IN])


def found(en: str, zh: str, *domains: str) -> list[str]:
    config = CheckConfig(domain=domains)
    return [f.check for f in check([Unit(en, zh)], glossary=GLOSSARY, config=config)
            if f.check.startswith(("term", "latin"))]


@pytest.mark.parametrize(("en", "zh"), [
    ("Developer API key", "开发者 API 密钥"),
    ("Open your gallery", "打开相册"),
])
def test_a_concept_of_another_field_is_the_text_s_own_word(en: str, zh: str) -> None:
    assert found(en, zh) != []  # checked by default
    assert found(en, zh, "Software") == []
    assert found(en, zh, "software ") == []  # as the glossary writes it, case aside


def test_a_concept_of_a_declared_field_is_checked() -> None:
    assert found("Open your gallery", "打开相册", "Software", "museums") == ["term-missing"]


@pytest.mark.parametrize(("en", "zh"), [
    ("Net profit rose 5%.", "纯利增长5%。"),  # a longer term has one sense
    ("Open the log", "打开记录档"),  # a forbidden variant is the concept's own word
])
def test_longer_terms_and_forbidden_variants_are_checked_whatever_is_declared(
        en: str, zh: str) -> None:
    assert found(en, zh, "Museums") == found(en, zh) != []


def test_the_settings_take_a_field_or_a_list_and_refuse_anything_else() -> None:
    assert CheckConfig.from_mapping({"domain": "Software"}).domain == ("Software",)
    assert CheckConfig.from_mapping({"domain": ["Software", "UI"]}).domain == ("Software", "UI")
    assert CheckConfig.from_mapping({}).domain == ()
    for bad in (3, [""], ["Software", 2]):
        with pytest.raises(ConfigError, match="domain"):
            CheckConfig.from_mapping({"domain": bad})


def test_the_command_line_declares_it_and_warns_of_a_field_the_glossary_lacks(
        tm_cli, tmp_path: Path) -> None:
    glossary = tmp_path / "g.tbx"
    GLOSSARY.save(str(glossary))
    po = tmp_path / "app.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                  '"Language: zh_CN\\n"\n\nmsgid "Developer API key"\nmsgstr "开发者 API 密钥"\n',
                  encoding="utf-8")
    assert tm_cli("check", str(po), "--glossary", str(glossary)).code == 1
    result = tm_cli("check", str(po), "--glossary", str(glossary), "--domain", "Software")
    assert (result.code, result.out) == (0, "")
    assert "warning" not in result.err
    result = tm_cli("check", str(po), "--glossary", str(glossary), "--domain", "Sofware")
    assert result.code == 0
    assert "'Sofware': no glossary concept has this subject field" in result.err
