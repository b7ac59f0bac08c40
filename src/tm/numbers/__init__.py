"""Numbers in English and Chinese text as comparable values.

:func:`extract_numbers` reads digits, Chinese numerals, magnitudes (billion,
亿), percentages, ratios and number idioms into :class:`Number` values whose
spans point into the text; :func:`compare_numbers` pairs them across languages;
:func:`outside_terms` sets aside the numbers a glossary term owns (one rule);
:func:`without_explicit_ones` forgives the one of 1美元兑161日元 ("per dollar");
:func:`dropped_counts` finds the spelled counts a translation left out ("nine crew members");
:data:`GLUED_CURRENCY_CODES` are the currency codes written glued to an amount (RM150), which
the glossary's term finder reads the same way; :data:`ZH_NUMERAL_CHARACTERS` the characters of
Chinese numerals (一 … 亿, 两, 半, 萬 …) and :data:`VULGAR_FRACTIONS` the fraction characters
(½, ¾ …); :func:`opposite_bounds` says when two figures of one
value are said to be bounds the opposite way ("more than 100" and 近百), :func:`may_hold_bound`
when a text may say a figure in digits is one (18+, 12岁以上); :func:`reversed_scores` finds
the scores a Chinese translation gives the other way round (3-1 → 以1比3击败);
:func:`opposite_directions` the changes it says the other way ("fell 15%" → 上涨了15%) and
:func:`may_hold_direction` when a text may say one;
:func:`reordered_lists` finds a list of named figures whose figures a translation gives to
other items (Sharks 98, Eagles 95 → 鲨鱼95，雄鹰98); :func:`unit_written_after` reads the unit
after a placeholder ("%d km" → km, "%d 英里" → mile) and :func:`another_unit` says when two
units of one kind differ (km, mile); :func:`drivetrain_spans` finds a vehicle's 4x4 and
:func:`has_times_pair` two figures joined by ×; :func:`orders_agree` says when a count said by
its order (数百) may meet another number; :func:`other_rates` finds the rates and frequencies a
translation says with another period or count ("$399 per month" → 每周399美元, "once daily" →
每日两次) and :func:`may_hold_rate` when an English text may say one.
"""

from tm.numbers._approximate import may_hold_bound, opposite_bounds
from tm.numbers._directions import may_hold_direction, opposite_directions
from tm.numbers._drivetrains import drivetrain_spans, has_times_pair
from tm.numbers._extract import (
    Number,
    compare_numbers,
    dropped_counts,
    extract_numbers,
    outside_terms,
    same_numbers,
    same_unit,
    without_explicit_ones,
)
from tm.numbers._idioms_zh import may_hold_numberless_value
from tm.numbers._lists import reordered_lists
from tm.numbers._numerals import GLUED_CURRENCY_CODES, VULGAR_FRACTIONS, ZH_NUMERAL_CHARACTERS
from tm.numbers._orders import orders_agree
from tm.numbers._periods import may_hold_rate, other_rates
from tm.numbers._roman import may_hold_roman
from tm.numbers._scores import reversed_scores
from tm.numbers._units_after import another_unit, unit_written_after
from tm.numbers._weekdays import may_hold_weekday

__all__ = [
    "GLUED_CURRENCY_CODES",
    "VULGAR_FRACTIONS",
    "ZH_NUMERAL_CHARACTERS",
    "Number",
    "another_unit",
    "compare_numbers",
    "drivetrain_spans",
    "dropped_counts",
    "extract_numbers",
    "has_times_pair",
    "may_hold_bound",
    "may_hold_direction",
    "may_hold_numberless_value",
    "may_hold_rate",
    "may_hold_roman",
    "may_hold_weekday",
    "opposite_bounds",
    "opposite_directions",
    "orders_agree",
    "other_rates",
    "outside_terms",
    "reordered_lists",
    "reversed_scores",
    "same_numbers",
    "same_unit",
    "unit_written_after",
    "without_explicit_ones",
]
