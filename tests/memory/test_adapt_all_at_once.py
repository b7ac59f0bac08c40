"""Adapting a match replaces every changed value at once, each at its own place (R4-11).

One replacement after another found the value just put in: "From 20 to 10"
against a unit "From 10 to 20" → 10到20人 came back unchanged as "adapted"
(10→20 gave 20到20, then 20→10 took the first 20), and a new value the target
already held elsewhere was put in the wrong place.  Every old value is now
located in the stored target first; two changes at one place give no
adaptation (the word score stands).
"""

from __future__ import annotations

from rows import every_row
from tm.memory import TranslationMemory, adapt
from tm.model import Unit


@every_row(("query", "source", "target", "adapted"), [
    ("Seats 40 to 25 are free.", "Seats 25 to 40 are free.", "25至40号座位空着。",
     "40至25号座位空着。"),
    ("Gate 7 is next to hall 70.", "Gate 70 is next to hall 7.", "70号登机口在7号大厅旁。",
     "7号登机口在70号大厅旁。"),
    ("Raise it from 35 to 50 degrees.", "Raise it from 20 to 35 degrees.", "从20度升到35度。",
     "从35度升到50度。"),
    ("Move Alice before Carol.", "Move Carol before Alice.", "把Carol移到Alice前面。",
     "把Alice移到Carol前面。"),
])
def test_swapped_and_shifted_values_each_go_to_their_own_place(
        query: str, source: str, target: str, adapted: str) -> None:
    assert adapt(query, source, target) == adapted


def test_two_changes_at_one_place_of_the_target_give_no_adaptation() -> None:
    # Both 6s of the source are the one 6 of the target: 7 or 9 there? Neither is sure.
    assert adapt("Rows 7 and 9 are closed.", "Rows 6 and 6 are closed.", "第6排关闭。") is None


def test_a_lookup_never_offers_the_stored_target_as_the_adaptation_of_a_swap() -> None:
    with TranslationMemory.open() as memory:
        memory.add([Unit("Buses run from 6 to 23 daily.", "公交每天6点至23点运营。")])
        [match] = memory.lookup("Buses run from 23 to 6 daily.")
    assert match.adapted == "公交每天23点至6点运营。"


@every_row(("query", "source", "target", "adapted"), [
    # copies of one value changing alike map whatever the target's order
    ("Pay 5 of 5 now.", "Pay 3 of 3 now.", "现在支付3/3。", "现在支付5/5。"),
    # copies changing differently would be told apart by position, and Chinese puts the
    # larger unit first (review V-18: Gate 7, Terminal 2 became terminal 7, gate 2)
    ("Gate 7, Terminal 2.", "Gate 2, Terminal 2.", "2号航站楼2号登机口。", None),
    ("Room 5 on floor 3.", "Room 3 on floor 3.", "3楼3号房。", None),
    ("Step 2 of 4", "Step 4 of 4", "第4步，共4步", None),
    ("Step 4 of 6", "Step 4 of 4", "第4步，共4步", None),
    # the target writes the value more often than the source: no sure place
    ("Retry in 9 minutes.", "Retry in 5 minutes.", "5分钟后重试（每5分钟一次）。", None),
    # a value found only by its value must be the target's only number of that value
    ("Costs 3 million.", "Costs 2 million.", "花费200万，约200万。", None),
])
def test_a_value_without_one_sure_place_in_the_target_is_not_adapted(
        query: str, source: str, target: str, adapted: str | None) -> None:
    # The first copy of a value the target wrote twice was changed and the second left:
    # 5分钟后重试（每5分钟一次） became 9分钟后重试（每5分钟一次）, offered at 99 as adapted.
    assert adapt(query, source, target) == adapted
