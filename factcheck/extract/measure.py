"""What a figure counts, read off the parse: the counted noun, the event verb, the measure.

"137 Velmorans died" counts deaths (the verb decides: measure "killed");
"30,000 to 60,000 troops" counts troops (the noun); "a depth of 1.2 miles"
measures depth (the noun governing the unit); "20 miles from the capital" a
distance (the unit's dimension).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..data import WordLists, change_words, crowd_verbs, scale_words, vague_plurals
from ..normalize import measures
from ..normalize.measures import measure_class, owner_key
from ..normalize.referents import singular
from ..normalize.units import parse_unit
from .cache import sent_of
from .measure_phrases import MARGIN_WORDS, SCORE_KINDS, compound_head, hyphen_modifier, margin, population

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

#: Dimensions of relative figures: a share or a multiple of something, not an amount of stuff.
RELATIVE = frozenset({"percent", "percentage_points", "multiple"})


def _quake_nouns(lists: WordLists) -> frozenset[str]:
    """Words of a quake and an aftershock from measures' tables, with ``QUAKE_NOUNS``' own."""
    quake = {w for w, cls in measures.CONTEXT_SYNONYMS.items() if cls == "quake"}
    aftershock = {w for w, cls in measures.MEASURE_CLASSES.items() if cls == "aftershocks"}
    return frozenset(quake | aftershock) | lists.raw("QUAKE_NOUNS")


_LISTS = WordLists("measure", derived={
    # Heads of vague and scaled amounts ("hundreds of", "a dozen"): amounts, not what is counted.
    "VAGUE_HEADS": lambda lists: vague_plurals() | frozenset(scale_words()),
    "MEASURE_DIMENSIONS": lambda lists: {noun: frozenset(fits) or None
                                         for noun, fits in lists.raw("MEASURE_DIMENSIONS").items()},
    "MEASURE_NOUNS": lambda lists: frozenset(lists.MEASURE_DIMENSIONS),
    "QUAKE_NOUNS": _quake_nouns,
})
#: The word lists of ``factcheck/data/measure.toml``, read on first use: MEASURE_DIMENSIONS (noun ->
#: the dimensions it measures, None: any), MEASURE_NOUNS (its nouns), UNIT_PARTS, AUX_LEMMAS,
#: TOLL_VERBS, BOUND_ADVERBS, STATE_VERBS, AGENT_SUBJECT_CLASSES, OWN_OBJECTS, CIRCUMSTANCE_PREPOSITIONS, QUAKE_NOUNS,
#: CHANGE_ROLES, PARENT_NOUNS; and
#: VAGUE_HEADS, data's vague plurals and scale words.
__getattr__: Any = _LISTS.module_getattr(globals())

#: What ``measure_of`` gives a number that measures nothing: it names a kind of thing ("a
#: three-point play"); quantities drops it.
NO_MEASURE = ""


def measure_of(head: "Token", span: list["Token"], unit: str | None, hint: str | None,
               toks: list["Token"], end: int) -> tuple[str, "Token | None", "Token | None", int]:
    """(measure lemma, counted noun, event word, end index of the claim's span in ``toks``)."""
    noun = _counted_noun(head, span, toks, end)
    if noun is None and hint == "fraction" and end < len(toks) and toks[end].pos_ == "NOUN":
        noun = toks[end]  # "one in five adults"
    if unit is not None and noun is not None and (parse_unit(noun.text) is not None
                                                  or noun.lower_ in _LISTS.UNIT_PARTS):
        noun = noun.head if noun.dep_ in ("compound", "amod") and noun.head.pos_ == "NOUN" else None
    if noun is not None and head.dep_ == "pobj" and head.head.head == noun \
            and (children := _LISTS.PARENT_NOUNS.get(noun.lemma_.casefold())):
        return children, None, None, end  # "a mother of 12" counts her children
    verb = _event_word(noun or head)
    last = _span_end(noun, verb, toks, end)
    if hint in ("clock_time", "date"):
        return ("time" if hint == "clock_time" else "date"), noun, None, end
    if hint == "age":
        return "age", noun, None, last
    if unit is not None:
        return _unit_measure(head, unit, noun), noun, verb, last
    if noun is not None and measure_class(noun.lemma_.casefold()) in measures.EVENT_CLASSES:
        return noun.lemma_.casefold(), noun, None, last  # "2 Hurt", "3 dead" in a headline
    state = _object_state(noun if noun is not None else head)
    if state is not None:
        return event_lemma(state), noun, state, max(last, state.i - toks[0].i + 1)
    if noun is not None and margin(noun):  # "led by 18 points", "won by 15 points": the margin
        return f"{noun.lemma_.casefold()} margin", noun, None, last
    if verb is not None:
        return event_lemma(verb), noun, verb, last
    if noun is not None:
        if population(noun):
            return "population", noun, None, last  # "home to 120,000 people", "which has 200,000 residents"
        if hyphen_modifier(noun, head):  # "a 10-point lead", "a 40-yard touchdown": the lead's, the play's
            described = compound_head(noun).lemma_.casefold()
            if described in SCORE_KINDS:
                return NO_MEASURE, noun, None, last  # "a three-point play", "from 3-point range": a kind
            size = "margin" if described in MARGIN_WORDS else described  # "a 10-point lead": a margin
            return f"{noun_phrase_lemma(noun)} {size}", noun, None, last
        counted = noun_phrase_lemma(noun)
        act = f"{noun.head.lemma_.casefold()} {counted}"  # "caught 59 passes": 59 receptions
        return (act if noun.dep_ == "dobj" and measure_class(act) != act else counted), noun, None, last
    if head.dep_ == "nsubj" and (crowd := crowd_verbs().get(head.head.lemma_.casefold())):
        return crowd, None, None, last  # "10,000 gathered", "hundreds marched": a crowd of people
    changed = _changed_subject(head)
    if changed is not None:  # "membership increased by 3,000 to 15,000": a count of membership
        return noun_phrase_lemma(changed), None, None, last
    return "count", None, None, last


def _changed_subject(tok: "Token") -> "Token | None":
    """The noun whose change a bare number gives: the subject of the verb of change it hangs from
    ("the union's membership increased by 3,000 to 15,000"), a common noun, not a pronoun or a name."""
    for _ in range(3):
        if tok.dep_ not in ("pobj", "prep", "quantmod", "npadvmod", "dobj", "nummod") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            break
    if tok.pos_ != "VERB" or tok.lemma_.casefold() not in change_words():
        return None
    return next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def is_magnitude(head: "Token", span: list["Token"]) -> bool:
    """A bare decimal below 10 in a sentence about an earthquake is its magnitude.

    "a 2.9 aftershock", "an earthquake measuring 4.6", "officials said it was 6.1":
    people and things are not counted in decimals, so the sentence's topic decides.
    """
    if len(span) != 1 or "." not in head.text or not head.text.replace(".", "", 1).isdigit():
        return False
    return float(head.text) < 10 and any(t.lemma_.casefold() in _LISTS.QUAKE_NOUNS | {"magnitude", "richter"}
                                         for t in sent_of(head))


def _counted_noun(head: "Token", span: list["Token"], toks: list["Token"], end: int) -> "Token | None":
    ids = {t.i for t in span}
    after = toks[end] if end < len(toks) else None
    if after is not None and after.text == "-" and end + 1 < len(toks) and toks[end + 1].pos_ == "NOUN":
        return toks[end + 1]  # "six-storey building" counts storeys
    if after is not None and after.text == "-" and end + 1 < len(toks) and toks[end + 1].lower_ == "strong":
        strong = toks[end + 1]
        return strong.head if strong.head.pos_ == "NOUN" else None  # "the 5,000-strong force" counts the force
    for tok in span:  # "thousands of troops", "tens of thousands of protesters"
        if tok.lower_ in _LISTS.VAGUE_HEADS or tok.pos_ == "NOUN":
            for of in (c for c in tok.children if c.lower_ == "of" and c.i not in ids):
                pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    noun = None
    by_change = head.i > 0 and head.nbor(-1).lower_ == "by"  # "fell by half the previous year": no "half the"
    if (head.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod", "npadvmod", "appos")
            or (head.dep_ == "predet" and not by_change)) \
            and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
        noun = head.head
    elif head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        return head.head.head  # "a population of 120,000", "a toll of 10"
    while noun is not None and noun.dep_ in ("compound", "nmod") and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head  # "60 Russian battalion tactical groups" counts groups
    return _past_hyphen(noun)


def _past_hyphen(noun: "Token | None") -> "Token | None":
    """The last part of a hyphenated noun the tokenizer split ("100 e-mails": "e", "-", "mails"); not a
    dash written as a hyphen before a name ("20,000 scientists-The Wildlife Society")."""
    doc = noun.doc if noun is not None else None
    while noun is not None and not noun.whitespace_ and noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" \
            and not doc[noun.i + 1].whitespace_ and doc[noun.i + 2].is_alpha and doc[noun.i + 2].is_lower:
        noun = doc[noun.i + 2]
    return noun


def _span_end(noun: "Token | None", verb: "Token | None", toks: list["Token"], end: int) -> int:
    """The claim's text runs through the counted noun and an adjacent event verb."""
    base = toks[0].i
    last = end
    if noun is not None and end - 1 <= noun.i - base < end + 6 \
            and not any(t.is_punct and not (t.text == "-" and not t.whitespace_) for t in toks[end : noun.i - base]):
        last = noun.i - base + 1
    if verb is not None and 0 <= verb.i - base - last < 3 and all(
        t.lemma_ in _LISTS.AUX_LEMMAS or t.dep_ in ("aux", "auxpass", "neg") or t.lower_ in ("more", "others")
        for t in toks[last : verb.i - base]
    ):
        last = verb.i - base + 1
    return last


def _event_word(tok: "Token") -> "Token | None":
    """The verb or adjective that says what happened to what is counted ("died", "wounded")."""
    for child in tok.children:
        if child.dep_ in ("acl", "amod", "relcl") and measure_class(event_lemma(child)) in measures.EVENT_CLASSES:
            return child
    node, circumstance = tok, False
    for _ in range(3):
        # not through "conj": in "80 Hurt and 7 Villages Damaged" the villages are not hurt
        bound = node.dep_ == "advmod" and node.lower_ in _LISTS.BOUND_ADVERBS  # "could rise as high as 20"
        if (node.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "appos", "pobj", "prep") and not bound) \
                or node.head.i == node.i:
            break
        if node.dep_ == "nsubj" and measure_class(event_lemma(node.head)) in _LISTS.AGENT_SUBJECT_CLASSES \
                and any(c.dep_ == "dobj" and c.lower_ not in _LISTS.OWN_OBJECTS for c in node.head.children):
            break  # "35 drone strikes have killed 340 people": the strikes did it ("seven killed themselves" died)
        circumstance = circumstance or (node.dep_ == "pobj" and node.head.lower_ in _LISTS.CIRCUMSTANCE_PREPOSITIONS)
        node = node.head
        lemma = event_lemma(node)
        if circumstance and measure_class(lemma) in measures.EVENT_CLASSES:
            return None  # "killed 14 people in two separate shootings": shootings, not the killed
        if measure_class(lemma) in measures.EVENT_CLASSES or (node.pos_ in ("VERB", "ADJ")
                                                               and lemma in measures.MEASURE_CLASSES):
            return node
        if node.pos_ == "VERB" and lemma in _LISTS.TOLL_VERBS:
            subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.casefold() == "toll":
                return subj
    return None


def event_lemma(word: "Token") -> str:
    """The measure an event word gives: its lemma, or the class a phrase stands for.

    "death toll" and "shot dead" are "killed"; "taken to hospital" is "hospitalize", and
    "wounded" with its injuries ("taken to hospital with injuries"); "lost their lives" is "lose
    life" (killed); "are missing" is "missing", though the parser's lemma is "miss".
    """
    lemma = word.lemma_.casefold()
    if lemma == "toll" or (lemma == "shoot" and any(t.lower_ in ("dead", "death") for t in word.subtree)):
        return "killed"
    if lemma in ("take", "rush", "airlift", "admit") and any(
        t.lemma_.casefold() in ("hospital", "hospitals") for t in word.subtree
    ):
        injured = any(measure_class(t.lemma_.casefold()) == "wounded" for t in word.subtree if t is not word)
        return "wounded" if injured else "hospitalize"
    life = next((c for c in word.children if c.dep_ == "dobj" and c.lemma_.casefold() in ("life", "lives")), None)
    if word.pos_ == "VERB" and life is not None and measure_class(f"{lemma} life") in measures.EVENT_CLASSES:
        return f"{lemma} life"  # "five policemen lost their lives", "... sacrificed their lives"
    if (measure_class(lemma) not in measures.EVENT_CLASSES and measure_class(word.lower_) in measures.EVENT_CLASSES
            and not any(c.dep_ == "dobj" for c in word.children)):
        return word.lower_  # "29 are missing": the lemma "miss" loses the state ("missing four games" keeps it)
    return lemma


def noun_phrase_lemma(noun: "Token") -> str:
    """The counted thing with its compounds, lemmatized: "battalion tactical group"; a hyphenated word
    the tokenizer split is one ("e-mails": "email")."""
    mods = [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod") and c.i < noun.i
            and not c.like_num and not c.is_punct and c.lower_ not in _LISTS.VAGUE_HEADS
            and c.ent_type_ not in ("NORP", "GPE")
            and owner_key(c.text) is None
            and c.lower_ not in ("more", "other", "additional", "further", "new", "least")]
    first_compound = min((x.i for x in mods if x.dep_ != "amod"), default=noun.i)
    mods = [m for m in mods if m.dep_ != "amod" or m.i > first_compound]
    # words before the number are the noun's only after "a" ("a bonus 50 seats", "a record 40
    # points"), not in "the navy on Wednesday test-fired nine missiles"
    number = min((c.i for c in noun.children if c.dep_ == "nummod" and c.i < noun.i), default=-1)
    article = any(c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < number for c in noun.children)
    mods = [m for m in mods if m.i > number or article]
    # the right half of a hyphenated modifier is no noun of it: "long-range missiles", "anti-aircraft guns"
    mods = [m for m in mods if not (m.i >= 2 and _after_hyphen(m))]
    doc, lemma, k = noun.doc, _lemma(noun), noun.i
    while k >= 2 and _after_hyphen(doc[k]) and doc[k - 2].is_alpha and not doc[k - 2].like_num and doc[k].is_lower:
        lemma, k = doc[k - 2].lower_ + lemma, k - 2  # "e-mails" is an email, "x-rays" an xray
    mods = [m for m in mods if m.i < k]
    return " ".join([*(_lemma(m) for m in mods), lemma])


def _lemma(tok: "Token") -> str:
    """A word's lemma, casefolded; a title-case headline's common noun, tagged a proper noun and left
    plural by the lemmatizer ("Strong Quake Kills 6; 4 Villages Damaged"), made singular, as is a
    people's name the tagger sometimes takes for one ("tens of thousands of Velmorans": velmoran)."""
    if tok.pos_ == "PROPN" and tok.is_title and tok.lemma_ == tok.text \
            and (tok.ent_type_ in ("", "NORP") or owner_key(tok.text) is not None):
        return singular(tok.lower_)
    return tok.lemma_.casefold()


def _after_hyphen(tok: "Token") -> bool:
    """Whether a word is written after a hyphen that joins it to the word before ("medium-range")."""
    before = tok.doc[tok.i - 1]
    return before.text == "-" and not before.whitespace_ and not tok.doc[tok.i - 2].whitespace_


def _unit_measure(head: "Token", unit: str, noun: "Token | None") -> str:
    parsed = parse_unit(unit)
    dimension = parsed.dimension if parsed else "amount"
    if dimension == "magnitude":
        return "magnitude"
    node = head
    for _ in range(4):  # "a depth of 1.2 miles", "1.2 miles deep", "speeds up to 120 mph"
        node = node.head
        lemma = node.lemma_.casefold()
        if _measures(lemma, dimension):
            return lemma
        if lemma == "deep" and dimension == "length":
            return "depth"
        if node.head.i == node.i:
            break
    if noun is not None and _measures(noun.lemma_.casefold(), dimension):
        return noun.lemma_.casefold()
    if dimension == "length":
        return "distance"
    if dimension.startswith("money") or dimension == "percent":
        return noun.lemma_.casefold() if noun is not None else dimension.split(":")[0]
    return dimension


def _measures(lemma: str, dimension: str) -> bool:
    """Whether the noun ``lemma`` names a measure of a figure of ``dimension``."""
    if lemma not in _LISTS.MEASURE_DIMENSIONS:
        return False
    fits = _LISTS.MEASURE_DIMENSIONS[lemma]
    # a share or a multiple measures anything: "the depth grew 10%", "three times the price"
    return fits is None or dimension in RELATIVE or dimension in fits or dimension.split(":")[0] in fits


def subject_of(noun: "Token | None") -> str | None:
    """The counted noun phrase as written, without the figure: "Russian battalion tactical groups"."""
    if noun is None:
        return None
    words = [t for t in noun.subtree if t.i <= noun.i and not t.like_num
             and t.dep_ not in ("det", "predet", "quantmod", "punct")
             and t.lower_ not in ("more", "than", "least", "at", "about", "some", "nearly", "almost", "-")]
    return " ".join(t.text for t in words[-5:]) or None


def _object_state(noun: "Token | None") -> "Token | None":
    """The state a count is in, when it is a toll: the state a verb leaves its counted object in
    ("left 129 people dead", "left 3,000 homeless": the count is of the dead, not of people), or
    the one its subject is said to be in ("29 are missing", "33 people were still missing")."""
    if noun is None:
        return None
    if noun.dep_ != "dobj" and not (noun.dep_ == "nsubj" and noun.head.lemma_ in _LISTS.STATE_VERBS):
        return None
    return next((c for c in noun.head.children if c.dep_ in ("oprd", "acomp") and c.i > noun.i
                 and measure_class(event_lemma(c)) in measures.EVENT_CLASSES), None)



def amount_of(unit: "Token") -> str | None:
    """What a measured amount is of: "mourning" of "three days of national mourning", "rice" of
    "20 tonnes of rice" (the lemma of the object of "of" after the unit), or None."""
    for prep in unit.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and not obj.like_num:
                return obj.lemma_.casefold()
    return None


#: Steps up the parse from a figure to the word that makes it a change: the climb passes only
#: through the figure, its unit and prepositions, and "from 8% to 6.5%" puts five of them between.
CHANGE_DEPTH = 6


def change_of(toks: list["Token"], i: int, end: int, before: int) -> tuple[str | None, str | None]:
    """(change, role) of the figure ``toks[i:end]``: ("up", None) for "rose 6.5%", ("down", "to")
    for "fell to 12", (None, None) when the figure is not a change.

    ``before`` is the index of the figure's first word (its qualifier or sign). "up"/"down" just
    before it ("up 0.2%", not the particle of "made up 4.5%") make it a change; else the
    nearest change word up the parse does, climbing through the figure's own words, its unit
    and the prepositions of ``CHANGE_ROLES``, never through what it counts.
    """
    words = change_words()
    if before > 0 and toks[before - 1].lower_ in ("up", "down") and toks[before - 1].dep_ != "prt":
        return words[toks[before - 1].lower_], None
    # The role is the word just before the figure: the parser often reads "12 to 18" as one
    # quantity under "from", so the preposition above the figure is not always its own.
    role = "to" if before > 0 and toks[before - 1].lower_ == "to" else \
        "from" if toks[before].lower_ == "from" else None
    node = toks[end - 1]
    inside = {t.i for t in toks[i:end]}
    for _ in range(CHANGE_DEPTH):
        if node.head.i == node.i:
            return None, None
        head = node.head
        if node.like_num and node.dep_ == "nummod" and head.pos_ == "NOUN" and head.text not in ("%", "$") \
                and parse_unit(head.text) is None and head.lower_ not in _LISTS.UNIT_PARTS:
            return None, None  # the number's head is what it counts, not a change: "16 rebounds"
        node = node.head
        direction = words.get(node.lemma_.casefold()) or words.get(node.lower_)
        if direction and node.pos_ in ("VERB", "NOUN", "ADV", "ADJ", "ADP"):
            return direction, role
        if _measures_stuff(node):
            return None, None  # "dropped 5 inches of rain": the verb acts on the rain, the inches are a level
        if node.i in inside or node.text in ("%", "$") or node.like_num or parse_unit(node.text) is not None \
                or node.lower_ in _LISTS.UNIT_PARTS or node.lower_ == "minus":
            continue
        if node.pos_ in ("ADP", "PART") and node.lower_ in _LISTS.CHANGE_ROLES:
            continue
        return None, None
    return None, None


def _measures_stuff(unit: "Token") -> bool:
    """Whether ``unit`` is a physical unit, a verb's object, that measures a noun after "of" ("dropped
    5 inches of rain", "2 tonnes of aid"): an amount of stuff, not the size of a change. Shares and
    sums stay changes ("cut 20% of its staff", "cut $5m of spending"), as does "fell by 300 tonnes"."""
    parsed = parse_unit(unit.text) if unit.is_alpha and unit.dep_ == "dobj" else None
    if parsed is None or parsed.dimension.startswith("money") or parsed.dimension in RELATIVE:
        return False
    return any(c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children) for c in unit.children)
