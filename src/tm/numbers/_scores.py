"""The score of a game written with a dash, in English (private).

"won 21-15, 21-18", "a 3–1 win", "drew 2-2", "lost 9-11": two figures joined by a dash
(-, –, —) are a score, not a range, when the second is not greater than the first (a
range runs upwards: 9-17, ages 12-18) or a word of a result stands in the sentence (won,
beat, lost, drew, draw, victory, score, set, match …).  Both figures keep their values
and take the unit :data:`SCORE`, which names no dimension: they meet the same figures in
Chinese however it joins them (21比15, 21-15, 3:1).  Chinese also writes a score with a
colon, 21:15, which the reader takes for a clock time; the comparison lets such a bare
clock face (H:MM, no time of day, no minutes with a leading zero: 6:04 is a time) meet one
score of the same two figures, in either order, each score once (tm.numbers._extract), and
nothing else: a real time 21:15 still meets "9.15pm", and 15:18 for the second game of
"21-15, 21-18" is reported.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence
from decimal import Decimal

from tm.numbers._base import Number
from tm.numbers._lazy import lazy_re
from tm.numbers._numerals import SCORE

__all__ = ["read_goalless", "read_nils", "read_pairs_zh", "read_scores", "reversed_scores"]

#: What joins the two figures of a score: a dash, with at most one space on each side.
_DASH = lazy_re(r" ?[-–—] ?")
#: Words of a result: a pair in a sentence with one of them is a score whichever figure
#: is larger ("lost 9-11", "trailed 1-2").
_RESULT = lazy_re(
    r"(?i)\b(?:won|wins?|winning|winner|beat(?:s|en)?|defeat(?:s|ed)?|lost|los(?:e|es|ing)"
    r"|drew|draws?|drawn|tied|ties|scored?|scores|scoreline|victor(?:y|ies)|led|leads?"
    r"|leading|trail(?:s|ed|ing)?|edged?|rout(?:s|ed)?|thrash(?:ed|es)?|sets?|match(?:es)?"
    r"|half-?time|full-?time|aggregate|shoot-?out|final)\b")
#: The end of a sentence: a word of a result is looked for in the figures' sentence only.
_SENTENCE_END = lazy_re(r"[.!?;]\s")
#: The word of a score's nought.
_NOUGHT = "nil"
#: The largest figure of a score (a basketball or cricket score has three digits).
_MOST = 999


#: "nil", the nought of a football score ("won 1-nil", "nil-nil"), joined by a dash to a
#: figure or to another nil: read as 0.
_NIL = lazy_re(r"(?i)(?:(?<=\w[-–—])|(?<=\w [-–—])|(?<=\w[-–—] )|(?<=\w [-–—] ))nil\b"
                  r"|\bnil(?=[ ]?[-–—][ ]?(?:\d|nil\b))")


def read_nils(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* (in order) of English *text* with each "nil" of a score read as 0."""
    nils = [Number(Decimal(0), "number", m.start(), m.end(), m.group())
            for m in _NIL.finditer(text)]
    return sorted([*numbers, *nils], key=lambda n: n.start) if nils else numbers


#: A vote's tally joined by "to" ("passed the bill 51 to 47", "by 7 votes to 2"), in a
#: sentence with a word of voting; the second figure smaller, as a range never is.
_VOTE_TO = lazy_re(r"(?i) (?:votes? )?to ")
_VOTE_EN = lazy_re(r"(?i)\b(?:vot(?:e|es|ed|ing)|ballots?|passed|approved|adopted|elected"
                      r"|endorsed|ratified|tally)\b")


def read_scores(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* (in order) of English *text* with the two figures of each score or vote
    marked with the unit :data:`SCORE` (a "nil" read by :func:`read_nils` is a figure)."""
    dashed = "-" in text or "–" in text or "—" in text
    voted = " to " in text and _VOTE_EN.search(text) is not None
    if not dashed and not voted:
        return numbers
    out = list(numbers)
    for i, (a, b) in enumerate(itertools.pairwise(numbers)):
        if not (_plain(a) and _plain(b)):
            continue
        if (dashed and _DASH.fullmatch(text, a.end, b.start) and (
                b.value <= a.value or _RESULT.search(_sentence(text, a.start, b.end)))) or (
                voted and b.value < a.value and _VOTE_TO.fullmatch(text, a.end, b.start)
                and _VOTE_EN.search(_sentence(text, a.start, b.end))):
            pair = (a.value, b.value)
            out[i] = dataclasses.replace(a, unit=SCORE, score=pair)
            out[i + 1] = dataclasses.replace(b, unit=SCORE, score=pair)
    return out


#: What joins the two figures of a Chinese score, ratio or vote: 比 (3比1, 41比19), or a dash
#: when the second figure is not greater (a range runs upwards: 9-17) or the sentence says a
#: result (以25-30告负); and a reference that a colon gives in English: a chapter and verse,
#: an article and clause (27章14节, 第27章第14节, 第25条第30款: review Z-15).
_BY_ZH = lazy_re(r" ?比 ?")
_MAY_PAIR_ZH = lazy_re("[比章条卷篇]|[-–—]")
_REFERENCE_ZH = lazy_re(r"[章条卷篇]第?")
#: The end of a Chinese sentence or clause: a result word is looked for in the pair's.
_CLAUSE_END_ZH = lazy_re("[。！？；，,;!?]")


def _sentence_zh(text: str, start: int, end: int) -> str:
    """The clause of Chinese *text* around text[start:end]."""
    before = [m.end() for m in _CLAUSE_END_ZH.finditer(text, max(0, start - _REACH), start)]
    after = _CLAUSE_END_ZH.search(text, end)
    return text[before[-1] if before else max(0, start - _REACH):
                after.start() if after else min(len(text), end + _REACH)]


#: A score of no goals said in one word: "a goalless draw", "a scoreless first half", which
#: Chinese writes 0比0 or 0:0, or says with no figure (互交白卷, 双方均无进球).
_GOALLESS = lazy_re(r"(?i)\b(?:goal|score)less\b")
#: Its two figures.
_NO_GOALS = (Decimal(0), Decimal(0))


def read_goalless(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* (in order) of English *text* with each "goalless" or "scoreless" read as the
    two noughts of the score 0-0 (spelled: a translation may say it with no figure)."""
    found = [Number(Decimal(0), "number", m.start(), m.end(), m.group(), True, SCORE,
                    score=_NO_GOALS)
             for m in _GOALLESS.finditer(text) for _figure in _NO_GOALS]
    return sorted([*numbers, *found], key=lambda n: n.start) if found else numbers


def read_pairs_zh(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* (in order) of Chinese *text* with the two figures of each pair it states
    (41比19, 三比一, 31-28) marked with their pair (Number.score), so a clock face of the
    other side (41:19, read alone as a time or a race time) meets that pair and nothing else
    (tm.numbers._extract: two loose figures are no pair, review Z-1).  Units stay."""
    if not _MAY_PAIR_ZH.search(text):
        return numbers
    out = list(numbers)
    for i, (a, b) in enumerate(itertools.pairwise(numbers)):
        if not (_whole(a) and _whole(b)):
            continue
        if _BY_ZH.fullmatch(text, a.end, b.start) or _REFERENCE_ZH.fullmatch(
                text, a.end, b.start) or (_DASH.fullmatch(text, a.end, b.start) and (
                    b.value <= a.value or _ANY_RESULT_ZH.search(
                        _sentence_zh(text, a.start, b.end)))):
            pair = (a.value, b.value)
            out[i] = dataclasses.replace(out[i], score=pair)
            out[i + 1] = dataclasses.replace(b, score=pair)
    return out


def _whole(n: Number) -> bool:
    """True for a whole figure of a score or a reference (第27章) in digits or numerals, with
    no unit read."""
    return n.kind in ("number", "ordinal") and not n.unit and 0 <= n.value <= _MOST \
        and n.value == n.value.to_integral_value()


def _plain(n: Number) -> bool:
    """True for a whole figure in digits with nothing read around it (no unit, no sign)."""
    return (n.kind == "number" and not n.unit and not n.spelled and 0 <= n.value <= _MOST
            and n.value == n.value.to_integral_value()
            and (n.text.isdigit() or n.text.lower() == _NOUGHT))


#: How far around a pair its sentence is looked at (a long entry of many pairs would be
#: searched from its start for each one, in quadratic time).
_REACH = 160


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of *text* around text[start:end] (at most _REACH characters each way)."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    before = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    after = _SENTENCE_END.search(text, end, hi)
    return text[before[-1] if before else lo:after.start() if after else hi]


#: A score in Chinese: two figures of at most three digits joined by 比, a colon or a dash
#: (以3比1, 98:95, 2-1), or a tally of votes joined by 对 (51票对47票), not part of a longer
#: figure, a time or a date.
_SCORE_ZH = lazy_re(r"(?<![\d.])(?<!\d[:：/\-])(\d{1,3})票? ?(?:比|对|:|：|-|–) ?(\d{1,3})票?"
                       r"(?![\d.])(?![:：/\-]\d)")
#: The text between a Chinese score and a word of its result: in its clause, short, no
#: other figure (以3比1的比分击败).
_TO_RESULT = r"[^\d，。；！？、,;!?]{0,6}?"
#: Words of a result right after a Chinese score.  Chinese gives the subject's figure
#: first (以3比1击败 "beat … 3-1", 以101比104落败 "lost 104-101", 以48比50落后 "trailed
#: 50-48"): a word of winning or leading says the first figure is the larger, a word of
#: losing or trailing the smaller.  So does a vote's tally: 以51票对47票通过 "passed 51 to
#: 47" gives the votes for first, which carry a motion passed (通过) or a candidate elected
#: (当选).  Not a rejection's: "rejected by 30 votes to 12", 以30票对12票被否决, may give
#: the votes against first.
_WON_ZH = lazy_re(_TO_RESULT + "(?:击败|打败|战胜|获胜|取胜|胜出|力克|险胜|大胜|完胜|横扫|击退"
                     "|击溃|淘汰|拿下|赢(?![家利])|领先|(?<![战取获])胜(?!负)|通过|当选)")
#: A passive marker before a word of winning (以1比3被西班牙队击败 "were beaten 3-1 by
#: Spain", 以0比4遭横扫): the subject is the loser, its figure the smaller (review X-1).
_PASSIVE_ZH = lazy_re("被|遭|让|给")
_LOST_ZH = lazy_re(_TO_RESULT + "(?:落败|告负|负于|不敌|输给|输掉|败给|败北|惜败|落后|失利"
                      "|(?<![胜])负(?![责担面])|输)")
_ANY_RESULT_ZH = lazy_re("击|胜|赢|淘汰|拿下|横扫|领先|负|不敌|输|败|落后|失利")
#: A score said as a label's value, a score of no side: "Final score: 98-95", "Half-time
#: score 1-0", "the final result was 88-80" (a pair a score only because its second figure
#: is smaller may be a ratio: "a 2-1 ratio", which Chinese turns round with its
#: ingredients, 按1比2的比例: review X-2).
_LABEL_EN = lazy_re(r"(?i)\b(?:score(?:line)?|result|final|half-?time|full-?time"
                       r"|aggregate)\b[^.!?;\d]{0,20}$")
#: How far before a score its label is looked for ("The final score was " with room).
_LABEL_REACH = 32
#: A side the English names with a pronoun ("They cut it to 3-2" → 他们将比分追至2比3).
_PRONOUN_EN = lazy_re(r"(?i)\b(?:I|we|us|our|you|your|he|him|his|she|her|they|them|their)\b")
#: Words of a ratio, in either text: no score.
_RATIO = lazy_re(r"(?i)\b(?:ratios?|proportions?|blends?|mix(?:ed|es|ture)?|parts?|dilute"
                    r"|odds)\b|比例|之比|配比|混合|兑|稀释|赔率")
#: English words that name the side a score is of (won, lost, beat, led, trailed …): a
#: score in such a sentence may be turned round in Chinese, which gives the subject's
#: figure first.
_SIDE_RESULT_EN = lazy_re(
    r"(?i)\b(?:won|wins?|winning|winners?|beat(?:s|en)?|defeat(?:s|ed)?|lost|los(?:e|es|ing)"
    r"|led|leads?|leading|trail(?:s|ed|ing)?|edged?|rout(?:s|ed)?|thrash(?:ed|es)?"
    r"|victor(?:y|ies)|down|up|behind|ahead)\b")
#: A capitalized word that does not open a sentence or a label ("Final score:"): a name.
_NAME_EN = lazy_re(r"(?<=[^.!?:\s]) +[A-Z][a-z]")


def reversed_scores(source: str, numbers: Sequence[Number], target: str
                    ) -> list[tuple[tuple[Decimal, Decimal], re.Match[str]]]:
    """(English score, Chinese match) for each score of English *source* (its figures among
    *numbers*, read by :func:`read_scores`) that Chinese *target* gives the other way
    round where the target's order can be read: a word of winning or leading right after
    it with the smaller figure first (以1比3击败), a word of losing or trailing with the
    larger first (以3比1落败, or a word of winning after a passive marker: 以3比1被…击败),
    or, for a score said as a label's value with no side named in either text (no word
    of a result naming one, no name, no pronoun, no word of a ratio: "Final score:
    98-95", 最终比分：95比98; not "a 2-1 ratio" → 1比2的比例), the figures in the other
    order.  A score Chinese turns round to give its subject's figure first
    (以101比104落败 for "lost 104-101") is right and not reported."""
    pairs = {n.score for n in numbers if n.score is not None and n.score[0] != n.score[1]}
    if not pairs or not any(c in target for c in "比对:：-–"):
        return []
    labelled = {n.score for n in numbers if n.score is not None
                and _LABEL_EN.search(source, max(0, n.start - _LABEL_REACH), n.start)}
    no_side = _SIDE_RESULT_EN.search(source) is None and _NAME_EN.search(source) is None \
        and _PRONOUN_EN.search(source) is None and _ANY_RESULT_ZH.search(target) is None \
        and _RATIO.search(source) is None and _RATIO.search(target) is None
    out = []
    for m in _SCORE_ZH.finditer(target):
        first, second = Decimal(m[1]), Decimal(m[2])
        if (first, second) in pairs:
            pair = (first, second)
        elif (second, first) in pairs:
            pair = (second, first)
        else:
            continue  # another score: compare_numbers reports its figures
        # the nearest word of a result is the score's (以1比3落后时击败…: trailing)
        won, lost = _WON_ZH.match(target, m.end()), _LOST_ZH.match(target, m.end())
        if won is not None and (lost is None or won.end() < lost.end()):
            # the subject won, or (passive) was beaten
            wrong = first > second if _PASSIVE_ZH.search(won.group()) else first < second
        elif lost is not None:
            wrong = first > second
        else:
            wrong = no_side and pair in labelled and pair != (first, second)
        if wrong:
            out.append((pair, m))
    return out
