"""The word lists events are judged by: action classes, event nouns, noun classes, noise tables.

Tables only (and the two small helpers that build them): which verbs and phrases are one action
(``ACTION_CLASSES``), which nouns name an event or the same kind of thing, which verbs, copulas and
modals state no event, which heads are concrete, which prepositions say where, and who an actor is
for conflicts (state organs, sides, kinds); with them the two windows extract reads by
(``BACKGROUND_YEARS``, ``PRONOUN_WINDOW``). ``normalize.referents`` and ``normalize.events`` compare
events with them and ``extract.events`` reads events off the parse with them. See docs/events.md, "The tables".
"""

from __future__ import annotations

from .measures import PERSON_NOUNS


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
#: Nouns that tell an event a verb would ("the arrest of X", "Mendes's death"): noun -> (the verb,
#: whether a possessive is what the act was done to: "Okafor's arrest" yes, "Mendes's escape" no).
#: Only acts that happened when named: deals ("acquisition", "signing") are often only agreed.
EVENT_NOMINALS: dict[str, tuple[str, bool]] = {
    "arrest": ("arrest", True), "capture": ("capture", True), "killing": ("kill", True), "murder": ("kill", True),
    "slaying": ("kill", True), "death": ("die", True), "shooting": ("shoot", True), "firing": ("fire", True),
    "destruction": ("destroy", True), "escape": ("escape", False), "resignation": ("resign", False),
}
#: Words before such a noun that say it did not (or not yet) happen: "the attempted murder".
NOMINAL_HEDGES = frozenset({"attempted", "possible", "potential", "planned", "proposed", "pending", "expected",
                            "impending", "rumored", "rumoured", "failed", "threatened", "future", "no", "any"})
#: Classes whose verbs always take an object ("kill", "arrest", "destroy"; not "attack", "evacuate",
#: "flee": "residents evacuated" has none): with none written, a headline's "Okafor arrested" is a
#: passive, and "arrested and charged X" shares the next verb's object.
TRANSITIVE_CLASSES = frozenset({"kill", "wound", "arrest", "capture", "recapture", "destroy", "damage",
                                "surround", "shoot down", "repel", "ban"})
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
    "fire": ["blaze", "flame", "inferno"],  # "a pre-dawn blaze destroyed X" / "the fire destroyed X"
    "police": ["police officer", "officer", "policeman", "policewoman", "deputy", "sheriff deputy", "trooper",
               "state police", "state trooper", "cop", "law enforcement", "law enforcement officer"],
})
#: Words after a weapon that make it an attack by that weapon: "rocket attack" is the rocket.
ATTACK_NOUNS = frozenset({"attack", "strike", "fire", "barrage", "salvo"})
WEAPONS = frozenset({"missile", "drone", "bomb", "shell", "artillery", "mortar", "grenade"})
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
#: Actions of leaving: with no object, a conjunct left the place its head verb went into
#: ("checked into X, but then left"), by one of ``ENTERED_PREPS``.
LEAVING_CLASSES = frozenset({"leave"})
ENTERED_PREPS = frozenset({"into", "to", "at"})
#: Heads whose complement goes on over time rather than happening once ("continue to rage", "kept
#: firing"): an ongoing event (``Event.ongoing``), not one incident.
ONGOING_HEADS = frozenset({"continue", "keep"})
#: Adverbs that make a clause habitual ("regularly shells the town"): many incidents, not one.
HABITUAL_ADVERBS = frozenset({"regularly", "routinely", "repeatedly", "frequently", "often", "usually",
                              "constantly", "habitually", "continually", "continuously"})
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
    "building": _words("warehouse factory barn church school hospital hotel restaurant mall store shop office"),
}
#: Head nouns of descriptions: common nouns that name a kind, not one referent. A head in none of
#: the lists above is read as a name (a person, an organisation: "steinberg", "hamas").
GENERIC_HEADS = (
    CONCRETE_HEADS | PERSON_NOUNS | WEAPONS | frozenset(HYPERNYMS) | frozenset().union(*HYPERNYMS.values())
    | frozenset(w for cls in NOUN_CLASSES.values() for w in cls.split()) | frozenset(EVENT_NOUNS)
    | _words(
        """chief spokesman spokeswoman partner witness crew pilot driver firefighter rescuer teacher doctor
        nurse mob gang team company firm bank court judge jury prosecutor lawyer owner neighbour neighbor
        gunfire fire bomb device explosive shotgun gun rifle pistol revolver handgun weapon boat ferry ambulance wave
        flood storm
        quake earthquake camp area squat store shop home school border post
        player coach receiver lineman quarterback inmate prisoner convict fugitive actor actress singer star
        celebrity executive manager coworker colleague boss""")
) - STATE_ORGANS - SIDES
#: Prepositions that give an origin or owner: "the government of Sudan", "aircraft from Sudan".
ORIGIN_PREPS = frozenset({"of", "from"})
