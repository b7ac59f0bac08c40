"""term-inconsistent: one English name rendered differently across the catalog, no glossary needed.

The renderings are inferred from the segments themselves:

1. candidate names are runs of capitalized words in the sources (``Zhongguancun
   Inno Way``, ``Made in China 2025``, ``Legend Star``) and their sub-runs, with
   inner ``of/and/in/for/the``; a sentence-initial word that the catalog also
   writes in lower case (``During``, ``The``) is not part of a name;
2. for a name found in at least three translated units, its rendering is the
   longest Han string present in most of their targets (at least 60 % and
   two units) and clearly rarer in the other targets (so 创新, which is
   everywhere, is never taken for the rendering of "Inno Way");
   (a single word only when it is a name on its own: not Li, not a word the
   catalog also writes in lower case, not a people or adjective form such as
   Chinese or Ethiopian, whose rendering follows its noun);
3. a unit whose target lacks that rendering is reported only when it holds a
   *variant* of it: a Han string of about the same length that starts and
   ends with the same characters and shares at least two (创新街 for 创业大街),
   or shares one end and most characters (国家统计署 for 国家统计局).
   A paraphrase or a pronoun is not a variant, which keeps false alarms rare;
4. when the rendering is only the shared tail of a longer usual form whose head
   is common elsewhere (统计局 of 国家统计局, 湾区 of 大湾区), a unit with one
   edit inside that usual form (国新统计局, 大城湾区) is reported too, provided
   the catalog writes the name that way almost everywhere (亚述 without 亚述王
   is frequent, so 王 is context) and the variant is rare (not a rival
   rendering); quantifiers and particles (众, 全, 哪) are never such an edit.

Names covered by the glossary are left to term-missing.
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from tm._shared.script import HAN, has_han
from tm.checks._base import CheckInfo, Context, catalog_check
from tm.checks.placeholders import mask_placeholders
from tm.model import Unit

__all__ = ["check_term_inconsistent", "names"]

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&-]*(?:['’][A-Za-z]+)?|\d+(?:\.\d+)?")
_CONNECTORS = {"of", "and", "in", "for", "the", "de", "&"}
_PEOPLE = re.compile(r"(?:ians?|eans?|ese|ish|ites?|is)$")
_LOWER = re.compile(r"\b[a-z][a-z]*\b")
_OPENERS = "\"“‘(["
_ENDERS = ".!?;:"
_POSSESSIVE = re.compile(r"['’]s$")
_HAN_RUN = re.compile(f"[{HAN}]+")
MIN_UNITS = 3
# Characters and words that end Chinese place and organization names.
_NAME_ENDS = (*"区市省县州镇村乡局部厅署院所委会司处行港湾岛洲岭山江河湖街路园城馆站社团队",
              "大学", "学院", "公司", "集团", "银行", "中心", "基金")
_FUNCTION = set("的了是在和与及为将于说对把被从向也都而已表称并但等")
# Quantifiers, plural marks, particles: grammar around a name, not a slip inside it.
_GRAMMAR = _FUNCTION | set("众全诸各每列们些作哪啊呀吗呢吧")
SHARE = 0.6
SAMPLE = 60
# The numbers below were tuned on the dev catalogs of docs/benchmarks.md (the article,
# the seeded news catalog and the Bible's false-positive run), as the checks signature
# records; changing one is a change of what the check reports.
_MAX_NAME_WORDS = 6      # longest English name considered (Zhongguancun Inno Way ...)
_MIN_GRAM, _MAX_GRAM = 2, 8  # lengths of the Han strings a rendering is looked for among
_MIN_LIFT = 0.5          # share in the name's targets minus share in other targets
_RARE_ELSEWHERE = 0.01   # an added part this rare in the rest of the catalog is the name's
_MIN_WORD_NAME = 4       # a single capitalized word shorter than this is not a name (Li, He)
_BACKGROUND = 200        # other targets sampled to tell a name's characters from common ones
_MIN_RENDERING = 3       # renderings shorter than this are too ambiguous to police
_BARE_SHARE = 0.1        # at most this share writes the bare rendering without the fuller form
_VARIED_SHARE = 0.2      # ... and at most this share has a variant, for the fuller form to rule


def _initial(source: str, start: int) -> bool:
    """True when the word at *start* begins a sentence (or a quotation)."""
    i = start - 1
    while i >= 0 and source[i].isspace():
        i -= 1
    return i < 0 or source[i] in _OPENERS or (source[i] in _ENDERS and i < start - 1)


def _runs(source: str, lower_words: set[str]) -> list[list[str]]:
    """Runs of capitalized words (connectors and a final number allowed inside).

    A possessive ends a run: Beijing's Haidian District gives Beijing and
    Haidian District.
    """
    runs: list[list[str]] = []
    run: list[str] = []
    for m in _WORD.finditer(source):
        raw = m.group()
        word = _POSSESSIVE.sub("", raw) if raw[-1] in "sS" and len(raw) > 2 else raw
        capital = word[0].isupper() and not (word.lower() in lower_words
                                             and _initial(source, m.start()))
        inside = bool(run) and (word.lower() in _CONNECTORS
                                or (word[0].isdigit() and len(run) >= 2))
        if capital or inside:
            run.append(word)
        else:
            if run:
                runs.append(run)
            run = []
            continue
        if word != raw or word[0].isdigit():
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def names(source: str, lower_words: set[str]) -> set[str]:
    """Candidate names in *source*: capitalized runs and their sub-runs.

    A run whose words the catalog otherwise writes in lower case (Verily I) is
    capitalized prose, not a name.
    """
    found: set[str] = set()
    for run in _runs(source, lower_words):
        for i in range(len(run)):
            if run[i].lower() in _CONNECTORS or run[i][0].isdigit():
                continue
            for j in range(i, min(len(run), i + _MAX_NAME_WORDS)):
                if run[j].lower() not in _CONNECTORS:
                    found.add(" ".join(run[i: j + 1]))
    return {n for n in found
            if not all(w.lower() in lower_words or w == "I" for w in n.split())}


def _ngrams(text: str) -> set[str]:
    """Han substrings of _MIN_GRAM to _MAX_GRAM (2 to 8) characters."""
    grams: set[str] = set()
    for m in _HAN_RUN.finditer(text):
        run = m.group()
        n = len(run)
        for size in range(_MIN_GRAM, min(n, _MAX_GRAM) + 1):
            grams.update(run[i: i + size] for i in range(n - size + 1))
    return grams


def _rate(gram: str, background: list[str]) -> float:
    return sum(gram in t for t in background) / max(1, len(background))



def _rendering(targets: list[str], background: list[str]) -> tuple[str, str] | None:
    """The Han string most of *targets* share and *background* mostly lacks.

    The core is the most frequent such string (the longest on a tie).  It is
    extended to the longest string around it that still occurs in 60 % of the
    targets and in three, if what is added belongs to the name: no function
    character (的, 是, 将), and either a name ending (区, 局, 大学) or a string
    rare in the rest of the catalog.  So 海淀区 wins over 海淀 when one unit
    writes 海淀东, while context such as 亚摩利王西宏 (king Sihon) stays out.

    Returns ``(rendering, full)``: *full* is the longest such extension with no
    function character even when its added part is common elsewhere (国家 in
    国家统计局, 大 in 大湾区); it is only trusted for edits inside it.
    """
    counts: Counter[str] = Counter()
    for target in targets[:SAMPLE]:
        counts.update(_ngrams(target))
    size = min(len(targets), SAMPLE)
    need = max(2, SHARE * size)
    good = [(count, len(gram), gram) for gram, count in counts.items()
            if count >= need and count / size - _rate(gram, background) >= _MIN_LIFT]
    if not good:
        return None
    core = max(good)[2]
    longer = sorted((g for g in good if core in g[2] and g[2] != core and g[0] >= 3),
                    key=lambda g: (-g[1], -g[0]))
    rendering = next((gram for _, _, gram in longer
                      if _belongs(gram.partition(core)[0], background, suffix=False)
                      and _belongs(gram.partition(core)[2], background, suffix=True)), core)
    full = next((gram for _, _, gram in longer
                 if rendering in gram and not any(ch in _GRAMMAR for ch in gram)), rendering)
    return rendering, full


def _belongs(part: str, background: list[str], *, suffix: bool) -> bool:
    """Whether *part*, added before or after a name's core, is part of the name."""
    if not part:
        return True
    if any(ch in _FUNCTION for ch in part):
        return False
    return (suffix and part.endswith(_NAME_ENDS)) or _rate(part, background) < _RARE_ELSEWHERE


def _single_word_name(word: str, lower_words: set[str], inside: set[str]) -> bool:
    """Whether one capitalized word can stand alone as a name.

    Not when it is short (Li, He), a common word written in lower case
    elsewhere in the catalog (Verily / verily), an adjective or people form
    (Chinese, Ethiopian, Levites), whose rendering follows its noun, or a word
    the catalog only ever writes first in a sentence (Nearly, Revenue): only
    its capital says "name" there.  *inside* holds the capitalized words
    found inside a sentence somewhere.
    """
    return (len(word) >= _MIN_WORD_NAME and word.lower() not in lower_words
            and not _PEOPLE.search(word) and word in inside)


def _capitalized_inside(sources: Sequence[str]) -> set[str]:
    """Capitalized words that occur somewhere other than at the start of a sentence."""
    return {_POSSESSIVE.sub("", m.group()) for source in sources for m in _WORD.finditer(source)
            if m.group()[0].isupper() and not _initial(source, m.start())}


def _one_edit(a: str, b: str) -> bool:
    """True when *a* and *b* differ by one substitution, insertion or deletion."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:] if len(b) > len(a) else a[i + 1:] == b[i:]


def _inner_variant(target: str, full: str) -> tuple[int, int] | None:
    """Span of *full* with one edit strictly inside it, or None.

    The first and last characters stay (大城湾区 / 大湾区, 国新统计局 /
    国家统计局, 中关科技园区 / 中关村科技园区) and the character put in is
    not a function or grammar character (的, 众, 全 ... belong to the context,
    not to a name: 以色列众人 is not a slip for 以色列人).  So a name written
    with its usual tail but a garbled head is seen.
    """
    size = len(full)
    for i, ch in enumerate(target):
        if ch != full[0]:
            continue
        for j in (i + size - 1, i + size, i + size + 1):
            cand = target[i:j]
            if (j <= len(target) and cand[-1:] == full[-1] and _one_edit(cand, full)
                    and all(has_han(c) and c not in _GRAMMAR for c in cand)):
                return i, j
    return None


def _variant(target: str, rendering: str) -> tuple[int, int] | None:
    """Span of a near-variant of *rendering* in *target*, or None.

    A variant has about the same length (one character more or fewer at most)
    and either starts and ends like the rendering and shares two characters
    with it (创新街 / 创业大街), or is one edit away from it (国家统计署 /
    国家统计局).
    """
    size = len(rendering)
    want = Counter(rendering).items()
    best: tuple[int, int, int, int] | None = None
    run_end = _run_ends(target)
    for i in range(len(target)):
        # Candidates are Han or digit strings: none reaches past the run at i.
        for j in range(i + max(2, size - 1), min(len(target), i + size + 1, run_end[i]) + 1):
            cand = target[i:j]
            ends = (cand[0] == rendering[0]) + (cand[-1] == rendering[-1])
            if not ends:
                continue
            shared = sum(min(cand.count(char), count) for char, count in want)
            good = (ends == 2 and shared >= 2) or (ends == 1 and shared >= 2
                                                  and _one_edit(cand, rendering))
            score = (shared, -abs(len(cand) - size), i, j)
            if good and (best is None or score[:2] > best[:2]):
                best = score
    return (best[2], best[3]) if best else None


def _run_ends(text: str) -> list[int]:
    """For each index of *text*, the end of the run of Han characters or digits there."""
    ends = [0] * (len(text) + 1)
    ends[len(text)] = len(text)
    for i in range(len(text) - 1, -1, -1):
        char = text[i]
        ends[i] = ends[i + 1] if has_han(char) or char.isdigit() else i
    return ends


@catalog_check(CheckInfo("term-inconsistent", "warning",
                         "a name is rendered differently from its usual rendering in the catalog",
                         "terms"))
def check_term_inconsistent(units: Sequence[Unit], ctx: Context) -> None:
    """Infer each recurring name's rendering and report units using a variant of it."""
    usable = [u for u in units if u.target and not u.fuzzy and has_han(u.target)]
    sources = [mask_placeholders(u.source) for u in usable]  # placeholders are code
    lower_words = {w for source in sources for w in _LOWER.findall(source)}
    inside = _capitalized_inside(sources)
    by_name: dict[str, list[int]] = defaultdict(list)
    for index, unit in enumerate(usable):
        glossed = [h.text.casefold() for h in ctx.term_hits(unit)]
        for name in names(sources[index], lower_words):
            if " " not in name and not _single_word_name(name, lower_words, inside):
                continue
            if not any(name.casefold() in g for g in glossed):  # term-missing's job
                by_name[name].append(index)
    rng = random.Random(0)
    reported: set[int] = set()
    for name, members in sorted(by_name.items(), key=lambda kv: (-len(kv[0]), kv[0])):
        if len(members) < MIN_UNITS or (ctx.glossary and ctx.glossary.find(name, lang="en")):
            continue
        member_set = set(members)
        sample = rng.sample(range(len(usable)), min(_BACKGROUND, len(usable)))
        others = [usable[i].target for i in sample if i not in member_set]
        found = _rendering([usable[i].target for i in members], others)
        if found is None or len(found[1]) < _MIN_RENDERING:
            continue
        _report_variants(name, [usable[i] for i in members], found, ctx, reported)


def _span(target: str, found: tuple[str, str]) -> tuple[int, int] | None:
    """Span of a variant of the name's rendering in *target* (see _report_variants)."""
    rendering, full = found
    if full == rendering:
        return _variant(target, rendering) if len(rendering) >= _MIN_RENDERING else None
    return _inner_variant(target, full) or (_variant(target, full) if rendering not in target
                                             else None)


def _spans(members: list[Unit], found: tuple[str, str],
           reported: set[int]) -> dict[int, tuple[int, int] | None]:
    """Variant span (or None) of each member not yet reported that lacks the usual form."""
    return {id(u): _span(u.target, found) for u in members
            if found[1] not in u.target and id(u) not in reported}


def _full_is_usual(members: list[Unit], found: tuple[str, str],
                   spans: dict[int, tuple[int, int] | None]) -> bool:
    """Whether the fuller form is how the catalog always writes the name.

    Almost no unit writes the bare rendering without it (亚述 is often
    written without 亚述王: the 王 is context), and its variants are rare
    (犹太人 in a hundred units is a rival rendering, not a slip).
    """
    rendering, full = found
    bare = sum(rendering in u.target and full not in u.target and spans.get(id(u)) is None
               for u in members)
    varied = sum(span is not None for span in spans.values())
    return (bare <= _BARE_SHARE * len(members)
            and varied <= max(1, _VARIED_SHARE * len(members)))


def _report_variants(name: str, members: list[Unit], found: tuple[str, str], ctx: Context,
                     reported: set[int]) -> None:
    """Report the *members* whose target holds a variant of the name's rendering.

    A target without the rendering is checked for any near-variant of it; a
    target with the rendering but without its fuller usual form (统计局 but
    not 国家统计局) only for that form with one edit inside it.
    """
    spans = _spans(members, found, reported)
    if found[1] != found[0] and not _full_is_usual(members, found, spans):
        found = (found[0], found[0])
        spans = _spans(members, found, reported)
    usual = found[1]
    using = [u for u in members if usual in u.target]
    for unit in members:
        span = spans.get(id(unit))
        if span is None:
            continue
        reported.add(id(unit))
        ctx.report("term-inconsistent", unit,
                   f"{name!r} is rendered {usual} in {len(using)} units "
                   f"(e.g. {using[0].origin or 'elsewhere'}) but "
                   f"{unit.target[span[0]:span[1]]} here", [span])
