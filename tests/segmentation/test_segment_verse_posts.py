"""Lines of songs and poems set narrower than any wrapped prose, and forum posts typed in a
hurry.  Classes found by the segment9 development set (stop 24); new examples, each failing
on the rules before the fix, with the neighbours that must not change.

* A paragraph of Latin-script lines all under 40 columns (no editor wraps prose that
  narrow) ends a line's segment at a pause set as the line's end (a dash, an ellipsis), and
  before a capitalised common word that would have fitted on the line; it is verse, every
  line a segment, when every line but the last ends in a mark or the last ends in none
  (found again by segment11: lyrics, haiku, a nursery rhyme).
* A line of Chinese whose phrases are parted by a space, not a mark, is a line of lyrics
  or verse.
* A period after a contraction or a camel-case word ends a sentence before a lower-case
  word; a quoted sentence inside lower-case text runs on.
"""

from __future__ import annotations

import pytest

import tm
from rows import every_row


def _texts(text: str, lang: str = "en") -> list[str]:
    return [s.text for s in tm.segment(text, lang)]


@every_row(("text", "expected"), [
    ("Still the river runs —\nslow as the evening bell.",
     ["Still the river runs —", "slow as the evening bell."]),
    ("We waited for the train...\nbut it never came.",
     ["We waited for the train...", "but it never came."]),
    ("Come on, come on\nThe lights are turning green",
     ["Come on, come on", "The lights are turning green"]),
    # every line but the last ends in a mark: verse, every line a segment
    ("The harbour sleeps beneath the fog,\nthe boats lean on their ropes;\nno bell, no gull.",
     ["The harbour sleeps beneath the fog,", "the boats lean on their ropes;",
      "no bell, no gull."]),
    # the last line ends without a sentence mark: a haiku, a song
    ("cold morning\nthe cat on the windowsill\nwatching snow",
     ["cold morning", "the cat on the windowsill", "watching snow"]),
])
def test_narrow_lines_of_a_song_or_poem_end_at_their_pauses(text: str,
                                                            expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row("text", [
    # a narrow column of news: a name carried over, a preposition at the line's end
    "The council thanked\nMargaret Okafor for\nher years of service.",
    "The board agreed to\nThe proposal on Monday.",
    # a subtitle cue is wrapped for the screen
    "7\n00:00:41,200 --> 00:00:43,900\nWe waited for the train...\nbut it never came.",
])
def test_narrow_wrapped_prose_and_subtitles_stay_whole(text: str) -> None:
    lines = text.split("\n")
    got = _texts(text)
    assert " ".join(got[-1].split()) in (" ".join(text.split()), " ".join(lines[-2:]))


def test_a_chinese_lyric_line_with_spaced_phrases_is_a_line() -> None:
    text = "你说天会亮 你说会等我\n我一直等到天黑。谁说承诺不会变？"
    assert _texts(text, "zh") == ["你说天会亮 你说会等我", "我一直等到天黑。", "谁说承诺不会变？"]


def test_chinese_prose_wrapped_without_spaces_stays_whole() -> None:
    text = "我们沿着河边的小巷一直走到了\n镇子的另一头，天已经黑了。"
    assert _texts(text, "zh") == [text]


@pytest.mark.parametrize(("text", "expected"), [
    ("Reinstalled Windows and it still won't. any ideas",
     ["Reinstalled Windows and it still won't.", "any ideas"]),
    ("Works fine on my MacBook. screen flickers on the other one",
     ["Works fine on my MacBook.", "screen flickers on the other one"]),
])
def test_a_post_typed_in_a_hurry_ends_its_sentences(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@every_row("text", [
    "See index.php?Page=2 for details.",          # a query string
    "Open config.yaml and look for it.",
    'she just said "check the manual." and hung up',   # a quoted sentence runs on
    "I have a PhD. in chemistry, not physics",     # PhD is no camel case
    "it was great. the Smiths came too",
])
def test_addresses_quotations_and_ordinary_prose_are_untouched(text: str) -> None:
    assert _texts(text) == [text]


@pytest.mark.parametrize(("text", "expected"), [
    ("Thanks, the parcel came on Tue.\nJ.", ["Thanks, the parcel came on Tue.", "J."]),
    ("> Lunch is at noon on Fri.\n> – R. T.", ["> Lunch is at noon on Fri.", "> – R. T."]),
])
def test_a_sign_off_of_initials_is_a_line_of_its_own(text: str, expected: list[str]) -> None:
    """Found by segment10 (a quoted reply signed "L." after a line ending in "Wed.")."""
    assert _texts(text) == expected


@every_row("text", [
    "Please note that the office will be\nclosed on Monday for the holiday",
    "Figure 2: Share of electric buses\nin new registrations, 2015-2024",
    "All visitors must sign in at the\nfront desk and wear a badge\nat all times in the building",
])
def test_a_wrapped_caption_or_notice_without_a_final_mark_is_one_segment(text: str) -> None:
    """Review of stop 24: the narrow-verse rule took any narrow paragraph whose last line
    has no mark for verse and cut wrapped notices and captions mid-phrase.  Without marks,
    verse needs three lines or more, none ending in an article, a conjunction or an
    auxiliary ("… will be" / "closed on Monday")."""
    assert len(_texts(text)) == 1


def test_unmarked_verse_of_three_lines_is_still_verse() -> None:
    assert _texts("cold morning rain\na heron waits in\nthe grey of the reeds") == [
        "cold morning rain", "a heron waits in", "the grey of the reeds"]
