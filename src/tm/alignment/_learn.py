"""Word pairs learned from the document itself, for a second alignment pass.

After a first pass, the beads the aligner is sure of are a small parallel
corpus of the document's own vocabulary.  Like hunalign's ``-realign`` and
Bleualign's bootstrapping, :func:`learn_pairs` counts which English word stems
and Chinese words occur together in those beads and keeps the pairs that
co-occur far more than chance (a Dice coefficient over bead counts), skipping
pairs the dictionary already links.  :func:`add_pair_keys` adds them to the
sentences' evidence keys, and the document is aligned again.  Names and
recurring terms that CC-CEDICT lacks (a character's name, a company's
translation, 破鞋 ↔ "damaged goods") become evidence this way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from tm.alignment import _lexicon as lexicon
from tm.alignment._scoring import Item

__all__ = ["LearnedPairs", "add_pair_keys", "learn_pairs"]

#: A learned lexicon: Chinese word -> English stem.
LearnedPairs = dict[str, str]

_MIN_COUNT = 2        # beads a pair must share
_MIN_DICE = 0.5       # 2 * together / (english + chinese) counts
_MAX_BEADS = 4000     # beads learned from (evenly spread), bounding the time


def learn_pairs(en_words: Sequence[frozenset[str]], zh_words: Sequence[frozenset[str]],
                beads: Sequence[tuple[Sequence[int], Sequence[int]]],
                dictionary: lexicon.Lexicon) -> LearnedPairs:
    """Learn {Chinese word: English stem} from *beads* (source ids, target ids).

    *en_words* and *zh_words* give each sentence's English content stems and
    Chinese words.  A pair must occur together in at least two beads, with a
    Dice coefficient of at least 0.5, and not be linked by *dictionary*
    already; each Chinese word keeps its best English stem.
    """
    if len(beads) > _MAX_BEADS:
        step = len(beads) / _MAX_BEADS
        beads = [beads[int(k * step)] for k in range(_MAX_BEADS)]
    en_count: dict[str, int] = {}
    zh_count: dict[str, int] = {}
    together: dict[tuple[str, str], int] = {}
    for src, tgt in beads:
        en = frozenset().union(*(en_words[i] for i in src))
        zh = frozenset().union(*(zh_words[j] for j in tgt))
        # Only what the dictionary leaves unexplained in this bead is worth learning.
        glossed = [z for z in zh if en.intersection(dictionary.get(z, ()))]
        if glossed:
            zh = zh.difference(glossed)
            en = en.difference(*(dictionary.get(z, ()) for z in glossed))
        for e in en:
            en_count[e] = en_count.get(e, 0) + 1
        for z in zh:
            zh_count[z] = zh_count.get(z, 0) + 1
        for z in zh:
            for e in en:
                key = (z, e)
                together[key] = together.get(key, 0) + 1
    best: dict[str, tuple[float, str]] = {}
    for (z, e), count in together.items():
        if count < _MIN_COUNT:
            continue
        dice = 2.0 * count / (en_count[e] + zh_count[z])
        if dice < _MIN_DICE or e in dictionary.get(z, ()):
            continue
        if z not in best or (dice, e) > best[z]:   # ties broken by the stem: deterministic
            best[z] = (dice, e)
    return {z: e for z, (_, e) in best.items()}


def add_pair_keys(items: list[Item], pairs: LearnedPairs, chinese: bool) -> list[Item]:
    """*items* with a ``~stem`` key for each learned pair their sentence holds (mass + 1 each)."""
    wanted = set(pairs) if chinese else set(pairs.values())
    out: list[Item] = []
    for item in items:
        hits = item.words & wanted
        if hits:
            extra = {"~" + (pairs[w] if chinese else w) for w in hits} - item.keys
            item = dataclasses.replace(item, keys=item.keys | extra, mass=item.mass + len(extra))
        out.append(item)
    return out
