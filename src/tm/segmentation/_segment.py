"""Sentence segmentation for English and Chinese: :func:`segment` and :func:`stable_ids`.

The text is scanned once; segments are *offsets* into it (the text is never
rewritten with placeholders), so ``text[s.start:s.end] == s.text`` always holds
and white space between sentences belongs to no segment.

Three layers decide where segments end:

1. **Paragraphs** (layout, in code): a blank line always ends a paragraph.
   Lines that match the *skip* pattern (page chrome such as a site's
   navigation bar ``Home | News | Sport``) are left out; see :data:`CHROME`.
2. **Title lines** (layout, in code): a single line break inside a paragraph
   does not end a sentence, unless the line before it looks like a heading:
   it ends without punctuation, has at most 12 words (or 40 characters of
   Chinese), does not end in a function word (``of``, ``the``...), is not a
   full-width line of hard-wrapped prose (it is shorter than 85% of the
   paragraph's longest line, in display columns: Han characters count two)
   and is either clearly short (under 60% of the longest line) or, for
   English, in title case; and the next line starts
   like a sentence (capital, digit, Han character, opening quote or bracket).
3. **Sentence rules** (language, as data): SRX 2.0 files in ``tm/rules``
   (``en.srx``, ``zh.srx``) or a file of your own, see :mod:`tm.segmentation._srx`.
"""

from __future__ import annotations

import hashlib
import os
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import regex

from tm._shared.lang import is_chinese
from tm._shared.script import HAN
from tm._shared.text import sentence_key
from tm.errors import UsageError
from tm.model import Origin, Segment
from tm.segmentation._srx import CompiledRules, SrxRules, compile_rules, load_srx

__all__ = ["CHROME", "explain", "guess_lang", "rules_signature", "segment", "segment_lines",
           "segment_origins", "stable_ids"]

RULES_DIR = Path(__file__).resolve().parent / "rules"

#: Default *skip* pattern: a line made only of short items (at most 25
#: characters each) separated by ``|``, ``›`` or ``»``, such as a site's
#: navigation bar or breadcrumb (``App | 中文 |``, ``Home › World › Asia``).
#: Such lines are page chrome, not text to translate.  Pass ``skip=None`` (CLI:
#: ``--keep-chrome``) to keep them, or your own pattern (``--skip REGEX``).
CHROME = (
    r"\s*(?:[^\s|›»](?:[^|›»\n]{0,23}[^\s|›»])?\s*[|›»]\s*)+"
    r"(?:[^\s|›»](?:[^|›»\n]{0,23}[^\s|›»])?)?\s*"
)

# Blank lines between paragraphs; possessive so that long blank runs stay linear.
_BLANK_LINES = regex.compile(r"\n(?:[^\S\n]*+\n)+")
_HAN = regex.compile(f"[{HAN}]")
_LETTER = regex.compile(r"[\p{L}\p{N}]")
_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u3000-\u303f\uff01-\uff60]")
_CONTINUING_END = frozenset(",;:、，；：-–—(/&+=·")
_STARTS_SENTENCE = regex.compile(rf"[\p{{Lu}}\p{{N}}{HAN}\"'“‘(\[（《「『【•*\-–—]")
_FUNCTION_WORDS = frozenset(
    "a an the of and or nor but to in on for with by at from as that which who whose is are "
    "was were be been has have had will would can could should may might must not than".split()
)
#: Longest line the chrome pattern is tried on: navigation bars are short, and the cap
#: keeps the pattern's cost per line bounded.
_MAX_CHROME_LINE = 200

# guess_lang: the share of Han among letters that makes a text Chinese, and how much of
# the text is looked at.  Chinese prose scores above 0.8 even with Latin names and
# numbers in it, English close to 0; 30% leaves room for bilingual notes.
_ZH_SHARE = 0.3
_GUESS_SAMPLE = 20_000

# The title-line heuristic of the module docstring (layer 2), tuned on the article and
# the held-out news pages of docs/segmentation.md:
_PROSE_LINE = 0.85       # a line this wide (share of the longest) is hard-wrapped prose ...
_WRAP_MIN_WIDTH = 25     # ... once the paragraph's longest line has this many columns
_SHORT_LINE = 0.6        # under this share of the longest line, a line is "clearly short"
_MAX_TITLE_WORDS = 12    # an English heading has at most this many words
_MAX_TITLE_HAN = 40      # a Chinese heading has at most this many characters
_TITLE_CASE_SHARE = 0.75  # share of content words capitalized in title case
_CONTENT_WORD = 4        # "content words" have at least this many letters


def _rules_file(lang: str) -> Path:
    return RULES_DIR / ("zh.srx" if is_chinese(lang) else "en.srx")


@lru_cache(maxsize=64)
def _builtin(lang: str) -> tuple[SrxRules, str]:
    return load_srx(_rules_file(lang)), ("zh" if is_chinese(lang) else "en")


def _load(lang: str, rules: str | os.PathLike[str] | None) -> tuple[SrxRules, str]:
    if rules is None:
        return _builtin(lang)  # package data: loaded once per process
    return load_srx(rules), lang


def _compiled(lang: str, rules: str | os.PathLike[str] | None) -> CompiledRules:
    srx, code = _load(lang, rules)
    compiled = compile_rules(srx, code)
    if compiled.ordered is None:
        raise UsageError(f"{rules}: no <languagemap> of this SRX file matches language {lang!r}")
    return compiled


def rules_signature(lang: str = "en", rules: str | os.PathLike[str] | None = None) -> str:
    """Name and version of the rules used for *lang*, e.g. ``"en.srx@1a2b3c4d"``.

    The version is a digest of the SRX file, so any edit to the rules changes
    it; tools write it into their outputs (PO ``X-Generator``, JSON) so a
    result says which rules produced it.
    """
    return _load(lang, rules)[0].signature


def guess_lang(text: str) -> str:
    """``"zh"`` if at least 30% of the letters in *text* are Han characters, else ``"en"``."""
    sample = text[:_GUESS_SAMPLE]
    letters = len(_LETTER.findall(sample))
    han = len(_HAN.findall(sample))
    return "zh" if letters and han / letters >= _ZH_SHARE else "en"


@lru_cache(maxsize=16)
def _skip_pattern(pattern: str) -> regex.Pattern[str]:
    try:
        return regex.compile(pattern)
    except regex.error as err:
        raise UsageError(f"bad skip pattern {pattern!r}: {err}") from None


def segment(text: str, lang: str = "en", rules: str | os.PathLike[str] | None = None, *,
            skip: str | None = CHROME) -> list[Segment]:
    """Split *text* into sentences, returned as :class:`~tm.model.Segment` offsets.

    *lang* is a language code (``"en"``, ``"zh"``, ``"zh-CN"``...; ``"auto"``
    guesses from the script).  *rules* is an SRX 2.0 file to use instead of
    the built-in rules for the language.  Lines matching *skip* (a regular
    expression matched against the whole line; default :data:`CHROME`) are
    left out; ``None`` keeps every line.

    >>> [s.text for s in segment("Mr. Smith arrived at 7:29 a.m. on Jan. 5. He left.")]
    ['Mr. Smith arrived at 7:29 a.m. on Jan. 5.', 'He left.']
    """
    if lang == "auto":
        lang = guess_lang(text)
    compiled = _compiled(lang, rules)
    breaks = compiled.breaks(text)
    chrome = _skip_pattern(skip) if skip else None
    out: list[Segment] = []
    paragraph = 0
    for para_start, para_end in _paragraphs(text):
        before = len(out)
        for start, end in _blocks(text, para_start, para_end, chrome):
            _cut(text, start, end, breaks, paragraph, out)
        if len(out) > before:
            paragraph += 1
    return out


def segment_lines(text: str) -> list[Segment]:
    """Read *text* that holds one sentence per line (blank lines separate paragraphs).

    For text segmented already (``tm align --presegmented``): each non-blank
    line, stripped, is one :class:`~tm.model.Segment` with its offsets.

    >>> [(s.text, s.paragraph) for s in segment_lines("One.\n Two. \n\nThree.\n")]
    [('One.', 0), ('Two.', 0), ('Three.', 1)]
    """
    segments: list[Segment] = []
    paragraph = 0
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            segments.append(Segment(stripped, start, start + len(stripped), paragraph))
        elif segments and segments[-1].paragraph == paragraph:
            paragraph += 1
        offset += len(line) + 1
    return segments


def segment_origins(path: str, text: str, segments: Sequence[Segment]) -> list[Origin]:
    """Where each of *segments* (offsets into *text*, read from *path*) starts: file and line.

    >>> text = "One.\nTwo. Three."
    >>> [str(o) for o in segment_origins("a.txt", text, segment(text))]
    ['a.txt:1', 'a.txt:2', 'a.txt:2']
    """
    starts = [0]
    starts.extend(i + 1 for i, char in enumerate(text) if char == "\n")
    return [Origin(path, bisect_right(starts, s.start)) for s in segments]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans between blank lines (some may hold only white space)."""
    spans = []
    start = 0
    for m in _BLANK_LINES.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _is_chrome(line: str, chrome: regex.Pattern[str] | None) -> bool:
    return (chrome is not None and len(line) <= _MAX_CHROME_LINE
            and chrome.fullmatch(line) is not None)


def _blocks(text: str, start: int, end: int,
            chrome: regex.Pattern[str] | None) -> list[tuple[int, int]]:
    """Spans of one paragraph that sentences may not cross: chrome lines and title lines cut."""
    body = text[start:end]
    if "\n" not in body.rstrip("\n"):
        return [] if _is_chrome(body.rstrip("\n"), chrome) else [(start, end)]
    lines = body.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    longest = max(_width(line.strip()) for line in lines)
    blocks: list[tuple[int, int]] = []
    block_start: int | None = None
    pos = start
    for index, line in enumerate(lines):
        line_end = pos + len(line)
        if _is_chrome(line, chrome):
            if block_start is not None:
                blocks.append((block_start, pos))
            block_start = None
        else:
            if block_start is None:
                block_start = pos
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if following and _is_title_line(line, following, longest):
                blocks.append((block_start, line_end))
                block_start = None
        pos = line_end + 1
    if block_start is not None:
        blocks.append((block_start, min(pos, end)))
    return blocks


def _is_title_line(line: str, following: str, longest: int) -> bool:
    """The heading heuristic of the module docstring (layer 2)."""
    s = line.strip()
    nxt = following.lstrip()
    if not s or not nxt or s[-1] in _CONTINUING_END or not _STARTS_SENTENCE.match(nxt):
        return False
    width = _width(s)
    if width >= _PROSE_LINE * longest and longest >= _WRAP_MIN_WIDTH:
        return False  # a full line of hard-wrapped prose
    short = longest < _WRAP_MIN_WIDTH or width < _SHORT_LINE * longest
    if len(_HAN.findall(s)) * 2 >= len(s):  # mostly Chinese
        return len(s) <= _MAX_TITLE_HAN and short
    words = s.split()
    if len(words) > _MAX_TITLE_WORDS or words[-1].lower() in _FUNCTION_WORDS:
        return False
    return short or _title_case(words)


def _width(line: str) -> int:
    """Display width in columns: Han and other East Asian wide characters count two."""
    return len(line) + len(_WIDE.findall(line))


def _title_case(words: list[str]) -> bool:
    """Most content words capitalized, as in "Market Report for Asian Stocks"."""
    content = [w for w in words if len(w) >= _CONTENT_WORD and w.isalpha()
               and w.lower() not in _FUNCTION_WORDS]
    return bool(content) and sum(w[0].isupper() for w in content) >= _TITLE_CASE_SHARE * len(
        content)


def _cut(text: str, start: int, end: int, breaks: list[int], paragraph: int,
         out: list[Segment]) -> None:
    """Append the segments of text[start:end], cut at *breaks*, trimmed of white space."""
    first = bisect_right(breaks, start)
    last = bisect_left(breaks, end, first)
    prev = start
    append = out.append
    for cut in [*breaks[first:last], end]:
        piece = text[prev:cut].lstrip()
        if piece:
            s = cut - len(piece)  # piece is text[s:cut], left-stripped
            piece = piece.rstrip()
            append(Segment(piece, s, s + len(piece), paragraph))
        prev = cut


def explain(text: str, lang: str = "en", rules: str | os.PathLike[str] | None = None) -> list[str]:
    """Say which SRX rule decided at each place where a sentence could end.

    One line per candidate position: the text around it, ``break`` or ``no
    break``, and the deciding rule (its number in the rule list and its
    patterns).  For debugging rules; layout (paragraphs, title lines, chrome)
    is not shown.

    >>> for line in explain("Ask Mr. Li. He knows."):
    ...     print(line)  # doctest: +ELLIPSIS
    7: 'Ask Mr.|| Li. He'  no break  rule 3: before=...
    11: 'Mr. Li.|| He kno'  break  rule ...: before=...
    """
    if lang == "auto":
        lang = guess_lang(text)
    compiled = _compiled(lang, rules)
    lines = []
    for pos, index in compiled.decisions(text):
        rule = compiled.rules[index]
        context = f"{text[max(0, pos - 7):pos]}||{text[pos:pos + 7]}"
        before = rule.before
        if len(before) > 40:
            before = f"{before[:18]}...{before[-8:]}"
        lines.append(f"{pos}: {context!r}  {'break' if rule.breaking else 'no break'}  "
                     f"rule {index + 1}: before={before!r} after={rule.after[:40]!r}")
    return lines


def stable_ids(texts: Sequence[str]) -> list[str]:
    """Stable ids for sentences: ``"s"`` + 8 hex digits of BLAKE2b of the normalized text.

    The text is normalized (NFC, white space collapsed) first, so the same
    sentence gets the same id across runs and re-wrapping, and editing one
    sentence leaves the ids of the others alone.  The 2nd, 3rd... occurrence of
    a sentence in the same document gets ``-2``, ``-3``... in document order.

    >>> stable_ids(["Hello.", "Bye.", "Hello."])
    ['s8c60c363', 'sa96ccf4a', 's8c60c363-2']
    """
    seen: dict[str, int] = {}
    ids = []
    for text in texts:
        key = sentence_key(text)
        base = "s" + hashlib.blake2b(key.encode("utf-8")).hexdigest()[:8]
        count = seen.get(base, 0) + 1
        seen[base] = count
        ids.append(base if count == 1 else f"{base}-{count}")
    return ids
