"""Events: action classes, and when two events are one.

Pure functions over strings and ``Event`` values (no spaCy): ``action_class`` ("seize" ->
"capture"), ``event_noun_class``, and what align and compare ask of two events
(``events_may_align``, ``event_similarity``, ``event_difference``), judged on their referents
(``referents``: ``same_entity``, ``entity_relation``, ``same_place``). The tables are in
``event_words``. See docs/events.md.
"""

from __future__ import annotations

import re

from ..types import Event
from .event_words import ACTION_CLASSES, EVENT_NOUNS, TARGET_CLASSES, WEAPONS
from .referents import entity_relation, same_entity, same_place, singular

#: event_similarity weights: the object names the incident most, then the actor, then the place.
SIMILARITY_WEIGHTS = {"object": 0.45, "actor": 0.3, "place": 0.2, "time": 0.05}

_QUOTED = re.compile(r"[“\"«][^”\"»\n]*(?:[”\"»\n]|\Z)")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (curly or straight); a line break closes a quote."""
    return [m.span() for m in _QUOTED.finditer(text)]


def action_class(lemma: str) -> str:
    """The synonym class of a verb lemma or phrase ("seize" -> "capture"); unknown: the lemma itself."""
    key = " ".join(lemma.casefold().split())
    return ACTION_CLASSES.get(key, key)


def is_action(lemma: str) -> bool:
    """Whether a verb lemma or phrase is in the action table (a checkable kind of event)."""
    return " ".join(lemma.casefold().split()) in ACTION_CLASSES


def event_noun_class(lemma: str) -> str | None:
    """The action an event noun names ("explosion" -> "explode"), or None; "a shell" is a weapon."""
    word = lemma.casefold()
    return None if word in WEAPONS else EVENT_NOUNS.get(singular(word), EVENT_NOUNS.get(word))


def events_may_align(a: Event, b: Event) -> bool:
    """Whether two events can be one incident: same action class and a shared anchor.

    The anchor is the object when both state one (a missile hitting a building and one
    hitting a border post are two incidents), else the actor when both state one, else
    the place; a shot fired at someone is not the shooting told with no target. Events with
    nothing to anchor them never align, nor on an actor named only by
    resolving a pronoun ("he stays" / "Smith has stayed": the guess is all that joins them).
    What one tells as its object the other may tell as where: with no other anchor, the one's
    object and the other's place anchor them ("a fire burned the Elm Street mill" / "the fire
    at the Elm Street mill"). An object anchor does not
    hold when both actors are generic descriptions of different kinds ("residents
    evacuated their buildings" / "office workers evacuated several buildings"): two
    groups, two events.
    """
    if action_class(a.action) != action_class(b.action) or a.ongoing != b.ongoing:
        return False  # "has been fighting rebels" (for months) is not "fought rebels Thursday"
    if action_class(a.action) in TARGET_CLASSES and bool(a.object) != bool(b.object):
        return False  # "opened fire" (the shooting) / "fired at Okafor" (one shot of it)
    if a.object and b.object:
        return bool(same_entity(a.object, b.object)) and entity_relation(a.actor, b.actor) != "different"
    if a.actor and b.actor:  # a pronoun's guessed antecedent is no anchor: no verdict rests on a guess
        return bool(same_entity(a.actor, b.actor)) and "actor" not in a.guessed + b.guessed
    if a.place and b.place:
        return bool(same_place(a.place, b.place))
    for x, y in ((a, b), (b, a)):  # "a fire burned the X creamery" / "the fire occurred at the X creamery"
        if x.object and not x.place and y.place and not y.object:
            return bool(same_entity(x.object, y.place))
    return False


def event_similarity(a: Event, b: Event) -> float:
    """0..1 for ranking candidate pairs: 0 for different actions; stated fields that agree count."""
    if action_class(a.action) != action_class(b.action):
        return 0.0
    checks = {
        "object": same_entity(a.object, b.object),
        "actor": same_entity(a.actor, b.actor),
        "place": same_place(a.place, b.place),
        "time": None if not (a.time and b.time) else a.time.casefold() == b.time.casefold(),
    }
    score = sum(w * (0.5 if checks[f] is None else float(checks[f])) for f, w in SIMILARITY_WEIGHTS.items())
    return round(score, 4)


def event_difference(a: Event, b: Event) -> str | None:
    """Why two aligned events conflict ("negated in one", "actor: x vs y", ...), or None if compatible.

    An actor or object differs only when both are specific, distinct named referents
    (``entity_relation`` "distinct": a misattribution); a description and a name, or two
    descriptions, never conflict. Places are named, so two places that differ do.
    Time is not compared: reports of one event give its time in different zones and words.
    """
    if action_class(a.action) != action_class(b.action):
        return f"action: {a.action} vs {b.action}"
    if a.negated != b.negated:
        return "negated in one"
    for name in ("actor", "object"):
        va, vb = getattr(a, name), getattr(b, name)
        if entity_relation(va, vb) == "distinct":
            return f"{name}: {va} vs {vb}"
    if same_place(a.place, b.place) is False:
        return f"place: {a.place} vs {b.place}"
    return None
