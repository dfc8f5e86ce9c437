"""Who a pronoun of an event stands for: the nearest earlier entity of its kind, never one in its
own clause, nor the person its clause names on the other side, nor a name after a subject pronoun
of its gender (docs/events.md, "Pronouns"). A guess the text does not settle is no answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..normalize import event_words as lexicon
from ..normalize.measures import owner_key
from ..normalize.places import timezone_for_place
from ..normalize.referents import entity_key, entity_relation
from .cache import ents_of, sent_of, sents_of
from .context import normalize_name
from .event_phrases import _subject, described_between

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token


def antecedent(tok: "Token", country: bool | None, verb: "Token", other: str | None = None) -> str | None:
    """The nearest earlier entity a pronoun or "the country" stands for, never one in the pronoun's
    own clause nor the person ``other`` its clause names on the other side ("He shot Halvik" after
    "the house that Lena Halvik owned": "he" is not Halvik); "he"/"she" look back
    ``PRONOUN_WINDOW`` sentences, "it" takes only a subject of its own sentence ("Velmora said it
    captured ..."), as things are "it" too (docs/events.md)."""
    kinds = lexicon.PRONOUN_KINDS.get(tok.lower_) if country is None else ("GPE",)
    if not kinds:
        return None
    doc, own = tok.doc, {t.i for t in verb.subtree} - _subordinate_subjects(tok, verb)
    sents = list(sents_of(doc))
    here = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
    back = lexicon.PRONOUN_WINDOW if kinds == ("PERSON",) or country is not None else 0
    window_start = sents[max(0, here - back)].start
    found = [e for e in ents_of(doc) if window_start <= e.start and e.end <= tok.i and e.label_ in kinds
             and e.root.i not in own and not (e.label_ == "PERSON" and timezone_for_place(e.text))
             and not (other and e.label_ == "PERSON" and entity_relation(normalize_name(e.text), other) == "same")]
    if country is not None:
        found = [e for e in found if bool(owner_key(e.text)) == country]
    subjects = [e for e in found if e.root.dep_ in ("nsubj", "nsubjpass")]
    if country is None and tok.lower_ == "it":
        found = subjects
    if not found:
        return None
    if kinds == ("PERSON",):  # prefer the one a sentence is about: "Varga ... Okafor, and he"
        chosen = (subjects or found)[-1]
        own |= {a.i for a in (_subject(verb),) if a is not None}  # "a staff member ended up suing her"
        if described_between(doc, chosen.end, tok.i, own):
            return None
        earlier = _pronoun_subject_before(chosen, tok)
        if earlier is not None:  # "He burst in and shot Deputy Ruiz. ... he shot Halvik": who "He" is
            return antecedent(earlier, None, earlier.head, other)
        return normalize_name(chosen.text)
    return entity_key(found[-1].text)


def _pronoun_subject_before(name: "Span", tok: "Token") -> "Token | None":
    """The subject pronoun of ``tok``'s gender before a name that is not its sentence's subject
    ("She returned with a .38 Magnus ... she opened fire"): the person that pronoun stands for,
    not the name after it, is who ``tok`` more likely stands for."""
    gender = lexicon.PRONOUN_SUBJECTS.get(tok.lower_)
    if gender is None or name.root.dep_ in ("nsubj", "nsubjpass"):
        return None
    earlier = next((t for t in tok.doc[sent_of(name.root).start:name.start]
                    if t.lower_ == gender and t.dep_ in ("nsubj", "nsubjpass")), None)
    return None if earlier is not None and _names(earlier, name.root) else earlier


def _names(pronoun: "Token", name: "Token") -> bool:
    """Whether the name says who the pronoun is: "He has been named as Tom Halvik", "She is Lena
    Okafor" (the name hangs from the pronoun's own verb, as its complement or by "as")."""
    verb = pronoun.head
    return (name.dep_ in ("attr", "oprd") and name.head == verb) or (
        name.dep_ == "pobj" and name.head.lower_ == "as" and name.head.head == verb)


def _subordinate_subjects(tok: "Token", verb: "Token") -> set[int]:
    """An object pronoun may stand for the subject of a clause subordinate to its verb: in "when
    Okafor tried to stop him, the gunman shot her", "her" is Okafor. A subject pronoun may not
    ("after the gunman shot Okafor, he fled" is the gunman's flight), nor a name the verb itself
    governs ("Okafor shot her" is someone else)."""
    if tok.dep_ not in ("dobj", "pobj", "dative"):
        return set()
    return {t.i for clause in verb.children if clause.dep_ == "advcl"
            for subj in clause.children if subj.dep_ == "nsubj" for t in subj.subtree}
