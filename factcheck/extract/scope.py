"""A figure's scope, read off its noun phrase and clause: part against whole ("10 of the
club's 16 games"), one season against a career, a figure in addition to another ("another
201 yards"), a rate against a total ("23 points a game"), an offset between two moments
("nine days before"), a stretch of the event ("during the deciding run"), a cut-off ("as of
11 p.m."), the whole country ("nationwide"). Two figures that differ in scope are not one fact (docs/verdicts.md §3b).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..data import WordLists
from ..normalize import measures
from ..normalize.units import parse_unit
from ..types import Anchor
from . import measure
from .cache import text_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

#: A compass direction right after a figure: "25 miles east of", "10 km north-west of".
#: A compass direction after a figure, past a conversion in brackets ("400km (250 miles) north-east of").
_COMPASS = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(north|south)?[ -]?(east|west)?(?:ern)?\s+of\b", re.IGNORECASE)

_LISTS = WordLists("scope")
#: The word lists of ``factcheck/data/scope.toml``, read on first use: SCOPE_WORDS, PORTION_NOUNS,
#: CUTOFF_PREPS, OFFSET_WORDS, RATE_DETERMINERS, RATE_NOUNS, SCOPE_VERBS, NATIONWIDE_WORDS,
#: COUNTRY_NOUNS, SPREAD_PREPS.
__getattr__: Any = _LISTS.module_getattr(globals())


def noun_phrase(tok: "Token") -> Iterable["Token"]:
    """A noun phrase without the clauses hanging from it (relative clauses, appositive clauses)."""
    skip = {t.i for c in tok.children if c.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj", "cc", "punct")
            for t in c.subtree}
    return [t for t in tok.subtree if t.i not in skip]


def scope_anchors(anchors: list["Token"], inside: set[int]) -> list[Anchor]:
    """Scope words of the figure's own noun phrase ("an additional 162 animals", "a combined
    157 games") and its part-of phrase ("17 of his team's first 24 points", "two of them")."""
    out = []
    nouns = [a for a in anchors if a.pos_ not in ("VERB", "AUX")]
    nouns += [a.head for a in nouns if (a.dep_ == "nummod" or (a.dep_ in ("amod", "det") and a.i in inside))
              and a.head not in nouns]  # "nine days", "a few hours": the unit noun
    for anchor in nouns:
        for t in noun_phrase(anchor):  # the figure's own words too: "an additional", "a total of", "two others"
            if _of_figure(t):
                continue  # "more than two hours": a bound of the figure; "90 per cent": its unit
            added = _others_besides(t, anchor)
            increment = added or t.lemma_.casefold() in measures.INCREMENT_WORDS
            if increment and (_listed(anchor) or _counts_other(t, inside)):
                continue  # "269 yards and another 201 yards": a second part; "20 more payments of $20"
            if added:
                out.append(Anchor("scope", "another", t.text))  # "with two other men": "another two men"
            elif t.lower_ in _LISTS.SCOPE_WORDS or t.lemma_.casefold() in _LISTS.SCOPE_WORDS:
                out.append(Anchor("scope", t.lemma_.casefold(), t.text))
        top = _superlative(anchor)
        if top is not None:  # "the four hardest-hit villages": the worst of more, not all there are
            out.append(Anchor("scope", "superlative", top.text))
        if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.like_num:
            out.append(Anchor("scope", "whole", f"{anchor.head.head.text} of"))  # "10 of the club's 16 games"
        elif (anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.pos_ == "NOUN"
              and anchor.head.head.i not in {a.i for a in anchors}
              and anchor.head.head.lemma_.casefold() not in measure.MEASURE_NOUNS | _LISTS.PORTION_NOUNS):
            # not "a magnitude of 5.9", "the bulk of the 235,000 comments"
            holder = anchor.head.head  # "a school record of 2,116 points", "a lead of 16 points"
            out.append(Anchor("scope", f"{holder.lemma_.casefold()} of", f"{holder.text} of"))
        offset = next((t for t in (anchor.head, *anchor.children, *_clause_mark(anchor))
                       if t.lower_ in _LISTS.OFFSET_WORDS), None)
        if offset is not None and (anchor.dep_ == "npadvmod" or offset.head.i == anchor.i):
            # "nine days before X", "10 minutes later": an offset between two moments, not a span;
            # "later" and "earlier" can measure one gap from either end, so they share one key
            out.append(Anchor("scope", "ago" if offset.lower_ == "ago" else "offset", offset.text))
        rate = _per(anchor)
        if rate is not None:
            out.append(Anchor("scope", f"per {rate.lemma_.casefold()}", f"a {rate.text}"))
        prep = anchor.head
        if anchor.dep_ == "pobj" and prep.lower_ in _LISTS.CUTOFF_PREPS and (prep.lower_ != "of" or _after_as(prep)):
            out.append(Anchor("scope", prep.lower_, prep.text))  # "as of 11 p.m." is no event's time
        for prep in anchor.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and not obj.like_num and _a_whole(obj):
                        out.append(Anchor("scope", f"of {obj.lemma_.casefold()}", f"of {obj.text}"))
    return out


def _superlative(noun: "Token") -> "Token | None":
    """A superlative that picks some of the noun's kind: an adjective ("the three largest banks") or
    the adverb of one ("the four hardest-hit villages", "the five most damaged buildings")."""
    for mod in noun.children:
        if mod.dep_ == "amod" and mod.tag_ == "JJS":
            return mod
        if mod.dep_ == "amod" and any(c.dep_ == "advmod" and c.tag_ in ("JJS", "RBS") for c in mod.children):
            return mod
    return None


def _listed(noun: "Token") -> bool:
    """Whether the sentence counts the same noun with a number before this figure ("269 yards ...
    and another 201 yards", "$99 down and 20 more payments of $20"): the figure is a second part."""
    before = noun.sent[: noun.i - noun.sent.start]
    return any(t.like_num and t.head.i < noun.i and t.head.lemma_ == noun.lemma_ for t in before)


def _others_besides(word: "Token", noun: "Token") -> bool:
    """Whether "other" counts a set besides one already named ("along with two other people",
    "Two other attackers died"): an increment like "another two", so not the whole another report
    counts. Not the pronoun ("wounded 352 others", who may be all the wounded) and not a definite
    set ("the other two parties", "its other three plants": the rest of a set the text has named),
    nor "other" before the number ("wounding other 70": 70 others)."""
    return (word.lower_ == "other" and word.dep_ == "amod" and word.head.i == noun.i
            and any(c.dep_ == "nummod" and c.i < word.i for c in noun.children)
            and not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children))


def _counts_other(word: "Token", inside: set[int]) -> bool:
    """Whether an increment word belongs to another number's noun ("20 additional payments of $20")."""
    return any(c.dep_ == "nummod" and c.i not in inside for c in word.head.children)


def during(verb: "Token | None") -> list[Anchor]:
    """A stretch the figure's clause is placed in ("During the deciding run, he scored six points
    and blocked two shots"): a part of the event, so the figure is a part of the whole's. The
    verbs a clause coordinates share it."""
    out = []
    while verb is not None:
        # the phrase hangs from the verb, or from a clause before it that the parser made of
        # its words ("During the game's deciding run, ...": "deciding" read as a verb)
        heads = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i)]
        for prep in (p for h in heads for p in h.children):
            if prep.dep_ == "prep" and prep.lower_ == "during":
                out += [Anchor("scope", f"during {o.lemma_.casefold()}", f"{prep.text} … {o.text}")
                        for o in prep.children if o.dep_ == "pobj"]
        verb = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else None
    return out


def _per(noun: "Token") -> "Token | None":
    """The unit a count is given per ("23 points a game", "12 points and five rebounds a game":
    the phrase hangs from the last of the coordinated nouns), or None. A unit's own rate
    ("120 miles per hour", "5,000 gallons a minute") is the unit's, not a scope; but a span of
    time given per a span ("four days a week", "eight hours a day") says how often, not how
    long: a rate, as "23 points a game" is."""
    unit = parse_unit(noun.text)
    if unit is not None and unit.dimension != "duration":
        return None
    coordinated = [noun, *noun.conjuncts]
    for tok in coordinated:
        for child in tok.children:
            if child.dep_ == "npadvmod" and child.pos_ == "NOUN" and any(
                    d.dep_ == "det" and d.lower_ in _LISTS.RATE_DETERMINERS for d in child.children):
                return child
    last = max(coordinated, key=lambda t: t.i)  # the parser may miss it: read the words after
    if last.i + 2 < len(last.doc) and last.nbor(1).lower_ in _LISTS.RATE_DETERMINERS \
            and last.nbor(2).lemma_.casefold() in _LISTS.RATE_NOUNS:
        return last.nbor(2)
    return None


def _clause_mark(anchor: "Token") -> list["Token"]:
    """"one day after the rebels seized the port": the parser hangs the span and "after" both on
    the clause's verb; the word right after the span that opens the clause is its offset word."""
    if anchor.dep_ != "npadvmod" or anchor.i + 1 >= len(anchor.doc):
        return []
    after = anchor.doc[anchor.i + 1]
    return [after] if after.dep_ == "mark" and after.head.i == anchor.head.i else []


def _of_figure(tok: "Token") -> bool:
    """"more" of "more than", a word of the figure's qualifier; "per" of "90 per cent", of its unit."""
    following = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""
    return following == "than" and tok.lower_ in ("more", "less", "fewer") or (tok.lower_, following) == ("per", "cent")


def _a_whole(obj: "Token") -> bool:
    """"of them", "of the victims", "of his team's points": a whole the figure is part of; "tens of
    thousands of people" only names what is counted."""
    return obj.pos_ == "PRON" or any(c.dep_ in ("det", "poss") for c in obj.children)


def _after_as(tok: "Token") -> bool:
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "as"


def direction(doc: "Doc", inside: set[int]) -> list[Anchor]:
    """The compass direction a figure is given in ("about 25 miles northwest of ..."), as a scope
    anchor keyed "direction north west": two distances in two directions are two facts."""
    last = doc[max(inside)]
    match = _COMPASS.match(text_of(doc), last.idx + len(last.text))
    if match is None or not any(match.groups()):
        return []
    key = " ".join(d.casefold() for d in match.groups() if d)
    return [Anchor("scope", f"direction {key}", match.group().strip())]


def nationwide(anchors: list["Token"], verb: "Token | None") -> list[Anchor]:
    """A scope "nationwide" for a figure of the whole country: its noun phrase or its clause (the
    verb's adverbs and prepositional phrases, not the clauses hanging from it) says "nationwide" or
    "across the country" ("an estimated 100,000 people took to the streets as part of nationwide
    strikes"). A city's figure is a part of it: the two are no conflict. The caller leaves it out
    when the figure has a place of its own ("20,000 marched in the capital during a nationwide strike")."""
    words = [t for a in anchors if a.pos_ not in ("VERB", "AUX") for t in noun_phrase(a)]
    if verb is not None:
        words += [t for c in verb.children if c.dep_ in ("advmod", "prep", "npadvmod") for t in noun_phrase(c)]
    for t in words:
        spread = t.dep_ == "pobj" and t.lemma_.casefold() in _LISTS.COUNTRY_NOUNS \
            and t.head.lower_ in _LISTS.SPREAD_PREPS
        if t.lower_ in _LISTS.NATIONWIDE_WORDS or spread:
            return [Anchor("scope", "nationwide", t.text if not spread else f"{t.head.text} … {t.text}")]
    return []
