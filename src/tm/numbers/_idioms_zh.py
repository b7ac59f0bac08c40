"""Chinese number idioms, read on the numbers the recognizers found (private).

* tenths: 四成 / 八成以上 / 近三成 = 40 / 80 / 30 percent (成 after a numeral); where a
  word may begin at the 成 (成为, 成果, 成本: 揽月7成为, 近七成果园) the count is kept as
  another reading;
* ratios as fractions with their parts: 每四家中有三家, 十家企业中有七家,
  十家……有七家 = 3/4, 7/10 (the same measure word after both numbers, or 每
  before the whole; the part smaller than the whole); 四分之三 is read by the
  recognizers;
* more than half: 过半, 逾半, 超过半数, 半数 = 1/2 (一半 is read by the recognizers);
* decades in every usual form: 90年代, 九十年代, 1990年代, 20世纪90年代,
  二十世纪九十年代, 上世纪九十年代 (the 20th century), 本世纪20年代 = 1990 ... 2020;
  without a century, 00年代 and 10年代 are the 2000s and 2010s, 20年代 to 90年代
  the 1920s to 1990s; two decades in one word, 七八十年代 / 70、80年代 = 1970 and 1980;
* the first decade of a century: 21世纪头十年 / 二十一世纪最初十年 / 21世纪前十年 =
  2000 (the 2000s); 本世纪初 / 上世纪初 = 2000 / 1900, spelled (no figure is
  written: "early this century" holds none);
* a century alone (19世纪, 十九世纪) is the number 19 with unit ``century``, so
  it also matches "the 1800s" (and the ordinal of "the 19th century");
* first place: 头号, 榜首, 状元, 首位, 头名, 魁首, 冠军 = the ordinal 1, spelled ("the No. 1
  seed" = 头号种子, "the No. 1 pick" = 状元秀);
* the top *N*: 百强 / 千强 / 百佳 = 100 / 1000 (十强, 500强, 前十 are read as numbers);
  an age of a hundred: 百岁 = 100 (百岁老人, 百岁及以上: a centenarian; 千岁 is a
  prince's title and 万岁 "long live", not ages); other magnitudes written with no
  numeral (百年, 逾百年, 上万人, 万架) are read by tm.numbers._magnitudes_zh;
* discounts: *N*折 is a price of *N* tenths, read as the percentage off: 五折
  = 50, 八折 = 20, 七五折 / 7.5折 / 75折 = 25; 半价 / 对折 = 50 (so "Up to 50% off" = 低至五折);
* 增长了*N*倍 (and 增加/提高/上升/上涨/扩大/提升 了 *N* 倍) says the increase BY: ×(*N* + 1),
  a rise of *N* × 100 percent ("tripled" = 增长了两倍, "doubled" = 增长了一倍, never 增长了两倍);
  增至 / 增长到 *N*倍, 是…的 *N* 倍 and 翻了 *N* 倍 say the size it grew TO: ×*N*;
* 十三五 (the 13th Five-Year Plan) = the ordinal 13 and the number 5.

Numerals inside set phrases (一成不变, 三五成群) are never numbers: the
recognizers leave them out (data/set_phrases_zh.txt).
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Callable, Sequence
from decimal import Decimal

from tm._shared.cedict import word_beginnings
from tm._shared.script import HAN
from tm.numbers._base import Number, canonical
from tm.numbers._hedges import DIRECTED, ROUNDING, bound_of, hedge_pattern, meaning
from tm.numbers._lazy import lazy_re
from tm.numbers._magnitudes_zh import bare_magnitudes, bare_units, unit_after
from tm.numbers._numerals import (
    CURRENCY_PREFIXES,
    CURRENCY_WORDS_EN,
    PERCENT,
    UNIT_FORMS_ZH,
    ZH_CLASSIFIERS,
    ZH_DIGITS,
    parse_chinese,
)
from tm.numbers._quarters import FIRST_QUARTER_ZH
from tm.numbers._zh import cut_phrases, in_set_phrase

__all__ = ["idioms_zh", "overlapping", "ratio", "without", "without_all"]

#: 成 after a numeral is a tenth (七成, 70 percent) — or the first character of a word after a
#: count (揽月7成为 "the Lanyue 7 became", 近七成果园 "nearly seven in ten orchards": 成为,
#: 成果, 成本, 成员 …).  Where a word of the dictionary (CC-CEDICT, tm._shared.cedict) begins
#: at the 成 the boundary is ambiguous, and the figure keeps both readings: the share, and
#: the count as its other reading (_tenths).  Without the ``dict`` extra, these words stand in
#: for the dictionary.
_TENTH_WORDS_WITHOUT_DICTIONARY = frozenset(
    "成为 成功 成立 成果 成绩 成熟 成型 成长 成本 成员 成交 成就 成年 成人 成品 成都".split())
_PLAN = lazy_re(r"十([一二三四五六七八九])五")
#: The century a decade may name before it: 上世纪, 本世纪, 20世纪 / 二十世纪.
_DECADE_CENTURY = (r"(?:(?P<last>上个?世纪)|(?P<this>本世纪)"
                   r"|(?P<century>\d{1,2}|[一二]?十[一二]?)世纪)?")
_DECADE = lazy_re(
    _DECADE_CENTURY
    + r"(?P<decade>(?<!\d)\d{3}0|(?<!\d)\d0|[一二三四五六七八九]十"
    r"|[一二][〇零一二三四五六七八九]{2}[〇零]|[〇零]{2})年代")
#: Two decades in one word, as editors write "the 1950s and 1960s": 五六十年代 (two
#: consecutive digit words before 十, the 50s and 60s, as 两三 is "two or three") and
#: 50、60年代, with the century prefixes of _DECADE.
_DECADE_PAIR = lazy_re(
    _DECADE_CENTURY + r"(?:(?P<first>[一二三四五六七八九])(?P<second>[一二三四五六七八九])十"
    r"|(?<!\d)(?P<first_digit>\d)0[、，,和与及至到-](?P<second_digit>\d)0)年代")
_CENTURY_NUMERAL = r"(?:\d{1,2}|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_FIRST_DECADE = lazy_re(
    rf"(?P<century>{_CENTURY_NUMERAL})世纪(?:的)?(?:头|最初|前|第一个)(?:十|10)年"
    r"|(?P<rel>本|上个?)世纪初")
_CENTURY = lazy_re(rf"(?<![\d〇零一二三四五六七八九十]){_CENTURY_NUMERAL}世纪")
#: 本世纪中叶 / 上世纪末: this, last or next century named relative to now (not its
#: decades, 本世纪20年代, nor its first decade, 本世纪初, read above).
_RELATIVE_CENTURY = lazy_re(r"(本|上个?|下个?)世纪(?![初\d〇零一二三四五六七八九十]|年代)")
_RELATIVE = {"本": 21, "上": 20, "下": 22}
_TOP = lazy_re(r"(?<![〇零一二两三四五六七八九十百千万\d])(?:([百千])(?=强|佳)|(百)(?=岁))")
_TOP_VALUES = {"百": 100, "千": 1000}
#: Words for first place, the rank "No. 1" says in figures: 头号 (头号种子 "the No. 1 seed"),
#: 榜首 (top of a chart), 状元 (状元秀 "the No. 1 pick"), 首位, 头名, 魁首, 冠军 (the winner:
#: "finished first").  The ordinal 1, spelled and a round figure: unmatched it is never
#: reported, nor is it a number the target keeps beside a dropped count (冠军 for "the
#: champion" with no figure in English).
FIRST_PLACE = lazy_re("头号|榜首|状元|首位|头名|魁首|冠军")
_DISCOUNT = lazy_re(
    r"(?:(?<![\d.])(?P<d>\d(?:\.\d)?)|(?<![\d.])(?P<dd>[1-9][1-9])|(?P<c1>[一二三四五六七八九])"
    r"(?P<c2>[一二三四五六七八九])?)折"
    r"(?![合算旧叠射磨腾断服])|(?P<half>半价|对折)")
#: Verbs of growth before (了) N 倍 (not 增至 / 增长到: those say the new size, N alone).
#: Any hedge may stand between them (增长了近两倍, 增加逾三倍: tm.numbers._hedges).
_GROWTH_BY = lazy_re(r"(?:(?:增长|增加|提高|上升|上涨|扩大|提升|攀升)了?|增了)"
                        f"(?:{hedge_pattern('zh', bare=True)})?$")
#: The longest text _GROWTH_BY matches, with room: it is looked for in that much text
#: before a number, not in all of it (a search from the start made an entry of many
#: multiples quadratic: 8,000 × 三倍 took 1.4 s).
_GROWTH_BY_REACH = 12
#: Words that say a whole, one hundred per cent: 百分百 and the "full" of an amount (全额退款
#: "a 100% refund", 全数, 全款, 足额, 十足 "a hundred per cent", not ten).  Spelled: the
#: English may say it with no figure ("paid in full").
_WHOLE = lazy_re("百分百|全[额額款]|全[数數](?![字据據])|足[额額]|十足")
#: Interest-free: 免息, 无息 are an interest rate of 0 percent ("at 0% interest", "0% APR").
#: Spelled: the English may say it with no figure ("interest-free").
_NO_INTEREST = lazy_re("[免无無]息")
#: Half said with a hedge of a direction (过半, 逾半, 超过半数, 近半, 不到半数:
#: tm.numbers._hedges, whose meaning is the figure's bound: review X-5), or 半数 alone (a
#: hedge of no direction before it, 约半数, is read by mark_hedges); not 半 that begins
#: a word (_HALF_WORD): the half of a unit of time (过半年 "after half a year", 近半个月:
#: tm.numbers._durations reads it), 上半场 "the first half", 半导体, 半决赛.
_HALF_WORD = "[年天日月周个分秒钟世生辈晌夜载旬程场截节局盘岛导径价决路山空壁边身职]|小时"
_HALF = lazy_re(f"(?P<hedge>{hedge_pattern('zh', DIRECTED, bare=True)})半"
                   f"(?:数|(?!{_HALF_WORD}))|半数")
#: The digits after a metre or a kuai that give its decimals, as Chinese says a height or a
#: price: 一米八 (1.8 m), 一米七五 (1.75 m), 两米零五 (2.05 m), 三块五 (3.5 yuan; one digit:
#: the next is a number of its own, 三块五一斤 "3.5 yuan a jin"); not a count of its own
#: (一米八个人).
#: The decimals end the figure: no Han character after them but 的, 左右, 多, 钱, or the 一 of
#: a unit price (三块五一斤) — a digit that begins a word is the word's (三块五花肉 "three
#: pieces of pork belly", 两块五金件: review Z-23).
_ENDS_THE_FIGURE = f"(?:(?![{HAN}\\d])|[的左以多了至到或和、之钱每一])"
_DIGITS_AFTER = {
    "m": lazy_re(f"(?P<d>[一二三四五六七八九]|[零〇](?=[一二三四五六七八九]))"
                    f"(?P<e>[一二三四五六七八九〇零](?![一二三四五六七八九]))?"
                    f"(?={_ENDS_THE_FIGURE})"),
    "块": lazy_re(f"块(?P<d>[一二三四五六七八九])(?P<e>)(?={_ENDS_THE_FIGURE})")}


def _tenths_after_a_unit(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* with the digits after 米 or 块 read as the figure's decimals
    (:data:`_DIGITS_AFTER`: 一米八 = 1.8 m, 三块五 = 3.5 yuan), the digits' own reading
    dropped."""
    out: list[Number] = []
    drop = -1
    for n in numbers:
        if n.start < drop:
            continue
        whole = n.kind == "number" and n.value == n.value.to_integral_value()
        after = "m" if n.unit == "m" and n.text.endswith("米") else "" if n.unit else "块"
        m = _DIGITS_AFTER[after].match(text, n.end) if whole and after else None
        if m is None:
            out.append(n)
            continue
        decimals = str(ZH_DIGITS[m["d"]]) + (str(ZH_DIGITS[m["e"]]) if m["e"] else "")
        drop = m.end()
        out.append(dataclasses.replace(n, value=n.value + Decimal(f"0.{decimals}"), end=m.end(),
                                       text=text[n.start:m.end()],
                                       unit=n.unit or UNIT_FORMS_ZH["元"]))
    return out


#: 半 after a count and its measure word (四星半, 一倍半, 两块半, 两勺半, 三张半, 2片半) or after a
#: quantity whose unit was read with it (一公斤半, 一米半): and a half.  The measure words are
#: the classifiers (ZH_CLASSIFIERS) and the measures of a recipe or a dose (勺, 匙, 片, 杯 …).
#: Units of time are read by tm.numbers._durations (一年半, 两个半小时); 半 that begins a word
#: (半岛, 半场, 半价) is not the half.
_HALF_MEASURES = "".join(dict.fromkeys("个星倍颗块元斤层杯碗勺匙片页本盒罐桶壶碟粒根圈段"
                                       + ZH_CLASSIFIERS))
_AND_A_HALF = lazy_re(f"(?P<measure>[{_HALF_MEASURES}])?半(?!{_HALF_WORD})")
#: Words that begin with 半 after a classifier (一件半袖 "a short-sleeved top", 一张半透明的纸
#: "a translucent sheet", 两个半成品): the count may be whole, so it keeps that reading too.
_HALF_COMPOUND = lazy_re("透明|袖|裙|成品|圆|球|导体|自动|永久|封闭|开放|熟|新旧?|干|湿|躺|蹲|跪")


def _and_a_half(text: str, n: Number) -> Number:
    """*n* plus a half when 半 follows it (:data:`_AND_A_HALF`): 四星半 = 4.5 stars, 两勺半 =
    2.5 spoons."""
    m = _AND_A_HALF.match(text, n.end) if n.kind == "number" and n.value >= 1 else None
    if m is None or not (m.group("measure") or n.unit) \
            or n.value != n.value.to_integral_value():
        return n
    # 两个半球: 个 counts the 半-words too (半球 a hemisphere, 半成品, 半圆): before a Han
    # character the count keeps its whole value as its other reading (review Z-17); after
    # another measure word, before a word that begins with 半 (一件半袖)
    compound = _HAN_NEXT.match(text, m.end()) if m.group("measure") == "个" \
        else m.group("measure") and _HALF_COMPOUND.match(text, m.end())
    whole = (n.value,) if compound else ()
    return dataclasses.replace(n, value=n.value + Decimal("0.5"), end=m.end(),
                               text=text[n.start:m.end()], alternatives=whole)


#: A Han character (a word may begin at 半 before it).
_HAN_NEXT = lazy_re(f"[{HAN}]")


#: What makes 半 (no 数) after a hedge the half of a quantity, read by other readers or
#: none: a magnitude (年近半百 "nearly fifty": _HALF_HUNDRED; 近半百万), a unit (近半米,
#: 过半公斤: unit_after) or a container (近半杯糖) (review X-7); not a classifier, which as
#: often begins a word (其中过半位于长三角 "more than half of it lies in the Delta").
_NOT_A_SHARE = lazy_re("[十百千万亿杯碗勺瓶盒袋桶罐碟盘壶箱]")
#: 半百 "fifty" (an age: 年近半百 "nearly fifty", 年过半百 "past fifty"), with its hedge.
_HALF_HUNDRED = lazy_re(f"(?P<hedge>{hedge_pattern('zh', bare=True)})?半百(?![万亿])")
#: Measure words that follow the two numbers of a ratio (十家……有七家).
_MEASURE = "家个名位人户款件项只台辆所座种次国省市条张本部架艘间份例批笔起"
#: Between a whole and its part: 每四家[公司中]有三家 (after 每, anything short), or a
#: group marked as such: 十家企业[中，]有七家, 十家[……]有七家.
_GAP_EACH = lazy_re(r"[^。！？；!?;]{0,16}?有")
_GAP = lazy_re(r"[^。！？；!?;]{0,16}?(?:中|里|…)[，,]?(?:其中)?(?:就|便|约|仅|只|也)?有")
_FRACTION_PLACES = Decimal("0.0001")


def _halves(text: str) -> list[Number]:
    """The halves of *text* (_HALF), each said approximately and as a bound as its hedge
    says, and its fifties (半百)."""
    out = []
    for m in _HALF.finditer(text):
        if not m.group().endswith("数") and (
                _NOT_A_SHARE.match(text, m.end()) or unit_after(text, m.end())):
            continue
        said = meaning("zh", m.group("hedge") or "")
        out.append(Number(Decimal("0.5"), "fraction", m.start(), m.end(), m.group(), True, "",
                          (Decimal(1), Decimal(2)), approximate=said in ROUNDING,
                          bound=bound_of(said)))
    out.extend(Number(Decimal(50), "number", m.start(), m.end(), m.group(), True,
                      bound=bound_of(meaning("zh", m.group("hedge") or "")))
               for m in _HALF_HUNDRED.finditer(text))
    return out


#: 百兆 / 千兆 / 万兆 before a word of a network: 100 Mbps, a gigabit (1,000 Mbps), 10 Gbps
#: (千兆光纤 is "1,000 Mbps fibre").
_BANDWIDTH = lazy_re("(?<![〇零一二两三四五六七八九十\\d])([百千万])兆"
                     "(?=宽带|光纤|网|以太|端口|带宽|速率|级|入户|路由|到户)")
_BANDWIDTH_MBPS = {"百": 100, "千": 1000, "万": 10000}


def idioms_zh(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* of Chinese *text* with its idioms read (order not kept)."""
    out = bare_magnitudes(text, _tenths(text, _in_cut_phrases(text, numbers))
                          + bare_units(text))
    if "兆" in text:
        rates = list(_BANDWIDTH.finditer(text))
        out = without_all(out, [m.span() for m in rates]) + [
            Number(Decimal(_BANDWIDTH_MBPS[m.group(1)]), "number", m.start(), m.end(), m.group(),
                   True, "Mbps") for m in rates]  # spelled: English may say "gigabit"
    if "有" in text and len(out) >= 2:
        out = _ratios(text, out)
    if "米" in text or "块" in text:
        out = _tenths_after_a_unit(text, out)
    if "半" in text:
        out = [_and_a_half(text, n) for n in out]
        out.extend(_halves(text))
    if "五" in text:
        plans = list(_PLAN.finditer(text))
        out = without_all(out, [m.span() for m in plans]) + [
            number for m in plans for number in (
                Number(Decimal(10 + ZH_DIGITS[m.group(1)]), "ordinal", m.start(), m.end(),
                       m.group(), True, ""),
                Number(Decimal(5), "number", m.start(), m.end(), m.group(), True, ""))]
    if "世纪" in text:
        out = _centuries(text, out)
    if FIRST_PLACE.search(text):
        taken = overlapping(out)
        out.extend(Number(Decimal(1), "ordinal", m.start(), m.end(), m.group(), True, "",
                          round_figure=True)
                   for m in FIRST_PLACE.finditer(text) if not taken(m.start(), m.end()))
    if "强" in text or "佳" in text or "百岁" in text:
        out.extend(Number(Decimal(_TOP_VALUES[m.group(1) or m.group(2)]), "number", m.start(),
                          m.end(), m.group(), True, "") for m in _TOP.finditer(text))
    if "开" in text or "分成" in text:
        out = _splits(text, out)
    if "折" in text or "半价" in text:
        out = _discounts(text, out)
    if "倍" in text:
        out = [_growth_by(text, n) for n in out]
    if "全" in text or "足" in text or "百分百" in text:
        wholes = [m.span() for m in _WHOLE.finditer(text)]
        out = without_all(out, wholes) + [
            Number(Decimal(100), "percent", start, end, text[start:end], True, PERCENT)
            for start, end in wholes]
    out = _words_of_values(text, out)
    if "年代" in text:
        out = _decades(text, out)
    return out


def _decades(text: str, out: list[Number]) -> list[Number]:
    """*out* with every decade read: 九十年代 = 1990, 上世纪五六十年代 = 1950 and 1960.

    本世纪20年代 / 上世纪90年代 name the decade relative to now, as English does with
    "by the end of the decade": spelled, so it may stand unmatched."""
    pairs: list[Number] = []
    for m in _DECADE_PAIR.finditer(text):
        first, second = _pair_values(m)
        # digit words only when consecutive (the 两三 pattern); figures parted by 、 outright
        if m.group("first_digit") or second == first + 10:
            century = _year_in_century(m, second) - second  # 一二十年代 = 1910 and 1920
            pairs += [_decade(m, century + first), _decade(m, century + second)]
    in_pair = overlapping(pairs)
    read = [_decade(m, _decade_year(m)) for m in _DECADE.finditer(text)
            if not in_pair(m.start(), m.end())] + pairs
    return without_all(out, [(n.start, n.end) for n in read]) + read


def _decade(m: re.Match[str], year: int) -> Number:
    """The decade beginning in *year* that *m* names, spelled when named relative to now."""
    return Number(Decimal(year), "number", m.start(), m.end(), m.group(),
                  bool(m.group("this") or m.group("last")), "")


def _pair_values(m: re.Match[str]) -> tuple[int, int]:
    """The two decades of a _DECADE_PAIR match as 50 and 60 (of their century)."""
    if m.group("first_digit"):
        return int(m.group("first_digit")) * 10, int(m.group("second_digit")) * 10
    return ZH_DIGITS[m.group("first")] * 10, ZH_DIGITS[m.group("second")] * 10


def _words_of_values(text: str, out: list[Number]) -> list[Number]:
    """*out* with the values Chinese says with a word read: 双 (two, latent; 双十一 a date),
    仅次于 / 次高 / 亚军 (the rank two, latent), a word of the sign before an amount (亏损:
    its negative too), 免息 (0 percent)."""
    if "双" in text:
        out = _pairs(text, out)
    if "次" in text or "亚军" in text:
        out.extend(Number(Decimal(2), "ordinal", m.start(), m.end(), m.group(), True,
                          latent=True) for m in _SECOND_ONLY_TO.finditer(text))
    if _SIGN_WORD.search(text):
        out = [_signed_by_a_word(text, n) for n in out]
    if "息" in text:
        free = [m.span() for m in _NO_INTEREST.finditer(text)]
        out = without_all(out, free) + [
            Number(Decimal(0), "percent", start, end, text[start:end], True, PERCENT)
            for start, end in free]
    return out


def _centuries(text: str, numbers: list[Number]) -> list[Number]:
    """21世纪头十年 = 2000, 本世纪初 = 2000 (spelled); 19世纪 = 19 with unit ``century``;
    本世纪中叶 = 21, 上世纪末 = 20 (spelled, unit ``century``)."""
    firsts = list(_FIRST_DECADE.finditer(text))
    out = without_all(numbers, [m.span() for m in firsts]) + [
        Number(Decimal(_first_decade_year(m)), "number", m.start(), m.end(), m.group(),
               not m.group("century"), "") for m in firsts]
    named = {(m.start(), m.end() - 2) for m in _CENTURY.finditer(text)
             if not (text.startswith("年代", m.end()) or _DECADE.match(text, m.end()))}
    if named:
        out = [dataclasses.replace(n, unit="century")
               if (n.start, n.end) in named and not n.unit else n for n in out]
    # spelled: "by mid-century" against 本世纪中叶 has no figure to compare
    out.extend(Number(Decimal(_RELATIVE[m.group(1)[0]]), "number", m.start(), m.end(),
                      m.group(), True, "century") for m in _RELATIVE_CENTURY.finditer(text))
    return out


def _first_decade_year(m: re.Match[str]) -> int:
    """The year 21世纪头十年 / 本世纪初 / 上世纪初 begins (2000, 2000, 1900)."""
    if m.group("century"):
        return (_century_number(m.group("century")) - 1) * 100
    return 2000 if m.group("rel") == "本" else 1900


def _century_number(raw: str) -> int:
    return int(raw) if raw.isdigit() else int(parse_chinese(raw) or 0)


#: A split of ten tenths, 五五开 / 四六分成 / 三七开: "50/50", "60-40", "30/70" in English.
_SPLIT = lazy_re(r"([一二三四五六七八九])([一二三四五六七八九])(?:开|分成)")


def _splits(text: str, numbers: list[Number]) -> list[Number]:
    """五五开 = 50 and 50, 四六开 = 40 and 60: the two shares in tenths, as English writes
    them ("a 50/50 chance", "a 60-40 split"); only when they make ten."""
    splits = [m for m in _SPLIT.finditer(text)
              if ZH_DIGITS[m.group(1)] + ZH_DIGITS[m.group(2)] == 10]
    return without_all(numbers, [m.span() for m in splits]) + [
        Number(Decimal(ZH_DIGITS[m.group(g)] * 10), "number", m.start(g), m.end(g),
               m.group(g), True, "") for m in splits for g in (1, 2)]


def _discounts(text: str, numbers: list[Number]) -> list[Number]:
    """五折 / 七五折 / 7.5折 / 半价 as the percentage off the price (50, 25, 25, 50)."""
    read_at = {n.start for n in numbers}  # the matches are disjoint: what they add or
    spans: list[tuple[int, int]] = []     # remove never starts where a later one does
    found: list[Number] = []
    for m in _DISCOUNT.finditer(text):
        if m.group("half"):
            off = Decimal(50)
        elif m.start() not in read_at:
            continue  # a numeral the recognizers left out (一波三折 is a set phrase)
        elif m.group("d"):
            off = 100 - Decimal(m.group("d")) * 10
        elif m.group("dd"):  # 85折 = 8.5折, as 八五折 is
            off = 100 - Decimal(m.group("dd"))
        else:
            off = 100 - Decimal(ZH_DIGITS[m.group("c1")] * 10
                                + (ZH_DIGITS[m.group("c2")] if m.group("c2") else 0))
        spans.append(m.span())
        found.append(Number(canonical(off), "percent", m.start(), m.end(), m.group(),
                            False, ""))
        first = _DISCOUNT_RANGE.search(text, max(0, m.start() - 6), m.start()) \
            if m.group("d") or m.group("c1") else None
        if first is not None and first.start() in read_at:  # 5-8折, 五至八折: both ends
            digit = first.group(1)
            tenths = Decimal(digit) if digit[0].isdigit() else Decimal(ZH_DIGITS[digit])
            spans.append((first.start(), first.end(1)))
            found.append(Number(canonical(100 - tenths * 10), "percent", first.start(),
                                first.end(1), first.group(1), False, ""))
    return without_all(numbers, spans) + found


#: The first end of a range of discounts, whose 折 is written once (5-8折, 五至八折).
_DISCOUNT_RANGE = lazy_re(r"(?<![\d.])(\d(?:\.\d)?|[一二三四五六七八九])\s*[-–~～至到]\s*$")


def _growth_by(text: str, n: Number) -> Number:
    """增长了两倍: the increase BY two times, so three times the size (the multiple 3), and the
    rise in percent it is (+200%: "prices have risen 200%").  Every catalog and battery
    written for the project reads it so (tripled → 增长了两倍, quadrupled → 增长了三倍), and
    "doubled" → 增长了两倍 is an error each labels; the looser ×N it used to keep as well
    hid that error."""
    if n.kind != "number" or n.unit or not text.startswith("倍", n.end) \
            or not _GROWTH_BY.search(text, max(0, n.start - _GROWTH_BY_REACH), n.start):
        return n
    rise = canonical(n.value * 100)
    return dataclasses.replace(n, value=n.value + 1, readings=(
        ("percent", rise, PERCENT),) if rise > 0 else ())


def _in_cut_phrases(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* with those inside a set phrase that a word after it cuts latent
    (tm.numbers._zh.cut_phrases: the 八 of 十年八年级): the phrase may be there, and then
    they are no figures.  A number read past the phrase, over the word that cuts it, is the
    figure (十分钟 is ten minutes, 万分之五 0.05 percent, 三十分钟)."""
    if not any(n.spelled for n in numbers):
        return numbers
    cut = cut_phrases(text)
    if not cut:
        return numbers
    return [dataclasses.replace(n, latent=True)
            if any(s <= n.start and n.end <= e for s, e in cut) else n for n in numbers]


def _tenths(text: str, numbers: list[Number]) -> list[Number]:
    """四成 as 40 percent: 成 right after a number of at most ten; 一成二 as 12 percent (the
    hundredths' digit after 成, as 一米八 gives the tenths after 米).  Where 成 may begin a
    word (_begins_a_word: 七成为, 三成本), the share keeps the count as another reading."""
    out: list[Number] = []
    skip = None
    for i, n in enumerate(numbers):
        if n is skip:
            continue
        after = numbers[i + 1] if i + 1 < len(numbers) else None
        if after is not None and _first_of_a_pair(n, after) and text.startswith("成", after.end):
            # 七八成, 三四成: 70 or 80 percent, the 成 said once for both; each end of the
            # range is spelled, as 三四天's are (either end may meet "About 80%")
            out.append(dataclasses.replace(_share(text, n, n.end, after.end, value=n.value * 10),
                                           spelled=n.spelled))
            continue
        if n.kind == "number" and not n.unit and 0 < n.value <= 10 \
                and text.startswith("成", n.end):
            skip = after if after is not None and _digit_after_tenths(text, n, after) else None
            end = skip.end if skip is not None else n.end + 1
            value = n.value * 10 + (skip.value if skip is not None else 0)
            share = _share(text, n, end, n.end, value=value)
            if _after_a_pair(numbers, i):
                share = dataclasses.replace(share, spelled=n.spelled)
            out.append(share)
        else:
            out.append(n)
    return out


def _share(text: str, n: Number, end: int, tenth: int, *, value: Decimal) -> Number:
    """*n* read as a share of *value* percent ending at *end*, whose 成 is at *tenth*: where
    a word may begin there (_begins_a_word), the count *n* is its other reading, and it is
    as spelled as *n* (an unmatched 七 of 七成为 may be an article as much as a share)."""
    share = dataclasses.replace(n, value=canonical(value), kind="percent", end=end,
                                text=text[n.start:end], spelled=False)
    if _begins_a_word(text, tenth):
        return dataclasses.replace(share, spelled=n.spelled,
                                   readings=(*n.readings, ("number", n.value, n.unit)))
    return share


def _after_a_pair(numbers: list[Number], i: int) -> bool:
    """True when numbers[i] is the second end of a pair of neighbours (七八成's 八)."""
    return i > 0 and _first_of_a_pair(numbers[i - 1], numbers[i])


def _begins_a_word(text: str, at: int) -> bool:
    """True when a word of two characters or more begins with the 成 at *at* (成为, 成果园's
    成果): CC-CEDICT's words, or a few of them without the ``dict`` extra."""
    return text[at:at + 2] in (word_beginnings() or _TENTH_WORDS_WITHOUT_DICTIONARY)


#: What may follow the digit after 成 for it to be the percentage's last digit: the end of
#: the figure — no Han character but 的, 左右, 以上, 多 … — so a digit that begins a word or a
#: count of its own is not one (三成五个, 四成二线城市, 三成五星级酒店: review Z-20).
_ENDS_THE_SHARE = lazy_re(f"(?![{HAN}])|[的左以多了至到或和、之]")


def _first_of_a_pair(n: Number, after: Number) -> bool:
    """True when the lone Chinese digits *n* and *after* stand side by side, the second one
    more (七八, 三四): a range whose measure is said once, after the second."""
    return n.kind == after.kind == "number" and n.end == after.start and len(n.text) == 1 \
        and len(after.text) == 1 and n.text in _ONE_TO_NINE and after.text in _ONE_TO_NINE \
        and after.value == n.value + 1


_ONE_TO_NINE = "一二两三四五六七八九"


def _digit_after_tenths(text: str, tenths: Number, after: Number) -> bool:
    """True when *after* is the one Chinese digit right after the 成 of *tenths* (一成二, 三成五:
    12, 35 percent) and nothing after it makes it a count."""
    return after.kind == "number" and after.start == tenths.end + 1 and len(after.text) == 1 \
        and after.text in "一二三四五六七八九" and tenths.value < 10 \
        and _ENDS_THE_SHARE.match(text, after.end) is not None


def _ratios(text: str, numbers: list[Number]) -> list[Number]:
    """每M…有N and M<measure>…有N<measure> as the fraction N/M (with its parts)."""
    ordered = sorted(numbers, key=lambda n: n.start)
    out: list[Number] = []
    i = 0
    while i < len(ordered):
        whole = ordered[i]
        part = ordered[i + 1] if i + 1 < len(ordered) else None
        found = _ratio_of(text, whole, part) if part else None
        if found:
            out.append(found)
            i += 2
        else:
            out.append(whole)
            i += 1
    return out


def _ratio_of(text: str, whole: Number, part: Number | None) -> Number | None:
    """The fraction part/whole when *text* links them as a ratio, else None."""
    if part is None or whole.kind != "number" or part.kind != "number" or \
            not 0 < part.value < whole.value or whole.unit or part.unit:
        return None
    each = whole.start > 0 and text[whole.start - 1] == "每"
    measure = text[whole.end:whole.end + 1]
    if measure and measure in _MEASURE:
        gap_start = whole.end + 1
    elif each:
        measure, gap_start = "", whole.end
    else:
        return None
    if not (_GAP_EACH if each else _GAP).fullmatch(text, gap_start, part.start):
        return None
    end = part.end
    if measure and text.startswith(measure, part.end):
        end += 1
    elif not each:
        return None
    start = whole.start - 1 if each else whole.start
    return ratio(text, start, end, part.value, whole.value, whole.spelled and part.spelled)


def ratio(text: str, start: int, end: int, part: Decimal, whole: Decimal,
          spelled: bool) -> Number:
    """The fraction *part*/*whole* spanning text[start:end], parts kept."""
    value = canonical((part / whole).quantize(_FRACTION_PLACES))
    return Number(value, "fraction", start, end, text[start:end], spelled, "", (part, whole))


def _decade_year(m: re.Match[str]) -> int:
    """The first year of the decade matched by _DECADE (九十年代 -> 1990)."""
    raw = m.group("decade")
    value = int(raw) if raw.isdigit() else int(parse_chinese(raw) or 0)
    if len(raw) == 4:
        value = int("".join(str(ZH_DIGITS.get(c, c)) for c in raw))
        return value
    return _year_in_century(m, value)


def _year_in_century(m: re.Match[str], value: int) -> int:
    """The first year of decade *value* (0-90) in the century *m*'s prefix names (上世纪,
    本世纪, 20世纪), or without one the 1920s-1990s and 2000s-2010s."""
    if m.group("last"):
        return 1900 + value
    if m.group("this"):
        return 2000 + value
    century = m.group("century")
    if century:
        number = int(century) if century.isdigit() else int(parse_chinese(century) or 20)
        return (number - 1) * 100 + value
    return 2000 + value if value < 20 else 1900 + value


def without(numbers: list[Number], start: int, end: int) -> list[Number]:
    """*numbers* less those inside text[start:end] (which is read as one idiom)."""
    return [n for n in numbers if not (start <= n.start and n.end <= end)]


def without_all(numbers: list[Number], spans: Sequence[tuple[int, int]]) -> list[Number]:
    """*numbers* less those inside any of *spans*, in one pass: a reader that removed them
    span by span (:func:`without` per match) took time quadratic in an entry that repeats
    its idiom (8,000 × 五五开 took 4.6 s)."""
    if not spans:
        return numbers
    starts, reach = _reach(spans)
    out = []
    for n in numbers:
        i = bisect.bisect_right(starts, n.start) - 1
        if i < 0 or reach[i] < n.end:
            out.append(n)
    return out


def _reach(spans: Sequence[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts of *spans* in order, and for each the furthest end of the spans up to it:
    the spans around an offset are found by one bisection of the starts."""
    ordered = sorted(spans)
    return ([start for start, _ in ordered],
            list(itertools.accumulate((end for _, end in ordered), max)))


def overlapping(numbers: Sequence[Number]) -> Callable[[int, int], bool]:
    """A test of whether text[start:end] overlaps one of *numbers* (one sort, then a lookup
    per span: a reader that asked every number for every new one was quadratic)."""
    starts, reach = _reach([(n.start, n.end) for n in numbers])

    def overlaps(start: int, end: int) -> bool:
        i = bisect.bisect_left(starts, end) - 1  # the spans that start before *end*
        return i >= 0 and reach[i] > start
    return overlaps


#: Words that give the sign of an amount of money before it, within its clause: a loss, a
#: fall, a debt, a refund (亏损245.10美元 for "-$245.10": review Z-19), as 零下 / 负 give a
#: temperature's.
_SIGN_WORD = lazy_re("亏损|亏|损失|下降|下跌|减少|降低|跌|透支|欠|退款|退还|支出|扣除")
_SIGN_REACH = 12
#: The currencies (the units a sign word may sign).
_MONEY = frozenset(CURRENCY_PREFIXES.values()) | frozenset(CURRENCY_WORDS_EN.values())


def _signed_by_a_word(text: str, n: Number) -> Number:
    """*n*, an amount of money after a sign word in its clause, with its negative as its other
    value: the figure keeps both readings ("-$245.10" meets 亏损245.10美元; a bare 245.10美元
    stays another amount)."""
    if n.kind != "number" or n.unit not in _MONEY or n.value <= 0:
        return n
    before = text[max(0, n.start - _SIGN_REACH):n.start]
    clause = re.split("[，。；！？,;!?]", before)[-1]
    if not _SIGN_WORD.search(clause):
        return n
    return dataclasses.replace(n, alternatives=(*n.alternatives, -n.value))


#: "Second only to": the rank 2 a superlative after it has ("the second-largest after X" →
#: 仅次于X的大城市), as a latent reading; so have 次 before a gradable adjective (次高
#: "second-highest", 次低, 次大; not the classifier after a numeral, 三次高于) and 亚军 (the
#: runner-up: "finished second-best"), review Z-18.
_SECOND_ONLY_TO = lazy_re("[仅只]次于|(?<![〇零一二两三四五六七八九十百千万几\\d这上下每首])次"
                             "(?=[高低大小多少新优好])|亚军")
#: 双 "double, a pair of": two where it counts the thing the word names (双早 "breakfast for
#: two", 双人间, 双床, 双份, 双层, 双门, 双胞胎), a reading the word may have and need not, so
#: latent (Number.latent); not where it means "both, mutual, double action" (双方, 双击, 双向,
#: 双赢: review Z-16), nor the classifier after a numeral (一双鞋 "a pair of shoes"), nor inside
#: a set phrase (双重, 一箭双雕).  双十一 / 双11, 双十二 / 双12 are the shopping days 11.11
#: and 12.12 (dates), which keep the figure as written as their other reading ("Double 11");
#: 双十 alone is 10.10 (a national day).
_PAIR = lazy_re(r"(?<![〇零一二两三四五六七八九十百千万几每\d])双"
                   r"(?:(?P<day>十[一二]?|1[0-2])(?![\d十])|(?=[人床早份层间座门胞]))")


def _pairs(text: str, numbers: list[Number]) -> list[Number]:
    """*numbers* with each 双 of :data:`_PAIR` read: a latent two, or the date it names."""
    taken = overlapping(numbers)
    dates: list[Number] = []
    twos: list[Number] = []
    for m in _PAIR.finditer(text):
        day = m.group("day")
        if day:
            month = int(day) if day.isdigit() else 10 + ZH_DIGITS.get(day[1:], 0)
            dates.append(Number(Decimal(month * 100 + month), "date", m.start(), m.end(),
                                m.group(), True, readings=(("number", Decimal(month), ""),)))
        elif not taken(m.start(), m.end()) and not in_set_phrase(text, m.start(), m.end()):
            twos.append(Number(Decimal(2), "number", m.start(), m.end(), m.group(), True,
                               latent=True))
    return without_all(numbers, [(d.start, d.end) for d in dates]) + dates + twos


#: Values Chinese writes with no digit nor numeral: 首季 (the first quarter), 全额 (100 %),
#: 免息 (0 % interest).
#: A pattern string: the reader's own pre-filter (tm.numbers._extract) embeds it.
NUMBERLESS_ZH = f"{FIRST_QUARTER_ZH.pattern}|{_WHOLE.pattern}|{_NO_INTEREST.pattern}"
_NUMBERLESS = lazy_re(NUMBERLESS_ZH)


def may_hold_numberless_value(text: str) -> bool:
    """True when Chinese *text* may hold a value written with no digit nor numeral
    (:data:`NUMBERLESS_ZH`) — a cheap test before a full reading, so a fast path that
    skips text without numerals does not skip these (review V-19)."""
    return _NUMBERLESS.search(text) is not None
