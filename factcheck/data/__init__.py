"""The word lists and tables the stages share, each kept once as a file in this folder.

This module is the only reader of those files; extract and normalize import the lists from
here, so that a word added once is known to both. Every loader is cached: a file is read on
first use, never at import (``factcheck --help`` reads none of them). Month and weekday names
are the standard library's (``calendar``), not a file.

Files: ``number_words.tsv`` (cardinal words, value, kind), ``number_suffixes.tsv`` ("bn",
"m", "k"), ``change_words.tsv`` (words of a rise or a fall), ``units.tsv`` (units of measure,
their pint names and symbols), ``currencies.tsv`` (ISO 4217 codes and their marks),
``vague_amounts.tsv`` (vague words and the counts they allow), ``zone_abbreviations.tsv``
(time-zone abbreviations, their offsets and the zones of generic labels), ``attached_units.tsv``
(units written onto the digits: "40C", "58km"), ``measure_synonyms.tsv`` (measure nouns that
count one thing under two names), ``crowd_verbs.tsv`` (verbs whose bare number subject counts
people). Lines starting with "#" are comments; columns are
tab-separated.

Word lists of one module are a TOML file named after it (read with the standard library's
``tomllib`` by ``word_lists``), one section per constant, named as the constant, its comment above:
``event_words.toml``, ``speakers.toml`` and ``measures.toml`` (normalize), ``evidence.toml``
and ``frames.toml`` (align), ``context.toml``, ``identifiers.toml``, ``scope.toml``, ``about.toml``, ``ages.toml``,
``amounts.toml``, ``clocks.toml``, ``measure.toml``, ``measure_phrases.toml``, ``quantities.toml``, ``quotes.toml``
and ``quote_speakers.toml`` (extract); normalize/quotes.py's are ``quote_terms.toml``, as
extract/quotes.py has the name. The module keeps the constants' names: it holds a ``WordLists`` and
serves them through a module ``__getattr__`` (PEP 562), so ``from .event_words import WEAPONS``
reads the file when first asked, and its own functions read ``_LISTS.NAME``. A list made from others
(``TITLE_WORDS`` is ``HEAD_TITLES`` and its own words; a pattern built from its words; ``PER_WORDS``
of quantities is scope's ``RATE_DETERMINERS`` and its own) is derived in the module, so no word is
written twice.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable, MutableMapping
from functools import cache
from importlib.resources import files
from typing import Any

#: Four-digit numbers read as years: 1800-2099 ("in 1353" is not a news year).
YEAR_MIN, YEAR_MAX = 1800, 2099
#: A year in that range, as a regular expression (no groups, no anchors).
YEAR_PATTERN = r"(?:1[89]|20)\d\d"


_DROPPED = re.compile(r"[.'’`ʿʼ\"]")
_SPACED = re.compile(r"[\s\-‐–—_/]+")


def fold(name: str) -> str:
    """A name as a place key: ASCII, casefolded, no dots or apostrophes, hyphens and runs of space
    as one space. The keys of places.tsv are written with it and looked up with it."""
    from anyascii import anyascii

    return _SPACED.sub(" ", _DROPPED.sub("", anyascii(name).casefold())).strip()


def rows(name: str) -> list[list[str]]:
    """The rows of a table file in this folder, each a list of its tab-separated columns.

    Comments and blank lines are skipped; trailing empty columns are dropped.
    """
    return list(_rows(name))


@cache
def _rows(name: str) -> tuple[tuple[str, ...], ...]:
    text = files(__name__).joinpath(name).read_text(encoding="utf-8")
    found = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        found.append(tuple(line.rstrip("\t ").split("\t")))
    return tuple(found)


# ---------------------------------------------------------------- calendar words


@cache
def month_names() -> tuple[str, ...]:
    """The twelve month names, casefolded, January first (the standard library's C-locale names)."""
    return tuple(calendar.month_name[m].casefold() for m in range(1, 13))


@cache
def month_words() -> frozenset[str]:
    """Month names and their abbreviations: every cut of a name after its third letter ("sep",
    "sept", "september"), as news and datelines write them."""
    return frozenset(name[:n] for name in month_names() for n in range(3, len(name) + 1))


def month_number(word: str) -> int | None:
    """1-12 for a month name or abbreviation ("Sept." -> 9), None for anything else."""
    word = word.casefold().rstrip(".")
    if word not in month_words():
        return None
    return next(i for i, name in enumerate(month_names(), 1) if name.startswith(word))


def month_pattern() -> str:
    """A regular expression (no groups) for a month name or abbreviation, casefolded, with an
    optional full stop: "jan(?:u(?:a(?:r(?:y)?)?)?)?" for January."""
    return "(?:" + "|".join(_prefixes(name, 3) for name in month_names()) + r")\.?"


@cache
def weekday_names() -> tuple[str, ...]:
    """The seven weekday names, casefolded, Monday first (the standard library's)."""
    return tuple(calendar.day_name[d].casefold() for d in range(7))


def _prefixes(word: str, least: int) -> str:
    """A pattern for every cut of ``word`` at least ``least`` letters long."""
    pattern = ""
    for letter in reversed(word[least:]):
        pattern = f"(?:{re.escape(letter)}{pattern})?"
    return re.escape(word[:least]) + pattern


# ---------------------------------------------------------------- amounts


@cache
def number_words() -> dict[str, tuple[int, str]]:
    """Cardinal number words -> (value, kind): "twelve" -> (12, "teen"), "dozen" -> (12, "hundred")."""
    return {word: (int(value), kind) for word, value, kind in _rows("number_words.tsv")}


@cache
def scale_words() -> dict[str, int]:
    """Words that multiply what comes before them ("hundred", "dozen", "million") -> the factor."""
    return {word: value for word, (value, kind) in number_words().items() if kind in ("hundred", "scale")}


@cache
def plural_scales() -> dict[str, int]:
    """The plural of every scale word but "dozen" ("hundreds" -> 100): vague amounts of that scale."""
    return {f"{word}s": value for word, value in scale_words().items() if word != "dozen"}


@cache
def number_suffixes() -> dict[str, tuple[int, bool]]:
    """Abbreviated scales written after a number -> (factor, whether only written onto the digits):
    "bn" -> (10**9, False), "m" -> (10**6, True)."""
    return {suffix: (int(value), attached == "yes") for suffix, value, attached in _rows("number_suffixes.tsv")}


@cache
def vague_words() -> dict[str, tuple[int, int]]:
    """Vague amount words -> (low, high) counts: "dozens" -> (24, 99)."""
    return {phrase: (int(low), int(high)) for phrase, low, high, _ in _rows("vague_amounts.tsv")}


@cache
def few_words() -> tuple[str, ...]:
    """Vague words that also count a scale ("several" in "several hundred"), longest first."""
    rows_ = [phrase for phrase, _, _, kind in _rows("vague_amounts.tsv") if kind == "few"]
    return tuple(sorted(rows_, key=len, reverse=True))


@cache
def vague_plurals() -> frozenset[str]:
    """One-word vague amounts that stand as a number ("dozens", "hundreds", "tens")."""
    plurals = (phrase for phrase, _, _, kind in _rows("vague_amounts.tsv") if kind == "plural")
    return frozenset(plural_scales()) | frozenset(plurals)


@cache
def change_words() -> dict[str, str]:
    """Lemmas that make a figure a change -> its direction: "rise" -> "up", "cut" -> "down"."""
    return {word: direction for word, direction in _rows("change_words.tsv")}


@cache
def measure_synonyms() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Measure nouns that count one thing under two names (``measure_synonyms.tsv``): (word ->
    class, for figures of any dimension; (word, dimension) -> class, for figures of one only)."""
    anywhere: dict[str, str] = {}
    by_dimension: dict[tuple[str, str], str] = {}
    for measure, words, *dimension in _rows("measure_synonyms.tsv"):
        for word in _split(words):
            if dimension:
                by_dimension[(word, dimension[0])] = measure
            else:
                anywhere[word] = measure
    return anywhere, by_dimension


@cache
def crowd_verbs() -> dict[str, str]:
    """Verbs whose bare number subject counts a crowd -> what it counts (``crowd_verbs.tsv``):
    "10,000 gathered" counts people."""
    return {verb: counted for verb, counted in _rows("crowd_verbs.tsv")}


@cache
def unit_rows() -> tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...]], ...]:
    """The units of ``units.tsv``: (pint name, dimension, symbol, aliases, exact-case aliases)."""
    return tuple((pint_name, dimension, symbol, _split(aliases), _split(rest[0] if rest else ""))
                 for pint_name, dimension, symbol, aliases, *rest in _rows("units.tsv"))


@cache
def currency_rows() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...]:
    """The currencies of ``currencies.tsv``: (ISO 4217 code, names, exact-case marks, names of
    its hundredth, exact-case marks of its hundredth)."""
    return tuple((code, _split(names), *(_split(col) for col in (rest + ["", "", ""])[:3]))
                 for code, names, *rest in _rows("currencies.tsv"))


@cache
def attached_units() -> tuple[str, ...]:
    """Units written onto the digits with no space ("40C", "58km", "70mph"), as written, in file order."""
    return tuple(written for written, _ in _rows("attached_units.tsv"))


@cache
def attached_unit_symbols() -> dict[str, str]:
    """Each unit written onto the digits -> the unit of units.tsv it stands for ("C" -> "°C", "kmh" -> "km/h")."""
    return dict(_rows("attached_units.tsv"))


def attached_unit_pattern() -> str:
    """A regular expression (no groups) for one unit of ``attached_units()``, case as written."""
    return "|".join(re.escape(unit) for unit in attached_units())


def _split(column: str) -> tuple[str, ...]:
    return tuple(a for a in column.split("|") if a)


# ---------------------------------------------------------------- time zones


@cache
def zone_abbreviations() -> dict[str, datetime.tzinfo]:
    """Zone abbreviations -> zone. Generic labels (ET, PT, UK) follow DST through zoneinfo;
    specific ones (EST, PDT, BST, ...) are the fixed offset they name, whatever the date."""
    table: dict[str, datetime.tzinfo] = {}
    for abbreviation, offset, *rest in _rows("zone_abbreviations.tsv"):
        country = rest[0] if rest else ""
        table[abbreviation] = _country_zone(country, _offset(offset)) if country else _fixed(_offset(offset))
    return table


@cache
def season_slip_zones() -> dict[str, datetime.tzinfo]:
    """Standard/daylight labels read as their region's clock when the date is known ("EST" -> ET's zone)."""
    zones = zone_abbreviations()
    return {abbreviation: zones[rest[1]] for abbreviation, _, *rest in _rows("zone_abbreviations.tsv")
            if len(rest) > 1 and rest[1]}


def _offset(text: str) -> datetime.timedelta:
    sign = -1 if text.startswith("-") else 1
    hours, minutes = text.lstrip("+-").split(":")
    return sign * datetime.timedelta(hours=int(hours), minutes=int(minutes))


def _fixed(offset: datetime.timedelta) -> datetime.timezone:
    """A fixed UTC offset; its name is "UTC" or "UTC+03:30" (what ``ClockTime.zone`` shows)."""
    return datetime.timezone(offset)


def _country_zone(country: str, standard: datetime.timedelta) -> datetime.tzinfo:
    """The first zone tzdata's zone.tab lists for ``country`` at this standard offset that keeps DST."""
    from zoneinfo import ZoneInfo

    for code, zone in zone_table():
        if code != country:
            continue
        tz = ZoneInfo(zone)
        winter, summer = (datetime.datetime(2024, month, 15, 12, tzinfo=tz).utcoffset() for month in (1, 7))
        if standard in (winter, summer) and winter != summer and min(winter, summer) == standard:
            return tz
    raise LookupError(f"zone.tab has no zone of {country} at UTC{standard} with daylight saving time")


@cache
def zone_table() -> tuple[tuple[str, str], ...]:
    """(country code, IANA zone) in tzdata's zone.tab order: within a country, most populous first."""
    text = _tzdata_file("zone.tab")
    return tuple((cols[0], cols[2]) for line in text.splitlines()
                 if line and not line.startswith("#") for cols in [line.split("\t")])


def _tzdata_file(name: str) -> str:
    """A table of the ``tzdata`` package (a dependency), else of the system's zone files."""
    try:
        return files("tzdata.zoneinfo").joinpath(name).read_text(encoding="utf-8")
    except ModuleNotFoundError:  # pragma: no cover - tzdata is a dependency
        with open(f"/usr/share/zoneinfo/{name}", encoding="utf-8") as handle:
            return handle.read()


@cache
def clock_words() -> frozenset[str]:
    """Words after a figure that make it a clock time: zone abbreviations (casefolded) and a.m./p.m."""
    zones = frozenset(a.casefold() for a, *_ in _rows("zone_abbreviations.tsv"))
    return zones | {"am", "pm", "am.", "pm.", "a.m.", "p.m.", "a.m", "p.m"}


# ---------------------------------------------------------------- places (generated: build_gazetteer.py)


#: The columns of ``places.tsv``, in order (see ``build_gazetteer.PLACE_COLUMNS``).
PLACE_COLUMNS = 8


@cache
def place_rows() -> tuple[tuple[str, ...], ...]:
    """The rows of ``places.tsv``, each padded to its eight columns: key, kind, country, code,
    population, zone, capital ("1" or ""), spellings ("|"-separated)."""
    return tuple(row + ("",) * (PLACE_COLUMNS - len(row)) for row in _rows("places.tsv"))


@cache
def owner_names() -> dict[str, str]:
    """Names, demonyms and large capitals -> the key of the country they stand for (``owners.tsv``)."""
    return {name: owner for name, owner in _rows("owners.tsv")}


# ---------------------------------------------------------------- word lists (one TOML file per module)


@cache
def word_lists(name: str) -> dict[str, Any]:
    """The sections of ``name.toml`` in this folder, each named after the constant it gives.

    A section holding only ``words`` is a frozenset of them, only ``ordered`` a tuple in the order
    written; any other section is a table, its arrays read as tuples.
    """
    import tomllib

    with files(__name__).joinpath(f"{name}.toml").open("rb") as handle:
        sections = tomllib.load(handle)
    return {title: _section(section) for title, section in sections.items()}


def _section(section: dict[str, Any]) -> Any:
    if set(section) == {"words"}:
        return frozenset(section["words"])
    if set(section) == {"ordered"}:
        return tuple(section["ordered"])
    return {key: tuple(value) if isinstance(value, list) else value for key, value in section.items()}


class WordLists:
    """The lists of one ``NAME.toml``, read on the first attribute asked for and kept.

    ``derived`` builds a constant from others (``PLACE_SUFFIXES`` from ``PLACE_KIND_NOUNS`` and its
    own section); it is given this object and may read any list of it.
    """

    def __init__(self, name: str, derived: dict[str, Callable[[WordLists], Any]] | None = None) -> None:
        self._name = name
        self._derived = derived or {}

    def raw(self, title: str) -> Any:
        """A section as the file writes it, before any ``derived`` builder."""
        return word_lists(self._name)[title]

    def __getattr__(self, title: str) -> Any:
        if title.startswith("_"):
            raise AttributeError(title)
        if title in self._derived:
            value = self._derived[title](self)
        elif title in word_lists(self._name):
            value = word_lists(self._name)[title]
        else:
            raise AttributeError(f"{self._name}.toml has no list {title}")
        setattr(self, title, value)
        return value

    def module_getattr(self, namespace: MutableMapping[str, Any]) -> Callable[[str], Any]:
        """A module ``__getattr__`` (PEP 562) that serves these lists as the module's constants and
        keeps each in the module's ``namespace`` once read (``globals()``)."""

        def module_getattr(title: str) -> Any:
            value = getattr(self, title)
            namespace[title] = value
            return value

        return module_getattr
