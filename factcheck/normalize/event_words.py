"""The word lists events are judged by: action classes, event nouns, noun classes, noise tables.

Tables only (and the small builders that derive one list from others): which verbs and phrases are
one action (``ACTION_CLASSES``), which nouns name an event or the same kind of thing, which verbs,
copulas and modals state no event, which heads are concrete, which prepositions say where, and who
an actor is for conflicts (state organs, sides, kinds); with them the two windows extract reads by
(``BACKGROUND_YEARS``, ``PRONOUN_WINDOW``). The words are in ``factcheck/data/event_words.toml``, one
section per constant with its comment, read on first use (PEP 562 ``__getattr__``).
``normalize.referents`` and ``normalize.events`` compare events with them and ``extract.events``
reads events off the parse with them. See docs/events.md, "The tables".
"""

from __future__ import annotations

from typing import Any

from ..data import WordLists
from . import measures


def _classes(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """A table of class -> words as word -> class, each class its own word."""
    return {word: cls for cls, words in table.items() for word in [cls, *words]}


def _action_classes(lists: WordLists) -> dict[str, str]:
    """``ACTION_CLASSES`` as written, with each ``ACT_OBJECTS`` class and every "verb noun" of
    ``ACT_VERBS`` and ``ACT_OBJECTS`` ("impose sanction" -> "sanction")."""
    classes = _classes(lists.raw("ACTION_CLASSES"))
    classes.update({cls: cls for cls in lists.ACT_OBJECTS.values()} | {
        f"{verb} {noun}": cls for verb in lists.ACT_VERBS for noun, cls in lists.ACT_OBJECTS.items()})
    return classes


def _generic_heads(lists: WordLists) -> frozenset[str]:
    hypernyms = lists.HYPERNYMS
    return (lists.CONCRETE_HEADS | measures.PERSON_NOUNS | lists.WEAPONS | frozenset(hypernyms)
            | frozenset().union(*hypernyms.values())
            | frozenset(w for cls in lists.NOUN_CLASSES.values() for w in cls.split())
            | frozenset(lists.CLASS_AFTER_CLASS)
            | frozenset(lists.EVENT_NOUNS) | lists.raw("GENERIC_HEADS")) - lists.STATE_ORGANS - lists.SIDES


_LISTS = WordLists("event_words", derived={
    "ACTION_CLASSES": _action_classes,
    "EVENT_NOUNS": lambda lists: _classes(lists.raw("EVENT_NOUNS")),
    "NOUN_CLASSES": lambda lists: _classes(lists.raw("NOUN_CLASSES")),
    "PLACE_SUFFIXES": lambda lists: lists.PLACE_KIND_NOUNS | lists.raw("PLACE_SUFFIXES"),
    "HYPERNYMS": lambda lists: {kind: frozenset(words) for kind, words in lists.raw("HYPERNYMS").items()},
    "GENERIC_HEADS": _generic_heads,
})
__getattr__: Any = _LISTS.module_getattr(globals())

#: A dated clause this many years before the article's reference year is background.
BACKGROUND_YEARS = 1
#: spaCy entity labels that make an actor or object concrete.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT"})
#: Sentences back that a pronoun's antecedent may be in.
PRONOUN_WINDOW = 2
