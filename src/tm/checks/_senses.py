"""Is a glossary word in the source used in the glossary's sense?  (private)

A glossary entry names a concept: *balance* (Banking, noun) → 余额.  The same
English word also serves other concepts: "to balance growth and risk" (a verb),
"the balance sheet" (a longer compound), "the transfer of its captain" in a
football sentence.  A translation without 余额 is then right, and term-missing
would be a false alarm.  Without a sense dictionary, the evidence is the
English grammar around the word and the entry's own metadata; an occurrence is
taken for another sense, and term-missing is not reported, when the target
holds no approved nor forbidden rendering and one of these holds:

* **a verb where the entry is a noun** (its ``partOfSpeech``): right after
  *please*, *kindly* or *let's* ("Please contact the office"), or a subject
  pronoun ("We forecast that"), right after *to* with an object or a phrasal
  verb's particle after it ("to balance growth", "to catch up"; a quantifier
  opens an object too: "to store more beans", not "to equity more than"), right
  after a modal with an object after it ("must balance speed", "will host 40 teams": after a modal a
  figure opens the object; after *to* it numbers the noun, "go to stage 2"),
  right after a modal and adverbs or *not* ("can now berth", "do not match"),
  or after a modal or *do* and a subject that is a pronoun, a name or a plural
  ("How did Asian teams fare", "Can I transfer"; not "can check balance", where
  *check* is the verb);
* **a verb after a plural subject**: "the ads claim every guesthouse …" (a
  plural noun after a determiner before it, an object after it), or a verb in -s
  after a pronoun subject: "She shares a flat", "the app that shares your location";
* **an adjective**: a noun entry whose word is a frequent adjective (*major*, *final*,
  *net*) opening a sentence or after *a* / *an*, with a content word after it ("Major
  flooding", "a final decision"; not "a major in physics", "The final was postponed",
  "Your major appears on the transcript");
* **part of a longer compound**: the subject "X N" of a verb ("the balance
  sheet has shrunk", "the transfer fee is reported", "the policy decision
  lifted"), "X Ns" followed by its verb ("Premium valuations leave"; English
  spelling cannot tell it from a verb in -s: "The scholarship covers tuition"),
  a noun or a figure's modifier right before it ("late payment penalty", "a
  10-point penalty", "18K gold"; not "full-year guidance"), or a hyphen joining
  it to another word ("the hog-to-grain price ratio").  Where the term modifies
  the noun after it, it is still the concept, qualifying another thing: a target
  that renders the word itself with a dictionary word for it alone (a sense that
  is the bare term, or two characters of an approved rendering) that shares a
  character with an approved rendering, and no sense of which names the
  compound's other words, has the concept by a near-synonym ("The pension fund
  was audited" → 退休金基金 against 养老金; "The scholarship covers tuition" →
  助学金 against 奖学金; not "Pension payments rose" → 退休金支付额, 退休金
  "retirement pay" naming the payments; not 影迷 "film enthusiast" for "Film
  buffs", the dictionary's word for the compound): no compound then, term-missing.  On
  the 33 development catalogs this reported four genuine errors the compound had
  hidden (heldout9, 25, 26, 31) and no false alarm.  A modifier before the term
  may make another kind of it ("4K screens" → 屏幕 is no cinema 银幕) and stays a
  compound;

* **what the note excludes** (any entry): a clause of the note that opens with *Not*,
  *Never*, *Excludes* or *Other than* names things the concept is not ("Not a phone or
  laptop charger."); one of their words beside the term ("phone chargers") says it is
  that thing;
* **a phrasal verb**: a hyphenated noun entry (*check-in*, *sign-up*) found written as
  two words where a verb stands ("Check in at the front desk", "Sign up today"; not
  "Online check in opens", "The check in desk");
* **part of a name**: the word written capitalized beside another capitalized word
  (after it, or before it not at a sentence start) in a sentence otherwise in lower
  case ("Yuan Zhiwei, an economist …", "the Premium Plan"); a title in title case
  ("Track Your Order") has nothing to stand out from and is still the word;
* **a set phrase**: a bare word between *in / on / by* and *of / to / for /
  with* is part of a complex preposition ("in order to", "in charge of", "in
  return for", "on behalf of"), and so is *free of charge* and a noun between
  a preposition with *the* and *of* ("under the guidance of", "at the request
  of");
* **an imperative**: the first word of a string or sentence followed by an
  adverb or an object ("Order again after {time}"; a placeholder object with a
  preposition after it: "Contact %(name)s about this deal"; *without* and a gerund
  after a word English uses as a verb, in a short prompt or a question: "Exit without
  saving?"; not "Order details", "Order %s has shipped", "Insurance without
  underwriting is risky");
* **no rendering and a sign of another thing** (only when the target holds no
  dictionary rendering of the term, :mod:`._target_sense`): a measure ("a
  flood of donations") or a noun modifier before the word ("Subway riders",
  "Hospital admissions", "the container terminal"; adjectives by their endings
  and a few common ones are no modifier, nor a word in -er that is a comparative, has
  no plural in the dictionary's glosses ("the proper form") or opens the string:
  "Enter room").  It hid one genuine error on the development sets ("Open
  network settings" → 网络配置), against five false alarms it removed;
* **another field's context**: the source holds other glossary concepts, and
  every one is of another subject field than the entry's ("the Premier League
  club confirmed the transfer of its captain": Sports, against *transfer*,
  Banking).  A measure (a unit or currency after a figure, "0.35 yuan", "9.5
  million tonnes", or a rate's unit, "yuan a tonne") says nothing of the topic
  and is not counted, nor is a name (a capitalized term: a company, a ministry,
  a university is named in sentences of any topic; heldout9's "Tsinghua
  University will admit … undergraduates" → 大学生 was hidden by it).  A
  dictionary synonym of the term in the target no longer overrides it: a word
  like 屏幕 "screen (TV, computer or movie)" names the concept's kind among
  others ("Keep screen on during workouts", Fitness, against the cinema's
  银幕), and on the development sets the override kept only that false alarm.

Not used, because genuine errors fell with it on the development sets: any noun
after the word ("Account settings" → 账号设置 is a wrong rendering of
*account*; "revenue fell" has a verb there, which English spelling cannot tell
from a noun).

The target is read first (:mod:`._target_sense`, any lower-case entry): a
dictionary word of the target that renders the term in another sense settles
it, and a plain synonym of the term there overrides the other-field rule.  A
sentence that names another common-noun concept of the entry's subject field
("Each exam counts for half of the final mark": *exam* and *mark*, both
Education) speaks of the concept, and the target readings that need a sentence
silent about it do not apply (``in_field`` of :func:`target_evidence`), unless the
term modifies a word after it ("the draft contract": another thing).  The
English rules above apply to single-word, lower-case entries only: names,
acronyms and multi-word terms (*European Central Bank*, *ECB*, *basis point*)
have one sense.  A wrong synonym (申诉 for 上诉, 罚球 for 点球) is still
term-missing wherever the word is used in the entry's sense.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from tm._shared.script import HAN, has_han
from tm.checks._phrases import in_set_phrase
from tm.checks._target_sense import (
    NOUN_CLASSES,
    Evidence,
    a_near_synonym,
    counted_with_a_classifier,
    only_as_a_verb,
    opens_with_a_verb,
    opens_with_the_verb,
    target_evidence,
)
from tm.checks.placeholders import mask_placeholders
from tm.glossary import TermHit, english_keys, english_verbs, gloss_words
from tm.model import Term
from tm.numbers import extract_numbers

__all__ = ["a_measure", "kept_as_a_name", "note_renderings", "other_sense"]

#: Words after a term that do not make it the modifier of a compound.
_FUNCTION = frozenset("""
    a an the this that these those it its his her their our your my of and or but nor to in
    on at for with from by into onto over under as than is are was were be been being am has
    have had do does did will would can could should shall may might must not no so if then
    when while which who whom whose what where why how also only just still yet already now
    here there very more most less least all any each every some such per via about after
    before since until up down out off again ago away back i you he she we they me him us them
    s t
    """.split())
_DETERMINERS = frozenset("""
    a an the this that these those my your his her its our their no any each every some
    another other either neither which what whose
    """.split())
_MODAL = re.compile(r"(?i)\b(?:did|do|does|didn't|don't|doesn't|will|would|can|could|should|"
                    r"shall|may|might|must|won't|can't|cannot)((?:\s+[A-Za-z']+){0,3})\s+$")
#: A bare word between "in / on / by" and "of / to / for / with" is part of a complex
#: preposition (in order to, in charge of, in return for, on behalf of, in line with).
_IN_FRAME = re.compile(r"(?i)\b(?:in|on|by)\s+$")
_FRAME_END = re.compile(r"(?i)\s+(?:of|to|for|with)\b")
_FREE_OF = re.compile(r"(?i)\bfree\s+of\s+$")
#: A noun between a preposition with "the" and "of" heads a complex preposition too
#: (under the guidance of, with the help of, at the request of, on the basis of).
_THE_FRAME = re.compile(r"(?i)\b(?:in|on|under|with|at|for)\s+the\s+$")
_OF = re.compile(r"(?i)\s+of\b")
#: The first word of a string or sentence, then an adverb or an object: an imperative
#: ("Order again after {time}", "Transfer it now"), not a label ("Order details").
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+)\W*$")
#: *without* and a gerund after the first word: an imperative when that word is a verb
#: and the string a short prompt ("Exit without saving?", "Continue without signing in").
_WITHOUT_GERUND = re.compile(r"\s+without\s+[a-z]+ing\b", re.I)
#: How many words a prompt of that shape has at most, unless it is a question.
_PROMPT_WORDS = 4
_IMPERATIVE_NEXT = re.compile(
    r"\s+(?:(?:again|now|today|online|here|it|them|more|this|these|that|those|the|a|an|your|"
    r"my|our|their|his|her|something|anything)\b"
    # a placeholder object, then a preposition: "Contact %(name)s about this deal", not the
    # label "Order %s" or "Order %s has shipped"
    r"|\ufffc+\s+(?:about|for|to|with|on|at|by|via|from|regarding)\b)", re.I)
#: "Please contact the office", "Kindly note", "Let's review": a verb follows.
_PLEASE = re.compile(r"(?i)\b(?:please|kindly|let's|let\s+us)\s+$")
#: "a flood of", "a wave of": a measure of something else, read only without a
#: rendering of the term in the target.
_MEASURE = re.compile(r"(?i)\ban?\s+$")
#: "a thin layer of", "a vast reservoir of": a measure with one adjective between.
_A_MEASURE_OF = re.compile(r"(?i)\ban?\s+(?:[a-z]+\s+)?$")
#: Words that open an object as a determiner does ("to store more beans", "must hold all
#: shares"), unless a comparison follows ("more than").
_QUANTIFIERS = frozenset("more less fewer most all both enough several many much".split())
_THAN = re.compile(r"(?i)\s+\w+\s+than\b")
#: Adverbs that stand between a modal and its verb ("can now berth", "will soon open"), and
#: the negation ("do not match", "will not host").
_ADVERBS = frozenset("""
    now also still only soon never always already just even then often usually rarely
    quickly easily finally again once automatically not
    """.split())
#: A subject pronoun that no determiner use shares: the next word is its verb ("We
#: forecast that", "They contact us"); not "you", which may stand before a noun.
_SUBJECT_PRONOUN = re.compile(r"(?:^|(?<=[\s\"'“(]))(?:I|[Ww]e|[Tt]hey)\s+$")
#: The particle of a phrasal verb ("to catch up", "to back out"): the word before is a verb.
_PARTICLES = frozenset("up out off down away back over".split())
_PRONOUNS = frozenset("i you we they he she it one".split())
_TO = re.compile(r"(?i)\bto\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Za-z][a-z]*)\b")
_FIGURE_AFTER = re.compile(r"\s+\d")
_WORD_BEFORE = re.compile(r"([A-Za-z0-9]+(?:-[A-Za-z0-9]+)+|[A-Za-z]+)\s+$")
#: A noun after the word, then a verb that needs a subject: the two words are one subject
#: ("the balance sheet has shrunk", "the transfer fee is reported"); a verb right after the
#: word itself ("revenue fell", "artifacts date back") is not followed by one of these.
_COMPOUND_SUBJECT = re.compile(
    r"\s+([a-z]+)\s+(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might"
    r"|must|does|did|[a-z]+ed)\b"
    r"|\s+([a-z]+[^s\W]s)\s+(?!(?:of|and|or|in|on|at|for|to|with|from|by|as|than)\b)[a-z]+")
#: A plural noun after a determiner: the subject of a verb that follows ("the ads claim").
_PLURAL_SUBJECT = re.compile(
    r"(?i)\b(?:the|these|those|their|our|its|his|her|my|your|many|most|some|all|both)\s+"
    r"[a-z]+[^s\W]s\s+$")
#: A pronoun that is the subject of a verb in -s right after it ("she shares", "who owns").
_SINGULAR_SUBJECT = re.compile(r"(?i)\b(?:he|she|it|who|which|that)\s+$")
_OBJECT_START = frozenset("every each the a an this that these those his her their its our "
                          "your my all some no any".split())
#: Endings of English nouns that modify a following noun (payment penalty, settlement fee).
_NOUN_ENDING = re.compile(r"(?i)(?:ment|tion|sion|ance|ence|ity|ness|ship)$")
_NOUNS = NOUN_CLASSES


def other_sense(hit: TermHit, source: str, hits: Sequence[TermHit], target: str) -> str:
    """Why *hit* (a term found in *source*) is not the entry's sense, or "" when it may be.

    *hits* are all the glossary terms found in *source*; *target* is the translation
    (which holds none of the term's approved or forbidden renderings).  The readings are
    tried in order: the glossary's note, names, the target's dictionary evidence, then
    (single-word entries) the English grammar, then signs read only without a rendering.
    """
    term = hit.term
    told = _told_by_the_note(hit, source, target)
    if told or not term.source.islower():
        return told  # names and acronyms have one sense
    if _in_a_name(hit, source):
        return "part of a name"  # Yuan Zhiwei is not the yuan
    evidence, rendering = target_evidence(term, source, target, label=_names_a_label(source, hit),
                                          in_field=_names_a_fellow_concept(hit, source, hits))
    if evidence == Evidence.OTHER and any(rendering in t for t in term.targets):
        evidence = Evidence.SAME  # 资料 of 个人资料: the concept's own rendering cut short
    if evidence == Evidence.OTHER:
        return f"{rendering} renders another sense"
    if _a_phrasal_verb_for_a_hyphenated_noun(hit, source):
        return "a phrasal verb"  # "Check in at the front desk", not the noun check-in
    if " " in term.source.strip() or "-" in term.source:
        return ""
    why = _told_by_the_grammar(hit, source, target, evidence, rendering)
    if not why and evidence == Evidence.NONE:
        why = _another_thing_without_a_rendering(hit, source, target)
    if not why and _other_field(hit, source, hits):
        why = "another field"  # the weakest rule (see the module doc)
    return why


def _a_phrasal_verb_for_a_hyphenated_noun(hit: TermHit, source: str) -> bool:
    """True when a hyphenated one-word noun entry (*check-in*, *sign-up*, *pick-up*) is
    found written as two words where a verb stands: opening a sentence or after *to*, a
    modal, *please* or a subject pronoun, with no content word after it ("Check in at the
    front desk", "Sign up today", "Guests can check in after 3 p.m.").  Style guides spell
    the noun with its hyphen, but UI text often writes it open ("Online check in opens",
    "The check in desk", "Late check out costs extra": review R-24), so the spelling
    alone says nothing."""
    term = hit.term.source.strip()
    if not ("-" in term and " " not in term and " " in hit.text.strip()
            and hit.term.pos.strip().lower() in _NOUNS):
        return False
    before, after = source[:hit.start], source[hit.end:]
    if not (_SENTENCE_START.search(before) or _VERB_BEFORE.search(before[-12:])):
        return False
    following = _WORD_AFTER.match(after)
    return following is None or following.group(1).lower() in _AFTER_A_VERB


#: Words after a phrasal verb that are no noun it modifies: function words and adverbs
#: ("Check in early", "Sign up today", "Check out online").
_AFTER_A_VERB = _FUNCTION | _ADVERBS | frozenset(
    "today tomorrow tonight online early later here there".split())
#: Words after which a verb stands: *to*, a modal, *please*, a subject pronoun.
_VERB_BEFORE = re.compile(r"(?i)\b(?:to|can|could|will|would|must|should|may|might|please|"
                          r"I|you|we|they)\s+$")


def _told_by_the_note(hit: TermHit, source: str, target: str) -> str:
    """Why the entry's note says *hit* is another sense: the target uses a word the note
    gives for another sense, or the source names a thing the note excludes; "" if not."""
    term = hit.term
    used = next((word for word in note_renderings(term) if word in target), "")
    if used:
        return f"{used} is the glossary note's rendering of another sense"
    excluded = note_exclusions(term) & english_keys(source[max(0, hit.start - 40):hit.end + 40])
    if excluded:
        return f"the glossary note excludes it ({', '.join(sorted(excluded))})"
    return ""


def _told_by_the_grammar(hit: TermHit, source: str, target: str, evidence: str,
                         rendering: str) -> str:
    """Why the English around a one-word entry makes it another word: a verb, a compound,
    a set phrase, a fixed expression, a count or a measure of something else; "" if not."""
    term = hit.term
    before, after = source[:hit.start], source[hit.end:]
    noun = term.pos.lower() in _NOUNS
    if noun and (_is_verb(before, after, hit.text) or (
            _SENTENCE_START.search(before) and _IMPERATIVE_NEXT.match(mask_placeholders(after)))
            or _a_prompt_without(source, hit)):
        return "a verb"
    if noun and _an_adjective_before_a_noun(hit, before, after):
        return "an adjective"  # "Major flooding" is no university major
    if noun and evidence == Evidence.SAME and _in_a_verbs_place(
            source, hit) and only_as_a_verb(term, rendering):
        return "a verb: the target renders it with a verb"  # Filter by date → 按日期筛选
    compound = _compound_kind(before, after)
    if compound and not (compound == _MODIFIER and evidence == Evidence.SAME and a_near_synonym(
            term, rendering, _neighbours(source, hit))):
        return "a compound"  # unless the modifier is rendered by a near-synonym (see doc)
    if (_IN_FRAME.search(before[-12:]) and _FRAME_END.match(after)) or (
            _FREE_OF.search(before[-12:])) or (
            _THE_FRAME.search(before[-16:]) and _OF.match(after)):
        return "a set phrase"  # in order to, in charge of, free of charge, under the X of
    if in_set_phrase(hit.text.lower(), hit.start, hit.end, source):
        return "a fixed expression"  # of course, at stake, in stock, behind the scenes
    if _COUNT_BEFORE.search(before[-20:]) and _counted(term.targets, target):
        return "a count in the term's unit"  # 10,000 steps → 一万步, not 步数 (step count)
    if _A_MEASURE_OF.search(before[-24:]) and _OF.match(after) and counted_with_a_classifier(
            target):
        return "a measure of something else"  # a thin layer of frost → 一层薄霜
    return ""


def _another_thing_without_a_rendering(hit: TermHit, source: str, target: str) -> str:
    """Why *hit* names another thing, read only when the target holds no dictionary word for
    the term: a label the target opens with a verb, a measure of something else, a noun
    modifier before it; "" if none."""
    term = hit.term
    before, after = source[:hit.start], source[hit.end:]
    if term.pos.lower() in _NOUNS and _opens_a_label(source, hit) and opens_with_a_verb(target):
        return "a verb: a label the target opens with a verb"  # Crop → 裁剪 "to cut out"
    if _MEASURE.search(before[-4:]) and _OF.match(after):
        return "a measure of something else"  # a flood of donations
    if _noun_before(before) and not (_a_short_label(source) and _shares_a_character(
            term, target)) and not (
            not before[:_word_start(before)].strip() and (
            opens_with_a_verb(target) or opens_with_the_verb(target, before.split()[0]))):
        # "Duplicate layer" → 复制层, "Edit listing" → 编辑…: the first word is the verb
        # the target opens with
        return "a compound (and no rendering of the term in the target)"
    return ""


#: A short UI label: at most this many words and no sentence mark at its end ("Bank
#: reconciliation", "Open network settings"); the same bound as a label a verb opens.
_LABEL_WORDS = 4


def _a_short_label(source: str) -> bool:
    """True for a label of at most four words without a sentence mark at its end."""
    label = source.strip()
    return len(label.split()) <= _LABEL_WORDS and label[-1:] not in ".!?;。！？"


def _names_a_label(source: str, hit: TermHit) -> bool:
    """True when the term is the head of a short UI label: the label's last word ("Monthly
    quota", "Deals", "Set a daily reminder"), what the label names, with no noun before it
    naming another kind of thing ("Battery capacity") nor a possessor ("This month's
    highlights": the best of a month, not the reader's marked passages).  A term before
    another word modifies it or is said of ("Developer options", "Front gate opened")."""
    before = source[:hit.start]
    return _a_short_label(source) and not source[hit.end:].strip(" :…") and not _noun_before(
        before) and not _POSSESSOR.search(before)


#: A noun in the possessive right before a word ("month's", "drivers'").
_POSSESSOR = re.compile(r"[A-Za-z](?:'s|s')\s+$")


def _shares_a_character(term: Term, target: str) -> bool:
    """True when *target* holds a Han character of an approved rendering of *term*: in a
    short label, which has no context to name another thing, a near-synonym (核对 beside
    对账, 网络配置 beside 设置) says the translator rendered the concept, another way."""
    return any(ch in target for rendering in term.targets for ch in rendering if has_han(ch))


_CAPITALIZED_AFTER = re.compile(r"[\s-]+[A-Z][a-z]")
_CAPITALIZED_BEFORE = re.compile(r"[A-Z][A-Za-z]*[\s-]+$")
_WORDS = re.compile(r"[A-Za-z][A-Za-z']*")
#: Words a title leaves in lower case ("Terms of Use", "Back to the Top").
_TITLE_LOWER = frozenset("a an the of and or nor but for to in on at by with from as vs via "
                         "per into onto".split())


#: A string's first word and "and" / "or": the term is coordinated with it ("Sort and filter").
_AFTER_A_FIRST_WORD = re.compile(r"^\W*[A-Za-z]+\s+(?:and|or|&)\s+$", re.I)


#: After an imperative: a preposition or a determiner ("Filter by date", "Sort the list"), or
#: a plural object and a preposition ("Filter photos by location"); not a noun that makes a
#: compound label with it ("Tip amount").
_VERB_NEXT = re.compile(
    r"\s+(?:(?:by|for|with|from|to|in|on|into|within|using|via|all|the|a|an|your|my|our|their|"
    r"its|this|these|those)\b|[a-z]+[^s\W]s\s+(?:by|for|with|from|in|on|into|within|using|via)"
    r"\b)", re.I)


def _in_a_verbs_place(source: str, hit: TermHit) -> bool:
    """True when the term opens a string or a sentence and a preposition, a determiner or
    a plural object and a preposition follow ("Filter by date", "Filter photos by
    location"), or it ends the string after its first word and *and* / *or* ("Sort and
    filter"): where an interface string puts its verb.  Not in the plural ("Filters")."""
    before, after = source[:hit.start], source[hit.end:]
    if hit.text.lower().endswith("s") and not hit.term.source.lower().endswith("s"):
        return False
    if _SENTENCE_START.search(before):
        return _VERB_NEXT.match(after) is not None
    return _AFTER_A_FIRST_WORD.search(before) is not None and not after.strip(" .!?…")


def _an_adjective_before_a_noun(hit: TermHit, before: str, after: str) -> bool:
    """True when the word of a noun entry is a frequent adjective (:data:`_ADJECTIVES`:
    *major*, *final*, *net*, *general*) opening a sentence or after *a* / *an*, and a
    content word follows it: the adjective qualifying that word ("Major flooding", "a
    final decision"), not the noun (a university major 专业, a sports final 决赛), which a
    function word, punctuation or the end follows ("a major in physics", "The final was
    postponed").  After *the* or a possessive the word is as often the noun, its verb
    after it ("Your major appears on the transcript"), and stays checked."""
    if hit.text.lower() not in _ADJECTIVES or not (
            _SENTENCE_START.search(before) or _AN_ARTICLE.search(before[-4:])):
        return False
    following = _WORD_AFTER.match(after)
    return following is not None and following.group(1).lower() not in _FUNCTION


#: An indefinite article right before a word: "a major flood", "an early decision".
_AN_ARTICLE = re.compile(r"(?i)(?:^|\s)an?\s+$")


def _a_prompt_without(source: str, hit: TermHit) -> bool:
    """True when the term opens the string, *without* and a gerund follow, the word is one
    English uses as a verb (:func:`english_verbs`) and the string is a short prompt (at most
    :data:`_PROMPT_WORDS` words, or a question): "Exit without saving?", "Continue without
    signing in".  A noun that is no verb ("Insurance without underwriting is risky") and a
    statement ("Transfer without fees takes two days.") keep the noun."""
    if source[:hit.start].strip() or not _WITHOUT_GERUND.match(source[hit.end:]):
        return False
    text = source.strip()
    return hit.text.lower() in english_verbs() and (
        len(text.split()) <= _PROMPT_WORDS or text.endswith(("?", "？")))


def _opens_a_label(source: str, hit: TermHit) -> bool:
    """True when the term opens a short UI label (at most four words, no sentence mark at
    its end) in a form a verb can take: "Crop", "Crop to 16:9", "Filter results"; not a
    plural ("Notifications")."""
    label = source.strip()
    plural = hit.text.lower().endswith("s") and not hit.term.source.lower().endswith("s")
    return (not plural and not source[:hit.start].strip() and len(label.split()) <= 4
            and label[-1:] not in ".!?;。！？")


def _in_a_name(hit: TermHit, source: str) -> bool:
    """True when a lower-case term is written capitalized inside a run of capitalized words
    in a sentence that is otherwise in lower case: a person's or an organisation's name
    ("Yuan Zhiwei said", "the Premium Pass", "Mr Tip Lee"), not the word.

    The run is the word and a capitalized word right after it, or a capitalized word right
    before it that does not start the sentence.  A title written in title case ("Deposit
    Funds", "Track Your Order") has no lower-case word to stand out from and stays the word.
    """
    if not hit.text[:1].isupper() or hit.text.isupper():
        return False
    before, after = source[:hit.start], source[hit.end:]
    previous = _CAPITALIZED_BEFORE.search(before)
    name_run = bool(_CAPITALIZED_AFTER.match(after)) or (
        previous is not None and not _SENTENCE_START.search(before[:previous.start()]))
    if not name_run:
        return False
    return any(w[0].islower() and w.lower() not in _TITLE_LOWER for w in _WORDS.findall(source))


def kept_as_a_name(hit: TermHit, source: str, target: str) -> bool:
    """True when a lower-case one-word term is written capitalized in the middle of the
    source and the target keeps it verbatim, capital and all, in Latin letters: a product
    or plan name ("Upgrade to Premium" → 升级到 Premium, the music plan, not 保费), the
    single-word case of :func:`_in_a_name`.

    A capital at the start of a sentence says nothing ("Premium income rose" → Premium
    收入 is still a word left in English), nor does a word kept in another case.
    """
    term = hit.term.source.strip()
    if not term.islower() or " " in term or "-" in term:
        return False
    if not hit.text[:1].isupper() or hit.text.isupper():
        return False
    if _SENTENCE_START.search(source[:hit.start]):
        return False
    return re.search(rf"(?<![A-Za-z]){re.escape(hit.text)}(?![A-Za-z])", target) is not None


def _is_verb(before: str, after: str, word: str) -> bool:
    """True for "please X", "we / they / I X", "to X <object>" (an object may open with a
    quantifier: "to store more beans"), "to X up" (a phrasal verb), "<modal> <subject> X"
    and "he / she / it / who X-s <object>"."""
    nxt = _WORD_AFTER.match(after)
    word_after = nxt.group(1).lower() if nxt else ""
    takes_object = bool(word_after) and (word_after not in _FUNCTION - _DETERMINERS or (
        word_after in _QUANTIFIERS and not _THAN.match(after)))
    if _PLEASE.search(before[-12:]) or _SUBJECT_PRONOUN.search(before[-12:]):
        return True  # "Please contact the office", "We forecast that …": a verb follows
    if _TO.search(before[-8:]) and (takes_object or word_after in _PARTICLES):
        return True  # "to balance growth", "to catch up with"
    if word[-1:] in "sS" and _SINGULAR_SUBJECT.search(before[-12:]) and takes_object:
        return True  # "She shares a flat": a verb in -s after its pronoun subject
    if _PLURAL_SUBJECT.search(before[-40:]) and word_after in _OBJECT_START:
        return True  # "the ads claim every …": a verb after its plural subject
    modal = _MODAL.search(before[-60:])
    if modal is None:
        return False
    between = [w for w in modal.group(1).split() if w.lower() not in _ADVERBS]
    if modal.group(1).strip() and not between:
        return True  # "can now berth", "will also host": a modal, adverbs, then its verb
    if not modal.group(1).strip():  # "must balance speed": the modal's own verb, an object after
        # a figure opens an object too after a modal ("will stage 12 operas"), though not
        # after "to", where it numbers the noun ("go to stage 2")
        return takes_object or _FIGURE_AFTER.match(after) is not None
    # The word before is the subject: a pronoun, a name or a plural ("did Asian teams
    # fare", "can I transfer"); after "can check", "check" is the verb and X its object.
    last = modal.group(1).split()[-1]
    subject = last.lower() in _PRONOUNS or last[:1].isupper() or (
        last.endswith("s") and not last.endswith("ss"))
    return subject and last.lower() not in _DETERMINERS and word_after != "of"


#: Heads that measure or trade the thing before them, not another thing: "wafer prices",
#: "steel output", "rice exports" are still the wafer, the steel, the rice.
_MEASURED = frozenset("""
    price prices sales output demand supply exports imports production costs cost shipments
    volumes volume inventories stocks revenue revenues profits market markets consumption
    """.split())


#: A hyphen joining the term to a word after or before it: one compound word.
_JOINED_AFTER = re.compile(r"[-‐][A-Za-z]")
_JOINED_BEFORE = re.compile(r"[A-Za-z][-‐]$")
#: A figure with a unit glued to it right before the term: a grade or a standard of the
#: thing ("18K gold", "4K screen", "5G network"), another kind of it.
_GRADED = re.compile(r"(?<![\w.])\d+[A-Za-z]{1,2}\s+$")


#: How many words on each side of a term are its neighbours in a compound ("the flu
#: vaccine must", "Gate changes are"): the compound's other word and its verb.
_NEIGHBOURS = 2


def _neighbours(source: str, hit: TermHit) -> frozenset[str]:
    """The stems of the words within :data:`_NEIGHBOURS` of *hit* in *source*, the term's
    own words left out."""
    before = _WORDS.findall(source[:hit.start])[-_NEIGHBOURS:]
    after = _WORDS.findall(source[hit.end:])[:_NEIGHBOURS]
    return english_keys(" ".join([*before, *after])) - english_keys(hit.term.source)


#: :func:`_compound_kind`'s kinds: the term joined to a word or graded, the term
#: modifying the noun after it, a noun modifying the term.
_JOINED, _MODIFIER, _MODIFIED = "joined", "modifier", "modified"


def _compound_kind(before: str, after: str) -> str:
    """How the term X makes a compound with a neighbour, or "": :data:`_JOINED` ("the
    hog-to-grain price ratio", "pre-order", "18K gold"), :data:`_MODIFIER` (X modifies the
    noun after it, the subject of a verb: "the balance sheet has", "Premium valuations
    leave") or :data:`_MODIFIED` (a noun or a figure's modifier before X: "payment
    penalty", "10-point penalty").

    A hyphenated modifier counts only with a figure ("10-point"): "full-year guidance"
    is still the guidance.  English spelling cannot tell a plural noun from a verb in
    -s: "The scholarship covers tuition" is read as a compound too.  A head that measures
    or trades the thing (:data:`_MEASURED`: "wafer prices remained") makes no compound.
    """
    if _JOINED_AFTER.match(after) or _JOINED_BEFORE.search(before[-2:]) or _GRADED.search(
            before[-12:]):
        return _JOINED  # "the hog-to-grain price ratio", "pre-order", "18K gold"
    subject = _COMPOUND_SUBJECT.match(after)
    head = subject and (subject.group(1) or subject.group(2))
    if head and head not in _FUNCTION and head not in _MEASURED:
        return _MODIFIER
    previous = _WORD_BEFORE.search(before[-40:])
    if previous is None:
        return ""
    word = previous.group(1)
    if "-" in word:
        return _MODIFIED if word[:1].isdigit() else ""
    return _MODIFIED if word.lower() not in _FUNCTION and _NOUN_ENDING.search(word) else ""


#: Words before a noun that do not make a compound with it: adjectives of quality, size,
#: time and place say which one, not what it is (new policy, full inventory, online check-in).
_NOT_A_MODIFIER = re.compile(
    r"(?i)(?:ous|ful|ive|ic|able|ible|less|ed|ing|est|ly|ary|ory|ish)$")
#: Comparatives in -er, which say which one, not what it is (a noun in -er names a thing:
#: "container terminal", "water tank").
_COMPARATIVE = re.compile(r"(?i)^(?:(?:\w+)(?:([bdgmnpt])\1er)|better|greater|faster|cheaper|"
                          r"stronger|weaker|longer|shorter|wider|deeper|higher|lower|earlier|"
                          r"easier|harder|further|farther|lesser|fewer|former|latter|upper|"
                          r"inner|outer|other|newer|older|larger|smaller|bigger|slower|safer|"
                          r"quicker|busier|heavier|lighter|warmer|colder|cooler|hotter|richer|"
                          r"poorer|smarter|simpler|clearer|closer|nearer|broader|tighter|"
                          r"looser|softer|fresher|cleaner|brighter|darker|thinner|thicker|"
                          r"sooner|later|fewer|bolder|calmer|fairer|finer|firmer|slimmer)$")
#: Frequent adjectives without such an ending (many in -al, like the noun *hospital*).
_ADJECTIVES = frozenset("""
    new old full free own last next first same other such total whole main top late early
    online average overall current net gross high low big small large major minor key
    annual national global local final general special digital original official political
    financial commercial industrial regional federal central personal natural medical legal
    social rural urban normal real individual additional potential external internal
    international actual initial basic standard public private foreign domestic joint
    """.split())


def _word_start(before: str) -> int:
    """Where the last word of *before* starts."""
    previous = _WORD_BEFORE.search(before)
    return previous.start() if previous else len(before)


def _noun_before(before: str) -> bool:
    """True when a noun stands right before the term, as its modifier ("Hospital admissions",
    "Subway riders", "Grain inventories"): a word of letters that is no function word, no
    determiner and has no adjective's or participle's ending."""
    previous = _WORD_BEFORE.search(before[-40:])
    if previous is None or "-" in previous.group(1):
        return False
    word = previous.group(1)
    if word.lower().endswith("er") and (
            _COMPARATIVE.match(word) or f"{word.lower()}s" not in gloss_words()
            or _SENTENCE_START.search(before[:len(before) - len(previous.group(0))])):
        # "larger plants", "the proper form" (the dictionary has no "propers": no noun);
        # "Enter room": a string's first word may be its verb
        return False
    return (word.isalpha() and len(word) > 2 and word.lower() not in _FUNCTION
            and word.lower() not in _DETERMINERS and word.lower() not in _ADJECTIVES
            and not _NOT_A_MODIFIER.search(word))


#: A figure or a count placeholder right before the term: "10,000 steps", "%d steps".
_COUNT_BEFORE = re.compile(r"(?:\d|%(?:\(\w+\))?[di]|\{\w*\})\s*$")
#: A figure in the target, or a placeholder (masked by the term check: U+FFFC).
_FIGURE_ZH = r"(?:[\d〇零一二两三四五六七八九十百千万亿\ufffc]|%(?:\(\w+\))?[di]|\{\w*\})\s*"


def _counted(renderings: tuple[str, ...], target: str) -> bool:
    """True when an approved rendering names the *number of* a unit (步数 "step count",
    访问量) and the target counts that unit after a figure (一万步, %d 步): a count of
    steps is written with the unit, not with the name of the count."""
    return any(len(r) >= 2 and r[-1] in "数量" and re.search(_FIGURE_ZH + re.escape(r[:-1]), target)
               for r in renderings)


#: A measure: a unit or currency after a figure ("800 kilometres"), after *per*, or the
#: unit of a rate ("3,480 yuan a tonne").
_MEASURE_BEFORE = re.compile(
    r"(?:\d\s*(?:(?:hundred|thousand|million|billion|trillion)\s+)?|\bper\s+"
    r"|\d\s*[A-Za-z$€£¥]+\s+an?\s+)$", re.I)


#: A plural noun right after a term that follows a figure: the figure counts that noun, and
#: the term modifies it ("40 cell towers", "12 bus routes"); a unit ends its phrase.
_COUNTED_HEAD = re.compile(r"\s+(?!(?:is|was|has|does|this|its|his|us|as|thus|plus)\b)"
                           r"[a-z]+[^s\W]s\b")


def a_measure(hit: TermHit, source: str) -> bool:
    """True when *hit* is a measure: a unit or currency after a figure or *per*, or a rate's
    unit ("3,480 yuan a tonne")."""
    if _MEASURE_BEFORE.search(source[max(0, hit.start - 24):hit.start]) is None:
        return False
    return _COUNTED_HEAD.match(source[hit.end:]) is None or _read_as_a_unit(hit, source)


def _read_as_a_unit(hit: TermHit, source: str) -> bool:
    """True when the numbers reader takes *hit* for the unit of the figure before it ("5 kg
    bags", "20 tonne trucks"): a unit that modifies a noun is still the figure's measure."""
    start = max(0, hit.start - 24)
    return any(n.unit and n.end >= hit.end - start
               for n in extract_numbers(source[start:hit.end], "en"))


def _names_a_fellow_concept(hit: TermHit, source: str, hits: Sequence[TermHit]) -> bool:
    """True when *source* holds another common-noun concept of *hit*'s subject field ("Each
    exam counts for half of the final mark": *exam* and *mark*, both Education) and the
    term modifies no word after it: the sentence speaks of the concept's field, and the term
    is its own thing there.  A term before another word may name another thing with it,
    whatever the sentence's field ("The draft contract is in your inbox": a contract's
    draft, not the e-mail draft: review Z-7), so only a function word, punctuation or the
    end may follow it.  A name or a measure counts for no field (see :func:`_other_field`)."""
    following = _WORD_AFTER.match(source[hit.end:])
    if following is not None and following.group(1).lower() not in _FUNCTION:
        return False
    field = hit.term.subject.strip().lower()
    return bool(field) and any(
        h.term.subject.strip().lower() == field and h.term.source.islower()
        and (h.term.id != hit.term.id if hit.term.id else h.term is not hit.term)
        and not a_measure(h, source) for h in hits)


def _other_field(hit: TermHit, source: str, hits: Sequence[TermHit]) -> bool:
    """True when every other concept of the source is of another subject field than *hit*'s.

    Only common nouns count: a name (a capitalized term: *Tsinghua University*, *Ministry
    of Industry and Information Technology*) is named in sentences of any topic, and a
    measure (a unit or currency after a figure, or a rate's unit: "3,480 yuan a tonne")
    says nothing of the topic: neither counts, and a measure is never in another field's
    sense ("800 kilometres").
    """
    field = hit.term.subject.strip().lower()
    if a_measure(hit, source):
        return False
    others = [h.term.subject.strip().lower() for h in hits
              if (h.term.id != hit.term.id if hit.term.id else h.term is not hit.term)
              and h.term.source.islower() and not a_measure(h, source)]
    return bool(field) and bool(others) and all(o and o != field for o in others)


_CLAUSE = re.compile(r"[.;:!?。；：]\s*")
#: "Distance miles are 英里", "To filter a list is 筛选", "Trade exports are 出口": an English
#: subject, then the Han word it is called.  A clause that says not to use a word is a
#: prescription, not a sense ("登入 is Taiwan usage; do not use").
_NAMED_AS = re.compile(rf"[A-Za-z][A-Za-z\s'-]*?\s(?:is|are)\s+(?:called\s+|rendered\s+as\s+|"
                       rf"translated\s+as\s+|written\s+)?([{HAN}]+)")
_PROHIBITION = re.compile(r"(?i)\b(?:not|never|avoid|don't|instead|wrong|incorrect|misspell\w*"
                          r"|obsolete|outdated|deprecated|non-standard)\b")


#: A clause of a definition that says what the concept is not ("Not a phone or laptop
#: charger.", "Excludes savings accounts.", "Not to be confused with a cheque.").
_EXCLUSION = re.compile(r"(?i)^\s*(?:not|never|excludes?|excluding|other than)\b(.*)$")


def note_exclusions(term: Term) -> frozenset[str]:
    """Words (stems) of the things the entry's note says the concept is not: "A fixed unit
    that supplies power to an electric vehicle. Not a phone or laptop charger." → phone,
    laptop.  The term's own word and its renderings' words are left out: the note names
    the other thing by what sets it apart."""
    return _note_exclusions(term.description, term.source)


@lru_cache(maxsize=4096)
def _note_exclusions(note: str, source: str) -> frozenset[str]:
    if not note:
        return frozenset()
    words: set[str] = set()
    for clause in _CLAUSE.split(note):
        match = _EXCLUSION.match(clause)
        if match:
            words |= english_keys(re.sub(r"(?i)\bto be confused with\b", " ", match.group(1)))
    return frozenset(words - english_keys(source))


def note_renderings(term: Term) -> tuple[str, ...]:
    """Han words the entry's note gives for *another* sense of its English word.

    A definition that says what the word's other senses are called ("An image effect.
    To filter a list is 筛选."; "Loyalty-programme currency earned on flights. Distance
    miles are 英里.") names renderings that are right for those senses: a target that
    uses one rendered the other sense on purpose.  Words of the approved and forbidden
    renderings (or inside them) are not counted, nor a clause that forbids a word.
    """
    return _note_renderings(term.description, term.targets + term.forbidden)


@lru_cache(maxsize=4096)
def _note_renderings(note: str, renderings: tuple[str, ...]) -> tuple[str, ...]:
    if not note or not has_han(note):
        return ()
    found: list[str] = []
    for clause in _CLAUSE.split(note):
        if _PROHIBITION.search(clause):
            continue
        for match in _NAMED_AS.finditer(clause):
            word = match.group(1)
            if not any(word in r or r in word for r in renderings):
                found.append(word)
    return tuple(dict.fromkeys(found))
