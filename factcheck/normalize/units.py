"""Units of measure as news prose writes them, and conversion to one unit per dimension.

``parse_unit`` names the unit of a figure ("miles" -> km, length); ``to_canonical``
converts a value to that canonical unit, so that "20 miles" and "32 km" can be
compared. Physical units are converted with pint; currencies, percentages and
earthquake magnitudes are never converted (each currency is its own dimension:
exchange rates change daily and a report must not invent a conversion).

pint is imported and its registry built (~0.4 s) only on the first conversion, so
importing this module stays cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Unit:
    """A unit as reports show it: its canonical symbol and the dimension it measures.

    Figures of different dimensions never align; figures of one dimension are
    compared after conversion to ``canonical``.
    """

    canonical: str  # "km", "kg", "s", "km/h", "km**2", "l", "degC", "%", "pp", "USD", "magnitude"
    dimension: str  # "length", "mass", "duration", "speed", "area", "volume", "temperature", ...


#: Dimension -> (canonical symbol, pint expression of it). Durations are in seconds:
#: exact for every news duration from "30 seconds" to "a decade", and pint's base unit.
CANONICAL: dict[str, tuple[str, str]] = {
    "length": ("km", "kilometer"),
    "mass": ("kg", "kilogram"),
    "duration": ("s", "second"),
    "speed": ("km/h", "kilometer / hour"),
    "area": ("km**2", "kilometer ** 2"),
    "volume": ("l", "liter"),
    "temperature": ("degC", "degC"),
}

# pint unit -> (dimension, aliases as written in news after normalization: lower case,
# no dots, hyphens as spaces). A plural made by adding "s" is found without listing it.
_PHYSICAL_ALIASES: dict[str, tuple[str, str]] = {
    "kilometer": ("length", "km|kilometre|kilometer|klick"),
    "meter": ("length", "m|metre|meter|mtr"),
    "centimeter": ("length", "cm|centimetre|centimeter"),
    "millimeter": ("length", "mm|millimetre|millimeter"),
    "mile": ("length", "mi|mile|statute mile"),
    "nautical_mile": ("length", "nmi|nautical mile"),
    "foot": ("length", "ft|foot|feet"),
    "inch": ("length", "inch|inches"),  # not "in": it is a preposition
    "yard": ("length", "yd|yard"),
    "kilogram": ("mass", "kg|kilo|kilogram|kilogramme"),
    "gram": ("mass", "g|gram|gramme"),
    "milligram": ("mass", "mg|milligram|milligramme"),
    # "tons" is metric here: news uses it loosely for tonnes, and a false conflict
    # between "5,000 tons" and "5,000 tonnes" is worse than missing a 10 % short-ton gap.
    "metric_ton": ("mass", "t|tonne|ton|metric ton|metric tonne"),
    "short_ton": ("mass", "short ton|us ton"),
    "long_ton": ("mass", "long ton|imperial ton"),
    "pound": ("mass", "lb|pound"),
    "ounce": ("mass", "oz|ounce"),
    "second": ("duration", "s|sec|second"),
    "millisecond": ("duration", "ms|millisecond"),
    "minute": ("duration", "min|minute"),
    "hour": ("duration", "h|hr|hour"),
    "day": ("duration", "day"),
    "week": ("duration", "wk|week"),
    "fortnight": ("duration", "fortnight"),
    "month": ("duration", "month"),
    "year": ("duration", "yr|year"),
    "calendar_decade": ("duration", "decade"),  # pint's "decade" is a logarithmic unit
    "century": ("duration", "century|centuries"),
    "mile / hour": ("speed", "mph|mile per hour|mile an hour|miles per hour|miles an hour"),
    "kilometer / hour": ("speed", ("km/h|km/hr|kph|kmh|kmph|kilometre per hour|kilometer per hour|"
                                  "kilometres per hour|kilometers per hour|kilometres an hour|"
                                  "kilometers an hour|km an hour|km per hour")),
    "meter / second": ("speed", ("m/s|metre per second|meter per second|metres per second|"
                                "meters per second")),
    "knot": ("speed", "knot|kn"),  # not "kt": it is also a kiloton
    "kilometer ** 2": ("area", ("km2|km²|sq km|square km|square kilometre|square kilometer|"
                               "square kilometres|square kilometers")),
    "mile ** 2": ("area", "sq mi|sq mile|square mile|sq miles|square miles"),
    "meter ** 2": ("area", "m2|m²|sq m|square metre|square meter|square metres|square meters"),
    "foot ** 2": ("area", "sq ft|square foot|square feet"),
    "acre": ("area", "acre"),
    "hectare": ("area", "ha|hectare"),
    "liter": ("volume", "l|litre|liter"),
    "milliliter": ("volume", "ml|millilitre|milliliter"),
    "gallon": ("volume", "gal|gallon|us gallon"),  # US gallon, as in US copy
    "imperial_gallon": ("volume", "imperial gallon"),
    "oil_barrel": ("volume", "bbl|barrel|barrel of oil|barrels of oil"),
    "meter ** 3": ("volume", "m3|m³|cubic metre|cubic meter|cubic metres|cubic meters"),
    "foot ** 3": ("volume", "cu ft|cubic foot|cubic feet"),
    # Offset units: _linear takes their offset from pint, not just a factor. "degrees"
    # alone is not here: Celsius or Fahrenheit depends on the outlet, and guessing
    # wrong makes a false conflict.
    "degC": ("temperature", ("°c|degc|deg c|degree c|degrees c|degree celsius|degrees celsius|"
                            "celsius|centigrade|degrees centigrade")),
    "degF": ("temperature", ("°f|degf|deg f|degree f|degrees f|degree fahrenheit|"
                            "degrees fahrenheit|fahrenheit")),
    "kelvin": ("temperature", "kelvin"),
}

#: Currency code -> aliases. A bare "$" or "dollars" is US dollars (the other dollars
#: are written "C$", "A$", "HK$" in news copy).
_CURRENCY_ALIASES: dict[str, str] = {
    "USD": "$|us$|usd|dollar|us dollar|american dollar",
    "EUR": "€|eur|euro",
    "GBP": "£|gbp|sterling|pound sterling|pounds sterling|stg|british pound",
    "JPY": "¥|jpy|yen|japanese yen",
    "CNY": "cny|yuan|renminbi|rmb",
    "CAD": "c$|cad|canadian dollar",
    "AUD": "a$|au$|aud|australian dollar",
    "NZD": "nz$|nzd|new zealand dollar",
    "HKD": "hk$|hkd|hong kong dollar",
    "CHF": "chf|swiss franc",
    "INR": "inr|rupee|indian rupee|rs",
    "RUB": "rub|rouble|ruble",
    "UAH": "uah|hryvnia|hryvnias|hryvnya|hryvna",
    "PLN": "pln|zloty|zlotys",
}

_OTHER_ALIASES: dict[Unit, str] = {
    Unit("%", "percent"): "%|percent|per cent|pct",
    # Percentage points are a different dimension: "up 2 points" is not "up 2 %".
    Unit("pp", "percentage_points"): "percentage point|percentage points|pp|ppt|pct point",
    Unit("magnitude", "magnitude"): "magnitude|richter|on the richter scale|richter scale",
}

#: Units a word alone leaves ambiguous: (the default reading, the money reading).
#: "pounds" is mass by default because in sentences the extractor reads, money in
#: pounds is nearly always written "£"; a caller that sees money context ("5 million
#: pounds", "pounds sterling") passes ``prefer_money=True``.
AMBIGUOUS: dict[str, tuple[str, str]] = {"pound": ("pound", "GBP"), "pounds": ("pound", "GBP")}



#: Symbols where a unit's first alias is not how a report writes it.
_SYMBOLS = {"degC": "°C", "degF": "°F", "kelvin": "K", "inch": "in", "mile / hour": "mph",
            "kilometer / hour": "km/h", "meter / second": "m/s", "kilometer ** 2": "km²",
            "mile ** 2": "sq mi", "meter ** 2": "m²", "foot ** 2": "sq ft", "meter ** 3": "m³",
            "foot ** 3": "cu ft", "nautical_mile": "nmi", "calendar_decade": "decade"}


@dataclass(frozen=True)
class _Entry:
    """What one written alias names: its unit, pint's name for it (None: never converted), the
    short symbol a report shows it by ("yd", "USD", "%") and a fixed factor to the canonical
    unit for units pint does not convert ("p" is 0.01 GBP)."""

    unit: Unit
    pint_name: str | None
    symbol: str
    factor: float = 1.0


def _build_table() -> dict[str, _Entry]:
    """Alias -> what it names. The first alias of a unit is its symbol."""
    table: dict[str, _Entry] = {}
    for pint_name, (dim, aliases) in _PHYSICAL_ALIASES.items():
        names = aliases.split("|")
        for alias in names:
            table[alias] = _Entry(Unit(CANONICAL[dim][0], dim), pint_name, _SYMBOLS.get(pint_name, names[0]))
    for code, aliases in _CURRENCY_ALIASES.items():
        for alias in aliases.split("|"):
            table[alias] = _Entry(Unit(code, f"money:{code}"), None, code)
    for unit, aliases in _OTHER_ALIASES.items():
        for alias in aliases.split("|"):
            table[alias] = _Entry(unit, None, unit.canonical)
    return table


_TABLE = _build_table()

_SPACES_RE = re.compile(r"\s+")


def _normalize(text: str) -> str:
    s = text.strip().lower().replace("º", "°").replace("˚", "°")
    s = s.replace(".", "").replace("-", " ")
    s = s.replace("° ", "°")
    return _SPACES_RE.sub(" ", s).strip()


@lru_cache(maxsize=4096)
def _lookup(text: str, prefer_money: bool) -> _Entry | None:
    s = _normalize(text)
    if s in AMBIGUOUS:
        pint_name, code = AMBIGUOUS[s]
        if prefer_money:
            return _Entry(Unit(code, f"money:{code}"), None, code)
        return _Entry(Unit(CANONICAL["mass"][0], "mass"), pint_name, "lb")
    if s in _TABLE:
        return _TABLE[s]
    # Plurals: "miles", "kms", "hours", "euros"; "ss" words are not plurals.
    if len(s) >= 3 and s.endswith("s") and not s.endswith("ss") and s[:-1] in _TABLE:
        return _TABLE[s[:-1]]
    return None


def symbol(text: str, *, prefer_money: bool = False) -> str | None:
    """The short symbol of the unit ``text`` names, as a report shows the stated figure:
    "yards" -> "yd", "per cent" -> "%", "$" -> "USD"; None if ``text`` is not a unit."""
    found = _lookup(text, prefer_money)
    return found.symbol if found else None


def parse_unit(text: str, *, prefer_money: bool = False) -> Unit | None:
    """The unit ``text`` names ("miles" -> Unit("km", "length")), or None if not a unit.

    Case-insensitive; British and American spellings, plurals and news
    abbreviations ("kms", "kph", "sq km", "US$", "per cent"). ``prefer_money``
    reads the ambiguous "pound(s)" as sterling instead of mass (see ``AMBIGUOUS``).
    Not units: "troops", "people", a bare "degrees", "in".
    """
    found = _lookup(text, prefer_money)
    return found.unit if found else None


@lru_cache(maxsize=1)
def _registry():  # -> pint.UnitRegistry; built on first use only (slow to build)
    import pint

    registry = pint.UnitRegistry()
    registry.define("calendar_decade = 10 * year")
    return registry


@lru_cache(maxsize=256)
def _linear(pint_name: str, canonical: str) -> tuple[float, float]:
    """(factor, offset) with canonical = factor * value + offset.

    Computed once per unit from pint quantities, so offset units (degF -> degC)
    are right and later conversions need no pint call.
    """
    ureg = _registry()
    offset = ureg.Quantity(0.0, pint_name).to(canonical).magnitude
    # The slope over a long span: (f(1) - f(0)) loses digits to the offset of degF.
    factor = (ureg.Quantity(1e6, pint_name).to(canonical).magnitude - offset) / 1e6
    return float(factor), float(offset)


def to_canonical(value: float, text: str, *, prefer_money: bool = False) -> float:
    """``value`` in the unit ``text`` names, converted to that unit's canonical unit.

    "20", "miles" -> 32.18688 (km); "100", "°F" -> 37.78 (degC). Currencies,
    percentages and magnitudes are returned unchanged. Raises ValueError when
    ``text`` is not a unit.
    """
    found = _lookup(text, prefer_money)
    if found is None:
        raise ValueError(f"not a unit: {text!r}")
    if found.pint_name is None:
        return float(value) * found.factor
    factor, offset = _linear(found.pint_name, CANONICAL[found.unit.dimension][1])
    return value * factor + offset
