"""What a figure is about, read off its clause: owners, places, time, scope, event.

A figure belongs to the noun phrase it counts ("Okafor's 66 yards", "17 of his team's
first 24 points") and to the clause it hangs from: the verb, its subject, objects and
prepositional objects ("Mendes scored 20 points against the Hawks on Saturday"). Named
entities there are its owners; DATE and TIME entities and time words its time; words
like "combined", "career" or "additional" its scope. A pronoun that stands for the owner
("He rushed for 66 yards") is kept as ``unresolved``: guessing its antecedent is how a
figure of one player ends up compared with another's.
Returns plain ``About`` values; spaCy tokens stay in this stage.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from anyascii import anyascii

from ..data import WordLists, clock_words
from ..normalize.event_words import GENERIC_HEADS
from ..normalize.places import normalize_place
from ..normalize.referents import bare_place
from ..normalize.speakers import ORG_WORDS, TITLE_WORDS, is_full_name, without_name_suffix
from ..normalize.units import parse_unit
from ..types import About, Anchor
from .cache import ents_in, ents_of, sent_of
from .context import subject_of
from .scope import SCOPE_VERBS, direction, during, nationwide, noun_phrase, scope_anchors

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

#: Entity types that name an owner of a figure (who or what it belongs to).
OWNER_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "LAW", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
TIME_LABELS = frozenset({"DATE", "TIME"})
_LISTS = WordLists("about")
#: The word lists of ``factcheck/data/about.toml``, read on first use: OWNER_PRONOUNS, TIME_WORDS,
#: PRESENT_WORDS, TIME_MODIFIERS.
__getattr__: Any = _LISTS.module_getattr(globals())
#: How many sentences back a pronoun looks for the one person it can stand for.
PRONOUN_WINDOW = 3
#: Links of a measure noun to the noun of a kind of thing it describes ("a .38-caliber revolver", "a
#: 12-gauge shotgun", not "a 15-point lead"): the figure is a property of that object, its holder.
HOLDER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
_KEY = re.compile(r"[^a-z0-9 ]+")
_MENTIONS = "factcheck-name-mentions"  # doc.user_data key of ``name_mentions``
PERIOD = re.compile(r"^(?:about |some |nearly |almost |more than |less than |over |under )?(?:\d[\d,.]*|a|an|one|two|"
                    r"three|four|five|six|seven|eight|nine|ten|several|a few|few)(?:\s+|-)(?:more\s+)?"
                    r"(?:second|minute|hour|day|night|week|month|year|decade)s?$", re.IGNORECASE)


def about_for(anchors: list["Token"], inside: set[int]) -> About:
    """The anchors of a figure whose counted word, event verb and number are ``anchors``.

    ``inside`` holds the token indices of the figure itself, which are never its anchors.
    """
    region = _region(anchors)
    tokens = [t for t in region if t.i not in inside]
    found: list[Anchor] = []
    seen_ent: set[int] = set()
    for ent in ents_in(anchors[0]):
        if not any(ent.start <= t.i < ent.end for t in tokens):
            continue
        if any(ent.start <= i < ent.end for i in inside):
            continue
        seen_ent.update(range(ent.start, ent.end))
        anchor = _entity_anchor(ent)
        if anchor is not None:
            found.append(anchor)
    for tok in tokens:
        if tok.i in seen_ent:
            continue
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha and tok.dep_ != "compound":
            found.append(Anchor("entity", _name_key(_compound_name(tok)), _compound_name(tok)))
        elif tok.lower_ in _LISTS.OWNER_PRONOUNS and _owner_position(tok, anchors):
            found.append(_antecedent(tok))
        elif tok.lower_ in _LISTS.TIME_WORDS and (mods := _time_modifiers(tok)):
            text = " ".join([*mods, tok.text])
            found.append(Anchor("time", text.casefold(), text))
    verb = _verb(anchors[0])
    found.extend(_present(anchors, verb))
    found.extend(_background(anchors[0], {t.i for t in tokens}, {(a.kind, a.key) for a in found}))
    found = [a for a in found if a.kind not in ("entity", "time") or _has_letters(a.key)]
    found.extend(scope_anchors(anchors, inside))
    found.extend(direction(anchors[0].doc, inside))
    if verb is not None and verb.lemma_.casefold() in SCOPE_VERBS:
        found.append(Anchor("scope", verb.lemma_.casefold(), verb.text))
    found.extend(during(verb))
    if not any(a.kind == "place" for a in found):  # a city's figure in a nationwide strike is the city's
        found.extend(nationwide(anchors, verb))
    found.extend(_event(anchors, inside))
    found.extend(Anchor("event", t.head.lemma_.casefold(), t.head.text, "holder") for t in anchors
                 if t.pos_ == "NOUN" and t.dep_ in HOLDER_DEPS and t.head.i > t.i and t.head.lemma_ in GENERIC_HEADS)
    return About(tuple(dict.fromkeys(found)))


def _background(tok: "Token", region: set[int], known: set[tuple[str, str]]) -> list[Anchor]:
    """Persons the sentence names outside the figure's clause, labelled "sentence": not the
    figure's own, but they tell a figure of another incident from the main event's ("Earlier
    this year, Lena Varga ... was charged ... three employees wounded"). Dates are left out:
    outside the clause they mostly say when something was reported ("its Sunday briefing")."""
    out = []
    for ent in ents_in(tok):
        if any(i in region for i in range(ent.start, ent.end)):
            continue
        anchor = _entity_anchor(ent)
        if anchor is not None and ent.label_ == "PERSON" and (anchor.kind, anchor.key) not in known:
            out.append(Anchor(anchor.kind, anchor.key, anchor.text, "sentence"))
    return out


def _has_letters(key: str) -> bool:
    """Keys of names and times have words: "52" (a route) or "16yearold" (an age) are neither."""
    return any(ch.isalpha() for ch in key) and "yearold" not in key.replace(" ", "")


def _antecedent(tok: "Token") -> Anchor:
    """The person "he"/"she"/"his"/"her" stands for when the text leaves no doubt: the nearest
    stretch that names persons (its own sentence before it, then up to ``PRONOUN_WINDOW``
    sentences back) names exactly one; otherwise the pronoun stays unresolved."""
    if tok.lower_ in ("he", "him", "his", "she", "her", "hers"):
        stretches = [[e for e in ents_in(tok) if e.end <= tok.i]]  # its own sentence, before it
        start = sent_of(tok).start
        for _ in range(PRONOUN_WINDOW):
            if start == 0:
                break
            stretches.append(list(ents_in(tok.doc[start - 1])))
            start = sent_of(tok.doc[start - 1]).start
        for ents in stretches:
            people = {_name_key(e.text): e.text for e in ents
                      if e.label_ == "PERSON" and _name_key(e.text) not in TITLE_WORDS}
            if len(people) == 1:
                key, text = next(iter(people.items()))
                return Anchor("entity", key, f"{tok.text} ({text})", "PERSON")
            if people:
                break
    return Anchor("unresolved", tok.lower_, tok.text)


def _owner_position(tok: "Token", anchors: list["Token"]) -> bool:
    """A pronoun that stands for whose figure it is: the clause's subject, the possessor of
    the counted noun ("his 20 points") or of the subject ("their service was restored on 11
    October": whose service), not one deeper in the sentence."""
    verb = _verb(anchors[0])
    if tok.dep_ in ("nsubj", "nsubjpass") and (verb is None or tok.head.i == verb.i or tok == _inherited_subject(verb)):
        return True  # "He finished with 269 yards and caught 29 passes": the subject of both verbs
    if tok.dep_ == "poss" and verb is not None and tok.head.dep_ in ("nsubj", "nsubjpass") \
            and tok.head.head.i == verb.i:
        return True
    return tok.dep_ == "poss" and any(tok.head.i == a.i for a in anchors)


def article_names(doc: "Doc") -> frozenset[tuple[str, str]]:
    """The (kind, key) of every named entity, place and date of an article, and ("person", name as
    written) of every person it names with a given name ("person", "Ola Brekke"): a surname two
    persons of one story bear (align/evidence.py ``Story.ambiguous``) says not which one."""
    mentions = name_mentions(doc)
    persons = {("person", a.text) for a in mentions if a.label == "PERSON" and is_full_name(a.text)}
    return frozenset({(a.kind, a.key) for a in mentions} | persons)


def name_mentions(doc: "Doc") -> list[Anchor]:
    """Every mention of a named entity, place or date of an article, in text order (a name
    mentioned three times is there three times). Read once per document."""
    mentions = doc.user_data.get(_MENTIONS)
    if mentions is None:
        mentions = doc.user_data[_MENTIONS] = [a for ent in ents_of(doc) if (a := _entity_anchor(ent)) is not None]
    return mentions


def _region(anchors: list["Token"]) -> list["Token"]:
    """The tokens a figure's owners, time and place can be read from, in text order."""
    words: dict[int, Token] = {}
    verb = _verb(anchors[0])
    for anchor in anchors:
        for t in noun_phrase(anchor):
            words[t.i] = t
    if verb is not None:
        words[verb.i] = verb
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "attr", "npadvmod", "dative", "poss"):
                words.update((t.i, t) for t in noun_phrase(child))
            elif child.dep_ == "prep" and child.lower_ != "according":  # the source is not the owner
                words.update((t.i, t) for obj in child.children if obj.dep_ == "pobj" for t in noun_phrase(obj))
        subject = _inherited_subject(verb)
        if subject is not None:
            words.update((t.i, t) for t in noun_phrase(subject))
        if verb.dep_ == "relcl":  # "a 2003 bombing in X, which killed 22": the bombing's time and place
            words.update((t.i, t) for t in noun_phrase(verb.head))
    return [words[i] for i in sorted(words)]


def _verb(tok: "Token") -> "Token | None":
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _inherited_subject(verb: "Token") -> "Token | None":
    """The subject a verb without one shares with the verb it depends on ("..., rushing for 404 yards")."""
    tok = verb
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return None if tok is verb else subject_of(tok)
        if tok.dep_ not in ("advcl", "xcomp", "conj", "acl", "pcomp") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _entity_anchor(ent: "Span") -> Anchor | None:
    text = ent.text.strip()
    if ent.label_ in PLACE_LABELS:
        return Anchor("place", bare_place(normalize_place(text)), text, ent.label_)  # "Velmora Island" is "Velmora"
    if ent.label_ in TIME_LABELS:
        label = "period" if PERIOD.match(text) else ent.label_  # "32 hours": how long, not when
        return Anchor("time", _KEY.sub("", anyascii(text).casefold()).strip(), text, label)
    if ent.label_ in OWNER_LABELS:
        words = _KEY.sub(" ", anyascii(text).casefold()).split()
        if all(w in TITLE_WORDS or w == "s" for w in words):
            return None  # "Sheriff" tagged as a person names a role, not who
        if all(w in clock_words() for w in words):
            return None  # "GMT" tagged as an organisation is a clock's zone, no one's
        if ent.label_ == "PERSON" and len(words) > 1 and words[-1] in ORG_WORDS:
            return Anchor("entity", " ".join(words), text, "ORG")  # "Harlow Advisors" is a firm
        if len(words) == 1:
            fuller = _full_name(ent, words[0])
            if ent.label_ == "PERSON" or fuller != text:
                # a surname the small model tags an organisation ("Okafor finished with 16
                # points") after the article named the person in full is that person
                return Anchor("entity", _name_key(fuller), fuller, "PERSON")
        return Anchor("entity", _name_key(text), text, ent.label_)
    return None


def _full_name(ent: "Span", word: str) -> str:
    """A person written with one name ("Tunde", "Okafor") by the fuller name the article
    gave them first ("Tunde Okafor"), when exactly one such name holds the word."""
    fuller = {e.text.strip() for e in ents_of(ent.doc) if e.label_ == "PERSON" and e.start < ent.start
              and len(e) > 1 and word in _KEY.sub(" ", anyascii(e.text).casefold()).split()}
    return next(iter(fuller)) if len(fuller) == 1 else ent.text.strip()


def _name_key(text: str) -> str:
    """A comparable key of a name: ASCII, casefolded, no possessive; a person by the last word."""
    words = _KEY.sub(" ", re.sub(r"['’]s\b", "", anyascii(text).casefold())).split()
    words = [w for w in words if w != "the"]
    words = without_name_suffix(words)  # "Ola Lacroix III" is Lacroix
    return words[-1] if words else text.casefold()


def _compound_name(tok: "Token") -> str:
    parts = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
    return " ".join(t.text for t in [*parts, tok])


def _present(anchors: list["Token"], verb: "Token | None") -> list[Anchor]:
    """"now" or "currently" said of the figure's verb or of a clause on its counted noun ("25
    countries are now involved", "with 25 countries now involved"): a running count at the
    moment the report was written."""
    heads = [*anchors, *(c for a in anchors for c in a.children if c.dep_ in ("acl", "relcl"))]
    if verb is not None:
        heads.append(verb)
    return [Anchor("time", w.lower_, w.text, "present") for h in dict.fromkeys(heads) for w in h.children
            if w.dep_ == "advmod" and w.lower_ in _LISTS.PRESENT_WORDS][:1]


def _time_modifiers(tok: "Token") -> list[str]:
    if tok.lower_ in ("later", "earlier", "ago", "before", "after"):
        return [c.text for c in tok.children if c.dep_ == "npadvmod"]  # "a week later", "two years ago"
    return [c.text for c in tok.children if c.dep_ in ("det", "amod", "nummod") and c.lower_ in _LISTS.TIME_MODIFIERS]


def _event(anchors: list["Token"], inside: set[int]) -> list[Anchor]:
    """The event the figure is part of: the predicate with its object, and the common noun
    that is its subject ("the quake ... had a depth of 12 miles": quake). The figure itself is
    no object when it is a date or time: "was born in 1968" is the act "bear", not "bear 1968"
    (a count's noun stays: "killed 12 people" is "kill people")."""
    verb = _verb(anchors[0])
    if verb is None:
        return []
    out = []
    subject = subject_of(verb) or _inherited_subject(verb)
    if subject is not None and subject.pos_ == "NOUN" and subject.i not in {a.i for a in anchors}:
        out.append(Anchor("event", subject.lemma_.casefold(), subject.text, "subject"))
    if verb.pos_ == "VERB":
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
        if obj is None and subject is not None and subject.dep_ == "nsubjpass" and subject.pos_ == "NOUN":
            obj = subject  # "the highway was closed" is the act of "closed the highway"
        if obj is None:
            obj = next((o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"), None)
        if obj is not None and (obj.ent_type_ in ("DATE", "TIME")
                                or (obj.i in inside and (obj.like_num or parse_unit(obj.text) is not None))):
            obj = None  # a date or time ("hit at 0546 GMT") is when the act was; "struck 400km" no act on km
        key = verb.lemma_.casefold() + (f" {obj.lemma_.casefold()}" if obj is not None else "")
        out.append(Anchor("event", key, verb.text + (f" … {obj.text}" if obj is not None else ""), "predicate"))
    return out
