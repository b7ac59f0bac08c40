"""Numeral tables and parsers behind :mod:`tm.numbers._extract` (private).

English number words (``twenty-five``, ``two million``), Chinese numerals
(``一百零五``, ``七十二点五``, ``两万``, ``二〇一五``), month names, scale words
and measurement units with their conversion factors.
"""

from __future__ import annotations

from decimal import Decimal

from tm.numbers._lazy import lazy_re

ZH_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
ZH_SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
ZH_SCALES: dict[str, int] = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}

EN_UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}
EN_TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
EN_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "threescore": 60, "fourscore": 80,
}
EN_SCALES: dict[str, int] = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
}
#: Value of every cardinal word below a hundred ("a" as in "a million").
EN_WORD_VALUES: dict[str, int] = {}  # filled below
EN_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000, "millionth": 10**6, "billionth": 10**9,
}
EN_WORD_VALUES.update(EN_UNITS, **EN_TEENS, **EN_TENS, a=1)

#: Denominator words of English fractions ("two-thirds", "a quarter").
EN_DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}
#: Scale words and glued abbreviations after digits ("53.96 billion", "$7.8bn").
EN_SCALE_SUFFIXES: dict[str, int] = {
    "hundred": 100, **EN_SCALES, "bn": 10**9, "mn": 10**6, "k": 10**3, "tn": 10**12,
}
#: Scale words read after a spaced figure besides the English ones: the abbreviations
#: (3.2 bn, 5 mn) and the Indian lakh and crore (Rs 5 crore = 5000万卢比).
EN_SPACED_SCALES: dict[str, int] = {"bn": 10**9, "mn": 10**6, "tn": 10**12, "lakh": 10**5,
                                    "lakhs": 10**5, "crore": 10**7, "crores": 10**7}
#: Capital magnitude letters glued to a figure (1.2M views, 10K followers, $3.5B).  After a
#: lone digit with no currency sign they are read as names instead (4K video, 3M, 5G).
EN_MAGNITUDE_LETTERS: dict[str, int] = {"K": 10**3, "M": 10**6, "B": 10**9}
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

#: The (avoirdupois) ounce, 28.349523125 g by the international yard and pound agreement
#: of 1959: an ounce of anything but a precious metal.
_OUNCE_KG = Decimal("0.028349523125")
#: The troy ounce, 31.1034768 g by the same agreement: the ounce gold, silver and platinum
#: are weighed in.  A mining report's koz and Moz are thousands and millions of troy
#: ounces, and so is its 盎司 (24万盎司 for 240 koz).
_TROY_OUNCE_KG = Decimal("0.0311034768")

# Measurement units: surface form -> (canonical unit, dimension, factor to the
# dimension's base unit).  Temperatures are converted separately.
_UNIT_TABLE: list[tuple[str, str, str]] = [
    # canonical, dimension, factor ; surface forms are in UNIT_FORMS_*
    ("km", "length", "1000"), ("mile", "length", "1609.344"), ("m", "length", "1"),
    ("cm", "length", "0.01"), ("mm", "length", "0.001"), ("ft", "length", "0.3048"),
    ("inch", "length", "0.0254"), ("li", "length", "500"), ("yd", "length", "0.9144"),
    ("kg", "mass", "1"), ("g", "mass", "0.001"), ("lb", "mass", "0.45359237"),
    ("t", "mass", "1000"), ("jin", "mass", "0.5"), ("oz", "mass", str(_OUNCE_KG)),
    ("ozt", "mass", str(_TROY_OUNCE_KG)), ("ozm", "mass", str(_TROY_OUNCE_KG)),
    ("km2", "area", "1000000"), ("m2", "area", "1"), ("ft2", "area", "0.09290304"),
    ("ha", "area", "10000"), ("acre", "area", "4046.8564224"), ("mu", "area", "666.6667"),
    ("l", "volume", "1"), ("ml", "volume", "0.001"), ("gal", "volume", "3.785411784"),
    ("C", "temperature", "1"), ("F", "temperature", "1"),
    ("KB", "data", "1e3"), ("MB", "data", "1e6"), ("GB", "data", "1e9"), ("TB", "data", "1e12"),
    ("PB", "data", "1e15"), ("ppm", "ratio", "1e-6"), ("ppb", "ratio", "1e-9"),
    ("kPa", "pressure", "1e3"), ("MPa", "pressure", "1e6"), ("GPa", "pressure", "1e9"),
    ("Hz", "frequency", "1"), ("kHz", "frequency", "1e3"), ("MHz", "frequency", "1e6"),
    ("GHz", "frequency", "1e9"), ("W", "power", "1"), ("kW", "power", "1e3"),
    ("MW", "power", "1e6"), ("GW", "power", "1e9"), ("V", "voltage", "1"),
    ("kV", "voltage", "1e3"), ("kWh", "energy", "1"), ("MWh", "energy", "1e3"),
    ("GWh", "energy", "1e6"), ("mAh", "charge", "1"),
    ("Mbps", "rate", "1"), ("Gbps", "rate", "1e3"), ("nm", "length", "1e-9"),
    ("kcal", "food energy", "1"),
    ("mg", "mass", "0.000001"), ("μg", "mass", "0.000000001"), ("μm", "length", "1e-6"),
    # the capacity of container shipping: a twenty-foot box, a forty-foot one holds two
    ("TEU", "containers", "1"), ("FEU", "containers", "2"),
    # lengths of time, read after a count by tm.numbers._durations (not in UNIT_FORMS_*)
    ("s", "time", "1"), ("min", "time", "60"), ("hour", "time", "3600"),
    ("day", "time", "86400"), ("week", "time", "604800"), ("month", "time", "2629800"),
    ("year", "time", "31557600"), ("quarter", "time", "7889400"),
]
#: Speeds in English (100mph, 80 km/h): the figure takes the unit of distance, because
#: Chinese names a speed by it (时速100英里, 每小时160公里, 160公里/小时): 60 mph is 96公里
#: converted, and 时速60公里 for it is a changed number.
SPEED_SYMBOLS: tuple[str, ...] = ("mph", "kph", "km/h")
SPEED_DISTANCES: dict[str, str] = {"mph": "mile", "kph": "km", "km/h": "km"}
#: Unit symbols written the same in English and Chinese text, glued to the figure or
#: spaced (18.4GB, 18.4 GB, 3.5GHz, 5kW).  A lone letter is not one: 5G and 4K are names.
SYMBOL_UNITS: tuple[str, ...] = (
    "KB", "MB", "GB", "TB", "Hz", "kHz", "MHz", "GHz", "kW", "MW", "GW", "kV", "kWh",
    "mAh", "Mbps", "Gbps", "nm", "mg", "kcal", "MWh", "GWh", "PB", "ppm", "ppb", "kPa", "MPa",
    "GPa")
#: The watt and the volt are single capital letters read only glued to a figure (65W, 12V):
#: spaced ("45 W") the figure is read and the unit left implicit, as a lone letter after a
#: space is too often a name.  Chinese glues what English spaces (45 W = 45W), so both sides
#: must read the glued form as the figure, not as a code (which would drop it).
LETTER_UNITS: tuple[str, ...] = ("W", "V")
#: Symbols of scaled units that only their case tells from other words, as a mining or
#: commodities report writes them: 5.9 Mt (megatonnes, 590万吨), 14.2 kt (kilotonnes,
#: 1.42万吨), 1.3 Moz and 240 koz (a million and a thousand troy ounces, 130万盎司), 12 Mlb
#: (a million pounds).  Lower case they are other things (5 mt, a metric ton); read spaced
#: or glued (5.9Mt), except kt, which glued is a karat (18kt).
CASED_UNITS: tuple[str, ...] = ("kt", "Mt", "Gt", "koz", "Moz", "Mlb")
_KARAT_WHEN_GLUED = "kt"
#: Every unit symbol that may be glued to a figure, in English and Chinese text alike (one
#: list, so 45W, 8GB, 3.5mm, 500ml, 200g, 100km, 60mph read the same on both sides).
#: Units of area written with a superscript two, in either language (45 m², 3.2km²).
SQUARED_UNITS = {"km²": "km2", "m²": "m2", "ft²": "ft2"}
GLUED_UNITS: tuple[str, ...] = (*SQUARED_UNITS, "km", "kg", "cm", "mm", "ml", "m", "g",
                                *LETTER_UNITS,
                                *SPEED_SYMBOLS, *SYMBOL_UNITS,
                                *(u for u in CASED_UNITS if u != _KARAT_WHEN_GLUED))
UNITS: dict[str, tuple[str, Decimal]] = {c: (d, Decimal(f)) for c, d, f in _UNIT_TABLE}
#: The units that count ounces, troy or avoirdupois, and how many each holds: against one
#: another they compare as counts of ounces (240 koz = 24万盎司, whichever ounce the
#: Chinese means), against any other mass by their own factor (koz and Moz troy: 1.3 Moz
#: is 40.4 tonnes, not 36.9).  An ounce is troy (``ozt``) when said so (troy ounce, ozt,
#: 金衡盎司) or weighed out of a precious metal (tm.numbers._idioms), else avoirdupois.
OUNCES: dict[str, Decimal] = {"oz": Decimal(1), "ozt": Decimal(1), "ozm": Decimal(1),
                              "koz": Decimal(10**3), "Moz": Decimal(10**6)}
#: Other factors a unit may convert with: a plain ounce in a sentence that names a precious
#: metal (``ozm``) is troy if it weighs the metal and avoirdupois if it weighs anything
#: else there ("Gold members get a 16 oz steak"), so it converts with either (review W-13).
OTHER_FACTORS: dict[str, tuple[Decimal, ...]] = {"ozm": (_OUNCE_KG,)}
#: A precious metal named in a sentence, as a whole word (not golden, silver-coloured, a
#: Gold member): an ounce there may be troy (review W-9, W-13).
PRECIOUS_METAL = {
    "en": lazy_re(r"(?i)\b(?:gold|silver|platinum|palladium|bullion|rhodium)\b"
                     r"(?![\s-]+(?:colou?red|plans?|members?|memberships?|cards?|medal(?:ist)?s?"
                     r"|tiers?|status|lids?|retrievers?|level))(?!-)"),
    "zh": lazy_re("黄金|白银|金价|银价|铂金|钯金|金矿|银矿|金条|金锭|银锭|贵金属|金衡"),
}

#: The two units of a percentage.  A percent (5%, 5 percent, 百分之五) is a share of a whole;
#: a percentage point (5 percentage points, 5个百分点, and in hundredths 50 basis points, 50个
#: 基点) is a difference between two percentages: "fell by 18%" and 下降了18个百分点 say
#: different things, so a percent meets a percentage point only where one side leaves the
#: unit unsaid (四成, 85折).
PERCENT = "%"
PERCENTAGE_POINT = "pp"
#: The "unit" of a clock time in digits that Chinese writes with no time of day (入住时间：
#: 2:00起): a 24-hour time, which says its half of the day as a zero-padded 02:00 does in
#: English (2:00 is 2 a.m., not 2 p.m.).  It meets a time of its own value only.
CLOCK_24 = "24h"
#: The unit of an English figure followed by "points" (31 points, a 10-point penalty, 245
#: points on an index): a score, an index point or, in rate talk, a percentage point
#: ("rose 0.3 points" = 上升0.3个百分点).  It names no dimension: it meets every unit.
POINT = "point"
#: The unit of the two figures of a score written with a dash ("won 21-15", "a 3–1 win",
#: tm.numbers._scores): no dimension, so they meet the same figures however Chinese joins
#: them (21比15, 21-15, 3:1), and a bare clock face of the two (21:15) is the score too.
SCORE = "score"

#: The hundredth coins of the dollar and the euro (cents, 美分, 欧分) and of the pound (pence,
#: 便士): currencies of their own, so 5 cents against 5美元 is another amount.
CENT, PENNY = "cent", "penny"

UNIT_FORMS_EN: dict[str, str] = {
    "kilometers": "km", "kilometres": "km", "kilometer": "km", "kilometre": "km", "km": "km",
    **SPEED_DISTANCES, "miles": "mile", "mile": "mile", "meters": "m", "metres": "m", "meter": "m",
    "metre": "m", "m": "m", "centimeters": "cm", "centimetres": "cm", "cm": "cm",
    "millimeters": "mm", "millimetres": "mm", "mm": "mm", "feet": "ft", "foot": "ft",
    "ft": "ft", "inches": "inch", "inch": "inch", "yards": "yd", "yard": "yd", "yd": "yd",
    "kilograms": "kg", "kilogram": "kg",
    "kg": "kg", "grams": "g", "gram": "g", "g": "g", "pounds": "lb", "pound": "lb",
    "lbs": "lb", "lb": "lb", "tons": "t", "tonnes": "t", "ton": "t", "tonne": "t",
    "ounces": "oz", "ounce": "oz", "oz": "oz", "troy ounces": "ozt", "troy ounce": "ozt",
    "troy oz": "ozt", "ozt": "ozt",
    "square kilometers": "km2", "square kilometres": "km2", "sq km": "km2", "km2": "km2",
    "square meters": "m2", "square metres": "m2", "sq m": "m2", "sqm": "m2", "m2": "m2",
    "square feet": "ft2", "sq ft": "ft2", **SQUARED_UNITS, "hectares": "ha", "hectare": "ha",
    "ha": "ha",
    "acres": "acre", "acre": "acre", "mu": "mu", "liters": "l", "litres": "l",
    "liter": "l", "litre": "l", "milliliters": "ml", "millilitres": "ml", "ml": "ml",
    "gallons": "gal", "gallon": "gal", "nanometers": "nm", "nanometres": "nm",
    "nanometer": "nm", "nanometre": "nm", "milligrams": "mg", "milligram": "mg",
    "micrograms": "μg", "microgram": "μg", "mcg": "μg", "micrometres": "μm",
    "micrometers": "μm", "micrometre": "μm", "micrometer": "μm", "microns": "μm",
    "micron": "μm", "teu": "TEU", "teus": "TEU", "feu": "FEU", "feus": "FEU",
    "kilocalories": "kcal", "kilocalorie": "kcal",
    "watts": "W", "watt": "W", "kilowatts": "kW", "kilowatt": "kW", "megawatts": "MW",
    "megawatt": "MW", "gigawatts": "GW", "gigawatt": "GW", "kilowatt-hours": "kWh",
    "kilowatt-hour": "kWh", "kilowatt hours": "kWh", "kilowatt hour": "kWh",
    "megawatt-hours": "MWh", "megawatt-hour": "MWh", "gigawatt-hours": "GWh",
    "gigawatt-hour": "GWh", "kwe": "kW", "mwe": "MW", "gwe": "GW",
    "calories": "kcal", "calorie": "kcal", "degrees celsius": "C", "degrees fahrenheit": "F",
    "°c": "C", "°f": "F", "℃": "C", "℉": "F",
    **{symbol.lower(): symbol for symbol in SYMBOL_UNITS},
    **{letter: letter for letter in LETTER_UNITS},
    **{symbol: symbol for symbol in CASED_UNITS},
}
#: Words that begin with a one-character unit's name and are not that unit: 升级 "upgrade",
#: 升至 / 升到 / 升为 "rise to", 升值 "appreciate", 升学, 升职, 升空 ...: 从20升至30 is a rise
#: from 20 to 30, and 加¥30升级 "upgrade for ¥30", not litres.  Only second characters that
#: do not also begin what follows a volume: 2升温水 is two litres of warm water, 3升高度酒
#: three litres of strong liquor, so 温 and 高 are not here.
UNIT_WORD_STARTS_ZH: dict[str, str] = {"升": "级至到为值幅降入学职任迁格空旗息"}
UNIT_FORMS_ZH: dict[str, str] = {
    "平方公里": "km2", "平方千米": "km2", "平方米": "m2", "平方英尺": "ft2", **SQUARED_UNITS,
    "公里": "km",
    "千米": "km", "英里": "mile", "厘米": "cm", "毫米": "mm", "英尺": "ft", "英寸": "inch",
    "米": "m", "公斤": "kg", "千克": "kg", "克": "g", "磅": "lb", "吨": "t", "斤": "jin",
    "盎司": "oz", "金衡盎司": "ozt", "公顷": "ha", "英亩": "acre", "亩": "mu", "毫升": "ml",
    "升": "l",
    "加仑": "gal", "纳米": "nm", "毫克": "mg", "微克": "μg", "微米": "μm", "千卡": "kcal",
    "大卡": "kcal", "卡路里": "kcal", "标准箱": "TEU", "标箱": "TEU", "TEU": "TEU",
    "赫兹": "Hz", "千赫": "kHz", "兆赫": "MHz", "吉赫": "GHz", "千瓦时": "kWh", "千瓦": "kW",
    "兆瓦时": "MWh", "吉瓦时": "GWh", "兆瓦": "MW", "吉瓦": "GW", "千伏": "kV", "毫安时": "mAh",
    "摄氏度": "C", "华氏度": "F", "℃": "C", "℉": "F", "°C": "C", "°F": "F",
    "km": "km", "kg": "kg", "cm": "cm", "mm": "mm", "m": "m", "ml": "ml", "g": "g",
    **{symbol: symbol for symbol in (*SYMBOL_UNITS, *LETTER_UNITS, *CASED_UNITS)},
    # currencies (not convertible: an exchange rate is not a constant)
    "美元": "USD", "港元": "HKD", "港币": "HKD", "加元": "CAD", "澳元": "AUD", "新加坡元": "SGD",
    "新台币": "TWD", "欧元": "EUR", "英镑": "GBP", "日元": "JPY", "人民币": "CNY", "元": "CNY",
    "卢布": "RUB", "韩元": "KRW", "卢比": "INR", "林吉特": "MYR", "令吉": "MYR", "马币": "MYR",
    "印尼盾": "IDR", "印尼卢比": "IDR", "雷亚尔": "BRL", "新西兰元": "NZD", "泰铢": "THB",
    "越南盾": "VND", "瑞士法郎": "CHF", "菲律宾比索": "PHP", "澳门元": "MOP", "澳门币": "MOP",
    "美分": CENT, "欧分": CENT, "便士": PENNY,
}

# Units whose name carries a magnitude.  A prefix of the metric system (千升 = kilolitre,
# 千焦 = kilojoule, 太瓦时 = terawatt-hour) or a scale word inside a unit's name (MMBtu =
# 百万英热单位, a million Btu; bcm = billion cubic metres) belongs to the unit: the
# magnitude character is not a number of its own (每千升 is "per kilolitre", not a
# thousand), and a figure in a scaled unit meets the same quantity written with the
# scale on the figure (38 bcm = 380亿立方米) through the unit's factor.
#: Energy is counted in kWh (_UNIT_TABLE): 3.6 million joules make one.
_KWH_PER_JOULE = Decimal(1) / Decimal(3_600_000)
#: Metric prefixes: Chinese, English word, symbol, factor.
_METRIC_PREFIXES: tuple[tuple[str, str, str, str], ...] = (
    ("千", "kilo", "k", "1e3"), ("兆", "mega", "M", "1e6"), ("吉", "giga", "G", "1e9"),
    ("太", "tera", "T", "1e12"))
#: Base units the prefixes are read on: Chinese names, English names (singular), symbol,
#: dimension, factor of the symbol to the dimension's base unit (_UNIT_TABLE).
_PREFIXED_BASES: tuple[tuple[tuple[str, ...], tuple[str, ...], str, str, str], ...] = (
    (("升",), ("litre", "liter"), "l", "volume", "1"),
    (("焦", "焦耳"), ("joule",), "J", "energy", str(_KWH_PER_JOULE)),
    (("瓦",), ("watt",), "W", "power", "1"),
    (("瓦时",), ("watt-hour", "watt hour"), "Wh", "energy", "0.001"),
    (("帕",), ("pascal",), "Pa", "pressure", "1"),
)
#: Units named with a scale word or by abbreviation: canonical, dimension, factor, English
#: forms, Chinese forms.  1 Btu = 1055.05585262 J (the International Table Btu).
_BTU = Decimal("1055.05585262") * _KWH_PER_JOULE
_SCALED_UNITS: tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("m3", "volume", "1000", ("cubic metres", "cubic meters", "cubic metre", "cubic meter",
                              "m3", "m³"), ("立方米", "立方公尺")),
    ("bcm", "volume", "1e12", ("bcm",), ()),
    ("tcm", "volume", "1e15", ("tcm",), ()),
    ("ft3", "volume", "28.316846592", ("cubic feet", "cubic foot", "cu ft"), ("立方英尺",)),
    ("bcf", "volume", "28316846592", ("bcf",), ()),
    ("tcf", "volume", "28316846592000", ("tcf",), ()),
    ("J", "energy", str(_KWH_PER_JOULE), ("joules", "joule"), ("焦耳",)),
    ("bbl", "volume", "158.987294928", ("barrels", "barrel", "bbl"), ("桶",)),
    ("Btu", "energy", str(_BTU), ("btus", "btu", "british thermal units",
                                         "british thermal unit"), ("英热单位",)),
    ("MMBtu", "energy", str(_BTU * 10**6), ("mmbtu", "mmbtus"), ("百万英热单位",)),
    # a hectolitre (beer, wine, milk volumes) and a hectopascal (air pressure), whose Chinese
    # names begin with 百: 620万百升 is 6.2 million hectolitres, not 6.2 billion litres
    ("hl", "volume", "100", ("hectolitres", "hectoliters", "hectolitre", "hectoliter", "hl"),
     ("百升",)),
    ("hPa", "pressure", "100", ("hectopascals", "hectopascal", "hpa"), ("百帕",)),
    ("px", "pixels", "1", ("pixels",), ("像素",)),
    ("MP", "pixels", "1e6", ("megapixels", "megapixel"), ()),
    ("KB", "data", "1e3", ("kilobytes", "kilobyte"), ()),
    ("MB", "data", "1e6", ("megabytes", "megabyte"), ()),
    ("GB", "data", "1e9", ("gigabytes", "gigabyte"), ()),
    ("TB", "data", "1e12", ("terabytes", "terabyte"), ()),
    ("PB", "data", "1e15", ("petabytes", "petabyte"), ()),
    ("Mtpa", "mass", "1e9", ("mtpa", "mmtpa"), ()),
    ("MMbbl", "volume", str(Decimal("158.987294928") * 10**6),
     ("mb/d", "mbd", "mbpd", "mmb/d", "mmbd", "mmbpd", "mmbbl"), ()),
    ("kbbl", "volume", str(Decimal("158.987294928") * 10**3), ("kb/d", "kbd", "kbpd"), ()),
    ("bbl/d", "volume", "158.987294928", ("b/d", "bpd"), ()),
    ("koz", "mass", str(_TROY_OUNCE_KG * 10**3), ("kilo-ounces",), ()),
    ("Moz", "mass", str(_TROY_OUNCE_KG * 10**6), (), ()),
    ("Mlb", "mass", "453592.37", (), ()),
    ("kt", "mass", "1e6", ("kilotonnes", "kilotonne", "kilotons", "kiloton"), ()),
    ("Mt", "mass", "1e9", ("megatonnes", "megatonne", "megatons", "megaton"), ()),
    ("Gt", "mass", "1e12", ("gigatonnes", "gigatonne", "gigatons", "gigaton"), ()),
)


def _add_scaled_units() -> None:
    """Put the prefixed and scaled units into UNITS and the two tables of names."""
    for zh_prefix, en_prefix, symbol, factor in _METRIC_PREFIXES:
        for zh_names, en_names, base, dimension, base_factor in _PREFIXED_BASES:
            unit = symbol + base
            UNITS.setdefault(unit, (dimension, Decimal(factor) * Decimal(base_factor)))
            for name in zh_names:
                UNIT_FORMS_ZH.setdefault(zh_prefix + name, unit)
            for name in en_names:
                for form in (en_prefix + name, en_prefix + name + "s"):
                    UNIT_FORMS_EN.setdefault(form, unit)
    for unit, dimension, factor, en_forms, zh_forms in _SCALED_UNITS:
        UNITS.setdefault(unit, (dimension, Decimal(factor)))
        for form in en_forms:
            UNIT_FORMS_EN.setdefault(form, unit)
        for form in zh_forms:
            UNIT_FORMS_ZH.setdefault(form, unit)


_add_scaled_units()

#: Traditional characters of numbers, their scales and the words around them -> the
#: Simplified ones the Chinese rules are written with (the numbers reader folds a zh-TW /
#: zh-HK text with this table: 5萬 = 5万, 35億 = 35亿, 兩千 = 两千, 百分之三點五).
TRADITIONAL_NUMBER_CHARACTERS: dict[str, str] = {
    "萬": "万", "億": "亿", "兩": "两", "倆": "俩", "點": "点", "個": "个", "時": "时",
    "號": "号", "週": "周", "餘": "余", "幾": "几", "紀": "纪", "鐘": "钟", "噸": "吨",
    "釐": "厘", "華": "华", "攝": "摄", "歐": "欧", "鎊": "镑", "幣": "币", "圓": "圆",
    "塊": "块", "盧": "卢", "韓": "韩", "臺": "台", "畝": "亩", "歲": "岁", "屆": "届",
    "兌": "兑", "後": "后", "約": "约", "達": "达", "僅": "仅", "長": "长", "漲": "涨",
    "數": "数", "單": "单",
}
#: The old single characters of the tens, 廿 twenty, 卅 thirty, 卌 forty, as dates and
#: anniversaries still write them (廿一日 the 21st, 卅周年 the 30th anniversary): read as
#: 二十, 三十, 四十 (廿一 = 21).
ZH_OLD_TENS: dict[str, str] = {"廿": "二十", "卅": "三十", "卌": "四十"}
#: The capital numerals of cheques, invoices and contracts (大写数字: 壹万贰仟元整), each
#: -> the ordinary numeral it stands for, Simplified and Traditional forms (貳 參 陸).
#: Several are also common words alone (队伍 "troops", 收拾 "tidy", 大陆 "mainland"), so
#: tm.numbers._zh reads them only as a numeral of two characters or more, or before 元 / 圆.
ZH_CAPITAL_NUMERALS: dict[str, str] = {
    "壹": "一", "贰": "二", "貳": "二", "叁": "三", "叄": "三", "參": "三", "肆": "四",
    "伍": "五", "陆": "六", "陸": "六", "柒": "七", "捌": "八", "玖": "九", "拾": "十",
    "佰": "百", "仟": "千"}
#: A two-digit year (FY24, '98) at or below this is in the 2000s, above it in the 1900s.
TWO_DIGIT_YEAR_PIVOT = 50
#: The vulgar fraction characters of Unicode (½ ¾ ⅓ …), each -> (numerator, denominator).
VULGAR_FRACTIONS: dict[str, tuple[int, int]] = {
    "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5),
    "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8),
    "⅞": (7, 8)}
#: Words of two characters or more a Chinese numeral before them makes a figure with, beside
#: the units of UNIT_FORMS_ZH: units of time (分钟, 秒钟, 小时, 个月 …) and nouns that order
#: (年级 "grade", 点钟 "o'clock", 周年 "anniversary", 年代 "decade").  A set phrase is cut
#: only by one of these or a unit (tm.numbers._zh: 十年八年级, 十分钟; not 十分开心).
ZH_COUNTED_WORDS: tuple[str, ...] = (
    "分钟", "秒钟", "小时", "钟头", "个月", "个星期", "星期", "礼拜", "个礼拜", "季度",
    "个季度", "周年", "周岁", "年级", "年代", "点钟", "世纪", "个小时", "个钟头")
#: Chinese classifiers after which a numeral counts things (三架, 两台, 一名, 一场 …).
ZH_CLASSIFIERS = "架台辆名位个件只头盏艘张枚棵座套次份条册篇首笔款间所例批起项支株颗箱包袋瓶吨米场"
#: The characters of Chinese numerals, Simplified and Traditional: the digits and scales
#: (ZH_DIGITS, ZH_SCALES), 半 (half), 俩 (two), the old tens (ZH_OLD_TENS), the capital
#: numerals (ZH_CAPITAL_NUMERALS) and the Traditional forms of these (萬 億 兩 倆).  A text
#: holding none of them and no digit holds no number but in English words (the numbers
#: check's fast path); one place for the list, so a numeral added to the tables is in the
#: fast path too.
_OTHER_NUMERALS = "半俩" + "".join(ZH_OLD_TENS)
ZH_NUMERAL_CHARACTERS: str = "".join(dict.fromkeys([
    *ZH_DIGITS, *ZH_SCALES, *_OTHER_NUMERALS, *ZH_CAPITAL_NUMERALS,
    *(t for t, s in TRADITIONAL_NUMBER_CHARACTERS.items()
      if s in ZH_DIGITS or s in ZH_SCALES or s in _OTHER_NUMERALS)]))
#: Currency words after an English number ("53.96 billion yuan").
CURRENCY_WORDS_EN: dict[str, str] = {
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "dollars": "$", "dollar": "$",
    "us dollars": "USD", "hong kong dollars": "HKD", "euros": "EUR", "euro": "EUR",
    "yen": "JPY", "rubles": "RUB", "roubles": "RUB", "rupees": "INR", "won": "KRW",
    # the hundredth coins: 5 cents is 5美分, not 5美元 (CENT, PENNY)
    "cents": CENT, "cent": CENT, "euro cents": CENT, "euro cent": CENT, "pence": PENNY,
    "penny": PENNY,
    # ISO 4217 codes written after the amount (1 USD, 500 EUR), as many apps and banks do
    **{code.lower(): code for code in ("USD", "EUR", "GBP", "JPY", "CNY", "HKD", "CAD", "AUD",
                                       "SGD", "TWD", "NZD", "KRW", "INR", "MYR", "IDR", "THB",
                                       "BRL", "RUB", "CHF", "VND", "PHP", "MOP")},
}
#: Currency signs and codes before a number, in English or Chinese text ("US$7.8", "人民币500").
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD", "US $": "USD", "HK$": "HKD", "A$": "AUD", "C$": "CAD", "S$": "SGD",
    "NT$": "TWD", "$": "$", "¥": "¥", "￥": "¥", "RMB": "CNY", "CNY": "CNY", "USD": "USD",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "人民币": "CNY", "JPY": "JPY",
    # codes written glued to the amount in their own countries: RM150 (ringgit), Rp50,000
    # (rupiah), R$20 (real), NZ$, Rs 500 / Rs.500 (rupee), ₹, ₩, ฿, ₱, ₫
    "RM": "MYR", "Rp": "IDR", "R$": "BRL", "NZ$": "NZD", "Rs": "INR", "Rs.": "INR",
    "₹": "INR", "₩": "KRW", "฿": "THB", "₱": "PHP", "₫": "VND", "MYR": "MYR", "IDR": "IDR",
    "INR": "INR", "BRL": "BRL", "THB": "THB",
}
#: Currency codes written glued to a figure (RM150, Rp50,000, RMB100): letters there make
#: no product code ("CR400AF", "G20").
GLUED_CURRENCY_CODES: tuple[str, ...] = (
    "RM", "Rp", "Rs", "RMB", "CNY", "USD", "EUR", "GBP", "JPY", "MYR", "IDR", "INR", "BRL",
    "THB")
#: Currency units that a generic sign stands for ("$" is any dollar, "¥" yuan or yen).
GENERIC_CURRENCY: dict[str, frozenset[str]] = {
    "$": frozenset({"USD", "HKD", "CAD", "AUD", "SGD", "TWD", "NZD"}),
    "¥": frozenset({"CNY", "JPY"}),
}
#: The whole currency of each hundredth coin: 18 cents is 0.18 of a dollar or a euro
#: (每股0.18新西兰元), 95 pence 0.95 of a pound.
COIN_WHOLES: dict[str, frozenset[str]] = {
    CENT: GENERIC_CURRENCY["$"] | {"$", "EUR"},
    PENNY: frozenset({"GBP"}),
}
#: Hundredth coins in the whole currency.
COINS_IN_A_WHOLE = 100


def parse_chinese(text: str) -> Decimal | None:
    """Value of a Chinese numeral (``七十二点五`` -> 72.5, ``两万`` -> 20000).

    A run of bare digits (``二〇一五``) reads digit by digit.  Returns None for
    strings that are not a well-formed numeral.
    """
    whole, _, frac = text.partition("点")
    scale = 1
    if frac:
        while frac and frac[-1] in "万亿":
            scale *= ZH_SCALES[frac[-1]]
            frac = frac[:-1]
        if not frac or any(c not in ZH_DIGITS for c in frac):
            return None
    value = _chinese_integer(whole)
    if value is None:
        return None
    if frac:
        digits = "".join(str(ZH_DIGITS[c]) for c in frac)
        return Decimal(f"{value}.{digits}") * scale
    return Decimal(value)


def _chinese_integer(text: str) -> int | None:
    """Integer value of a Chinese numeral without a decimal part, or None."""
    if not text:
        return None
    if any(old in text for old in ZH_OLD_TENS):
        for old, tens in ZH_OLD_TENS.items():
            text = text.replace(old, tens)
    if all(c in ZH_DIGITS for c in text):
        # 七, 二〇一五 (a year read digit by digit); 两三 (two or three) is not one number.
        if len(text) == 1 or len(text) == 4 or "〇" in text or "零" in text:
            return int("".join(str(ZH_DIGITS[c]) for c in text))
        return None
    total = section = number = 0
    previous = ""
    for char in text:
        if char in ZH_DIGITS:
            if previous in ZH_DIGITS and previous not in "零〇":
                return None  # 十五两 (fifteen, both): two digits in a row
            number = ZH_DIGITS[char]
        elif char in ZH_SMALL_UNITS:
            section += (number or 1) * ZH_SMALL_UNITS[char]
            number = 0
        elif char == "万":
            section = (section + number) * 10**4
            number = 0
        elif char == "亿":
            total = (total + section + number) * 10**8
            section = number = 0
        else:
            return None
        previous = char
    if number and len(text) >= 2 and text[-2] in _ELIDED_AFTER:
        # 一千五 is 1,500, 一万五 15,000, 两百五 250: a last digit right after 百 千 万 亿 counts
        # in the next smaller place (一千零五 is 1,005)
        number *= _ELIDED_AFTER[text[-2]] // 10
    return total + section + number


#: The places after which a last digit counts in the next smaller place (一千五 = 1,500).
_ELIDED_AFTER = {"百": 100, "千": 1000, "万": 10**4, "亿": 10**8}


def english_word_groups(words: list[tuple[str, int, int]]) -> list[tuple[int, int, int]]:
    """Split a run of English number words into numbers: (value, start, end).

    ``words`` holds (lower-case word, start, end).  "one two" is two numbers;
    "twenty-five", "one hundred and five" and the older "five and twenty" or
    "threescore and ten" are one each.
    """
    groups: list[tuple[int, int, int]] = []
    total = current = 0
    start = end = -1
    last = ""
    pending_and = False
    for word, w_start, w_end in words:
        kind = _word_kind(word)
        if kind == "and":
            pending_and = start >= 0
            continue
        if start >= 0 and _breaks(last, kind, current, pending_and):
            groups.append((total + current, start, end))
            total = current = 0
            start = -1
        if start < 0:
            start = w_start
        end, last, pending_and = w_end, kind, False
        if kind == "hundred":
            current = (current or 1) * 100
        elif kind == "scale":
            total += (current or 1) * EN_SCALES[word]
            current = 0
        else:
            current += EN_WORD_VALUES[word]
    if start >= 0:
        groups.append((total + current, start, end))
    return groups


def _word_kind(word: str) -> str:
    if word == "and":
        return "and"
    if word == "hundred":
        return "hundred"
    if word in EN_SCALES:
        return "scale"
    if word in EN_TENS:
        return "tens"
    return "unit"  # units, teens, "a"


def _breaks(last: str, kind: str, current: int, after_and: bool) -> bool:
    """True if word *kind* after *last* starts a new number ("one two", "two and three")."""
    if after_and:
        if last in ("hundred", "scale"):
            return kind in ("hundred", "scale")
        # "five and twenty" (25), "threescore and ten" (70), "forty and five thousand"
        return not ((last == "unit" and kind == "tens" and current % 100 < 10)
                    or (last == "tens" and kind == "unit" and current % 10 == 0))
    if kind == "unit":
        return last == "unit"
    if kind == "tens":
        return last in ("unit", "tens")
    if kind == "hundred":
        return last in ("hundred", "scale")
    return False
