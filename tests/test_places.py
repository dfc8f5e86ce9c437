"""Place names and their zones: factcheck.normalize.places over the gazetteer (GeoNames, ISO 3166)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from factcheck.normalize import gazetteer
from factcheck.normalize.places import country_of, is_place, normalize_place, timezone_for_place

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


def test_bare_name_goes_to_a_dominant_place_only() -> None:
    # invented places over the rule itself: a capital, and a namesake elsewhere of a given size
    big = gazetteer.Place("x", "Europe/Lisbon", 1_000_000, "PT", "city", capital=True)
    near = gazetteer.Place("x", "America/Chicago", 1_000_000 // gazetteer.DOMINANT_RATIO, "US", "city", "IL")
    assert near.population * gazetteer.DOMINANT_RATIO <= big.population  # at the ratio: the capital wins
    assert gazetteer.DOMINANT_RATIO == 5


def test_general_lookups() -> None:
    assert timezone_for_place("Lisboa") == "Europe/Lisbon"  # a GeoNames spelling of a large city
    assert timezone_for_place("Oslo") == timezone_for_place("Norway") == "Europe/Oslo"
    assert timezone_for_place("Brazil") == "America/Sao_Paulo"  # 90 % of its people keep one clock
    assert timezone_for_place("Canada") is None and timezone_for_place("Indonesia") is None
    assert timezone_for_place("Smallville, Nebr.") == "America/Chicago"
    assert normalize_place("NZL") == "new zealand"  # an ISO alpha-3 code, in capitals
    assert country_of("oslo") == "norway" and not is_place("smallville")
