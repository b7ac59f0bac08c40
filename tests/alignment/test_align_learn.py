"""Word pairs learned from the document's own sure beads (hunalign/Bleualign-style realign)."""

from __future__ import annotations

import os
import subprocess
import sys

from tm.alignment._learn import add_pair_keys, learn_pairs
from tm.alignment._scoring import Item


def test_pairs_that_recur_together_are_learned_and_dictionary_pairs_are_not() -> None:
    en = [frozenset({"xiaosi", "cart"}), frozenset({"xiaosi", "laugh"}),
          frozenset({"cart", "road"}), frozenset({"xiaosi", "road"})]
    zh = [frozenset({"小四", "车子"}), frozenset({"小四", "笑"}),
          frozenset({"车子", "路"}), frozenset({"小四", "路"})]
    beads = [((i,), (i,)) for i in range(4)]
    pairs = learn_pairs(en, zh, beads, {"车子": ("cart",), "路": ("road",)})
    assert pairs["小四"] == "xiaosi"
    assert "车子" not in pairs and "路" not in pairs        # CC-CEDICT explains them


def test_a_single_co_occurrence_is_not_enough() -> None:
    pairs = learn_pairs([frozenset({"vixen"})], [frozenset({"尖嘴婆"})], [((0,), (0,))], {})
    assert pairs == {}


def test_learned_pairs_become_shared_keys_with_mass() -> None:
    english = [Item(10.0, frozenset({"xiaosi"}), 1.0, words=frozenset({"xiaosi"}))]
    chinese = [Item(10.0, frozenset(), 0.0, words=frozenset({"小四"}))]
    a = add_pair_keys(english, {"小四": "xiaosi"}, chinese=False)
    b = add_pair_keys(chinese, {"小四": "xiaosi"}, chinese=True)
    assert a[0].keys & b[0].keys == {"~xiaosi"}
    assert a[0].mass == 2.0 and b[0].mass == 1.0


def test_learning_is_deterministic_whatever_the_hash_seed() -> None:
    """Ties are broken by the stem, not by set order (which changes with PYTHONHASHSEED)."""
    code = "\n".join([
        "from tm.alignment._learn import learn_pairs",
        "en = [frozenset({'alpha', 'beta', 'gamma'})] * 3",
        "zh = [frozenset({'甲'})] * 3",
        "print(learn_pairs(en, zh, [((i,), (i,)) for i in range(3)], {})['甲'])"])
    found = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "PYTHONHASHSEED": str(seed)},
                            check=True).stdout.strip() for seed in range(4)}
    assert found == {"gamma"}
