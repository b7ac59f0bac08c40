"""Build the QA-check benchmark catalogs: a correct EN->ZH catalog and copies with seeded errors.

``clean.tsv`` (written by hand, one ``English<TAB>Chinese`` unit a line) becomes
``clean.po``; :func:`seed` applies error operators of every category to random
units (one error per unit) and returns the seeded entries and their labels.
Labels live in a sidecar JSON, never in the PO, so no checker can see them.
The committed ``seeded.po`` is seed 1; the benchmark also draws fresh seeds
(held-out catalogs) so the checks cannot be tuned to one set of strings.

Run ``python tests/benchmarks/checks_seeding.py`` to rewrite clean.po,
seeded.po and seeded.json.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import polib

DATA = Path(__file__).resolve().parent / "data" / "checks"

#: Recurring names that the glossary does not cover, and their renderings
#: in clean.tsv (the term-inconsistent seeds vary one occurrence).
NAMES = {"Zhongguancun Science Park": "中关村科技园区", "Tsinghua University": "清华大学",
         "National Bureau of Statistics": "国家统计局", "Haidian District": "海淀区",
         "Pearl River Delta": "珠江三角洲", "Alibaba": "阿里巴巴"}
# Characters a careless translator or an MT system swaps into a name.
_NAME_NOISE = "新华中国市区科学技术城江海山大小金银东西南北"
_SYNONYMS = {"表示": "称", "增长": "增加", "企业": "公司", "目前": "当前", "超过": "逾",
             "提供": "给予", "开设": "设立", "发布": "公布", "推动": "促进", "约": "大约",
             "达到": "达", "计划": "打算", "支持": "扶持"}
_ANTONYMS = {"rose": "fell", "fell": "rose", "higher": "lower", "lower": "higher",
             "largest": "smallest", "more": "fewer", "new": "old", "grew": "shrank",
             "up": "down", "young": "old", "cut": "raise", "free": "paid", "key": "minor"}


@dataclass(frozen=True)
class Entry:
    """One catalog entry (what a PO entry holds for this benchmark)."""

    context: str
    source: str
    target: str
    fuzzy: bool = False


@dataclass(frozen=True)
class Glossed:
    """A glossary term reduced to what the seeder needs."""

    source: str
    targets: tuple[str, ...]
    forbidden: tuple[str, ...]


def read_clean(path: Path = DATA / "clean.tsv") -> list[Entry]:
    """The hand-written clean catalog as entries u001, u002, ..."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return [Entry(f"u{i:03d}", en, zh) for i, (en, zh) in enumerate(rows, 1)]


def read_glossary(path: Path = DATA / "glossary.tbx") -> list[Glossed]:
    """The benchmark glossary's concepts, read with the standard library (no tm code)."""
    import xml.etree.ElementTree as ET

    out = []
    for entry in ET.parse(path).getroot().iter("termEntry"):
        en, zh, bad = "", [], []
        for lang_set in entry.iter("langSet"):
            lang = lang_set.get("{http://www.w3.org/XML/1998/namespace}lang", "")
            for tig in lang_set.iter("tig"):
                term = tig.findtext("term") or ""
                status = tig.findtext("termNote") or ""
                if lang == "en":
                    en = term
                elif "deprecated" in status:
                    bad.append(term)
                else:
                    zh.append(term)
        out.append(Glossed(en, tuple(zh), tuple(bad)))
    return out


def write_catalog(entries: list[Entry], path: Path) -> None:
    """Write *entries* as a gettext-exact PO file."""
    from tm.formats.po import new_po, write_po

    po = new_po({"Project-Id-Version": "tm-check-benchmark", "Language": "zh_CN"})
    for e in entries:
        po.append(polib.POEntry(msgctxt=e.context, msgid=e.source, msgstr=e.target,
                                flags=["fuzzy"] if e.fuzzy else []))
    write_po(po, path)


Op = Callable[[Entry, random.Random, list[Glossed]], "tuple[Entry, str] | None"]


def _numbers(e: Entry, rng: random.Random, gl: list[Glossed]) -> tuple[Entry, str] | None:
    protected = [m.span() for g in gl for t in g.targets
                 for m in re.finditer(re.escape(t), e.target)]
    runs = [m for m in re.finditer(r"(?<![%$\w])\d+(?:\.\d+)?(?![$\w])", e.target)
            if not any(s <= m.start() < end for s, end in protected)]
    zh_scale = [m for m in re.finditer("[万亿]", e.target) if m.start() and
                e.target[m.start() - 1].isdigit()]
    spelled = [m for m in re.finditer("[两七八九]", e.target)]
    choices = [("digit", runs), ("scale", zh_scale), ("spelled", spelled)]
    kind, found = rng.choice([c for c in choices if c[1]] or [("none", [])])
    if not found:
        return None
    m = rng.choice(found)
    text = m.group()
    if kind == "digit":
        digits = [i for i, ch in enumerate(text) if ch.isdigit()]
        i = rng.choice(digits)
        new_digit = rng.choice([d for d in "0123456789" if d != text[i] and (i or d != "0")])
        new = text[:i] + new_digit + text[i + 1:]
    elif kind == "scale":
        new = "亿" if text == "万" else "万"
    else:
        new = {"两": "三", "七": "八", "八": "六", "九": "十"}[text]
    target = e.target[:m.start()] + new + e.target[m.end():]
    return replace(e, target=target), f"{text} -> {new}"


def _untranslated(e: Entry, rng: random.Random, gl: list[Glossed]) -> tuple[Entry, str] | None:
    if rng.random() < 0.5:
        return replace(e, target=e.source), "target = source"
    return replace(e, target=""), "empty target"


def _fuzzy(e: Entry, rng: random.Random, gl: list[Glossed]) -> tuple[Entry, str] | None:
    return replace(e, fuzzy=True), "marked fuzzy"


def _punctuation(e: Entry, rng: random.Random, gl: list[Glossed]) -> tuple[Entry, str] | None:
    body = e.target.rstrip("”’」）》")
    tail = e.target[len(body):]
    if body.endswith("。"):
        new = rng.choice([".", "", "！"])
        return replace(e, target=body[:-1] + new + tail), f"final 。 -> {new!r}"
    if body.endswith("？"):
        return replace(e, target=body[:-1] + "。" + tail), "final ？ -> 。"
    if not re.search(r"[.?!:;…]\W*$", e.source) and re.search(r"[\u4e00-\u9fff]$", e.target):
        return replace(e, target=e.target + "。"), "final 。 added to a heading"
    return None


def _halfwidth(e: Entry, rng: random.Random, gl: list[Glossed]) -> tuple[Entry, str] | None:
    marks = [m for m in re.finditer("[，：；（）]", e.target) if m.end() < len(e.target) - 1]
    if not marks:
        return None
    m = rng.choice(marks)
    half = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"}[m.group()]
    return replace(e, target=e.target[:m.start()] + half + e.target[m.end():]), \
        f"{m.group()} -> {half}"


def _brackets(e: Entry, rng: random.Random, gl: list[Glossed]) -> tuple[Entry, str] | None:
    marks = list(re.finditer("[“”《》（）]", e.target))
    if not marks:
        return None
    m = rng.choice(marks)
    return replace(e, target=e.target[:m.start()] + e.target[m.end():]), f"dropped {m.group()}"


def _placeholders(e: Entry, rng: random.Random, gl: list[Glossed]) -> tuple[Entry, str] | None:
    found = list(re.finditer(r"%(?:\(\w+\))?(?:\d\$)?[sd]|\{\w+\}", e.target))
    if not found:
        return None
    m = rng.choice(found)
    swapped = m.group().replace("d", "s") if "d" in m.group() else "%d"
    renamed = m.group()[:-1] + "x}" if "{" in m.group() else swapped
    # Deleting a placeholder at the very end would also change the final mark.
    new = rng.choice([swapped, renamed] if m.end() == len(e.target) else ["", swapped, renamed])
    return replace(e, target=e.target[:m.start()] + new + e.target[m.end():]), \
        f"{m.group()} -> {new!r}"


def _whitespace(e: Entry, rng: random.Random, gl: list[Glossed]) -> tuple[Entry, str] | None:
    if e.target.endswith(" "):
        return replace(e, target=e.target.rstrip()), "trailing space removed"
    if rng.random() < 0.5:
        return replace(e, target=" " + e.target), "leading space added"
    return replace(e, target=e.target + " "), "trailing space added"


def _term_in(e: Entry, gl: list[Glossed], rng: random.Random,
             need: Callable[[Glossed], bool]) -> tuple[Glossed, str] | None:
    found = [(t, r) for t in gl
             if need(t) and re.search(rf"\b{re.escape(t.source)}", e.source, re.I)
             for r in t.targets if r in e.target]
    return rng.choice(found) if found else None


def _replace_term(e: Entry, term: Glossed, new: str) -> Entry:
    target = e.target
    for rendering in sorted(term.targets, key=len, reverse=True):
        target = target.replace(rendering, new)
    return replace(e, target=target)


def _term_missing(e: Entry, rng: random.Random, gl: list[Glossed]) -> tuple[Entry, str] | None:
    hit = _term_in(e, gl, rng, lambda t: True)
    if not hit:
        return None
    paraphrase = {"天使投资": "早期投资", "孵化器": "加速器", "知识产权": "专利",
                  "实体经济": "制造经济", "中小企业": "小公司", "国务院": "政府",
                  "人工智能": "智能技术", "风险投资": "股权投资", "众创空间": "办公空间"}
    term, rendering = hit
    new = paraphrase.get(rendering, "")
    return _replace_term(e, term, new), f"{rendering} -> {new!r}"


def _term_forbidden(e: Entry, rng: random.Random, gl: list[Glossed]) -> tuple[Entry, str] | None:
    hit = _term_in(e, gl, rng, lambda t: bool(t.forbidden))
    if not hit:
        return None
    term, rendering = hit
    bad = rng.choice(term.forbidden)
    return _replace_term(e, term, bad), f"{rendering} -> {bad}"


def _latin(e: Entry, rng: random.Random, gl: list[Glossed]) -> tuple[Entry, str] | None:
    hit = _term_in(e, gl, rng, lambda t: not re.search("[A-Za-z]", "".join(t.targets)))
    if not hit:
        return None
    term, rendering = hit
    m = re.search(rf"\b{re.escape(term.source)}\w*", e.source, re.I)
    english = m.group() if m else term.source
    return _replace_term(e, term, english), f"{rendering} -> {english}"


def _name_variant(e: Entry, rng: random.Random, gl: list[Glossed],
                  known: dict[str, str]) -> tuple[Entry, str] | None:
    names = [(n, r) for n, r in known.items() if n in e.source and r in e.target]
    if not names:
        return None
    _, rendering = rng.choice(names)
    i = rng.randrange(1, len(rendering))
    how = rng.choice(["swap", "drop", "insert"] if len(rendering) > 3 else ["swap", "insert"])
    noise = rng.choice([c for c in _NAME_NOISE if c not in rendering])
    if how == "swap":
        variant = rendering[:i] + noise + rendering[i + 1:]
    elif how == "drop":
        i = rng.randrange(1, len(rendering) - 1)
        variant = rendering[:i] + rendering[i + 1:]
    else:
        variant = rendering[:i] + noise + rendering[i:]
    return replace(e, target=e.target.replace(rendering, variant)), f"{rendering} -> {variant}"


OPS: dict[str, Op] = {
    "numbers": _numbers, "untranslated": _untranslated, "fuzzy": _fuzzy,
    "punctuation": _punctuation, "halfwidth-punctuation": _halfwidth, "brackets": _brackets,
    "placeholders": _placeholders, "whitespace": _whitespace, "term-missing": _term_missing,
    "term-forbidden": _term_forbidden, "latin-leftover": _latin,
}


def _synonym(target: str, glossary: list[Glossed]) -> str:
    """A word of *target* with a synonym, outside every glossary rendering ("" if none)."""
    renderings = [r for g in glossary for r in g.targets if r in target]
    for word in _SYNONYMS:
        if word in target and not any(word in r for r in renderings):
            return word
    return ""


def _added(entries: list[Entry], rng: random.Random, count: int, start: int,
           glossary: list[Glossed]) -> list[tuple[Entry, dict[str, str]]]:
    """New entries that break catalog consistency (appended after the originals)."""
    out: list[tuple[Entry, dict[str, str]]] = []
    candidates = entries[:]
    rng.shuffle(candidates)
    n = start
    seg = [e for e in candidates if _synonym(e.target, glossary)][:count]
    for e in seg:
        word = _synonym(e.target, glossary)
        n += 1
        new = Entry(f"u{n:03d}", e.source, e.target.replace(word, _SYNONYMS[word], 1))
        detail = f"{word} -> {_SYNONYMS[word]}"
        out.append((new, {"check": "segment-inconsistent", "detail": detail}))
    rev = [e for e in candidates if e not in seg and
           any(re.search(rf"\b{w}\b", e.source) for w in _ANTONYMS)][:count]
    for e in rev:
        word = next(w for w in _ANTONYMS if re.search(rf"\b{w}\b", e.source))
        n += 1
        source = re.sub(rf"\b{word}\b", _ANTONYMS[word], e.source, count=1)
        out.append((Entry(f"u{n:03d}", source, e.target),
                    {"check": "reverse-inconsistent", "detail": f"{word} -> {_ANTONYMS[word]}"}))
    return out


def read_names(path: Path = DATA / "clean.tsv") -> dict[str, str]:
    """The ``#name: English = 中文`` lines of a catalog source (NAMES for clean.tsv)."""
    found = dict(re.findall(r"^#name: (.+?) = (.+)$", path.read_text(encoding="utf-8"), re.M))
    return found or dict(NAMES)


# Scarce opportunities first (a name, a placeholder, a glossary term), so that
# the operators that fit any unit do not use those units up in small catalogs.
ORDER = ("term-inconsistent", "placeholders", "term-forbidden", "latin-leftover",
         "term-missing", "brackets", "numbers", "punctuation", "halfwidth-punctuation",
         "untranslated", "fuzzy", "whitespace")


@dataclass
class _Run:
    """The state of one seeding run."""

    out: list[Entry]
    free: list[int]
    rng: random.Random
    glossary: list[Glossed]
    known: dict[str, str]
    labels: list[dict[str, str]]
    used_names: set[str]

    def apply(self, check: str, per_check: int) -> None:
        """Seed up to *per_check* errors of *check* into free units."""
        done = 0
        for index in list(self.free):
            if done >= per_check:
                break
            e = self.out[index]
            name = next((n for n in self.known if n in e.source), None)
            # Units naming a recurring name are kept for the name's own seed, so that
            # every name keeps enough consistent renderings to infer from.
            if (check == "term-inconsistent") != (name is not None) or name in self.used_names:
                continue
            result = (_name_variant(e, self.rng, self.glossary, self.known)
                      if check == "term-inconsistent" else OPS[check](e, self.rng, self.glossary))
            if result is None or result[0] == e:
                continue
            if name:
                self.used_names.add(name)
            self.out[index] = result[0]
            self.free.remove(index)
            self.labels.append({"context": e.context, "check": check, "detail": result[1]})
            done += 1


def seed(entries: list[Entry], glossary: list[Glossed], rng_seed: int, per_check: int = 5,
         names: dict[str, str] | None = None) -> tuple[list[Entry], list[dict[str, str]]]:
    """A copy of *entries* with *per_check* seeded errors per check; (entries, labels).

    *names* are the catalog's recurring names without a glossary entry and
    their renderings (default: NAMES, those of clean.tsv).
    """
    known = names or NAMES
    rng = random.Random(rng_seed)
    free = list(range(len(entries)))
    rng.shuffle(free)
    run = _Run(list(entries), free, rng, glossary, known, [], set())
    for check in ORDER:
        run.apply(check, per_check)
    pristine = [run.out[i] for i in run.free if not any(n in run.out[i].source for n in known)]
    for entry, label in _added(pristine, rng, per_check, len(run.out), glossary):
        run.out.append(entry)
        run.labels.append({"context": entry.context, **label})
    return run.out, run.labels


def main() -> int:
    """Rewrite clean.po, seeded.po and seeded.json from clean.tsv and glossary.tbx."""
    entries = read_clean()
    write_catalog(entries, DATA / "clean.po")
    seeded, labels = seed(entries, read_glossary(), rng_seed=1)
    write_catalog(seeded, DATA / "seeded.po")
    (DATA / "seeded.json").write_text(
        json.dumps({"seed": 1, "clean": "clean.po", "labels": labels}, ensure_ascii=False,
                   indent=1) + "\n", encoding="utf-8")
    print(f"{len(entries)} clean units, {len(labels)} seeded errors", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
