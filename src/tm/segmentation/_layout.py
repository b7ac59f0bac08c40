"""Layout, decided before the sentence rules: paragraphs, lines broken on purpose, skipped lines.

1. **Paragraphs**: a blank line always ends a paragraph (and a sentence).
2. **Line breaks**: a single line break inside a paragraph ends a segment
   when the line before it was broken on purpose, and is a hard wrap inside a
   running sentence otherwise.  A line was broken on purpose when

   * it looks like a heading: it ends without punctuation, has at most 12
     words and 200 characters (or 40 characters of Chinese), does not end in
     a function word (``of``, ``the``...), is not a full-width line of
     hard-wrapped prose (it is shorter than 85% of the paragraph's longest
     line, in display columns: Han characters count two) and is either
     *short* or, for English, in title case; and the next line starts like a
     sentence (capital, digit, Han character, opening quote or bracket);
   * it ends in a comma (a greeting ``Hi Sam,``, a sign-off ``Best,``, a line
     of a poem ``床前明月光，``), is short, and the next line starts like a
     sentence.  *Short* means the next line's first word would have fitted on
     it with room to spare (its width plus that word's is under 85% of the
     longest line: a word-wrapping editor would have put the word there), or
     the line is under 60% of the longest line, or the paragraph's lines are
     all under 25 columns (no one wraps text that narrow);
   * it is a short line ending in a colon (a salutation or a list lead-in:
     ``各位同事：``), or a line of an address block, whatever its width (it and
     the next line are a few Latin words, none in lower case but ``c/o`` and the
     particles of a name, one of the two holding a number or ``c/o``, ``Attn``,
     ``P.O. Box``);
   * it and the next line both start with a label (``会议时间：…`` /
     ``会议地点：…``): the fields of a notice, the speakers of a chat (a label
     ending in a speech verb, ``他说：``, is reported speech, not a field); a label may
     end in a qualifier in brackets (``承租方（签字）：``), and a section's name in
     ``【】`` is a label with no colon (``【用法用量】口服…``);
   * it is the lead-in (``…comprising:``) or an item (``a housing;``, ``…; and``) of a list
     of clauses set in lines, in Latin script (:func:`_list_of_clauses`);
   * it is a credit line (:func:`._contact_lines.credit_line`: ``Translated by Lena
     Vogel, Univ. of Graz``) before a line that starts like a sentence, whatever its width;
   * the line ends in a sentence mark and the next line is nothing but initials, a
     message's sign-off (``… booked Wed.`` / ``L.``);
   * the next line is a line of a transcript (it starts with its time:
     ``[14:05] Anna:``), or the line is a subtitle's timing line;
   * it is the last field of a block of fields, or an item of a run of lines
     (a bullet, or a line after a deliberate break) before a field or a lead-in
     (``What we offer:``), and ends without punctuation; or the last item of a list
     whose items are a line each, before a line that starts with a capital;
   * it ends in a web address or an e-mail address and the next line starts
     like a sentence, or the next line is nothing but a web or e-mail
     address, a telephone number or a date (a contact block, the date under
     a signature) and the line before it holds no lower-case word (a name, a
     label, Chinese) or is such a line itself.
   * the lines are lines by nature (:mod:`._line_kinds`): verse or lyrics, narrow lines
     ending at a pause, a
     separator line or a signature block after ``--``, a change of ``>`` quotation
     depth (quoted lines are judged without their marks), a Markdown code fence and the
     lines of fenced code;
   * it is a Chinese line of at most 40 characters whose phrases are parted by a space
     instead of a mark (``你说天会亮 你说会等我``: lyrics, verse, a heading);
   * it is a Chinese lead-in ending in ``：`` (not reported speech), or it ends in a
     web address before a ``#topic#`` or an ``@mention``;
   * a Markdown heading, a dash before a whole quotation's line, a post's hashtags, a
     line ending in emoji (:mod:`._line_kinds`); a colon before two address lines
     (:mod:`._contact_lines`).

   * the next line's first word would have fitted on it within the wrap column
     (:mod:`._wrap`: the paragraph's, else the text's; none shown, no evidence) and
     it ends in a word that does not open what follows (a Latin, not a narrow,
     paragraph): no program that wraps prose breaks a line there.

   Hard-wrapped prose keeps its sentences whole: its lines are nearly as wide
   as the longest (the next word did not fit), and a continuation starts in
   lower case.
3. **Skipped lines**: only when the caller asks (a *skip* pattern, such as
   :data:`CHROME` for navigation-only lines), lines that fully match it are
   left out, and each one is reported as a :class:`SkippedLine`.

Everything here is a generator over offsets into the text: a paragraph or a
line is never copied whole, so memory stays flat however long they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex

from tm._shared.script import HAN
from tm._shared.width import text_width
from tm.segmentation._contact_lines import (
    address_block_follows,
    address_lines,
    contact_break,
    credit_line,
)
from tm.segmentation._line_kinds import (
    CONTINUING_END,
    HAN_CHAR,
    STARTS_SENTENCE,
    Narrow,
    Terminal,
    Verse,
    broken_off_before_quotation,
    ends_in_emoji,
    ends_in_hashtags,
    is_aside,
    is_fence,
    is_heading,
    is_separator,
    is_signature_delimiter,
    narrow_break,
    quote_depth,
)
from tm.segmentation._words import word_list
from tm.segmentation._wrap import (
    PROSE_LINE,
    TextColumn,
    WrapColumn,
    fits_within_column,
    next_word_fits,
)
from tm.segmentation._wrap import lines as _lines
from tm.segmentation._wrap import stripped as _stripped

__all__ = ["CHROME", "Fences", "SkippedLine", "blocks", "paragraphs"]

#: Default pattern for navigation-only lines (``skip=CHROME``; the CLI's default):
#: two or more short items separated by ``|``, ``›`` or ``»``, as in a site's
#: navigation bar or breadcrumb (``App | 中文 |``, ``Home › World › Asia``).  An item
#: is at most 25 characters and 4 words, holds no digit and no sentence or clause
#: punctuation (``. , ; : ! ?`` and their full-width forms), and does not start with
#: a credit (``By``, ``Source``, ``Photo``, ``记者``, ``来源``...): so a byline such as
#: ``By Zhang Yue | China Daily | Updated: 2017-05-24 07:29`` is text, not chrome.
CHROME = (
    r"\s*(?:{item}\s*[|›»]\s*)+(?:{item})?\s*"
).format(item=(
    r"(?!(?:By|From|Source|Sources|Photo|Photos|Photograph|Editor|Edited|Reporter|Writer|"
    r"Written|Author|Credit|Credits|Via)\b|记者|作者|来源|编辑|责编|摄影|通讯员)"
    r"(?!(?:[^\s|›»]+[^\S\n]+){4}[^\s|›»])"
    r"[^\s|›»\d.,;:!?。，；：！？、]"
    r"(?:[^|›»\n\d.,;:!?。，；：！？、]{0,23}[^\s|›»\d.,;:!?。，；：！？、])?"
))

# Blank lines between paragraphs; possessive so that long blank runs stay linear.
_BLANK_LINES = regex.compile(r"\n(?:[^\S\n]*+\n)+")
# A short line ending in a colon is a salutation or a list lead-in (各位同事：, Dear Sir:).
_LEAD_IN_END = frozenset(":：")
# A short line ending in a comma is a greeting, a sign-off or a line of verse (Hi Sam, / Best,).
_COMMAS = frozenset(",，")
# A Chinese line of a run of lines broken on purpose that ends in a semicolon, or in one
# and the conjunction before the last item, is an item of a list of clauses, however wide
# (a patent claim's elements after its lead-in: 包括： / 机体； / 设置于底部的驱动轮；以及).
_CLAUSE_ITEM_END = regex.compile(r"；(?:以及|及|和|或者?|并且)?\Z")
# The same in Latin script: a definition, an element of a claim, a condition set in lines
# ("a housing;" / "a sensor disposed within the housing; and" / "a processor …").
_LATIN_CLAUSE_ITEM_END = regex.compile(r";(?:[ \t]+(?:and|or|and/or))?\Z")
_LOWER = regex.compile(r"\p{Ll}")
# A short heading in capitals on a line of its own: one to three words (ACROSS, METHOD, WHAT
# YOU NEED), letters only, and the line after it in the same paragraph.
_CAPITALS_LINE = regex.compile(r"\p{Lu}{2,}(?:[ \t]+(?:&[ \t]+)?\p{Lu}{2,}){0,2}")
_ANOTHER_LINE = regex.compile(r"[^\S\n]*\n[^\S\n]*\S")
_UPPER = regex.compile(r"\p{Lu}{2}")
# Two runs of Chinese parted by a space instead of a mark: Chinese prose never does this,
# a line of lyrics or verse (他们说我不行 说我太天真) or a heading does, set in lines.
_SPACED_HAN = regex.compile(rf"[{HAN}][ \u3000]+[{HAN}]")
# Titles before a name in a speaker's label: "Ms. Okafor:", "Mr. Speaker:", "Dr. Lee:"
_TITLES = "(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Hon|Sir|Rt|Gen|Col|Capt|Lt|Sgt|Sen|Rep|Gov|Insp|Det)"
# A field label at the start of a line: 会议时间：, Venue:  (a few words, then the colon; a
# speaker's label may open with a title; a label may end in a qualifier in brackets, the
# party of a contract that signs and seals: 甲方（盖章）：, Phone (office):); or a section's
# name in black lenticular brackets, a drug leaflet's or a notice's 【不良反应】, with no colon.
_QUALIFIER = r"(?:\s?[（(][^（）()\n]{1,10}[）)])?"
_LABEL = regex.compile(
    rf"(?:[{HAN}]{{1,8}}|(?:{_TITLES}\.\s)?\p{{Lu}}[\p{{L}}-]*(?:\s[\p{{L}}-]+){{0,2}})"
    rf"{_QUALIFIER}[:：]|【[^【】\n]{{1,12}}】(?=\S)")
# A line of a transcript starts with its time: "[14:05] Anna: ...", "(09:12:30) 客服：...",
# "[2025-03-01 14:05] ...", "14:05 Anna: ..." (a bare time only before a speaker's label), or
# is a subtitle's timing line "00:01:02,500 --> 00:01:04,000".
_TIME = r"\d{1,2}:\d\d(?::\d\d(?:[,.]\d{1,3})?)?(?:\s?[AaPp]\.?[Mm]\.?)?"
_TRANSCRIPT = regex.compile(
    rf"[\[(](?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}[ T])?{_TIME}[\])]"
    rf"|{_TIME}\s+(?={_LABEL.pattern})|{_TIME}\s*-->\s*{_TIME}\s*\Z")
# A list item at the start of a line: "- ", "• ", "1. ", "2) ", "（一）", "一、", "①", "★ "
_ITEM = regex.compile(r"(?:[•⁃◦▪‣∙·*\-–—]\s|[①-⑳❶-❿★☆◆◇■□●○▲►✓✔➤]|\(?\d{1,3}[.)]\s"
                      r"|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)")
_SPEECH_VERBS = frozenset("说道问曰云答喊叫讲称")
# The first word of a line, capitalised and then in lower case (Please, Sign, The).
_SENTENCE_WORD = regex.compile(r"(\p{Lu}\p{Ll}+)\b")
# A line of nothing but initials, as a message is signed ("L.", "– J. M."): a wrapped
# sentence carries a name over whole ("…by J." / "K. Rowling"), never initials alone.
_INITIALS = regex.compile(r"(?:[-–—~][ \t]?)?\p{Lu}\.(?:[ \t]?\p{Lu}\.){0,2}")
_MAX_LEAD_IN_WORDS = 6   # a lead-in line ("What we offer:") has at most this many words
# A byline on its own line: "by R. T. Vale", "By Anna Okafor" (initials and names, no more;
# a wrapped sentence that ends in a name ends in a mark: "... written" / "by Ann Lee.")
_BYLINE = regex.compile(r"[Bb]y[ \t]+(?:\p{Lu}\.[ \t]*|\p{Lu}[\p{L}'’-]+[ \t]*){1,5}")
_MAX_BYLINE_TITLE_WORDS = 8  # a title over its byline has at most this many words
_OPENING_QUOTES = frozenset("\"'“‘「『")
_FUNCTION_WORDS = frozenset(
    "a an the of and or nor but to in on for with by at from as that which who whose is are "
    "was were be been has have had will would can could should may might must not than".split()
)
# Words a line of wrapped prose may end in but no segment does: they open what follows (the
# function words, determiners and possessives, prepositions, subordinating conjunctions).
_MID_PHRASE = _FUNCTION_WORDS | frozenset(
    "my your his her its our their this these those some any each every no about above "
    "across after against along among around before behind below beneath beside between "
    "beyond during into like near off onto out over per since through toward towards under "
    "until upon via within without if when while because although though whether where "
    "so very more most less such also just only even still".split())
# The title-line heuristic of the module docstring (layer 2), tuned on the article and
# the held-out news pages of docs/segmentation.md:
_WRAP_MIN_WIDTH = 25     # a line of PROSE_LINE of the longest is wrapped prose once the
                         # paragraph's longest line has this many columns
_SHORT_LINE = 0.6        # under this share of the longest line, a line is "clearly short"
_MAX_TITLE_WORDS = 12    # an English heading has at most this many words
_MAX_TITLE_HAN = 40      # a Chinese heading has at most this many characters
_TITLE_CASE_SHARE = 0.75  # share of content words capitalized in title case
_CONTENT_WORD = 4        # "content words" have at least this many letters
#: A title line is at most this long (and it is not measured further: its width is not
#: needed); no real heading of at most 12 words is longer.
MAX_TITLE_CHARS = 200
#: Lines longer than this are never skipped (navigation bars are short).
MAX_SKIPPED_LINE = 200


@dataclass(frozen=True, slots=True)
class SkippedLine:
    """A line left out because it matched the *skip* pattern (navigation, for instance).

    ``text[start:end]`` of the segmented text; ``line`` is its 1-based line number.
    """

    text: str
    start: int
    end: int
    line: int


#: Decides whether the line text[start:end] is skipped.
LineTest = Callable[[str, int, int], bool]


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Spans between blank lines (some may hold only white space), lazily."""
    start = 0
    for m in _BLANK_LINES.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _width(text: str, start: int, end: int) -> int:
    """Display width in columns (Han and other East Asian wide characters count two)."""
    return text_width(text, start, end)


class Fences:
    """Whether a Markdown code fence is open: a text's state across its paragraphs.

    Fenced code may hold blank lines, which end a paragraph, so the fence
    opened in one paragraph is still open in the next.
    """

    def __init__(self) -> None:
        self.open = False


def blocks(text: str, start: int, end: int, skipped: LineTest | None,
           fences: Fences | None = None, text_column: TextColumn | None = None,
           ) -> Iterator[tuple[int, int] | tuple[int, int, None]]:
    """Spans of one paragraph that sentences may not cross: deliberate line breaks, skipped lines.

    Yields ``(start, end)`` for a block of text, and ``(start, end, None)`` for
    a skipped line (so the caller can report it).  *fences* carries an open
    code fence from the paragraphs before (one per text; a new one by default);
    *text_column* the column the text's wrapped paragraphs show (one per text).
    """
    longest = WrapColumn(text, start, end, text_column)
    block_start: int | None = None
    previous: tuple[int, int] | None = None
    context = _Context(Verse(text, start, end), Terminal(text, start, end), fences,
                       Narrow(text, start, end))
    for line in _lines(text, start, end):
        if previous is not None and block_start is not None \
                and context.note(_breaks_on_purpose(text, previous, line, longest, context)):
            yield block_start, previous[1]
            block_start = None
        if skipped is not None and skipped(text, *line):
            if block_start is not None:
                yield block_start, line[0]
            block_start, previous = None, None
            yield line[0], line[1], None
            continue
        if block_start is None:
            block_start = line[0]
        previous = line
    if previous is not None:  # the last line is never judged: a fence there still counts
        context.passing(text, *_stripped(text, *previous))
    if block_start is not None:
        yield block_start, end


class _Context:
    """What the lines before the one being judged were: a field (``Label: value``), a line
    that ended its segment on purpose.  Lines of a notice, a listing or a transcript come in
    runs, so the line before tells how to read a line's end."""

    def __init__(self, verse: Verse | None = None, terminal: Terminal | None = None,
                 fences: Fences | None = None, narrow: Narrow | None = None) -> None:
        self.field = False        # the line before the one judged starts with a label
        self.item = False         # the line before the one judged starts with a list marker
        self.broke = False        # the break before the line judged was on purpose
        self.signature = False    # a "--" line came before: the lines are a signature block
        self.verse = verse        # whether the paragraph is verse (every line a segment)
        self.terminal = terminal  # whether it is what a program printed (every line too)
        self.narrow = narrow      # whether its lines are too narrow to be wrapped prose
        self.code = False         # the line judged is a code fence or inside fenced code
        self._field_now = False
        self._item_now = False
        self._fences = fences if fences is not None else Fences()

    def judging(self, text: str, first: int, last: int) -> None:
        """Record whether the line now judged (text[first:last]) is a field, a code fence."""
        self._field_now = _is_field(text, first, last)
        self._item_now = _ITEM.match(text, first, last) is not None
        if first < last and is_signature_delimiter(text, first, last):
            self.signature = True
        fence = first < last and is_fence(text, first, last)
        self.code = self._fences.open or fence
        if fence:
            self._fences.open = not self._fences.open

    def passing(self, text: str, first: int, last: int) -> None:
        """Count a code fence on a line that is not judged (a paragraph's last line)."""
        if first < last and is_fence(text, first, last):
            self._fences.open = not self._fences.open

    def every_line_ends(self) -> bool:
        """Whether every line of the paragraph ends its segment, whatever it holds: a
        signature block, fenced code, verse, terminal output, narrow verse.

        Each is decided once for the paragraph (or by the lines before), so asking it first
        spares the per-line tests of :func:`_lines_by_nature`, which could only agree (they
        end a line or leave it to the later tests, never keep it): a log of 20,000 lines
        costs one test a line instead of ten.
        """
        return bool(self.signature or self.code or self.verse or self.terminal
                    or (self.narrow and self.narrow.verse))

    def note(self, broke: bool) -> bool:
        """Move on to the next line after a judgement; returns *broke*."""
        self.field, self.broke, self.item = self._field_now, broke, self._item_now
        return broke


def _breaks_on_purpose(text: str, line: tuple[int, int], following: tuple[int, int],
                       paragraph: WrapColumn, context: _Context | None = None) -> bool:
    """Whether the line break after *line* ends a segment (layer 2 of the module docstring)."""
    first, last = _stripped(text, *line)
    nxt, nxt_end = _stripped(text, *following)
    context = context or _Context()
    context.judging(text, first, last)
    if first == last or nxt == nxt_end:
        return False
    if context.every_line_ends():
        return True  # decided for the whole paragraph: no need to look at the line
    lines = _lines_by_nature(text, first, last, nxt, nxt_end, context)
    if lines is not None:
        return lines
    if context.narrow and (context.narrow.verse or narrow_break(
            text, last, nxt, nxt_end,
            next_word_fits(text, _width(text, first, last), nxt, nxt_end, int(paragraph)))):
        return True
    depth, first = quote_depth(text, first, last)
    nxt = quote_depth(text, nxt, nxt_end)[1]
    if first == last or nxt == nxt_end:
        return depth > 0  # an empty quoted line ends a quoted paragraph
    decided = _break_by_what_the_lines_hold(text, first, last, nxt, nxt_end, paragraph, context)
    if decided is not None:
        return decided
    if not STARTS_SENTENCE.match(text, nxt):
        return not context.narrow \
            and _set_before_lower_case(text, first, last, nxt, nxt_end, paragraph)
    if _run_of_lines(text, first, last, nxt, nxt_end, context) \
            or _ends_whatever_its_width(text, first, last, nxt, nxt_end):
        return True
    end_mark = text[last - 1]
    if end_mark in CONTINUING_END and end_mark not in _LEAD_IN_END | _COMMAS:
        return False
    return _short_or_title_line(text, first, last, nxt, nxt_end, paragraph, context)


def _break_by_what_the_lines_hold(text: str, first: int, last: int, nxt: int, nxt_end: int,
                                  paragraph: WrapColumn, context: _Context) -> bool | None:
    """A break decided by what the two lines are, whatever their widths, or None: a
    transcript's line, a sign-off of initials, a byline under its title, a contact block,
    fields, an address, a list of clauses; a line longer than any title goes on."""
    if _TRANSCRIPT.match(text, nxt, nxt_end) or _TRANSCRIPT.fullmatch(text, first, last):
        return True
    if text[last - 1] in ".!?" and _INITIALS.fullmatch(text, nxt, nxt_end):
        return True  # a sign-off of initials under a message: "… on Wed." / "L."
    if _BYLINE.fullmatch(text, nxt, nxt_end) and _is_title_before_byline(text, first, last):
        return True  # a title, then its byline: "Winter Orchard" / "by R. T. Vale"
    if last - first > MAX_TITLE_CHARS:
        return False
    if contact_break(text, first, last, nxt, nxt_end) or (
            _is_field(text, first, last) and _LABEL.match(text, nxt, nxt_end)):
        return True
    if text[last - 1] not in CONTINUING_END \
            and address_lines(text[first:last], text, nxt, nxt_end):
        return True  # a line of an address block (the next may be "c/o …")
    if _list_of_clauses(text, first, last, nxt, nxt_end, paragraph, context):
        return True
    return None


def _short_or_title_line(text: str, first: int, last: int, nxt: int, nxt_end: int,
                         paragraph: WrapColumn, context: _Context) -> bool:
    """Whether a line that starts no run and ends in no clause mark was broken on purpose
    by its width: a short line or a heading (layer 2 of the module docstring, its first,
    second and last cases), not a full line of hard-wrapped prose."""
    end_mark = text[last - 1]
    longest = int(paragraph)
    width = _width(text, first, last)
    s = text[first:last]
    chinese = len(HAN_CHAR.findall(s)) * 2 >= len(s)
    # A paragraph without a column of its own: the next word fitted within the usual one
    # (not in Chinese, which wraps between any two characters, not at spaces).
    fits = not (chinese or paragraph.shown or context.narrow) \
        and fits_within_column(text, width, nxt, nxt_end, paragraph)
    if not fits and width >= PROSE_LINE * longest and longest >= _WRAP_MIN_WIDTH:
        return False  # a full line of hard-wrapped prose
    short = fits or longest < _WRAP_MIN_WIDTH or width < _SHORT_LINE * longest \
        or next_word_fits(text, width, nxt, nxt_end, longest)
    if chinese:  # mostly Chinese: a heading, before a salutation too
        return len(s) <= _MAX_TITLE_HAN and (short or text[nxt_end - 1] == "："
                                               or _SPACED_HAN.search(s) is not None)
    words = s.split()
    if fits and words[-1].lower() not in _MID_PHRASE:
        return True  # the writer broke the line: no wrapper would have
    if len(words) > _MAX_TITLE_WORDS or words[-1].lower() in _FUNCTION_WORDS:
        return False
    if end_mark in _COMMAS:
        return short
    return short or _title_case(words)


def _list_of_clauses(text: str, first: int, last: int, nxt: int, nxt_end: int,
                     paragraph: WrapColumn, context: _Context) -> bool:
    """Whether text[first:last] is the lead-in or an item of a list of clauses set in lines
    of Latin script (a regulation's definitions, the elements of a patent claim)::

        1. An apparatus comprising:
        a housing;
        a sensor disposed within the housing; and
        a processor configured to receive a signal from the sensor.

    The lead-in ends in a colon before a line that ends in a semicolon (or in one and the
    conjunction before the last item), the two not both full lines of wrapped prose (at
    least :data:`PROSE_LINE` of the paragraph's longest: ``…as follows:`` / ``whether the
    fee was lawful; whether it was fair to the traders;`` / ``and whether…`` filled to one
    width is a wrapped sentence); an item ends so after a line that ended on purpose,
    however wide, as a Chinese item does (:func:`_run_of_lines`: ``包括：`` / ``车架；``).
    """
    if HAN_CHAR.search(text, max(first, last - 2), last):
        return False
    if text[last - 1] == ":":
        full = PROSE_LINE * int(paragraph)
        return _LATIN_CLAUSE_ITEM_END.search(text, max(nxt, nxt_end - 9), nxt_end) is not None \
            and min(_width(text, first, last), _width(text, nxt, nxt_end)) < full
    return context.broke \
        and _LATIN_CLAUSE_ITEM_END.search(text, max(first, last - 9), last) is not None


def _set_before_lower_case(text: str, first: int, last: int, nxt: int, nxt_end: int,
                           paragraph: WrapColumn) -> bool:
    """Whether a line ends its segment before a line that starts in lower case.

    Hard-wrapped prose goes on in lower case, so such a break is a soft wrap unless the
    writer plainly made it: the line ends in a word, in Latin script, that does not open
    what follows (not ``the``, ``of``, ``about``, ``was``; not a mark: an abbreviation,
    ``etc.``, ``p.m.``, ``vs.``, goes on), and the next line's first word would have fitted
    on it within a column the text itself shows (:func:`._wrap.fits_within_column`: a
    two-line paragraph wrapped at 60 is no evidence; review W-14, W-15).  (A narrow
    paragraph, a caption or a column, is judged by the rules of narrow
    lines before this.)
    """
    if not text[last - 1].isalnum() or HAN_CHAR.search(text, max(first, last - 2), last):
        return False
    if text[first:last].rsplit(None, 1)[-1].lower() in _MID_PHRASE:
        return False
    return fits_within_column(text, _width(text, first, last), nxt, nxt_end, paragraph)


def _is_title_before_byline(text: str, first: int, last: int) -> bool:
    """Whether text[first:last] may be the title a byline follows: a few words, ending in a
    word that does not open what follows (``Winter Orchard``, ``The Night Ferry``)."""
    words = text[first:last].split()
    return len(words) <= _MAX_BYLINE_TITLE_WORDS and text[last - 1].isalnum() \
        and words[-1].lower() not in _MID_PHRASE


def _ends_whatever_its_width(text: str, first: int, last: int, nxt: int, nxt_end: int) -> bool:
    """A line that ends its segment by what it ends in and what follows, however wide it is.

    A Chinese lead-in (``现将有关事项通知如下：``, not reported speech), the lead-in of an
    address block (``… sent by courier to:``), narration broken off with a dash before an
    utterance on its own line (``…骤然亮起——`` / ``“轰！”``), a post's sentence that ends
    in hashtags (``Gutted. 😭 #UpTheHill``) or in emoji (``flights to Lisbon ✈️``), a credit
    line (``Translated by Lena Vogel, Univ. of Graz``).
    """
    end_mark = text[last - 1]
    if _capitals_heading(text, first, last, nxt, nxt_end) \
            or _capitals_heading_follows(text, first, last, nxt, nxt_end):
        return True
    if end_mark == "：" and text[last - 2] not in _SPEECH_VERBS \
            and text[nxt] not in _OPENING_QUOTES:
        return True
    if end_mark in _LEAD_IN_END and address_block_follows(text, nxt, nxt_end):
        return True
    if broken_off_before_quotation(text, last, nxt, nxt_end) or credit_line(text, first, last, nxt):
        return True
    return ends_in_hashtags(text, first, last) or ends_in_emoji(text, last)


def _capitals_heading(text: str, first: int, last: int, nxt: int, nxt_end: int) -> bool:
    """Whether text[first:last] is a heading in capitals before a line of ordinary text.

    A screenplay's scene heading (``EXT. ST. AUGUSTINE PIER - DAWN`` / ``Gulls. Fog.``), a
    notice's ``IMPORTANT SAFETY INSTRUCTIONS``: prose is not written in capitals, so such a
    line is no hard-wrapped line however wide it is.  It has two words or more, ends in a
    letter or a figure and not in a function word, and the next line has a lower-case
    letter (a paragraph all in capitals, a licence's disclaimer, is wrapped prose).
    """
    line = text[first:last]
    words = line.split()
    return (len(words) >= 2 and line[-1].isalnum() and not _LOWER.search(line)
            and _UPPER.search(line) is not None and words[-1].lower() not in _FUNCTION_WORDS
            and _LOWER.search(text, nxt, nxt_end) is not None)


def _capitals_heading_follows(text: str, first: int, last: int, nxt: int, nxt_end: int) -> bool:
    """Whether the line text[nxt:nxt_end] is a short heading in capitals inside a paragraph,
    after a line that ends without a sentence mark: a crossword's ``DOWN`` after its last
    clue across, a recipe's ``METHOD`` after its last ingredient (``2 tbsp olive oil`` /
    ``METHOD`` / ``Heat the oil…``).  One to three words of capital letters, no mark, and
    another line after it in the paragraph; the line before does not end in a word that
    opens what follows (a wrapper may leave ``…a report by the`` / ``WHO`` / ``on…``), and a
    paragraph's last line (``…funded by`` / ``NASA``) is left to the other tests.
    """
    if text[last - 1] in ".!?。！？" or not _CAPITALS_LINE.fullmatch(text, nxt, nxt_end):
        return False
    if text[first:last].rsplit(None, 1)[-1].lower() in _MID_PHRASE:
        return False
    return _ANOTHER_LINE.match(text, nxt_end) is not None


def _lines_by_nature(text: str, first: int, last: int, nxt: int, nxt_end: int,
                     context: _Context) -> bool | None:
    """A break decided by the kind of the lines (:mod:`._line_kinds`), or None.

    Before or after a separator line, inside a signature block or a poem, and where the
    depth of a quoted reply changes (``On … wrote:`` / ``> …``), a line ends its segment.
    """
    if context.signature or context.code or is_fence(text, nxt, nxt_end) \
            or is_separator(text, first, last) \
            or is_separator(text, nxt, nxt_end) or context.verse or context.terminal \
            or is_heading(text, first, last) or is_heading(text, nxt, nxt_end) \
            or is_aside(text, first, last) or is_aside(text, nxt, nxt_end):
        return True
    if quote_depth(text, first, last)[0] != quote_depth(text, nxt, nxt_end)[0]:
        return True
    return None


def _run_of_lines(text: str, first: int, last: int, nxt: int, nxt_end: int,
                  context: _Context) -> bool:
    """A break inside a run of lines broken on purpose: a notice, a listing, a job ad.

    * The last field of a block of fields (``学历要求：本科`` / ``工作地点：上海`` / a
      sentence): a field after a field ends its segment.
    * A Chinese line ending in ``；`` (or ``；以及``, ``；或``...) after a line that ended on
      purpose: an item of a list of clauses (``机体；`` / ``…驱动轮；以及`` / ``控制器，…``);
      not a line of speech whose quotation is still open (``袭人道：“好，你可快些；``).
    * A line that is an item of the run (it starts with a list marker, or the line before it
      ended on purpose) and ends without punctuation, before a field (``Asking price:
      $425,000``) or a lead-in (``What we offer:``).  Wrapped prose does not end a line
      before such a line: its lines end in mid-phrase and go on in lower case.
    """
    if context.broke and _CLAUSE_ITEM_END.search(text, max(first, last - 4), last) \
            and text.count("“", first, last) <= text.count("”", first, last):
        return True  # an item of a list of clauses: "机体；" / "…驱动轮；以及" (not speech)
    end_mark = text[last - 1]
    if end_mark in CONTINUING_END:
        return False  # a clause goes on: "周瑞家的道：“…便罢；" / "要有话…"
    if context.field and _is_field(text, first, last):
        return True
    if context.item and _last_item(text, first, last, nxt, nxt_end):
        return True
    if not (context.broke or _ITEM.match(text, first, last)):
        return False
    if end_mark in ".!?。！？" or text[first:last].rsplit(None, 1)[-1].lower() in _FUNCTION_WORDS:
        return False
    following = text[nxt:nxt_end]
    return _LABEL.match(following) is not None or (
        following[-1] in _LEAD_IN_END and len(following.split()) <= _MAX_LEAD_IN_WORDS)


def _last_item(text: str, first: int, last: int, nxt: int, nxt_end: int) -> bool:
    """Whether text[first:last], an item after an item, is the last of a list whose items are a
    line each, before a sentence (``2. Making the tea`` / ``3. Greeting guests with R. Osei`` /
    ``Please sign the sheet by Friday.``): the item ends in a word or a bracket that closes
    nothing left open, not in one that opens what follows, and the next line is no item and
    starts with a capital.  An item wrapped onto the next line goes on in lower case or after
    a word such as ``the`` or ``with``."""
    if not _ITEM.match(text, first, last) or _ITEM.match(text, nxt, nxt_end):
        return False
    if not (text[last - 1].isalnum() or text[last - 1] == ")") or not text[nxt].isupper():
        return False
    # The next line opens with a common word written as a sentence starts it (Please, Sign,
    # The), not with a name or an acronym that may end the item's phrase, wrapped: "…by
    # Sarah" / "Jones and her students.", "…the port marked" / "HDMI on the back" (review R-6).
    head = _SENTENCE_WORD.match(text, nxt, nxt_end)
    if head is None or head.group(1).lower() not in word_list("en_words"):
        return False
    return text[first:last].rsplit(None, 1)[-1].lower() not in _MID_PHRASE


def _is_field(text: str, first: int, last: int) -> bool:
    """Whether text[first:last] is a field of a notice: it starts with a label and a colon.

    Not reported speech (``他说：`` ``法老对约瑟说：``, a label ending in a speech verb, which
    wrapped narrative puts at the start of a line); a speaker's name is a label
    (``小王：到了吗``).
    """
    label = _LABEL.match(text, first, last)
    return label is not None and text[label.end() - 2] not in _SPEECH_VERBS


def _title_case(words: list[str]) -> bool:
    """Most content words capitalized, as in "Market Report for Asian Stocks"."""
    content = [w for w in words if len(w) >= _CONTENT_WORD and w.isalpha()
               and w.lower() not in _FUNCTION_WORDS]
    return bool(content) and sum(w[0].isupper() for w in content) >= _TITLE_CASE_SHARE * len(
        content)
