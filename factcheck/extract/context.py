"""The context of a claim, read off the parse: who says it, whose it is, where.

These helpers take spaCy tokens and return plain strings and sets, so the
``Frame`` and attribution they build can leave the extract stage.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from anyascii import anyascii

from ..data import WordLists
from ..normalize.event_words import PLACE_KIND_NOUNS
from ..normalize.measures import PERSON_NOUNS, context_word, owner_key
from ..normalize.places import in_context, is_place, normalize_place, timezone_for_place, town_in_region
from ..normalize.speakers import TITLE_WORDS
from ..types import Frame
from .cache import ents_of, sent_of, text_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


def _alternatives(words: tuple[str, ...]) -> str:
    """Words as a regular expression's alternatives, a word's final full stop optional ("gen." -> gen\\.?)."""
    return "|".join(re.escape(w[:-1]) + r"\.?" if w.endswith(".") else re.escape(w) for w in words)


_LISTS = WordLists("context", derived={
    "ORDINAL_SCOPE": lambda lists: re.compile(rf"^({_alternatives(lists.raw('ORDINAL_SCOPE'))}|\d+(st|nd|rd|th))$"),
    "TITLES": lambda lists: re.compile(rf"^(?:(?:{_alternatives(lists.raw('TITLES'))})\s+)+", re.IGNORECASE),
    "GENERIC_SOURCE_NOUNS": lambda lists: re.compile(rf"\s+({_alternatives(lists.raw('GENERIC_SOURCE_NOUNS'))})$"),
})
#: The word lists of ``factcheck/data/context.toml``, read on first use: REPORTING_VERBS, PLACE_PREPS,
#: SCOPE_NOUNS, EMPTY_CONTEXT, and the patterns ORDINAL_SCOPE, TITLES, GENERIC_SOURCE_NOUNS built from theirs.
__getattr__: Any = _LISTS.module_getattr(globals())

#: A dateline: "EASTPORT —", "EASTPORT, Velmora (AP) —" at the start of the body.
DATELINE = re.compile(r"^\s*([A-Z][A-Za-z.' -]{2,40}?)(?:,\s*[A-Z][A-Za-z. ]+)?\s*(?:\([A-Za-z ]+\)\s*)?[—–-]{1,2}\s")


def frame_for(anchors: list["Token"], span_tokens: Iterable["Token"], *, local: bool = False) -> Frame:
    """The frame of a figure whose counted word, event verb and number are ``anchors``.

    The context is the sentence's content words, or with ``local`` only the words of
    the clause the figure hangs from: a clock time belongs to one event of a
    sentence, not to all of it.
    """
    sent = sent_of(anchors[0])
    inside = {t.i for t in span_tokens}
    heads = list(dict.fromkeys(h for anchor in anchors for h in _heads(anchor)))
    owners = {o for t in heads for o in _owners_of(t)}
    places = {p for anchor in anchors for t in _placed_from(_heads(anchor)) for p in _places_of(t)}
    dated = dated_noun(anchors[0]) if local else None
    clause = _content(_clause_words(anchors[0], inside) + (_noun_words(dated) if dated is not None else []), inside)
    return Frame(
        owners=frozenset(owners),
        places=frozenset(places),
        context=clause if local else _content(sent, inside),
        scope=_scope(heads),
        clause=clause,
    )


#: Dependencies of a year on the noun it dates: "her 1999 role", "1999's Summer Dust".
DATING_DEPS = frozenset({"nummod", "compound", "amod", "poss", "nmod"})


def dated_noun(tok: "Token") -> "Token | None":
    """The singular common noun a year written before it dates ("her 1999 role", "the 1983 film",
    "1999's Summer Dust"), or None: the year is the date of that thing, as "in 1999" is of an act."""
    head = tok.head
    if tok.ent_type_ != "DATE" or tok.dep_ not in DATING_DEPS or head.i <= tok.i:
        return None
    # before a plural the number counts ("the 2000 runners"); before a name it is a model year or
    # part of the name ("a 2008 Roadster", "the 2022 Games"), unless written "1999's"
    return head if head.tag_ == "NN" or (tok.dep_ == "poss" and head.pos_ in ("NOUN", "PROPN")) else None


def _noun_words(noun: "Token") -> list["Token"]:
    """A noun with its compounds, its apposition and the objects of its prepositions: what a dated
    noun is ("her 1999 role in Summer Dust": role, summer, dust; "the 1999 film Summer Dust")."""
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    named = [c for c in noun.children if c.dep_ == "appos"]
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        named.extend(c for c in prep.children if c.dep_ == "pobj")
    for name in named:
        words.extend(_modified(name))
    return words


def _modified(noun: "Token") -> list["Token"]:
    """A noun and the words that name it with it ("the famed Harbour Clinic"), not the clauses it
    heads ("a lawyer offering information on the election": no election)."""
    words = [noun]
    for child in noun.children:
        if child.dep_ in ("compound", "amod"):
            words.extend(_modified(child))
    return words


def _content(words: Iterable["Token"], inside: set[int]) -> frozenset[str]:
    return frozenset(
        word for t in words
        if t.pos_ in CONTENT_POS and not t.is_stop and t.is_alpha and t.i not in inside
        and (word := context_word(t.lemma_.casefold())) not in _LISTS.EMPTY_CONTEXT
    )


def _clause_words(tok: "Token", inside: set[int]) -> list["Token"]:
    """The verb a figure hangs from, its arguments, the nouns between the two ("during her stay at
    the Harbour Clinic in 2010, she was accused": stay, harbour, clinic) and the noun a relative
    clause describes. The figure's own words (``inside``) are never its verb: "began shortly after
    4:17 am PST" parsed with "am" an auxiliary and "PST" a verb still hangs from "began"."""
    verb, path = tok, []
    while (verb.pos_ not in ("VERB", "AUX") or verb.i in inside) and verb.head.i != verb.i:
        verb = verb.head
        if verb.pos_ in ("NOUN", "PROPN"):
            path.extend(_noun_words(verb))
    words = [verb, *path]
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "attr"):
            words.extend(child.subtree)
        elif child.dep_ == "prep" and not any(t.i == tok.i for t in child.subtree):
            words.extend(c for c in child.children if c.dep_ == "pobj")  # "walked into the office"
    if verb.dep_ == "relcl":
        words.append(verb.head)  # "the quake, which struck at 1353"
    return words


def _heads(anchor: "Token") -> list["Token"]:
    """The anchor and the chain of heads it hangs from, up to the clause's verb."""
    chain = [anchor]
    tok = anchor
    while tok.head.i != tok.i and len(chain) < 6:
        if tok.dep_ in ("ccomp", "advcl", "conj", "relcl", "xcomp"):
            break
        tok = tok.head
        chain.append(tok)
        if tok.pos_ in ("VERB", "AUX"):
            break
    return chain


#: A compass word ("southwest", "north-east" split as "north", "-", "east", "northern").
_COMPASS_WORD = re.compile(r"^(?=.)(north|south)?(east|west)?(ern)?$")


def _placed_from(chain: list["Token"]) -> list["Token"]:
    """The heads whose places are a figure's: up to a compass word it measures from. In "the
    epicentre lay in the waters off Eastport, 35 miles southwest of Westbury" the distance is from
    Westbury; the waters are where the epicentre lies, which another report may name otherwise."""
    for n, tok in enumerate(chain[1:], 1):
        if _COMPASS_WORD.match(tok.lower_) and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return chain[:n + 1]
    return chain


def _owners_of(tok: "Token") -> Iterable[str]:
    for t in [tok, *tok.children]:
        if t.i != tok.i and t.dep_ not in ("amod", "compound", "poss", "nmod", "nsubj", "nsubjpass"):
            continue
        # "U.S." is no alphabetic word, but a country named by its initials owns as its name does
        if (t.is_alpha or t.ent_type_ == "GPE") and (t.ent_type_ in ("NORP", "GPE") or t.text[:1].isupper()):
            key = owner_key(t.text if t.ent_type_ != "GPE" else _entity_text(t))
            if key:
                yield key


def _places_of(tok: "Token", depth: int = 0) -> Iterable[str]:
    """Places the prepositions of ``tok`` name: "in Eastport", "on Velmoran soil", and one "of"
    deeper, the place a part or a stretch of ground belongs to ("took to the streets of Eastport",
    "on the outskirts of Westbury"; docs/verdicts.md §3)."""
    for prep in tok.children:
        if prep.dep_ not in ("prep", "dative") or prep.lower_ not in _LISTS.PLACE_PREPS \
                or (depth and prep.lower_ != "of"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.ent_type_ in PLACE_LABELS or (obj.pos_ == "PROPN" and timezone_for_place(_entity_text(obj))):
                yield normalize_place(_entity_text(obj))
            elif depth:
                continue  # one "of" deeper only a named place: "the streets of the capital" may be any capital
            elif obj.pos_ == "NOUN" and obj.lemma_.casefold() not in PLACE_KIND_NOUNS:
                yield from _places_of(obj, depth + 1)  # not "the city of X", a place the other may name by its country
            if obj.lemma_.casefold() in PERSON_NOUNS:
                continue  # "the withdrawal of 12,000 U.S. troops": whose troops (an owner), not where
            for mod in obj.children:  # "on Velmoran soil", "in the Morvask area"
                if mod.dep_ in ("amod", "compound") and (mod.ent_type_ in PLACE_LABELS | {"NORP"}):
                    owner = owner_key(mod.text)
                    yield owner or normalize_place(_entity_text(mod))


def _scope(heads: list["Token"]) -> str | None:
    """An ordinal time scope ("first day") that two figures must share to align."""
    for tok in heads:
        for prep in tok.children:
            if prep.dep_ != "prep":
                continue
            for obj in prep.children:
                ordinals = [c.lower_ for c in obj.children if _LISTS.ORDINAL_SCOPE.match(c.lower_)]
                if obj.dep_ == "pobj" and ordinals and obj.lemma_.casefold() in _LISTS.SCOPE_NOUNS:
                    return f"{ordinals[0]} {obj.lemma_.casefold()}"
    return None


def _entity_text(tok: "Token") -> str:
    if tok.ent_iob_ == "O":
        return tok.text
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def attribution(anchor: "Token") -> tuple[str | None, str | None]:
    """(attribution, origin) of the statement holding ``anchor``.

    The attribution is who the sentence says is the source ("Anya Okafor"
    for "Okafor said ..."; "Reuters" for "..., according to Reuters"). The
    origin is the normalized name used to count independent sources: the
    "according to" source when there is one, else the speaker.
    """
    speaker, according = source_tokens(anchor)
    shown = _name(speaker) if speaker is not None else _name(according) if according is not None else None
    origin = _name(according) if according is not None else shown
    return shown, (normalize_name(origin) if origin else None)


def subject_of(verb: "Token") -> "Token | None":
    """The verb's own subject (active or passive). Of two nouns the parse gives one verb as
    subjects ("Hosting President X at the White House, Mr. Y assailed ..." hangs X there too),
    the one nearest before the verb; a word such as "one" beside a noun ("Two buildings, one
    used by tax officials, caught fire") is no rival of it."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    nouns = [c for c in subjects if c.pos_ in ("NOUN", "PROPN") and c.i < verb.i]
    return nouns[-1] if len(nouns) > 1 else subjects[0] if subjects else None


def source_tokens(anchor: "Token") -> tuple["Token | None", "Token | None"]:
    """The tokens naming the source of the statement holding ``anchor``: the subject of the
    reporting verb it hangs from (not a pronoun), and the object of "according to"."""
    according = _according_token(sent_of(anchor))
    tok = anchor
    for _ in range(8):
        if tok.lemma_.casefold() in _LISTS.REPORTING_VERBS and tok.pos_ == "VERB":
            subj = subject_of(tok)
            if subj is not None and subj.pos_ != "PRON":
                return subj, according
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None, according


def _according_to(sent: "Span") -> str | None:
    tok = _according_token(sent)
    return _name(tok) if tok is not None else None


def _according_token(sent: "Span") -> "Token | None":
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor().lower_ == "to":
            objs = [c for c in tok.nbor().children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _name(tok: "Token") -> str:
    """The name a subject or source stands for: the person it names, else its phrase."""
    for t in tok.subtree:
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and t.i <= tok.i:
            return _entity_text(t)
    skip = {t.i for child in tok.children if child.dep_ in ("relcl", "acl", "appos", "prep", "punct", "cc", "conj")
            for t in child.subtree}
    kept = [t for t in tok.subtree if t.i not in skip and t.dep_ != "det"]
    if not kept:
        return tok.text
    return tok.doc[kept[0].i : kept[-1].i + 1].text


def _without_demonym(key: str) -> str:
    """"president x" for "norwegian president x": a demonym (the gazetteer's, ``owner_key``) before a
    title is the title's part, not the name's. Before anything else it stays ("norwegian officials"
    and "swedish officials" are two sources; "American Airlines" is a name), and so does a
    country's own name or capital ("paris police")."""
    first, _, rest = key.partition(" ")
    if rest.split(" ", 1)[0].rstrip(".") in TITLE_WORDS and (owner := owner_key(first)) and first != owner \
            and not is_place(first):
        return _LISTS.TITLES.sub("", rest)
    return key


def normalize_name(name: str) -> str:
    """A comparable key for a person or organisation: ASCII, casefolded, no titles."""
    key = anyascii(name).casefold().strip()
    key = re.sub(r"['’]s\b", "", key)
    key = _LISTS.TITLES.sub("", key)
    key = _without_demonym(key)
    key = _LISTS.GENERIC_SOURCE_NOUNS.sub("", key)
    return re.sub(r"[^a-z0-9 ]+", "", key).strip()


def article_place(doc: "Doc") -> str | None:
    """Where the article reports from: its dateline, else its most named place with a time zone.

    A bare name shared by places in several zones is read where the article's other places lie
    (``places.in_context``): a town named beside its county or state is that one, not a larger
    namesake elsewhere. A town tagged as a place whose namesakes all lie in one state or country is
    read there (``places.town_in_region``)."""
    # Any entity label: the small model often tags a town as a person or org. A town too small to
    # be a place named alone counts when tagged as a town (GPE, no "the": "the North Bay" is an
    # area, not the town of that name), read in the region all its namesakes lie in.
    named = []
    for ent in ents_of(doc):
        if timezone_for_place(ent.text):
            named.append(normalize_place(ent.text))
        elif ent.label_ == "GPE" and not ent.text.casefold().startswith("the ") \
                and timezone_for_place(town := town_in_region(normalize_place(ent.text))):
            named.append(town)
    nearby = [key for key, _ in Counter(named).most_common()]
    match = DATELINE.match(text_of(doc)[:200])
    if match and timezone_for_place(match.group(1)):
        return in_context(normalize_place(match.group(1)), nearby)
    counts = Counter(in_context(key, nearby) for key in named)
    return counts.most_common(1)[0][0] if counts else None
