"""How the aligner scores a bead: sentence evidence, costs and confidence.

Every sentence becomes an :class:`Item`: its length in English-character
units, a set of evidence *keys* and an evidence *mass*.  Keys live in one
shared space for both languages, so the evidence two spans share is the size
of a set intersection:

* words: English content-word stems; a Chinese sentence contributes the stems
  of the CC-CEDICT glosses of its words (:mod:`tm.alignment._lexicon`);
* numbers (weight 2): normalized values from :func:`tm.numbers.extract_numbers`
  (``53.96 billion`` and ``539.6亿`` share a key);
* Latin-script tokens kept in Chinese text (weight 2): ``5D Robotics``, ``3W``;
* glossary terms (weight 3): the term a hit belongs to, on either side;
* quotes and brackets (weight 1 per pair).

A weight is a key repeated with a suffix, so a plain ``len(a & b)`` sums the
weights.  The similarity of a bead is a Dice coefficient over the summed
matches and masses of its sentences, and the bead cost adds a Gale-Church
length term, a prior for the bead type, and paragraph evidence
(:class:`Params`).  docs/alignment.md explains the numbers.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from tm._shared.lang import is_chinese
from tm._shared.script import HAN, han_ratio
from tm.alignment import _furniture as furniture
from tm.alignment import _lexicon as lexicon
from tm.alignment import _pinyin as pinyin
from tm.alignment import _places as places
from tm.alignment import _quotes as quotes

if TYPE_CHECKING:
    from tm.glossary import Glossary
    from tm.numbers import Number

__all__ = [
    "LABEL_KEY",
    "NUMBER_KEY",
    "PARTICULAR_KEYS",
    "SCORING_VERSION",
    "Item",
    "Params",
    "Similarity",
    "is_form_key",
    "length_cost",
    "make_items",
    "shares_content",
    "side_keys",
    "translates_furniture",
    "unit_length",
]

#: Bumped whenever scoring changes in a way that changes alignments.
SCORING_VERSION = "50"

#: A user similarity: (source sentences, target sentences) -> similarity in [0, 1].
Similarity = Callable[[Sequence[str], Sequence[str]], float]

#: Chinese characters per English character in translated text (news ~0.30,
#: literary ~0.245 measured on MAC-Dev gold beads); the document's own ratio
#: is blended with this prior.
ZH_PER_EN = 0.27


@dataclass(frozen=True, slots=True)
class Params:
    """Weights of the bead cost; defaults tuned on the MAC-Dev development set.

    ``priors`` maps a bead shape ``(k, t)`` to its cost (roughly
    -log P(shape)); shapes missing from it cost ``prior_other + k + t``.
    """

    null: float = 6.0                 # cost of a 1-0 or 0-1 bead
    length_weight: float = 1.0        # weight of the Gale-Church term
    variance: float = 18.0            # GC variance per English-char unit
    #: The variance per unit grows with the bead's mean length m: variance * m *
    #: (1 + variance_growth * m).  On MAC-Dev gold beads the variance per unit
    #: rises from 7 at 60-120 units to 19 at 300-500 (news: 4-6, flat; Bible
    #: 3-7), i.e. 0.005-0.01 per unit; 0.005 of the tried 0.0025/0.005/0.01.
    variance_growth: float = 0.005
    sim_weight: float = 12.0          # weight of the lexical similarity term
    sim_threshold: float = 0.05       # similarity at which the term is 0
    evidence_half: float = 4.5        # mass at which similarity counts half
    paragraph_cross: float = 7.0      # a span crossing a paragraph break
    paragraph_start: float = 4.5      # one side starts a paragraph, the other does not
    furniture_null: float = 1.0       # a furniture line (credit, byline...) standing alone
    furniture_pair: float = 6.0       # furniture paired 1-1 with text or another class
    furniture_merge: float = 10.0     # per furniture line inside a many-sentence bead
    orphan_weight: float = 0.0        # a bead's sentence the rest explains (off: see docs)
    orphan_margin: float = 0.1        # coverage gap below which that costs nothing
    orphan_half: float = 4.5          # evidence mass at which an orphan counts half
    realign: bool = True              # learn word pairs from sure beads, align again
    learn_above: float = 0.9          # confidence of the beads learned from
    realign_below: float = 0.9        # beads searched again in the second pass
    #: A bead's edges disagree on quotation marks: (source opens one alone, target
    #: opens alone, source closes alone, target closes alone).  Measured on each
    #: document's first pass (:mod:`tm.alignment._quotes`); 0 in the first pass.
    quote_alone: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    #: Two neighbouring beads whose sentence boundaries sit at different clause
    #: points are merged when that saves more than this (:mod:`tm.alignment._clauses`;
    #: None: never).
    clause_merge: float | None = 1.0
    glue_above: float = 1.0           # log-odds above which a glued-on sentence is cut off
    #: A 1-1 bead whose sentences share no content is cut into two null beads when
    #: the log-likelihood ratio of "unrelated" is above this (:mod:`._unrelated`;
    #: None: only furniture is cut).
    unrelated_above: float | None = 10.0
    unrelated_length: float = 2.0     # ... and whose length cost is above this
    prior_other: float = 3.0
    priors: dict[tuple[int, int], float] = field(default_factory=lambda: {
        (1, 1): 0.0, (1, 2): 1.5, (2, 1): 1.5, (2, 2): 2.5,
        (1, 3): 3.0, (3, 1): 3.0, (1, 4): 4.5, (4, 1): 4.5,
        (2, 3): 5.0, (3, 2): 5.0,
    })

    def prior(self, k: int, t: int) -> float:
        """Cost of a bead with *k* source and *l* target sentences."""
        return self.priors.get((k, t), self.prior_other + k + t)


@dataclass(slots=True)
class Item:
    """A sentence (or, at coarse search levels, a block of sentences) as the DP sees it."""

    length: float
    keys: frozenset[str]
    mass: float
    starts_paragraph: bool = False
    ends_paragraph: bool = False
    #: Page-furniture class (``"editor"``, ``"byline"``...; ``""`` for text).
    furniture: str = ""
    #: Words a second pass may learn translations of (English stems, Chinese words).
    words: frozenset[str] = frozenset()
    #: The sentence opens a quotation at its start / ends with a closing quote mark.
    opens_quote: bool = False
    closes_quote: bool = False
    #: The sentence is wholly in round brackets: an aside, often a note one edition adds.
    aside: bool = False
    #: Stems of the capitalised words inside an English sentence (not its first word):
    #: names ("Denmark"), whose dictionary match on the other side is no chance word.
    names: frozenset[str] = frozenset()


_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*|[0-9]+[A-Za-z][A-Za-z0-9]*")
#: The tail of an English contraction ("Here's", "didn't", "we're", "I'd"): part of a
#: word, not a token a Chinese edition keeps in Latin script.  As a token of its own
#: "'s" matched the S of a product name (One S, Model S) in every sentence with a
#: possessive, and a lead-in "Here's what's inside:" looked translated by a spec line.
_CONTRACTION = re.compile(r"(?<=[A-Za-z0-9]['’])(?:s|t|re|ll|ve|d|m)\b", re.IGNORECASE)
#: A capitalised word after a lower-case word or a comma: a name, not a sentence start.
_INNER_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")
#: A sentence wholly in round brackets (an aside: a gloss, a note, a stage direction).
_ASIDE = re.compile(r"[(（][^()（）]+[)）][.。]?")
_QUOTES = frozenset("“「『\"(（")


def _is_zh(lang: str) -> bool:
    return is_chinese(lang)


def _weighted(key: str, weight: int) -> list[str]:
    return [key + "\x00" * i for i in range(weight)]


@lru_cache(maxsize=65536)
def _latin_keys(token: str) -> tuple[str, ...]:
    return tuple(_weighted("@" + lexicon.stem(token), 2))


#: A list or step number opening a line: "3. ", "3) ", "(3) ", "Step 3: ", "3.1 " before a
#: capital, and in Chinese 3. / 3、/ （三）/ 三、/ 第3步.  Manuals renumber steps when they
#: merge or split them (English step 5 is Chinese step 4) and a white paper's "1." is its
#: （一）, so such a number is a label, not a figure the translation must keep.
_ENUMERATOR = {
    "en": re.compile(r"\s*(?:(?:Step|STEP)\s+(\d{1,2})\s*[.:)]?\s+"
                     r"|[(\[]?(\d{1,2})[.)\]]\s+"
                     r"|(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=[A-Z]))"),
    "zh": re.compile(r"\s*(?:第\s*([\d一二三四五六七八九十]{1,3})\s*步\s*[：:，,]?"
                     r"|[（(]([\d一二三四五六七八九十]{1,3})[）)]"
                     r"|([一二三四五六七八九十]{1,3})\s*、(?![\d一二三四五六七八九十])"
                     r"|(\d{1,2})\s*[.．、](?!\d)\s*"
                     r"|(\d{1,2}(?:\.\d{1,2}){1,3})\s+)"),
}


def split_enumerator(text: str, lang: str) -> tuple[str, str]:
    """(the list or step number opening *text*, or "", the rest of *text*)."""
    match = _ENUMERATOR["zh" if _is_zh(lang) else "en"].match(text)
    if match is None:
        return "", text
    return next(group for group in match.groups() if group), text[match.end():]


def _month_alone(number: Number, text: str, lang: str) -> Decimal:
    """The value of *number* as a figure, a month a Chinese text names without a day read
    as the date it is (6月 -> 600, as "June").

    :func:`tm.numbers.extract_numbers` reads "June" and "March 2023" as dates (600,
    20230300), and 12月 and 2023年3月 too, but the 6 of 今年6月起 as a number, so "in June"
    and 今年6月 shared no figure: a sentence merged into its neighbour by the month it
    adds ("Volume deliveries are scheduled to begin in June." in ……计划于今年6月起批量交付。)
    looked added, and a pair that names a month had a figure on each side missing from
    the other.  A count of months is 6个月, not 6月.
    """
    value = number.value
    if (_is_zh(lang) and number.kind == "number" and text[number.end:number.end + 1] == "月"
            and value == value.to_integral_value() and 1 <= value <= 12):
        return value * 100
    return value


def _number_keys(text: str, lang: str) -> list[str]:
    from tm.numbers import extract_numbers

    label, text = split_enumerator(text, lang)
    keys: list[str] = []
    if label:   # evidence when both sides have it, but a label, not a figure
        values = extract_numbers(label, lang)
        keys += _weighted(f"{LABEL_KEY}{values[0].value.normalize() if values else label}", 2)
    seen: dict[str, int] = {}
    for number in extract_numbers(text, lang):
        base = f"{NUMBER_KEY}{_month_alone(number, text, lang).normalize()}"
        seen[base] = seen.get(base, 0) + 1
        # the n-th occurrence of a number is its own key; written as a count, not as n
        # marks, a sentence repeating one number n times costs n keys, not n² characters
        keys += _weighted(f"{base}\x01{seen[base]}", 2)
    return keys


#: An opening single quote: British-style dialogue ('Come here,' he said) uses
#: the apostrophe as its quote mark, so only one before a letter and after a
#: space, a bracket or a dash (or at the start) counts, never "don't".
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?=[A-Za-z])")
#: Marks that survive translation: a question stays a question, an
#: exclamation an exclamation (on MAC-Dev gold beads a Chinese question has an
#: English "?" 72% of the time, other beads 2%; "!" 76% against 7%).
_MARK_KEYS = (("?？", "?"), ("!！", "!"))


def _quote_keys(text: str) -> list[str]:
    """One key per opening quote or bracket, and one per kind of question/exclamation mark."""
    count = sum(1 for ch in text if ch in _QUOTES)
    if '"' in text:
        count -= text.count('"') // 2
    count += len(_SINGLE_OPEN.findall(text))
    keys = [f'"{i}' for i in range(count)]
    keys += [key for marks, key in _MARK_KEYS if any(m in text for m in marks)]
    return keys


def is_form_key(key: str) -> bool:
    """A key of form rather than content: a quote or bracket, a question or exclamation mark."""
    return key.startswith('"') or key in ("?", "!")


#: First character of a number's key.
NUMBER_KEY = "#"
#: First character of the key of a list or step number (:func:`split_enumerator`).
LABEL_KEY = "§"
#: First characters of the keys that name something particular: a number, a
#: Latin-script token, a transliterated name, a glossary term, a learned word pair.
PARTICULAR_KEYS = (NUMBER_KEY, LABEL_KEY, "@", "$", "=", "~")


def shares_content(a: Item, b: Item, particular: bool = False) -> bool:
    """Whether sentences *a* and *b* share a key of content: a word, number, name or term.

    Brackets and question marks alone are no evidence that two lines say the
    same.  With *particular*, dictionary words do not count either, only
    numbers, names, Latin-script tokens and terms: two credit lines share their
    form's words (``(Web editor: ...)`` and ``（责编：...）`` both say "editor")
    whoever they credit.
    """
    if particular:
        return any(key.startswith(PARTICULAR_KEYS) for key in a.keys & b.keys)
    return any(not is_form_key(key) for key in a.keys & b.keys)


#: Dictionary words (besides names, numbers and terms, any one of which is enough) that
#: a furniture line must share with a line to be taken for its translation.  Two
#: "Related:" links share their form's word ("Related" / 相关新闻 both give "related"),
#: so one shared word proves nothing; a translated headline shares several
#: ("Related: Drones reshape rural logistics" / 相关新闻：无人机重塑农村物流: drone,
#: rural, logistics and the form's word).
FURNITURE_WORDS = 3


def translates_furniture(a: Item, b: Item) -> bool:
    """Whether furniture line *a* and line *b* share what a translation would: a name,
    number, Latin-script token or term, or :data:`FURNITURE_WORDS` dictionary words
    (fewer for two lines of a class whose form is the evidence, ``pair_words`` in
    furniture.toml: "About Northwind Ltd." and 关于北风公司 need share no word)."""
    shared = a.keys & b.keys
    if any(key.startswith(PARTICULAR_KEYS) for key in shared):
        return True
    words = FURNITURE_WORDS
    if a.furniture and a.furniture == b.furniture:
        words = furniture.pair_words(a.furniture, FURNITURE_WORDS)
    return sum(1 for key in shared if not is_form_key(key)) >= words


def _term_keys(text: str, lang: str, glossary: Glossary | None) -> list[str]:
    if glossary is None:
        return []
    keys: list[str] = []
    for hit in glossary.find(text, lang=lang):
        keys += _weighted(f"={hit.term.source.casefold()}", 3)
    return keys


#: A question or answer label opening an interview turn, and its role: "Q:" / 问：
#: ask, "A:" / 答： answer.  The two sides label the same turns, so the labels
#: are evidence of which turn is which when an edition drops or merges some.
_ROLE = {
    "en": re.compile(r"\s*(?:(Q|Question)|(A|Answer))\s*[:：.]\s"),
    "zh": re.compile(r"\s*(?:(问|提问)|(答|回答))\s*[:：]"),
}
#: A question labelled by who asks it: 记者： (the reporter), 主持人：, "Interviewer: ".
_ASKER = {
    "en": re.compile(r"\s*(?:Interviewer|Reporter|Host)\s*:\s"),
    "zh": re.compile(r"\s*(?:本报记者|记者|主持人)\s*[:：]"),
}
#: A turn opened by its speaker's name: 1-4 Han characters or 1-3 capitalised words, and a
#: colon (乔岚心：..., "Moss: ...").
_SPEAKER = {
    "en": re.compile(r"\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*:\s"),
    "zh": re.compile(f"\\s*([{HAN}·]{{1,4}})\\s*[:：]"),
}


def interview_roles(texts: Sequence[str], lang: str) -> list[str]:
    """The interview role (``"Q"``, ``"A"`` or ``""``) that each line's label gives it
    besides the Q:/A: labels (:data:`_ROLE`, keyed with the sentence itself).

    A question labelled by who asks it (:data:`_ASKER`: 记者：, 主持人：); and, on a side
    with labelled questions, an answer opened by a name (:data:`_SPEAKER`) that opens
    at least two lines, none of them a question, page furniture or a quotation by its
    speaker (王明表示：).  A Chinese newsroom labels the reporter's questions 记者： and
    the answers with the interviewee's name where the English edition writes "Q:" and
    "A:", so without these keys a turn paired with the turn before or after it as
    easily as with its own.  Only whole lines get them, not their clauses: the label
    is no clause of translated words (:mod:`tm.alignment._room`).
    """
    side = "zh" if _is_zh(lang) else "en"
    zh = side == "zh"
    roles = ["Q" if _ASKER[side].match(text) and not furniture.classify(text, zh) else ""
             for text in texts]
    labelled = [_ROLE[side].match(text) for text in texts]
    if not any(roles) and not any(label is not None and label.group(1) for label in labelled):
        return roles
    names: list[str | None] = []
    for text, role, label in zip(texts, roles, labelled, strict=True):
        match = None if role or label is not None else _SPEAKER[side].match(text)
        if match is not None and (_SPEAKS.search(match.group(1))
                                  or furniture.classify(text, zh)):
            match = None
        names.append(match.group(1) if match else None)
    counts = Counter(name for name in names if name is not None)
    return [role or ("A" if name is not None and counts[name] >= 2 else "")
            for role, name in zip(roles, names, strict=True)]


def _role_keys(text: str, lang: str) -> list[str]:
    """The key of the question or answer label opening *text* (weighted as a number)."""
    match = _ROLE["zh" if _is_zh(lang) else "en"].match(text)
    if match is None:
        return []
    return _weighted(f"{LABEL_KEY}{'Q' if match.group(1) else 'A'}", 2)


def side_keys(text: str, lang: str, other_lang: str,
               glossary: Glossary | None) -> tuple[set[str], float, frozenset[str]]:
    """Evidence keys of one sentence, the part of them that counts as mass, learnable words."""
    shared = (_number_keys(text, lang) + _role_keys(text, lang) + _quote_keys(text)
              + _term_keys(text, lang, glossary))
    keys = set(shared)
    mass = float(len(keys))
    learnable: frozenset[str] = frozenset()
    if _is_zh(lang) and not _is_zh(other_lang):
        split = lexicon.chinese_words(text)
        words, count = lexicon.chinese_keys(text, words=split)
        keys |= words
        mass += count
        learnable = frozenset(w for w in split if len(w) > 1)
        latin = {t.lower() for t in _LATIN.findall(text)}
        for token in latin:
            keys.update(_latin_keys(token))
        mass += 2 * len(latin)
        keys |= pinyin.han_pair_keys(text)
    elif _is_zh(lang):
        words_zh = set(lexicon.chinese_words(text))
        keys |= words_zh
        mass += len(words_zh)
    else:
        words = lexicon.english_keys(text)
        keys |= words
        mass += len(words)
        learnable = words
        if _is_zh(other_lang):   # names the Chinese side may keep in Latin script
            for token in _LATIN.findall(_CONTRACTION.sub("", text)):
                keys.update(_latin_keys(token.lower()))
            keys |= places.place_keys(text)   # evidence without mass: see _places
            names = set(pinyin.name_keys(text))
            keys |= names
            mass += len(names)
    return keys, mass, learnable


def unit_length(text: str, lang: str, zh_per_en: float) -> float:
    """Length of *text* in English-character units (Chinese characters scaled up)."""
    if _is_zh(lang):
        han = han_ratio(text)
        return len(text) * (han / zh_per_en + (1.0 - han))
    return float(len(text))


def make_items(texts: Sequence[str], lang: str, other_lang: str, *,
               zh_per_en: float = ZH_PER_EN, glossary: Glossary | None = None,
               paragraphs: Sequence[int] | None = None,
               tick: Callable[[float], None] | None = None) -> list[Item]:
    """Build the DP items of one side: length units, evidence keys and mass.

    *tick*, if given, hears the share of sentences done every 128 sentences.
    """
    listed = list_items(texts, paragraphs, _is_zh(lang)) if paragraphs is not None else []
    roles = interview_roles(texts, lang)
    items: list[Item] = []
    for index, text in enumerate(texts):
        if tick is not None and not index % 128:
            tick(index / len(texts))
        keys, mass, words = side_keys(text, lang, other_lang, glossary)
        if roles[index]:
            role = _weighted(f"{LABEL_KEY}{roles[index]}", 2)
            keys.update(role)
            mass += len(role)
        starts = ends = False
        if paragraphs is not None:
            starts = index == 0 or (paragraphs[index] != paragraphs[index - 1]
                                    and not _joined(texts, listed, index - 1))
            ends = index + 1 == len(texts) or (paragraphs[index] != paragraphs[index + 1]
                                               and not _joined(texts, listed, index))
        items.append(Item(unit_length(text, lang, zh_per_en), frozenset(keys), mass,
                          starts, ends, furniture.classify(text, _is_zh(lang)), words,
                          quotes.opens_quote(text, _is_zh(lang)),
                          quotes.closes_quote(text, _is_zh(lang)),
                          _ASIDE.fullmatch(text.strip()) is not None,
                          inner_names(text, lang)))
    return items


def inner_names(text: str, lang: str) -> frozenset[str]:
    """Stems of the capitalised words inside an English *text* (:attr:`Item.names`)."""
    if _is_zh(lang):
        return frozenset()
    found = _INNER_NAME.findall(text)
    return lexicon.english_keys(" ".join(found)) if found else frozenset()


#: A line ending with a colon introduces what follows (a list, a quotation), so the
#: paragraph break after it is no boundary a translation keeps: an edition often folds
#: "Residents should prepare the following items:" and its bullet list into one sentence.
_INTRODUCES = re.compile(r"[:：]\s*$")


def introduces(text: str) -> bool:
    """Whether line *text* ends with a colon, introducing the paragraph after it."""
    return _INTRODUCES.search(text) is not None


#: A list or box item: a line that opens with a short label and a colon ("Display: 6.4-inch
#: OLED", "Getting there: ...", 开售时间：9月19日, 12GB+256GB版本：899美元).  Editions turn such
#: lists into prose and prose into lists, and reorder a box's items, so the break between
#: two items standing as paragraphs of their own is no boundary a translation keeps.
_LABELLED_ITEM = re.compile(r"\s*(?:[-•·▪*]\s*)?([A-Z][\w&'’+./-]*(?:\s+[\w&'’+./()-]+){0,4}"
                            r"(?=\s*:\s)|[^\s：:，,。！？!?]{1,16}(?=[：:]))")


#: A label that is someone speaking ("Premier Li said:", 王明表示：, 他说：): a quotation
#: paragraph, which a news translation keeps as a paragraph of its own.
_SPEAKS = re.compile(r"\b(?:said|says|added|adds|told|asked|asks|wrote|writes|explained|noted|"
                     r"recalled|replied)\b|(?:说|说道|问道|答道|表示|指出|强调|认为|透露|坦言)$",
                     re.IGNORECASE)


def list_items(texts: Sequence[str], paragraphs: Sequence[int], zh: bool = False) -> list[bool]:
    """Whether each line (Chinese if *zh*) is a list item: a paragraph of its own that
    opens with a label (:data:`_LABELLED_ITEM`) no other line opens with and is no page
    furniture.  An interview's turns ("ABR: ...", "Zhao: ...", 问：) repeat their speakers'
    labels and are paragraphs a translation keeps, and so do quotations opened by their
    speaker ("Premier Li said: ...", 王明表示：“...”, :data:`_SPEAKS`); an editor's line
    (责任编辑：...) stands alone by its form."""
    labels: list[str | None] = []
    for index, text in enumerate(texts):
        alone = ((index == 0 or paragraphs[index - 1] != paragraphs[index])
                 and (index + 1 == len(texts) or paragraphs[index + 1] != paragraphs[index]))
        match = (_LABELLED_ITEM.match(text)
                 if alone and not furniture.classify(text, zh) else None)
        if match is not None and _SPEAKS.search(match.group(1)):
            match = None
        labels.append(match.group(1).casefold() if match else None)
    counts = Counter(label for label in labels if label is not None)
    return [label is not None and counts[label] == 1 for label in labels]


def _joined(texts: Sequence[str], items: Sequence[bool], index: int) -> bool:
    """Whether the paragraph break after line *index* is no boundary: the line introduces
    what follows (:func:`introduces`), or it and the next line are both list items."""
    return introduces(texts[index]) or (items[index] and items[index + 1])


_LOG_TABLE_STEP = 0.01
_LOG_TABLE = [-math.log(max(math.erfc(i * _LOG_TABLE_STEP / math.sqrt(2)), 1e-300))
              for i in range(int(12 / _LOG_TABLE_STEP) + 1)]


def length_cost(a: float, b: float, variance: float) -> float:
    """Gale-Church cost -log P(|delta|) of pairing spans of *a* and *b* length units.

    ``delta = (b - a) / sqrt(variance * (a + b) / 2)``; both lengths are in
    English-character units, so the cost is symmetric in the two languages.
    """
    mean = (a + b) / 2.0
    if mean <= 0:
        return 0.0
    delta = abs(b - a) / math.sqrt(variance * mean)
    index = int(delta / _LOG_TABLE_STEP)
    return _LOG_TABLE[index] if index < len(_LOG_TABLE) else _LOG_TABLE[-1] + delta

