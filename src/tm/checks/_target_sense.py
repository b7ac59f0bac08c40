"""Which sense of a glossary term did the translator render?  The target's evidence.  (private)

A glossary entry names one concept: *check-in* (Travel) → 值机, *policy*
(Insurance) → 保单, *appeal* (Law) → 上诉.  When the target lacks every approved
rendering, the translator either rendered that concept another way (an error:
罚球 for 点球, 结余 for 余额) or rendered another concept that the same English
word names ("Hotel check-in" → 入住, "Privacy policy" → 隐私政策, "the
exhibition's appeal" → 吸引力).  A bilingual dictionary tells the two apart
when the target holds a word the dictionary gives for the English term
(CC-CEDICT through :func:`tm.glossary.word_senses`; a *rendering* below).
Each rendering's senses that contain the term are compared with the concept:

* **the sentence names the rendering's own sense**: the sense's other words
  (its qualifiers, in brackets or not) are in the source and none is the
  concept's (入住 "to check in (at a hotel etc)" for "Hotel check-in";
  隐私政策 "privacy policy" for "Privacy policy"; 转会 "to transfer to another
  club" in a sentence about a club) → another sense;
* **the rendering only names a narrower concept**: every sense of it that
  contains the term is a compound of two or three content words whose other
  words are not the concept's (吸引力 "sex appeal" against 上诉 "to appeal (a
  judicial case)"; not a phrase such as "to lodge an appeal", which may say
  the concept in other words) and it shares no character with an approved or
  forbidden rendering → another sense;
* otherwise the rendering may be a synonym of the concept: a bare sense
  ("balance", "appeal", "password (used by sentry)": a bracket only notes a
  usage), a qualifier the concept shares (罚球 "penalty kick" against 点球
  "penalty kick"; "insurance policy" where the concept's field is Insurance),
  or a character shared with an approved rendering (账号 beside 账户) → the
  evidence says the concept was rendered another way.

A glossary concept the dictionary does not give for its word (no sense of an
approved rendering holds the term: 书库 for the e-reader's *library*, 步数 for
*steps*) is a special sense: a target word given as the bare term (图书馆
"library", 步骤 "procedure, step") that shares no other gloss with the approved
renderings, nor their head (the last character: 恒温器 and 温控器 are both
devices), renders the word's general sense → another sense.  When a defined entry's
sentence says nothing of the definition, only a compound the target builds on the word
with the concept's head (捕获 + 量 beside 捕捞量) keeps it a synonym, not the general word
ending in that head itself (平台 "platform" beside 站台 "platform (at a railway station)").
With a definition (:class:`_Defined`) the head, not any shared character, is what keeps a word a
synonym (位置 "place, seat" shares 位 with 职位 "post, job", not its head).

A sense that holds the term only inside brackets (吸取 "to draw (a lesson, insight
etc)") names the word's object, not the word: it is no rendering.  An article before
a compound does not make it a phrase ("a bitter lesson" is as narrow as "bitter
lesson").

The concept's words are the other words of the senses of its approved
renderings that contain the term, its subject field and its definition (集线器
"hub (network)" in a sentence about the network is the smart-home hub "that
connects devices to the network", not another sense).  Another sense is
concluded only when *every* rendering found in the target says so (words
inside a longer rendering found are read as part of it: 政策 in 隐私政策).

Two things tie a rendering to the concept before any of this, and it is then a
synonym (:func:`_the_concepts_own`): the dictionary calls it a variant of an
approved rendering (登陆 "to log in (frequently used erroneous variant of
登录)"), or a sense of it that renders the term says in its bracket a word of the
concept's definition or subject field (追踪号码 "tracking number (of a package
shipment)" for the Logistics concept "The identifier assigned to a shipment by
the carrier"; 门票 "ticket (for theater, cinema etc)" for a cinema ticket 影票;
not 车票 "ticket (for a bus or train)").  And a sentence that names another
concept of the term's subject field (``in_field``: *inbox* beside the e-mail
*draft*) is not one that "says nothing of the concept": the definition's
exclusions and another field's label are not read there.  Measured on the 33
development catalogs (stop 29): together five genuine errors reported that were
excused (heldout27, 30, 32 ×2, 33), no false alarm added.

Without the ``dict`` extra, or when the target holds no rendering of the term
(库存 is not given for *inventory*), the target says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from tm._shared.script import HAN
from tm.glossary import STOP, english_keys, senses_glossing, word_senses
from tm.model import Term

__all__ = [
    "NOUN_CLASSES",
    "Evidence",
    "a_near_synonym",
    "a_plain_synonym",
    "an_unrelated_rendering",
    "another_compound_named",
    "another_expansion",
    "counted_with_a_classifier",
    "defines_the_sentence",
    "folded_into_a_verb",
    "inside_a_verb",
    "inside_another_word",
    "only_a_homonym",
    "only_as_a_verb",
    "opens_with_a_verb",
    "opens_with_the_verb",
    "renders_the_compound",
    "target_evidence",
]

_HAN_RUN = re.compile(f"[{HAN}]+")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_LONGEST = 8  # longest dictionary word looked for in the target (characters)
_Lookup = Callable[[str], tuple[str, ...]]


class Evidence:
    """What the target says of the term: ``"other"``, ``"same"`` or ``""`` (nothing)."""

    OTHER = "other"
    SAME = "same"
    NONE = ""


def target_evidence(term: Term, source: str, target: str, *,
                    label: bool = False, in_field: bool = False) -> tuple[str, str]:
    """(:class:`Evidence` value, the rendering it rests on) for *term* in *source* → *target*.

    With *label* (the term heads a short interface label: "Monthly quota", "Deals"), a word
    the dictionary gives as the term itself is a near-synonym of the concept (配额 "quota"
    for 业绩指标, 交易 "deal" for 商机, 仓位 "(finance) position" for 持仓): a product's
    label speaks of the product's own concepts.  A word for a narrower thing (流量 "data
    traffic", 馆藏 "museum collection") and a sense the label's own words name ("Choose a
    time slot" → 时段 "time slot") are still another sense.

    With *in_field* (the source names another concept of the term's own subject field:
    "Each exam counts for half of the final mark", *exam* and *mark* both Education), the
    sentence speaks of the concept: the readings that need a sentence saying nothing of it
    (a word the definition excludes, a word under another field's label) do not apply.
    """
    wanted = _stems(term.source)
    if not wanted:
        return Evidence.NONE, ""
    found = _renderings(target, wanted, word_senses)
    if not found:
        return Evidence.NONE, ""
    concept = _concept_words(term, wanted, word_senses)
    context = english_keys(source) - wanted
    approved = {ch for text in (*term.targets, *term.forbidden) for ch in text
                if _HAN_RUN.match(ch)}
    defined = _Defined.of(term, wanted)
    topic = english_keys(_MAGNITUDES.sub(" ", source)) - wanted if defined else frozenset()
    # a sentence of a one-word entry that says nothing of its definition (a longer term
    # names its one sense itself: 汽酒 "sparkling wine" is no general word)
    unspoken = defined is not None and defined.one_word and not defined.spoken_of(topic)
    # a longer term is no word with an everyday sense of its own: a dictionary word that is
    # the bare compound (居住证 "residence permit") is a synonym of the concept, not a
    # general sense beside the glossary's special one
    special = len(_TOKEN.findall(term.source)) == 1 and _special_sense(term, wanted, unspoken)
    labelled = _labelled(term, wanted)
    verdicts = []
    for word, senses, after in found:
        if _the_concepts_own(term, wanted, word, senses):
            verdicts.append((Evidence.SAME, word))  # 登陆 "(erroneous variant of 登录)"
            continue
        other = not (label and _plainly_the_term(senses, wanted, term.pos)) and (
            (special and _general_word(term, wanted, word, senses, after, unspoken))
            or bool(not in_field and defined and defined.excludes(
                word, senses, _same_head(term, word, after), topic))
            or (not in_field and not labelled and _under_another_label(senses, concept, context)))
        verdicts.append((Evidence.OTHER if other else
                         _verdict(senses, wanted, concept, context, approved, word), word))
    same = [word for verdict, word in verdicts if verdict == Evidence.SAME]
    if same:
        return Evidence.SAME, same[0]
    return Evidence.OTHER, verdicts[0][1]


def _the_concepts_own(term: Term, wanted: frozenset[str], word: str, senses: list[str]) -> bool:
    """True when the dictionary itself ties *word* to the concept, so it renders the concept
    (miswritten or by a synonym), never another sense: a sense of it names an approved
    rendering (登陆 "to log in (frequently used erroneous variant of 登錄|登录)" for *log in*
    → 登录), or a sense that renders the term says in its bracket a word of the concept's
    definition or subject field (追踪号码 "tracking number (of a package shipment)" for the
    Logistics concept "The identifier assigned to a shipment by the carrier") and no sense
    that renders it names another thing in its bracket (记录 "record (written account)",
    "record (in sports etc)" is not tied to a sports record: review Z-25)."""
    if any(rendering in sense for sense in word_senses(word) for rendering in term.targets
           if _HAN_RUN.search(rendering)):
        return True
    told = _stems(term.subject) | (_stems(_HAN_RUN.sub(" ", term.description)) if term.description
                                   else frozenset())
    told = _not_the_term(told, wanted)
    brackets = [_not_the_term(_stems(bracket), wanted)
                for sense in senses for bracket in _BRACKET_TEXT.findall(sense)]
    # a word whose senses of the term are qualified two ways is tied to neither: 记录
    # "record (written account)" and "record (in sports etc)" is a borrowing record as much
    # as a sports record (review Z-25)
    return bool(brackets) and all(_meet(bracket, told) for bracket in brackets)


_BRACKET_TEXT = re.compile(r"\(([^)]*)\)")


def _plainly_the_term(senses: Iterable[str], wanted: frozenset[str], pos: str) -> bool:
    """True when a sense, outside its brackets, is the term itself ("quota", "deal",
    "(finance) position"; not "data traffic", "museum collection", which name a narrower
    thing), in the entry's word class: for a noun, not a verb's sense ("to filter" is the
    button *Filter*, not the photo filter)."""
    noun = pos.strip().lower() in NOUN_CLASSES
    return any(_outside(sense) == wanted and not (noun and sense.startswith("to "))
               for sense in senses)


#: TBX partOfSpeech values of a noun ("" when the entry gives none: a noun, most often).
NOUN_CLASSES = ("noun", "n", "propernoun", "proper noun", "")


_ONE_CLASSIFIER = re.compile(f"[一两几]([{HAN}])[{HAN}]")


def counted_with_a_classifier(target: str) -> bool:
    """True when *target* counts something with a classifier: 一, 两 or 几, then a character
    the dictionary gives as a classifier, then a noun (一层薄霜, 一片森林)."""
    return any(any(sense.startswith("classifier") for sense in word_senses(m.group(1)))
               for m in _ONE_CLASSIFIER.finditer(target))


def opens_with_a_verb(target: str) -> bool:
    """True when *target* opens with a word the dictionary gives only as a verb (裁剪 "to cut
    out", 筛选 "to filter"): the longest dictionary word at the start of its first Han run."""
    run = _HAN_RUN.search(target)
    if run is None or target[:run.start()].strip():
        return False
    text = run.group()
    for end in range(min(len(text), 4), 1, -1):
        senses = word_senses(text[:end])
        if senses:
            return all(sense.startswith("to ") for sense in senses)
    return False


def inside_a_verb(term: Term, target: str, index: int) -> bool:
    """True when the character at *index* of *target* lies inside a dictionary word of two to
    four characters that the dictionary gives only as a verb (排队 "to line up", 预期 "to
    expect") and whose glosses share no word with the approved renderings' (持股 "to hold
    shares" does, with 股份 "a share (in a company)"): the character belongs to a verb of
    another thing, not to a noun sharing it."""
    wanted = _stems(term.source)
    theirs = _not_the_term(frozenset().union(*map(_glosses, term.targets)), wanted)
    for start in range(max(0, index - _VERB_LONGEST + 1), index + 1):
        for end in range(max(start + 2, index + 1), min(len(target), start + _VERB_LONGEST) + 1):
            word = target[start:end]
            senses = word_senses(word)
            if senses and all(sense.startswith("to ") for sense in senses) and not _meet(
                    _not_the_term(_glosses(word), wanted), theirs):
                return True
    return False


_VERB_LONGEST = 4  # longest verb looked for around a character (characters)


def inside_another_word(term: Term, target: str, start: int, end: int) -> bool:
    """True when target[start:end], a one-character approved rendering of *term*, lies inside
    a dictionary word of two to four characters that the dictionary gives only as a verb,
    no word around it rendering the term (课 of 上课 "to attend class" for *lesson*, 队 of
    排队 "to line up" for *team*; not 课 of 课文 "text of a lesson", nor 厂 of 厂房 "factory
    (building)", a kind of the plant): the character is the object inside that verb."""
    if end - start != 1:
        return False
    wanted = _stems(term.source)
    other = False
    for first in range(max(0, start - _VERB_LONGEST + 1), start + 1):
        for last in range(max(first + 2, end), min(len(target), first + _VERB_LONGEST) + 1):
            word = target[first:last]
            senses = word_senses(word)
            if not senses:
                continue
            if word in term.targets or any(wanted <= _outside(sense) for sense in senses):
                return False
            other = other or all(sense.startswith("to ") for sense in senses)
    return other


def folded_into_a_verb(term: Term, target: str) -> str:
    """The dictionary word of *target* that holds *term*'s concept as the object of a verb,
    or "": a sense of it is a verb with the term after it ("to take a customer's order" of
    接单, "to renew or extend a contract" of 续约) and the word ends in the head of an
    approved rendering (单 of 订单, 约 of 合约).  Chinese folds the object noun into a
    verb-object word, naming the concept by its head: the concept is rendered, not
    missing.  Another shared character is no head: 订购 "to place an order" (订 of 订单)
    is a synonym of the concept, 同步 "to keep step with" no word of 步数.  A word the
    dictionary also gives as the plain term (限额 "quota, to set a quota") is a synonym
    of the concept, not a verb of it, and so is a word that shares another gloss with the
    approved renderings (考勤 "to check attendance (at school or workplace)" beside 出勤
    "to be present (at work, school etc)": two words of one concept)."""
    wanted = _stems(term.source)
    heads = {rendering[-1] for rendering in term.targets if _HAN_RUN.match(rendering[-1:])}
    theirs = _not_the_term(frozenset().union(*map(_glosses, term.targets)), wanted)
    for word, senses, _after in _renderings(target, wanted, word_senses):
        if word[-1] in heads and any(
                _object_of_a_verb(sense, wanted) for sense in senses) and not any(
                _only_the_term(sense, wanted) for sense in word_senses(word)) and not _meet(
                _not_the_term(_glosses(word), wanted), theirs):
            return word
    return ""


def an_unrelated_rendering(term: Term, phrase: str, target: str) -> str:
    """The dictionary word of *target* that renders *term*'s English word in another sense,
    one that *phrase* (the term's own phrase of the source) names, or "": the target holds
    dictionary words for the term, every one shares no character with an approved or
    forbidden rendering and no gloss but the term with the approved renderings (two senses
    that only the English word links), and a word of the phrase besides the term is one of
    their other glosses: "US lawmakers introduced a bill" → 法案 "bill, proposed law"
    (*lawmakers*), not a utility's 账单 "bill, check"; "The notary stamped her seal" → 印章
    "seal, signet, chop, stamp".

    A near-synonym of the concept shares a character (账号 beside 账户) or a gloss (结余
    "balance, surplus" beside 余额 "balance, remainder"), and a phrase that names nothing
    of the other sense ("Your bill for this month is ready" → 法案; "By law, your bill must
    show the tax" → 法案: *law* is another clause's) has a wrong word: both stay
    term-missing.  The caller also asks that the sentence name nothing of the concept."""
    wanted = _stems(term.source)
    found = _renderings(target, wanted, word_senses)
    if not found:
        return ""
    approved = {ch for text in (*term.targets, *term.forbidden) for ch in text
                if _HAN_RUN.match(ch)}
    theirs = _not_the_term(frozenset().union(*map(_glosses, term.targets)), wanted)
    glosses = [_not_the_term(_glosses(word), wanted) for word, _senses, _after in found]
    if any(any(ch in approved for ch in word) for word, _s, _a in found) or any(
            _meet(mine, theirs) for mine in glosses):
        return ""
    said = english_keys(_MAGNITUDES.sub(" ", phrase)) - wanted
    named = [word for (word, _s, _a), mine in zip(found, glosses, strict=True) if _meet(said, mine)]
    return named[0] if named else ""


def another_compound_named(term: Term, source: str, start: int, end: int) -> str:
    """The dictionary word of a compound of *term*'s English word that *source* says around
    source[start:end] (the term) and that is another thing than the concept, or "":
    CC-CEDICT glosses some word "photo gallery", "flight schedule", "heat exhaustion"
    (:func:`tm.glossary.senses_glossing`, the reverse of its senses); a source saying the
    compound ("Check the flight schedule", "Choose a photo from your gallery") uses the
    word in that sense, not as a smart-home *schedule* 日程 or a museum's *gallery* 展厅.

    A compound is a sense of two or three words without a function word, the term outside
    its brackets (:func:`_compound`): "checks and balances" and "remaining chapters (while
    reading a book)" name no compound that "Check your balance" or "Read the new chapter"
    would.  The source must say it as a phrase, in the gloss's order: the words before the
    term right before it (a preposition and a determiner may stand between them and the
    term: "a photo from your gallery"), the words after it right after it ("heat
    exhaustion").  A gloss word elsewhere in the clause names nothing ("Set a schedule for
    flight mode", "Edit the flight mode schedule": review R-3).  Words are compared as
    written, less a plural -s ("photos" is "photo"; "news" is no "new").

    A compound is the concept's own when its words are the concept's (its definition,
    subject field, the dictionary senses of its approved renderings) or when its Chinese
    word shares a character with an approved or forbidden rendering: "world record" 世界纪录
    beside 纪录, "outpatient department" 门诊室 beside 科室 are kinds of the concept, and a
    source that says one speaks of the concept (the finding stays).  Without the ``dict``
    extra, nothing is named."""
    wanted = _stems(term.source)
    if len(wanted) != 1:
        return ""
    before = [_as_written(w) for w in _TOKEN.findall(_CLAUSE_BREAK.split(source[:start])[-1])]
    after = [_as_written(w) for w in _TOKEN.findall(_CLAUSE_BREAK.split(source[end:])[0])]
    concept: frozenset[str] | None = None
    approved = {ch for text in (*term.targets, *term.forbidden) for ch in text
                if _HAN_RUN.match(ch)}
    other = ""
    for word, sense in senses_glossing(min(wanted)):
        if not _compound(sense) or not wanted <= _outside(sense):
            continue
        words = [_as_written(w) for w in _TOKEN.findall(_BRACKETS.sub(" ", sense).lower())
                 if w not in ("a", "an")]
        at = next((i for i, w in enumerate(words) if _stems(w) == wanted), None)
        if at is None or len(words) < 2 or not _said_as_a_phrase(
                words[:at], words[at + 1:], before, after):
            continue
        if concept is None:
            concept = _concept_words(term, wanted, word_senses) | frozenset().union(
                *map(_glosses, term.targets))
        if _meet(_stems(sense) - wanted, concept) or any(ch in approved for ch in word):
            return ""  # the concept's own compound: the source speaks of the concept
        other = other or word
    return other


#: What ends the clause a compound is said in: its punctuation.
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\[\]\"“”]")
#: Words that may stand between a compound's first words and the term ("a photo from your
#: gallery"): a preposition, then a determiner or a possessive.
_PREPOSITIONS = frozenset("from in on of at to into onto for with".split())
_DETERMINERS = frozenset("the a an your my our their his her its this that these those".split())


def _said_as_a_phrase(first: list[str], last: list[str], before: list[str],
                      after: list[str]) -> bool:
    """True when the words *before* the term end with *first* (or with *first*, a
    preposition and at most a determiner: "photo from your") and the words *after* it start
    with *last*, all as written (:func:`_as_written`)."""
    if last and after[:len(last)] != last:
        return False
    if not first:
        return True
    for gap in range(min(3, len(before) - len(first) + 1)):
        words, between = before[:len(before) - gap], before[len(before) - gap:]
        if between and (between[0] not in _PREPOSITIONS or not set(between[1:]) <= _DETERMINERS):
            continue
        if words[len(words) - len(first):] == first:
            return True
    return False


def _as_written(word: str) -> str:
    """*word* in lower case less a plural -s ("photos" → "photo"; not "news", "glass")."""
    word = word.lower()
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") \
        else word


def defines_the_sentence(term: Term, source: str) -> bool:
    """True when *source* holds a word of *term*'s definition, subject field or approved
    renderings' dictionary senses (:meth:`_Defined.spoken_of`; False without a definition):
    the sentence speaks of the concept itself."""
    wanted = _stems(term.source)
    defined = _Defined.of(term, wanted)
    return defined is not None and defined.spoken_of(
        english_keys(_MAGNITUDES.sub(" ", source)) - wanted)


def renders_the_compound(term: Term, source: str, start: int, end: int, target: str) -> str:
    """The dictionary word of *target* whose sense is the English compound the term makes
    with the word right before or after it in *source* (source[start:end] is the term),
    or "": "Choose a time slot" → 选择时段 (时段 "time slot") renders the compound *time
    slot*, not the airport's *slot*, whatever the concept's definition says of time."""
    wanted = _stems(term.source)
    before = _LAST_WORD.search(source[:start])
    after = _FIRST_WORD.match(source[end:])
    compounds = [_stems(f"{w.group(1)} {term.source}") for w in (before, after) if w]
    compounds = [c for c in compounds if len(c) > len(wanted)]
    if not compounds:
        return ""
    for word, senses, _after in _renderings(target, wanted, word_senses):
        if any(_outside(sense) in compounds and _compound(sense) for sense in senses):
            return word
    return ""


_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")
_FIRST_WORD = re.compile(r"\s+([A-Za-z]+)")


def _object_of_a_verb(sense: str, wanted: frozenset[str]) -> bool:
    """True when *sense* is a verb whose object holds the term: "to place an order", not
    "to order" (the term is the verb) nor "order" (no verb), nor a copula and its
    complement ("to be overdue" of 过期: the term itself said as a verb, no object)."""
    words = _TOKEN.findall(_BRACKETS.sub(" ", sense).lower())
    return len(words) >= 3 and words[0] == "to" and words[1] not in _COPULAS \
        and not wanted <= _stems(words[1]) and wanted <= _stems(" ".join(words[2:]))


#: Verbs that take a complement, not an object ("to be overdue", "to become obsolete").
_COPULAS = frozenset({"be", "become", "get", "remain", "seem"})


def opens_with_the_verb(target: str, verb: str) -> bool:
    """True when *target* opens with a dictionary word one of whose senses is the English
    *verb* ("to edit" of 编辑 for "Edit listing" → 编辑房屋信息): the source's first word
    is then that verb, not a noun before the term."""
    run = _HAN_RUN.search(target)
    if run is None or target[:run.start()].strip() or not verb.isalpha():
        return False
    wanted = f"to {verb.lower()}"
    text = run.group()
    for end in range(min(len(text), 4), 1, -1):
        senses = word_senses(text[:end])
        if senses:
            return any(sense == wanted or sense.startswith((wanted + " ", wanted + ","))
                       for sense in senses)
    return False


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,4}")


def another_expansion(term: Term, full_forms: Iterable[str], target: str) -> bool:
    """True when an acronym's occurrence stands for another expansion of its letters: the
    glossary gives the concept's full form (*EV*: "embedded value"), the target is Chinese
    and no dictionary word of it glosses a word of that full form or of the definition
    ("Find EV chargers nearby" → 电动汽车充电桩: electric vehicles, not the insurer's
    value).  A wrong rendering of the concept still translates some of it (嵌入价值 for
    内含价值, 欧洲央行 for 欧洲中央银行), shares a character with an approved rendering
    (宁德新能源 for 宁德时代) or is a dictionary word for the acronym itself (亚细安
    "ASEAN"), and stays term-missing."""
    if not _ACRONYM.fullmatch(term.source.strip()) or not _HAN_RUN.search(target):
        return False
    if any(ch in target for rendering in term.targets for ch in rendering if _HAN_RUN.match(ch)):
        return False  # 宁德新能源 for 宁德时代: the concept's name, miswritten
    words = frozenset().union(*(_stems(form) for form in full_forms))
    if not words:
        return False
    words |= _stems(term.source) | (_stems(_HAN_RUN.sub(" ", term.description)) if term.description
                                    else frozenset())
    index = _dictionary_words(target, word_senses)
    return not any(stem in index for stem in words)


def _special_sense(term: Term, wanted: frozenset[str], qualified: bool) -> bool:
    """True when no approved rendering is a dictionary word for the term: the glossary's
    concept is a sense the dictionary does not give the English word (书库 for *library* in
    an e-reader, 步数 for *steps*, 构建 for a CI *build*, 路况 for *traffic*).

    With *qualified* (a defined entry whose sentence says nothing of its definition), also
    when the dictionary gives the term for the approved renderings only qualified: 开发商
    "developer (of real estate …)", 登机口 "departure gate (aviation)", 滤镜
    "(photography) filter" — no plain "developer", "gate" or "filter"."""
    senses = [sense for rendering in term.targets for sense in word_senses(rendering)]
    if qualified:
        return not any(_bare(sense, wanted) and "(" not in sense for sense in senses)
    return not any(wanted <= _outside(sense) for sense in senses)


def _heads(rendering: str) -> tuple[str, ...]:
    """*rendering* and its endings of two characters or more: the head word of a compound
    the dictionary lacks (滑坡 of 山体滑坡 "landslide" with its qualifier 山体)."""
    return (rendering, *(rendering[i:] for i in range(1, len(rendering) - 1)))


def _general_word(term: Term, wanted: frozenset[str], word: str, senses: Iterable[str],
                  after: str, unspoken: bool = False) -> bool:
    """True when *word*, a dictionary word for the term, names it in the dictionary's own
    sense rather than the glossary's special one: one of its senses is the bare term
    ("library", "to build"; not "in step", a phrase that holds it), and it shares no other
    gloss with the approved renderings, nor their head (the last character, which says what
    kind of thing a Chinese compound names: 恒温器 and 温控器 are both devices, 捕获量
    and 捕捞量 both quantities; 步骤 "procedure" is not 步数, 图书馆 not 书库).  The glosses of
    an approved rendering's ending words count as its own: 山体滑坡, not in the dictionary,
    is 滑坡 "rockslide, landslide, mudslide" qualified, and 泥石流 "landslide, mudslide"
    shares "mudslide" with it, a synonym (trial T68)."""
    senses = list(senses)
    if not any(_bare(sense, wanted) for sense in senses):
        return False
    if (after in _head_characters(term)) if unspoken else _same_head(term, word, after):
        # a sentence that says nothing of the defined concept: only a compound the target
        # builds on the word with the concept's head (捕获+量 beside 捕捞量) is its kind; the
        # general word itself ending in that head (平台 "platform" beside 站台 "platform (at a
        # railway station)", 空间 "room" beside 直播间) names the word's general sense
        return False
    heads = [head for rendering in term.targets for head in _heads(rendering)]
    theirs = _not_the_term(frozenset().union(*map(_glosses, heads)), wanted)
    return not _meet(_not_the_term(_glosses(word), wanted), theirs)


def _labelled(term: Term, wanted: frozenset[str]) -> bool:
    """True when the dictionary gives an approved rendering for the term under a leading
    field label (滤镜 "(photography) filter"): the concept is one labelled kind of it."""
    return any(_LEADING_LABEL.match(sense) and wanted <= _outside(sense)
               for rendering in term.targets for sense in word_senses(rendering))


def _under_another_label(senses: list[str], concept: frozenset[str],
                         context: frozenset[str]) -> bool:
    """True when the dictionary gives the target's word for the term only under a leading
    field label (矿床 "(mineral) deposit", 容器 "(computing) container") that names none
    of the concept's words, and the sentence names none of them either: the word is the
    term of that field (a copper deposit, food containers), not the concept of a bank
    or a port.  A concept that is itself a labelled kind of the thing is left to
    :func:`_a_labelled_kind` (过滤器 "(machine) filter" beside 滤镜 "(photography) filter")."""
    labels: set[str] = set()
    for sense in senses:
        label = _LEADING_BRACKET.match(sense)
        if label is None or not _a_field(label.group(1)):
            return False  # a bare sense, or a label of usage: (Tw) 软体 is still software
        labels |= _stems(label.group(1))
    return bool(labels) and not _meet(frozenset(labels), concept) and not _meet(context, concept)


#: CC-CEDICT's leading labels that say how, where or when a word is used, not in what field
#: ("(Tw) software", "(dialect) mouse", "(bound form) bat"); abbreviated ones end in a dot
#: ("(coll.)", "(fig.)"), and "(of a person)", "(used in names)" restrict, not classify.
_USAGE_LABELS = frozenset("""
    literary tw idiom dialect old slang archaic loanword polite honorific prc formal jocular
    attributive cantonese classical suffix prefix phonetic euphemism not name vulgar hk
    taiwan colloquial written humble informal mainland internet
    """.split())


def _a_field(label: str) -> bool:
    """True when a dictionary label names a field ("computing", "mineral", "sports")."""
    words = label.lower().split()
    return bool(words) and "." not in label and words[0] not in _USAGE_LABELS and words[0] not in (
        "of", "used", "in", "esp", "neologism", "bound", "lit", "also", "e.g.", "i.e.")


def _a_labelled_kind(senses: list[str], wanted: frozenset[str]) -> bool:
    """True when the dictionary gives the term for *senses*' word only under a field label
    ("(machine) filter"; no plain "filter"): the word names one kind of the thing, and a
    concept that is another kind of it (滤镜 "(photography) filter") is the same sense of
    the English word rendered by the wrong kind, not another sense."""
    return any(_LEADING_LABEL.match(sense) for sense in senses) and not any(
        _bare(sense, wanted) and not _LEADING_LABEL.match(sense) for sense in senses)


def _same_head(term: Term, word: str, after: str) -> bool:
    """True when *word* (with *after*, the target's character after it) ends in the last
    character of an approved or forbidden rendering: the head of a Chinese compound says
    what kind of thing it names (恒温器 and 温控器 are both devices, 捕获量 and 捕捞量 both
    quantities, 申诉 and 上诉 both appeals), a character elsewhere only qualifies it (步骤
    "procedure" and 步数 "step count", 位置 "place" and 职位 "post")."""
    heads = _head_characters(term)
    return word[-1] in heads or after in heads


def _head_characters(term: Term) -> frozenset[str]:
    """The last character of each approved or forbidden rendering of *term*."""
    return frozenset(rendering[-1] for rendering in (*term.targets, *term.forbidden) if rendering)


def _bare(sense: str, wanted: frozenset[str]) -> bool:
    """True when *sense*, outside its brackets and less an article or *to*, is the term."""
    if _LEADING_LABEL.match(sense):
        return False  # "(machine) filter": one kind of it
    words = [w for w in _TOKEN.findall(_BRACKETS.sub(" ", sense).lower()) if w not in _HEAD_SKIP]
    return _stems(" ".join(words)) == wanted and len(words) == len(wanted)


def _renderings(target: str, wanted: frozenset[str], senses_of: _Lookup
                ) -> list[tuple[str, list[str], str]]:
    """Dictionary words of *target* with a sense containing every stem of *wanted*.

    A word inside a longer one found is left out (政策 inside 隐私政策).
    """
    if not wanted:
        return []
    stem = min(wanted)  # every matching sense holds this stem: look only at those
    found: dict[tuple[int, int, str], list[str]] = {}
    for start, end, word, sense, outside in _dictionary_words(target, senses_of).get(stem, ()):
        if wanted <= outside:
            found.setdefault((start, end, word), []).append(sense)
    return [(word, senses, target[end:end + 1]) for (start, end, word), senses in found.items()
            if not any(s <= start and end <= e and (s, e) != (start, end)
                       for s, e, _ in found)]


_Entry = tuple[int, int, str, str, frozenset[str]]


@lru_cache(maxsize=8)
def _dictionary_words(target: str, senses_of: _Lookup) -> dict[str, list[_Entry]]:
    """Every dictionary word of *target*'s Han runs with each of its senses, filed under each
    stem outside the sense's brackets: (start, end, word, sense, those stems), in text order.

    Read once per target: a long unit with many glossary terms asked about each term, and
    scanning the whole target for every term cost time quadratic in the unit's length.
    """
    index: dict[str, list[_Entry]] = {}
    for run in _HAN_RUN.finditer(target):
        text = run.group()
        for i in range(len(text)):
            for j in range(min(len(text), i + _LONGEST), i + 1, -1):
                for sense in senses_of(text[i:j]):
                    outside = _outside(sense)
                    entry = (run.start() + i, run.start() + j, text[i:j], sense, outside)
                    for stem in outside:
                        index.setdefault(stem, []).append(entry)
    return index


def _concept_words(term: Term, wanted: frozenset[str], senses_of: _Lookup) -> frozenset[str]:
    """The other words of the approved renderings' senses that contain the term, the
    subject field's words and the definition's: what the concept itself is qualified by
    (the smart-home hub "that connects devices to the network" is 集线器's "hub
    (network)", not another sense of it)."""
    words: set[str] = set(_stems(term.subject))
    if term.description:
        words |= _stems(_HAN_RUN.sub(" ", term.description)) - wanted
    for rendering in term.targets:
        for sense in senses_of(rendering):
            stems = _stems(sense)
            if wanted <= stems:
                words |= stems - wanted
    return frozenset(words)


def _verdict(senses: Iterable[str], wanted: frozenset[str], concept: frozenset[str],
             context: frozenset[str], approved: set[str], word: str) -> str:
    """SAME or OTHER for one rendering of the term found in the target (see the module doc)."""
    senses = list(senses)
    if not any(_stems(sense) == wanted for sense in senses):  # no plain "appeal" sense
        for sense in senses:  # the sentence names this sense, and it is not the concept's
            qualifiers = _stems(sense) - wanted
            if qualifiers & context and not qualifiers & concept:
                return Evidence.OTHER
    if any(ch in approved for ch in word):
        return Evidence.SAME
    for sense in senses:
        outside = _outside(sense) - wanted
        if not outside or (_stems(sense) - wanted) & concept or not _compound(sense):
            return Evidence.SAME
    return Evidence.OTHER


_TOKEN = re.compile(r"[A-Za-z]+")
_LEADING_LABEL = re.compile(r"^\s*\(")
_LEADING_BRACKET = re.compile(r"^\s*\(([^)]*)\)")
_TRAILING_BRACKET = re.compile(r"[A-Za-z][^()]*\(([^)]*)\)")
_HEAD_SKIP = frozenset({"to", "the", "a", "an"})


def only_a_homonym(term: Term, word: str) -> bool:
    """True when the dictionary links *word* to *term*'s approved renderings by the English
    term alone: both have other glosses, they share none (nor a character), so the two
    render two senses of one English word (提示 "suggestion, reminder, tip" and 小费 "tip,
    gratuity"; not 设定 "to set up, setting" and 设置 "to set up")."""
    wanted = _stems(term.source)
    if not wanted or any(ch in rendering for rendering in term.targets for ch in word):
        return False
    mine = _not_the_term(_glosses(word), wanted)
    theirs = _not_the_term(frozenset().union(*map(_glosses, term.targets)), wanted)
    return bool(mine) and bool(theirs) and not _meet(mine, theirs)


def only_as_a_verb(term: Term, word: str) -> bool:
    """True when the dictionary gives *word* for *term* only as a verb: every sense of it
    that holds the term starts with "to" (筛选 "to filter"; not 过滤 "to filter, filter")."""
    wanted = _stems(term.source)
    senses = [sense for sense in word_senses(word) if wanted and wanted <= _outside(sense)]
    return bool(senses) and all(sense.lower().startswith("to ") for sense in senses)


def a_near_synonym(term: Term, word: str, neighbours: frozenset[str]) -> bool:
    """True when *word*, a dictionary word of the target for *term*, shares a Han character
    with an approved rendering, renders the term alone and no sense of it names a neighbour
    of the term in the source (*neighbours*: stems): the translator rendered the word
    itself, the concept, by a near-synonym (助学金 "scholarship" beside 奖学金 in "The
    scholarship covers tuition"), whatever compound English makes of it.

    Rendering the term alone is having a sense that is the bare term (退休金 "pension",
    过期 "to be overdue": a copula adds nothing) or sharing two characters with an approved
    rendering, the concept's stem (登机门 "boarding gate" beside 登机口).  A sense that is
    the term and another word renders a compound (影迷 "film enthusiast, movie fan" for
    "Film buffs", 票贩子 "ticket scalper" for "Ticket touts": review Z-8), and so does a word
    whose sense names the neighbour; the compound's sense is another matter."""
    if not word:
        return False
    approved = {ch for rendering in term.targets for ch in rendering if _HAN_RUN.match(ch)}
    shared = sum(ch in approved for ch in set(word))
    wanted = _stems(term.source)
    senses = word_senses(word)
    alone = shared >= 2 or any(_the_bare_term(sense, wanted) for sense in senses)
    return shared >= 1 and alone and not any(_meet(_stems(sense), neighbours) for sense in senses)


#: Words a sense may add to the bare term and still be it: articles, *to*, a copula.
_BARE_SKIP = frozenset({"to", "be", "the", "a", "an"})


def _the_bare_term(sense: str, wanted: frozenset[str]) -> bool:
    """True when *sense*, outside its brackets and less articles, *to* and *be*, is the term
    ("pension", "to be overdue"; not "film enthusiast", "(machine) filter")."""
    if _LEADING_LABEL.match(sense):
        return False
    words = [w for w in _TOKEN.findall(_BRACKETS.sub(" ", sense).lower()) if w not in _BARE_SKIP]
    return bool(words) and len(words) == len(wanted) and _stems(" ".join(words)) == wanted


def a_plain_synonym(term: Term, word: str) -> bool:
    """True when the dictionary gives *word* and an approved rendering of *term* both as the
    bare term (分红 "dividend" and 股息 "dividend"): two words for the word's one plain
    sense, synonyms in any sentence, whatever field it is about."""
    wanted = _stems(term.source)
    return bool(wanted) and any(_only_the_term(sense, wanted) for sense in word_senses(word)) \
        and any(_only_the_term(sense, wanted)
                for rendering in term.targets for sense in word_senses(rendering))


def _only_the_term(sense: str, wanted: frozenset[str]) -> bool:
    """True when *sense* is the term and nothing else: no bracket, no figure, no other word
    ("dividend", "to deposit"; not "platform (at a railway station)", "100% cotton")."""
    words = [w for w in sense.lower().split() if w not in _HEAD_SKIP]
    return len(words) == len(wanted) and all(w.isalpha() for w in words) \
        and _stems(" ".join(words)) == wanted


#: Number words say nothing of a sentence's topic ("billion", stemmed "bill", is no bill).
_MAGNITUDES = re.compile(r"(?i)\b(?:hundred|thousand|million|billion|trillion)s?\b")


def _not_the_term(words: frozenset[str] | set[str], wanted: frozenset[str]) -> frozenset[str]:
    """*words* less the term's own word family: "settle" is no gloss two renderings of
    *settlement* share (结算 "to settle a bill", 和解 "to settle (a dispute)"), nor is
    "application" for *apply*: one is a prefix of the other, or they share five letters."""
    return frozenset(w for w in words if not any(
        w.startswith(s) or s.startswith(w) or (len(w) >= 5 and w[:5] == s[:5])
        for s in wanted))


def _glosses(word: str) -> frozenset[str]:
    return frozenset().union(*map(_stems, word_senses(word)))


def _meet(words: frozenset[str], others: frozenset[str]) -> bool:
    """True when a word of *words* is one of *others*, or one is the other's start (the
    stemmer gives "save" for *Save* and "sav" for *saved*)."""
    return any(a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))
               for a in words for b in others)


class _Defined:
    """An entry with a definition: what the glossary says its sense is.

    A longer term has a sense too ("waiting room": the video call's virtual lobby, not
    候车室 "waiting room (for train, bus etc)"), but only a one-word entry (``one_word``)
    has a general word of its own that a sentence without the definition may mean.
    ``profile`` is every word of the definition, the subject field and all the
    dictionary senses of the approved renderings; ``narrow`` the definition's words
    that also qualify the approved renderings' senses of the term (存款 "bank deposit"
    and "Money placed with a bank"): the concept is that narrower sense.
    """

    def __init__(self, term: Term, wanted: frozenset[str], definition: frozenset[str]) -> None:
        self.term, self.wanted = term, wanted
        self.one_word = len(_TOKEN.findall(term.source)) == 1
        qualifiers: set[str] = set()
        glosses: set[str] = set()
        for rendering in term.targets:
            for sense in word_senses(rendering):
                stems = _stems(sense)
                glosses |= stems
                if wanted <= stems:
                    qualifiers |= stems
        self.profile = _not_the_term(definition | _stems(term.subject) | glosses, wanted)
        self.narrow = _not_the_term(definition & qualifiers, wanted)
        #: what the dictionary says of the approved renderings besides the term itself
        self.told = _not_the_term(frozenset(glosses), wanted)

    @classmethod
    def of(cls, term: Term, wanted: frozenset[str]) -> _Defined | None:
        """The definition of *term*, or None (no definition)."""
        if not term.description:
            return None
        definition = _stems(_HAN_RUN.sub(" ", term.description)) - wanted
        return cls(term, wanted, definition) if definition else None

    def spoken_of(self, context: frozenset[str]) -> bool:
        """True when the sentence's words (*context*) meet the concept's profile."""
        return _meet(context, self.profile)

    def excludes(self, word: str, senses: Iterable[str], same_head: bool,
                 context: frozenset[str]) -> bool:
        """True when the sentence (its words: *context*) says nothing of the defined concept
        and the dictionary's senses of *word* that render the term are not the
        defined concept: each names the term only for things its bracket lists and the
        concept's words do not (草案 "draft (legislation, proposal etc)" against the e-mail
        draft; 现场 "the scene (of a crime, accident etc)" against the smart-home scene;
        聘任 "to appoint (to a position)" against the doctor's appointment), or the concept
        is a narrower sense that no sense of the word names (押金 "deposit" against 存款,
        "Money placed with a bank"; a character shared with an approved rendering keeps
        it a synonym then), or the word and the approved renderings share no gloss but
        the term and no character, and none of the word's glosses is in the definition
        (法案 "bill, proposed law" against 账单 "bill, check", "A statement of money owed";
        兴趣 "interest, hobby" against 利息 "interest (on a loan)"): two words that only
        an English homonym links.  When the dictionary says nothing of the approved
        renderings but the term (账单 "bill"), the sentence must name one of the word's
        other glosses ("law" for "proposed law"; not "lawyers": no string prefixes).  "Save as
        draft" → 草案 stays term-missing: *save* is in the e-mail draft's definition."""
        if self.spoken_of(context):
            return False
        senses = list(senses)
        if self._bracketed_elsewhere(senses):
            return True
        if same_head or _a_labelled_kind(senses, self.wanted):
            # 限额 beside 配额: a synonym, whatever the glosses say; 过滤器 "(machine)
            # filter": a kind of the thing, as the concept is another kind of it
            return False
        glosses = _not_the_term(_glosses(word), self.wanted)
        if self.narrow and not _meet(glosses, self.narrow):
            return True
        return bool(self.told or glosses & context) and bool(glosses) and not _meet(
            glosses, self.profile)

    def _bracketed_elsewhere(self, senses: list[str]) -> bool:
        word = self.term.source.strip().lower()
        qualified = False
        for sense in senses:
            if _LEADING_LABEL.match(sense):
                return False  # "(computing) to upgrade": a field label, not ours to judge
            head = [w for w in _TOKEN.findall(_BRACKETS.sub(" ", sense).lower())
                    if w not in _HEAD_SKIP]
            bracket = _TRAILING_BRACKET.search(sense)
            if bracket is None:
                if len(head) != 1 or head[0] in (word, word + "s", word + "es"):
                    return False  # a bare sense ("deposit", "to tip") or a phrase
                continue  # the word in another form ("appointed"): neither way
            named = _stems(bracket.group(1)) - self.wanted
            if not named or _meet(named, self.profile):
                return False
            qualified = True
        return qualified


def _compound(sense: str) -> bool:
    """True for a sense that names a narrower thing: two or three words with no function word
    ("sex appeal", "gramophone record"), not a phrase ("to lodge an appeal", "claim for
    damages") that may just say the concept in other words."""
    words = _TOKEN.findall(_BRACKETS.sub(" ", sense).lower())
    if words[:1] in (["a"], ["an"]):  # "a bitter lesson" names a thing as "bitter lesson" does
        words = words[1:]
    return 2 <= len(words) <= 3 and not any(w in STOP for w in words)


def _outside(sense: str) -> frozenset[str]:
    """The stems of *sense* outside its brackets: a term named only in a bracket is the
    word's object or context (吸取 "to draw (a lesson, insight etc)", 充电 "to recharge (a
    battery)"), and the word does not render it."""
    return _stems(_BRACKETS.sub(" ", sense))


@lru_cache(maxsize=65536)
def _stems(sense: str) -> frozenset[str]:
    return english_keys(sense.replace("-", " "))
