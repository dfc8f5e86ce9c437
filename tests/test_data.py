"""The shared word lists and tables: factcheck.data and the files it reads."""

from __future__ import annotations

import datetime
from importlib.resources import files

import pytest

from factcheck import data
from factcheck.extract import extract
from factcheck.normalize.claims import normalize
from factcheck.normalize.times import parse_clock_time
from factcheck.types import Article

TABLES = sorted(p.name for p in files("factcheck.data").iterdir() if p.name.endswith((".tsv", ".txt")))


def test_every_data_file_is_known() -> None:
    assert TABLES == ["number_suffixes.tsv", "number_words.tsv", "vague_amounts.tsv", "zone_abbreviations.tsv"]


@pytest.mark.parametrize("name", TABLES)
def test_each_file_loads_without_duplicate_keys(name: str) -> None:
    rows = data.rows(name)
    assert rows, name
    keys = [row[0] for row in rows]
    assert len(keys) == len(set(keys)), f"{name} lists a key twice"
    assert all(key == key.strip() and key for key in keys)
    widths = {len(row) for row in rows}
    header = next(line for line in files("factcheck.data").joinpath(name).read_text().splitlines()
                  if line.startswith("# ") and "\t" in line)
    assert max(widths) <= len(header.split("\t")), f"{name}: a row has more columns than its header"


def test_loaders_read_each_table() -> None:
    assert data.number_words()["twelve"] == (12, "teen")
    assert data.scale_words() == {"hundred": 100, "dozen": 12, "thousand": 10**3, "million": 10**6,
                                  "billion": 10**9, "trillion": 10**12}
    assert data.plural_scales()["hundreds"] == 100 and "dozens" not in data.plural_scales()
    assert data.vague_words()["dozens"] == (24, 99)
    assert data.few_words() == ("a handful", "a couple", "several", "a few")
    assert data.vague_plurals() >= {"dozens", "scores", "tens", "hundreds", "thousands"}
    assert "several" not in data.vague_plurals()
    assert len(data.zone_abbreviations()) == len(data.rows("zone_abbreviations.tsv"))


def test_month_and_weekday_names() -> None:
    assert len(data.month_names()) == 12 and len(set(data.month_names())) == 12
    assert len(data.weekday_names()) == 7 and len(set(data.weekday_names())) == 7
    for word, number in [("jan", 1), ("Sept.", 9), ("sep", 9), ("december", 12), ("May", 5)]:
        assert data.month_number(word) == number, word
    assert data.month_number("ma") is None and data.month_number("mayor") is None


def test_generic_zone_labels_resolve_through_zone_tab() -> None:
    zones = data.zone_abbreviations()
    assert {label: zones[label].key for label in ("ET", "CT", "MT", "PT", "UK")} == {
        "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
        "PT": "America/Los_Angeles", "UK": "Europe/London"}
    assert data.season_slip_zones()["PST"] is zones["PT"]


def test_every_zone_abbreviation_is_a_clock_word_and_parses() -> None:
    for abbreviation in data.zone_abbreviations():
        assert abbreviation.casefold() in data.clock_words()
        parsed = parse_clock_time(f"1353 {abbreviation}", on=datetime.date(2024, 1, 15))
        assert parsed is not None and parsed.minutes_utc is not None, abbreviation


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "utc"),
    [
        # IRST was known to normalize only; extract's 16 clock words missed it (no claim at all).
        ("The quake struck at 1353 IRST on Friday, the seismological centre said.", "10:23"),
        ("The first shell landed at 0610 EET, officials said.", "04:10"),
        ("The ship docked at 09:30 SGT, the port said.", "01:30"),
    ],
)
def test_a_zone_known_to_the_table_is_extracted(nlp, sentence: str, utc: str) -> None:
    article = Article(id="a1", path="t.txt", text=sentence, source="t.txt", published="2024-02-02")
    claims = normalize(extract([article], [nlp(sentence)])).claims
    times = [c for c in claims if c.kind == "quantity" and c.value.dimension == "clock_time"]
    assert len(times) == 1, claims
    minutes = int(times[0].value.interval.low)
    assert f"{minutes // 60:02d}:{minutes % 60:02d}" == utc
