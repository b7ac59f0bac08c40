"""The matching core of :func:`tm.update`: which old PO entry feeds which new sentence.

Pure functions over plain strings, independent of polib, so the rules can be
tested with tiny hand-made cases.  The plan is made in three steps:

1. **Exact**: a new sentence (or a run of 2-4 adjacent new sentences, for old
   entries aligned 2-1 that are still intact) whose whitespace-collapsed NFC text
   equals an old msgid keeps that entry.  Repeated sentences are paired in
   document order; active entries are used before obsolete ones (which are
   *revived*).  A further copy of a repeated sentence reuses the translation.
2. **Fuzzy**, best score first, each old entry used once: a new sentence
   against one old entry (*edited*), against two adjacent old entries joined
   (*merged*), and two adjacent new sentences joined against one old entry
   (*split*).  An old entry of k (2-4) sentences is also compared with each
   run of k adjacent new sentences joined: when that wins, the run stays one
   entry (*edited*, covering k sentences), as the bead was.  Scores are
   word-level Indel similarity (rapidfuzz ``ratio`` over word tokens) in
   percent; only scores >= the threshold count.
3. **Second chance**: a sentence still without a suggestion may reuse an old
   entry already offered elsewhere, or kept unchanged by another sentence (an
   edited copy of a sentence that also stays as it was), as msgmerge does.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass

import regex
from rapidfuzz import fuzz, process

from tm._shared.text import sentence_key
from tm.errors import UsageError

__all__ = ["OldText", "Slot", "plan", "similarity", "word_codes"]

#: Kinds of slot whose translation is the old msgstr, unchanged.
VERBATIM = frozenset({"kept", "moved", "copied", "revived", "edited", "split"})
#: Kinds of slot that are offered as fuzzy suggestions.
FUZZY = frozenset({"edited", "split", "merged", "memory"})

_TOKEN = regex.compile(r"\w+|[^\w\s]")
#: Longest run of sentences one old entry may cover (tm.align makes beads of up to 4).
_MAX_RUN = 4
_KIND_RANK = {"edited": 0, "split": 1, "merged": 2}
#: A fuzzy candidate: (score, kind rank, new indices, old indices).
_Cand = tuple[float, int, tuple[int, ...], tuple[int, ...]]
#: Old entries searched on each side of the old place of a changed sentence.
_WINDOW = 8
#: Widest window (each side) around the guessed old place, after a run of misses.
_REACH = 48
#: When the neighbours' old places are at most this much further apart than two windows,
#: everything between them is searched (a reordered paragraph stays cheap to find).
_GAP = 40
#: Most sentence comparisons spent on searching the whole PO (about 3 s of CPU here).
GLOBAL_BUDGET = 8_000_000


@dataclass(frozen=True, slots=True)
class OldText:
    """What the matcher needs of an old entry: its source, translation and state."""

    msgid: str
    msgstr: str
    obsolete: bool = False
    #: How many sentences the msgid holds (2-4 for an entry aligned n-1).
    sentences: int = 1


@dataclass(frozen=True, slots=True)
class Slot:
    """One active entry of the new PO.

    ``new`` are the indices of the new sentences it covers (one, or 2-4 when an
    old multi-sentence entry survived intact or edited), ``kind`` says where its
    translation comes from (kept, moved, copied, revived, edited, split,
    merged, new), ``old`` the indices of the old entries used, and ``score`` the
    match score in percent (100 for exact matches, 0 for new sentences).
    """

    new: tuple[int, ...]
    kind: str
    old: tuple[int, ...] = ()
    score: float = 0.0


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


def word_codes(texts: Sequence[str]) -> list[str]:
    """*texts* coded one code point per word, with one shared vocabulary.

    ``rapidfuzz.fuzz.ratio`` of two codes is :func:`similarity` of their texts.
    """
    enc = _Encoder()
    return [enc(text) for text in texts]


def plan(new_texts: Sequence[str], old: Sequence[OldText], *,
         threshold: float = 60.0) -> list[Slot]:
    """Decide, for each new sentence, which old entries provide its translation.

    Returns the slots in new-source order; every new index appears in exactly
    one slot.  Old entries with an empty msgstr are matched exactly but never
    offered as fuzzy suggestions.
    """
    if not 0 <= threshold <= 100:
        raise UsageError(f"threshold must be between 0 and 100, not {threshold}")
    keys = [sentence_key(t) for t in new_texts]
    exact = _match_exact(keys, old)
    taken = {i for slot in exact.values() for i in slot.new}
    used = {o for slot in exact.values() for o in slot.old}
    free = [i for i in range(len(keys)) if i not in taken]
    anchors = {i: slot.old[0] for slot in exact.values() for i in slot.new}
    fuzzy = _match_fuzzy(new_texts, free, old, used, threshold, anchors)
    taken.update(i for slot in fuzzy.values() for i in slot.new)
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
    """Exact matches by text, in document order: a sentence's own entry, else a run, else a copy.

    At each sentence not yet covered: an old entry with exactly its text is
    used while one is left; otherwise a run of 2-4 sentences starting there
    that equals one old msgid (an entry aligned n-1) keeps that entry;
    otherwise a further copy of a repeated sentence reuses its translation.
    Repeats decide in document order: a sentence whose own entries are fewer
    than its copies from here on keeps an intact run that starts here, and
    leaves its own entry to a later copy, so that a PO tm wrote maps back onto
    the same source entry for entry (update is idempotent).
    """
    queues: dict[str, deque[int]] = defaultdict(deque)
    order = sorted(range(len(old)), key=lambda o: old[o].obsolete)  # active first
    for o in order:
        queues[sentence_key(old[o].msgid)].append(o)
    slots: dict[int, Slot] = {}
    covered = bytearray(len(keys))
    last: dict[str, int] = {}
    ahead = Counter(keys)  # occurrences of each sentence from here on
    for i, key in enumerate(keys):
        ahead[key] -= 1
        if covered[i]:
            continue
        queue = queues.get(key)
        # A sentence takes its own entry, unless its entries are too few for its
        # copies still to come and an intact run starts here (then it keeps the run).
        run = _intact_run(keys, i, covered, queues) if not queue or len(queue) <= ahead[key] \
            else 0
        if queue and not run:
            slots[i] = _exact_slot(range(i, i + 1), queue.popleft(), old)
            last[key] = slots[i].old[0]
            continue
        if run:
            slots[i] = _exact_slot(range(i, i + run), queues[" ".join(keys[i:i + run])]
                                   .popleft(), old)
            covered[i:i + run] = b"\x01" * run
        elif key in last:
            slots[i] = Slot((i,), "copied", (last[key],), 100.0)
    return slots


def _intact_run(keys: list[str], i: int, covered: bytearray,
                queues: dict[str, deque[int]]) -> int:
    """Length (2-4) of a run from *i* whose joined text an unused old entry has; 0 if none."""
    for run in range(_MAX_RUN, 1, -1):
        if i + run <= len(keys) and not any(covered[i:i + run]) \
                and queues.get(" ".join(keys[i:i + run])):
            return run
    return 0


def _exact_slot(span: range, o: int, old: Sequence[OldText]) -> Slot:
    return Slot(tuple(span), "revived" if old[o].obsolete else "kept", (o,), 100.0)


class _Fuzzy:
    """Finds fuzzy candidates for the sentences left over by the exact step.

    Each sentence is compared first with the old entries *near its place*:
    between (and a few entries around) the old positions of its nearest
    unchanged neighbours, where its old version almost always is.  Where
    those neighbours are far apart (a long rewritten passage, or a full
    rewrite with no unchanged sentence at all), it is also compared with the
    entries around its guessed old place: just after the old entry the
    previous sentence matched, the window widening with each miss, so the
    search follows the old order through the passage.  Only a sentence with
    no candidate there is compared with every old entry, within
    :data:`GLOBAL_BUDGET` comparisons, so the cost stays near linear.
    """

    def __init__(self, texts: Sequence[str], free: list[int], old: Sequence[OldText],
                 used: set[int], threshold: float, anchors: dict[int, int]) -> None:
        self.texts, self.old, self.threshold = texts, old, threshold
        self.enc = _Encoder()
        self.free = set(free)
        self.active = [o for o in range(len(old)) if not old[o].obsolete]
        self.pos = {o: p for p, o in enumerate(self.active)}
        self.usable = {o for o in range(len(old)) if old[o].msgstr and o not in used}
        self.kept = sorted(o for o in used if old[o].msgstr)  # served an unchanged sentence
        self.budget = GLOBAL_BUDGET  # comparisons left for the searches beyond the nearby
        self.codes: dict[int, str] = {}
        self.prev, self.next = self._neighbours(len(texts), anchors)
        self.prev_at = [-1] * len(texts)  # new index of the nearest exact match before
        for i in range(1, len(texts)):
            self.prev_at[i] = i - 1 if self.pos.get(anchors.get(i - 1, -2)) is not None \
                else self.prev_at[i - 1]
        self.trail = (-1, -1)  # (new index, old active position) of the last fuzzy hit

    def _neighbours(self, n: int, anchors: dict[int, int]) -> tuple[list[int], list[int]]:
        """Active-list position of the nearest exact match before / after each new index."""
        prev, nxt = [-1] * n, [len(self.active)] * n
        last = -1
        for i in range(n):
            last = self.pos.get(anchors.get(i, -2), last)
            prev[i] = last
        last = len(self.active)
        for i in range(n - 1, -1, -1):
            last = self.pos.get(anchors.get(i, -2), last)
            nxt[i] = last
        return prev, nxt

    def code(self, o: int) -> str:
        """The word code of old entry *o* (cached)."""
        found = self.codes.get(o)
        if found is None:
            found = self.codes[o] = self.enc(self.old[o].msgid)
        return found

    def nearby(self, i: int) -> list[int]:
        """Usable active old entries around the old place of new sentence *i*."""
        lo, hi = sorted((self.prev[i], self.next[i]))
        if hi - lo <= 2 * _WINDOW + _GAP:
            spans = [range(lo - _WINDOW, hi + _WINDOW + 1)]
        else:
            spans = [self.guess(i)]  # and around the neighbours, where there are some
            spans += [range(a - _WINDOW, a + _WINDOW + 1) for a in (lo, hi)
                      if 0 <= a < len(self.active)]
        picked = {p for span in spans for p in span if 0 <= p < len(self.active)}
        return [self.active[p] for p in sorted(picked) if self.active[p] in self.usable]

    def guess(self, i: int) -> range:
        """Old positions where new sentence *i* probably was: after the last hit or anchor."""
        at, p = self.trail
        if at <= self.prev_at[i]:
            at, p = self.prev_at[i], self.prev[i]
        misses = i - at - 1
        reach = min(_WINDOW + 2 * misses, _REACH)
        return range(p + 1 + misses - reach, p + 1 + misses + reach + 1)

    def follow(self, i: int, found: list[_Cand]) -> None:
        """Remember where the best edit or merge of sentence *i* was, to guess the next."""
        best = max((c for c in found if c[2] == (i,)), default=None)
        if best is not None and best[3][-1] in self.pos:
            self.trail = (i, self.pos[best[3][-1]])

    def candidates(self, i: int) -> list[_Cand]:
        """(score, kind rank, new indices, old indices) for new sentence *i*, nearby only."""
        t = self.threshold
        query = self.enc(self.texts[i])
        near = self.nearby(i)
        near_set = set(near)
        out: list[_Cand] = []
        for o in near:
            score = fuzz.ratio(query, self.code(o), score_cutoff=t)
            if score:
                out.append((score, _KIND_RANK["edited"], (i,), (o,)))
            b = o + 1
            if b in near_set and self.pos.get(b) == self.pos[o] + 1:
                score = fuzz.ratio(query, self.code(o) + self.code(b), score_cutoff=t)
                if score:
                    out.append((score, _KIND_RANK["merged"], (i,), (o, b)))
        if i + 1 in self.free:
            both = self.enc(self.texts[i] + " " + self.texts[i + 1])
            for o in near:
                score = fuzz.ratio(both, self.code(o), score_cutoff=t)
                if score:
                    out.append((score, _KIND_RANK["split"], (i, i + 1), (o,)))
        out += self.spans(i, near)
        self.follow(i, out)
        return out

    def spans(self, i: int, near: list[int]) -> list[_Cand]:
        """Runs of k new sentences from *i* against nearby old entries of k sentences.

        The run stays one entry (an *edited* candidate covering k sentences);
        for k = 2 it scores as the split candidate of the same pair and wins
        the tie, so an edited 2-1 bead is not cut in two.
        """
        out: list[_Cand] = []
        for o in near:
            k = self.old[o].sentences
            if 2 <= k <= _MAX_RUN and all(i + d in self.free for d in range(1, k)):
                run = tuple(range(i, i + k))
                joined = self.enc(" ".join(self.texts[n] for n in run))
                score = fuzz.ratio(joined, self.code(o), score_cutoff=self.threshold)
                if score:
                    out.append((score, _KIND_RANK["edited"], run, (o,)))
        return out

    def reuse_kept(self, queries: list[int]) -> list[_Cand]:
        """Edit candidates for *queries* among the old entries unchanged sentences kept.

        An edited copy of a sentence that also stays unchanged elsewhere finds
        its old entry here (the first searches offer each entry once).  Only
        entries that share enough words with the query to reach the threshold
        are scored (:func:`_word_filter`), within the shared budget.
        """
        if not queries or not self.kept:
            return []
        postings: defaultdict[str, list[int]] = defaultdict(list)
        for o in self.kept:
            for token in set(self.code(o)):
                postings[token].append(o)
        everything = [self.code(o) for o in self.kept]
        out: list[_Cand] = []
        for i in queries:
            query = self.enc(self.texts[i])
            pool = _word_filter(query, postings, self.threshold, len(self.kept) // 4)
            choices = everything if pool is None else [self.code(o) for o in pool]
            if not choices or self.budget < len(choices):
                continue
            self.budget -= len(choices)
            hits = process.extract(query, choices, scorer=fuzz.ratio, limit=1,
                                   score_cutoff=self.threshold)
            out += [(float(score), _KIND_RANK["edited"], (i,),
                     (self.kept[k] if pool is None else pool[k],)) for _, score, k in hits]
        return out

    def everywhere(self, queries: list[int], pool: list[int] | None = None) -> list[_Cand]:
        """Edit candidates for *queries* among *pool* (all usable old entries by default).

        Every call draws on one budget of :data:`GLOBAL_BUDGET` comparisons.
        """
        pool = sorted(self.usable) if pool is None else pool
        choices = [self.code(o) for o in pool]
        out: list[_Cand] = []
        if not choices:
            return out
        asked = queries[:max(0, self.budget // len(choices))]
        self.budget -= len(asked) * len(choices)
        for i in asked:
            hits = process.extract(self.enc(self.texts[i]), choices, scorer=fuzz.ratio,
                                   limit=3, score_cutoff=self.threshold)
            out += [(float(score), _KIND_RANK["edited"], (i,), (pool[k],))
                    for _, score, k in hits]
        return out


def _word_filter(query: str, postings: dict[str, list[int]], threshold: float,
                 most: int) -> list[int] | None:
    """The entries that can score *threshold* against *query* (word codes); None: all of them.

    A word-level Indel ratio of t% needs ``c >= t * q / (200 - t)`` words in
    common (q: the query's words; the other side has at least c).  So an entry
    that reaches it holds one of the query's ``q - c + 1`` rarest words
    (pigeonhole): the union of their postings holds every match.  None when
    that union would exceed *most* entries (common words): scoring them all
    is then cheaper than listing them.
    """
    needed = math.ceil(threshold * len(query) / (200 - threshold) - 1e-9)
    if needed <= 0:
        return None
    rarest = sorted(query, key=lambda token: len(postings.get(token, ())))[:len(query) - needed + 1]
    if sum(len(postings.get(token, ())) for token in rarest) > most:
        return None
    return sorted({o for token in rarest for o in postings.get(token, ())})


def _match_fuzzy(texts: Sequence[str], free: list[int], old: Sequence[OldText],
                 used: set[int], threshold: float, anchors: dict[int, int]) -> dict[int, Slot]:
    """Edited, merged and split suggestions, best first, then a second chance."""
    finder = _Fuzzy(texts, free, old, used, threshold, anchors)
    cands: list[_Cand] = []
    lonely = []
    for i in free:
        found = finder.candidates(i)
        cands += found
        if not any(c[2] == (i,) for c in found):
            lonely.append(i)
    cands += finder.everywhere(lonely)
    cands.sort(key=lambda c: (-c[0], c[1], c[2], c[3]))
    kinds = {rank: kind for kind, rank in _KIND_RANK.items()}
    slots: dict[int, Slot] = {}
    claimed: set[int] = set()
    consumed: set[int] = set()
    best_edit: dict[int, tuple[float, int]] = {}
    for score, rank, news, olds in cands:
        if rank == _KIND_RANK["edited"] and len(news) == 1:
            best_edit.setdefault(news[0], (score, olds[0]))
        if any(n in claimed for n in news) or any(o in consumed for o in olds):
            continue
        consumed.update(olds)
        claimed.update(news)
        if rank == _KIND_RANK["edited"]:  # one entry, even for a run of sentences
            slots[news[0]] = Slot(news, "edited", olds, score)
            continue
        for n in news:
            slots[n] = Slot((n,), kinds[rank], olds, score)
    # Second chance, as msgmerge: the best old entry even if another sentence has it.
    unserved = [i for i in free if i not in claimed and i not in best_edit]
    for score, _, news, olds in sorted(finder.reuse_kept(unserved), key=lambda c: (-c[0], c[3])):
        best_edit.setdefault(news[0], (score, olds[0]))
    for i, (score, o) in best_edit.items():
        if i not in claimed:
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
