"""The matching core of :func:`tm.update`: which old PO entry feeds which new sentence.

Pure functions over plain strings, independent of polib, so the rules can be
tested with tiny hand-made cases.  The plan is made in three steps:

1. **Exact**: a new sentence (or a run of 2-3 adjacent new sentences, for old
   entries aligned 2-1 that are still intact) whose whitespace-collapsed NFC text
   equals an old msgid keeps that entry.  Repeated sentences are paired in
   document order; active entries are used before obsolete ones (which are
   *revived*).  A further copy of a repeated sentence reuses the translation.
2. **Fuzzy**, best score first, each old entry used once: a new sentence
   against one old entry (*edited*), against two adjacent old entries joined
   (*merged*), and two adjacent new sentences joined against one old entry
   (*split*).  Scores are word-level Indel similarity (rapidfuzz ``ratio`` over
   word tokens) in percent; only scores >= the threshold count.
3. **Second chance**: a sentence still without a suggestion may reuse an old
   entry already offered elsewhere (as msgmerge does).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass

import regex
from rapidfuzz import fuzz, process

__all__ = ["OldText", "Slot", "plan", "similarity", "text_key"]

#: Kinds of slot whose translation is the old msgstr, unchanged.
VERBATIM = frozenset({"kept", "moved", "copied", "revived", "edited", "split"})
#: Kinds of slot that are offered as fuzzy suggestions.
FUZZY = frozenset({"edited", "split", "merged", "memory"})

_TOKEN = regex.compile(r"\w+|[^\w\s]")
_MAX_RUN = 3
_KIND_RANK = {"edited": 0, "split": 1, "merged": 2}


@dataclass(frozen=True, slots=True)
class OldText:
    """What the matcher needs of an old entry: its source, translation and state."""

    msgid: str
    msgstr: str
    obsolete: bool = False


@dataclass(frozen=True, slots=True)
class Slot:
    """One active entry of the new PO.

    ``new`` are the indices of the new sentences it covers (one, or 2-3 when an
    old multi-sentence entry survived intact), ``kind`` says where its
    translation comes from (kept, moved, copied, revived, edited, split,
    merged, new), ``old`` the indices of the old entries used, and ``score`` the
    match score in percent (100 for exact matches, 0 for new sentences).
    """

    new: tuple[int, ...]
    kind: str
    old: tuple[int, ...] = ()
    score: float = 0.0


def text_key(text: str) -> str:
    """The identity of a sentence: NFC with whitespace runs collapsed (as stable ids use)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


class _Encoder:
    """Maps each word token to one code point, so rapidfuzz compares word sequences."""

    def __init__(self) -> None:
        self.vocab: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        out = []
        for token in _TOKEN.findall(text.lower()):
            code = self.vocab.get(token)
            if code is None:
                n = len(self.vocab) + 0x100
                code = chr(n + 0x800 if n >= 0xD800 else n)  # skip surrogates
                self.vocab[token] = code
            out.append(code)
        return "".join(out)


def similarity(a: str, b: str) -> float:
    """Word-level similarity of two English texts in percent (case-insensitive)."""
    enc = _Encoder()
    return float(fuzz.ratio(enc(a), enc(b)))


def plan(new_texts: Sequence[str], old: Sequence[OldText], *,
         threshold: float = 60.0) -> list[Slot]:
    """Decide, for each new sentence, which old entries provide its translation.

    Returns the slots in new-source order; every new index appears in exactly
    one slot.  Old entries with an empty msgstr are matched exactly but never
    offered as fuzzy suggestions.
    """
    if not 0 <= threshold <= 100:
        raise ValueError(f"threshold must be between 0 and 100, not {threshold}")
    keys = [text_key(t) for t in new_texts]
    exact = _match_exact(keys, old)
    taken = {i for slot in exact.values() for i in slot.new}
    used = {o for slot in exact.values() for o in slot.old}
    free = [i for i in range(len(keys)) if i not in taken]
    fuzzy = _match_fuzzy(new_texts, free, old, used, threshold)
    slots = {**exact, **fuzzy}
    result = []
    for i in range(len(keys)):
        slot = slots.get(i)
        if slot is not None:
            result.append(slot)
        elif i not in taken:
            result.append(Slot((i,), "new"))
    return _mark_moved(result, old)


def _match_exact(keys: list[str], old: Sequence[OldText]) -> dict[int, Slot]:
    """Exact matches by text; runs of up to three sentences first, then single ones."""
    queues: dict[str, deque[int]] = defaultdict(deque)
    order = sorted(range(len(old)), key=lambda o: old[o].obsolete)  # active first
    for o in order:
        queues[text_key(old[o].msgid)].append(o)
    last: dict[str, int] = {}
    slots: dict[int, Slot] = {}
    covered: set[int] = set()
    for run in range(_MAX_RUN, 0, -1):
        for i in range(len(keys) - run + 1):
            span = range(i, i + run)
            if any(j in covered for j in span):
                continue
            key = " ".join(keys[i:i + run])
            queue = queues.get(key)
            if queue:
                o = queue.popleft()
                kind = "revived" if old[o].obsolete else "kept"
            elif run == 1 and key in last:
                o, kind = last[key], "copied"
            else:
                continue
            last[key] = o
            slots[i] = Slot(tuple(span), kind, (o,), 100.0)
            covered.update(span)
    return slots


def _match_fuzzy(texts: Sequence[str], free: list[int], old: Sequence[OldText],
                 used: set[int], threshold: float) -> dict[int, Slot]:
    """Edited, merged and split suggestions, best first, then a second chance."""
    enc = _Encoder()
    singles = [o for o in range(len(old)) if old[o].msgstr and o not in used]
    pairs = [(a, a + 1) for a in range(len(old) - 1)
             if not old[a].obsolete and not old[a + 1].obsolete
             and old[a].msgstr and old[a + 1].msgstr
             and a not in used and a + 1 not in used]
    single_codes = [enc(old[o].msgid) for o in singles]
    pair_codes = [enc(old[a].msgid + " " + old[b].msgid) for a, b in pairs]
    free_set = set(free)
    cands: list[tuple[float, int, tuple[int, ...], tuple[int, ...]]] = []
    best_edit: dict[int, tuple[float, int]] = {}

    def top(query: str, choices: list[str], limit: int) -> list[tuple[float, int]]:
        if not choices or not query:
            return []
        hits = process.extract(query, choices, scorer=fuzz.ratio, limit=limit,
                               score_cutoff=threshold)
        return [(float(score), index) for _, score, index in hits]

    for i in free:
        code = enc(texts[i])
        for score, k in top(code, single_codes, 3):
            cands.append((score, _KIND_RANK["edited"], (i,), (singles[k],)))
            best_edit.setdefault(i, (score, singles[k]))
        for score, k in top(code, pair_codes, 2):
            cands.append((score, _KIND_RANK["merged"], (i,), pairs[k]))
        if i + 1 in free_set:
            for score, k in top(enc(texts[i] + " " + texts[i + 1]), single_codes, 2):
                cands.append((score, _KIND_RANK["split"], (i, i + 1), (singles[k],)))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    kinds = {rank: kind for kind, rank in _KIND_RANK.items()}
    slots: dict[int, Slot] = {}
    consumed: set[int] = set()
    for score, rank, news, olds in cands:
        if any(n in slots for n in news) or any(o in consumed for o in olds):
            continue
        consumed.update(olds)
        for n in news:
            slots[n] = Slot((n,), kinds[rank], olds, score)
    for i, (score, o) in best_edit.items():
        if i not in slots:
            slots[i] = Slot((i,), "edited", (o,), score)
    return slots


def _mark_moved(slots: list[Slot], old: Sequence[OldText]) -> list[Slot]:
    """Relabel kept slots outside the longest in-order run of old indices as ``moved``."""
    kept = [(n, s.old[0]) for n, s in enumerate(slots) if s.kind == "kept"]
    in_order = _longest_increasing([o for _, o in kept])
    out = list(slots)
    for pos, (n, _) in enumerate(kept):
        if pos not in in_order:
            out[n] = Slot(slots[n].new, "moved", slots[n].old, slots[n].score)
    return out


def _longest_increasing(values: list[int]) -> set[int]:
    """Positions of one longest strictly increasing subsequence of *values* (O(n log n))."""
    import bisect

    tails: list[int] = []
    tail_pos: list[int] = []
    parent = [-1] * len(values)
    for pos, value in enumerate(values):
        k = bisect.bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_pos.append(pos)
        else:
            tails[k] = value
            tail_pos[k] = pos
        parent[pos] = tail_pos[k - 1] if k else -1
    keep: set[int] = set()
    pos = tail_pos[-1] if tail_pos else -1
    while pos != -1:
        keep.add(pos)
        pos = parent[pos]
    return keep
