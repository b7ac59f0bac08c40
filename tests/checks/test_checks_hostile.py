"""Red-team findings on tm check (REDTEAM3.md): an untrusted PO must not hold a check for long."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tm import Glossary, Term, Unit
from tm.checks import check
from tm.glossary import word_senses

_WORDS = ["river", "stone", "cloud", "lantern", "harbour", "meadow", "copper", "violin"]


def test_a_long_unit_reads_its_target_through_the_dictionary_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Each glossary term of the source missing from the target made the sense check look
    # every word of the whole target up in the dictionary again: time quadratic in the
    # unit's length (a 4,000-word unit with a 10,000-term glossary took 21 s of CPU,
    # 8,000 words 43 s; 480 terms here 6.6 s, now 0.06 s).
    import tm.checks._target_sense as target_sense

    lookups = 0

    def counted(word: str) -> tuple[str, ...]:
        nonlocal lookups
        lookups += 1
        return word_senses(word)

    monkeypatch.setattr(target_sense, "word_senses", counted)
    names = [f"{_WORDS[k % 8]} {_WORDS[k // 8 % 8]} {_WORDS[k // 64 % 8]}" for k in range(200)]
    glossary = Glossary.from_terms([Term(name, (f"术语{k}",)) for k, name in enumerate(names)])
    target = "入住隐私政策吸引力平衡。" * 50
    found = list(check([Unit(", ".join(names) + ".", target)], glossary, select=["terms"]))
    assert len(found) == 200  # every term is still missing
    one_reading = sum(min(8, len(target) - i) for i in range(len(target)))
    assert 0 < lookups <= one_reading


@pytest.mark.parametrize(("source", "target", "wrong"), [
    ("Width %*d here", "宽度 %d 这里", True),          # printf would take the width as the value
    ("%s has %*d", "%s 有 %d", True),
    ("%*.*f units", "%f 单位", True),
    ("Width %*d here", "宽度 %*d 这里", False),
    ("%.*s!", "%.*s！", False),
    ("%-*s|", "%-*s|", False),
])
def test_a_star_width_takes_an_argument_of_its_own(tmp_path: Path, source: str, target: str,
                                                    wrong: bool) -> None:
    # `%*d` -> `%d` was not reported (msgfmt -c: "number of format specifications ... does
    # not match"): the C program reads its width argument as the number, and the number as
    # the next argument.
    found = list(check([Unit(source, target)], select=["placeholders"]))
    assert bool(found) == wrong, found
    if shutil.which("msgfmt"):
        po = tmp_path / "star.po"
        po.write_text('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                      f'#, c-format\nmsgid "{source}"\nmsgstr "{target}"\n', encoding="utf-8")
        result = subprocess.run(["msgfmt", "-c", "-o", os.devnull, str(po)],
                                capture_output=True, check=False)
        assert (result.returncode != 0) == wrong, result.stderr


def test_translations_into_different_languages_are_never_inconsistent() -> None:
    # REDTEAM4 R6-9: a multilingual TMX (Trados, OmegaT) pairs one English source with a
    # German and a Chinese target: `tm check memory.tmx` reported segment-inconsistent
    # "same source … but translated differently (there: 'Drei Sprachen.')".
    units = [Unit("Three languages.", "Drei Sprachen.", target_lang="de-DE"),
             Unit("Three languages.", "三种语言。", target_lang="zh-CN"),
             Unit("Three languages.", "三种语言。", target_lang="zh-CN"),
             Unit("Two languages.", "三种语言。", target_lang="zh-CN")]
    codes = [f.check for f in check(units[:3])]
    assert "segment-inconsistent" not in codes and "reverse-inconsistent" not in codes
    still = check([*units[1:], Unit("Three languages.", "三门语言。", target_lang="zh-CN")])
    assert "segment-inconsistent" in [f.check for f in still]  # within one language: reported
