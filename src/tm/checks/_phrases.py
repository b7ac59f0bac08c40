"""English fixed expressions in which a noun says nothing of itself.  (private)

"Of course", "at stake", "in stock", "on balance", "behind the scenes", "in
advance": the noun of such an expression is not the glossary's *course*
(课程), *stake* (股份), *stock* (股票), *balance* (余额), *scene* (场景) or
*advance* (预付款), and a translation that renders the expression (当然, 岌岌可危,
有货, 总的来看, 幕后, 提前) holds none of the term's renderings rightly.
:func:`in_set_phrase` says whether a glossary word found in a source lies
inside one.  The list is data: common expressions whose noun is figurative;
expressions whose noun keeps its sense ("in the market", "on the table") are not
in it.  Where the noun ends the expression, the expression must end there too:
a word that goes on the noun phrase ("of course materials", "on balance
sheets", "in stock markets", "on track 5") makes the words literal.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["in_set_phrase"]

_PHRASES = """
of course | in due course | in the course of | over the course of | on course | off course
change course | changed course | changes course | changing course
in place | in place of | in the first place | out of place | take place | takes place | took place
taken place | taking place
at stake | on track | off track | keep track of | kept track of | lose track of | lost track of
track record | in fact | as a matter of fact | no matter | a matter of
by the way | on the way | on its way | on their way | on our way | on my way | on your way
under way | either way | no way | on the other hand | on the one hand | on hand | at hand | by hand
hand in hand | out of hand | bear in mind | keep in mind | in mind | in advance | in advance of
take into account | takes into account | took into account | taken into account
taking into account | on account of | at any rate | in any case | in case | in case of
just in case | in that case | in this case | in which case | behind the scenes | set the scene
sets the scene | setting the scene | for the time being | at the same time | in time | on time
from time to time | at times | all the time | in the meantime | at a time | at the time
time and again | in the long run | in the long term | in the short term | in the medium term
in terms of | come to terms | came to terms | at least | at most | in the end | in general
in particular | as a result | in turn | in return | in return for | in short | in touch
make sense | makes sense | made sense | take part | takes part | took part | taking part
in charge | in charge of | on hold | in person | on board | on purpose | in stock | out of stock
take stock | takes stock | took stock | on balance | in the balance | strike a balance
in the interest of | in the interests of | of interest | on the record | off the record
for the record | in the event of | in the event that | on sale | for sale | in store
in the pipeline | in a row | to the point | point of view | up to a point | on the point of
in the light of | in light of | by far | so far | at a premium | in order | in order to
out of order | in effect | take effect | takes effect | took effect | in force | into force
on the whole | as a whole | in common | in practice | in view of | in question
out of the question | on the rise | on average | on demand | in public | in private
on the spot | in the spotlight | in the face of | at the expense of | in the wake of
in the name of | at the end of the day | in principle
nerves of steel | heart of gold | tip of the iceberg | rule of thumb | the bottom line
level playing field | double-edged sword | red tape | red flag | drop in the ocean
drop in the bucket | pipe dream | ballpark figure | glass ceiling | silver lining
at full capacity | at capacity | to capacity | filled to capacity | packed to capacity
terms and conditions | terms of service | terms of use | under consideration
in aggregate | in the aggregate
return on equity | return on assets | return on investment | return on capital
at this stage | at that stage | at an early stage | at a later stage | at some stage
at one stage | at every stage | at each stage | at any stage | at no stage | set the stage
sets the stage | setting the stage | take centre stage | takes centre stage | took centre stage
take center stage | takes center stage | took center stage
member state | member states | member country | member countries | member nation
member nations
gold standard | gold mine | silver bullet | cash cow | white elephant | black sheep | dark horse
red herring | safety net | sea change | melting pot | perfect storm | wake-up call
lion's share | ivory tower | paper tiger | moving target | across the board | on thin ice
winning streak | losing streak | unbeaten streak | new chapter in | mark a new chapter
marks a new chapter | marked a new chapter | open a new chapter | opened a new chapter
opens a new chapter | write a new chapter | wrote a new chapter | writes a new chapter
begin a new chapter | began a new chapter | start a new chapter | started a new chapter
turn the page | turned the page | close the chapter | closed the chapter | closes the chapter
the ball is in your court | the ball is in their court | the ball is in our court
ball in your court | new ball game | whole new ball game | different ball game
set the record straight | sets the record straight | setting the record straight
put the record straight | flight to safety | flight to quality | flight of capital
in his capacity as | in her capacity as | in its capacity as | in their capacity as
in my capacity as | in your capacity as | in our capacity as | in a personal capacity
in an advisory capacity | in an official capacity | star of the night | star of the show
star of the game | star of the match | star of the day | road to recovery
route to recovery | path to recovery | route to success | road to success | path to success
see a doctor | saw a doctor | seen a doctor | seeing a doctor | see your doctor
take a flight | took a flight | taken a flight | taking a flight | takes a flight
left in stock | record high | record highs | record low | record lows | record level
record levels | best seller | best sellers | best-seller | best-sellers
"""

_WORDS = re.compile(r"[a-z]+")


@lru_cache(maxsize=4096)
def _phrases_with(word: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of the expressions that hold *word* (lower case), noun-final ones guarded."""
    out = []
    for phrase in (p.strip() for p in _PHRASES.replace("\n", "|").split("|")):
        words = _WORDS.findall(phrase)
        if word not in words and word.rstrip("s") not in words:
            continue
        body = r"\s+".join(re.escape(w) + ("s?" if w in (word, word.rstrip("s")) else "")
                           for w in words)
        # A noun-final expression ends where the noun does: nothing but punctuation, the
        # end, a digit-free function word or an adverb may follow it.
        guard = _END if words[-1] in (word, word.rstrip("s")) else ""
        out.append(re.compile(rf"(?i)(?<![\w-]){body}(?![\w-]){guard}"))
    return tuple(out)


_FOLLOWERS = (
    "a an the this that these those it its his her their our your my of and or but to in on at "
    "for with from by as than is are was were be been has have had will would can could should "
    "may might must not so if then when while which who now here there very also only just "
    "still yet already again soon today tomorrow online later first too anymore either after "
    "before since until over into through during despite amid toward towards under against "
    "without about around").split()
_END = r"(?=\s*(?:$|[^\w\s]|(?:" + "|".join(_FOLLOWERS) + r")\b))"


def in_set_phrase(word: str, start: int, end: int, source: str) -> bool:
    """True when the glossary word source[start:end] (*word* lower-cased) lies inside a
    fixed expression of the list ("Of course", "at stake", "behind the scenes")."""
    return any(m.start() <= start and end <= m.end()
               for pattern in _phrases_with(word) for m in pattern.finditer(source))
