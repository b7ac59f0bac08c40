"""Letters a caseless pattern takes for ASCII ones never crash the reader (speed engineer's find).

Python's re and the regex module match ``İ`` (U+0130) and ``ı`` (U+0131) for ``i``, ``ſ``
(U+017F) for ``s`` and the Kelvin sign ``K`` (U+212A) for ``k`` under IGNORECASE; the
readers then looked the matched word up lower-cased ("thri̇ce", "twıce") in their word
tables: ``KeyError``, so ``tm check`` crashed on any catalog holding such a word.  These
letters are now read as the ASCII letter they match, in every reader, and each number
still shows what the writer wrote.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.numbers import extract_numbers

#: One phrase per kind of word reader: counts, ordinals, fractions, scales, months,
#: durations, multiples, once/twice, decades, ranges, ratios, percent words, currencies.
PHRASES = [
    "thrice more", "twice a week", "once daily", "fifty-five items", "the first quarter",
    "twenty-first century", "a fifth of sales", "5 billion yuan", "five million dollars",
    "April 5, 2024", "3 hours 5 minutes", "fivefold", "quadrupled in size", "the nineties",
    "in the sixties", "six to seven days", "seven in ten people", "sixty percent",
    "4 kilometres", "10 kilos", "six weeks", "the sixth time", "dozens of ships",
    "a quarter of a million", "one in six", "sixteen kilowatts",
]
_ALIKES = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def _variants(phrase: str) -> list[str]:
    """*phrase* with every i, s or k written as each of its caseless alikes."""
    return [phrase.replace(letter, alike) for letter, alikes in _ALIKES.items()
            if letter in phrase for alike in alikes]


@every_row("phrase", PHRASES)
def test_the_alikes_read_as_the_ascii_letters(phrase: str) -> None:
    want = [(n.value, n.kind) for n in extract_numbers(phrase)]
    for variant in _variants(phrase):
        got = extract_numbers(variant)
        assert [(n.value, n.kind) for n in got] == want, variant
        assert all(n.text == variant[n.start:n.end] for n in got), variant


@every_row("phrase", PHRASES)
def test_check_runs_on_them(phrase: str) -> None:
    units = [Unit(variant, "内容") for variant in _variants(phrase)]
    check(units)  # no exception: each either matches or is reported
