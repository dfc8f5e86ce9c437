"""Referents: comparable keys for who and what an event names, and when two name one thing.

Pure functions over strings (no spaCy): ``entity_key`` ("Russia's army", "Russian troops" ->
"russia forces"), ``same_entity``, ``same_place``, ``entity_relation`` (a conflict needs two
distinct named referents; two different generic descriptions are two events), and whether a
key names something concrete or a weapon (``is_concrete``, ``is_weapon``). Look-alike places
never merge (Austria/Australia, Sudan/South Sudan). The tables are in ``event_words``; how
two events compare is ``events``. See docs/events.md.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

from .event_words import (
    ATTACK_NOUNS,
    CLASS_AFTER_CLASS,
    CONCRETE_HEADS,
    DETERMINERS,
    EVENT_NOUNS,
    GENERIC_HEADS,
    GROUP_HEADS,
    HYPERNYMS,
    NOUN_CLASSES,
    ORIGIN_PREPS,
    PLACE_SUFFIXES,
    SIDES,
    STATE_ORGANS,
    WEAPONS,
)
from .measures import owner_key, owners
from .places import containing, is_place, normalize_place
from .speakers import without_name_suffix

#: Two words of a name are one spelling when their rapidfuzz ratio (0-100) reaches this:
#: "velimsky"/"velimskyy" 94 and "velimskiy" 94 merge; "colombia"/"columbia" 87.5,
#: "poznjaky"/"poznyaky" 87.5, "austria"/"australia" 87.5 and "gambia"/"zambia" 83 do not.
#: Set with the place owners' threshold (measures.OWNER_MIN_SIMILARITY) from these pairs;
#: listed places never reach this test (they must match exactly).
SAME_WORD_MIN_RATIO = 90

#: Countries and blocs (owner keys): "X of/from <country>" keys as "<country> X".
@cache
def _countries() -> frozenset[str]:
    return frozenset(owners().values())

def _known_place(key: str) -> bool:
    """A place the gazetteer knows, or a country or bloc of the owner table."""
    return key in _countries() or is_place(key)


_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_POSSESSIVE = re.compile(r"['’]s?\b")
_MAX_PLACE_WORDS = 4
_NUMBERING = re.compile(r"(?<=[a-z0-9]) (?:no|nr|num|number)(?: \d+\b|$)")  # "school no 12" -> "school"
#: An age before a noun or a name ("63-year-old Ida Varga", "a 15-year-old boy"): it says how old
#: the referent is, not who; left in, "year old ida varga" and "receptionist ida varga" were two
#: different named referents (a misattribution, to the conflict rules).
_AGE = re.compile(r"\b(?:\d+ )?(?:year|month|week|day) old\b")


def is_concrete(key: str) -> bool:
    """Whether an actor/object key names something concrete: a listed head noun, an event noun or a place."""
    head = key.split()[-1] if key else ""
    return head in CONCRETE_HEADS or head in EVENT_NOUNS or _known_place(key) or _known_place(head)


def is_weapon(key: str | None) -> bool:
    """Whether an actor key names a weapon ("missile", "second drone")."""
    return bool(key) and key.split()[-1] in WEAPONS


@lru_cache(maxsize=8192)
def entity_key(text: str | None) -> str | None:
    """A comparable, still readable key for an actor or object, or None for None/blank.

    ASCII, casefolded, leading determiners and possessive marks out, hyphens as spaces;
    places via ``normalize_place`` ("Lisboa" -> "lisbon"), demonyms before a noun via
    ``owner_key`` (a demonym or a country's possessive -> the country);
    nouns singular and folded into ``NOUN_CLASSES`` ("troops" -> "forces", "rocket attack"
    -> "missile"). Idempotent: the key of a key is itself.
    """
    if text is None:
        return None
    named = frozenset(w.casefold() for w in re.findall(r"[^\W\d_][\w'’]*", anyascii(text)) if w[0].isupper())
    cleaned = _NON_WORD.sub(" ", _POSSESSIVE.sub("", anyascii(text).casefold().replace("’", "'")))
    words = _AGE.sub(" ", cleaned).split()
    while words and (words[0] in DETERMINERS or words[0].isdigit()):
        words = words[1:]
    words = _NUMBERING.sub("", " ".join(words)).split()
    words = without_name_suffix(words)  # "Luis Alberto Mendes Jr." is Mendes
    words = _origin_first(words)
    if not words:
        return None
    people = _is_demonym(words[-1])  # "Greeks", "northern Sudanese": people of the country
    out = _fold_places(words, named) + (["people"] if people else [])
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
            if len(country) == 1 and country[0] in _countries():
                return [country[0], *words[:i]]
    return words


def _is_demonym(word: str) -> bool:
    """A demonym used as a noun names people ("Greeks", "Sudanese"), not the country ("Sudan", "US")."""
    country = owners().get(word)
    return (country is not None and country != word and len(word) >= 5
            and word.endswith(("s", "ese")) and not word.endswith("ss"))


def _fold_places(words: list[str], named: frozenset[str] = frozenset()) -> list[str]:
    """Known place and owner names (longest first) as their keys; other words kept. Other
    spellings of a place ("Lisboa") are folded only for words written capitalized (``named``)."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(_MAX_PLACE_WORDS, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n])
            spelled = all(w in named for w in words[i : i + n])
            key = _place_or_owner(phrase, last=i + n == len(words), variants=spelled)
            if key:
                out.append(key)
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out


@lru_cache(maxsize=8192)
def _place_or_owner(phrase: str, *, last: bool, variants: bool = False) -> str | None:
    place = normalize_place(phrase, variants=variants)
    if _known_place(place):
        return place
    if phrase in owners():
        return owners()[phrase]
    if " " not in phrase and len(phrase) >= 6:  # typos of demonyms: "tarsan"
        return owner_key(phrase)
    return None


def _fold_nouns(words: list[str]) -> list[str]:
    """Plurals made singular (places aside), then multiword and single noun classes applied."""
    single = [w if _known_place(w) else singular(w) for w in words]
    out: list[str] = []
    i = 0
    while i < len(single):
        for n in (4, 3, 2, 1):
            phrase = " ".join(single[i : i + n])
            if i + n <= len(single) and phrase in NOUN_CLASSES:
                out.extend(NOUN_CLASSES[phrase].split())
                i += n
                break
        else:
            after = CLASS_AFTER_CLASS.get(single[i])
            out.append(after if after is not None and out and out[-1] == after else single[i])  # "army units"
            i += 1
    return out


def singular(word: str) -> str:
    """A plain English singular, good enough for keys ("buildings", "casualties", "forces")."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is", "news", "quarters", "series", "species")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def _split(key: str) -> tuple[frozenset[str], list[str]]:
    """The places/owners a key names, and its other words in order. A head noun of the lists is the
    noun, even where a town bears it ("a man", "the van": Man and Van are towns too)."""
    places: set[str] = set()
    rest: list[str] = []
    for word in _fold_places(key.split()):
        if _known_place(word) and word not in GENERIC_HEADS:
            places.add(word)
        else:
            rest.append(word)
    return frozenset(places), rest


#: Words two descriptions of one thing share besides a modifier one of them adds or changes
#: ("historic" / "old" / "original"): three (a name of two words and the head) keeps "the old
#: building" and "the new building" apart.
SAME_THING_MIN_SHARED = 3
#: Words that tell two things of one description apart: "the first reactor" / "the second reactor".
ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "next", "other", "another",
                      "former", "new", "earlier", "later", "previous"})


def _same_word(a: str, b: str) -> bool:
    return a == b or fuzz.ratio(a, b) >= SAME_WORD_MIN_RATIO


def same_entity(a: str | None, b: str | None) -> bool | None:
    """Whether two actors/objects name the same thing; None if either is not stated.

    True for equal keys, spelling variants (each word within ``SAME_WORD_MIN_RATIO``), a less
    specific phrase of the same head ("the plant" / "the Chornobyl nuclear plant"; "Russia" /
    "Russian forces"), a group by its members ("rebels" / "rebel fighters", ``GROUP_HEADS``) and
    nothing else: a person's name never stands for a country, since who leads which country is
    knowledge no table here keeps up to date. Named places and owners must
    be equal when both name one.
    """
    ka, kb = entity_key(a), entity_key(b)
    if ka is None or kb is None:
        return None
    if ka == kb:
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
    """Same head noun and every word of the shorter phrase in the longer; or one thing told with
    another modifier ("the old X Y warehouse building" / "the original X Y warehouse"): heads
    that meet (equal, one among the other's words, or one kind holding the other: a warehouse is
    a building), ``SAME_THING_MIN_SHARED`` words shared (a word clipped counts: "Val" for
    "Valdera", ``_clipped``) and one word of the shorter at most left out."""
    short, long_ = sorted((a, b), key=len)
    if _same_word(short[-1], long_[-1]) and all(any(_same_word(w, v) for v in long_) for w in short):
        return True
    kinds = _kind_holds(short[-1], long_[-1])
    shared = [w for w in short if any(_same_word(w, v) or _clipped(w, v) for v in long_)
              or (w == short[-1] and kinds)]
    heads = kinds or short[-1] in shared or any(_same_word(long_[-1], w) for w in short)
    return heads and len(shared) >= SAME_THING_MIN_SHARED and len(short) - len(shared) <= 1 \
        and not any(w.isdigit() or w in ORDINALS for w in set(short) ^ set(long_))


#: A word this long at least, that begins another at least ``CLIPPED_MIN_CUT`` letters longer, is that
#: word clipped ("Val-Dairy" / "Valdera Dairy", "Calif" / "California"); only where two more words are
#: shared, so "Sam Smith" and "Samantha Smith" stay two people. "maid"/"maiden" is no clipping.
CLIPPED_MIN_LEN = 3
CLIPPED_MIN_CUT = 3


def _clipped(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return len(short) >= CLIPPED_MIN_LEN and len(long_) - len(short) >= CLIPPED_MIN_CUT and long_.startswith(short)


def _group(words: list[str]) -> list[str]:
    """"rebel fighter" -> "rebel": a group named by its members is the group."""
    return words[:-1] if len(words) > 1 and words[-1] in GROUP_HEADS else words


def same_place(a: str | None, b: str | None) -> bool | None:
    """Whether two places agree; a country or US state holds its places (the gazetteer's: a
    country and a city in it, "Tucson" and "Arizona")."""
    if a is None or b is None:
        return None
    ka, kb = normalize_place(a, variants=True), normalize_place(b, variants=True)
    if ka == kb or bare_place(ka) == bare_place(kb):
        return True
    return kb in containing(ka) or ka in containing(kb)


def bare_place(key: str) -> str:
    """A place's key without the kind word a report may leave off ("velmora island" -> "velmora",
    "the corvin river" -> "corvin"): two keys of one place written with and without it are one."""
    name, _, suffix = key.rpartition(" ")
    return name if name and suffix in PLACE_SUFFIXES else key


def names_a_kind(key: str) -> bool:
    """Whether an actor/object key names a kind of thing, not one referent: a description ("people",
    "an apartment building", "a man") or a role with no country ("the police"). Two reports' "the
    building" may be two buildings; "Okafor" or "the Harbour Police" is one."""
    places, kind, _ = _referent(key)
    return kind == "description" or (kind == "state" and not places)


def _referent(key: str) -> tuple[frozenset[str], str, str]:
    """(countries/places, kind, head) of an actor/object key, for ``entity_relation``.

    Kinds: ``state`` (a country and its organs only: "sudan", "sudan government"; with no
    country a role: "the police"), ``side`` (a non-state side: "rebel fighters" -> "rebel"),
    ``description`` (a common head noun: "office worker", "sudan forces aircraft") and
    ``name`` (anything else: a person or an organisation).
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
    return places, "name", " ".join(rest)


def _kind_holds(a: str, b: str) -> bool:
    """Same head noun, or one kind holds the other ("aircraft" / "bomber", "people" / "resident")."""
    return _same_word(a, b) or b in HYPERNYMS.get(a, ()) or a in HYPERNYMS.get(b, ())


def _owners_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    return any(same_place(x, y) for x in a for y in b)


def entity_relation(a: str | None, b: str | None) -> str | None:
    """How two actors (or objects) relate, for align and conflicts; None if either is not stated.

    - ``"same"``: ``same_entity``;
    - ``"distinct"``: two specific, different named referents: different countries or places
      ("sudan" / "south sudan", "tarsia missile" / "velmora forces"), two persons or
      organisations ("steinberg" / "lacalamita"), a state and a non-state side ("government
      forces" / "rebel fighters"): a misattribution, evidence of a conflict;
    - ``"different"``: two generic descriptions of different kinds ("resident" / "office
      worker", "people" / "sudan forces aircraft"): probably two different events;
    - ``"compatible"``: anything else: a description and a named referent ("protester" /
      "greece people", "antonov bomber" / "sudan"), one description holding the other
      ("athens police chief" / "police", "bomber" / "aircraft"), a country and a role ("sudan" /
      "government"), a side and a name, a person and a state (a person may act for any state:
      who leads which country is knowledge no table here keeps up to date).
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
    if kinds == {"name", "state"}:  # a role ("the police") may be anyone, a person may lead a country
        return "compatible"
    return "distinct"  # two names; a state and a side

