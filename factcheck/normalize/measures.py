"""What a figure counts: measure classes, and whose figure it is (owners).

Two claims can only be the same fact when their measures fall in the same class
("died" and "killed"; "wounded" and "injured"; "fled" and "left the country").
The tables are small on purpose: a word missing here keeps its own lemma as its
class, so it still aligns with itself and never with something else.
"""

from __future__ import annotations

from functools import cache, lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz, process

from ..data import measure_synonyms

#: Lemma (verb, adjective or noun) -> measure class. Event classes describe what
#: happened to the people counted; noun classes describe what is counted.
MEASURE_CLASSES: dict[str, str] = {
    **dict.fromkeys(
        ["kill", "killed", "die", "dead", "death", "fatality", "perish", "murder", "slay",
         "toll", "death toll", "lose life", "shoot dead", "shot dead", "shoot to death", "execute"],
        "killed",
    ),
    **dict.fromkeys(["wound", "wounded", "injure", "injured", "injury", "hurt", "maim"], "wounded"),
    **dict.fromkeys(["casualty"], "casualties"),
    **dict.fromkeys(["flee", "fled", "escape", "leave country", "leave the country", "refugee"], "fled"),
    **dict.fromkeys(["evacuate", "evacuee"], "evacuated"),
    **dict.fromkeys(["arrest", "detain", "apprehend", "detention", "arrested"], "arrested"),
    **dict.fromkeys(["missing", "unaccounted"], "missing"),
    **dict.fromkeys(["displace", "displaced", "homeless"], "displaced"),
    **dict.fromkeys(["rescue", "save"], "rescued"),
    # taken to hospital counts as injured: the fixtures' reports give one figure for both
    **dict.fromkeys(["hospitalize", "hospitalise", "hospitalized"], "wounded"),
    **dict.fromkeys(["troop", "soldier", "serviceman", "servicemember"], "troops"),
    # crowd words name the same people; roles (police, troops, firefighters) stay apart
    **dict.fromkeys(["people", "person", "individual", "protester", "demonstrator", "marcher",
                     "resident", "civilian"], "people"),
    **dict.fromkeys(["aftershock", "tremor"], "aftershocks"),
}

#: Classes defined by what happened to the people counted. Two figures of one of
#: these classes about the same event are the same fact even when the sentences
#: share no other word ("137 Ukranians died" / "137 were killed"). Other classes
#: (plain nouns: troops, buildings) also need shared context to align.
EVENT_CLASSES = frozenset(
    {"killed", "wounded", "casualties", "fled", "evacuated", "arrested", "missing",
     "displaced", "rescued"}
)

#: Scope words that make a figure an increment on an earlier one ("two more rebounds", "another
#: 8 minutes", "two extra life sentences"): a part added, not the whole another report states.
#: "other" is none ("two others" and "the two wounded" may be the same two people), but it
#: meets one ("three other explosions" / "three further explosions" are one count).
INCREMENT_WORDS = frozenset({"another", "more", "additional", "further", "extra"})

#: Running counts: a later, higher figure of these classes is an update, not a conflict.
CUMULATIVE_CLASSES = frozenset({"killed", "wounded", "casualties", "fled", "evacuated",
                                "arrested", "displaced", "rescued", "aftershocks"})

#: Nouns for a person by kinship or age, after which a number set off by commas is an age
#: ("his two half-brothers, 17 and 22,").
KIN_NOUNS = frozenset({"brother", "sister", "son", "daughter", "mother", "father", "mom", "dad", "wife", "husband",
                       "boy", "girl", "teen", "cousin", "uncle", "aunt", "nephew", "niece", "grandson",
                       "granddaughter", "grandmother", "grandfather", "suspect", "friend", "boyfriend", "girlfriend"})
#: Nouns that count people: with an event verb, the verb is the measure.
PERSON_NOUNS = frozenset(
    [
        "people", "person", "man", "men", "woman", "women", "child", "children", "civilian", "resident", "citizen",
        "worker", "employee", "officer", "policeman", "police", "soldier", "troop", "fighter", "militant", "rebel",
        "protester", "demonstrator", "student", "pupil", "passenger", "victim", "patient", "refugee", "migrant",
        "guard", "journalist", "miner", "tourist", "national", "member", "adult", "baby", "infant", "teenager", "youth",
        "other", "more"
    ]
)

#: Owners no package lists: informal country names, blocs and institutions standing for a state.
#: Every country's own names, demonym and capital come from data (``owners``).
OWNERS: dict[str, str] = {
    **dict.fromkeys(["us", "u.s.", "usa", "u.s.a.", "united states", "america", "american",
                     "americans", "pentagon", "washington"], "united states"),
    **dict.fromkeys(["uk", "u.k.", "britain", "great britain", "united kingdom", "british", "briton",
                     "britons", "english", "england"], "united kingdom"),
    **dict.fromkeys(["nato"], "nato"),
    **dict.fromkeys(["eu", "european union"], "european union"),
    **dict.fromkeys(["europe", "european", "europeans"], "europe"),
}
#: A demonym spelled within this similarity (rapidfuzz ratio, 0-100) of a known
#: one is taken as it: "Ukranians" (92 to "ukrainians") yes, "Austrian" to
#: "russian" (80) no. Chosen from the seeds' typos and a list of look-alike
#: demonym pairs (iranian/iraqi 62, sudanese/south sudanese 76).
OWNER_MIN_SIMILARITY = 90


@cache
def owners() -> dict[str, str]:
    """Names that stand for a country or bloc -> its owner key (the gazetteer's country key).

    ``OWNERS``, then for every country: its names (GeoNames, ISO 3166), its capital when large and
    what its name names first, and its demonym with the plural ("Norwegian", "Norwegians"): the
    generated ``owners.tsv`` (``factcheck.data.build_gazetteer``), read on first use.
    """
    from ..data import owner_names

    return {**{name: key for name, key in owner_names().items() if name not in OWNERS}, **OWNERS}


@lru_cache(maxsize=4096)
def owner_key(text: str) -> str | None:
    """The owner a demonym or country name stands for ("Ukranians" -> "ukraine"), or None."""
    key = anyascii(text).casefold().strip().removeprefix("the ")
    table = owners()
    if key in table:
        return table[key]
    if len(key) < 5:
        return None
    match = process.extractOne(key, table.keys(), scorer=fuzz.ratio, score_cutoff=OWNER_MIN_SIMILARITY)
    return table[match[0]] if match else None


#: Words that tell the same story in different words, folded before context is compared
#: ("It hit at 1:53 p.m." and "The quake, which struck at 1353").
CONTEXT_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(["strike", "hit", "jolt", "rock", "shake", "rattle"], "strike"),
    **dict.fromkeys(["occur", "happen", "take"], "occur"),
    **dict.fromkeys(["quake", "earthquake", "temblor", "tremor"], "quake"),
    **dict.fromkeys(["kill", "die", "dead", "death", "fatality"], "kill"),
    **dict.fromkeys(["injure", "wound", "hurt", "injury"], "injure"),
    **dict.fromkeys(["blaze", "fire"], "fire"),
    **dict.fromkeys(["capture", "seize", "take"], "capture"),
    **dict.fromkeys(["say", "tell", "state", "announce", "report"], "say"),
}


def context_word(lemma: str) -> str:
    """A context lemma folded to its synonym class."""
    return CONTEXT_SYNONYMS.get(lemma, lemma)


def measure_class(lemma: str) -> str:
    """The synonym class of a measure lemma: an event class, else a class of measure nouns that
    count one thing under two names ("catches" / "receptions", data/measure_synonyms.tsv); an
    unknown lemma is its own class."""
    key = lemma.casefold()
    return MEASURE_CLASSES.get(key) or measure_synonyms()[0].get(key, key)


def dimension_class(measure_class: str, dimension: str) -> str:
    """The class of a measure in a figure of ``dimension``: a noun that names only the dimension
    ("a price of $119.99" is a sum of money) takes the dimension's class; others stay."""
    return measure_synonyms()[1].get((measure_class, dimension.split(":")[0]), measure_class)
