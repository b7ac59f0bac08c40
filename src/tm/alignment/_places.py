"""Country names the English side spells in a way CC-CEDICT's glosses do not.

The dictionary glosses 中国 as "China", 英国 as "United Kingdom" and 美国 as
"United States; USA; US", but English text says "Chinese manufacturers",
"Britain", "British" and "the U.S.": the stems (``chines``, ``britain``) never
meet the glosses' (``china``, ``kingdom``), so a sentence full of countries
("available in the U.S., Britain, Germany and Singapore") matched its
translation (首发市场：美国、英国、德国、新加坡) by two of its four countries, and
an unrelated sentence beside it by chance nearly as well.  :func:`place_keys`
gives an English sentence, for each capitalised demonym or alternative
country name, the stem of the gloss the dictionary uses for that country.

Only capitalised forms count ("Turkish", "Chinese"), so "turkey" and "china
cups" are left alone; "Polish" is not in the table, since "Polish the brass."
opens many an instruction.  The keys are added as extra evidence
without mass: a sentence is not expected to match them.
"""

from __future__ import annotations

import re

__all__ = ["PLACE_KEYS", "place_keys"]

#: English form (as written) -> the stem of CC-CEDICT's gloss of its country, read from
#: the dictionary's own entries (中国 "China", 英国 "United Kingdom", 美国 "USA", 欧洲
#: "Europe", 韩国 "South Korea" ...).  A form whose stem already equals the gloss's
#: ("German" / 德国 "German", "Thai" / 泰国 "Thai") needs no entry.
PLACE_KEYS: dict[str, str] = {
    "U.S.": "usa", "U.S.A.": "usa", "USA": "usa", "US": "usa", "America": "usa",
    "American": "usa", "Americans": "usa",
    "U.K.": "kingdom", "UK": "kingdom", "Britain": "kingdom", "British": "kingdom",
    "Chinese": "china", "Japanese": "japan", "European": "europ", "Europeans": "europ",
    "Korean": "korea", "Koreans": "korea", "Australian": "australia",
    "Australians": "australia", "Russian": "russia", "Russians": "russia",
    "Indian": "india", "Indians": "india", "Spanish": "spain", "Swiss": "switzerland",
    "African": "africa", "Africans": "africa", "Asian": "asia", "Asians": "asia",
    "Norwegian": "norway", "Scottish": "scotland", "Scots": "scotland",
    "Swedish": "sweden", "Danish": "denmark", "Finnish": "finland",
    "Turkish": "turkey", "Greek": "greec", "Irish": "ireland", "Brazilian": "brazil",
    "Mexican": "mexico", "Egyptian": "egypt", "Iranian": "iran", "Israeli": "israel",
    "Indonesian": "indonesia", "Filipino": "philippin", "Malaysian": "malaysia",
    "Pakistani": "pakistan", "Ukrainian": "ukrain", "Belgian": "belgium",
    "Austrian": "austria", "Portuguese": "portugal", "Dutch": "netherland",
    "Vietnamese": "vietnam", "Singaporean": "singapor", "Spaniards": "spain",
}

#: A capitalised word, or a dotted abbreviation such as "U.S." or "U.K.".
_FORM = re.compile(r"\b(?:[A-Z]\.){2,3}|\b[A-Z][A-Za-z]+\b")


def place_keys(text: str) -> set[str]:
    """The country keys (:data:`PLACE_KEYS`) of the forms written in English *text*."""
    return {PLACE_KEYS[form] for form in _FORM.findall(text) if form in PLACE_KEYS}
