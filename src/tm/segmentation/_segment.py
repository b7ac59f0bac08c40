"""Sentence segmentation for English and Chinese: :func:`segment` and :func:`stable_ids`.

The text is scanned once; segments are *offsets* into it (the text is never
rewritten with placeholders), so ``text[s.start:s.end] == s.text`` always holds
and white space between sentences belongs to no segment.

Two layers decide where segments end:

1. **Layout** (in code, :mod:`tm.segmentation._layout`): paragraphs, title
   lines, and, only when asked, skipped lines (navigation bars, see
   :data:`CHROME`).
2. **Sentence rules** (language, as data): SRX 2.0 files in ``rules/``
   (``en.srx``, ``zh.srx``) or a file of your own; see
   :mod:`tm.segmentation._srx` and :mod:`tm.segmentation._compiled`.

:func:`iter_segments` is the streaming form: it yields segments as it finds
them, holding little more than the text, so a caller can write a very large
document out as it goes.
"""

from __future__ import annotations

import hashlib
import os
import warnings
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import chain
from pathlib import Path

import regex

from tm._shared.lang import is_chinese, lang_key
from tm._shared.script import guess_lang
from tm._shared.text import sentence_key
from tm.errors import LanguageWarning, ParseError, UsageError
from tm.model import Origin, Segment, require_text
from tm.segmentation._bounds import MATCH_SECONDS, check_size
from tm.segmentation._compiled import CompiledRules, compile_rules
from tm.segmentation._layout import MAX_SKIPPED_LINE, Fences, SkippedLine, blocks, paragraphs
from tm.segmentation._srx import SrxRules, load_srx
from tm.segmentation._wrap import TextColumn

__all__ = ["explain", "guess_lang", "iter_origins", "iter_segments", "iter_stable_ids",
           "rules_signature", "segment", "segment_lines", "segment_origins", "stable_ids"]

RULES_DIR = Path(__file__).resolve().parent / "rules"

#: What a segment never starts or ends with: white space (as ``str.strip`` sees it) and
#: U+FEFF, the byte-order mark a file read as plain "utf-8" starts with (Windows Notepad
#: writes one); it is invisible and would cost the first sentence its exact matches.
_TRIMMED = "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + "\ufeff"


def _rules_file(lang: str) -> Path:
    return RULES_DIR / ("zh.srx" if is_chinese(lang) else "en.srx")


def _resolved_lang(text: str, lang: str, rules: str | os.PathLike[str] | None) -> str:
    """*lang*, guessed from *text* when ``"auto"``; warns when it has no rules of its own.

    Called by the public functions themselves, so the warning names their caller's line.
    """
    if lang == "auto":
        lang = guess_lang(text)
    _warn_without_rules(lang, rules)
    return lang


def _warn_without_rules(lang: str, rules: str | os.PathLike[str] | None) -> None:
    """Say that *lang* is segmented with the English rules, having none of its own.

    The built-in rules are English (``en.srx``) and Chinese (``zh.srx``); any
    other language falls back on the English ones (documented in
    docs/segmentation.md), which is right for many languages written with full
    stops and wrong for others (Japanese ``。``), so the fallback is never silent.
    """
    if rules is None and not is_chinese(lang) and lang_key(lang) != "en":
        warnings.warn(f"no built-in sentence rules for {lang!r} (tm has en and zh): English "
                      "rules are used; give the language's own as an SRX file (--srx FILE, "
                      "rules=FILE in Python)", LanguageWarning, stacklevel=4)


@lru_cache(maxsize=64)
def _builtin(lang: str) -> tuple[SrxRules, str]:
    return load_srx(_rules_file(lang), trusted=True), ("zh" if is_chinese(lang) else "en")


def _load(lang: str, rules: str | os.PathLike[str] | None) -> tuple[SrxRules, str]:
    if rules is None:
        return _builtin(lang)  # package data: loaded once per process
    return load_srx(rules), lang


def _compiled(lang: str, rules: str | os.PathLike[str] | None) -> CompiledRules:
    srx, code = _load(lang, rules)
    compiled = compile_rules(srx, code)
    if not compiled.rules:  # (the ordered pattern is None then)
        raise ParseError(str(rules), 0,
                         f"no <languagemap> of this SRX file matches language {lang!r}")
    return compiled


def rules_signature(lang: str = "en", rules: str | os.PathLike[str] | None = None) -> str:
    """Name and version of the rules used for *lang*, e.g. ``"en.srx@1a2b3c4d"``.

    The version is a digest of the SRX file, so any edit to the rules changes
    it; tools write it into their outputs (PO ``X-Generator``, JSON) so a
    result says which rules produced it.
    """
    return _load(lang, rules)[0].signature


@lru_cache(maxsize=16)
def _skip_pattern(pattern: str) -> regex.Pattern[str]:
    problem = check_size(pattern)
    if problem is None:
        try:
            return regex.compile(pattern)
        except (regex.error, OverflowError, RecursionError) as err:
            problem = str(err)
    raise UsageError(f"bad skip pattern {pattern[:60]!r}: {problem}")


def _line_test(skip: str) -> Callable[[str, int, int], bool]:
    """Whether a line (text[start:end]) fully matches *skip*; one match at most MATCH_SECONDS."""
    pattern = _skip_pattern(skip)

    def skipped(text: str, start: int, end: int) -> bool:
        if end - start > MAX_SKIPPED_LINE:
            return False
        try:
            return pattern.fullmatch(text, start, end, timeout=MATCH_SECONDS) is not None
        except TimeoutError:
            raise UsageError(f"skip pattern {skip[:60]!r} took more than {MATCH_SECONDS:g} s "
                             f"on one line; simplify it") from None
    return skipped


OnSkip = Callable[[SkippedLine], None]


def segment(text: str, lang: str = "en", rules: str | os.PathLike[str] | None = None, *,
            skip: str | None = None, on_skip: OnSkip | None = None) -> list[Segment]:
    """Split *text* into sentences, returned as :class:`~tm.model.Segment` offsets.

    *lang* is a language code (``"en"``, ``"zh"``, ``"zh-CN"``...; ``"auto"``
    guesses from the script); any other language is split with the English
    rules and a :class:`~tm.errors.LanguageWarning`.  *rules* is an SRX 2.0
    file to use instead of the built-in rules for the language.  Every line is kept unless you pass
    *skip*, a regular expression matched against whole lines (such as
    :data:`CHROME`, navigation-only lines); each line it leaves out is passed
    to *on_skip* as a :class:`SkippedLine`.  :func:`iter_segments` is the
    streaming form.

    >>> [s.text for s in segment("Mr. Smith arrived at 7:29 a.m. on Jan. 5. He left.")]
    ['Mr. Smith arrived at 7:29 a.m. on Jan. 5.', 'He left.']
    """
    require_text(text, "segment")
    return list(_segments(text, _resolved_lang(text, lang, rules), rules, skip, on_skip))


def iter_segments(text: str, lang: str = "en", rules: str | os.PathLike[str] | None = None, *,
                  skip: str | None = None, on_skip: OnSkip | None = None) -> Iterator[Segment]:
    """Yield the segments of *text* one by one, in order (see :func:`segment`).

    Breaks are found lazily and nothing is kept per segment, so the memory
    used is about the text itself plus a few bytes per candidate break.  A
    language without built-in rules is segmented with the English ones, with
    a :class:`~tm.errors.LanguageWarning`, when this is called.
    """
    require_text(text, "iter_segments")
    return _segments(text, _resolved_lang(text, lang, rules), rules, skip, on_skip)


def _segments(text: str, lang: str, rules: str | os.PathLike[str] | None, skip: str | None,
              on_skip: OnSkip | None) -> Iterator[Segment]:
    """The generator behind :func:`iter_segments` (which checks the language eagerly)."""
    compiled = _compiled(lang, rules)
    breaks = _Breaks(compiled.iter_breaks(text))
    test = _line_test(skip) if skip else None
    lines = _LineCounter(text)
    paragraph = 0
    fences = Fences()
    column = TextColumn(text)
    for para_start, para_end in paragraphs(text):
        produced = False
        for span in blocks(text, para_start, para_end, test, fences, column):
            if len(span) == 3:
                if on_skip is not None:
                    start, end = span[0], span[1]
                    on_skip(SkippedLine(text[start:end], start, end, lines.line_of(start)))
                continue
            for piece in _cut(text, span[0], span[1], breaks, paragraph):
                produced = True
                yield piece
        if produced:
            paragraph += 1


def segment_lines(text: str) -> list[Segment]:
    r"""Read *text* that holds one sentence per line (blank lines separate paragraphs).

    For text segmented already (``tm align --presegmented``): each non-blank
    line, stripped of white space and a byte-order mark, is one
    :class:`~tm.model.Segment` with its offsets.

    >>> [(s.text, s.paragraph) for s in segment_lines("One.\n Two. \n\nThree.\n")]
    [('One.', 0), ('Two.', 0), ('Three.', 1)]
    """
    segments: list[Segment] = []
    paragraph = 0
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip(_TRIMMED)
        if stripped:
            start = offset + line.index(stripped)
            segments.append(Segment(stripped, start, start + len(stripped), paragraph))
        elif segments and segments[-1].paragraph == paragraph:
            paragraph += 1
        offset += len(line) + 1
    return segments


def segment_origins(path: str, text: str, segments: Iterable[Segment]) -> list[Origin]:
    r"""Where each of *segments* (offsets into *text*, read from *path*) starts: file and line.

    >>> text = "One.\nTwo. Three."
    >>> [str(o) for o in segment_origins("a.txt", text, segment(text))]
    ['a.txt:1', 'a.txt:2', 'a.txt:2']
    """
    return list(iter_origins(path, text, segments))


def iter_origins(path: str, text: str, segments: Iterable[Segment]) -> Iterator[Origin]:
    """:func:`segment_origins`, one by one, for a stream of segments (lines counted as met)."""
    lines = _LineCounter(text)
    for s in segments:
        yield Origin(path, lines.line_of(s.start))


class _Breaks:
    """The increasing break positions (in batches), consumed block by block."""

    def __init__(self, batches: Iterator[list[int]]) -> None:
        self._batches = batches
        self._batch: list[int] = []
        self._at = 0

    def inside(self, start: int, end: int) -> Iterator[list[int]]:
        """The breaks strictly between *start* and *end*, in lists; earlier ones are dropped."""
        while True:
            if self._at >= len(self._batch):
                batch = next(self._batches, None)
                if batch is None:
                    return
                self._batch, self._at = batch, 0
            batch = self._batch
            first = bisect_right(batch, start, self._at)
            last = bisect_left(batch, end, first)
            self._at = last
            if last > first:
                yield batch[first:last]
            if last < len(batch):
                return  # the next break is at or after *end*


class _LineCounter:
    """1-based line numbers of increasing offsets, counted incrementally."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._pos = 0
        self._line = 1

    def line_of(self, offset: int) -> int:
        """The line holding *offset* (cheapest when offsets do not decrease between calls)."""
        if offset < self._pos:
            self._pos, self._line = 0, 1
        self._line += self._text.count("\n", self._pos, offset)
        self._pos = offset
        return self._line


def _cut(text: str, start: int, end: int, breaks: _Breaks, paragraph: int) -> Iterator[Segment]:
    """The segments of text[start:end], cut at the breaks, trimmed of white space and BOMs."""
    prev = start
    for cuts in chain(breaks.inside(start, end), ([end],)):
        for cut in cuts:
            piece = text[prev:cut].lstrip(_TRIMMED)
            if piece:
                s = cut - len(piece)  # piece is text[s:cut], left-stripped
                piece = piece.rstrip(_TRIMMED)
                yield Segment(piece, s, s + len(piece), paragraph)
            prev = cut


def explain(text: str, lang: str = "en", rules: str | os.PathLike[str] | None = None) -> list[str]:
    """Say which SRX rule decided at each place where a sentence could end.

    One line per candidate position: the text around it, ``break`` or ``no
    break``, and the deciding rule (its number in the rule list and its
    patterns).  For debugging rules; layout (paragraphs, title lines, skipped
    lines) is not shown.

    >>> for line in explain("Ask Mr. Li. He knows."):
    ...     print(line)  # doctest: +ELLIPSIS
    7: 'Ask Mr.|| Li. He'  no break  rule ...: before=...
    11: 'Mr. Li.|| He kno'  break  rule ...: before=...
    """
    if lang == "auto":
        lang = guess_lang(text)
    compiled = _compiled(lang, rules)
    lines = []
    for pos, index in compiled.iter_decisions(text):
        rule = compiled.rules[index]
        context = f"{text[max(0, pos - 7):pos]}||{text[pos:pos + 7]}"
        before = rule.before
        if len(before) > 40:
            before = f"{before[:18]}...{before[-8:]}"
        lines.append(f"{pos}: {context!r}  {'break' if rule.breaking else 'no break'}  "
                     f"rule {index + 1}: before={before!r} after={rule.after[:40]!r}")
    return lines


def stable_ids(texts: Iterable[str]) -> list[str]:
    """Stable ids for sentences: ``"s"`` + 8 hex digits of BLAKE2b of the normalized text.

    The text is normalized (NFC, white space collapsed) first, so the same
    sentence gets the same id across runs and re-wrapping, and editing one
    sentence leaves the ids of the others alone.  The 2nd, 3rd... occurrence of
    a sentence in the same document gets ``-2``, ``-3``... in document order.

    >>> stable_ids(["Hello.", "Bye.", "Hello."])
    ['s8c60c363', 'sa96ccf4a', 's8c60c363-2']
    """
    return list(iter_stable_ids(texts))


def iter_stable_ids(texts: Iterable[str]) -> Iterator[str]:
    """:func:`stable_ids`, one by one: for a stream of sentences (one small int kept per id)."""
    seen: dict[int, int] = {}
    blake2b = hashlib.blake2b
    for text in texts:
        key = sentence_key(text)
        number = int.from_bytes(blake2b(key.encode("utf-8")).digest()[:4], "big")
        count = seen.get(number, 0) + 1
        seen[number] = count
        base = f"s{number:08x}"
        yield base if count == 1 else f"{base}-{count}"

