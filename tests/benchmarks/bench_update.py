"""``tm update`` against GNU ``msgmerge``: translations kept, offered as fuzzy, lost; speed.

Two inputs, both merged by ``tm.update``, by ``msgmerge --previous OLD.po
NEW.pot`` and by Translate Toolkit's ``pot2po -t OLD.po NEW.pot`` (from the
``bench`` extra) (the POT is the revised source segmented the way ``tm segment
--format pot`` does, msgctxt = stable ids, so msgmerge sees the same entries):

1. **The article**: tests/data/update/article.po (the bundled article aligned
   by hand, with two 2-1 entries) and the revised article written for the
   tests (edited, inserted, deleted, moved, split and merged sentences, a new
   title).
2. **A 20,000-sentence PO** built from the Bible verse pairs of
   ../shared/data/bible-en-zh (verses that are one English sentence; msgstr
   the Chinese verse) and a revision touching 10% of the sentences: word
   edits, deletions, insertions, moves, splits at a comma, merges of
   neighbours (seeded, reproducible).  Each revised sentence remembers where it
   came from, so a suggestion can be judged: *right* when its msgstr holds the
   translation of the sentence it came from (or is part of it: a split).

Reported per tool: translations kept exactly (not fuzzy, right msgstr),
fuzzy suggestions (right / wrong), sentences left empty although a previous
translation existed, and wall time; then tm's time split into merging and
rendering the PO, wall and CPU (CPU is the fairer figure on a shared machine).
``TM_BENCH_UPDATE_SIZE`` (20000) sets the size tm is timed at;
``TM_BENCH_UPDATE_PEER_SIZE`` (5000) the size both tools run side by side at
(msgmerge's fuzzy search is quadratic: over ten minutes at 20,000).
"""

from __future__ import annotations

import itertools
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import polib

from tm.formats.po import format_po, read_po
from tm.segmentation import CHROME, segment, stable_ids
from tm.updating import update

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "bible-en-zh" / "bible.tsv"
ARTICLE = ROOT / "tests" / "data" / "update"
SIZE = int(os.environ.get("TM_BENCH_UPDATE_SIZE", "20000"))
#: msgmerge's fuzzy search is quadratic (20,000 sentences take it over ten minutes),
#: so by default it runs side by side on a 5,000-sentence PO only.
PEER_SIZE = int(os.environ.get("TM_BENCH_UPDATE_PEER_SIZE", "5000"))
EDIT_RATE = 0.10
#: (input, then wall and CPU seconds: to read the old PO, to segment and merge, to render the
#: merged PO, in all)
TIMINGS: list[tuple[str, float, float, float, float, float, float, float, float]] = []


@dataclass
class Revised:
    """A revised sentence and the old sentences it came from (none: inserted)."""

    text: str
    kind: str
    origin: tuple[int, ...]


def load_sentences(limit: int) -> list[tuple[str, str]]:
    """(English, Chinese) verse pairs whose English is exactly one sentence."""
    pairs: list[tuple[str, str]] = []
    seen: set[str] = set()
    with DATA.open(encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[1] in seen:
                continue
            if len(segment(parts[1])) == 1:
                seen.add(parts[1])
                pairs.append((parts[1], parts[2]))
            if len(pairs) >= limit:
                break
    return pairs


def _edit(text: str, rng: random.Random, vocab: list[str]) -> str:
    words = text.split()
    for _ in range(rng.choice((1, 1, 2, 3))):
        i = rng.randrange(len(words))
        if rng.random() < 0.7:
            words[i] = rng.choice(vocab)
        else:
            words.insert(i, rng.choice(vocab))
    return " ".join(words)


def _split(text: str) -> list[str] | None:
    cuts = [i for i, ch in enumerate(text) if ch in ",;:" and 20 < i < len(text) - 20]
    if not cuts:
        return None
    cut = min(cuts, key=lambda i: abs(i - len(text) // 2))
    rest = text[cut + 1:].strip()
    return [text[:cut] + ".", rest[:1].upper() + rest[1:]]


def revise(old: list[str], extra: list[str], seed: int = 6) -> list[Revised]:
    """Touch EDIT_RATE of the sentences: edit, delete, insert, move, split or merge."""
    rng = random.Random(seed)
    vocab = sorted({w for s in old[:2000] for w in s.split() if w.isalpha()})
    out: list[Revised] = []
    moved: list[Revised] = []
    i = 0
    while i < len(old):
        if rng.random() >= EDIT_RATE:
            out.append(Revised(old[i], "kept", (i,)))
            i += 1
            continue
        op = rng.choices(["edit", "delete", "insert", "move", "split", "merge"],
                         [40, 15, 15, 10, 10, 10])[0]
        parts = _split(old[i]) if op == "split" else None
        if op == "merge" and i + 1 < len(old):
            merged = old[i].rstrip(".;:") + ", and " + old[i + 1][:1].lower() + old[i + 1][1:]
            out.append(Revised(merged, "merged", (i, i + 1)))
            i += 1
        elif op == "split" and parts:
            out += [Revised(p, "split", (i,)) for p in parts]
        elif op == "delete":
            pass
        elif op == "insert":
            out += [Revised(extra.pop(), "inserted", ()), Revised(old[i], "kept", (i,))]
        elif op == "move":
            moved.append(Revised(old[i], "kept", (i,)))
        else:
            out.append(Revised(_edit(old[i], rng, vocab), "edited", (i,)))
        i += 1
    for item in moved:
        out.insert(rng.randrange(len(out) + 1), item)
    return out


def rewrite(old: list[str], extra: list[str], seed: int = 7) -> list[Revised]:
    """A full rewrite: every sentence word-edited, 5% deleted, 5% preceded by a new one."""
    rng = random.Random(seed)
    vocab = sorted({w for s in old[:2000] for w in s.split() if w.isalpha()})
    out: list[Revised] = []
    for i, text in enumerate(old):
        draw = rng.random()
        if draw < 0.05:
            continue
        if draw < 0.10:
            out.append(Revised(extra.pop(), "inserted", ()))
        out.append(Revised(_edit(text, rng, vocab), "edited", (i,)))
    return out


def old_po(pairs: list[tuple[str, str]], name: str) -> polib.POFile:
    """The translated PO of the original document, one entry per sentence."""
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "zh_CN"}
    for n, (ctx, (en, zh)) in enumerate(zip(stable_ids([p[0] for p in pairs]), pairs,
                                            strict=True)):
        po.append(polib.POEntry(msgctxt=ctx, msgid=en, msgstr=zh,
                                occurrences=[(name, str(2 * n + 1))]))
    return po


def pot(sentences: list[str], name: str) -> polib.POFile:
    """The POT of the revised document, as ``tm segment --format pot`` writes it."""
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for n, (ctx, text) in enumerate(zip(stable_ids(sentences), sentences, strict=True)):
        po.append(polib.POEntry(msgctxt=ctx, msgid=text, msgstr="",
                                occurrences=[(name, str(2 * n + 1))]))
    return po


def run_msgmerge(old: polib.POFile, template: polib.POFile) -> tuple[polib.POFile, float]:
    """Merge with GNU msgmerge (``--previous``); return the result and the seconds it took."""
    with tempfile.TemporaryDirectory() as tmp:
        old_path, pot_path, out_path = (Path(tmp) / n for n in ("old.po", "new.pot", "out.po"))
        old_path.write_text(format_po(old), encoding="utf-8")
        pot_path.write_text(format_po(template), encoding="utf-8")
        started = time.perf_counter()
        subprocess.run(["msgmerge", "--quiet", "--previous", "-o", str(out_path),
                        str(old_path), str(pot_path)], check=True)
        seconds = time.perf_counter() - started
        return read_po(out_path), seconds


def run_pot2po(old: polib.POFile, template: polib.POFile) -> tuple[polib.POFile, float] | None:
    """Merge with Translate Toolkit's ``pot2po -t OLD.po NEW.pot`` (None if not installed)."""
    tool = shutil.which("pot2po") or str(Path(sys.executable).with_name("pot2po"))
    if not Path(tool).exists():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        old_path, pot_path, out_path = (Path(tmp) / n for n in ("old.po", "new.pot", "out.po"))
        old_path.write_text(format_po(old), encoding="utf-8")
        pot_path.write_text(format_po(template), encoding="utf-8")
        started = time.perf_counter()
        subprocess.run([tool, "--progress=none", "-t", str(old_path), str(pot_path),
                        str(out_path)], check=True, capture_output=True)
        seconds = time.perf_counter() - started
        return read_po(out_path), seconds


def judge(result: polib.POFile, revised: list[Revised], old: list[str],
          targets: list[str]) -> dict[str, int]:
    """Count kept, right/wrong fuzzy and lost translations, entry by entry."""
    counts = dict.fromkeys(("kept", "fuzzy right", "fuzzy wrong", "empty but known",
                            "empty"), 0)
    active = [e for e in result if not e.obsolete and e.msgid]
    by_text: dict[str, list[polib.POEntry]] = {}
    for one in active:
        by_text.setdefault(one.msgid, []).append(one)
    for item in revised:
        entry = _entry_for(item.text, by_text, active)
        wanted = [targets[o] for o in item.origin]
        if entry is None or not entry.msgstr:
            counts["empty but known" if wanted else "empty"] += 1
        elif "fuzzy" not in entry.flags:
            counts["kept" if entry.msgstr in wanted else "fuzzy wrong"] += 1
        else:
            right = any(w and (w in entry.msgstr or entry.msgstr in w) for w in wanted)
            counts["fuzzy right" if right else "fuzzy wrong"] += 1
    return counts


def _entry_for(text: str, by_text: dict[str, list[polib.POEntry]],
               active: list[polib.POEntry]) -> polib.POEntry | None:
    found = by_text.get(text)
    if found:
        return found[0]
    return next((e for e in active if text in e.msgid), None)  # in a multi-sentence entry


def compare(name: str, old: polib.POFile, revised: list[Revised], old_texts: list[str],
            targets: list[str], text: str, peers: bool = True) -> list[str]:
    """Table rows for tm and msgmerge on one input."""
    rows = []
    rendered, seconds = _time_tm(name, old, text)
    sentences = [s.text for s in segment(text, skip=CHROME)]  # as tm update does
    results = [("tm update", polib.pofile(rendered), seconds)]
    if peers and shutil.which("msgmerge"):
        merged, seconds = run_msgmerge(old, pot(sentences, "new.txt"))
        results.append(("GNU msgmerge --previous", merged, seconds))
    found = run_pot2po(old, pot(sentences, "new.txt")) if peers else None
    if found:
        results.append(("Translate Toolkit pot2po", *found))
    for tool, po, seconds in results:
        c = judge(po, revised, old_texts, targets)
        rows.append(f"| {name} | {tool} | {len(revised)} | {c['kept']} | {c['fuzzy right']} | "
                    f"{c['fuzzy wrong']} | {c['empty but known']} | {c['empty']} | "
                    f"{seconds:.2f} |")
    return rows


def _time_tm(name: str, old: polib.POFile, text: str) -> tuple[str, float]:
    """Read *old* from a file, merge *text* and render the result, timing each step."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "old.po"
        path.write_text(format_po(old), encoding="utf-8")
        clocks = [(time.perf_counter(), time.process_time())]
        po = read_po(path)
        clocks.append((time.perf_counter(), time.process_time()))
        ours = update(text, po, source_name="new.txt", skip=CHROME)
        clocks.append((time.perf_counter(), time.process_time()))
        rendered = format_po(ours.po)
        clocks.append((time.perf_counter(), time.process_time()))
    steps = [(b[0] - a[0], b[1] - a[1]) for a, b in itertools.pairwise(clocks)]
    steps.append((clocks[-1][0] - clocks[0][0], clocks[-1][1] - clocks[0][1]))
    TIMINGS.append((name, *(x for step in steps for x in step)))  # type: ignore[arg-type]
    return rendered, steps[-1][0]


def article_case() -> tuple[polib.POFile, list[Revised], list[str], list[str], str]:
    """The article and its revision; the origin of each revised sentence is from tm's plan."""
    old = read_po(ARTICLE / "article.po")
    text = (ARTICLE / "article.revised.txt").read_text(encoding="utf-8")
    entries = [e for e in old if e.msgid]
    index = {e.msgid: n for n, e in enumerate(entries)}
    expected = read_po(ARTICLE / "expected.po")  # reviewed by hand: its origins are right
    revised: list[Revised] = []
    for entry in (e for e in expected if not e.obsolete):
        previous = entry.previous_msgid or entry.msgid
        origin = tuple(n for src, n in index.items() if src in previous or previous in src)
        for sentence in segment(entry.msgid):
            revised.append(Revised(sentence.text, "", origin))
    return old, revised, [e.msgid for e in entries], [e.msgstr for e in entries], text


def rewrite_rows(base: list[tuple[str, str]], extra: list[str]) -> list[str]:
    """Table rows for tm alone on a full rewrite (no sentence unchanged) of *base*."""
    old_texts = [en for en, _ in base]
    rewritten = rewrite(old_texts, list(extra))
    text = "\n\n".join(r.text for r in rewritten) + "\n"
    return compare(f"Bible {len(base)}, every sentence edited", old_po(base, "old.txt"),
                   rewritten, old_texts, [zh for _, zh in base], text, peers=False)


def main() -> None:
    """Print the comparison table and the timing of the large case."""
    print("| input | tool | sentences | kept exactly | fuzzy, right | fuzzy, wrong "
          "| empty, translation existed | empty, new | seconds |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for row in compare("article", *article_case()):
        print(row)
    if not DATA.exists():
        print(f"\n{DATA} not found: the {SIZE}-sentence case is skipped.")
        return
    largest = max(SIZE, PEER_SIZE)
    pairs = load_sentences(largest + largest // 5)
    for size in sorted({PEER_SIZE, SIZE}):
        base, extra = pairs[:size], [en for en, _ in pairs[largest:]]
        old_texts = [en for en, _ in base]
        revised = revise(old_texts, extra)
        text = "\n\n".join(r.text for r in revised) + "\n"
        for row in compare(f"Bible {size}, 10% edited", old_po(base, "old.txt"), revised,
                           old_texts, [zh for _, zh in base], text, peers=size <= PEER_SIZE):
            print(row)
    for row in rewrite_rows(pairs[:SIZE], [en for en, _ in pairs[largest:]]):
        print(row)
    print("\n| input | read_po, wall (CPU) s | tm.update: segment + merge, wall (CPU) s "
          "| format_po, wall (CPU) s | in all, wall (CPU) s |")
    print("|---|---:|---:|---:|---:|")
    for name, *t in TIMINGS:
        print(f"| {name} | " + " | ".join(f"{t[k]:.2f} ({t[k + 1]:.2f})" for k in (0, 2, 4, 6))
              + " |")
    kinds: dict[str, int] = {}
    for r in revised:
        kinds[r.kind] = kinds.get(r.kind, 0) + 1
    print("\nRevision of the large case: " + ", ".join(f"{v} {k}" for k, v in sorted(kinds.items()))
          + " sentences.")


if __name__ == "__main__":
    main()
