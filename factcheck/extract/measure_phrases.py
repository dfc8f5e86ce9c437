"""What a counted noun's own phrase makes a figure measure, beyond the noun: a margin or a kind of
play a score unit names ("a 10-point lead", "led by 18 points", "a three-point play"), a place's
population ("home to 120,000 people"). The words are in ``factcheck/data/measure_phrases.toml``
(SCORE_UNITS, MARGIN_WORDS, SCORE_KINDS, POPULATION_NOUNS), read on first use; docs/amounts.md."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..data import WordLists
from ..normalize import event_words as lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

_LISTS = WordLists("measure_phrases")
__getattr__: Any = _LISTS.module_getattr(globals())


def hyphen_modifier(noun: "Token", number: "Token") -> bool:
    """Whether the number and a ``SCORE_UNITS`` noun are one hyphenated modifier of a noun after
    them ("a 10-point lead", "a three-point play", "a 40-yard touchdown"): the figure is that
    noun's size or kind, not a count of points scored (a lead of 10 points is no player's 10
    points, a three-point play no count of three). Other units keep counting what they count: "a
    six-storey building" has six storeys, "a 125-seat parliament" 125 seats."""
    doc = noun.doc
    return (noun.i == number.i + 2 and doc[number.i + 1].text == "-" and noun.lemma_.casefold() in _LISTS.SCORE_UNITS
            and noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ == "NOUN" and noun.head.i > noun.i)


def margin(noun: "Token") -> bool:
    """Whether a score is what one side is ahead by: "led by 18 points", "won by 15 points"."""
    return (noun.lemma_.casefold() in _LISTS.SCORE_UNITS and noun.dep_ == "pobj" and noun.head.lower_ == "by"
            and noun.head.head.lemma_.casefold() in _LISTS.MARGIN_WORDS)


def compound_head(noun: "Token") -> "Token":
    """The noun a chain of compounds ends in ("four-step scoring system": system), as
    ``_counted_noun`` climbs it for a number written without a hyphen."""
    head = noun.head
    while head.dep_ in ("compound", "nmod") and head.head.pos_ == "NOUN" and head.head.i > head.i:
        head = head.head
    return head


def population(noun: "Token") -> bool:
    """Whether a count of people is how many live in a place: "home to 120,000 people", or people
    a place has ("the island, which has about 200,000 residents", "Velmar has 40,000 inhabitants")."""
    if noun.lemma_.casefold() not in _LISTS.POPULATION_NOUNS:
        return False
    if noun.head.lower_ == "to" and noun.head.head.lower_ == "home":
        return True
    if noun.dep_ != "dobj" or noun.head.lemma_ != "have":
        return False
    owner = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if owner is not None and owner.tag_ == "WDT" and noun.head.dep_ == "relcl":
        owner = noun.head.head  # "the island, which has ...": the island
    return owner is not None and (owner.ent_type_ in ("GPE", "LOC")
                                  or owner.lemma_.casefold() in lexicon.PLACE_KIND_NOUNS)
