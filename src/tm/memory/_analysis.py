"""Match analysis: how much of a document a translation memory already covers.

This is the table translation vendors quote from: the words (characters for
Chinese) and segments of a document in each match band (101% in-context, 100%,
95-99%, 85-94%, 75-84%, 50-74%, no match), plus internal repetitions.

* Each segment is looked up once in the memory; its best score puts it in the
  band whose lower bound it reaches.  An exact match whose context also matches
  (same msgctxt, or the same neighbouring sentences) is ``101%``.  An exact
  match that the memory contradicts (another exact match translates it
  differently and the context picks neither, tm.memory._rivals) is counted at
  99%: the translator must choose, as for a fuzzy match.
* A segment already seen earlier in the same document (same text once
  whitespace is collapsed) is a *repetition*: after the first occurrence it is
  counted in the Repetitions row instead of a band, as CAT tools do.
* Volume: one word per run of letters/digits (``don't``, ``6.9%`` and
  ``state-of-the-art`` are one word each) and one per Chinese/Japanese
  character, so an English source is counted in words and a Chinese source in
  characters; punctuation is not counted, and neither are inline codes
  (tm.memory._codes: tags such as ``<b>`` or ``<a href="%s">``, entities,
  and placeholders such as ``%s``, ``%1$s``, ``%(name)s``, ``{count}``), which
  are placeables, not words, as Trados and memoQ count them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import regex

from tm._shared.lang import is_chinese
from tm._shared.script import HAN, KANA
from tm._shared.signature import signature
from tm._shared.text import sentence_key
from tm.errors import UsageError
from tm.memory._codes import without_codes

if TYPE_CHECKING:
    import polib

    from tm.memory._memory import TranslationMemory
    from tm.segmentation import SkippedLine

__all__ = ["DEFAULT_BANDS", "Analysis", "AnalysisItem", "BandCount", "analyze", "band_labels",
           "count_words", "items_from_po", "items_from_text"]

#: Lower bounds of the match bands; 101 is the in-context exact band.
DEFAULT_BANDS: tuple[int, ...] = (101, 100, 95, 85, 75, 50)
#: Band of an exact match the memory contradicts: just below exact, like an
#: untrusted exact match (a translator reviews it).
CONTESTED_SCORE = 99.0
_WORD = regex.compile(
    rf"[{HAN}{KANA}]"
    rf"|[^\W{HAN}{KANA}_]+(?:[-'’.,][^\W{HAN}{KANA}_]+)*%?",
    regex.V1)


def count_words(text: str) -> int:
    """Words of *text* for a quote: letter/digit runs plus each CJK character.

    Inline codes (markup tags, entities, format placeholders) are no words:

    >>> count_words('Read our <a href="%s">fee schedule</a>.'), count_words("Transfer %1$s?")
    (4, 1)
    """
    return len(_WORD.findall(without_codes(text)))


@dataclass(frozen=True, slots=True)
class AnalysisItem:
    """One segment to analyse: its text, and what makes a match in-context."""

    text: str
    context: str = ""
    prev: str = ""
    next: str = ""


@dataclass
class BandCount:
    """Segments and words (characters for Chinese) counted in one row of the analysis."""

    label: str
    segments: int = 0
    words: int = 0


@dataclass
class Analysis:
    """The result of :func:`analyze`: one row per band, repetitions and the total."""

    rows: list[BandCount]
    unit: str
    source_lang: str
    target_lang: str
    scores: list[float] = field(default_factory=list)

    @property
    def total(self) -> BandCount:
        """The sum of every row."""
        return BandCount("Total", sum(r.segments for r in self.rows),
                         sum(r.words for r in self.rows))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready rows, totals and a signature of the tool that produced them."""
        total = self.total
        return {
            "generator": signature(),
            "source_lang": self.source_lang, "target_lang": self.target_lang, "unit": self.unit,
            "bands": [{"band": r.label, "segments": r.segments, self.unit: r.words,
                       "percent": _percent(r.words, total.words)} for r in self.rows],
            "total": {"segments": total.segments, self.unit: total.words},
        }

    def format_table(self) -> str:
        """A plain-text table: band, segments, words/characters, percent of the volume."""
        total = self.total
        head = ("Match", "Segments", self.unit.capitalize(), "Percent")
        lines = [head]
        for row in [*self.rows, total]:
            lines.append((row.label, str(row.segments), str(row.words),
                          f"{_percent(row.words, total.words):.1f}"))
        widths = [max(len(line[i]) for line in lines) for i in range(4)]
        out = []
        for n, line in enumerate(lines):
            out.append(f"{line[0]:<{widths[0]}}  " + "  ".join(
                f"{cell:>{widths[i + 1]}}" for i, cell in enumerate(line[1:])))
            if n == 0 or n == len(lines) - 2:
                out.append("-" * len(out[0]))
        return "\n".join(out) + "\n"


def _percent(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def band_labels(bands: Sequence[int]) -> list[str]:
    """Row labels for *bands* (descending lower bounds): ``101%``, ``100%``, ``95-99%``..."""
    labels = []
    for i, low in enumerate(bands):
        high = bands[i - 1] - 1 if i else None
        if low >= 100 or high is None or high == low:
            labels.append(f"{low}%")
        else:
            labels.append(f"{low}-{min(high, 99)}%")
    return labels


def _check_bands(bands: Iterable[int]) -> list[int]:
    out = sorted({int(b) for b in bands}, reverse=True)
    if not out or out[-1] < 1 or out[0] > 101:
        raise UsageError(f"bands must be percentages between 1 and 101, got {list(bands)}")
    return out


def analyze(items: Iterable[AnalysisItem | str], memory: TranslationMemory, *,
            source_lang: str = "en", target_lang: str = "zh-CN",
            bands: Iterable[int] = DEFAULT_BANDS) -> Analysis:
    """Analyse the segments *items* (texts or :class:`AnalysisItem`) against *memory*.

    *bands* are the lower bounds of the match bands (default 101, 100, 95, 85,
    75, 50); a best score below the lowest is "No match".  Returns an
    :class:`Analysis` whose rows follow the bands, with "Repetitions" after the
    exact bands and "No match" last.
    """
    lows = _check_bands(bands)
    labels = band_labels(lows)
    rows = {label: BandCount(label) for label in labels}
    repetitions, no_match = BandCount("Repetitions"), BandCount("No match")
    seen: set[str] = set()
    scores: list[float] = []
    for raw in items:
        item = AnalysisItem(raw) if isinstance(raw, str) else raw
        words = count_words(item.text)
        key = sentence_key(item.text)
        if key in seen:
            repetitions.segments += 1
            repetitions.words += words
            continue
        seen.add(key)
        score = _best_score(item, memory, source_lang, target_lang, lows[-1])
        scores.append(score)
        row = no_match
        for low, label in zip(lows, labels, strict=True):
            if score >= low:
                row = rows[label]
                break
        row.segments += 1
        row.words += words
    exact = [rows[label] for low, label in zip(lows, labels, strict=True) if low >= 100]
    fuzzy = [rows[label] for low, label in zip(lows, labels, strict=True) if low < 100]
    unit = "characters" if is_chinese(source_lang) else "words"
    return Analysis([*exact, repetitions, *fuzzy, no_match], unit, source_lang, target_lang,
                    scores)


def _best_score(item: AnalysisItem, memory: TranslationMemory, source_lang: str,
                target_lang: str, lowest: int) -> float:
    matches = memory.lookup(item.text, source_lang=source_lang, target_lang=target_lang,
                            min_score=min(lowest, 100), limit=1, context=item.context,
                            prev=item.prev, next=item.next)
    if not matches:
        return 0.0
    best = matches[0]
    if best.alternatives:
        return CONTESTED_SCORE
    return 101.0 if best.in_context and best.score >= 100 else best.score


def _with_neighbours(texts: Sequence[str], contexts: Sequence[str]) -> list[AnalysisItem]:
    return [AnalysisItem(text, contexts[i], texts[i - 1] if i else "",
                         texts[i + 1] if i + 1 < len(texts) else "")
            for i, text in enumerate(texts)]


def items_from_text(text: str, lang: str = "en", *, skip: str | None = None,
                    on_skip: Callable[[SkippedLine], None] | None = None) -> list[AnalysisItem]:
    """The sentences of a plain-text document (via :func:`tm.segment`) with their neighbours.

    *skip* and *on_skip* go to :func:`tm.segment`: every line counts unless
    *skip* says otherwise (``tm analyze`` skips navigation-only lines).
    """
    from tm.segmentation import segment

    texts = [s.text for s in segment(text, lang, skip=skip, on_skip=on_skip)]
    return _with_neighbours(texts, [""] * len(texts))


def items_from_po(po: polib.POFile) -> list[AnalysisItem]:
    """The messages of a PO/POT file, with their context (:func:`tm.formats.entry_context`)."""
    from tm.formats import entry_context

    entries = [e for e in po if e.msgid and not e.obsolete]
    return _with_neighbours([e.msgid for e in entries], [entry_context(e) for e in entries])
