"""Numbers and glossary: ``python tests/benchmarks/run.py terms``.

1. Number comparison on real translations.  The 31,031 verse pairs of the
   KJV / Chinese Union Version Bible (../shared/data/bible-en-zh) are taken as
   correct: every pair flagged is a false alarm or a real liberty of the
   translator.  Then, in each pair whose numbers matched, one Chinese number
   that the English also states is changed (3 -> 4, 三 -> 四), and we count how
   many of these seeded errors are caught.  Peer: Translate Toolkit's ``numbers`` test (the
   one ``pofilter -t numbers`` runs), on the same pairs in the same run.
2. Glossary term finding speed: the article glossary and a synthetic
   5,000-term glossary over the verses, English and Chinese.
"""

from __future__ import annotations

import csv
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

from tm import Glossary, Term
from tm.numbers import extract_numbers, same_numbers

ROOT = Path(__file__).resolve().parents[2]
BIBLE = ROOT.parent / "shared" / "data" / "bible-en-zh" / "bible.tsv"
_NEXT_ZH = str.maketrans("一二三四五六七八九", "二三四五六七八九一")


def _pairs() -> list[tuple[str, str]]:
    with BIBLE.open(encoding="utf-8", newline="") as handle:
        return [(row["en"], row["zh"]) for row in csv.DictReader(handle, delimiter="\t")]


def _ours(en: str, zh: str) -> bool:
    missing, extra = same_numbers(en, "en", zh, "zh")
    return bool(missing or extra)


def pofilter_numbers() -> Callable[[str, str], bool] | None:
    """Translate Toolkit's ``numbers`` test (what ``pofilter -t numbers`` runs) as a flag
    on one pair, or None if the ``bench`` extra is not installed."""
    try:
        from translate.filters import checks
    except ImportError:
        return None
    checker = checks.StandardChecker()

    def flagged(en: str, zh: str) -> bool:
        try:
            checker.numbers(en, zh)
        except checks.FilterFailure:
            return True
        return False
    return flagged


def _seed(en: str, zh: str) -> str | None:
    """Change (one digit up) the first Chinese number that the English also states."""
    stated = {n.value for n in extract_numbers(en, "en")}
    numbers = [n for n in extract_numbers(zh, "zh")
               if n.kind in ("number", "percent", "date") and n.value in stated and n.value != 1]
    if not numbers:
        return None
    n = numbers[0]
    if re.search(r"\d", n.text):
        i = max(i for i, c in enumerate(n.text) if c.isdigit())
        changed = n.text[:i] + str((int(n.text[i]) + 1) % 10) + n.text[i + 1:]
    else:
        changed = n.text.translate(_NEXT_ZH)
    if changed == n.text:
        return None
    return zh[:n.start] + changed + zh[n.end:]


def _numbers_table(pairs: list[tuple[str, str]]) -> None:
    checkers: dict[str, Callable[[str, str], bool]] = {"tm same_numbers": _ours}
    peer = pofilter_numbers()
    if peer is not None:
        checkers["pofilter numbers (Translate Toolkit)"] = peer
    with_numbers = [(en, zh) for en, zh in pairs
                    if extract_numbers(en, "en") or extract_numbers(zh, "zh")]
    seeded = [(en, s) for en, zh in with_numbers if not _ours(en, zh)
              for s in [_seed(en, zh)] if s is not None]
    print(f"{len(pairs):,} verse pairs, {len(with_numbers):,} with a number in either "
          f"language; {len(seeded):,} seeded errors (in a pair whose numbers matched, a "
          "Chinese number that the English also states is changed).\n")
    print("| checker | pairs flagged (of all) | flagged among pairs with numbers "
          "| seeded errors caught | µs per pair |")
    print("|---|---:|---:|---:|---:|")
    for name, flagged in checkers.items():
        started = time.perf_counter()
        count = sum(flagged(en, zh) for en, zh in pairs)
        per_pair = (time.perf_counter() - started) / len(pairs) * 1e6
        among = sum(flagged(en, zh) for en, zh in with_numbers)
        caught = sum(flagged(en, zh) for en, zh in seeded)
        print(f"| {name} | {count:,} ({count / len(pairs):.2%}) | "
              f"{among:,} ({among / len(with_numbers):.1%}) | "
              f"{caught:,} ({caught / max(1, len(seeded)):.1%}) | {per_pair:.0f} |")


def _glossary_table(pairs: list[tuple[str, str]]) -> None:
    article = Glossary.load(ROOT / "locales" / "zh_CN" / "glossary.tbx")
    rng = random.Random(0)
    vocabulary = sorted({w.lower() for en, _ in pairs[:3000] for w in re.findall(r"[A-Za-z]+", en)
                         if len(w) > 3})
    han = [c for _, zh in pairs[:300] for c in zh if "\u4e00" <= c <= "\u9fff"]
    synthetic = Glossary.from_terms([
        Term(" ".join(rng.sample(vocabulary, 1 + i % 2)), ("".join(rng.sample(han, 3)),))
        for i in range(5000)])
    print("\n| glossary | terms | text | texts | hits | µs per text |")
    print("|---|---:|---|---:|---:|---:|")
    for label, glossary in (("article (locales/zh_CN/glossary.tbx)", article),
                            ("synthetic", synthetic)):
        for lang, side in (("en", 0), ("zh", 1)):
            texts = [pair[side] for pair in pairs]
            glossary.find(texts[0], lang=lang)  # build the index outside the timing
            started = time.perf_counter()
            hits = sum(len(glossary.find(text, lang=lang)) for text in texts)
            per_text = (time.perf_counter() - started) / len(texts) * 1e6
            print(f"| {label} | {len(glossary):,} | {lang} verses | {len(texts):,} | "
                  f"{hits:,} | {per_text:.0f} |")


def main() -> None:
    """Print the number-comparison and glossary tables."""
    if not BIBLE.is_file():
        print(f"{BIBLE} not found; skipping the numbers and glossary benchmarks.")
        return
    pairs = _pairs()
    _numbers_table(pairs)
    _glossary_table(pairs)


if __name__ == "__main__":
    main()
