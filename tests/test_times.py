"""Clock times, zones and dates: factcheck.normalize.times."""

from __future__ import annotations

import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.data import season_slip_zones, zone_abbreviations
from factcheck.normalize.times import (
    ZONE_NAMES,
    ClockTime,
    find_clock_times,
    parse_clock_time,
    parse_date,
)

INVASION = datetime.date(2022, 2, 24)  # a Thursday; Kyiv is UTC+2, New York UTC-5
PUBLISHED = datetime.date(2022, 2, 25)  # a Friday
DOC = Path(__file__).resolve().parents[1] / "docs" / "times.md"


def hm(hours: int, minutes: int = 0) -> int:
    return hours * 60 + minutes


@pytest.mark.parametrize(
    ("text", "local", "utc", "zone"),
    [
        ("8 p.m.", hm(20), None, None),
        ("8pm", hm(20), None, None),
        ("4.25 a.m.", hm(4, 25), None, None),
        ("2:09 a.m.", hm(2, 9), None, None),
        ("02:24 GMT", hm(2, 24), hm(2, 24), "UTC"),
        ("06:00 BST", hm(6), hm(5), "UTC+01:00"),
        ("noon", hm(12), None, None),
        ("12 noon", hm(12), None, None),
        ("midnight", 0, None, None),
        ("12 a.m.", 0, None, None),
        ("12 p.m.", hm(12), None, None),
        ("1052 GMT", hm(10, 52), hm(10, 52), "UTC"),
        ("1852 HKT", hm(18, 52), hm(10, 52), "UTC+08:00"),
        ("1023 GMT", hm(10, 23), hm(10, 23), "UTC"),
        ("(1023 GMT)", None, None, None),  # the parenthesis is the caller's to strip
        ("1353 IRST", hm(13, 53), hm(10, 23), "UTC+03:30"),
        ("0440 GMT", hm(4, 40), hm(4, 40), "UTC"),
        ("09:10 hours", hm(9, 10), None, None),
        ("1353 hours", hm(13, 53), None, None),
        ("3: 00pm EST", hm(15), hm(20), "UTC-05:00"),
        ("06:37: 46 AM PDT", hm(6, 37), hm(13, 37), "UTC-07:00"),
        ("5:30 p.m. IST", hm(17, 30), hm(12), "UTC+05:30"),
        ("8 p.m. UTC+2", hm(20), hm(18), "UTC+02:00"),
        ("8 p.m. (GMT)", hm(20), hm(20), "UTC"),
        ("9 a.m. Greenwich Mean Time", hm(9), hm(9), "UTC"),
        ("2:15 a.m..", hm(2, 15), None, None),
        ("8 in the evening", hm(20), None, None),
        ("6 o'clock in the morning", hm(6), None, None),
        ("11 at night", hm(23), None, None),
    ],
)
def test_clock_time_shapes(text: str, local: int | None, utc: int | None, zone: str | None) -> None:
    value = parse_clock_time(text)
    if local is None:
        assert value is None
        return
    assert value is not None
    assert (value.minutes_local, value.minutes_utc, value.zone) == (local, utc, zone)


@pytest.mark.parametrize(
    "text",
    ["1353", "4.25", "06.00", "13 p.m.", "0 a.m.", "25:00", "12:60", "2500 GMT", "hello",
     "", "8", "8 p.m. Thursday", "8 p.m. local time (1 p.m. ET)", "1,052 GMT", "8 p.m. Gotham time"],
)
def test_not_clock_times(text: str) -> None:
    assert parse_clock_time(text) is None


def test_local_time_in_kyiv_is_the_same_instant_as_eastern_time() -> None:
    kyiv = parse_clock_time("8 p.m. local time", zone_hint="Europe/Kyiv", on=INVASION)
    eastern = parse_clock_time("1 p.m. ET", zone_hint="Europe/Kyiv", on=INVASION)
    assert kyiv == ClockTime(hm(18), hm(20), "Europe/Kyiv", 0)
    assert eastern == ClockTime(hm(18), hm(13), "America/New_York", 0)


def test_written_zone_wins_over_hint_and_hint_fills_in_when_none() -> None:
    assert parse_clock_time("02:24 GMT", zone_hint="Europe/Kyiv", on=INVASION).zone == "UTC"
    bare = parse_clock_time("4.25 a.m.", zone_hint="Europe/Kyiv", on=INVASION)
    assert (bare.zone, bare.minutes_utc) == ("Europe/Kyiv", hm(2, 25))
    assert parse_clock_time("8 p.m. local time", on=INVASION) == ClockTime(None, hm(20), None)
    assert parse_clock_time("1353 local time", zone_hint="Asia/Tehran").minutes_utc == hm(10, 23)


def test_eastern_time_follows_dst() -> None:
    assert parse_clock_time("1 p.m. ET", on=INVASION).minutes_utc == hm(18)  # EST, UTC-5
    assert parse_clock_time("1 p.m. ET", on=datetime.date(2022, 7, 4)).minutes_utc == hm(17)
    assert parse_clock_time("1 p.m. Eastern time", on=datetime.date(2022, 7, 4)).minutes_utc == hm(17)
    # Without a date the DST state is unknown: the zone is known, the UTC minute is not.
    assert parse_clock_time("1 p.m. ET") == ClockTime(None, hm(13), "America/New_York")
    # A zone without DST needs no date.
    assert parse_clock_time("8 a.m.", zone_hint="Asia/Tokyo").minutes_utc == hm(23)


def test_season_slip_labels_follow_the_region_when_dated() -> None:
    quake_day = datetime.date(2013, 3, 14)  # California was on PDT since March 10
    slip = parse_clock_time("2:09 am PST", on=quake_day)
    local = parse_clock_time("2:09 a.m.", zone_hint="America/Los_Angeles", on=quake_day)
    assert slip == local == ClockTime(hm(9, 9), hm(2, 9), "America/Los_Angeles", 0)
    assert parse_clock_time("2:09 am PST").minutes_utc == hm(10, 9)  # undated: as written
    assert parse_clock_time("6 a.m. MST", on=datetime.date(2013, 7, 1)).minutes_utc == hm(13)


def test_day_shift_when_crossing_midnight() -> None:
    assert parse_clock_time("1 a.m. Kyiv time", on=INVASION) == ClockTime(hm(23), hm(1), "Europe/Kyiv", -1)
    assert parse_clock_time("11 p.m. EST") == ClockTime(hm(4), hm(23), "UTC-05:00", 1)
    assert parse_clock_time("7 p.m. Moscow time", on=INVASION).minutes_utc == hm(16)


@given(hour=st.integers(1, 12), minute=st.integers(0, 59), pm=st.booleans())
def test_any_twelve_hour_gmt_time_round_trips(hour: int, minute: int, pm: bool) -> None:
    value = parse_clock_time(f"{hour}:{minute:02d} {'p.m.' if pm else 'a.m.'} GMT")
    expected = (hour % 12 + (12 if pm else 0)) * 60 + minute
    assert value == ClockTime(expected, expected, "UTC", 0)


@given(hour=st.integers(0, 23), minute=st.integers(0, 59))
def test_any_four_digit_gmt_time_round_trips(hour: int, minute: int) -> None:
    value = parse_clock_time(f"{hour:02d}{minute:02d} GMT")
    assert value is not None and value.minutes_utc == hour * 60 + minute


def test_find_clock_times_in_running_text() -> None:
    text = ("The quake, which struck at 1353 (1023 GMT), was felt widely. Shelling began at "
            "4.25 a.m. and at 8 p.m. local time (1 p.m. ET) on Thursday; magnitude 4.25; 2005.")
    found = find_clock_times(text, zone_hint="Europe/Kyiv", on=INVASION)
    assert [text[s:e] for s, e, _ in found] == ["1023 GMT", "4.25 a.m.", "8 p.m. local time", "1 p.m. ET"]
    assert found[2][2].minutes_utc == found[3][2].minutes_utc == hm(18)
    fire = "called at 6am. By 6.30am the fire was out; about 09:30 BST it was over."
    assert [fire[s:e] for s, e, _ in find_clock_times(fire)] == ["6am", "6.30am", "09:30 BST"]
    posted = find_clock_times("POSTED: 1052 GMT (1852 HKT), April 10, 2007")
    assert [v.minutes_utc for _, _, v in posted] == [hm(10, 52), hm(10, 52)]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Feb. 24", "2022-02-24", None),
        ("February 24, 2022", "2022-02-24", None),
        ("24 February 2022", "2022-02-24", None),
        ("Thu 24 Feb 2022", "2022-02-24", None),
        ("2022-02-24", "2022-02-24", None),
        ("24th of February", "2022-02-24", None),
        ("Thursday", "2022-02-24", None),
        ("on Thursday", "2022-02-24", None),
        ("Thursday night", "2022-02-24", None),
        ("Thursday's", "2022-02-24", None),
        ("Thursday, Feb. 24", "2022-02-24", None),
        ("Friday", "2022-02-25", None),
        ("last Friday", "2022-02-18", None),
        ("next Friday", "2022-03-04", None),
        ("Feb. 24-25", "2022-02-24", "2022-02-25"),
        ("March 3", "2022-03-03", None),
        ("Aug. 24", "2021-08-24", None),
        ("Dec. 30", "2021-12-30", None),
        ("December 2003", "2003-12-01", "2003-12-31"),
        ("in December", "2021-12-01", "2021-12-31"),
        ("in 2003", "2003-01-01", "2003-12-31"),
        ("11 / 27 / 2005", "2005-11-27", None),
        ("Sept. 11, 2001", "2001-09-11", None),
        ("today", "2022-02-25", None),
        ("yesterday", "2022-02-24", None),
        ("yesterday morning", "2022-02-24", None),
        ("last night", "2022-02-24", "2022-02-25"),
        ("last week", "2022-02-14", "2022-02-20"),
        ("this week", "2022-02-21", "2022-02-27"),
        ("last month", "2022-01-01", "2022-01-31"),
        ("last year", "2021-01-01", "2021-12-31"),
        ("two days ago", "2022-02-23", None),
        ("a week ago", "2022-02-14", "2022-02-20"),
        ("3 months ago", "2021-11-01", "2021-11-30"),
    ],
)
def test_parse_date(text: str, first: str, last: str | None) -> None:
    expected = (datetime.date.fromisoformat(first), datetime.date.fromisoformat(last or first))
    assert parse_date(text, published=PUBLISHED) == expected


@pytest.mark.parametrize(
    "text", ["2003", "1353", "8 p.m.", "Kyiv", "May", "Feb. 30", "11/10/2011", "the 24th", "", "4",
             "in 1353", "Sun"],
)
def test_not_dates(text: str) -> None:
    assert parse_date(text, published=PUBLISHED) is None


def test_dates_needing_published_are_none_without_it() -> None:
    for text in ("Feb. 24", "Thursday", "Thursday, Feb. 24", "yesterday", "last week", "in December"):
        assert parse_date(text) is None, text
    assert parse_date("December 2003") == (datetime.date(2003, 12, 1), datetime.date(2003, 12, 31))
    assert parse_date("Thursday", published=INVASION) == (INVASION, INVASION)  # on, not before
    evening = datetime.datetime(2022, 2, 25, 21, 0)  # a datetime is read as its date
    assert parse_date("yesterday", published=evening) == (INVASION, INVASION)


def _zone_name(tz: datetime.tzinfo) -> str:
    return tz.key if isinstance(tz, ZoneInfo) else tz.tzname(None)


def _offset_kind(tz: datetime.tzinfo) -> str:
    return "follows DST" if isinstance(tz, ZoneInfo) else "fixed"


def test_docs_list_every_zone_table_row() -> None:
    doc = DOC.read_text(encoding="utf-8")
    for table in (zone_abbreviations(), ZONE_NAMES):
        for key, tz in table.items():
            assert f"| {key} | {_zone_name(tz)} | {_offset_kind(tz)} |" in doc, key
    for key, tz in season_slip_zones().items():
        assert f"| {key} | {tz.key} |" in doc, key
