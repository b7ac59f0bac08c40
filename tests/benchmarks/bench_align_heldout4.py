"""Alignment on the fourth held-out set: tests/benchmarks/data/align-heldout4.

Five documents (an ESG report chapter, a white paper section, a tourism guide,
a user manual chapter, a magazine interview) written by someone who never read
src/tm (see the folder's README); the same files, figures and scoring as
``bench_align_heldout`` (aggregate figures only).  Until the data folder
exists the benchmark says so and skips.

The set's gold makes every heading furniture that never pairs, even where the
two headings translate each other; tm pairs such headings, since a translated
heading is a unit a translator wants in a memory.  So the table has two more
rows scored with heading pairs accepted: a found 1-1 bead of an English and a
Chinese line that the README's furniture table both calls a heading, headline,
running header or section label replaces their two one-sided gold beads.

Run: ``python tests/benchmarks/run.py align_heldout4``.  The first run is the
held-out score (docs/benchmarks.md says which run that was); from then on, if
its errors are looked at, it is a development set.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_align_heldout  # noqa: E402

HELDOUT4 = HERE / "data" / "align-heldout4"
#: Furniture kinds of the README that are headings (pairing two of them is a translation).
HEADING_KINDS = ("heading", "headline", "header", "section label")
_FURNITURE_ROW = re.compile(r"\| (\d{3}) \| `\[(\d*)\]:\[(\d*)\]` \| (EN|ZH) \| ([^|]+)\|")

Bead = bench_align_heldout.Bead


def headings(folder: Path = HELDOUT4) -> list[tuple[set[int], set[int]]]:
    """(English, Chinese) line numbers of the headings of each document, from the README."""
    out: dict[int, tuple[set[int], set[int]]] = {}
    docs = sorted(gold.stem for gold in folder.glob("*.gold"))
    for doc, en, zh, _, kind in _FURNITURE_ROW.findall((folder / "README.md").read_text(
            encoding="utf-8")):
        if doc in docs and any(word in kind for word in HEADING_KINDS):
            sides = out.setdefault(docs.index(doc), (set(), set()))
            (sides[0].add(int(en)) if en else sides[1].add(int(zh)))
    return [out.get(n, (set(), set())) for n in range(len(docs))]


def accept_heading_pairs(folder: Path = HELDOUT4) -> bench_align_heldout.GoldRule:
    """The gold rule that accepts a found pair of two headings (see the module docstring)."""
    marked = headings(folder)

    def rule(number: int, gold: list[Bead], found: list[Bead]) -> list[Bead]:
        en_heads, zh_heads = marked[number]
        out = list(gold)
        for src, tgt in found:
            if (len(src) == 1 and len(tgt) == 1 and src[0] in en_heads and tgt[0] in zh_heads
                    and (src, ()) in out and ((), tgt) in out):
                out.remove((src, ()))
                out[out.index(((), tgt))] = (src, tgt)
        return out
    return rule


def main() -> None:
    """Print the aggregate table of align-heldout4 (or say that it is absent)."""
    rules = [("heading pairs accepted", accept_heading_pairs())] if HELDOUT4.is_dir() else []
    bench_align_heldout.main(HELDOUT4, rules)


if __name__ == "__main__":
    sys.exit(main())
