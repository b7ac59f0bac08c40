"""The matching rules of tm update, on plain strings (tm.updating._match.plan)."""

from __future__ import annotations

import random

import pytest

from rows import every_row
from tm._shared.text import sentence_key as text_key
from tm.updating import _match as _updating_match
from tm.updating._match import OldText, plan, similarity

CAT = OldText("The cat sat on the mat in the kitchen.", "猫坐在厨房的垫子上。")
SUN = OldText("It was a sunny day in the park.", "那天公园里阳光明媚。")
PAIR = OldText("Birds sang loudly in the garden. Dogs barked at the gate.", "鸟叫狗吠。",
               sentences=2)
LONG = OldText("He went home early and then he slept very well.", "他早早回家，睡了个好觉。")
READ = OldText("She read a long book about the sea.", "她读了一本关于大海的长书。")
WROTE = OldText("She wrote a letter to her mother.", "她给母亲写了一封信。")
EMPTY = OldText("Nobody translated this sentence yet.", "")
GONE = OldText("An old sentence that was deleted.", "一个被删除的旧句子。", obsolete=True)
OLD = [CAT, SUN, PAIR, LONG, READ, WROTE, EMPTY]


def _kinds(new: list[str], old: list[OldText], **kw: float) -> list[tuple[tuple[int, ...], str,
                                                                          tuple[int, ...]]]:
    return [(s.new, s.kind, s.old) for s in plan(new, old, **kw)]


CASES = [
    # (case, new sentences, expected (new, kind, old) per slot)
    ("unchanged", [CAT.msgid, SUN.msgid], [((0,), "kept", (0,)), ((1,), "kept", (1,))]),
    ("whitespace-only change is unchanged", ["The cat  sat on the mat\nin the kitchen."],
     [((0,), "kept", (0,))]),
    ("moved", [SUN.msgid, CAT.msgid, PAIR.msgid],
     [((0,), "moved", (1,)), ((1,), "kept", (0,)), ((2,), "kept", (2,))]),
    ("intact two-sentence entry", ["Birds sang loudly in the garden.", "Dogs barked at the gate."],
     [((0, 1), "kept", (2,))]),
    ("two-sentence entry, one sentence edited, stays one entry",
     ["Birds sang softly in the garden.", "Dogs barked at the gate."],
     [((0, 1), "edited", (2,))]),
    ("two-sentence entry, second sentence edited",
     ["Birds sang loudly in the garden.", "Two dogs barked at the gate."],
     [((0, 1), "edited", (2,))]),
    ("two-sentence entry, both edited a little",
     ["Birds sang softly in the garden.", "Dogs barked at the old gate."],
     [((0, 1), "edited", (2,))]),
    ("two-sentence entry separated by an inserted sentence is not kept together",
     ["Birds sang softly in the garden.", "Completely unrelated words appear here.",
      "Dogs barked at the gate."],
     [((0,), "edited", (2,)), ((1,), "new", ()), ((2,), "edited", (2,))]),
    ("edited", ["The cat sat on the red mat in the kitchen."], [((0,), "edited", (0,))]),
    ("split", ["He went home early.", "And then he slept very well."],
     [((0,), "split", (3,)), ((1,), "split", (3,))]),
    ("merged", ["She read a long book about the sea and wrote a letter to her mother."],
     [((0,), "merged", (4, 5))]),
    ("inserted", [CAT.msgid, "Completely different words appear here.", SUN.msgid],
     [((0,), "kept", (0,)), ((1,), "new", ()), ((2,), "kept", (1,))]),
    ("untranslated is kept but never suggested", [EMPTY.msgid, "Nobody translated this one yet."],
     [((0,), "kept", (6,)), ((1,), "new", ())]),
    ("repeated sentence copies the translation", [CAT.msgid, SUN.msgid, CAT.msgid],
     [((0,), "kept", (0,)), ((1,), "kept", (1,)), ((2,), "copied", (0,))]),
]


@every_row(("case", "new", "expected"), CASES, ids=[c[0] for c in CASES])
def test_plan_cases(case: str, new: list[str], expected: list[object]) -> None:
    assert _kinds(new, OLD) == expected


def test_obsolete_entries_are_revived() -> None:
    assert _kinds([GONE.msgid], [CAT, GONE]) == [((0,), "revived", (1,))]


def test_active_entry_wins_over_obsolete_duplicate() -> None:
    stale = OldText(CAT.msgid, "旧译文", obsolete=True)
    assert _kinds([CAT.msgid], [stale, CAT]) == [((0,), "kept", (1,))]


def test_repeated_sentences_pair_in_order() -> None:
    first, second = OldText("Yes.", "是。"), OldText("Yes.", "对。")
    assert _kinds(["Yes.", "No.", "Yes."], [first, second]) == [
        ((0,), "kept", (0,)), ((1,), "new", ()), ((2,), "kept", (1,))]


@pytest.mark.parametrize(("threshold", "kind"), [(50, "edited"), (99, "new")])
def test_threshold_decides_fuzzy(threshold: float, kind: str) -> None:
    new = ["The cat sat on the red mat in the kitchen."]
    assert plan(new, OLD, threshold=threshold)[0].kind == kind


def test_second_chance_reuses_an_old_entry() -> None:
    new = ["The cat sat on the red mat in the kitchen.",
           "The cat sat on the blue mat in the kitchen."]
    assert [s.kind for s in plan(new, [CAT])] == ["edited", "edited"]


def test_bad_threshold_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="threshold"):
        plan(["a"], [], threshold=150)


@every_row(("a", "b", "low", "high"), [
    ("The cat sat.", "The cat sat.", 100, 100),
    ("The cat sat.", "the CAT sat.", 100, 100),
    ("The cat sat on the mat.", "The dog sat on the mat.", 80, 90),
    ("Completely different.", "Nothing alike here", 0, 10),
])
def test_similarity_is_word_level(a: str, b: str, low: float, high: float) -> None:
    assert low <= similarity(a, b) <= high


def test_text_key_collapses_whitespace_and_composes() -> None:
    assert text_key(" Cafe\u0301  au\nlait ") == "Café au lait"


FOUR = OldText("One two. Three four. Five six. Seven eight.", "一二三四五六七八。", sentences=4)


def test_edited_four_sentence_entry_stays_one_entry() -> None:
    new = ["Zero.", "One two.", "Three four.", "Five seven.", "Seven eight.", "Nine."]
    assert _kinds(new, [FOUR]) == [((0,), "new", ()), ((1, 2, 3, 4), "edited", (0,)),
                                   ((5,), "new", ())]


def test_entry_with_a_sentence_fewer_is_not_one_entry_any_more() -> None:
    slots = plan(["One two.", "Three four.", "Five seven."], [FOUR])
    assert [s.new for s in slots] == [(0,), (1,), (2,)]


def test_four_sentence_entry_survives_intact() -> None:
    four = OldText("One two. Three four. Five six. Seven eight.", "一二三四五六七八。")
    new = ["Zero.", "One two.", "Three four.", "Five six.", "Seven eight.", "Nine."]
    assert _kinds(new, [four]) == [((0,), "new", ()), ((1, 2, 3, 4), "kept", (0,)),
                                   ((5,), "new", ())]


def _rewrite(n: int, seed: int) -> tuple[list[OldText], list[str], list[int | None]]:
    """*n* distinct old sentences, every one edited, some deleted, unrelated ones inserted.

    Returns the old entries, the new sentences and, for each, the index of the
    old sentence it came from (None: inserted).
    """
    rng = random.Random(seed)
    vocab = [f"word{k}" for k in range(60)]
    old = [OldText(" ".join(rng.sample(vocab, 9)).capitalize() + ".", f"译文{k}。")
           for k in range(n)]
    new: list[str] = []
    origin: list[int | None] = []
    for k, entry in enumerate(old):
        if rng.random() < 0.08:
            continue  # deleted
        if rng.random() < 0.08:
            new.append(f"Inserted sentence {k} about something else entirely.")
            origin.append(None)
        words = entry.msgid.rstrip(".").split()
        words[rng.randrange(len(words))] = "changed"
        new.append(" ".join(words).capitalize() + ".")
        origin.append(k)
    return old, new, origin


@pytest.mark.parametrize("anchored", [False, True])
def test_rewrite_beyond_the_global_budget_follows_the_old_order(
        monkeypatch: pytest.MonkeyPatch, anchored: bool) -> None:
    """No unchanged sentence near (or at all), no global search: the old order still leads."""
    monkeypatch.setattr(_updating_match, "GLOBAL_BUDGET", 0)
    old, new, origin = _rewrite(200, seed=3)
    if anchored:  # an unchanged sentence at each end, a long rewritten passage between
        first, last = OldText("The first line.", "第一行。"), OldText("The last line.", "末行。")
        old = [first, *old, last]
        new = [first.msgid, *new, last.msgid]
        origin = [0, *(None if o is None else o + 1 for o in origin), len(old) - 1]
    slots = plan(new, old)
    got = {s.new[0]: s for s in slots}
    for i, o in enumerate(origin):
        if o is None:
            assert got[i].kind == "new"
        else:
            assert got[i].old == (o,) and got[i].kind in ("edited", "kept"), (i, got[i])
