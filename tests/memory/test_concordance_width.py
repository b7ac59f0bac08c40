"""Concordance folds character width as lookup does (red team M-3).

The index and the lookup score read text after NFKC: ``Version 2017`` finds
``Version ２０１７`` at 100.  Concordance took the index's candidates but checked
the phrase against the raw text, so ``2017``, ``ABC``, ``5%`` or ``Wi-Fi`` found
nothing written in full-width forms (and ``５％`` missed a half-width ``5％``):
the same memory answered one way to lookup and another to concordance.
"""

from __future__ import annotations

import pytest

from tm import TranslationMemory, Unit

UNITS = [Unit("Model ２０２４ ships soon", "２０２４型号即将发货"),
         Unit("ＸＹＺ Holdings", "ＸＹＺ控股"),
         Unit("Save 7％ today", "今天节省７％"),
         Unit("Pair over Ｂｌｕｅ－ｔｏｏｔｈ", "通过Ｂｌｕｅ－ｔｏｏｔｈ配对")]


@pytest.mark.parametrize(("phrase", "found"), [
    ("2024", {"Model ２０２４ ships soon": "２０２４", "２０２４型号即将发货": "２０２４"}),
    ("２０２４", {"Model ２０２４ ships soon": "２０２４", "２０２４型号即将发货": "２０２４"}),
    ("xyz", {"ＸＹＺ Holdings": "ＸＹＺ", "ＸＹＺ控股": "ＸＹＺ"}),
    ("7%", {"Save 7％ today": "7％", "今天节省７％": "７％"}),
    ("７％", {"Save 7％ today": "7％", "今天节省７％": "７％"}),
    ("Blue-tooth", {"Pair over Ｂｌｕｅ－ｔｏｏｔｈ": "Ｂｌｕｅ－ｔｏｏｔｈ",
                    "通过Ｂｌｕｅ－ｔｏｏｔｈ配对": "Ｂｌｕｅ－ｔｏｏｔｈ"}),
    ("XYZ控股", {"ＸＹＺ控股": "ＸＹＺ控股"}),
])
def test_a_phrase_finds_its_full_and_half_width_forms(location: str, phrase: str,
                                                      found: dict[str, str]) -> None:
    with TranslationMemory.open(location) as memory:
        memory.add(UNITS)
        hits = {}
        for hit in memory.concordance(phrase):
            text = hit.unit.source if hit.side == "source" else hit.unit.target
            [(start, end)] = hit.spans
            hits[text] = text[start:end]
        assert hits == found
        if phrase.isascii() and phrase.isalnum():  # lookup agrees on the same width
            assert memory.lookup(phrase, min_score=1)


def test_folding_keeps_every_span() -> None:
    from tm.memory._concordance import fold_width  # (new with the fix: imported here)

    for text in ("Ｗｉ－Ｆｉ，３Ｇ。", "ｶﾀｶﾅ", "plain", "中文，标点。", "㎞ stays"):
        assert len(fold_width(text)) == len(text)
    assert fold_width("ＡＢＣ　１２３") == "ABC 123"
