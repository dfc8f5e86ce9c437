"""Events: action classes, comparable keys for who/what, and when two events are one.

Pure functions over strings and ``Event`` values (no spaCy): ``action_class`` ("seize" ->
"capture"), ``entity_key`` ("Russia's army", "Russian troops" -> "russia forces"),
``same_entity``, ``entity_relation`` (a conflict needs two distinct named referents; two
different generic descriptions are two events), and what align and compare ask of two events
(``events_may_align``, ``event_similarity``, ``event_difference``). Look-alike places never
merge (Austria/Australia, Sudan/South Sudan). Also the tables extract reads events with. See
docs/events.md.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

from ..types import Event
from .measures import OWNERS, PERSON_NOUNS, owner_key
from .places import PLACE_ALIASES, ZONE_PLACES, normalize_place, timezone_for_place


def _classes(table: dict[str, list[str]]) -> dict[str, str]:
    return {word: cls for cls, words in table.items() for word in [cls, *words]}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Verb lemma, "lemma particle", "lemma preposition" or "light verb + noun" -> action class.
#: Small on purpose: an unlisted verb is its own class, so it aligns only with itself.
ACTION_CLASSES: dict[str, str] = _classes({
    "capture": ["seize", "take control", "take over", "gain control", "occupy", "overrun"],
    "recapture": ["retake", "regain", "take back", "win back", "liberate", "regain control"],
    "strike": ["hit", "slam into", "crash into", "smash into", "plow into", "land on", "carry out strike",
               "launch strike"],
    "attack": ["assault", "raid", "storm", "launch attack", "carry out attack", "launch assault",
               "launch offensive", "mount attack", "mount assault"],
    "shell": ["bombard", "bomb", "pound", "blitz", "launch airstrike", "carry out airstrike"],
    "shoot down": ["down", "shoot out", "intercept", "bring down"],
    "fire": ["launch", "open fire", "fire at", "fire on"],
    "explode": ["blast", "detonate", "go off", "blow"],
    "destroy": ["demolish", "blow up", "flatten", "raze", "wipe out", "level"],
    "kill": ["shoot dead", "shoot to death", "gun down", "murder", "slay", "execute", "die", "perish"],
    "wound": ["injure", "hurt", "maim"],
    "flee": ["escape"],
    "leave": ["depart", "quit", "abandon"],
    "withdraw": ["pull out", "pull back", "retreat"],
    "stay": ["remain"],
    "advance": ["move toward", "move towards", "move on", "push toward", "push towards", "march on", "inch",
                "close in", "approach"],
    "surround": ["encircle", "besiege", "lay siege"],
    "enter": ["infiltrate", "break into", "cross into", "penetrate"],
    "damage": [], "evacuate": [], "invade": [],
    "deploy": ["send", "dispatch", "station"],
    "ban": ["bar", "prohibit", "forbid"],
    "repel": ["repulse", "fight off", "beat back", "push back", "fend off"],
    "arrest": ["detain", "apprehend"],
    "arrive": ["land in", "land at", "touch down"],
    "occur": ["happen", "take place", "break out", "erupt", "ring out"],
})
#: Nouns that make announcing or imposing them an act, not speech ("Biden announced sanctions
#: against Russia" = "the US imposed sanctions on Russia"): noun -> class, with ``ACT_VERBS``.
#: Left out: "measures", "plans", "steps" ("measures to curb inflation"). Seeds: +1 event.
ACT_OBJECTS = {"sanction": "sanction", "embargo": "sanction", "ban": "ban", "curfew": "impose curfew",
               "aid": "send aid"}
ACT_VERBS = ("announce", "impose", "unveil", "introduce", "declare", "slap", "levy", "approve", "order", "send")
ACTION_CLASSES.update({cls: cls for cls in ACT_OBJECTS.values()} | {
    f"{verb} {noun}": cls for verb in ACT_VERBS for noun, cls in ACT_OBJECTS.items()})
#: Classes whose preposition says where the actor went, not what it acted on ("landed in Kyiv").
MOTION_CLASSES = frozenset({"advance", "arrive", "withdraw"})
#: Classes checkable only with a stated place: "officers arrived" says nothing to check.
PLACE_REQUIRED = frozenset({"arrive"})
#: A weapon landing strikes ("a shell landed on the school"); anything else arrives there.
LANDINGS = frozenset({"land on", "land in", "land at"})
#: Adverbs parsed where a particle belongs ("pulled back"): taken when verb + adverb is listed.
PARTICLE_ADVERBS = frozenset({"back", "out", "off", "down", "up", "over", "away"})

#: Nouns that name an event ("explosions occurred in Kyiv"): with an occurrence verb the
#: noun is the action, so "explosions rocked Kiev" and "explosions took place in Kyiv" meet.
EVENT_NOUNS: dict[str, str] = _classes({
    "explode": ["explosion", "blast", "detonation"],
    "shell": ["shelling", "bombing", "bombardment", "airstrike", "air strike"],
    "fight": ["fighting", "clash", "battle", "gunfight", "firefight"],
    "attack": ["assault", "raid", "offensive"],
    "strike": [],
    "burn": ["fire", "blaze"],
    "quake": ["earthquake", "temblor", "tremor", "aftershock"],
})
#: Verbs that say an event noun happened (and where): "explosions rocked Kiev".
OCCURRENCE_VERBS = frozenset({"occur", "rock", "shake", "hit", "strike", "be hear", "hear", "continue"})

#: Words of actors and objects that name the same kind of thing (after singularizing).
NOUN_CLASSES: dict[str, str] = _classes({
    "forces": ["force", "troop", "soldier", "army", "military", "serviceman", "servicemen", "unit"],
    "missile": ["rocket", "projectile", "cruise missile", "ballistic missile"],
    "building": ["structure", "house", "apartment building", "apartment block", "residential block",
                 "block of flats", "tower block", "high rise"],
    "airport": ["airfield", "airstrip", "aerodrome"],
    "nuclear plant": ["nuclear power plant", "nuclear power station", "nuclear station", "power plant",
                      "power station", "npp", "atomic plant"],
    "air defense": ["air defence", "air defence system", "anti missile defense", "anti missile defence",
                    "anti aircraft defense", "anti aircraft defence", "air defense system",
                    "anti missile defense system", "anti aircraft defense system", "anti aircraft system"],
    "jet": ["fighter jet", "warplane", "fighter plane"],
    "plane": ["airplane", "aeroplane", "airliner", "flight"],  # "the first evacuation flight landed"
    "government": ["authority", "administration", "cabinet"],
    "police": ["police officer", "officer", "policeman", "policewoman", "deputy", "sheriff deputy", "trooper",
               "state police", "state trooper", "cop", "law enforcement", "law enforcement officer"],
})
#: Words after a weapon that make it an attack by that weapon: "rocket attack" is the rocket.
ATTACK_NOUNS = frozenset({"attack", "strike", "fire", "barrage", "salvo"})
WEAPONS = frozenset({"missile", "drone", "bomb", "shell", "artillery", "mortar", "grenade"})
#: Leaders whose name before a noun stands for their country: "Putin's army" is Russia's.
LEADER_OWNERS = {"putin": "russia", "zelensky": "ukraine", "zelenskyy": "ukraine", "lukashenko": "belarus",
                 "biden": "united states"}
#: What a leader stands for as an actor: the country, its government, its forces.
LEADER_ORGANS = frozenset({"government", "forces"})
#: Words that open a noun phrase and say nothing about what it names.
DETERMINERS = _words("""the a an another other this that these those some any its his her their our my your each
    every one two three four several many few both all""")

# What extract reads as an event (docs/events.md, "Noise control").

#: Verbs that judge, perceive, intend or speak rather than do (extract adds its reporting verbs):
#: never an event of their own, though what they report may be one.
NOT_EVENT_VERBS = _words(
    """accord tell call describe vow pledge promise swear urge ask plead appeal encourage invite
    hear see watch show know think believe hope want wish expect anticipate fear feel look seem
    appear include consider mean need try attempt plan aim seek intend threaten decide prepare
    condemn criticize criticise accuse blame praise slam denounce welcome thank discuss predict
    suggest become get have do make go come let help allow continue realize notice learn recognize
    remember understand identify name"""
)
COPULAS = frozenset({"be", "’re", "'re", "'s", "’s", "become", "seem"})
MODALS = frozenset({"can", "could", "may", "might", "must", "shall", "should", "will", "would", "ought",
                    "’ll", "'ll", "wo", "ca"})
#: Heads whose infinitive complement still happened ("began to shell"; "failed to" negates).
FACTIVE_HEADS = frozenset({"begin", "start", "continue", "keep", "manage", "fail", "succeed"})
#: Verbs of founding: with a year they tell history ("The treaty created NATO in 1949").
BACKGROUND_VERBS = frozenset({"create", "found", "establish", "form", "build", "sign", "adopt", "ratify"})
#: A dated clause this many years before the article's reference year is background.
BACKGROUND_YEARS = 1
#: Actions whose counted arguments make the clause a figure ("60 groups have been deployed").
COUNTED = frozenset({"kill", "wound", "flee", "evacuate", "deploy", "arrest", "shoot"})
#: Verbs whose grammatical subject is what the event happens to ("137 Ukrainians died").
PATIENT_SUBJECT = frozenset({"die", "perish"})
#: Nouns that locate rather than name ("the outskirts of Kyiv that had been seized"): a
#: relative clause on one of these describes the noun the phrase hangs from.
PART_NOUNS = frozenset({"outskirts", "edge", "centre", "center", "side", "part", "middle", "heart"})
PARTITIVES = frozenset({"some", "many", "all", "one", "several", "most", "none", "each", "part", "dozens",
                        "hundreds", "thousands", "two", "three", "both",
                        "series", "package", "raft", "set", "round", "wave", "batch", "tranche"})
#: Nouns of a named place: "captured the town of Belmar" = "captured Belmar".
PLACE_KIND_NOUNS = frozenset({"town", "city", "village", "region", "province", "district", "island", "port",
                              "county", "municipality", "settlement"})
#: Words the entity recognizer may leave on or off a place's name ("the Lessa river" / "Lessa"):
#: with or without one it is one place (or the one holding it). From event-negated; no fixture
#: pair of different places differs only by one of these.
PLACE_SUFFIXES = PLACE_KIND_NOUNS | {"river", "lake", "state", "oblast", "valley"}
#: Heads of actor/object phrases (keys, see entity_key) that name something concrete.
CONCRETE_HEADS = _words(
    """forces police officer guard fighter militant rebel separatist civilian people person man men woman
    women child children resident citizen refugee worker journalist official leader president minister
    government ministry agency battalion brigade regiment enemy invader occupier paratrooper commander
    general protester crowd member family victim tank aircraft plane jet helicopter drone missile bomb shell
    artillery ship vessel warship submarine convoy vehicle truck car train bus building plant reactor airport
    base port bridge road highway border post checkpoint city town village capital region territory
    district suburb hospital school kindergarten church market mall factory warehouse depot facility camp
    infrastructure target headquarters bunker embassy parliament palace office square street site island
    coast pipeline dam debris defense system warplane gunman suspect shooter attacker attack assault
    offensive strike raid"""
)

#: Prepositions whose object may say where an event happened ("in Kyiv", "toward Kyiv").
PLACE_PREPS = frozenset({"in", "at", "on", "near", "into", "inside", "outside", "toward", "towards", "across",
                         "around", "within", "over", "to", "of"})
#: Prepositions that carry the object of a light-verb action ("took control of X").
LIGHT_OBJECT_PREPS = ("of", "on", "against", "at", "to", "in")
#: The same for ``ACT_OBJECTS``: "sanctions on/against X", "aid to X"; "a curfew in Kyiv" is where.
ACT_OBJECT_PREPS = ("on", "against", "to")
#: spaCy entity labels that make an actor or object concrete.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT"})
#: Pronouns resolved to an earlier entity, and the entity labels each may stand for.
PRONOUN_KINDS = {"he": ("PERSON",), "him": ("PERSON",), "she": ("PERSON",), "her": ("PERSON",),
                 "it": ("ORG", "GPE")}
#: Definite descriptions read as pronouns; True: the antecedent is a country, False: not one.
ANAPHORS = {"country": True, "nation": True, "city": False, "capital": False}
#: Sentences back that a pronoun's antecedent may be in.
PRONOUN_WINDOW = 2

#: Two words of a name are one spelling when their rapidfuzz ratio (0-100) reaches this:
#: "zelensky"/"zelenskyy" 94 and "zelenskiy" 94 merge; "colombia"/"columbia" 87.5,
#: "poznjaky"/"poznyaky" 87.5, "austria"/"australia" 87.5 and "gambia"/"zambia" 83 do not.
#: Set with the place owners' threshold (measures.OWNER_MIN_SIMILARITY) from these pairs;
#: listed places never reach this test (they must match exactly).
SAME_WORD_MIN_RATIO = 90
#: Heads naming a group by its members ("rebel fighters" = "the rebels", event-negated); no "guard":
#: "border guards" are no "border". Checked on the look-alike pairs of tests/test_events.py.
GROUP_HEADS = frozenset({"forces", "fighter", "militant", "member", "group"})
#: Who an actor is, for conflicts (docs/events.md, "Named referents and descriptions"). Words of a
#: state's organs: a key made of a country and these only ("sudan", "sudan government", "russia
#: forces") names that country's state; with no country ("the government", "the police") a role.
STATE_ORGANS = _words(
    """government forces police ministry armed air navy defense president prime minister leader regime
    state security intelligence"""
)
#: Heads naming a non-state side by its cause ("the rebels", "separatist fighters"): a named side.
SIDES = _words("""rebel separatist insurgent militant guerrilla opposition jihadist militia islamist""")
#: Kinds that hold other kinds ("a bomber is an aircraft", "residents are people"): one description
#: holds the other, so they may be one referent.
HYPERNYMS: dict[str, frozenset[str]] = {
    "people": _words(
        """person man men woman women child children civilian resident citizen worker employee protester
        demonstrator student pupil passenger victim patient refugee migrant journalist tourist crowd family
        villager inhabitant youth teenager adult staff customer shopper commuter local"""
    ),
    "aircraft": _words("plane jet bomber helicopter drone warplane airliner"),
    "plane": _words("bomber jet warplane airliner"),
    "vehicle": _words("car truck bus tank van lorry"),
}
#: Head nouns of descriptions: common nouns that name a kind, not one referent. A head in none of
#: the lists above is read as a name (a person, an organisation: "steinberg", "hamas").
GENERIC_HEADS = (
    CONCRETE_HEADS | PERSON_NOUNS | WEAPONS | frozenset(HYPERNYMS) | frozenset().union(*HYPERNYMS.values())
    | frozenset(w for cls in NOUN_CLASSES.values() for w in cls.split()) | frozenset(EVENT_NOUNS)
    | _words(
        """chief spokesman spokeswoman partner witness crew pilot driver firefighter rescuer teacher doctor
        nurse mob gang team company firm bank court judge jury prosecutor lawyer owner neighbour neighbor
        gunfire fire bomb device explosive shotgun gun rifle weapon boat ferry ambulance wave flood storm
        quake earthquake camp area squat store shop home school border post""")
) - STATE_ORGANS - SIDES
#: event_similarity weights: the object names the incident most, then the actor, then the place.
SIMILARITY_WEIGHTS = {"object": 0.45, "actor": 0.3, "place": 0.2, "time": 0.05}

_KNOWN_PLACES: frozenset[str] = frozenset(
    [p for places in ZONE_PLACES.values() for p in places] + list(PLACE_ALIASES) + list(OWNERS.values())
)
#: Countries and blocs (owner keys): "X of/from <country>" keys as "<country> X".
_COUNTRIES: frozenset[str] = frozenset(OWNERS.values())
#: Prepositions that give an origin or owner: "the government of Sudan", "aircraft from Sudan".
ORIGIN_PREPS = frozenset({"of", "from"})
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_POSSESSIVE = re.compile(r"['’]s?\b")
_MAX_PLACE_WORDS = 4
_QUOTED = re.compile(r"[“\"«][^”\"»\n]*(?:[”\"»\n]|\Z)")
_NUMBERING = re.compile(r"(?<=[a-z0-9]) (?:no|nr|num|number)(?: \d+\b|$)")  # "school no 12" -> "school"


def is_concrete(key: str) -> bool:
    """Whether an actor/object key names something concrete: a listed head noun, an event noun or a place."""
    head = key.split()[-1] if key else ""
    return head in CONCRETE_HEADS or head in EVENT_NOUNS or key in _KNOWN_PLACES or head in _KNOWN_PLACES


def is_weapon(key: str | None) -> bool:
    """Whether an actor key names a weapon ("missile", "second drone")."""
    return bool(key) and key.split()[-1] in WEAPONS


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (curly or straight); a line break closes a quote."""
    return [m.span() for m in _QUOTED.finditer(text)]


def action_class(lemma: str) -> str:
    """The synonym class of a verb lemma or phrase ("seize" -> "capture"); unknown: the lemma itself."""
    key = " ".join(lemma.casefold().split())
    return ACTION_CLASSES.get(key, key)


def is_action(lemma: str) -> bool:
    """Whether a verb lemma or phrase is in the action table (a checkable kind of event)."""
    return " ".join(lemma.casefold().split()) in ACTION_CLASSES


def event_noun_class(lemma: str) -> str | None:
    """The action an event noun names ("explosion" -> "explode"), or None; "a shell" is a weapon."""
    word = lemma.casefold()
    return None if word in WEAPONS else EVENT_NOUNS.get(_singular(word), EVENT_NOUNS.get(word))


@lru_cache(maxsize=8192)
def entity_key(text: str | None) -> str | None:
    """A comparable, still readable key for an actor or object, or None for None/blank.

    ASCII, casefolded, leading determiners and possessive marks out, hyphens as spaces;
    places via ``normalize_place`` ("Chernobyl" -> "chornobyl"), demonyms and leaders'
    names before a noun via ``owner_key`` ("Russian", "Russia's", "Putin's" -> "russia");
    nouns singular and folded into ``NOUN_CLASSES`` ("troops" -> "forces", "rocket attack"
    -> "missile"). Idempotent: the key of a key is itself.
    """
    if text is None:
        return None
    cleaned = _NON_WORD.sub(" ", _POSSESSIVE.sub("", anyascii(text).casefold().replace("’", "'")))
    words = cleaned.split()
    while words and (words[0] in DETERMINERS or words[0].isdigit()):
        words = words[1:]
    words = _NUMBERING.sub("", " ".join(words)).split()
    words = _origin_first(words)
    if not words:
        return None
    people = _is_demonym(words[-1])  # "Greeks", "northern Sudanese": people of the country
    out = _fold_places(words) + (["people"] if people else [])
    out = _fold_nouns(out)
    if len(out) >= 2 and out[-1] in ATTACK_NOUNS and out[-2] in WEAPONS:
        out = out[:-1]
    deduped = [w for i, w in enumerate(out) if i == 0 or w != out[i - 1]]  # "military forces"
    return " ".join(deduped) or None


def _origin_first(words: list[str]) -> list[str]:
    """"government of sudan", "aircraft from sudan" -> the country first ("sudan government")."""
    for i, word in enumerate(words):
        if word in ORIGIN_PREPS and 0 < i < len(words) - 1:
            tail = [w for w in words[i + 1 :] if w not in DETERMINERS]
            country = _fold_places(tail) if tail else []
            if len(country) == 1 and country[0] in _COUNTRIES:
                return [country[0], *words[:i]]
    return words


def _is_demonym(word: str) -> bool:
    """A demonym used as a noun names people ("Greeks", "Sudanese"), not the country ("Sudan", "US")."""
    country = OWNERS.get(word)
    return (country is not None and country != word and len(word) >= 5
            and word.endswith(("s", "ese")) and not word.endswith("ss"))


def _fold_places(words: list[str]) -> list[str]:
    """Known place and owner names (longest first) as their keys; other words kept."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(_MAX_PLACE_WORDS, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n])
            key = _place_or_owner(phrase, last=i + n == len(words))
            if key:
                out.append(key)
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out


@lru_cache(maxsize=8192)
def _place_or_owner(phrase: str, *, last: bool) -> str | None:
    place = normalize_place(phrase)
    if place in _KNOWN_PLACES:
        return place
    if phrase in OWNERS:
        return OWNERS[phrase]
    if not last and phrase in LEADER_OWNERS:
        return LEADER_OWNERS[phrase]
    if " " not in phrase and len(phrase) >= 6:  # typos of demonyms: "ukranian"
        return owner_key(phrase)
    return None


def _fold_nouns(words: list[str]) -> list[str]:
    """Plurals made singular (places aside), then multiword and single noun classes applied."""
    singular = [w if w in _KNOWN_PLACES else _singular(w) for w in words]
    out: list[str] = []
    i = 0
    while i < len(singular):
        for n in (4, 3, 2, 1):
            phrase = " ".join(singular[i : i + n])
            if i + n <= len(singular) and phrase in NOUN_CLASSES:
                out.extend(NOUN_CLASSES[phrase].split())
                i += n
                break
        else:
            out.append(singular[i])
            i += 1
    return out


def _singular(word: str) -> str:
    """A plain English singular, good enough for keys ("buildings", "casualties", "forces")."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is", "news", "quarters", "series", "species")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def _split(key: str) -> tuple[frozenset[str], list[str]]:
    """The places/owners a key names, and its other words in order."""
    places: set[str] = set()
    rest: list[str] = []
    for word in _fold_places(key.split()):
        if word in _KNOWN_PLACES:
            places.add(word)
        else:
            rest.append(word)
    return frozenset(places), rest


def _same_word(a: str, b: str) -> bool:
    return a == b or fuzz.ratio(a, b) >= SAME_WORD_MIN_RATIO


def same_entity(a: str | None, b: str | None) -> bool | None:
    """Whether two actors/objects name the same thing; None if either is not stated.

    True for equal keys, spelling variants (each word within ``SAME_WORD_MIN_RATIO``), a less
    specific phrase of the same head ("the plant" / "the Chornobyl nuclear plant"; "Russia" /
    "Russian forces"), a group by its members ("rebels" / "rebel fighters", ``GROUP_HEADS``) and
    a leader for the country ("Joe Biden" / "the United States"). Named places and owners must
    be equal when both name one.
    """
    ka, kb = entity_key(a), entity_key(b)
    if ka is None or kb is None:
        return None
    if ka == kb or _leads(ka, kb) or _leads(kb, ka):
        return True
    pa, ra = _split(ka)
    pb, rb = _split(kb)
    if pa and pb and pa != pb:
        return False
    ra, rb = _people_of(pa, ra), _people_of(pb, rb)  # "Russians" / "Russia"
    if not ra or not rb:  # a country alone stands for its organs: "russia" / "russia forces"
        return bool(pa) and pa == pb
    return _same_words(ra, rb) or _same_words(_group(ra), _group(rb))


def _people_of(places: frozenset[str], rest: list[str]) -> list[str]:
    """A country's people ("Russians" = "russia people") stand for the country, like its organs."""
    return [] if places and rest == ["people"] else rest


def _same_words(a: list[str], b: list[str]) -> bool:
    """Same head noun, and every word of the shorter phrase in the longer."""
    short, long_ = sorted((a, b), key=len)
    return _same_word(short[-1], long_[-1]) and all(any(_same_word(w, v) for v in long_) for w in short)


def _group(words: list[str]) -> list[str]:
    """"rebel fighter" -> "rebel": a group named by its members is the group."""
    return words[:-1] if len(words) > 1 and words[-1] in GROUP_HEADS else words


def _leads(person: str, other: str) -> bool:
    """A listed leader ("joe biden") stands for the country, its government and forces."""
    country = LEADER_OWNERS.get(person.split()[-1])
    places, rest = _split(other)
    return country is not None and places == {country} and set(rest) <= LEADER_ORGANS


def same_place(a: str | None, b: str | None) -> bool | None:
    """Whether two places agree; a country holds its listed places ("ukraine" / "kyiv")."""
    if a is None or b is None:
        return None
    ka, kb = normalize_place(a), normalize_place(b)
    if ka == kb or _bare_place(ka) == _bare_place(kb):
        return True
    for country, other in ((ka, kb), (kb, ka)):
        if owner_key(country) == country and timezone_for_place(country) is not None:
            zone_members = next(p for p in ZONE_PLACES.values() if country in p)
            if other in zone_members:
                return True
    return False


def _bare_place(key: str) -> str:
    name, _, suffix = key.rpartition(" ")
    return name if name and suffix in PLACE_SUFFIXES else key


def _referent(key: str) -> tuple[frozenset[str], str, str]:
    """(countries/places, kind, head) of an actor/object key, for ``entity_relation``.

    Kinds: ``state`` (a country and its organs only: "sudan", "sudan government"; with no
    country a role: "the police"), ``side`` (a non-state side: "rebel fighters" -> "rebel"),
    ``description`` (a common head noun: "office worker", "sudan forces aircraft") and
    ``name`` (anything else: a person or an organisation, "steinberg"). A listed leader's
    name carries the country ("joe biden" -> united states).
    """
    places, rest = _split(key)
    rest = _people_of(places, rest)
    if not rest or all(w in STATE_ORGANS for w in rest):
        return places, "state", ""
    core = _group(rest)[-1]
    if core in SIDES or rest[-1] in SIDES:
        return places, "side", core if core in SIDES else rest[-1]
    if rest[-1] in GENERIC_HEADS:
        return places, "description", rest[-1]
    leader = LEADER_OWNERS.get(rest[-1])
    return places | ({leader} if leader else set()), "name", " ".join(rest)


def _kind_holds(a: str, b: str) -> bool:
    """Same head noun, or one kind holds the other ("aircraft" / "bomber", "people" / "resident")."""
    return _same_word(a, b) or b in HYPERNYMS.get(a, ()) or a in HYPERNYMS.get(b, ())


def _owners_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    return any(same_place(x, y) for x in a for y in b)


def entity_relation(a: str | None, b: str | None) -> str | None:
    """How two actors (or objects) relate, for align and conflicts; None if either is not stated.

    - ``"same"``: ``same_entity``;
    - ``"distinct"``: two specific, different named referents: different countries or places
      ("sudan" / "south sudan", "russia missile" / "ukraine forces"), two persons or
      organisations ("steinberg" / "lacalamita"), a state and a non-state side ("government
      forces" / "rebel fighters"), a country and a person who is not its listed leader: a
      misattribution, evidence of a conflict;
    - ``"different"``: two generic descriptions of different kinds ("resident" / "office
      worker", "people" / "sudan forces aircraft"): probably two different events;
    - ``"compatible"``: anything else: a description and a named referent ("protester" /
      "greece people", "antonov bomber" / "sudan"), one description holding the other
      ("athens police chief" / "police", "bomber" / "aircraft"), a country and a role ("sudan" /
      "government"), a side and a name.
    """
    if a is None or b is None:
        return None
    if same_entity(a, b):
        return "same"
    oa, ka, ha = _referent(entity_key(a) or "")
    ob, kb, hb = _referent(entity_key(b) or "")
    if oa and ob and not _owners_meet(oa, ob):
        return "distinct"
    if ka == kb == "description":
        return "compatible" if _kind_holds(ha, hb) else "different"
    kinds = {ka, kb}
    if "description" in kinds or ka == kb == "state" or kinds == {"name", "side"}:
        return "compatible"
    if ka == kb == "side":
        return "compatible" if _same_word(ha, hb) else "distinct"
    if kinds == {"name", "state"}:  # a role ("the police") may be anyone; a country is no person
        return "compatible" if not (oa if ka == "state" else ob) or (oa and ob) else "distinct"
    return "distinct"  # two names; a state and a side


def events_may_align(a: Event, b: Event) -> bool:
    """Whether two events can be one incident: same action class and a shared anchor.

    The anchor is the object when both state one (a missile hitting a building and one
    hitting a border post are two incidents), else the actor when both state one, else
    the place. Events with nothing to anchor them never align. An object anchor does not
    hold when both actors are generic descriptions of different kinds ("residents
    evacuated their buildings" / "office workers evacuated several buildings"): two
    groups, two events.
    """
    if action_class(a.action) != action_class(b.action):
        return False
    if a.object and b.object:
        return bool(same_entity(a.object, b.object)) and entity_relation(a.actor, b.actor) != "different"
    if a.actor and b.actor:
        return bool(same_entity(a.actor, b.actor))
    if a.place and b.place:
        return bool(same_place(a.place, b.place))
    return False


def event_similarity(a: Event, b: Event) -> float:
    """0..1 for ranking candidate pairs: 0 for different actions; stated fields that agree count."""
    if action_class(a.action) != action_class(b.action):
        return 0.0
    checks = {
        "object": same_entity(a.object, b.object),
        "actor": same_entity(a.actor, b.actor),
        "place": same_place(a.place, b.place),
        "time": None if not (a.time and b.time) else a.time.casefold() == b.time.casefold(),
    }
    score = sum(w * (0.5 if checks[f] is None else float(checks[f])) for f, w in SIMILARITY_WEIGHTS.items())
    return round(score, 4)


def event_difference(a: Event, b: Event) -> str | None:
    """Why two aligned events conflict ("negated in one", "actor: x vs y", ...), or None if compatible.

    An actor or object differs only when both are specific, distinct named referents
    (``entity_relation`` "distinct": a misattribution); a description and a name, or two
    descriptions, never conflict. Places are named, so two places that differ do.
    Time is not compared: reports of one event give its time in different zones and words.
    """
    if action_class(a.action) != action_class(b.action):
        return f"action: {a.action} vs {b.action}"
    if a.negated != b.negated:
        return "negated in one"
    for name in ("actor", "object"):
        va, vb = getattr(a, name), getattr(b, name)
        if entity_relation(va, vb) == "distinct":
            return f"{name}: {va} vs {vb}"
    if same_place(a.place, b.place) is False:
        return f"place: {a.place} vs {b.place}"
    return None
