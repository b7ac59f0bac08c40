"""Red-team pass 8: a termbase holding two varieties of Chinese (zh-CN and zh-TW).

Asked for zh-CN, the reader dropped the zh-TW terms without a word; and ``tm
check`` always asked for zh-CN, so a zh_TW catalog was checked against the
Simplified terms (软件 demanded in a Traditional translation).  Now the reader
names the varieties it leaves out, and ``tm check`` reads the glossary in each
catalog's own language (its Language header, its locale folder), or the one
``--target-lang`` names.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from conftest import run_tm
from tm.formats.tbx import read_tbx

TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="c1">
<langSet xml:lang="en"><tig><term>printer</term></tig></langSet>
<langSet xml:lang="zh-CN"><tig><term>打印机</term></tig></langSet>
{extra}</termEntry>
</body></text></martif>
"""
TW = '<langSet xml:lang="zh-TW"><tig><term>印表機</term></tig></langSet>\n'
DE = '<langSet xml:lang="de"><tig><term>Drucker</term></tig></langSet>\n'


def _po(language: str) -> str:
    header = f'"Language: {language}\\n"\n' if language else ""
    return ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n' + header +
            '\nmsgid "Restart the printer."\nmsgstr "重新启动印表機。"\n')


def _tbx(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "terms.tbx"
    path.write_text(TBX.format(extra=extra), encoding="utf-8")
    return path


def test_the_variety_left_out_is_named(tmp_path: Path) -> None:
    path = _tbx(tmp_path, TW + DE)
    told: list[str] = []
    terms = read_tbx(path, target_lang="zh-CN", on_warning=told.append)
    assert [t.targets for t in terms] == [("打印机",)]
    assert len(told) == 1 and told[0].startswith(f"{path}:3: terms in zh-TW left out:")
    told.clear()
    assert [t.targets for t in read_tbx(path, target_lang="zh-TW", on_warning=told.append)] \
        == [("印表機",)]
    assert told and "zh-CN" in told[0]


@pytest.mark.parametrize("extra", ["", DE])
def test_no_warning_when_nothing_of_the_language_is_left_out(tmp_path: Path, extra: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert read_tbx(_tbx(tmp_path, extra), target_lang="zh-CN")


@pytest.mark.parametrize(("where", "language", "args", "expected"), [
    ("a.po", "zh_TW", [], "印表機"),                        # the Language header
    ("locales/zh_TW/LC_MESSAGES/a.po", "", [], "印表機"),    # the locale folder
    ("a.po", "zh_TW", ["--target-lang", "zh-CN"], "打印机"),  # asked for
    ("a.po", "", [], "打印机"),                              # none: zh-CN
])
def test_check_reads_the_glossary_in_the_catalogs_language(
        tmp_path: Path, where: str, language: str, args: list[str], expected: str) -> None:
    po = tmp_path / where
    po.parent.mkdir(parents=True, exist_ok=True)
    po.write_text(_po(language), encoding="utf-8")
    result = run_tm("check", str(po), "--glossary", str(_tbx(tmp_path, TW)), *args)
    missing = [line for line in result.out.splitlines() if "term-missing" in line]
    if expected == "印表機":     # the translation has it
        assert missing == [], result.out
    else:
        assert len(missing) == 1 and expected in missing[0], result.out
    assert "tm: warning: " in result.err and "left out" in result.err


def test_catalogs_in_two_varieties_each_get_their_own_terms(tmp_path: Path) -> None:
    tw, cn = tmp_path / "tw.po", tmp_path / "cn.po"
    tw.write_text(_po("zh_TW"), encoding="utf-8")
    cn.write_text(_po("zh_CN").replace("印表機", "打印机"), encoding="utf-8")
    result = run_tm("check", str(tw), str(cn), "--glossary", str(_tbx(tmp_path, TW)))
    assert [line for line in result.out.splitlines() if "term-" in line] == [], result.out
    assert result.code == 0, result.out + result.err
