"""What a figure counts: measure classes, and whose figure it is (owners).

Two claims can only be the same fact when their measures fall in the same class
("died" and "killed"; "wounded" and "injured"; "fled" and "left the country").
The tables are small on purpose: a word missing here keeps its own lemma as its
class, so it still aligns with itself and never with something else.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz, process

from ..data import WordLists, measure_synonyms


def _by_word(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """A table of class -> words as word -> class."""
    return {word: cls for cls, words in table.items() for word in words}


_LISTS = WordLists("measures", derived={
    "MEASURE_CLASSES": lambda lists: _by_word(lists.raw("MEASURE_CLASSES")),
    "OWNERS": lambda lists: _by_word(lists.raw("OWNERS")),
    "CONTEXT_SYNONYMS": lambda lists: _by_word(lists.raw("CONTEXT_SYNONYMS")),
})
#: The word lists of ``factcheck/data/measures.toml``, read on first use: MEASURE_CLASSES (lemma ->
#: measure class), EVENT_CLASSES, INCREMENT_WORDS, TWO_WAY_COUNTS, CUMULATIVE_CLASSES, KIN_NOUNS, PERSON_NOUNS,
#: OWNERS (informal names of countries and blocs -> owner key), CONTEXT_SYNONYMS (lemma -> class).
__getattr__: Any = _LISTS.module_getattr(globals())

#: A demonym spelled within this similarity (rapidfuzz ratio, 0-100) of a known
#: one is taken as it: "Tarsans" (93 to "tarsians") yes, "Austrian" to
#: "russian" (80) no. Chosen from the seeds' typos and a list of look-alike
#: demonym pairs (iranian/iraqi 62, sudanese/south sudanese 76).
OWNER_MIN_SIMILARITY = 90


@cache
def owners() -> dict[str, str]:
    """Names that stand for a country or bloc -> its owner key (the gazetteer's country key).

    ``OWNERS``, then for every country: its names (GeoNames, ISO 3166), its capital when large and
    what its name names first, and its demonym with the plural ("Norwegian", "Norwegians"): the
    generated ``owners.tsv`` (``factcheck.data.build_gazetteer``), read on first use.
    """
    from ..data import owner_names

    informal = _LISTS.OWNERS
    return {**{name: key for name, key in owner_names().items() if name not in informal}, **informal}


@lru_cache(maxsize=4096)
def owner_key(text: str) -> str | None:
    """The owner a demonym or country name stands for ("Tarsans" -> "tarsia"), or None."""
    key = anyascii(text).casefold().strip().removeprefix("the ")
    table = owners()
    if key in table:
        return table[key]
    if len(key) < 5:
        return None
    match = process.extractOne(key, table.keys(), scorer=fuzz.ratio, score_cutoff=OWNER_MIN_SIMILARITY)
    return table[match[0]] if match else None


def context_word(lemma: str) -> str:
    """A context lemma folded to its synonym class."""
    return _LISTS.CONTEXT_SYNONYMS.get(lemma, lemma)


def measure_class(lemma: str) -> str:
    """The synonym class of a measure lemma: an event class, else a class of measure nouns that
    count one thing under two names ("catches" / "receptions", data/measure_synonyms.tsv); an
    unknown lemma is its own class."""
    key = lemma.casefold()
    return _LISTS.MEASURE_CLASSES.get(key) or measure_synonyms()[0].get(key, key)


def dimension_class(measure_class: str, dimension: str) -> str:
    """The class of a measure in a figure of ``dimension``: a noun that names only the dimension
    ("a price of $119.99" is a sum of money) takes the dimension's class; others stay."""
    return measure_synonyms()[1].get((measure_class, dimension.split(":")[0]), measure_class)
