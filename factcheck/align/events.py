"""How events align: the same action class with the same object or actor.

Blocks are action classes ("capture", "strike"), so "captured" only meets
"seized". Two events are linked when ``events_may_align`` finds an anchor
(same object or same actor); different incidents ("a missile hit a residential
building" / "hit a border post") stay apart, and so do different groups acting on one
object ("residents" / "office workers" evacuating buildings).
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import replace

from ..normalize.events import action_class, event_difference, event_similarity, events_may_align
from ..normalize.referents import entity_relation, names_a_kind
from ..normalize.values import values_agree
from ..types import Claim, Event
from .pairs import value_only
from .rules import Rules
from .story import Story

#: Two events of one article this similar (and linked) are one event told twice:
#: a headline repeated in the body. Below it, they are two incidents of one kind.
#: 0.7 is the same object with nothing else both state (0.45 + 0.15 + 0.1 + 0.025 = 0.725:
#: "Okafor arrested" / "Okafor was arrested by the highway patrol", "Mendes's death" / "Mendes was
#: killed"); an actor that differs (0.575) or an object-less pair (0.65) stays below. At 0.75 those
#: repeats were apart and each one article's second claim a fact of its own (ecbplus-dev: 8 more
#: single-source events, 4 agreements told twice).
REPEAT_MIN_SIMILARITY = 0.7
#: Two object-less events of one article with the same named actor and nothing that differs (0.3 +
#: 0.225 + 0.1 + 0.025 = 0.65) are one event told twice: "Varga escaped" ... "Varga's escape"
#: (a description such as "police arrested" twice may be two arrests). Apart, an article's second
#: telling was a single-source fact beside the agreement its first joined, or the two joined two
#: agreements of one event (ecbplus-dev: 5 single-source events fewer, one agreement told twice
#: fewer; no other fact moves).
REPEAT_MIN_SIMILARITY_NO_OBJECT = 0.65


def _event(claim: Claim) -> Event:
    assert isinstance(claim.value, Event)
    return claim.value


def block_key(claim: Claim) -> Hashable:
    return action_class(_event(claim).action)


def linked(a: Claim, b: Claim) -> bool:
    return events_may_align(_event(a), _event(b))


def score(a: Claim, b: Claim) -> float:
    return event_similarity(_event(a), _event(b))


def repeat(a: Claim, b: Claim) -> bool:
    """A headline and the body telling one event are one claim; never on a pronoun's guessed
    antecedent ("he was slammed into a car", a plaintiff's words, is not "Mendes was hit")."""
    ea, eb = _event(a), _event(b)
    return (linked(a, b) and ea.negated == eb.negated and not (ea.guessed or eb.guessed)
            and score(a, b) >= _repeat_threshold(ea, eb))


def _repeat_threshold(a: Event, b: Event) -> float:
    named = all(e.actor and not names_a_kind(e.actor) for e in (a, b))
    return REPEAT_MIN_SIMILARITY_NO_OBJECT if named and not (a.object or b.object) else REPEAT_MIN_SIMILARITY


def rival(a: Claim, b: Claim) -> bool:
    return False


def rules(story: Story) -> Rules:
    """Events that differ join only when they may conflict (``event_conflict``): polarity, nothing guessed."""

    def evidenced(a: Claim, b: Claim) -> bool:
        return (linked(a, b) and not _surname_of_two(_event(a), _event(b), story.ambiguous)
                and (values_agree(a, b) or event_conflict(a, b)))

    return Rules(block_key=block_key, linked=evidenced, allowed=evidenced, score=score, repeat=repeat, rival=rival,
                 sees=value_only)  # every rule between articles reads the events only


def _surname_of_two(a: Event, b: Event, ambiguous: frozenset[str]) -> bool:
    """Whether an actor or object is written by a surname alone that the story gives two persons
    ("Ruiz's death" / "Ana Ruiz was killed", when the story names Eva Ruiz too): which is meant
    is a guess, and no verdict rests on a guess."""
    for x, y in ((a.object, b.object), (a.actor, b.actor)):
        wx, wy = (x or "").split(), (y or "").split()
        if wx and wy and wx != wy and wx[-1] == wy[-1] in ambiguous and min(len(wx), len(wy)) == 1:
            return True
    return False


def event_conflict(a: Claim, b: Claim) -> bool:
    """Whether two differing events may conflict: opposite polarity, nothing guessed, and the
    same actor named on both sides (a description such as "the player of the year" may be
    anyone, and three other players "failed to pass" the record he broke).

    A different actor or object is not a conflict but another event, or one referent
    named two ways (a team and its city); telling these apart needs knowledge
    the text rarely gives, so such events stay apart. A denial (``Event.denial``: "X had not
    shelled the town", said by X's spokesman) is one party's word in a dispute that the
    other side's accusation belongs to, not an account a source gives: it conflicts with nothing.
    """
    ea, eb = a.value, b.value
    assert isinstance(ea, Event) and isinstance(eb, Event)
    if ea.negated == eb.negated or ea.guessed or eb.guessed or ea.denial or eb.denial:
        return False
    if entity_relation(ea.actor, eb.actor) != "same":
        return False  # "three players failed to pass Okafor" / "the player of the year passed Okafor": who?
    return event_difference(replace(ea, negated=eb.negated), eb) is None
