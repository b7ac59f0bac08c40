"""Where a quotation opens and closes: dialogue evidence for bead boundaries.

In dialogue a translator keeps the quotation marks, and the marks sit at the
edges of what belongs together: ``'I won a dozen taels,' replied Trinket.``
+ ``'But I—'`` is one quotation, 韦小宝道：“赢了十几两银子，不过…… 不过……”
its translation.  Where the English last sentence of a bead ends with a
closing quote mark, so (nearly always) does the Chinese one, and where one
side opens a quotation at its start (a Chinese speaker's 道：“ counts), so
does the other.  A bead whose edges disagree is very often cut in the wrong
place: the sentence that closes the quotation went to the next bead.

How telling a disagreement is depends on the document (a King James Bible
has no quotation marks while its Chinese has 「」; a newsroom turns quotes
into indirect speech), so :func:`boundary_weights` measures it on the
document's own first-pass beads: the cost of a disagreement is the
log-likelihood ratio of disagreeing between unrelated edges (from how often
each side opens or closes a quotation) and between the paired ones (how often
the first pass's beads disagree), and zero when disagreeing says nothing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tm.alignment._scoring import Item

__all__ = ["alone_weights", "boundary_weights", "closes_quote", "opens_quote"]

_EN_OPEN = re.compile(r"^\s*[‘“\"'«]")
_EN_CLOSE = re.compile(r"['’\"”»][)）]?\s*$")
#: Chinese opens a quotation at its start or after a short speaker clause (王说：“…).
_ZH_OPEN = re.compile(r"^\s*(?:[“「『\"‘]|[^。！？!?“”「」\"]{0,20}[：:]\s*[“「『\"‘])")
_ZH_CLOSE = re.compile(r"[”」』’\"][)）]?\s*$")


def opens_quote(text: str, chinese: bool) -> bool:
    """True if *text* opens a quotation at its start (Chinese: or after a speaker's colon)."""
    return bool((_ZH_OPEN if chinese else _EN_OPEN).search(text))


def closes_quote(text: str, chinese: bool) -> bool:
    """True if *text* ends with a closing quotation mark."""
    return bool((_ZH_CLOSE if chinese else _EN_CLOSE).search(text))


Flags = Sequence[tuple[bool, bool]]


def alone_weights(paired: Flags, near: Flags) -> tuple[float, float]:
    """Costs of a flag on one side only (left alone, right alone).

    For each direction ``log(P(alone | near miss) / P(alone | paired))``, from
    the flags of the *paired* edges and of *near* misses (an edge one sentence
    off on either side), add-one smoothed; 0 when a flag alone is no rarer
    between the pairs than between near misses.  The two directions differ:
    English cuts a quotation into more sentences than Chinese, so a wrong cut
    leaves a Chinese closing quote alone far more often than an English one.
    """
    out = []
    for side in (0, 1):
        rates = [(sum(f[side] and not f[1 - side] for f in flags) + 1) / (len(flags) + 2)
                 for flags in (near, paired)]
        out.append(max(0.0, math.log(rates[0] / rates[1])) if paired and near else 0.0)
    return out[0], out[1]


def _near_misses(x: int, y: int, inner: int, span_x: range, span_y: range,
                 n: int, m: int) -> list[tuple[int, int]]:
    """Edges one sentence off the paired edge (x, y): one sentence further out on
    either side, or one further in (*inner* is the step inwards) while the bead keeps it."""
    out = [(x - inner, y), (x, y - inner)]
    if x + inner in span_x:
        out.append((x + inner, y))
    if y + inner in span_y:
        out.append((x, y + inner))
    return [(p, q) for p, q in out if 0 <= p < n and 0 <= q < m]


def boundary_weights(a: Sequence[Item], b: Sequence[Item],
                     path: Sequence[tuple[int, int]]) -> tuple[float, float, float, float]:
    """Costs measured on the paired beads of *path*: (source opens alone,
    target opens alone, source closes alone, target closes alone)."""
    n, m = len(a), len(b)
    opens: tuple[list[tuple[bool, bool]], list[tuple[bool, bool]]] = ([], [])
    closes: tuple[list[tuple[bool, bool]], list[tuple[bool, bool]]] = ([], [])
    i = j = 0
    for k, t in path:
        if k and t:
            span_x, span_y = range(i, i + k), range(j, j + t)
            first, last = (i, j), (i + k - 1, j + t - 1)
            opens[0].append((a[i].opens_quote, b[j].opens_quote))
            closes[0].append((a[last[0]].closes_quote, b[last[1]].closes_quote))
            for p, q in _near_misses(*first, 1, span_x, span_y, n, m):
                opens[1].append((a[p].opens_quote, b[q].opens_quote))
            for p, q in _near_misses(*last, -1, span_x, span_y, n, m):
                closes[1].append((a[p].closes_quote, b[q].closes_quote))
        i, j = i + k, j + t
    return alone_weights(*opens) + alone_weights(*closes)
