"""Noun phrases, places and times read off the parse: the token-level helpers of the event walk.

Given a token, what it names: the phrase without counts, determiners or relative clauses
(``_core_tokens``), the phrase as written for a claim's span (``_written_tokens``), what a partitive or
"the town of" phrase names (``_unwrap``), an actor's or object's value string (``_value_of``), the places
a prepositional object names (``_places_in``), the dates and times hanging from a verb
(``_time_of``), and who the source of a statement is or speaks for (``source_sides``).
``extract.events`` walks the clauses with these (docs/events.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from ..normalize import event_words as lexicon
from ..normalize import measures
from ..normalize.measures import owner_key
from ..normalize.places import normalize_place, timezone_for_place
from ..normalize.referents import entity_key, is_concrete
from ..normalize.speakers import HEAD_TITLES
from .cache import entity_labels
from .context import PLACE_LABELS, normalize_name, source_tokens, subject_of
from .context import _entity_text as entity_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token


@dataclass
class _Clause:
    """A candidate event (a verb, or an event noun) while it is being read off the parse (tokens, not yet values)."""

    verb: "Token"
    action: str
    actor: "Token | None" = None
    object: "Token | None" = None
    actor_text: str | None = None  # an antecedent's name, for a resolved pronoun
    object_text: str | None = None
    negated: bool = False
    in_table: bool = False
    noun_event: bool = False
    light: bool = False  # "took control of X": the verb's direct object is part of the action
    extra: list = field(default_factory=list)  # more tokens of the clause's span (an event noun)
    where: "Token | None" = None  # an event noun's object, searched for its place only
    goal: "Token | None" = None  # the object of the action's preposition ("landed in *Eastport*")


#: Entity labels of a moment: a word tagged so is when, never who or what ("Saturday, 6,000
#: sites had been infected"; "fired by Varga last year", parsed as "year" with "Varga" hung on it).
MOMENT_LABELS = frozenset({"DATE", "TIME"})


def is_moment(tok: "Token") -> bool:
    """A word of a date or time that the article never tags as anything else."""
    return tok.ent_type_ in MOMENT_LABELS and not entity_labels(tok) - MOMENT_LABELS


def _unwrap(tok: "Token | None") -> "Token | None":
    """"Some of those explosions" names the explosions, "the town of Eastport" Eastport; a moment
    with a name the parse hung on it ("by Varga last year") names that; a description the text
    names ("the woman, identified as Lena Okafor") that name."""
    if tok is None:
        return None
    if is_moment(tok):
        return next((c for c in tok.children if c.dep_ in ("nmod", "compound", "poss")
                     and not is_moment(c) and c.pos_ in ("PROPN", "NOUN")), tok)
    named_as = _named_as(tok)
    if named_as is not None:
        return named_as  # "the woman, identified by the police as Lena Okafor": Okafor
    of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)]
    if tok.lower_ in lexicon.PARTITIVES:
        return _unwrap(of[0]) if of else tok
    named = [p for p in of if p.pos_ == "PROPN" and p.text[:1].isupper()]
    return named[0] if named and tok.lemma_.casefold() in lexicon.PLACE_KIND_NOUNS else tok


def source_sides(verb: "Token") -> list[str]:
    """Keys of who the source the sentence gives for ``verb``'s clause is or speaks for: the
    reporting verb's subject and the "according to" source, with the nouns their phrases name
    ("Lena Varga, a spokeswoman for the Northland army" -> "lena varga", "spokeswoman",
    "northland forces"; "the army's spokesman" -> "army")."""
    sides = []
    for source in source_tokens(verb):
        if source is None:
            continue
        for tok in source.subtree:
            if (tok.i == source.i or tok.dep_ in ("appos", "poss", "pobj", "conj")) and tok.pos_ in ("NOUN", "PROPN"):
                sides.append(_value_of(tok, None))
    return [s for s in sides if s]


def _value_of(tok: "Token | None", resolved: str | None) -> str | None:
    """The value string of an actor/object: a person's name, else the key of its noun phrase."""
    if resolved is not None or tok is None:
        return resolved
    name = entity_text(tok)
    if tok.ent_type_ == "PERSON" and not timezone_for_place(name) and not owner_key(name):
        return normalize_name(name)  # "Greeks" tagged as a person are a people, not a name
    return entity_key(_phrase(tok) + _origin(tok))


def _named_as(tok: "Token") -> "Token | None":
    """The person a description is named as by a participle after it ("the woman, identified by the
    police as Lena Okafor", "a man named as Tom Halvik"), or None."""
    for acl in tok.children:
        if acl.dep_ == "acl" and acl.lemma_.casefold() in lexicon.NAMING_PARTICIPLES:
            for prep in acl.children:
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    name = next((p for p in _pobjs(prep) if p.pos_ == "PROPN" and p.text[:1].isupper()), None)
                    if name is not None:
                        return name
    return None


def _origin(tok: "Token") -> str:
    """" of Velmora" / " from Velmora" when the phrase names a country it belongs to or comes from:
    "the government of Velmora", "military aircraft from Velmora" (entity_key puts it first)."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in lexicon.ORIGIN_PREPS and tok.lower_ not in lexicon.PARTITIVES:
            for pobj in _pobjs(prep):
                country = owner_key(entity_text(pobj)) if pobj.ent_type_ in ("GPE", "NORP") else None
                if country:
                    return f" {prep.lower_} {country}"
    return ""


def _phrase(tok: "Token") -> str:
    """The core phrase as text; words the core skips leave a space ("Tunde (TJ) Okafor", "a 60-year-old,
    terminally ill woman": the brackets and the comma go, the words stay apart)."""
    core = _core_tokens(tok)
    return "".join(t.text + (t.whitespace_ or (" " if n + 1 < len(core) and core[n + 1].i != t.i + 1 else ""))
                   for n, t in enumerate(core)).strip()


def _core_tokens(tok: "Token") -> list["Token"]:
    """The noun phrase without relative clauses, appositions, prepositions, counts or determiners."""
    skip = {t.i for c in tok.children if c.dep_ in ("relcl", "acl", "appos", "prep", "punct", "cc", "conj",
                                                      "advcl", "det", "predet")
            or (c.dep_ == "amod" and c.pos_ == "VERB" and any(True for _ in c.children))  # "men aged 18 to 60"
            for t in c.subtree}
    # counts anywhere in the phrase ("more than 60 Russian battalion groups"); "SU-27" is a name
    skip |= {t.i for c in tok.subtree if c.i not in skip and _is_count(c) for t in c.subtree}
    return [t for t in tok.subtree if t.i not in skip] or [tok]


def _is_count(tok: "Token") -> bool:
    return tok.dep_ in ("nummod", "quantmod") and tok.ent_type_ in ("", "CARDINAL", "QUANTITY")


def _places_in(obj: "Token", depth: int = 0) -> list[tuple[str, "Token"]]:
    """A place named by a prepositional object, its modifiers, or one "of" deeper ("outskirts of Eastport")."""
    out = [(p, obj) for p in [_place_name(obj)] if p]
    for mod in obj.children:
        if mod.dep_ in ("amod", "compound", "nmod") and (p := _owner_place(mod) or _place_name(mod)):
            out.append((p, obj))  # "in the Morvask region", "on Velmoran soil"
        elif mod.dep_ == "prep" and mod.lower_ == "of" and depth == 0:
            out += [pair for pobj in _pobjs(mod) for pair in _places_in(pobj, depth + 1)]
    return out


def _place_name(tok: "Token") -> str | None:
    text = entity_text(tok)
    if tok.ent_type_ in PLACE_LABELS or (tok.pos_ == "PROPN" and (timezone_for_place(text) or _named_place(tok))):
        return normalize_place(text) or None
    return None


def _named_place(tok: "Token") -> bool:
    """A proper noun the sentence itself calls a place, whatever the entity recognizer made of a name
    it does not know: "the town of Velmora", "Velmora, a village of 900 people"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.casefold() in lexicon.PLACE_KIND_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lemma_.casefold() in lexicon.PLACE_KIND_NOUNS for c in tok.children)


def _owner_place(tok: "Token") -> str | None:
    """The country a demonym names ("on Velmoran soil" -> "velmora"; "New Zealander" -> "new zealand")."""
    if tok.ent_type_ != "NORP" and tok.pos_ != "ADJ":
        return None
    words = [t for t in tok.subtree if t.dep_ in ("amod", "compound") or t == tok]
    whole = owner_key(" ".join(t.text for t in words)) if len(words) > 1 else None
    return whole or owner_key(tok.text)


#: Prepositions that place an actor, and with it the act when nothing else does ("workers *in* Lisbon");
#: "from" names where the actor came from, not where the act was.
ACTOR_PLACE_PREPS = ("in", "at")


def clause_places(clause: _Clause) -> list[tuple[str, "Token"]]:
    """(place, token naming it) for where the clause happens: the verb's prepositions, then the
    object's, else the actor's ("office workers in Lisbon")."""
    found: list[tuple[str, Token]] = []
    holders = [clause.verb] + [t for t in (clause.object, clause.where) if t is not None]
    if clause.noun_event:  # "explosions rocked Eastport": the verb's object is where
        found += [(p, c) for c in clause.verb.children if c.dep_ == "dobj" and (p := _place_name(_unwrap(c)))]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ in lexicon.PLACE_PREPS:
                found += [pair for obj in _pobjs(prep) for pair in _places_in(obj)]
    if not found and clause.actor is not None:  # "office workers in Lisbon evacuated buildings": where they are
        found += [pair for prep in clause.actor.children if prep.dep_ == "prep" and prep.lower_ in ACTOR_PLACE_PREPS
                  for obj in _pobjs(prep) for pair in _places_in(obj)]
    return found


def left_place(verb: "Token") -> "Token | None":
    """What a verb of leaving with no object left: the place its head verb went into, to or at,
    when it is that verb's conjunct ("had checked into the Elm clinic, but then left": left the
    clinic). Another place entered or visited before is another departure from another place."""
    if verb.dep_ != "conj":
        return None
    return next((p for c in verb.head.children if c.dep_ == "prep" and c.lower_ in lexicon.ENTERED_PREPS
                 for p in _pobjs(c)), None)


def ongoing(verb: "Token") -> bool:
    """Whether the clause tells something going on over time, not one incident: a present or
    perfect progressive ("is mobilising", "has been fighting", "is being shelled"), the complement
    of an ``ONGOING_HEADS`` verb ("continue to rage") or a habitual adverb ("regularly shells").
    A past progressive ("was chasing him when ...") is the background of one incident: not ongoing.
    A conjunct without auxiliaries of its own shares its head's ("has been fighting and shelling")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ == "conj" and not auxes and verb.tag_ == verb.head.tag_:
        return ongoing(verb.head)
    being = any(a.lower_ == "being" for a in auxes)  # "is being shelled"
    progressive = being or (verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes))
    if progressive and any(a.lower_ == "been" or a.tag_ in ("VBZ", "VBP") for a in auxes):
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.casefold() in lexicon.ONGOING_HEADS:
        return True
    return any(c.dep_ == "advmod" and c.lower_ in lexicon.HABITUAL_ADVERBS for c in verb.children)


def _time_of(verb: "Token") -> str | None:
    """DATE/TIME entities attached to the verb ("on Friday morning" -> "friday morning")."""
    return " ".join(t.lower_ for t in _attached(verb) if t.ent_type_ in ("DATE", "TIME")) or None


def _attached(verb: "Token") -> list["Token"]:
    """DATE/TIME phrases hanging from the verb itself: "Friday", "on Friday morning", "in 1949"."""
    heads = [c for c in verb.children if c.dep_ in ("npadvmod", "tmod", "advmod")]
    heads += [p for c in verb.children if c.dep_ == "prep" for p in _pobjs(c)]
    return sorted((t for h in heads if h.ent_type_ in ("DATE", "TIME") for t in h.subtree), key=lambda t: t.i)


def _child(tok: "Token", *deps: str) -> "Token | None":
    return next((c for c in tok.children if c.dep_ in deps), None)


def _pobjs(prep: "Token") -> list["Token"]:
    return [c for c in prep.children if c.dep_ == "pobj"]


def _written_tokens(tok: "Token") -> list["Token"]:
    """The phrase as written for the claim's span: its article, count and partitive included."""
    toks = _core_tokens(tok) + [t for c in tok.children if c.dep_ in ("det", "predet", "nummod") for t in c.subtree]
    if tok.head.lower_ == "of" and tok.head.head.lower_ in lexicon.PARTITIVES:
        toks.append(tok.head.head)  # "Some of those explosions"
    return toks


def _is_numeric(tok: "Token") -> bool:
    """A counted phrase: a number, or a noun with a count ("more than 60 groups")."""
    return tok.like_num or tok.ent_type_ in ("CARDINAL", "QUANTITY") or any(
        _is_count(c) and c.like_num for c in tok.subtree if c.i != tok.i)


def _concrete(tok: "Token", value: str, resolved: bool) -> bool:
    """A named entity, a capitalized proper noun, a resolved pronoun, or a listed concrete head noun;
    a capitalized word the article names as an entity elsewhere is one here too ("Varga fired ..."
    read as a common noun at the start of a sentence)."""
    return (resolved or any(t.ent_type_ in lexicon.ENTITY_LABELS for t in _core_tokens(tok))
            or (tok.pos_ == "PROPN" and tok.text[:1].isupper()) or is_concrete(value)
            or (tok.text[:1].isupper() and bool(entity_labels(tok) & lexicon.ENTITY_LABELS)))


#: Prepositions before a gerund that say its act was done ("fled after killing two people",
#: "has lived there since leaving the army"); "prevented from leaving", "plans for building" say not.
DONE_BEFORE = frozenset({"after", "since"})
#: The same for a gerund of means, when the clause it hangs from is active ("responded by
#: deploying troops": the one who responded deployed them); "was damaged by shelling ..." is not
#: the damaged thing's act.
DONE_BY = frozenset({"by"})


def _gerund_done(verb: "Token") -> bool:
    if verb.tag_ != "VBG" or verb.head.dep_ != "prep":
        return False
    prep = verb.head.lower_
    if prep in DONE_BY:
        clause = verb.head.head
        return clause.pos_ in ("VERB", "AUX") and not _marked_passive(clause)
    return prep in DONE_BEFORE


def _marked_passive(verb: "Token") -> bool:
    """A verb with a passive subject or auxiliary of its own ("was hit", "the town was taken")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def described_between(doc: "Doc", start: int, end: int, own: set[int]) -> bool:
    """Whether one person described, not named, is a subject between a name and a pronoun after it,
    outside the pronoun's own clause (``own``: "the officer, who shot him", "officers surrounded
    him" describe the actor, not the antecedent): in "Mueller is trying to determine whether the
    president had intent when he fired X", "he" may be either, and a guess is no antecedent."""
    people = _person_words()
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN" and not t.ent_type_ and t.i not in own
               and t.lemma_.casefold() in people and not any(c.dep_ == "relcl" and c.i in own for c in t.children)
               for t in doc[start:end])


@cache
def _person_words() -> frozenset[str]:
    """Nouns that describe one person: titles, people counted, kin."""
    return HEAD_TITLES | measures.PERSON_NOUNS | measures.KIN_NOUNS


def _subject(verb: "Token") -> "Token | None":
    """The subject, inherited over coordination and control, or the noun a participle describes;
    a gerund after "after" or "since" has the subject of the clause it hangs from ("was arrested
    after shooting two people": the one arrested shot them)."""
    tok = verb
    for _ in range(3):
        subj = subject_of(tok)
        if subj is not None:
            return subj
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            return tok.head
        if tok.dep_ == "pcomp" and _gerund_done(tok):
            tok = tok.head.head
            continue
        if tok.dep_ not in ("conj", "xcomp"):
            return None
        if tok.dep_ == "xcomp" and (told := _child(tok.head, "dobj")) is not None:
            return told  # object control: "told police LaCalamita loaded a shell" is LaCalamita's act
        tok = tok.head
    return None
