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

from tm.numbers._base import Number
from tm.numbers._numerals import SCORE

__all__ = ["read_scores"]

#: What joins the two figures of a score: a dash, with at most one space on each side.
_DASH = re.compile(r" ?[-–—] ?")
#: Words of a result: a pair in a sentence with one of them is a score whichever figure
#: is larger ("lost 9-11", "trailed 1-2").
_RESULT = re.compile(
    r"(?i)\b(?:won|wins?|winning|winner|beat(?:s|en)?|defeat(?:s|ed)?|lost|los(?:e|es|ing)"
    r"|drew|draws?|drawn|tied|ties|scored?|scores|scoreline|victor(?:y|ies)|led|leads?"
    r"|leading|trail(?:s|ed|ing)?|edged?|rout(?:s|ed)?|thrash(?:ed|es)?|sets?|match(?:es)?"
    r"|half-?time|full-?time|aggregate|shoot-?out|final)\b")
#: The end of a sentence: a word of a result is looked for in the figures' sentence only.
_SENTENCE_END = re.compile(r"[.!?;]\s")
#: The largest figure of a score (a basketball or cricket score has three digits).
_MOST = 999


def read_scores(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* (in order) of English *text* with the two figures of each score marked
    with the unit :data:`SCORE`."""
    if "-" not in text and "–" not in text and "—" not in text:
        return numbers
    out = list(numbers)
    for i, (a, b) in enumerate(itertools.pairwise(numbers)):
        if _plain(a) and _plain(b) and _DASH.fullmatch(text, a.end, b.start) and (
                b.value <= a.value or _RESULT.search(_sentence(text, a.start, b.end))):
            pair = (a.value, b.value)
            out[i] = dataclasses.replace(a, unit=SCORE, score=pair)
            out[i + 1] = dataclasses.replace(b, unit=SCORE, score=pair)
    return out


def _plain(n: Number) -> bool:
    """True for a whole figure in digits with nothing read around it (no unit, no sign)."""
    return (n.kind == "number" and not n.unit and not n.spelled and 0 <= n.value <= _MOST
            and n.value == n.value.to_integral_value() and n.text.isdigit())


#: How far around a pair its sentence is looked at (a long entry of many pairs would be
#: searched from its start for each one, in quadratic time).
_REACH = 160


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of *text* around text[start:end] (at most _REACH characters each way)."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    before = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    after = _SENTENCE_END.search(text, end, hi)
    return text[before[-1] if before else lo:after.start() if after else hi]
