"""Red-team pass 11 (R11-9): tm align labels the Chinese side with its variety.

A Taiwan or Hong Kong edition (Traditional characters) was written as zh-CN in
the PO's Language, the TMX's xml:lang and the XLIFF's target-language: imported,
its sentences were offered to Simplified catalogs and never to zh_TW ones, in tm
and in every CAT tool reading the file.  Each test fails on the code before it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_tm
from tm.text import written_in_traditional

EN = "The museum opens at nine.\n\nVisitors can read the guide books there.\n"
TRADITIONAL = "博物館九點開門。\n\n遊客可以在那裡讀導覽書。\n"
SIMPLIFIED = "博物馆九点开门。\n\n游客可以在那里读导览书。\n"


def _align(tmp_path: Path, zh: str, fmt: str, *options: str) -> tuple[str, str]:
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "zh.txt").write_text(zh, encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    result = run_tm("align", str(tmp_path / "en.txt"), str(tmp_path / "zh.txt"),
                    "--format", fmt, "-o", str(out), *options)
    assert result.code == 0, result.err
    return out.read_text(encoding="utf-8"), result.err


@pytest.mark.parametrize(("fmt", "label"), [
    ("po", '"Language: {}\\n"'), ("tmx", 'xml:lang="{}"'), ("xliff", 'target-language="{}"'),
])
def test_a_traditional_text_is_labelled_zh_tw_and_a_simplified_one_zh_cn(
        tmp_path: Path, fmt: str, label: str) -> None:
    underscore = fmt == "po"
    text, err = _align(tmp_path, TRADITIONAL, fmt)
    assert label.format("zh_TW" if underscore else "zh-TW") in text
    assert "zh-CN" not in text and "zh_CN" not in text
    assert "Traditional characters" in err and "--target-lang" in err
    text, err = _align(tmp_path, SIMPLIFIED, fmt)
    assert label.format("zh_CN" if underscore else "zh-CN") in text and err == ""
    text, _ = _align(tmp_path, TRADITIONAL, fmt, "--target-lang", "zh-HK")
    assert label.format("zh_HK" if underscore else "zh-HK") in text


def test_zh_lang_must_name_chinese(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "zh.txt").write_text(SIMPLIFIED, encoding="utf-8")
    result = run_tm("align", str(tmp_path / "en.txt"), str(tmp_path / "zh.txt"),
                    "--target-lang", "fr")
    assert result.code == 2 and "not a Chinese language tag" in result.err


def test_a_few_traditional_forms_in_simplified_prose_leave_it_simplified() -> None:
    # a quoted name or title in Traditional characters is no Traditional text
    assert not written_in_traditional("他在台北买了《這個時代》这本书，说这是他们学校的。" * 3)
    assert written_in_traditional(TRADITIONAL) and not written_in_traditional(SIMPLIFIED)
    assert not written_in_traditional("Only English here.")
