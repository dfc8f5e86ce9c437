"""Events told by a noun: "the arrest of Tunde Okafor", "Okafor's death", "Mendes's escape".

Outlets tell one event with a verb or with its noun ("Okafor was arrested" / "since Okafor's
arrest"); read as the verb would be, the two meet. A noun of ``EVENT_NOMINALS`` gives the
verb it stands for; its object is its "of" phrase, or its possessive when the table says the
possessive is what the act was done to ("Okafor's arrest"); otherwise the possessive is the
actor ("Mendes's escape"), and a "by" phrase is the actor too ("the arrest of X by police").
A noun that does not name whom the act was done to (or, for "escape", who did it), a hedge ("the attempted
murder", "a possible arrest"), a modifier of another noun ("murder charges") or a date for its
possessive ("Saturday's shooting") states no checkable event. See docs/events.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..normalize import event_words as lexicon
from .event_phrases import _child, _Clause, _pobjs

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


def noun_clause(noun: "Token") -> _Clause | None:
    """The event a noun of ``EVENT_NOMINALS`` states, as a clause like a verb's, or None."""
    entry = lexicon.EVENT_NOMINALS.get(noun.lemma_.casefold())
    if entry is None or noun.dep_ in ("compound", "nmod", "amod"):
        return None
    if any(c.lower_ in lexicon.NOMINAL_HEDGES for c in noun.children if c.dep_ in ("amod", "det", "compound")):
        return None
    verb, possessive_is_object = entry
    clause = _Clause(verb=noun, action=verb, in_table=True)
    owner = _child(noun, "poss")
    if owner is not None and (owner.ent_type_ in ("DATE", "TIME") or owner.pos_ == "PRON"):
        owner = None  # "Saturday's shooting"; "his arrest" names no one this rule may trust
    of = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)), None)
    by = next((p for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for p in _pobjs(c)), None)
    if possessive_is_object:
        clause.object, clause.actor = of or owner, by
    else:
        clause.actor, clause.object = owner or by, of
    if (clause.object if possessive_is_object else clause.actor) is None:
        return None  # "the killing by police": whom? (the patient of an arrest or a death must be named)
    if verb in lexicon.PATIENT_SUBJECT:  # "the death of X": X died
        clause.actor = None
    return clause
