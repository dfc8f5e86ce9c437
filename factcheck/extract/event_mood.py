"""Whether a clause tells something that happened, and in which voice: the mood and voice helpers
of the event walk (``extract.events``). A modal, future, conditional or intended verb, or one said
not to be known ("no sign that ..."), tells nothing that happened; a passive turns its subject into
what the act was done to (docs/events.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..normalize import event_words as lexicon
from .context import REPORTING_VERBS
from .event_phrases import _marked_passive

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


def hypothetical(verb: "Token") -> bool:
    """Modal, future, conditional or intended, an imperative ("Hire a driver!"), or the content of
    "no evidence", "no sign" or a noun of what may be ("the possibility that", "speculation that"):
    nothing that happened."""
    if verb.dep_ == "ROOT" and verb.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")
                                                             for c in verb.children):
        return True  # a bare verb heading its sentence with no subject: an imperative
    holder = verb
    for _ in range(3):
        auxes = [c for c in holder.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lemma_.casefold() in lexicon.MODALS or a.lower_ in lexicon.MODALS for a in auxes):
            return True
        if any(c.dep_ == "mark" and c.lower_ in lexicon.CONDITIONAL_MARKS for c in holder.children):
            return True  # "if the president pulls out of the deal"
        if holder.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in holder.children):
            break
        holder = holder.head  # "should be careful and follow the curfew": the modal covers both
    if verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX") and hypothetical(verb.head.head):
        return True  # "will resign after signing the deal": the signing is still to come
    if verb.dep_ in ("acl", "ccomp", "relcl") and verb.head.pos_ == "NOUN" \
            and (_says_no(verb.head) or verb.head.lemma_.casefold() in lexicon.POSSIBILITY_NOUNS) \
            and not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children):
        return True  # "no indication (that) the man entered Velmora", "the possibility that X resigns"
    if verb.dep_ == "ccomp" and any(_says_no(n) for s in verb.head.children if s.dep_ == "ccomp" and s.i < verb.i
                                    and not any(t.pos_ in ("VERB", "AUX") for t in verb.doc[s.i + 1 : verb.i])
                                    for n in s.children if n.dep_ == "attr"):
        return True  # the same, parsed as two clauses: "told X there was no indication [,] the man entered"
    if any(c.tag_ == "TO" for c in verb.children if c.dep_ == "aux"):
        head = verb.head.lemma_.casefold()
        perfect = any(c.lemma_ == "have" for c in verb.children if c.dep_ == "aux")
        if verb.dep_ == "xcomp" and (head in lexicon.FACTIVE_HEADS or (head in REPORTING_VERBS and perfect)):
            return hypothetical(verb.head)  # "claimed to have retaken", "failed to capture"
        return True
    return False


def _says_no(noun: "Token") -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def is_passive(verb: "Token") -> bool:
    """Passive voice, own or of the clause a conjunct or participle belongs to."""
    if _marked_passive(verb):
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True  # "the building hit by a missile"
    own_subject = any(c.dep_ in ("nsubj", "csubj") for c in verb.children)
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and not own_subject and is_passive(verb.head)


def headline_passive(verb: "Token", subject: "Token | None") -> bool:
    """A headline's passive with "was" left out ("Okafor arrested", "Varga killed in crossfire"): a
    verb that always takes an object, with a subject before it, no object and no auxiliary, heading
    its sentence; its subject is what the act was done to. So is a participle under a verb of seeing
    or finding ("she saw Horton killed", "police found the man wounded": the small model makes the
    noun its subject)."""
    headline = verb.dep_ == "ROOT" and verb.tag_ in ("VBN", "VBD")
    small_clause = verb.dep_ in ("ccomp", "xcomp", "oprd") and verb.tag_ == "VBN"
    return (subject is not None and subject.i < verb.i and (headline or small_clause)
            and not any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp", "conj") for c in verb.children))
