"""Place names and their zones: factcheck.normalize.places over the gazetteer (GeoNames, ISO 3166)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from factcheck.normalize import gazetteer
from factcheck.normalize.places import (
    country_of,
    in_context,
    is_place,
    normalize_place,
    timezone_for_place,
    town_in_region,
)

KYIV_ZONE = timezone_for_place("Kyiv")


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        # transliterations come from GeoNames' alternate names, renamed countries from ISO 3166
        (["Kyiv", "Kiev", "Kyyiv", "Київ", "KYIV", " Kiev "], "kyiv"),
        (["Kharkiv", "Kharkov", "Харків"], "kharkiv"),
        (["Odesa", "Odessa"], "odesa"),  # the Texan Odessa is a smaller place
        (["Lviv", "Lvov"], "lviv"),
        (["Athens", "Athina"], "athens"),
        (["Lisbon", "Lisboa"], "lisbon"),
        (["Bandar Abbas", "Bandar-Abbas"], "bandar abbas"),
        (["the Netherlands", "Netherlands", "Kingdom of the Netherlands"], "netherlands"),
        (["US", "U.S.", "USA", "United States", "United States of America"], "united states"),
        (["U.K.", "United Kingdom", "GBR"], "united kingdom"),
        (["Côte d’Ivoire", "Ivory Coast"], "ivory coast"),
        (["Iran", "Islamic Republic of Iran"], "iran"),
    ],
)
def test_aliases_merge(spellings: list[str], key: str) -> None:
    assert {normalize_place(s) for s in spellings} == {key}


@pytest.mark.parametrize(
    ("one", "other"),
    [("Austria", "Australia"), ("Sudan", "South Sudan"), ("Iran", "Iraq"), ("Niger", "Nigeria"),
     ("Guinea", "Guinea-Bissau"), ("Slovakia", "Slovenia"), ("Kyiv", "Kyiv Oblast"),
     ("St. John", "St. John's"), ("Congo", "DR Congo"), ("Georgia", "Georgia, Ukraine")],
)
def test_look_alikes_do_not_merge(one: str, other: str) -> None:
    assert normalize_place(one) != normalize_place(other)


def test_normalization_details() -> None:
    assert normalize_place("The Hague") == "the hague"  # "the" is part of this name
    assert normalize_place("Troy, Mich.") == "troy, michigan"  # a state cut short
    assert normalize_place("Troy, MI") == "troy, michigan"  # a state's postal code
    assert normalize_place("us") == "us"  # the pronoun is not the country
    # other spellings apply to names as written: some are English words in lower case
    assert normalize_place("kiev") == "kiev" and normalize_place("kiev", variants=True) == "kyiv"
    assert normalize_place("   ") == ""


@pytest.mark.parametrize(
    ("name", "zone"),
    [
        ("Kyiv", KYIV_ZONE), ("Kiev", KYIV_ZONE), ("Ukraine", KYIV_ZONE),
        ("Moscow", "Europe/Moscow"), ("Russia", None),  # Russia keeps eleven clocks
        ("London", "Europe/London"), ("United Kingdom", "Europe/London"),
        ("Wellington", "Pacific/Auckland"),  # a capital 6 times the size of any namesake (DOMINANT_RATIO)
        ("Wellington, New Zealand", "Pacific/Auckland"), ("Wellington, Somerset", "Europe/London"),
        ("Somerset", "Europe/London"), ("Hormozgan", "Asia/Tehran"),  # ISO 3166-2 subdivisions
        ("Athens", "Europe/Athens"), ("Athens, Greece", "Europe/Athens"), ("Greece", "Europe/Athens"),
        ("Tehran", "Asia/Tehran"), ("Iran", "Asia/Tehran"), ("Qeshm, Iran", "Asia/Tehran"),
        ("Qeshm", None),  # a town of 25,000 named alone is no place (see BARE_CITY_MIN_POPULATION)
        ("Bandar-Abbas", "Asia/Tehran"), ("Iraq", "Asia/Baghdad"),
        ("California", "America/Los_Angeles"), ("Smallville, Calif.", "America/Los_Angeles"),
        ("San Francisco", "America/Los_Angeles"), ("Michigan", "America/Detroit"),
        ("Detroit", "America/Detroit"), ("Troy, Michigan", "America/Detroit"), ("Troy", None),
        ("Troy, New York", "America/New_York"), ("Washington, D.C.", "America/New_York"),
        ("Washington", "America/New_York"),  # a capital named alone: the state is "Washington state"
        ("Sudan", "Africa/Khartoum"), ("Khartoum", "Africa/Khartoum"),
        ("South Sudan", "Africa/Juba"), ("Juba", "Africa/Juba"),
        ("Beijing", "Asia/Shanghai"), ("Hong Kong", "Asia/Hong_Kong"),
        ("Tokyo", "Asia/Tokyo"), ("Paris", "Europe/Paris"), ("Berlin", "Europe/Berlin"),
        ("Brussels", "Europe/Brussels"), ("Austria", "Europe/Vienna"),
        ("Atlanta, Georgia", "America/New_York"), ("Tbilisi, Georgia", "Asia/Tbilisi"),
        ("Hyderabad", None), ("Cambridge", None),  # namesakes of comparable size in other zones
        ("Georgia", None), ("United States", None), ("Australia", None), ("Gotham", None), ("", None),
    ],
)
def test_timezone_for_place(name: str, zone: str | None) -> None:
    assert timezone_for_place(name) == zone


def test_kyiv_zone_is_one_this_system_has() -> None:
    assert KYIV_ZONE in ("Europe/Kyiv", "Europe/Kiev")
    ZoneInfo(KYIV_ZONE)


def test_countries_hold_their_places() -> None:
    assert country_of("lisbon") == "portugal"
    assert country_of("portugal") == "portugal"
    assert country_of("gotham") is None
    assert is_place("lisbon") and is_place("portugal") and not is_place("gotham")


def test_every_zone_of_the_gazetteer_is_one_zoneinfo_has() -> None:
    zones = {p.zone for group in gazetteer.places().values() for p in group if p.zone}
    for zone in zones:
        ZoneInfo(zone)


@pytest.mark.parametrize(
    ("word", "owner"),
    [("Norwegian", "norway"), ("Norwegians", "norway"), ("Kingdom of Norway", "norway"), ("Oslo", "norway"), ("male", None),
     ("Sudanese", "sudan"), ("South Sudanese", "south sudan"), ("Ukranians", "ukraine"),  # a typo, by similarity
     ("Indian", "india"),  # shared with a territory: the larger country's
     ("Austrian", "austria"), ("Australian", "australia"), ("Nigerian", "nigeria"), ("Niger", "niger"),
     ("Victoria", None),  # a small capital whose name names a larger city first
     ("Gotham", None), ("in", None), ("no", None)],
)
def test_owners_come_from_country_data(word: str, owner: str | None) -> None:
    from factcheck.normalize.measures import owner_key

    assert owner_key(word) == owner


def test_general_lookups() -> None:
    assert timezone_for_place("Lisboa") == "Europe/Lisbon"  # a GeoNames spelling of a large city
    assert timezone_for_place("Oslo") == timezone_for_place("Norway") == "Europe/Oslo"
    assert timezone_for_place("Chile") == "America/Santiago"  # 90 % of its people keep one clock
    assert timezone_for_place("Mongolia") == "Asia/Ulaanbaatar"  # its western zone holds few
    assert timezone_for_place("Smallville, Nebr.") == "America/Chicago"  # a town unknown, its state of one zone
    assert normalize_place("NZL") == "new zealand"  # an ISO alpha-3 code, in capitals
    assert country_of("oslo") == "norway" and not is_place("smallville")


P = gazetteer.Place
#: An invented gazetteer: the rules, not the data. State ZZ ("zedland", one zone) holds a county and
#: one Smallville; country QQ ("quland") another Smallville and a town of its own; two capitals each
#: share their name with a place in another zone, one at a fifth of their people, one at a quarter.
INVENTED = {
    "smallville": (P("smallville", "America/Chicago", 40_000, "US", "city", "ZZ"),
                   P("smallville", "Europe/Lisbon", 30_000, "QQ", "city")),
    "zedland": (P("zedland", "America/Chicago", 900_000, "US", "state", "ZZ"),),
    "cornfield county": (P("cornfield county", "America/Chicago", 0, "US", "region", "ZZ"),),
    "quland": (P("quland", "Europe/Lisbon", 5_000_000, "QQ", "country"),),
    "quiet town": (P("quiet town", "Europe/Lisbon", 20_000, "QQ", "city"),),
    "fifthton": (P("fifthton", "Europe/Lisbon", 1_000_000, "QQ", "city", capital=True),
                 P("fifthton", "America/Chicago", 200_000, "US", "city", "ZZ")),
    "quarterton": (P("quarterton", "Europe/Lisbon", 1_000_000, "QQ", "city", capital=True),
                   P("quarterton", "America/Chicago", 250_000, "US", "city", "ZZ")),
    "stateburg": (P("stateburg", "America/Chicago", 3_000_000, "US", "state", "ZZ"),
                  P("stateburg", "Europe/Lisbon", 150_000, "QQ", "city", capital=True)),
}


@pytest.fixture
def invented(monkeypatch):
    monkeypatch.setattr(gazetteer, "_index", lambda: (INVENTED, {}, {}, {"ZZ": "zedland"}))
    monkeypatch.setattr(gazetteer, "_country_keys", lambda: {"QQ": "quland", "US": "united states"})


def test_a_bare_name_is_the_dominant_place_only(invented) -> None:
    assert gazetteer.DOMINANT_RATIO == 5
    assert timezone_for_place("Fifthton") == "Europe/Lisbon"  # the namesake has a fifth of its people
    assert timezone_for_place("Quarterton") is None  # a quarter: two places a reader may mean
    assert timezone_for_place("Stateburg") == "Europe/Lisbon"  # a capital named alone, not the state
    assert timezone_for_place("Stateburg state") == "America/Chicago"  # the state, named as one
    assert timezone_for_place("Smallville") is None  # under BARE_CITY_MIN_POPULATION: no place alone


def test_a_bare_name_is_read_where_the_article_places_lie(invented) -> None:
    assert in_context("smallville", ["cornfield county"]) == "smallville, zedland"  # a county: its state
    assert in_context("smallville", ["quland"]) == "smallville, quland"
    assert in_context("smallville", ["nowhere"]) == in_context("smallville", []) == "smallville"
    assert timezone_for_place("smallville, zedland") == "America/Chicago"
    assert timezone_for_place("smallville, quland") == "Europe/Lisbon"
    assert town_in_region("quiet town") == "quiet town, quland"  # every town of the name is in QQ
    assert town_in_region("smallville") == "smallville"  # in two countries: no region to read it in

