"""SRX rules compiled for fast, streamed, bounded scanning of a text.

Semantics (SRX 2.0, section 2.5): at a position in the text, the rules are
tried in order; the first whose *before* pattern matches the text ending there
and whose *after* pattern matches the text starting there decides: a break
rule breaks, a no-break rule prevents the break.

Compilation: each rule becomes ``(?=AFTER)(?<=BEFORE)`` (``regex`` supports
variable-width look-behind).  Candidate break positions are found by scanning
for the break rules (see :class:`CompiledRules`); each candidate is then
decided by one match of the ordered union of *all* rules, whose first
succeeding alternative is exactly the first rule that applies.  Each rule's
patterns are joined with the others, so a leading ``(?i)`` is scoped to its
rule; numbered back-references (``\\1``) are not supported.

Cost: breaks are produced lazily, left to right, so a caller can stream
segments; the memory held is the text plus four bytes per candidate of the
right-to-left scan.  Rules from outside run under a time budget
(:mod:`tm.segmentation._bounds`); when it runs out, :class:`tm.ParseError`
names the rules file, the line and the rule that was too slow.
"""

from __future__ import annotations

import time
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from operator import methodcaller

import regex

from tm.errors import ParseError
from tm.segmentation._bounds import MAX_RULES_SIZE, Budget, estimated_size
from tm.segmentation._guard import final_atoms, group_end, is_narrow
from tm.segmentation._srx import SrxRule, SrxRules
from tm.segmentation._words import NOT_IN, word_list

__all__ = ["CompiledRules", "compile_rules"]

# Candidates and breaks are handed on in lists of (at most about) this many.
_BATCH = 1024
_END = methodcaller("end")
# How long one rule may take, when looking for the rule that exhausted the budget.
_DIAGNOSE_SECONDS = 0.2


def _scoped(pattern: str) -> str:
    """``(?i)abc`` -> ``(?i:abc)``: a rule's flags must not leak into the other rules."""
    m = _LEADING_FLAGS.match(pattern)
    return f"(?{m.group(1)}:{pattern[m.end():]})" if m else pattern


_LEADING_FLAGS = regex.compile(r"\(\?([aiLmsux]+)\)")


def _after_is_assertion(after: str) -> bool:
    """Whether *after* is empty or only a look-around assertion (consumes no text)."""
    after = after.strip()
    return not after or after.startswith(("(?!", "(?=", "$", "\\Z"))


def _lookarounds(rule: SrxRule) -> str:
    """``(?=AFTER)(?<=BEFORE)``, or look-behind first when AFTER starts with a long scan.

    Both orders match at the same positions; the cheaper test goes first.  An
    AFTER that starts with a negated class or a wildcard (``[^》]{0,50}》``)
    scans far before it can fail, so BEFORE is tested first then.
    """
    if rule.after.lstrip().startswith(("[^", ".", "\\S", "\\w", "\\p", "\\P", "(?<=")):
        return f"(?<={rule.before})(?={rule.after})"
    return f"(?={rule.after})(?<={rule.before})"


def _last_character(rule: SrxRule) -> list[str] | None:
    """Patterns one of which the character before a break of *rule* matches, when narrow.

    Read from the tail of *before*, or from a look-behind that opens *after*
    (``(?<=[!?])\\s+``); ``None`` when neither says, or when the atoms would
    match most characters (``\\S``) and so guard nothing.
    """
    atoms = final_atoms(rule.before)
    if atoms is None and rule.after.startswith("(?<="):
        end = group_end(rule.after, 0)
        atoms = final_atoms(rule.after[4:end - 1]) if end else None
    return atoms if atoms and is_narrow(atoms) else None


def _leading_literal(pattern: str) -> str | None:
    """The character every match of *pattern* starts with, if it starts with a plain one."""
    if not pattern or pattern.startswith("(?"):
        return None
    if pattern[0] == "\\" and len(pattern) > 1 and not pattern[1].isalnum():
        literal, rest = pattern[1], pattern[2:]
    elif pattern[0] not in "\\[](){}.^$|?*+":
        literal, rest = pattern[0], pattern[1:]
    else:
        return None
    # A quantifier or an alternation right after it would make it optional.
    return None if rest[:1] in ("?", "*", "{") or "|" in pattern else literal


#: Per rule, the groups whose capture must not be a word of a list: (group name, the list).
WordTests = tuple[tuple[str, frozenset[str]], ...]


def _word_tests(rule: SrxRule, index: int) -> tuple[SrxRule, WordTests]:
    """*rule* with its ``notin_LIST`` groups renamed ``_wINDEX_K`` (unique in the union), and tests.

    See :mod:`tm.segmentation._words`: the rule applies only where each such
    group's capture, lower-cased, is not a word of its list.
    """
    tests: list[tuple[str, frozenset[str]]] = []

    def rename(m: regex.Match[str]) -> str:
        group = f"_w{index}_{len(tests)}"
        tests.append((group, word_list(m.group(1))))
        return f"(?P<{group}>"
    before, after = NOT_IN.sub(rename, rule.before), NOT_IN.sub(rename, rule.after)
    return SrxRule(rule.breaking, before, after, rule.line, rule.where), tuple(tests)


def _compile(pattern: str, rule: SrxRule, name: str) -> regex.Pattern[str]:
    try:
        return regex.compile(pattern)
    except (regex.error, OverflowError, RecursionError) as err:
        where = rule.where or "a rule"
        raise ParseError(name, rule.line, f"{where} has a bad regular expression: {err}") from None


class CompiledRules:
    """An ordered rule list compiled for fast scanning (see the module docstring).

    Candidate positions are where any break rule matches.  They come from two
    scans that find the same positions a rule-by-rule check would, but fast:
    break rules whose *after* consumes text (``\\s``...) are joined into one
    ``(?=AFTER)(?<=BEFORE)`` pattern scanned left to right (the engine drops
    most positions on the first character after them); rules whose *after* is
    only an assertion (Chinese needs no space after 。) are joined into one
    ``(?r)BEFORE(?=AFTER)`` pattern scanned right to left, overlapped, which
    tries every end position once and skips quickly to the rare characters
    (。！？) that *before* ends in.  In the left-to-right scan, the break rules
    whose *before* must end in one of a few characters (``.``, ``[!?]``, a
    closing quote...; :mod:`tm.segmentation._guard` reads it off the pattern)
    sit behind one look-behind test of that character, so at the common white
    space after a letter they are not tried one by one; the others whose *before*
    starts with a plain character (``#``) are scanned only in a text that holds it.
    *trusted* rules (the bundled ones) run without a time budget.
    """

    def __init__(self, rules: tuple[SrxRule, ...], name: str = "<srx>", *,
                 trusted: bool = False) -> None:
        self.name = name
        self.trusted = trusted
        self.rules = tuple(SrxRule(r.breaking, _scoped(r.before), _scoped(r.after), r.line,
                                   r.where or f"rule {i + 1}") for i, r in enumerate(rules))
        self._check_total_size()
        self._parts: list[str] = []
        #: Each rule alone, for naming a slow rule (see _single); compiled up front only
        #: for rules from a file, so that a bad pattern is an error naming its line.
        self._single_parts: list[str] = []
        self._compiled_singles: dict[int, regex.Pattern[str]] = {}
        #: Unguarded break rules that start with a literal: (the literal, the rule's part).
        self._rare: list[tuple[str, str]] = []
        #: Rules that test a word against a list (see _word_tests), by index.
        self._tests: dict[int, WordTests] = {}
        forward, guarded, guard, backward = self._sort_rules(name)
        # Rules whose *before* starts with a plain character (《..., #...) cannot apply to
        # a text without it; they are left out of the ordered pattern then, and the
        # unguarded break rules among them out of the left-to-right scan.
        self._literals = [(i, lit) for i, rule in enumerate(self.rules)
                          if (lit := _leading_literal(rule.before))]
        self._ordered_cache: dict[frozenset[int], regex.Pattern[str]] = {}
        self._after_cache: dict[tuple[int, frozenset[int]], regex.Pattern[str] | None] = {}
        self.breaking = tuple(rule.breaking for rule in self.rules)
        # One character is consumed after a match, so the scan does not retry every
        # alternative at the same position (as it must after an empty match).
        if guarded:  # one test of the last character spares trying each of these rules
            forward.insert(0, f"(?<={'|'.join(guard)})(?:{'|'.join(guarded)})")
        self._forward_parts = forward
        self._forward_cache: dict[frozenset[str], regex.Pattern[str] | None] = {}
        self._backward = regex.compile("(?r)" + "|".join(backward)) if backward else None
        #: Ordered union of all rules (see :attr:`ordered`): compiled at once for rules from a
        #: file, so that the whole set is checked when it is loaded; for the bundled rules on
        #: first use, since a text that lacks one of their leading literals (most English has
        #: no ``#``) is matched by the pattern without those rules (:meth:`_ordered_without`),
        #: and compiling the union as well cost 30 to 70 ms in every process.
        self._ordered: regex.Pattern[str] | None = None
        if not trusted:
            self._ordered = self.ordered

    @property
    def ordered(self) -> regex.Pattern[str] | None:
        """Ordered union of all rules: its first matching alternative decides (None: no rules)."""
        if self._ordered is None and self._parts:
            self._ordered = regex.compile("|".join(self._parts))
        return self._ordered

    def _sort_rules(self, name: str) -> tuple[list[str], list[str], list[str], list[str]]:
        """Each rule's pattern parts, by how the scan tries it: (forward, guarded, guard, backward).

        *forward* holds unguarded break rules, *guarded* those tried only after one of the
        last characters in *guard*, *backward* the rules whose *after* is an assertion
        (found by a reverse scan); rules starting with a literal go to ``self._rare``.
        A rule from a file is compiled here alone too, so a bad pattern names its line.
        """
        forward: list[str] = []
        guarded: list[str] = []
        guard: list[str] = []
        backward: list[str] = []
        for index, original in enumerate(self.rules):
            rule, tests = _word_tests(original, index)
            if tests:
                self._tests[index] = tests
            part = _lookarounds(rule)
            reverse = f"(?:(?:{rule.before})(?={rule.after}))"
            self._single_parts.append(part)
            if not self.trusted:  # the bundled rules are known to compile: 0.2 CPU s a process
                self._compiled_singles[index] = _compile(part, rule, name)
                _compile("(?r)" + reverse, rule, name)
            self._parts.append(f"{part}(?P<_srx{index}>)")
            if rule.breaking and _after_is_assertion(rule.after):
                backward.append(reverse)
            elif rule.breaking and (lit := _leading_literal(rule.before)):
                self._rare.append((lit, f"(?:{part})"))
            elif rule.breaking and (atoms := _last_character(rule)) is not None:
                guarded.append(f"(?:{part})")
                guard.extend(a for a in atoms if a not in guard)
            elif rule.breaking:
                forward.append(f"(?:{part})")
        return forward, guarded, guard, backward

    def _check_total_size(self) -> None:
        if self.trusted:
            return
        total = sum(estimated_size(r.before) + estimated_size(r.after) for r in self.rules)
        if total > MAX_RULES_SIZE:
            raise ParseError(self.name, 0, f"the rules would compile to about {total:,} "
                                           f"elements, more than the {MAX_RULES_SIZE:,} allowed")

    def _budget(self, text: str) -> Budget:
        return Budget.unlimited() if self.trusted else Budget.for_text(text)

    def candidates(self, text: str, budget: Budget | None = None) -> Iterator[list[int]]:
        """Positions where at least one break rule matches: increasing, in batches, lazily.

        The right-to-left scan runs first (its ends are kept as 4 or 8 bytes
        each); the left-to-right scan is consumed lazily and merged with them.
        """
        budget = budget or self._budget(text)
        backward = self._backward_ends(text, budget)
        size = len(backward)
        done = 0  # backward[:done] is emitted
        batch: list[int] = []
        for pos in self._forward_positions(text, budget):
            upto = bisect_left(backward, pos, done)
            while upto - done > _BATCH:
                batch.extend(backward[done:done + _BATCH])
                done += _BATCH
                yield batch
                batch = []
            batch.extend(backward[done:upto])
            done = upto + 1 if upto < size and backward[upto] == pos else upto
            batch.append(pos)
            if len(batch) >= _BATCH:
                yield batch
                batch = []
        for start in range(done, size, _BATCH):
            batch.extend(backward[start:start + _BATCH])
            yield batch
            batch = []
        if batch:
            yield batch

    def _forward_scan(self, text: str) -> regex.Pattern[str] | None:
        """The left-to-right scan for *text*: without the rare rules whose literal it lacks."""
        present = frozenset(lit for lit, _ in self._rare if lit in text)
        if present in self._forward_cache:
            return self._forward_cache[present]
        parts = self._forward_parts + [part for lit, part in self._rare if lit in present]
        scan = regex.compile(f"(?:{'|'.join(parts)})(?s:.)") if parts else None
        if len(self._forward_cache) > 64:
            self._forward_cache.clear()
        self._forward_cache[present] = scan
        return scan

    def _forward_positions(self, text: str, budget: Budget) -> Iterator[int]:
        forward = self._forward_scan(text)
        if forward is None:
            return
        last = 0
        try:
            for m in forward.finditer(text, timeout=budget.scan_timeout()):
                last = m.start()
                yield last
        except TimeoutError:
            raise self._too_slow(text, last, scan=True) from None

    def _backward_ends(self, text: str, budget: Budget) -> array[int]:
        """Ends of the right-to-left scan, ascending, as 4 (or 8) bytes each."""
        ends = array("I" if len(text) < 2**32 else "q")
        if self._backward is None:
            return ends
        scan = self._backward.finditer(text, overlapped=True, timeout=budget.scan_timeout())
        try:
            ends.extend(map(_END, scan))  # each end once, descending
        except TimeoutError:
            raise self._too_slow(text, ends[-1] if ends else len(text), scan=True) from None
        ends.reverse()
        return ends

    def _absent(self, text: str) -> frozenset[int]:
        """The rules that cannot apply to *text* (a literal they start with is not in it)."""
        return frozenset(i for i, lit in self._literals if lit not in text)

    def _ordered_without(self, absent: frozenset[int]) -> regex.Pattern[str]:
        """The ordered pattern without the rules *absent*."""
        if not absent:
            ordered = self.ordered
            assert ordered is not None
            return ordered
        pattern = self._ordered_cache.get(absent)
        if pattern is None:
            if len(self._ordered_cache) > 64:
                self._ordered_cache.clear()
            pattern = regex.compile("|".join(
                part for i, part in enumerate(self._parts) if i not in absent))
            self._ordered_cache[absent] = pattern
        return pattern

    def _ordered_from(self, start: int, absent: frozenset[int]) -> regex.Pattern[str] | None:
        """The ordered pattern of the rules from index *start* on, without those *absent*.

        None when no rule is left.  What :meth:`_decide` matches once the rule at
        ``start - 1`` matched and was rejected: every rule before it already failed
        at that position, so only the rules after it can decide there.
        """
        key = (start, absent)
        if key not in self._after_cache:
            if len(self._after_cache) > 64:
                self._after_cache.clear()
            parts = [part for i, part in enumerate(self._parts[start:], start)
                     if i not in absent]
            self._after_cache[key] = regex.compile("|".join(parts)) if parts else None
        return self._after_cache[key]

    def _decide(self, text: str, pos: int, absent: frozenset[int],
                timeout: float | None = None,
                first: regex.Match[str] | None = None) -> int | None:
        """Index of the first rule that applies at *pos*, or ``None``.

        The ordered pattern's first matching alternative decides, unless its
        rule tests a word against a list and the word is in it: then that rule
        does not apply here, and the rules after it decide (the rules before it
        failed at *pos* already: they are not tried again).  *first* is the
        ordered pattern's match at *pos* when the caller already has it (the
        pattern is a long alternation: matching it again is most of the cost).
        """
        m = first if first is not None else (
            self._ordered_without(absent).match(text, pos, timeout=timeout))
        while m is not None:
            index = int(m.lastgroup[4:])  # type: ignore[index]
            tests = self._tests.get(index)
            if tests is None or all((m.group(group) or "").lower() not in words
                                    for group, words in tests):
                return index
            after = self._ordered_from(index + 1, absent)
            m = None if after is None else after.match(text, pos, timeout=timeout)
        return None

    def iter_decisions(self, text: str) -> Iterator[tuple[int, int]]:
        """``(position, rule index)`` for every candidate: which rule decided there."""
        if not self._parts:
            return
        budget = self._budget(text)
        absent = self._absent(text)
        pos = 0
        try:
            for batch in self.candidates(text, budget):
                for pos in batch:
                    started = time.perf_counter()
                    index = self._decide(text, pos, absent, budget.match_timeout())
                    budget.spend(started)
                    if index is not None:
                        yield pos, index
        except TimeoutError:
            raise self._too_slow(text, pos, scan=False) from None

    def decisions(self, text: str) -> list[tuple[int, int]]:
        """:meth:`iter_decisions` as a list."""
        return list(self.iter_decisions(text))

    def iter_breaks(self, text: str) -> Iterator[list[int]]:
        """The positions where the rules say a segment ends: increasing, in batches, lazily."""
        if not self.trusted:
            breaking = self.breaking
            batch: list[int] = []
            for pos, index in self.iter_decisions(text):
                if breaking[index]:
                    batch.append(pos)
                    if len(batch) >= _BATCH:
                        yield batch
                        batch = []
            if batch:
                yield batch
            return
        if not self._parts:  # the hot path: trusted rules, no budget to consult
            return
        absent = self._absent(text)
        match, tests = self._ordered_without(absent).match, self._tests
        breaking = self.breaking
        for candidates in self.candidates(text):
            found = []
            for pos in candidates:
                if (m := match(text, pos)) is None:
                    continue
                rule: int | None = int(m.lastgroup[4:])  # type: ignore[index]
                if rule in tests:  # rare: a rule with a word test matched; decide it fully
                    rule = self._decide(text, pos, absent, first=m)
                if rule is not None and breaking[rule]:
                    found.append(pos)
            if found:
                yield found

    def breaks(self, text: str) -> list[int]:
        """Every position of *text* where the rules say a segment ends."""
        return [pos for batch in self.iter_breaks(text) for pos in batch]

    def _single(self, index: int) -> regex.Pattern[str]:
        """Rule *index* alone (compiled on first use for the bundled rules)."""
        pattern = self._compiled_singles.get(index)
        if pattern is None:
            pattern = self._compiled_singles[index] = regex.compile(self._single_parts[index])
        return pattern

    @property
    def _singles(self) -> list[regex.Pattern[str]]:
        """Every rule alone, in order (what a rule-by-rule check matches)."""
        return [self._single(index) for index in range(len(self._single_parts))]

    def _too_slow(self, text: str, pos: int, *, scan: bool) -> ParseError:
        """The error for an exhausted budget, naming the first rule that is slow near *pos*."""
        for index, rule in enumerate(self.rules):
            if scan and not rule.breaking:
                continue
            try:
                if scan:
                    self._single(index).search(text, pos, min(len(text), pos + 10_000),
                                                timeout=_DIAGNOSE_SECONDS)
                else:
                    self._single(index).match(text, pos, timeout=_DIAGNOSE_SECONDS)
            except TimeoutError:
                return ParseError(self.name, rule.line,
                                  f"{rule.where} is too slow: matching it near character "
                                  f"{pos} of the text took more than the time allowed "
                                  f"(nested repeats such as (a|aa)+ backtrack exponentially)")
        return ParseError(self.name, 0, "the rules are too slow on this text: matching took "
                                        "more than the time allowed (see docs/segmentation.md)")


@lru_cache(maxsize=64)
def compile_rules(rules: SrxRules, lang: str) -> CompiledRules:
    """Compile (once, cached) the rules of *rules* that apply to *lang*."""
    return CompiledRules(rules.rules_for(lang), rules.path or rules.name, trusted=rules.trusted)
