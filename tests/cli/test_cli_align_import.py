"""Acceptance (issue 11): a TMX from ``tm align``, imported with ``tm import``, never gives a
low-confidence unit back as a 100 match in ``tm lookup``.

The Chinese file is the article's first half followed by unrelated sentences, so
some beads are sure and some are not.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import ROOT, run_tm
from tm.formats.tmx import read_tmx

EN = ROOT / "locales" / "en" / "article.txt"
ZH = ROOT / "locales" / "zh_CN" / "article.txt"
UNRELATED = ["昨天下午，城东的菜市场里，一位老人在卖自家种的白菜和萝卜，价格比超市便宜不少。",
             "天气预报说，明天北方大部分地区将有小到中雨，气温略有下降。",
             "这家面馆开了三十年，老板每天凌晨四点起床和面。",
             "孩子们放学后在操场上踢球，直到天黑才回家。",
             "图书馆新到了一批儿童绘本，借阅的人排起了长队。",
             "他把旧自行车修好，送给了邻居家的小女孩。",
             "湖边的柳树发了新芽，散步的人越来越多。",
             "这个周末，博物馆将举办一场关于古代陶器的展览。",
             "奶奶做的红烧肉是全家人最爱吃的菜。",
             "雨停了，街道上的积水很快就退去了。"]


@pytest.fixture(scope="module")
def aligned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("align-import")
    paragraphs = ZH.read_text(encoding="utf-8").split("\n\n")
    zh = folder / "zh.txt"
    zh.write_text("\n\n".join(paragraphs[:len(paragraphs) // 2] + UNRELATED),
                  encoding="utf-8")
    tmx = folder / "aligned.tmx"
    result = run_tm("align", str(EN), str(zh), "--format", "tmx", "-o", str(tmx))
    assert result.code == 0, result.err
    return tmx, folder


def confidences(tmx: Path) -> list[float]:
    return [float(v) for v in re.findall(r'<prop type="x-tm-confidence">([0-9.]+)</prop>',
                                         tmx.read_text(encoding="utf-8"))]


def test_every_unit_carries_its_confidence_and_low_ones_the_fuzzy_mark(
        aligned: tuple[Path, Path]) -> None:
    tmx, _ = aligned
    units = list(read_tmx(tmx))
    scores = confidences(tmx)
    assert len(scores) == len(units)
    assert [u.fuzzy for u in units] == [s < 0.5 for s in scores]
    assert sum(s < 0.5 for s in scores) >= 3 and sum(s >= 0.5 for s in scores) >= 5
    assert all("x-tm-confidence" not in u.note for u in units)   # a prop, not a note line


def test_low_confidence_units_never_come_back_as_100(aligned: tuple[Path, Path]) -> None:
    tmx, folder = aligned
    db = str(folder / "tm.db")
    result = run_tm("import", str(tmx), "--db", db)
    assert result.code == 0, result.err
    assert "fuzzy, untrusted" in result.out
    units = list(read_tmx(tmx))
    for unit in units:
        out = json.loads(run_tm("lookup", unit.source, "--db", db, "--format", "json").out)
        matches = [m for m in out["results"]["matches"] if m["target"] == unit.target]
        assert matches, unit.source
        if unit.fuzzy:
            assert all(m["score"] < 100 and not m["trusted"] for m in matches), unit.source
        else:
            assert matches[0]["score"] == 100 and matches[0]["trusted"]


def test_skip_fuzzy_leaves_low_confidence_units_out(aligned: tuple[Path, Path]) -> None:
    tmx, folder = aligned
    db = str(folder / "skip.db")
    assert run_tm("import", str(tmx), "--db", db, "--skip-fuzzy").code == 0
    stats = json.loads(run_tm("stats", "--db", db, "--format", "json").out)["results"]
    units = list(read_tmx(tmx))
    assert stats["units"] == sum(not u.fuzzy for u in units)
    assert stats["untrusted"] == 0
