"""User trial T44: an edited copy of a sentence that also stays unchanged elsewhere.

The first searches offer each old entry to one new sentence, and the exact
step had already given "Prices rose." to its unchanged copy, so the edited copy
"Prices rose sharply." got no suggestion at all; msgmerge (and docs/update.md)
offer the old translation fuzzy.
"""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import polib
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from conftest import run_tm
from tm.updating._match import OldText, _Encoder, _word_filter, plan

OLD = [OldText("The ferry leaves at noon.", "渡轮中午出发。"),
       OldText("Tickets are sold on board.", "船上售票。"),
       OldText("The café on the pier is closed.", "码头上的咖啡馆关门了。")]


def test_an_edited_copy_of_a_kept_sentence_is_offered_its_translation() -> None:
    new = ["The ferry leaves at noon.", "Tickets are sold on board.",
           "The café on the pier is closed.", "The ferry leaves at noon on Sundays."]
    slots = plan(new, OLD)
    assert [(s.kind, s.old) for s in slots[:3]] == [("kept", (0,)), ("kept", (1,)),
                                                    ("kept", (2,))]
    assert slots[3].kind == "edited" and slots[3].old == (0,) and slots[3].score >= 60


def test_a_sentence_unlike_every_kept_one_stays_new() -> None:
    slots = plan([OLD[0].msgid, "Seagulls circle the harbour all morning."], OLD)
    assert [s.kind for s in slots] == ["kept", "new"]


def test_the_po_keeps_the_entry_and_offers_it_fuzzy(tmp_path: Path) -> None:
    po = tmp_path / "a.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                  '"Language: zh_CN\\n"\n\n'
                  + "".join(f'msgid "{o.msgid}"\nmsgstr "{o.msgstr}"\n\n' for o in OLD[:2]),
                  encoding="utf-8")
    source = tmp_path / "new.txt"
    source.write_text("The ferry leaves at noon.\n\nTickets are sold on board. "
                      "The ferry leaves at noon on Sundays.\n", encoding="utf-8")
    result = run_tm("update", str(source), "--po", str(po))
    assert result.code == 0 and "2 kept, 1 fuzzy (1 edited), 0 new" in result.err, result.err
    entries = {e.msgid: e for e in polib.pofile(str(po))}
    edited = entries["The ferry leaves at noon on Sundays."]
    assert edited.fuzzy and edited.msgstr == "渡轮中午出发。"
    assert edited.previous_msgid == "The ferry leaves at noon."
    kept = entries["The ferry leaves at noon."]
    assert not kept.fuzzy and kept.msgstr == "渡轮中午出发。"
    if shutil.which("msgfmt"):
        subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], check=True)


WORDS = st.lists(st.sampled_from("a b c d e f g h . ,".split()), min_size=0, max_size=12)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(WORDS, min_size=1, max_size=30), WORDS, st.integers(0, 100))
def test_the_word_filter_never_drops_an_entry_that_reaches_the_threshold(
        entries: list[list[str]], query: list[str], threshold: int) -> None:
    enc = _Encoder()
    codes = [enc(" ".join(e)) for e in entries]
    postings: dict[str, list[int]] = {}
    for o, code in enumerate(codes):
        for token in set(code):
            postings.setdefault(token, []).append(o)
    q = enc(" ".join(query))
    pool = _word_filter(q, postings, threshold, most=len(codes) * 100)
    reaching = {o for o, code in enumerate(codes) if fuzz.ratio(q, code) >= threshold}
    assert pool is None or reaching <= set(pool)


def test_the_word_filter_is_selective_on_rare_words() -> None:
    rng = random.Random(5)
    enc = _Encoder()
    codes = [enc(f"item {rng.randrange(10**6)} is in stock") for _ in range(200)]
    postings: dict[str, list[int]] = {}
    for o, code in enumerate(codes):
        for token in set(code):
            postings.setdefault(token, []).append(o)
    pool = _word_filter(enc("item 123456789 is sold out"), postings, 60, most=1000)
    assert pool == []  # the rare words match nothing: nothing to score
