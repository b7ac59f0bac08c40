"""Kinds of lines that are lines by nature, whatever their width: verse, separators, quotes.

Used by :mod:`tm.segmentation._layout` (layer 2, line breaks):

* **Verse and lyrics**: a paragraph of at least three lines that *all* start with a capital
  (after any opening mark: ``[Verse 1]``, ``♪ Tonight…``), none longer than a line of verse,
  is a poem or a song: every line is a segment, whatever mark it ends in (a dash, a colon,
  a comma, none).  Hard-wrapped prose continues a sentence in lower case on most lines, so
  it never has every line capitalised.
* **Narrow lines**: a paragraph of Latin-script lines all under :data:`NARROW_COLUMNS` (no
  editor wraps prose that narrow) ends a line at a pause or before a capitalised common
  word that would have fitted on it (:func:`narrow_break`).
* **Separator lines**: ``--`` (the signature delimiter), ``-----Original Message-----``,
  ``---------- Forwarded message ---------``, a rule of ``=`` or ``_``, a Chinese dash
  ``——`` alone on its line (above a signature): a segment of their own.  The lines after a
  ``--`` line, up to the paragraph's end, are a signature block: each is a segment.
* **Quoted reply lines** (``> …``): a change of quotation depth always ends a line's
  segment; inside a quotation the lines are judged without their ``>`` marks.
* **Markdown headings** (``## Fixed``, ``# Release 4.1``): one to six ``#`` and a space,
  at most twelve words, no sentence mark at the end; the line before and the heading itself
  end their segment.
* **Narration broken off with a dash** (``…骤然亮起——``) before a line that is one whole
  quotation (``“轰！”``): the quotation is an utterance on its own line.
* **A post's last line**: a line whose sentence ends in hashtags (and emoji) after its final
  mark (``Gutted. 😭 #UpTheHill``) ends there, as a line ending in the mark itself does; so
  does a line that ends in emoji (``booked the flights to Lisbon ✈️`` / ``Can't wait.``,
  ``随手一拍都是壁纸🌇`` / ``#日落#``): a post's writer sets the emoji after what they said, as
  a final mark, before a line that starts like a sentence or a hashtag.
* **A bracketed aside on its own line**: a stage direction or a transcript's tag
  (``[laughter]``, ``[applause]``, ``（下课铃响起。）``) is a segment of its own, and the line
  before it ends there.
* **Fenced code** (Markdown): a fence line (```` ```bash ````, ``~~~``) and every line between
  an opening fence and its closing one are segments of their own: code is not prose, and a
  command is never joined to the next one.
* **Terminal output**: a paragraph with a line that starts with a shell prompt (``$ make``,
  ``>>> run()``, ``PS C:\\app> dir``), a Python traceback's first line, or a log level or a
  compiler's diagnostic label (``npm WARN …``, ``ERROR …``, ``error: …``, ``help: …``) is
  what a program printed: every line is a segment (``Compiling core v0.14.2`` /
  ``Finished … in 41.87s``), as in verse.  Prose never starts a line with these.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from tm._shared.script import HAN
from tm.segmentation._words import word_list

__all__ = ["CONTINUING_END", "HAN_CHAR", "STARTS_SENTENCE", "Narrow", "Terminal", "Verse",
           "broken_off_before_quotation", "ends_in_emoji", "ends_in_hashtags", "is_aside",
           "is_fence", "is_heading",
           "is_separator", "is_signature_delimiter", "narrow_break", "quote_depth"]

#: A line ending in one of these marks goes on in the next line (a clause is not finished).
CONTINUING_END = frozenset(",;:、，；：-–—(/&+=·")
#: A line that starts like a sentence: a capital, a digit, Han, an opening mark, a list
#: marker, a #topic# or an @mention, a repost's ``//@name`` (a Weibo forward chain), the ××
#: that stands for a name withheld (××区人民政府), or an ellipsis, where a speaker's line
#: trails in (``……记得。``, ``…and then?``).
STARTS_SENTENCE = regex.compile(
    rf"[\p{{Lu}}\p{{N}}{HAN}\"'“‘(\[（《「『【•*\-–—…⋯]|#(?=[^\s#])|(?://)?@(?=\w)|××")

# A line that starts with a capital letter, after any opening marks (quotes, brackets, ♪).
_CAPITAL_START = regex.compile(r"[^\p{L}\p{N}\s]{0,3}\s?\p{Lu}")
_MIN_VERSE_LINES = 3
_MAX_VERSE_WORDS = 10      # a line of verse has at most this many words (pentameter: ten syllables)
_ARTICLES = frozenset({"a", "an", "the"})
#: A paragraph of Latin-script lines all narrower than this may be set in lines by its
#: writer (a poem, lyrics): editors and mail clients wrap prose at 72-80 columns, and on
#: the case sets no paragraph under 50 columns continues a sentence across a line break
#: (the narrowest hard-wrapped prose there is 58 columns wide).  Narrow columns of news
#: do exist (a pasted PDF column), so only some breaks count (:func:`narrow_break`).
NARROW_COLUMNS = 40
#: A Han character (the one compiled class of the layout modules, _layout and _contact_lines).
HAN_CHAR = regex.compile(f"[{HAN}]")
# A subtitle's timing line: its cue's lines are wrapped for the screen (about 42 columns).
_SUBTITLE_TIMING = regex.compile(r"\d{1,2}:\d\d:\d\d[,.]\d{1,3}[ \t]*-->")
# A pause set as a line's end: a dash or an ellipsis, then any closing quotes.
_PAUSE_END = regex.compile(r"(?:[—–…]|\.\.\.)['\"”’)]*\Z")
# Marks a line of verse ends in (a clause mark, a pause, a sentence mark, a closing bracket
# or quote); a paragraph ending in one of _SENTENCE_END (then closing marks) is finished.
_LINE_END_MARKS = frozenset(",;:—–-….!?)]）\"'”’")
_SENTENCE_END = frozenset(".!?…\"'”’)")
# Marks of a pause inside a sentence that a line of verse ends in (not a sentence's end).
_PAUSE_MARKS = frozenset(",;:—–-…")
_LAST_WORD = regex.compile(r"[\p{L}'’]+\Z")
_FIRST_WORD = regex.compile(r"['\"“‘(]*(\p{Lu}\p{Ll}*)\b")
# Words that only introduce what follows: a line ending in one is wrapped mid-phrase.
# (A verb's particle, "hold on", "give up", may end a line of a song.)
_OPENS_WHAT_FOLLOWS = frozenset(
    "a an the of and or nor but to in for with by at from as that which who whose is are "
    "was were be been has have had will would can could should may might must not than "
    "my your his her its our their this these those".split())
# Of those, the words no line of verse ends in: a preposition may be a particle there ("a
# frog leaps in"), a relative pronoun may close a line; an article or an auxiliary may not.
_DANGLING = _OPENS_WHAT_FOLLOWS - frozenset("in for with by at from as that which who".split())
# A separator: a run of dashes, equals or underscores, alone or around a few words; or a
# Chinese dash (two em dashes or horizontal bars, ——) alone: a Chinese e-mail sets it above
# the signature (around words it is a dash of the prose: ——我爷爷辈的好汉们……能比——).
_RULE = r"(?:[-=_]{2,}|\*{3,})"
_SEPARATOR = regex.compile(
    rf"\s*(?:{_RULE}(?:[^\S\n]*[^\n\-=_*]{{1,40}}?[^\S\n]*{_RULE})?|[—―]{{2,}}+)\s*")
_SIGNATURE = regex.compile(r"--[^\S\n]?")
_QUOTE_MARKS = regex.compile(r"(?:>[^\S\n]?)+")
# A Markdown (ATX) heading: "## Fixed"; at most twelve words, no sentence mark at its end.
_HEADING = regex.compile(r"#{1,6}[ \t]+(?:[^\s]+[ \t]+){0,11}+[^\s]*[^\s.!?:;,。！？：；，]")
_EMOJI = "\\p{Extended_Pictographic}\\U0001F1E6-\\U0001F1FF\\U0001F3FB-\\U0001F3FF\\uFE0F\\u200D"
# The end of a post's line: its final mark, then hashtags (and emoji) up to the line's end.
_HASHTAG_END = regex.compile(
    rf"[.!?…。！？]['\"”’)]*(?:[ \t]*[{_EMOJI}]+)*"
    rf"(?:(?:[ \t]*#[^#\s]{{1,30}}+#|[ \t]+#[\p{{L}}\p{{N}}_]++)(?:[ \t]*[{_EMOJI}]+)*)++[ \t]*\Z")
# The last character of a line that ends in emoji (a pictograph, a flag's letter, a skin
# tone, the emoji variation selector); not the signs of a name that Unicode counts as
# pictographs, which a wrapped sentence may carry at a line's end (Acme Windows® / Vista).
_EMOJI_END = regex.compile(f"(?![©®™])[{_EMOJI}]")
# A Markdown code fence: three or more backticks or tildes, then an info string (```bash).
_FENCE = regex.compile(r"(?:`{3,}+|~{3,}+)[^`\n]{0,60}+")
_DASHES = frozenset("—–")
# A line that is one whole quotation: “站住！”, "Stop!" (an utterance on its own line).
_QUOTATION_LINE = regex.compile(r"[\"“「『][^\n\"“”「」『』]{1,200}+[\"”」』]")
_MAX_TRAILER = 120   # the hashtags and emoji after a post's final mark fit in this many characters
# A line that is one bracketed aside: [laughter], (Applause), （下课铃响起。）
_ASIDE = regex.compile(r"\[[^\[\]\n]{1,60}+\]|\([^()\n]{1,60}+\)|（[^（）\n]{1,60}+）")
# A line a program printed: a shell prompt and a command (not "$ 5" of a wrapped price), a
# REPL's prompt, a traceback's header, a log level or a compiler's diagnostic label.
_TERMINAL_LINE = regex.compile(
    r"(?m)^[ \t]*(?:\$[ \t]+(?![\d.,])\S|>>>[ \t]|PS [A-Z]:\\[^\n>]{0,200}+>[ \t]"
    r"|Traceback \(most recent call last\):$"
    r"|(?:[a-z]{2,10}[ \t]+)?(?:WARN|WARNING|ERROR|ERR!|INFO|DEBUG|FATAL|TRACE)(?:[ \t:]|$)"
    r"|(?:error|warning|note|help|hint)(?:\[[\w-]{1,20}\])?:[ \t])")


def is_separator(text: str, first: int, last: int) -> bool:
    """Whether text[first:last] is a separator line (``--``, ``-----Original Message-----``)."""
    return _SEPARATOR.fullmatch(text, first, last) is not None


def is_signature_delimiter(text: str, first: int, last: int) -> bool:
    """Whether text[first:last] is ``--``, the line above an e-mail signature."""
    return _SIGNATURE.fullmatch(text, first, last) is not None


def is_heading(text: str, first: int, last: int) -> bool:
    """Whether text[first:last] is a Markdown heading (``## Fixed``)."""
    return _HEADING.fullmatch(text, first, last) is not None


def is_fence(text: str, first: int, last: int) -> bool:
    """Whether text[first:last] is a Markdown code fence (```` ```bash ````, ``~~~``)."""
    return _FENCE.fullmatch(text, first, last) is not None


def broken_off_before_quotation(text: str, last: int, nxt: int, nxt_end: int) -> bool:
    """Whether a line ending at *last* in a dash (narration broken off: ``…骤然亮起——``) comes
    before a line that is one whole quotation (``“轰！”``): an utterance on its own line."""
    return text[last - 1] in _DASHES and _QUOTATION_LINE.fullmatch(text, nxt, nxt_end) is not None


def is_aside(text: str, first: int, last: int) -> bool:
    """Whether text[first:last] is one bracketed aside: a stage direction, a transcript's tag."""
    return _ASIDE.fullmatch(text, first, last) is not None


def ends_in_hashtags(text: str, first: int, last: int) -> bool:
    """Whether the line text[first:last] ends in hashtags after its final mark (a post).

    English hashtags (``Gutted. #UpTheHill``) or Weibo topics, closed by a second ``#``
    (``求地址！#周末去哪儿#``).
    """
    return "#" in text[max(first, last - _MAX_TRAILER):last] \
        and _HASHTAG_END.search(text, max(first, last - _MAX_TRAILER), last) is not None


def ends_in_emoji(text: str, last: int) -> bool:
    """Whether the line ending at *last* ends in emoji (``… to Lisbon ✈️``, ``…都是壁纸🌇``)."""
    return _EMOJI_END.match(text, last - 1, last) is not None


def quote_depth(text: str, first: int, last: int) -> tuple[int, int]:
    """How many ``>`` marks start text[first:last], and where the quoted text starts."""
    m = _QUOTE_MARKS.match(text, first, last)
    if m is None:
        return 0, first
    return m.group().count(">"), m.end()


class Verse:
    """Whether the paragraph text[start:end] is verse (see the module docstring), decided on
    first use and without copying the paragraph (it stops at the first line that is not)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._span = (text, start, end)
        self._value: bool | None = None

    def __bool__(self) -> bool:
        if self._value is None:
            self._value = _is_verse(*self._span)
        return self._value


class Terminal:
    """Whether the paragraph text[start:end] is terminal output (see the module docstring),
    decided on first use by one search of the paragraph."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._span = (text, start, end)
        self._value: bool | None = None

    def __bool__(self) -> bool:
        if self._value is None:
            text, start, end = self._span
            self._value = _TERMINAL_LINE.search(text, start, end) is not None
        return self._value


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(first, last) of each non-blank line of text[start:end], white space trimmed."""
    pos = start
    while pos < end:
        newline = text.find("\n", pos, end)
        line_end = end if newline < 0 else newline
        first, last = pos, line_end
        while first < last and text[first].isspace():
            first += 1
        while last > first and text[last - 1].isspace():
            last -= 1
        if first < last:
            yield first, last
        pos = line_end + 1


def _is_verse(text: str, start: int, end: int) -> bool:
    count = 0
    for first, last in _lines(text, start, end):
        if _CAPITAL_START.match(text, first, last) is None:
            return False
        words = text[first:last].split(None, _MAX_VERSE_WORDS + 1)
        if len(words) > _MAX_VERSE_WORDS or words[-1].lower() in _ARTICLES:
            return False
        count += 1
    return count >= _MIN_VERSE_LINES


def _narrow_kind(text: str, start: int, end: int) -> tuple[bool, bool]:
    """(narrow, verse) of the paragraph text[start:end]: all its lines are narrow
    (:data:`NARROW_COLUMNS`, Latin script, no subtitle timing), and, if so, whether it is
    verse (:class:`Narrow`).  A first line that ends in a colon, a lead-in, may be wider
    (``From this week's reflection, by our own M. Alvarez:`` / the poem): the paragraph is
    then verse if the lines after it are, and is not judged as narrow otherwise."""
    count = 0
    marked = True         # every line before the last ends in a mark
    paused = 0            # lines before the last that end in a clause mark or a pause
    dangling = False      # a line ends in a word verse does not end in ("of", "be")
    lead_in = False       # a first line ending in a colon, left out of the count
    last_end, prev_last = "", start
    for first, last in _lines(text, start, end):
        if not count and not lead_in and text[last - 1] == ":" \
                and last - first >= NARROW_COLUMNS and not HAN_CHAR.search(text, first, last):
            lead_in = True
            continue
        if (last - first >= NARROW_COLUMNS or HAN_CHAR.search(text, first, last)
                or _SUBTITLE_TIMING.search(text, first, last)):
            return False, False
        marked = marked and (not last_end or last_end in _LINE_END_MARKS)
        paused += last_end in _PAUSE_MARKS
        if not dangling and last_end.isalpha():
            tail = _LAST_WORD.search(text, max(start, prev_last - 40), prev_last)
            dangling = tail is not None and tail.group().lower() in _DANGLING
        last_end, prev_last = text[last - 1], last
        count += 1
    if count < (_MIN_VERSE_LINES if lead_in else 2):
        return False, False
    # Without marks, verse needs more than a wrapped phrase can give: three lines or more,
    # none ending in an article, a conjunction or an auxiliary ("… will be" / "closed on").
    unmarked_verse = (last_end not in _SENTENCE_END and count >= _MIN_VERSE_LINES
                      and not dangling)
    # Most lines ending at a pause (a comma, a semicolon, a dash), in three lines or more,
    # none dangling, is verse with a line run on ("…before the dawn," / "the hymnals wait in
    # rows;" / "whoever comes will find a chair" / "and bread before she goes."): a narrow
    # column of prose ends its lines where the width runs out, seldom at a pause.
    paused_verse = count >= _MIN_VERSE_LINES and 2 * paused > count - 1 and not dangling
    verse = marked or unmarked_verse or paused_verse
    if lead_in:
        return verse, verse
    return True, verse


def narrow_break(text: str, last: int, nxt: int, nxt_end: int, fits: bool) -> bool:
    """Whether a line of a narrow paragraph (:class:`Narrow`) ending at *last* ends its
    segment before the line text[nxt:nxt_end]: it ends in a pause (a dash, an ellipsis:
    ``nor the nightingale —`` / ``only the kettle``), or it ends in a word, the next line's
    first word would have fitted on it (*fits*: a wrapper moved it for no want of room) and
    that word is a capitalised common word (``Hold on, hold on`` / ``The night is…``), not a
    name that a wrapped sentence carries over (``…met`` / ``German Chancellor…``); a line
    ending in an article, a conjunction, an auxiliary or a preposition (``of``, ``in``) goes
    on, as wrapped prose does."""
    if _PAUSE_END.search(text, max(0, last - 4), last):
        return True
    if not (fits and text[last - 1].isalnum()):
        return False
    tail = _LAST_WORD.search(text, max(0, last - 40), last)
    if tail is None or tail.group().lower() in _OPENS_WHAT_FOLLOWS:
        return False
    head = _FIRST_WORD.match(text, nxt, nxt_end)
    return head is not None and head.group(1).lower() in word_list("en_words")


class Narrow:
    """Whether the paragraph text[start:end] is set in lines narrower than
    :data:`NARROW_COLUMNS` (see :func:`narrow_break`), decided on first use; and whether
    it is verse, every line a segment: every line but the last ends in a mark (``The river
    keeps no calendar,`` / ``it only keeps the sea.``), or the last line ends without a
    sentence mark (a haiku, a song: ``old pond—`` / ``a frog leaps in`` / ``the sound of
    water``), or most lines before the last end at a pause (verse that runs a line on).
    Prose wrapped in a narrow column ends its lines where the width runs out, mostly in a
    word, and its paragraph in a sentence mark."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._span = (text, start, end)
        self._value: tuple[bool, bool] | None = None

    def _kind(self) -> tuple[bool, bool]:
        if self._value is None:
            self._value = _narrow_kind(*self._span)
        return self._value

    def __bool__(self) -> bool:
        return self._kind()[0]

    @property
    def verse(self) -> bool:
        """Whether the narrow paragraph is verse: every line a segment."""
        return self._kind()[1]
