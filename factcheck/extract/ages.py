"""Ages: whose age a figure is, and numbers that are ages by their place in the sentence.

"Okafor, 38,", "Brooklyn boy, 15,", "Eason (10)", "aged 4 and 6", "ages 12 and under": a small
whole number after a name or a noun for people, or listed after an age word, is an age.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..data import WordLists
from ..normalize import measures
from ..normalize.places import is_place, normalize_place
from ..types import About, Anchor
from .context import _entity_text
from .identifiers import MONTHS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

_LISTS = WordLists("ages")
#: The word lists of ``factcheck/data/ages.toml``, read on first use: AGE_WORDS.
__getattr__: Any = _LISTS.module_getattr(globals())


def aged_person(toks: list["Token"], i: int, noun: "Token | None") -> set[str]:
    """Whose age it is, as keys: a surname ("brekke") or the noun ("woman"). A name the
    parser did not tag as a person counts too ("Ola Brekke, 26," with "Brekke" tagged an
    organisation), and the name a noun stands beside is kept with the noun ("Ola Brekke, a
    28-year-old teacher": "teacher" and "brekke"), so that the age meets "a 28-year-old teacher"
    and "Brekke, 28" and is told apart from "Ida Varga, 28"."""
    if i >= 2 and toks[i - 1].text in (",", "(") and _name_word(toks[i - 2]):
        return {toks[i - 2].lower_}  # "Brekke, 26," not "Chief Tom Halvorsen announced 61-year-old ..."
    old = next((t for t in toks[i : i + 6] if t.lower_ == "old"), None)
    if old is not None and old.head.pos_ in ("NOUN", "PROPN"):
        noun = old.head  # "a 63-year-old woman": the woman, not the years
    if noun is None or noun.lemma_.casefold() in ("year", "old"):
        return set()
    if noun.ent_type_ == "PERSON":
        return {_entity_text(noun).split()[-1].lower()}  # the surname
    named = _named_beside(noun)
    return {noun.lemma_.casefold()} | ({named.lower_} if named is not None else set())


def age_owner(about: About, owners: frozenset[str]) -> About:
    """An age is its owner's alone: when the owner is a name its clause holds, that name is the
    person (whatever the small model tagged it: "Okafor, 47," as an organisation) and the other
    persons of the clause are background ("sentence"), so that in "Ana Ruiz, 11, and Ola Brekke,
    12, were last seen" the parser's one subject does not make 12 Ruiz's age too."""
    if not any(a.kind in ("entity", "place") and a.key in owners for a in about.anchors):
        return about
    return About(tuple(Anchor("entity", a.key, a.text, "PERSON") if a.kind in ("entity", "place") and a.key in owners
                       else replace(a, label="sentence") if a.kind == "entity" and a.label == "PERSON"
                       else a for a in about.anchors))


def _name_word(tok: "Token") -> bool:
    """A person's name word: tagged a person, or a capitalized proper noun the parser tagged as
    nothing, an organisation or a place, that is no known place (the small model tags unfamiliar
    surnames as either: "Brekke" in "Ola Brekke, 26,")."""
    if tok.ent_type_ == "PERSON":
        return True
    return (tok.pos_ == "PROPN" and tok.ent_type_ in ("", "ORG", "GPE") and tok.is_title
            and not is_place(normalize_place(tok.text)))


def _named_beside(noun: "Token") -> "Token | None":
    """The last word of the name a common noun is set beside: its head when it is in apposition
    to a name ("Ola Brekke, a 28-year-old teacher"), or a name in apposition to it or
    compounded with it ("his cousin Ida Brekke")."""
    if noun.dep_ in ("appos", "compound") and _name_word(noun.head):
        return noun.head
    return next((c for c in noun.children if c.dep_ in ("appos", "compound") and _name_word(c)
                 and c.i > noun.i), None)


def is_age_apposition(toks: list["Token"], i: int, end: int) -> bool:
    """"Okafor, 38," "Lena Varga, 22", "Eason (10)", "Brooklyn boy, 15," and "his two half-brothers,
    17 and 22,": small whole numbers set off by commas or brackets after a name or a noun for people."""
    if end - i != 1 or not _small_whole(toks[i]):
        return False
    if not (end == len(toks) or toks[end].text in (",", ".", ";", ")") or _listed_number(toks, end)):
        return False
    k = i - 1
    while k >= 2 and toks[k].lower_ in ("and", ",") and _small_whole(toks[k - 1]):
        k -= 2  # "17 and 22": walk back over the earlier numbers of the list
    if k < 1 or toks[k].text not in (",", "(") or (toks[k].text == "(" and toks[end].text != ")"):
        return False  # "Okafor, 38," or "Marlon Eason (10)"
    owner = toks[k - 1]
    if owner.like_num and owner.head.lower_ == "of" and owner.head.head.pos_ == "NOUN":
        owner = owner.head.head  # "a father of three, 41,": the father's age
    if owner.pos_ in ("PROPN", "NOUN") and owner.is_title and owner.ent_type_ not in NOT_PERSON_NAMES \
            and owner.lower_ not in MONTHS and not (owner.ent_type_ == "GPE" and is_place(normalize_place(owner.text))):
        return True  # "Maddon, 66,": a surname, which the small model may tag a place ("Ohio, 12;" is none)
    return owner.ent_type_ == "PERSON" or (owner.pos_ in ("NOUN", "PROPN") and _is_people_noun(owner))


def is_copula_age(toks: list["Token"], i: int, end: int) -> bool:
    """"The suspect was 19 and a native of ...", "Lindqvist, who was 18 at the time": a small whole
    number a person is said to be (a name, "he" or "she", a noun for people), with no noun, unit or
    second number after it ("was 3 for 5", "was 20-3", "was 1 of 3" are no ages)."""
    if end - i != 1 or not _small_whole(toks[i]) or toks[i].dep_ not in ("attr", "acomp"):
        return False
    verb = toks[i].head
    if verb.lemma_ != "be":
        return False
    after = toks[end : end + 3]
    if after and (after[0].pos_ not in ("PUNCT", "CCONJ", "ADP", "SCONJ", "ADV")
                  or after[0].text in ("-", "–", ":", "/", "%")
                  or after[0].lower_ in ("of", "for", "out", "percent") or any(t.like_num for t in after)):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.tag_ == "WP" and verb.dep_ == "relcl":
        subject = verb.head  # "Lindqvist, who was 18": the person the clause describes
    return (subject.lower_ in ("he", "she") or subject.ent_type_ == "PERSON" or _name_word(subject)
            or _is_people_noun(subject))


#: Entities whose name a number in commas after it does not age: "Acme, 12," is no age.
NOT_PERSON_NAMES = frozenset({"NORP", "DATE", "TIME", "EVENT", "LAW", "WORK_OF_ART", "MONEY", "PERCENT", "QUANTITY"})


def listed_after_age(toks: list["Token"], i: int) -> bool:
    """Whether a small number is listed after an age: the 6 of "aged 4 and 6", "ages 3, 5 and 7"."""
    k = i - 1
    while k >= 1 and toks[k].lower_ in ("and", ",", "or") and _small_whole(toks[k - 1]):
        k -= 2
    return k < i - 1 and k >= 0 and toks[k].lower_ in _LISTS.AGE_WORDS and _small_whole(toks[i])


def _small_whole(tok: "Token") -> bool:
    return tok.text.isdigit() and 0 < int(tok.text) < 120


def _listed_number(toks: list["Token"], end: int) -> bool:
    return end + 1 < len(toks) and toks[end].lower_ == "and" and _small_whole(toks[end + 1])


def _is_people_noun(tok: "Token") -> bool:
    lemma = tok.lemma_.casefold()
    return lemma in measures.PERSON_NOUNS or lemma.split("-")[-1] in measures.KIN_NOUNS
