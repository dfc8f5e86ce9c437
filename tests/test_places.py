"""Place names and their zones: factcheck.normalize.places."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from factcheck.normalize.places import (
    AMBIGUOUS_PLACES,
    PLACE_ALIASES,
    ZONE_PLACES,
    normalize_place,
    timezone_for_place,
)

DOC = Path(__file__).resolve().parents[1] / "docs" / "times.md"
KYIV_ZONE = timezone_for_place("Kyiv")


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        (["Kyiv", "Kiev", "Kyyiv", "Київ", "Киев", "KYIV", " kiev "], "kyiv"),
        (["Chernobyl", "Chornobyl", "Чорнобиль"], "chornobyl"),
        (["Zaporizhzhya", "Zaporizhia", "Zaporizhzhia", "Zaporozhye"], "zaporizhzhia"),
        (["Kharkiv", "Kharkov", "Харків"], "kharkiv"),
        (["Odesa", "Odessa", "Одеса"], "odesa"),
        (["Lviv", "Lvov"], "lviv"),
        (["Mykolaiv", "Nikolaev", "Миколаїв", "Николаев"], "mykolaiv"),
        (["Ukraine", "Україна", "Украина"], "ukraine"),
        (["Russia", "Россия", "Росія"], "russia"),
        (["Athens", "Athina", "Αθήνα"], "athens"),
        (["Qeshm", "Gheshm", "Qeshm Island"], "qeshm"),
        (["Bandar Abbas", "Bandar-Abbas", "Bandar-e ʿAbbās"], "bandar abbas"),
        (["the Netherlands", "Holland"], "netherlands"),
        (["US", "U.S.", "USA", "United States"], "united states"),
        (["UK", "U.K.", "Britain", "Great Britain", "the United Kingdom"], "united kingdom"),
        (["Côte d’Ivoire", "Ivory Coast"], "ivory coast"),
        (["Washington, D.C.", "Washington DC"], "washington dc"),
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
    assert normalize_place("Troy, Mich.") == "troy, michigan"
    assert normalize_place("us") == "us"  # the pronoun is not the country
    assert normalize_place("   ") == ""


@pytest.mark.parametrize(
    ("name", "zone"),
    [
        ("Kyiv", KYIV_ZONE), ("Kiev", KYIV_ZONE), ("Ukraine", KYIV_ZONE), ("Chernobyl", KYIV_ZONE),
        ("Moscow", "Europe/Moscow"), ("Russia", "Europe/Moscow"), ("Crimea", "Europe/Simferopol"),
        ("London", "Europe/London"), ("Britain", "Europe/London"), ("England", "Europe/London"),
        ("Somerset", "Europe/London"), ("Wellington, Somerset", "Europe/London"),
        ("Wellington, New Zealand", "Pacific/Auckland"), ("Wellington", None),
        ("Athens", "Europe/Athens"), ("Greece", "Europe/Athens"),
        ("Tehran", "Asia/Tehran"), ("Iran", "Asia/Tehran"), ("Qeshm", "Asia/Tehran"),
        ("Bandar-Abbas", "Asia/Tehran"), ("Iraq", "Asia/Baghdad"),
        ("California", "America/Los_Angeles"), ("Healdsburg", "America/Los_Angeles"),
        ("Healdsburg, Calif.", "America/Los_Angeles"), ("San Francisco", "America/Los_Angeles"),
        ("Michigan", "America/Detroit"), ("Detroit", "America/Detroit"),
        ("Troy, Michigan", "America/Detroit"), ("Troy", None),
        ("Washington", "America/New_York"), ("Washington, D.C.", "America/New_York"),
        ("Washington state", "America/Los_Angeles"), ("New York", "America/New_York"),
        ("Sudan", "Africa/Khartoum"), ("Khartoum", "Africa/Khartoum"),
        ("South Sudan", "Africa/Juba"), ("Juba", "Africa/Juba"), ("Yida", "Africa/Juba"),
        ("Beijing", "Asia/Shanghai"), ("Peking", "Asia/Shanghai"), ("Hong Kong", "Asia/Hong_Kong"),
        ("Tokyo", "Asia/Tokyo"), ("Paris", "Europe/Paris"), ("Berlin", "Europe/Berlin"),
        ("Brussels", "Europe/Brussels"), ("Geneva", "Europe/Zurich"), ("Austria", "Europe/Vienna"),
        ("Atlanta, Georgia", "America/New_York"), ("Tbilisi, Georgia", "Asia/Tbilisi"),
        ("Georgia", None), ("United States", None), ("Australia", None), ("Gotham", None), ("", None),
    ],
)
def test_timezone_for_place(name: str, zone: str | None) -> None:
    assert timezone_for_place(name) == zone


def test_kyiv_zone_is_one_this_system_has() -> None:
    assert KYIV_ZONE in ("Europe/Kyiv", "Europe/Kiev")
    ZoneInfo(KYIV_ZONE)


def test_tables_are_consistent() -> None:
    places = [place for members in ZONE_PLACES.values() for place in members]
    assert len(places) == len(set(places)), "a place is listed under two zones"
    for zone in ZONE_PLACES:
        ZoneInfo(zone)
    for place in places:
        assert normalize_place(place) == place, place  # listed places are already keys
        assert place not in AMBIGUOUS_PLACES, place
    aliases = [alias for spellings in PLACE_ALIASES.values() for alias in spellings]
    assert len(aliases) == len(set(aliases)), "an alias maps to two places"
    assert not set(aliases) & set(PLACE_ALIASES), "an alias is also a key"
    assert not set(aliases) & set(places), "an alias is listed as a place (list its key)"


def test_docs_list_every_place_table_row() -> None:
    doc = DOC.read_text(encoding="utf-8")
    for key, spellings in PLACE_ALIASES.items():
        assert f"| {key} | {', '.join(spellings)} |" in doc, key
    for zone, members in ZONE_PLACES.items():
        assert f"| {zone} | {'; '.join(members)} |" in doc, zone
    assert ", ".join(sorted(AMBIGUOUS_PLACES)) + "." in doc
