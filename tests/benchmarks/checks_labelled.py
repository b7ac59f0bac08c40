"""Score a hand-labelled catalog (heldout2): ``tm check`` and ``pofilter`` against the labels.

The catalog (tests/benchmarks/data/checks/heldout2, see its README) was written
by someone who never read src/tm: ``seeded.po`` with one label per entry in
``labels.json`` (at most one error each), ``clean.po`` (the same entries, all
correct) and ``glossary.tbx``.

How a finding maps to a label (decided before the first run):

* A finding belongs to the PO entry it was reported on (msgctxt + msgid; the
  plural form of a plural entry belongs to its entry).
* A finding *matches* a label when its check id is the label, or when it is
  ``term-missing`` on an entry labelled ``term-forbidden`` or
  ``latin-leftover``: the README says those entries necessarily also lack the
  approved rendering, so a term-missing there describes the same single error
  (it is counted as found, never as a false positive).  Likewise a
  ``halfwidth-punctuation`` finding on an entry labelled ``punctuation``: the
  catalogs' READMEs count a half-width mark inside Chinese (``缓存大小: %s``)
  as a punctuation error, which ``tm check`` reports under that more precise
  id (added after heldout4's first run, where it was the one punctuation
  "miss"; the first-run figure is kept as measured).
* An entry is *flagged* when the tool reports an error-severity finding on it,
  or a finding that matches its label at any severity (the labels include
  ``punctuation``, which ``tm check`` reports as a warning: a punctuation
  warning on a punctuation-labelled entry finds it, a punctuation warning
  elsewhere is no alarm because warnings are advice).
* Unit level: true positive = a labelled entry with a matching finding; false
  negative = a labelled entry without one; false positive = an entry with an
  error-severity finding that matches no label of it (an unlabelled entry, or a
  labelled entry flagged only for something else, which then counts as a
  false negative too).
* pofilter's tests are mapped to our ids by ``bench_checks.PF_MAP`` and take the
  severity of the check they map to; pofilter tests with no counterpart are
  counted on clean.po but not scored.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import polib

#: Label -> the check ids that find it.
ACCEPTED: dict[str, frozenset[str]] = {
    "term-forbidden": frozenset({"term-forbidden", "term-missing"}),
    "latin-leftover": frozenset({"latin-leftover", "term-missing"}),
    "punctuation": frozenset({"punctuation", "halfwidth-punctuation"}),
}
Key = tuple[str, str]  # (msgctxt or "", msgid)


@dataclass(frozen=True)
class Found:
    """One finding reduced to what scoring needs: entry index, check id, severity."""

    entry: int
    check: str
    severity: str
    message: str = ""


def accepted(label: str) -> frozenset[str]:
    """The check ids whose finding on an entry labelled *label* finds its error."""
    return ACCEPTED.get(label, frozenset({label}))


def entry_index(po_path: Path) -> dict[Key, int]:
    """(msgctxt, msgid) and (msgctxt, msgid_plural) of every entry -> its position."""
    index: dict[Key, int] = {}
    entries = [e for e in polib.pofile(str(po_path)) if not e.obsolete]
    for i, entry in enumerate(entries):
        index[(entry.msgctxt or "", entry.msgid)] = i
        if entry.msgid_plural:
            index[(entry.msgctxt or "", entry.msgid_plural)] = i
    return index


def read_labels(folder: Path) -> list[str | None]:
    """The label of each entry of seeded.po, in file order (None when correct)."""
    data = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    index = entry_index(folder / "seeded.po")
    labels: list[str | None] = [None] * len({i for i in index.values()})
    for position, record in enumerate(data["entries"]):
        at = index.get((record.get("msgctxt") or "", record["msgid"]), position)
        labels[at] = record["errors"][0] if record["errors"] else None
    return labels


def tm_found(po_path: Path, glossary: object) -> list[Found]:
    """``tm check``'s findings on *po_path* (every check that runs by default)."""
    from tm import check_files

    index = entry_index(po_path)
    return [Found(index[(f.unit.context, f.unit.source)], f.check, f.severity, f.message)
            for f in check_files([po_path], glossary)]  # type: ignore[arg-type]


def pofilter_found(pofilter_po: Path, po_path: Path, pf_map: dict[str, str],
                   severity: Callable[[str], str]) -> tuple[list[Found], Counter[str]]:
    """pofilter's mapped findings (from its output file) and its raw count per test."""
    index = entry_index(po_path)
    found: list[Found] = []
    raw: Counter[str] = Counter()
    for entry in polib.pofile(str(pofilter_po)):
        for line in (entry.tcomment or "").splitlines():
            if not line.startswith("(pofilter) "):
                continue
            test = line[len("(pofilter) "):].split(":", 1)[0]
            raw[test] += 1
            if test in pf_map:
                check = pf_map[test]
                found.append(Found(index[(entry.msgctxt or "", entry.msgid)], check,
                                   severity(check), test))
    return found, raw


@dataclass
class Score:
    """Unit-level counts and per-label / per-check counts of one tool on one catalog."""

    tp: int
    fp: int
    fn: int
    by_label: dict[str, tuple[int, int]]  # label -> (found, labelled)
    by_check: dict[str, tuple[int, int, int]]  # check -> (tp, fp, fn), strict ids

    @property
    def precision(self) -> float:
        """Share of flagged entries that hold the error found."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")

    @property
    def recall(self) -> float:
        """Share of labelled entries found."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")


def score(labels: list[str | None], found: Iterable[Found]) -> Score:
    """Score *found* against *labels* as the module docstring says."""
    per_entry: dict[int, list[Found]] = {}
    for f in found:
        per_entry.setdefault(f.entry, []).append(f)
    tp = fp = fn = 0
    by_label: dict[str, list[int]] = {}
    for i, label in enumerate(labels):
        mine = per_entry.get(i, [])
        hit = label is not None and any(f.check in accepted(label) for f in mine)
        alarm = any(f.severity == "error" and (label is None or f.check not in accepted(label))
                    for f in mine)
        if label is not None:
            cell = by_label.setdefault(label, [0, 0])
            cell[0] += hit
            cell[1] += 1
            tp += hit
            fn += not hit
        fp += alarm and not hit
    return Score(tp, fp, fn, {k: (v[0], v[1]) for k, v in by_label.items()},
                 _by_check(labels, per_entry))


def _by_check(labels: list[str | None], per_entry: dict[int, list[Found]]
              ) -> dict[str, tuple[int, int, int]]:
    """Strict per-check counts: a check's finding is right only on its own label.

    A term-missing on a term-forbidden / latin-leftover entry, or a
    halfwidth-punctuation on a punctuation entry, is neither right nor wrong in
    this table (see ACCEPTED).
    """
    checks = {f.check for fs in per_entry.values() for f in fs} | {x for x in labels if x}
    out: dict[str, tuple[int, int, int]] = {}
    for check in sorted(checks):
        tp = fp = fn = 0
        for i, label in enumerate(labels):
            got = any(f.check == check for f in per_entry.get(i, []))
            if label == check:
                tp += got
                fn += not got
            elif got and not (label and check in accepted(label)):
                fp += 1
        out[check] = (tp, fp, fn)
    return out


def pr(tp: int, fp: int, fn: int) -> str:
    """``precision / recall`` to two places (nan when undefined)."""
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    return f"{precision:.2f} / {recall:.2f}"
