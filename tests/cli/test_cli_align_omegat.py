"""``tm align --one-sentence``: what OmegaT shows when it opens tm's PO (issue 12).

OmegaT segments each PO entry into sentences (its "Sentence-level segmenting"
project option, on by default).  When an entry's msgid splits into more than
one sentence, OmegaT keeps the sentences and drops the entry's msgstr: every
sentence of a 2-1 bead opens empty though the PO holds its translation.  A
fuzzy msgstr is only offered as a fuzzy match.  :func:`omegat_open` simulates
that over a PO with a splitter written after OmegaT's default English
segmentation rules (break after ``.``, ``?`` or ``!`` and a space, not after
common abbreviations nor before a lower-case letter); it does not use tm's own
segmenter, so the two cannot agree by construction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import polib
import pytest

from tm.formats import entry_id

EN, ZH = "locales/en/article.txt", "locales/zh_CN/article.txt"
_BREAK = re.compile(r"(?<=[.?!])[\"”’)]*\s+(?=\S)")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "st", "e.g", "i.e", "etc", "vs", "no", "u.s",
                  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                  "dec", "inc", "ltd", "co", "corp", "jr", "sr"}


def omegat_sentences(text: str) -> list[str]:
    """*text* split as OmegaT's default English rules would (an approximation)."""
    pieces, start = [], 0
    for match in _BREAK.finditer(text):
        before = text[start:match.start()].rstrip(".?!")
        word = before.rsplit(None, 1)[-1].lower() if before.split() else ""
        after = text[match.end():match.end() + 1]
        if word in _ABBREVIATIONS or after.islower():
            continue
        pieces.append(text[start:match.start()].strip())
        start = match.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


@dataclass(frozen=True)
class Opened:
    """One OmegaT segment: its sentence, what its target opens with, the entry it came from."""

    sentence: str
    target: str
    entry: polib.POEntry


def omegat_open(path: Path) -> list[Opened]:
    """The segments OmegaT makes of the PO *path*, with the translation each opens with."""
    opened = []
    for entry in polib.pofile(str(path)):
        sentences = omegat_sentences(entry.msgid)
        keeps = len(sentences) == 1 and "fuzzy" not in entry.flags
        opened += [Opened(s, entry.msgstr if keeps else "", entry) for s in sentences]
    return opened


def _align(tm_cli, tmp_path: Path, *args: str) -> Path:
    out = tmp_path / "article.po"
    # --fuzzy-below 0: nothing fuzzy, so what opens empty is only what OmegaT's splitting drops
    result = tm_cli("align", EN, ZH, "--fuzzy-below", "0", "-o", str(out), *args)
    assert result.code == 0, result.err
    return out


def test_the_simulation_shows_the_defect_without_one_sentence(tm_cli, tmp_path: Path) -> None:
    """Default PO: a 2-1 bead is one entry, OmegaT splits it and drops its translation."""
    lost = [o for o in omegat_open(_align(tm_cli, tmp_path)) if o.entry.msgstr and not o.target]
    assert len(lost) >= 4  # the article has several 2-1 beads: each drops its translation


def test_with_one_sentence_no_translated_entry_opens_empty(tm_cli, tmp_path: Path) -> None:
    path = _align(tm_cli, tmp_path, "--one-sentence")
    opened = omegat_open(path)
    by_id = {entry_id(o.entry): o for o in opened}
    assert all(len(omegat_sentences(o.entry.msgid)) == 1 for o in opened)  # nothing split
    empty = [o for o in opened if not o.target]
    assert empty, "the article has 2-1 beads: their second sentences point back"
    for o in empty:
        # an entry opens empty only when it holds no translation and says where it is
        assert not o.entry.msgstr, o.sentence
        pointer = re.search(r"translated with the sentence before \(id (\w+)\)", o.entry.comment)
        assert pointer, o.entry.comment
        first = by_id[pointer.group(1)]
        assert first.target and first.entry.linenum < o.entry.linenum
        assert "covers the next" in first.entry.comment
    # and every Chinese sentence of the article is still in the file
    zh = "".join(o.entry.msgstr for o in opened)
    assert len(zh) >= 0.95 * len(Path(ZH).read_text(encoding="utf-8").replace("\n", ""))


def test_one_sentence_keeps_a_1_2_bead_whole_and_points_back_from_a_2_1(
        tm_cli, tmp_path: Path) -> None:
    en, zh = tmp_path / "en.txt", tmp_path / "zh.txt"
    en.write_text("It rained all day. We stayed home.\n\nThe next day was sunny and the sky "
                  "over the old town was a deep and cloudless blue.\n", encoding="utf-8")
    zh.write_text("下了一整天雨，我们待在家里。\n\n第二天阳光明媚。老城上空是一片深邃、万里无云的"
                  "蓝色。\n", encoding="utf-8")
    assert tm_cli("align", str(en), str(zh), "--format", "beads").out == (
        "[0, 1]:[0]\n[2]:[1, 2]\n")
    out = tmp_path / "out.po"
    result = tm_cli("align", str(en), str(zh), "--one-sentence", "--fuzzy-below", "0",
                    "-o", str(out))
    assert result.code == 0, result.err
    first, second, third = polib.pofile(str(out))
    assert (first.msgid, first.msgstr) == ("It rained all day.", "下了一整天雨，我们待在家里。")
    assert "translation covers the next 1 sentence(s)" in first.comment
    assert (second.msgid, second.msgstr) == ("We stayed home.", "")
    assert f"translated with the sentence before (id {entry_id(first)})" in second.comment
    assert second.occurrences == [(str(en), "1")]
    # one English sentence, two Chinese: one entry, both sentences (OmegaT splits no source)
    assert third.msgstr == "第二天阳光明媚。老城上空是一片深邃、万里无云的蓝色。"
    assert all(len(omegat_sentences(o.sentence)) == 1 for o in omegat_open(out))


@pytest.mark.parametrize("text", ["Premier Li Keqiang visited. He said so.",
                                  "Mr. Li visited the U.S. in May. He said so."])
def test_the_splitter_sees_two_sentences(text: str) -> None:
    assert len(omegat_sentences(text)) == 2
