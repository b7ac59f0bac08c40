"""Bounds on user-supplied regular expressions (SRX rules, ``--skip``): size and time.

A rules file, a language pattern or a skip pattern comes from outside, so it
must neither exhaust memory nor hang the process:

* **Size, before compiling.**  The ``regex`` engine expands counted repeats
  when it compiles (``a{1000000000}`` asks for gigabytes).  :func:`check_size`
  estimates the compiled size of a pattern (every atom counts one, a repeat
  ``{m,n}`` multiplies what it repeats by its largest count, nested repeats
  multiply) and refuses a pattern whose estimate exceeds :data:`MAX_PATTERN_SIZE`
  or that repeats anything more than :data:`MAX_REPEAT` times.
* **Count, before compiling.**  Compiling costs time no match budget covers, so
  a file may hold at most :data:`MAX_RULES` rules.
* **Time, while matching.**  A pattern such as ``(a|aa)+b`` backtracks
  exponentially.  Every match of a user pattern runs under a :class:`Budget`
  (the ``regex`` module's own ``timeout``): a single match may take at most
  :data:`MATCH_SECONDS`, and the matches over one text at most
  ``TEXT_SECONDS + TEXT_SECONDS_PER_CHAR * len(text)`` per scan and as much
  again for the decisions, so a rule that is merely slow at every position
  (a look-behind ``(?<=.*x)``, quadratic over the text) is stopped too.

The bundled rules are trusted and run without a budget (their cost is linear,
see ``tests/segmentation/test_segmentation_cost.py``).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

__all__ = [
    "MATCH_SECONDS",
    "MAX_PATTERN_SIZE",
    "MAX_REPEAT",
    "MAX_RULES",
    "MAX_RULES_SIZE",
    "TEXT_SECONDS",
    "TEXT_SECONDS_PER_CHAR",
    "Budget",
    "check_size",
    "estimated_size",
]

#: Largest estimated compiled size of one user pattern (atoms, repeats expanded).
MAX_PATTERN_SIZE = 100_000
#: Largest estimated compiled size of all the rules that apply to one language.
MAX_RULES_SIZE = 1_000_000
#: Most rules one SRX file may hold, over all its language rules.  Each user rule is
#: compiled before any text is read (about 0.5 ms each), which no match budget covers:
#: 50,000 small rules took 28 CPU s (red team R9-4).  tm's bundled files hold 82, and
#: the largest published rule sets (LanguageTool's, OmegaT's) a few thousand at most.
MAX_RULES = 10_000
#: Largest count of a counted repeat ``{m,n}`` in a user pattern.
MAX_REPEAT = 10_000
#: Longest time one match of a user pattern may take, in seconds.
MATCH_SECONDS = 1.0
#: Time allowed for all matches over one text: this much plus ...  (The regex
#: engine's timeout counts CPU time, so load on the machine does not trip it;
#: the bundled rules need about 0.2 us a character, a hundredth of the share
#: below, so a legitimate rule set is far inside the budget.)
TEXT_SECONDS = 1.0
#: ... this much per character of the text.
TEXT_SECONDS_PER_CHAR = 20e-6

_QUANTIFIERS = "*+?"
# After "(": the syntax that opens a group (?:  (?<=  (?P<name>  (?i:  (?(1) ...
_GROUP_OPENING = re.compile(r"\?(?:[:=!>|]|<[=!]|P?<[^>]*>|'[^']*'|[\w^-]*:|\([^)]*\))")
# After "(": constructs with no group content: flags, recursion, group calls.
_NO_CONTENT = re.compile(r"\?(?:[a-zA-Z^-]*|P?[=>][^)]*|&[^)]*|[+-]?\d+|R)\)")


def check_size(pattern: str) -> str | None:
    """Why *pattern* is too big to compile safely, or None when it is fine."""
    try:
        size = estimated_size(pattern)
    except _TooManyRepeats as err:
        return f"a repeat count of {err.count} is more than the {MAX_REPEAT:,} allowed"
    if size > MAX_PATTERN_SIZE:
        return (f"the pattern would compile to about {size:,} elements, more than the "
                f"{MAX_PATTERN_SIZE:,} allowed (large repeat counts, nested repeats)")
    return None


class _TooManyRepeats(Exception):
    def __init__(self, count: int) -> None:
        super().__init__(count)
        self.count = count


def estimated_size(pattern: str) -> int:
    """An upper estimate of the compiled size of *pattern*: atoms, with repeats multiplied out.

    >>> estimated_size("ab"), estimated_size("(?:ab){3}"), estimated_size("(?:a{10}){10}")
    (2, 6, 100)
    """
    stack: list[list[int]] = [[]]  # per open group: the sizes of its atoms so far
    pos, n = 0, len(pattern)
    while pos < n:
        ch = pattern[pos]
        if ch == "(":
            if pattern.startswith("(?#", pos):
                pos = _skip_to(pattern, pos, ")") + 1
                continue
            call = _NO_CONTENT.match(pattern, pos + 1)
            if call:  # (?i), (?R), (?1), (?&name), (?P=name): no group content
                stack[-1].append(1)
                pos = call.end()
                continue
            opening = _GROUP_OPENING.match(pattern, pos + 1)
            stack.append([])
            pos = opening.end() if opening else pos + 1
        elif ch == ")" and len(stack) > 1:
            inner = sum(stack.pop())
            stack[-1].append(max(inner, 1))
            pos += 1
        elif ch in "|":
            pos += 1
        elif ch == "[":
            pos = _class_end(pattern, pos)
            stack[-1].append(1)
        elif ch == "\\":
            pos = _escape_end(pattern, pos)
            stack[-1].append(1)
        elif ch in _QUANTIFIERS or (ch == "{" and _counted(pattern, pos)):
            pos = _apply_quantifier(pattern, pos, stack[-1])
        else:
            stack[-1].append(1)
            pos += 1
    while len(stack) > 1:  # unbalanced: regex will refuse it; count what is there
        inner = sum(stack.pop())
        stack[-1].append(inner)
    return sum(stack[0])


def _apply_quantifier(pattern: str, pos: int, atoms: list[int]) -> int:
    """Multiply the last atom by the quantifier at *pos*; return the position after it."""
    count = 1
    if pattern[pos] == "{":
        end = pattern.index("}", pos)
        numbers = [int(x) for x in pattern[pos + 1:end].split(",") if x.strip()]
        count = max(numbers) if numbers else 1
        if count > MAX_REPEAT:
            raise _TooManyRepeats(count)
        pos = end + 1
    else:
        pos += 1
    if pos < len(pattern) and pattern[pos] in "?+":
        pos += 1  # lazy or possessive
    if atoms:
        atoms[-1] *= max(count, 1)
    return pos


def _counted(pattern: str, pos: int) -> bool:
    """Whether the ``{`` at *pos* starts a counted repeat (``{3}``, ``{1,5}``, ``{,9}``)."""
    end = pattern.find("}", pos)
    if end < 0:
        return False
    body = pattern[pos + 1:end].replace(" ", "")
    parts = body.split(",")
    return 1 <= len(parts) <= 2 and any(parts) and all(p.isdigit() for p in parts if p)


def _skip_to(pattern: str, pos: int, char: str) -> int:
    end = pattern.find(char, pos)
    return len(pattern) - 1 if end < 0 else end


def _escape_end(pattern: str, pos: int) -> int:
    """The position after the escape starting at *pos* (``\\p{L}``, ``\\x{41}``, ``\\.``)."""
    if pos + 1 >= len(pattern):
        return pos + 1
    if pattern[pos + 1] in "pPNxu" and pattern.startswith("{", pos + 2):
        return _skip_to(pattern, pos, "}") + 1
    if pattern[pos + 1] == "g" and pattern.startswith("<", pos + 2):
        return _skip_to(pattern, pos, ">") + 1
    return pos + 2


def _class_end(pattern: str, pos: int) -> int:
    """The position after the character class starting at *pos*."""
    i = pos + 1
    if pattern.startswith("^", i):
        i += 1
    if pattern.startswith("]", i):
        i += 1  # a leading ] is a literal
    depth = 1
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i = _escape_end(pattern, i)
            continue
        if ch == "[" and pattern.startswith("[:", i):
            i = _skip_to(pattern, i + 2, "]") + 1  # [:alpha:]
            continue
        if ch == "[":
            depth += 1  # a nested set (regex VERSION1)
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return i


@dataclass
class Budget:
    """Matching time left for user patterns over one text (see the module docstring).

    Only time spent inside the ``regex`` engine counts (a reader that pauses a
    pipe does not use up the budget).  ``limit`` is None for no limit (the
    bundled rules).  A scan (``finditer``) gets the whole limit as its own
    ``timeout``, which the engine accumulates over the scan; single matches
    share what :meth:`spend` has not used yet.
    """

    limit: float | None
    spent: float = 0.0

    @classmethod
    def for_text(cls, text: str) -> Budget:
        """The budget for matching user patterns over *text*."""
        return cls(TEXT_SECONDS + TEXT_SECONDS_PER_CHAR * len(text))

    @classmethod
    def unlimited(cls) -> Budget:
        """No limit: for the bundled (trusted) rules."""
        return cls(None)

    def scan_timeout(self) -> float | None:
        """The ``timeout=`` of one scan over the text."""
        return self.limit

    def match_timeout(self) -> float | None:
        """The ``timeout=`` of the next single match: what is left, at most MATCH_SECONDS."""
        if self.limit is None:
            return None
        return min(max(self.limit - self.spent, 1e-3), MATCH_SECONDS)

    def spend(self, started: float) -> None:
        """Charge the time since *started* (a :func:`time.perf_counter` value)."""
        self.spent += time.perf_counter() - started
