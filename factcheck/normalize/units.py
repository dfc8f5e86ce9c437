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

from ..data import currency_rows, unit_rows


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
    "power": ("kW", "kilowatt"),
    "energy": ("kWh", "kilowatt_hour"),
    "information": ("GB", "gigabyte"),
    "data_rate": ("Mbps", "megabit / second"),
    "frequency": ("GHz", "gigahertz"),
    "charge": ("mAh", "milliampere_hour"),
    "torque": ("Nm", "newton * meter"),
}

# The units themselves (pint name, dimension, symbol, aliases) are the rows of
# data/units.tsv, the currencies those of data/currencies.tsv: one place for each.

_OTHER_ALIASES: dict[Unit, str] = {
    Unit("%", "percent"): "%|percent|per cent|pct",
    # Percentage points are a different dimension: "up 2 points" is not "up 2 %".
    Unit("pp", "percentage_points"): "percentage point|percentage points|pp|ppt|pct point",
    Unit("magnitude", "magnitude"): "magnitude|richter|on the richter scale|richter scale",
    # A multiple of another figure ("twice as many", "sixfold"): the extractor writes "×".
    Unit("×", "multiple"): "×",
}

#: Units a word alone leaves ambiguous: (the default reading, the money reading).
#: "pounds" is mass by default because in sentences the extractor reads, money in
#: pounds is nearly always written "£"; a caller that sees money context ("5 million
#: pounds", "pounds sterling") passes ``prefer_money=True``.
AMBIGUOUS: dict[str, tuple[str, str]] = {"pound": ("pound", "GBP"), "pounds": ("pound", "GBP")}



@dataclass(frozen=True)
class _Entry:
    """What one written alias names: its unit, pint's name for it (None: never converted), the
    short symbol a report shows it by ("yd", "USD", "%") and a fixed factor to the canonical
    unit for units pint does not convert ("p" is 0.01 GBP)."""

    unit: Unit
    pint_name: str | None
    symbol: str
    factor: float = 1.0


#: What a currency's hundredth ("pence", "cent") is of the currency.
HUNDREDTH = 0.01
#: Aliases matched with their case only ("MW" megawatt, "pc" per cent, "p" pence).
_EXACT_OTHER: dict[Unit, str] = {Unit("%", "percent"): "pc", Unit("magnitude", "magnitude"): "Mw"}


def _build_tables() -> tuple[dict[str, _Entry], dict[str, _Entry]]:
    """(alias in lower case -> what it names, alias matched with its case -> what it names)."""
    table: dict[str, _Entry] = {}
    exact: dict[str, _Entry] = {}
    for pint_name, dim, sym, aliases, exact_aliases in unit_rows():
        entry = _Entry(Unit(CANONICAL[dim][0], dim), pint_name, sym)
        table.update((_normalize(alias), entry) for alias in aliases)
        exact.update((alias, entry) for alias in exact_aliases)
    for code, names, marks, cent_names, cent_marks in currency_rows():
        unit = Unit(code, f"money:{code}")
        for words, signs, entry in ((names, marks, _Entry(unit, None, code)),
                                    # a hundredth is shown by its own mark: "95p", "50¢"
                                    (cent_names, cent_marks, _Entry(unit, None, (cent_marks or cent_names or ("",))[0],
                                                                    HUNDREDTH))):
            table.update((_normalize(name), entry) for name in words)
            exact.update((mark, entry) for mark in signs)
    for unit, aliases in _OTHER_ALIASES.items():
        table.update((alias, _Entry(unit, None, unit.canonical)) for alias in aliases.split("|"))
    for unit, alias in _EXACT_OTHER.items():
        exact[alias] = _Entry(unit, None, unit.canonical)
    return table, exact


_SPACES_RE = re.compile(r"\s+")


def _normalize(text: str) -> str:
    s = text.strip().lower().replace("º", "°").replace("˚", "°")
    s = s.replace(".", "").replace("-", " ")
    s = s.replace("° ", "°")
    return _SPACES_RE.sub(" ", s).strip()


_TABLE, _EXACT = _build_tables()


#: Words that look like a unit's plural and are words of their own: "has" is no hectares.
_WORDS_NOT_PLURALS = frozenset({"has"})


@lru_cache(maxsize=4096)
def _lookup(text: str, prefer_money: bool) -> _Entry | None:
    if text.strip() in _EXACT:
        return _EXACT[text.strip()]
    s = _normalize(text)
    if s in AMBIGUOUS:
        pint_name, code = AMBIGUOUS[s]
        if prefer_money:
            return _Entry(Unit(code, f"money:{code}"), None, code)
        return _Entry(Unit(CANONICAL["mass"][0], "mass"), pint_name, "lb")
    if s in _TABLE:
        return _TABLE[s]
    # Plurals: "miles", "kms", "hours", "euros"; "ss" words are not plurals, nor "has" ("this one has").
    if len(s) >= 3 and s.endswith("s") and not s.endswith("ss") and s not in _WORDS_NOT_PLURALS and s[:-1] in _TABLE:
        return _TABLE[s[:-1]]
    if rate := _RATE.fullmatch(s):
        return _rate(rate.group(1), rate.group(2), prefer_money)
    return None


#: A rate: a unit per a duration ("barrels a day", "$ per week", "litres/hour").
_RATE = re.compile(r"(.+?)(?: per | a | an | each | every |/)(.+)")
#: Numerators that stay themselves over time: "3% a year" is a percent, as news compares it.
_NOT_RATES = frozenset({"percent", "percentage_points", "magnitude"})


def _rate(numerator: str, denominator: str, prefer_money: bool) -> _Entry | None:
    """A unit per duration, keeping its denominator: its own dimension ("volume/duration"),
    its canonical unit the canonical numerator per second, its symbol "bbl/day"."""
    top, bottom = _lookup(numerator, prefer_money), _lookup(denominator, False)
    if top is None or bottom is None or bottom.unit.dimension != "duration" or "/" in top.unit.dimension \
            or top.unit.dimension in _NOT_RATES or top.unit.dimension == "duration":
        return None
    unit = Unit(f"{top.unit.canonical}/{bottom.unit.canonical}", f"{top.unit.dimension}/duration")
    return _Entry(unit, None, f"{top.symbol}/{bottom.symbol}", _rate_factor(top, bottom))


def _rate_factor(top: _Entry, bottom: _Entry) -> float:
    """The canonical value of 1 numerator per 1 denominator (pint only for what it converts)."""
    def one(entry: _Entry) -> float:
        if entry.pint_name is None:
            return entry.factor
        factor, _ = _linear(entry.pint_name, CANONICAL[entry.unit.dimension][1])
        return factor
    return one(top) / one(bottom)


def exact_alias(text: str) -> bool:
    """Whether ``text`` is a unit only as written, case included ("p" pence, "MW", "pc")."""
    return text in _EXACT


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
