"""Trial T68 (issue 10): an approved rendering the dictionary lacks may be a dictionary word
qualified (特大暴风雪 is 暴风雪 "snowstorm, blizzard" with 特大 "very large"); the glosses of
its ending words are its own, so a target word sharing one besides the term (雪暴
"blizzard, snowstorm") is a synonym of the concept, term-missing, not the word's general
sense.  A word that shares only the term (水灾 "flood, flood damage" beside 特大洪水) is
still read as the general sense."""

from __future__ import annotations

from check_cases import term_checks_found

from tm import Glossary


def test_a_synonym_of_the_qualified_word_is_term_missing() -> None:
    glossary = Glossary.from_terms([("blizzard", "特大暴风雪")])
    assert term_checks_found("A blizzard hit the town.", "雪暴袭击了小镇。", glossary) == [
        "term-missing"]
    assert term_checks_found("A blizzard hit the town.", "特大暴风雪袭击了小镇。", glossary) == []


def test_a_word_sharing_only_the_term_keeps_the_general_sense() -> None:
    glossary = Glossary.from_terms([("flood", "特大洪水")])
    assert term_checks_found("A flood hit the town.", "水灾袭击了小镇。", glossary) == []


def test_trial_t68_debris_flow_for_landslide() -> None:
    glossary = Glossary.from_terms([("landslide", "山体滑坡")])
    assert term_checks_found("A landslide blocked the road.", "泥石流阻断了道路。", glossary) == [
        "term-missing"]
