"""Find the events an article states: who did what to whom, where and when.

Reads spaCy's dependency parse: each verb with its subject and object is a candidate; a passive
is turned around, negation kept, particles and light verbs choose the action ("took control of"
-> capture). Speech, copulas, modal or intended clauses, questions, quotes, background history
and clauses without a concrete actor or object are left out (docs/events.md). The values are
normalized strings (``factcheck.normalize.events``, ``factcheck.normalize.referents``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..data import YEAR_PATTERN
from ..normalize import event_words as lexicon
from ..normalize import measures
from ..normalize.events import action_class, event_noun_class, is_action, quoted_spans
from ..normalize.measures import context_word, measure_class
from ..normalize.referents import entity_key, entity_relation, is_weapon
from ..types import Article, Claim, Event, Frame
from .cache import ents_of, sent_of, sents_of, text_of
from .context import CONTENT_POS, EMPTY_CONTEXT, REPORTING_VERBS, attribution
from .event_mood import headline_passive, hypothetical, is_passive
from .event_nouns import noun_clause
from .event_phrases import (
    _attached,
    _child,
    _Clause,
    _concrete,
    _core_tokens,
    _gerund_done,
    _is_numeric,
    _phrase,
    _pobjs,
    _subject,
    _time_of,
    _unwrap,
    _value_of,
    _written_tokens,
    clause_places,
    is_moment,
    left_place,
    ongoing,
    source_sides,
)
from .event_pronouns import antecedent

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

#: Verbs that report, judge, perceive or intend rather than do: never an event of their own
#: (what they report may be one: "Velmoran authorities said Tarsian forces captured ...").
NON_EVENT_VERBS = REPORTING_VERBS | lexicon.NOT_EVENT_VERBS
_YEAR = re.compile(rf"\b({YEAR_PATTERN})\b")


def event_claims(doc: "Doc", article: Article) -> list[Claim]:
    """Checkable events of an article: ``Claim(kind="event", value=Event(...))``.

    ``doc`` is the parse of the body (``article.text[article.body_start:]``); offsets index
    ``article.text``, and ``text`` runs from the first to the last token of the clause.
    """
    quoted = quoted_spans(text_of(doc))
    ref_year = _reference_year(doc, article)
    claims = []
    for sent in sents_of(doc):
        if sent.text.strip().rstrip("”\"’' ").endswith("?"):
            continue
        for tok in sent:
            if tok.pos_ not in ("VERB", "NOUN") or any(s <= tok.idx < e for s, e in quoted):
                continue
            clause = _clause(tok) if tok.pos_ == "VERB" else noun_clause(tok)
            if clause is not None and (claim := _claim(clause, article, ref_year)) is not None:
                claims.append(claim)
    return claims


def _claim(clause: _Clause, article: Article, ref_year: int | None) -> Claim | None:
    """The event claim a clause states, or None (not checkable, or background)."""
    verb = clause.verb
    if _background(verb, ref_year) or not _resolve(clause):
        return None
    located = clause_places(clause)
    places = list(dict.fromkeys(p for p, _ in located))
    actor, obj = _value_of(clause.actor, clause.actor_text), _value_of(clause.object, clause.object_text)
    place = places[0] if places else None
    if not _checkable(clause, actor, obj, place):
        if not _shot_at(clause):
            return None
        clause.object = clause.object_text = obj = None  # "fired at hundreds of concert-goers": fired
        if not _checkable(clause, actor, obj, place):
            return None
    guessed = tuple(role for role in ("actor", "object") if getattr(clause, f"{role}_text") is not None)
    denial = clause.negated and any(entity_relation(actor, side) == "same" for side in source_sides(verb))
    event = Event(actor=actor, action=action_class(clause.action), object=obj, place=place,
                  time=_time_of(verb), negated=clause.negated, guessed=guessed, denial=denial,
                  ongoing=ongoing(verb))
    span = _span_tokens(clause) + [t for _, tok in located for t in _core_tokens(tok)
                                   if sent_of(t) == sent_of(verb) and not t.is_space]
    doc, offset = verb.doc, article.body_start
    first, last = min(t.i for t in span), max(t.i for t in span)
    start, end = doc[first].idx + offset, doc[last].idx + len(doc[last]) + offset
    shown, origin = attribution(verb)
    context = frozenset(
        word for t in doc[first : last + 1]
        if t.pos_ in CONTENT_POS and not t.is_stop and t.is_alpha
        and (word := context_word(t.lemma_.casefold())) not in EMPTY_CONTEXT
    )
    return Claim(
        article=article.id, kind="event", start=start, end=end, text=article.text[start:end],
        sentence=sent_of(verb).text, value=event, attribution=shown, origin=origin,
        frame=Frame(places=frozenset(places), context=context), mentions=((start, end),),
    )


def _clause(verb: "Token") -> _Clause | None:
    """The verb's action and arguments, or None when the verb states no event."""
    if verb.dep_ in ("amod", "aux", "auxpass") or (verb.dep_ == "pcomp" and not _gerund_done(verb)) \
            or verb.lemma_.casefold() in lexicon.COPULAS:
        return None  # "from leaving the country", "falling debris": no clause of their own
    lemma = verb.lemma_.casefold()
    complement = _child(verb, "acomp", "attr", "oprd")
    if complement is not None and not is_action(f"{lemma} {complement.lower_}"):
        return None  # "remains defiant", "called the attacks a special operation"; "shot dead" is kept
    clause = _Clause(verb=verb, action=f"{lemma} {complement.lower_}" if complement is not None else lemma)
    if complement is None:
        _choose_action(clause)
    # "explosions were heard in X", "the quake was felt in X": a sense verb in the passive says the
    # event noun happened there (``OCCURRENCE_VERBS``), and is no event of its own otherwise
    sensed = f"be {lemma}" in lexicon.OCCURRENCE_VERBS and is_passive(verb)
    if sensed:
        clause.action = f"be {lemma}"
    clause.in_table = is_action(clause.action)
    if not clause.in_table and lemma in NON_EVENT_VERBS and not sensed:
        return None
    if hypothetical(verb) or (verb.dep_ == "xcomp" and verb.head.lemma_.casefold() in lexicon.CESSATION_HEADS):
        return None  # "stopped firing": the firing's end, no act of its own
    failed = verb.dep_ == "xcomp" and verb.head.lemma_.casefold() == "fail"  # "failed to capture" negates
    clause.negated = any(c.dep_ == "neg" for c in verb.children) != failed
    subject = _subject(verb)
    if subject is None and verb.tag_ == "VBG":
        return None  # "effectively crippling the country's defense": a gerund, no clause
    if subject is not None:
        subject = _antecedent_of_relative(verb, subject)
    if is_passive(verb):
        clause.object = subject
        clause.actor = next((p for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                             for p in _pobjs(c)), None)
    elif lemma in lexicon.PATIENT_SUBJECT:
        clause.object = subject
    else:
        clause.actor = subject
        if clause.object is None and not clause.light:
            clause.object = _child(verb, "dobj")
        if clause.object is None and action_class(clause.action) in lexicon.LEAVING_CLASSES:
            clause.object = left_place(verb)  # "checked into X but then left": left X
        if clause.object is None and (preps := lexicon.TARGET_CLASSES.get(action_class(clause.action))):
            clause.object = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                                  for p in _pobjs(c)), None)  # "fired at Halvik": Halvik
        if clause.object is None and not clause.light and action_class(clause.action) in lexicon.TRANSITIVE_CLASSES:
            clause.object = _shared_object(verb)  # "have arrested and charged X": X was arrested too
            if clause.object is None and clause.action in lexicon.OBJECT_ONLY_PHRASES:
                return None  # "Obama took over": a role taken on, not a place seized
            if clause.object is None and headline_passive(verb, subject):
                clause.actor, clause.object = None, subject  # "Varga killed in crossfire"
    for role in ("actor", "object"):
        tok = getattr(clause, role)
        setattr(clause, role, _unwrap(tok))
        if tok is not getattr(clause, role):
            clause.extra += _written_tokens(tok)  # the span keeps "some of", "the town of"
    if clause.action in lexicon.LANDINGS:  # a shell landing on X strikes it; a plane landing arrives
        weapon = clause.actor is not None and is_weapon(entity_key(_phrase(clause.actor)))
        clause.action, clause.object = ("land on", clause.goal) if weapon else ("land in", None)
    found = _as_noun_event(clause)
    return found if not sensed or (found is not None and found.noun_event) else None


def _choose_action(clause: _Clause) -> None:
    """Particles, light-verb nouns and prepositions that make a listed phrase pick the action."""
    verb, lemma = clause.verb, clause.action
    prt = _particle(verb)
    base = f"{lemma} {prt.lower_}" if prt else lemma
    dobj = _unwrap(_child(verb, "dobj"))  # "announced a series of sanctions"
    if dobj is not None and is_action(f"{base} {dobj.lemma_.casefold()}"):
        clause.action, clause.extra, clause.light = f"{base} {dobj.lemma_.casefold()}", [dobj], True  # "took control"
        act = dobj.lemma_.casefold() in lexicon.ACT_OBJECTS  # "a curfew in Eastport" is where, not whom
        preps = lexicon.ACT_OBJECT_PREPS if act else lexicon.LIGHT_OBJECT_PREPS
        clause.object = next((p for holder in (dobj, verb) for c in holder.children
                              if c.dep_ == "prep" and c.lower_ in preps for p in _pobjs(c)), None)
        return
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        pobj = next(iter(_pobjs(prep)), None)
        if pobj is not None and is_action(f"{base} {prep.lower_} {pobj.lemma_.casefold()}"):
            clause.action, clause.extra = f"{base} {prep.lower_} {pobj.lemma_.casefold()}", [pobj]  # "shot to death"
            return
        dated = pobj is not None and pobj.ent_type_ in ("DATE", "TIME")  # "marched on Sunday" is no "march on"
        # a listed verb keeps its class ("rammed into X" strikes as "rammed X" does), unless the phrase
        # is another act and the verb acts on nothing else: "fired at X" shot him, "fired X" dismissed him
        other = dobj is None and action_class(f"{base} {prep.lower_}") != action_class(base)
        if is_action(f"{base} {prep.lower_}") and (not is_action(base) or other) and not dated:
            clause.action, clause.goal = f"{base} {prep.lower_}", pobj  # "slammed into X", "moving toward X"
            clause.extra = [t for t in (prep, pobj) if t is not None]
            if dobj is None and not is_passive(verb) and action_class(clause.action) not in lexicon.MOTION_CLASSES:
                clause.object = pobj
            return
    acted_on = dobj or _unwrap(_child(verb, "nsubjpass"))  # "launched two missiles" / "missiles were launched"
    if base in lexicon.WEAPON_VERBS and acted_on is not None and is_weapon(entity_key(_phrase(acted_on))):
        base = lexicon.WEAPON_VERBS[base]  # fired; "launched a phone" is no firing
    if base in lexicon.DEADLY_VERBS and any(c.dep_ == "advmod" and c.lower_ in lexicon.DEADLY_ADVERBS
                                            for c in verb.children):
        base = "kill"  # "fatally shot", "mortally wounded": killed
    clause.action = base


def _shared_object(verb: "Token") -> "Token | None":
    """The object of the next verb of a coordination, when nothing but "and", a comma or an adverb
    stands between them and that verb has no subject of its own: "arrested and charged X"."""
    nxt = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if nxt is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children):
        return None
    between = verb.doc[verb.i + 1 : nxt.i]
    if not all(t.dep_ in ("cc", "punct", "advmod", "aux") or t.is_space for t in between):
        return None
    return _child(nxt, "dobj")


def _particle(verb: "Token") -> "Token | None":
    """The verb's particle, or an adverb parsed in its place that makes a listed phrase ("pulled back")."""
    return _child(verb, "prt") or next(
        (c for c in verb.children if c.dep_ == "advmod" and c.lower_ in lexicon.PARTICLE_ADVERBS
         and is_action(f"{verb.lemma_.casefold()} {c.lower_}")), None)


def _antecedent_of_relative(verb: "Token", subj: "Token") -> "Token":
    """"that/which/who" of a relative clause stands for the noun the clause describes."""
    if verb.dep_ != "relcl" or subj.tag_ not in ("WDT", "WP") and subj.lower_ not in ("that", "which", "who"):
        return subj
    noun = verb.head
    if noun.lower_ in lexicon.PART_NOUNS and noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        return noun.head.head  # "an airfield on the outskirts of Eastport that had been seized"
    return noun


def _as_noun_event(clause: _Clause) -> _Clause | None:
    """"Explosions rocked Eastport": the event noun is the action; where it happened is all that is left."""
    cls = action_class(clause.action)
    noun = clause.actor if clause.actor is not None else clause.object
    occurs = cls in lexicon.OCCURRENCE_VERBS or clause.action in lexicon.OCCURRENCE_VERBS
    if noun is not None and occurs:
        key = entity_key(_phrase(noun)) or ""  # "rocket attack" is a rocket, not an attack noun
        noun_cls = event_noun_class(key.split()[-1]) if key else None
        if noun_cls:
            clause.action, clause.noun_event, clause.in_table = noun_cls, True, True
            clause.extra = _written_tokens(noun)
            clause.where = clause.object if clause.object is not noun else None  # "a blast hit a building in X"
            clause.actor = clause.object = None
            return clause
    return None if cls == "occur" else clause


def _resolve(clause: _Clause) -> bool:
    """Pronoun actors/objects named by their antecedent; False when one cannot be."""
    for role in ("actor", "object"):
        tok = getattr(clause, role)
        if tok is None:
            continue
        anaphor = lexicon.ANAPHORS.get(tok.lower_) if any(c.lower_ == "the" for c in tok.children) else None
        if tok.pos_ != "PRON" and (anaphor is None or len(list(tok.children)) > 1):
            continue
        other = clause.object if role == "actor" else clause.actor
        named = (_value_of(other, None) if other is not None and other.pos_ == "PROPN"
                 and not tok.lower_.endswith(("self", "selves")) else None)
        found = antecedent(tok, anaphor, clause.verb, named)
        if found is None and tok.pos_ == "PRON" and role == "object" and _shot_at(clause):
            clause.object = None  # "began firing on them": a shot at no one named
            continue
        if found is None and tok.pos_ == "PRON":
            return False  # an unresolved "the capital" stays as written
        setattr(clause, f"{role}_text", found)
    return not _own_subject(clause)


def _own_subject(clause: _Clause) -> bool:
    """"He introduces her" with "her" resolved to whom "he" names: a plain (not reflexive) object
    pronoun is never its own clause's subject, so the guess is wrong."""
    obj = clause.object
    return (obj is not None and clause.object_text is not None and obj.pos_ == "PRON"
            and not obj.lower_.endswith(("self", "selves")) and clause.actor is not None
            and entity_relation(_value_of(clause.actor, clause.actor_text), clause.object_text) == "same")


def _background(verb: "Token", ref_year: int | None) -> bool:
    """History told for background: a founding verb with a year, or a year well before the news."""
    years = [int(y) for t in _attached(verb) if t.ent_type_ == "DATE" for y in _YEAR.findall(t.text)]
    founding = verb.lemma_.casefold() in lexicon.BACKGROUND_VERBS
    return bool(years) and (founding or (ref_year is not None and min(years) < ref_year - lexicon.BACKGROUND_YEARS))


def _checkable(clause: _Clause, actor: str | None, obj: str | None, place: str | None) -> bool:
    """Noise control: concrete stated arguments, something to anchor, no figure in disguise."""
    near = (t for c in clause.verb.children for t in (c, *c.children))  # the verb's words and theirs
    if any(t.ent_type_ in ("PERCENT", "MONEY") and t.dep_ in ("dobj", "npadvmod") for t in near):
        return False  # "Okafor shot 41.2 percent overall": a statistic, the figure's claim
    counted = (measure_class(clause.verb.lemma_) in measures.EVENT_CLASSES
               or action_class(clause.action) in lexicon.COUNTED)
    for tok, value in ((clause.actor, actor), (clause.object, obj)):
        if tok is not None and (value is None or is_moment(tok)):
            return False  # "Saturday, 6,000 sites were infected", "carried out attacks in 2012": when, not who or what
        partitive = tok is not None and tok.head.lower_ == "of" and _is_numeric(tok.head.head)
        # "two officers fatally shot X": a verb that always acts on something counts that, not its actor
        counts_it = tok is clause.object or clause.object is None \
            or action_class(clause.action) not in lexicon.TRANSITIVE_CLASSES
        if tok is not None and counted and counts_it and (_is_numeric(tok) or partitive):
            return False  # "137 were killed", "thousands of people fled": a figure the quantity claim carries
    concrete = [_concrete(t, v, text is not None)
                for t, v, text in ((clause.actor, actor, clause.actor_text), (clause.object, obj, clause.object_text))
                if t is not None and v is not None]
    if not all(concrete):
        return False
    if action_class(clause.action) == "fire" and obj and obj.split()[-1] in measures.PERSON_NOUNS \
            and not _shot_at(clause):
        return False  # "a man who was fired last week": dismissed, not shot at ("fired at two officers")
    if clause.noun_event or action_class(clause.action) in lexicon.PLACE_REQUIRED:
        return place is not None and (clause.noun_event or bool(concrete))
    return len(concrete) >= (1 if clause.in_table else 2)


def _shot_at(clause: _Clause) -> bool:
    """Whether the clause's object is what a shot was fired at ("fired at Halvik": ``TARGET_CLASSES``)."""
    preps = lexicon.TARGET_CLASSES.get(action_class(clause.action), ())
    tok = clause.object
    for _ in range(3):  # "at Halvik"; "at hundreds of concert-goers" (the object is what "hundreds of" counts)
        if tok is None or tok.head == tok:
            return False
        if tok.dep_ == "pobj" and tok.head.head == clause.verb:
            return tok.head.lower_ in preps
        tok = tok.head
    return False


def _span_tokens(clause: _Clause) -> list["Token"]:
    """Tokens the claim's text must cover: verb, auxiliaries, negation, particle, actor and object."""
    verb = clause.verb
    prt = _particle(verb)  # a particle, or an adverb read as one ("pulled back")
    toks = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "agent") or c == prt)]
    toks += [t for tok in (clause.actor, clause.object) if tok is not None for t in _written_tokens(tok)]
    toks += clause.extra
    sent = sent_of(verb)
    return [t for t in toks if sent.start <= t.i < sent.end and not t.is_space]


def _reference_year(doc: "Doc", article: Article) -> int | None:
    """The year the news is from: the published date's, else the latest year the article names."""
    if article.published and _YEAR.match(article.published[:4]):
        return int(article.published[:4])
    years = [int(y) for ent in ents_of(doc) if ent.label_ == "DATE" for y in _YEAR.findall(ent.text)]
    return max(years) if years else None
