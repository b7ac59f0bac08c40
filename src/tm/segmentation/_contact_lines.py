"""Lines of a contact block or an address, which end their segment whatever their width.

Used by :mod:`tm.segmentation._layout` (layer 2, line breaks):

* **Contact lines**: after a line ending in a web or e-mail address, before a line that is
  nothing but an address, a telephone number or a date (a contact block, the date under a
  signature), when the line before holds no lower-case word or is such a line itself.
* **Address lines**: two consecutive lines of a few words of Latin script, none in lower case
  (``c/o`` is an address word, and a name may hold ``of``, ``and``, ``de``... after its first
  word), one of them holding a number or an address word (``c/o``, ``Attn``, ``P.O. Box``):
  ``1200 Market St., Suite 400`` / ``San Francisco, CA 94103``; and a line ending in a colon
  before two such lines is the address's lead-in, however wide it is.
* **Credit lines**: a capitalised past participle and ``by``, then a name and nothing but
  a name (capitalised words, initials, figures, the particles of a name): ``Donated by Mr.
  and Mrs. K. Oduya, 1987``, ``Translated by Lena Vogel, Univ. of Graz``, ``Photographed
  by Ines Duarte``.  A museum's label, a review's header and a picture's credit set such a
  line above the next field (``Inv. 1987.12.3``, ``First printed 2019, …``).  A sentence
  that opens with the phrase goes on: in lower case (``Reviewed by two referees, the
  paper was``), or, wrapped after the name, from a line that ends in a comma or a particle
  (``Funded by Northwind Ventures and Orbis,`` / ``Kestrel hired forty engineers.``) or
  before a line that finishes the name (``…and Orbis`` / ``Partners, Kestrel hired…``): no
  credit line ends so, and no field starts with a name's last word and a comma (review
  Z-11).
"""

from __future__ import annotations

import regex

from tm._shared.placeholders import LINK
from tm.segmentation._line_kinds import CONTINUING_END, HAN_CHAR, STARTS_SENTENCE

__all__ = ["address_block_follows", "address_lines", "contact_break", "credit_line"]

_LATIN = regex.compile(r"\p{Latin}")
_LOWER_WORD = regex.compile(r"(?<!\S)\p{Ll}")
# A line's last word is a web or e-mail address (no sentence punctuation after it).
#: A file name with its extension: a chat's or an e-mail's attachment line
#: (``[文件] 期末成绩.xlsx``, ``Attached: minutes_0312.docx``).
_FILE = (r"[\w\-]\.(?i:xlsx?|docx?|pptx?|pdf|txt|csv|zip|rar|7z|png|jpe?g|gif|heic|mp3|"
         r"mp4|mov|wav)")
# The name may stand in book-title marks, quotes or brackets (附件：《作业清单.pdf》).
_ENDS_IN_LINK = regex.compile(rf"(?:(?:{LINK})(?<![.,;:!?])|{_FILE}[》」』”’\"')）\]]?)\Z")
# A whole line that is only an address, a telephone number or a date (a contact block).
_CONTACT_LINE = regex.compile(
    rf"{LINK}|(?:(?:Tel|Phone|Fax|Mob|电话|传真|手机)[.:：]?\s*)?\+?(?=(?:\D*\d){{7}})[\d()\s./–-]+"
    r"|\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{4}-\d{1,2}-\d{1,2}")
_MAX_ADDRESS_WORDS = 8   # an address line has at most this many words
# Words that mark a line of an address as surely as a number does: care of, attention, a box.
_ADDRESS_WORD = regex.compile(r"(?<!\S)(?:c/o|C/O|Attn\b|ATTN\b|P\.?\s?O\.?\s+Box\b)")
# Lower-case words a name of an address may hold after its first word (University of Ibadan).
_NAME_PARTICLES = frozenset("of and the for on upon de la le du des van von der y".split())
# A credit line's opening: a capitalised past participle, then "by" and a capital or a figure.
_CREDIT = regex.compile(r"\p{Lu}\p{Ll}{2,}(?:ed|en)[ \t]+by[ \t]+(?=[\p{Lu}\d])")
# A line that finishes a name carried over from the line before: a capitalised word and a
# comma ("Horowitz, Acme raised"), where the sentence that the name opened goes on.
_NAME_FINISHED = regex.compile(r"\p{Lu}[\p{L}'’.-]*,")
_MAX_CREDIT_WORDS = 12   # a credit line holds a name and an affiliation or a year, no more
#: A contact or address line is at most this long (a longer line is not measured).
MAX_CONTACT_CHARS = 200


def contact_break(text: str, first: int, last: int, nxt: int, nxt_end: int) -> bool:
    """A break around a contact block's lines: a web or e-mail address, a telephone, a date.

    After a line ending in an address or a file name (an attachment: ``[文件] 期末成绩.xlsx``,
    ``附件：《寒假作业清单.pdf》``)
    when the next line starts like a sentence; before a
    line that is nothing but one of them when the line before holds no lower-case word (a
    name, a label, Chinese) or is such a line itself.  (A hard-wrapped sentence that pushes
    a long address onto its own line has lower-case words on the line before.)
    """
    if _ENDS_IN_LINK.search(text, first, last) and STARTS_SENTENCE.match(text, nxt):
        return True
    if nxt_end - nxt > MAX_CONTACT_CHARS or not _CONTACT_LINE.fullmatch(text, nxt, nxt_end):
        return False
    return _CONTACT_LINE.fullmatch(text, first, last) is not None or not (
        _LOWER_WORD.search(text, first, last) or text[last - 1] in CONTINUING_END)


def address_lines(line: str, text: str, nxt: int, nxt_end: int) -> bool:
    """Whether *line* and the next line (text[nxt:nxt_end]) are lines of an address block.

    Both are a few words of Latin script, none of them in lower case, and one of them holds
    a number: ``1200 Market St., Suite 400`` / ``San Francisco, CA 94103`` / ``USA``.  Prose
    hard-wrapped in a narrow column has a lower-case word on one of two consecutive lines.
    (Chinese has no spaces and no case: its lines are judged as headings, by length.)
    """
    if nxt_end - nxt > MAX_CONTACT_CHARS:
        return False
    following = text[nxt:nxt_end]
    return _address_words(line) and _address_words(following) and (
        any(c.isdigit() for c in line + following)
        or _ADDRESS_WORD.search(line) is not None or _ADDRESS_WORD.search(following) is not None)


def address_block_follows(text: str, nxt: int, nxt_end: int) -> bool:
    """Whether the line text[nxt:nxt_end] and the line after it are lines of an address block.

    A line ending in a colon before them is the lead-in of the address (``… sent by courier
    to:`` / ``Brightwater Foods, Inc.`` / ``Attn: Legal``), however wide it is: wrapped prose
    after a colon goes on in lower case, or with a sentence, not with two lines of an address.
    """
    after = nxt_end + 1
    if after >= len(text):
        return False
    after_end = text.find("\n", after)
    if after_end < 0:
        after_end = len(text)
    while after < after_end and text[after].isspace():
        after += 1
    return after < after_end and address_lines(text[nxt:nxt_end], text, after, after_end)


def _address_words(line: str) -> bool:
    words = line.split()
    return len(words) <= _MAX_ADDRESS_WORDS \
        and not any(w[0].islower() and w not in ("c/o", *(_NAME_PARTICLES if i else ()))
                    for i, w in enumerate(words)) \
        and _LATIN.search(line) is not None and HAN_CHAR.search(line) is None


def credit_line(text: str, first: int, last: int, nxt: int) -> bool:
    """Whether text[first:last] is a credit line: ``Translated by Lena Vogel, Univ. of Graz``.

    A capitalised past participle and ``by``, then nothing but a name: every word after
    ``by`` starts with a capital or a figure, or is a particle of a name (``of``, ``de``,
    ``van``...) or ``&``, and the last ends in a letter, a figure, a period or a bracket (not
    a comma, a dash or a particle: the phrase goes on); the next line, at *nxt*, does not
    finish a name (a capitalised word and a comma).  Such a line ends its segment before a
    line that starts like a sentence, whatever its width (module docstring).
    """
    if last - first > MAX_CONTACT_CHARS or not (text[last - 1].isalnum() or text[last - 1] in ".)"):
        return False
    opening = _CREDIT.match(text, first, last)
    if opening is None or _NAME_FINISHED.match(text, nxt) is not None:
        return False
    words = text[opening.end():last].split()
    return bool(words) and len(words) <= _MAX_CREDIT_WORDS and words[-1] not in _NAME_PARTICLES \
        and all(w[0].isupper() or w[0].isdigit() or w in _NAME_PARTICLES or w == "&"
                for w in words)
