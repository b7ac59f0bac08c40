"""A class of the second user trial (T75): the numbers check reads English and Chinese
only.  A catalog in another language (German writes 5,5 % and 50.000) is not compared
with the English rules, which would read other numbers there; English and Chinese
catalogs are checked as before."""

from __future__ import annotations

from tm import Unit, check


def _numbers(source: str, target: str, target_lang: str) -> list[str]:
    unit = Unit(source, target, source_lang="en", target_lang=target_lang)
    return [f.check for f in check([unit], select=["numbers"])]


def test_a_german_target_is_not_read_with_english_rules() -> None:
    assert _numbers("Growth was 7.5% on 40,000 orders.", "Das Wachstum lag bei 7,5 % "
                    "bei 40.000 Bestellungen.", "de") == []


def test_a_chinese_target_is_still_compared() -> None:
    assert _numbers("Growth was 7.5% on 40,000 orders.", "4万笔订单增长了8.5%。",
                    "zh-CN") == ["numbers"]


def test_an_english_target_is_still_compared() -> None:
    assert _numbers("Growth was 7.5 percent.", "Growth was 8.5%.", "en-GB") == ["numbers"]
