"""Evidence that two claims are about one thing: the anchors they share, what tells them apart.

The evidence is asymmetric (docs/verdicts.md). Two claims whose values agree may align on
a matching measure and referents that fit (each kind's ``linked``). Two claims whose values
differ say "these sources disagree", the strongest thing the tool says, so they align only
on positive evidence of one referent:
- at least one shared anchor that ties them: a named entity, place or time (not only the
  story's protagonist), the same act on the same object, the story's own subject; or, for a
  toll or magnitude of the story's main event, nothing that ties it to anything else;
- and nothing that tells them apart: no unresolved pronoun for the owner, no different named
  owner, place or moment, no difference of scope ("additional", "career", "of them"), not
  two different acts.
When the evidence is not there the claims stay apart: a missed conflict costs a reader less
than a false one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from anyascii import anyascii

from ..data import WordLists
from ..normalize import event_words, measures
from ..normalize.events import event_noun_class
from ..normalize.measures import owner_key
from ..normalize.referents import singular
from ..types import About, Anchor, Claim, Quantity
from .frames import placed_by_one
from .kinds import two_kinds
from .story import SPECIFIC, Story

MAIN_EVENT = Anchor("event", "main event", "the story's main event")
#: Entity labels of owners besides persons: a figure of a dimension every story is full of
#: (a date, a sum, a share) that one side gives to a named organisation or product and the
#: other to no one may be another one's (one customer's service restored, not all).
OWNER_ORGS = frozenset({"ORG", "PRODUCT", "FAC"})
_LISTS = WordLists("evidence", derived={
    # Measures that name the story's main event by themselves: its toll, its arrests, a quake's
    # magnitude. Figures of these with no anchor of their own are about the main event.
    "MAIN_EVENT_MEASURES": lambda lists: measures.EVENT_CLASSES | {"magnitude"},
})
#: The word lists of ``factcheck/data/evidence.toml``, read on first use: GENERIC_MEASURES,
#: LIGHT_VERBS, PRONOUN_OBJECTS, EMPTY_VERBS, REPORTING_VERBS, VALUE_VERBS, GENERIC_STUFF, ONCE_ACTS; and
#: MAIN_EVENT_MEASURES, measures' EVENT_CLASSES with "magnitude".
__getattr__: Any = _LISTS.module_getattr(globals())
#: Dimensions of figures that every story is full of: dates, times of day, durations, money,
#: percentages, ages, distances. Two of them conflict only when they also share the act
#: ("shares dropped $2.49" / "shares dropped $2.56"): a shared name alone ("Okafor's
#: contract runs through 2031" / "Okafor had his best season in 2030") is not one fact.
GENERIC_DIMENSIONS = ("date", "clock_time", "duration", "money", "percent", "age", "length", "distance")


def own(claim: Claim) -> About:
    """The anchors of the claim's own clause (without the sentence's background)."""
    anchors = claim.about.anchors
    return About(tuple(a for a in anchors if a.label != "sentence"))


def shared(a: Claim, b: Claim) -> tuple[Anchor, ...]:
    """The anchors of ``a``'s clause that ``b``'s names too (entities, places, times, the event)."""
    keys = {(x.kind, x.key) for x in own(b).anchors}
    return tuple(x for x in own(a).anchors if x.kind in (*SPECIFIC, "event") and x.label != "holder"
                 and (x.kind, x.key) in keys)


def _times(about: About, *, periods: bool = True) -> frozenset[str]:
    """The times of a claim's own clause; without ``periods`` only the moments it is placed at
    ("in 32 hours" says how long, not when)."""
    skip = ("sentence",) if periods else ("sentence", "period")
    return frozenset(x.key for x in about.anchors if x.kind == "time" and x.label not in skip)


def _moments(about: About) -> frozenset[str]:
    return _times(about, periods=False)


def _presents(about: About) -> bool:
    """A figure said of its report's own moment ("now", "currently")."""
    return any(x.kind == "time" and x.label == "present" for x in about.anchors)


def apart(a: Claim, b: Claim, story: Story) -> str | None:
    """What tells two figures apart as far as a conflict goes, or None when nothing does.

    An unresolved pronoun for the owner; two different named owners, places or times; a
    named owner on one side only that is not one of the story's main ones (one player's
    figure against a figure of nobody said); a different scope.
    """
    kinds = two_kinds(a, b, conflict=True)
    if kinds:
        return kinds
    aa, ab = own(a), own(b)
    if any(x.keys("unresolved") and _held(x) is None for x in (aa, ab)):
        return "a pronoun stands for the owner"
    for kind in _telling(a):
        ka, kb = (_moments(aa), _moments(ab)) if kind == "time" else (aa.keys(kind), ab.keys(kind))
        if ka and kb and not ka & kb and not (kind == "entity" and _names_meet(aa, ab)):
            return f"different {kind}"
    alone = _named_by_one(aa, ab, story, {"PERSON"})
    if alone:  # one player's figure against a figure nobody is named for
        return f"a person named by one only: {alone[0]}"
    placed = placed_by_one(aa, ab, story) if _toll(a) else []
    if placed:  # "the 2019 bombing in Westbury, which killed 61 people" / "24 people died"
        return f"a place named by one only: {placed[0]}"
    if _generic(a):  # "their Linkwave service was restored on 11 October" / "services were restored on 14 October"
        owners = _named_by_one(aa, ab, story, OWNER_ORGS)
        if owners:
            return f"an owner named by one only: {owners[0]}"
    if _presents(aa) and _presents(ab) and not {a.article, b.article} <= story.dated:
        return "each report's own moment"  # "now has 2,100" / "now has 2,000": undated, two moments
    if "time" in _telling(a):
        alone = [k for k in _moments(aa) ^ _moments(ab) if not story.is_main("time", k)]
        if alone:
            return f"a time named by one only: {alone[0]}"
    elif not {a.article, b.article} <= story.dated:
        times = [k for k in _times(aa) ^ _times(ab) if not story.is_main("time", k)]
        if times:  # "46 arrested" / "over 50 arrests over four nights": without dates, no way to tell
            return f"a running count at another moment: {times[0]}"
    if aa.keys("scope") != ab.keys("scope"):
        return "different scope"
    named = _named_part(a, b)
    if named:
        return f"a part named by one only: {named}"
    two = _amounts_of_two_things(a, b)
    if two:
        return two
    main_event = _toll(a)
    held = _held(aa) is not None and _held(aa) == _held(ab)  # "a .38-caliber revolver" / "a .357 caliber revolver"
    if not main_event and not held and different_predicates(a, b):
        return "different predicates"  # "shot 11 times" / "arrested four times"
    return None


def _named_part(a: Claim, b: Claim) -> str | None:
    """A counted noun that one side narrows by a country, a bloc or its negation and the other
    does not ("four non-EU countries" / "a 26-country area", "300 American troops" / "4,000
    troops"): a part against the whole, or two parts, not one count told two ways."""
    words = [set(re.findall(r"[a-z]+", anyascii(v.subject or "").casefold())) if isinstance(v := c.value, Quantity)
             else set() for c in (a, b)]
    return next((w for w in sorted(words[0] ^ words[1]) if w == "non" or owner_key(w)), None)


def _held(about: About) -> str | None:
    """The object a figure is a property of ("a .38-caliber revolver": revolver), or None.

    Two such figures of one measure on the same noun describe one object of the story: the
    verb around it says what was done with the object ("found", "pointed"), not which it is,
    and a pronoun says who held it, not whose figure it is. Named persons, places, moments and
    scopes still tell two objects apart."""
    return next((x.key for x in about.anchors if x.label == "holder"), None)


def _named_by_one(aa: About, ab: About, story: Story, labels: Iterable[str]) -> list[str]:
    """Keys of the names of these labels one side gives and the other does not (no word of
    it among the other's names), leaving out the story's main ones."""
    words_a, words_b = _name_words(aa), _name_words(ab)
    return [x.key for x in (*aa.anchors, *ab.anchors) if x.kind == "entity" and x.label in labels
            and not story.is_main("entity", x.key) and not (_words(x) & (words_b if x in aa.anchors else words_a))]


def _toll(claim: Claim) -> bool:
    """A figure of a measure that names the story's main event by itself: what befell people in it
    (killed, wounded, arrested...), a quake's magnitude (``MAIN_EVENT_MEASURES``)."""
    return isinstance(claim.value, Quantity) and claim.value.measure_class in _LISTS.MAIN_EVENT_MEASURES


def different_predicates(a: Claim, b: Claim) -> bool:
    """Two figures hanging from different verbs that say what happened ("rushed" / "caught");
    light verbs ("had", "was", "put") say nothing either way."""
    pa, pb = _predicate(own(a)), _predicate(own(b))
    return bool(pa and pb and pa != pb and _LISTS.LIGHT_VERBS.isdisjoint((pa, pb)))


def _predicate(about: About) -> str | None:
    return next((a.key.split()[0] for a in about.anchors if a.label == "predicate"), None)


def told_apart(a: Claim, b: Claim) -> str | None:
    """What tells two figures apart even when their values agree: two different named persons
    ("Mendes's 16 points" / "Okafor's 16 points" are two facts), a rate against a total, an
    increment against a total ("another 8 minutes" / "almost eight minutes"). Times and scope words are left
    out here: a weekday and "today" may be one day, and "up to 120 mph" / "more than 100 mph" or
    "two others" / "the two wounded" agree."""
    kinds = two_kinds(a, b, conflict=False)
    if kinds:
        return kinds
    aa, ab = own(a), own(b)
    if _a_rate(aa) != _a_rate(ab):
        return "a rate against a total"  # "23 points a game" (his average) / "23 points" (one game)
    if _increment_alone(aa, ab) or _increment_alone(ab, aa):
        return "an increment against a total"  # "grabbed two more rebounds" / "was two rebounds off his best"
    if ("superlative" in aa.keys("scope")) != ("superlative" in ab.keys("scope")):
        return "the worst few against a count"  # "the four hardest-hit villages" / "four villages destroyed"
    if _whole_country(aa, ab) or _whole_country(ab, aa):
        return "the whole country against a place in it"  # "nationwide, 100,000" / "in the capital, 20,000"
    da, db = _direction(aa), _direction(ab)
    if da and db and da != db and da != _opposite(db):
        return "different directions"  # "25 miles east of X" / "25 miles northwest of Y": two distances
    pa = [_words(x) for x in aa.anchors if x.label == "PERSON"]
    pb = [_words(x) for x in ab.anchors if x.label == "PERSON"]
    if pa and pb and not frozenset().union(*pa) & frozenset().union(*pb):
        return "different persons"
    return _amounts_of_two_things(a, b, spans=False)


def _amounts_of_two_things(a: Claim, b: Claim, spans: bool = True) -> str | None:
    """Two measured amounts, each said to be of something, and of two different things ("20
    tonnes of rice" / "20 tonnes of wheat", "2GB of memory" / "2GB of storage", "90 percent of
    candidates" / "90 percent of voters"). Spans of time in an agreement (not ``spans``) only
    when one of the two things is no event: one period of unrest is told in other words too
    often ("eight days of riots" / "eight days of clashes") for an agreement to be refused on
    the word, but "three days of mourning" / "three days of attacks" or "ten hours of browsing"
    / "ten hours of playback" are two spans."""
    va, vb = a.value, b.value
    if not (isinstance(va, Quantity) and isinstance(vb, Quantity) and va.unit and vb.unit):
        return None
    if not spans and va.dimension == "duration" and (
            _one_word(va.subject, vb.subject) or all(map(event_noun_class, (va.subject or "", vb.subject or "")))):
        return None
    if not spans and va.subject and vb.subject and _one_named_closer(va.subject, vb.subject):
        return None  # "half of the entrance roof" / "half of the roof": as two kinds, one may name more
    if va.subject and vb.subject and va.subject != vb.subject \
            and _LISTS.GENERIC_STUFF.isdisjoint((va.subject, vb.subject)):
        return f"amounts of two things: {va.subject} / {vb.subject}"  # not "a substance": anything
    return None


def _one_named_closer(a: str, b: str) -> bool:
    """One noun, named with more words before it on one side ("entrance roof" / "roof")."""
    wa, wb = set(a.split()), set(b.split())
    return a.split()[-1] == b.split()[-1] and (wa <= wb or wb <= wa)


def _one_word(a: str | None, b: str | None) -> bool:
    """Two forms of one noun ("rioting" / "riot", "riots"), or no noun on a side."""
    forms = [_stem(w) if w else None for w in (a, b)]
    return None in forms or forms[0] == forms[1]


def _stem(word: str) -> str:
    """A noun without "-ing" and a plural's ending: "rioting", "riots", "clashes"."""
    return singular(word.casefold().removesuffix("ing"))


_OPPOSITES = {"north": "south", "south": "north", "east": "west", "west": "east"}


def _direction(about: About) -> frozenset[str]:
    """The compass direction a figure is given in ("about 25 miles northwest of ..."), or none.
    Two directions that are not opposite ends of one line are two distances; opposite ones may
    be one distance seen from either end ("A is 25 miles east of B" / "B, 25 miles west of A")."""
    key = next((k for k in about.keys("scope") if k.startswith("direction ")), "")
    return frozenset(key.split()[1:])


def _opposite(direction: frozenset[str]) -> frozenset[str]:
    return frozenset(_OPPOSITES[d] for d in direction)


def _whole_country(aa: About, ab: About) -> bool:
    """``aa`` counts the whole country (scope "nationwide") and ``ab`` one place that is no country."""
    return "nationwide" in aa.keys("scope") and any(owner_key(p) != p for p in ab.keys("place"))


def _increment_alone(aa: About, ab: About) -> bool:
    """``aa`` adds to an earlier figure ("two more") and ``ab`` neither adds nor says "other"."""
    increments = measures.INCREMENT_WORDS
    return bool(increments & aa.keys("scope")) and not ({"other", *increments} & ab.keys("scope"))


def _a_rate(about: About) -> bool:
    """A figure given per game, day or season, or as an average."""
    return any(k.startswith("per ") or k == "average" for k in about.keys("scope"))


def _words(anchor: Anchor) -> frozenset[str]:
    """The words of a name as written: "Tunde Okafor" meets "Tunde" and "Okafor"; two words written
    as one are one too ("Karim El Haddad" meets "Elhaddad", "De Luca" meets "DeLuca")."""
    text = anchor.text.split("(")[-1]  # "he (Tunde Okafor)": the name the pronoun stands for
    words = re.findall(r"[a-z0-9]+", anyascii(text).casefold())
    return frozenset(w for w in (*words, *map("".join, pairwise(words))) if len(w) > 2) - {"the"}


def _name_words(about: About) -> frozenset[str]:
    return frozenset().union(*(_words(x) for x in about.anchors if x.kind == "entity"))


def _names_meet(aa: About, ab: About) -> bool:
    return bool(_name_words(aa) & _name_words(ab))


def quantity_conflict(a: Claim, b: Claim, story: Story) -> tuple[Anchor, ...] | None:
    """The anchors a conflict between two figures rests on, or None when it cannot rest on any.

    Shared named entities, places and times count; a shared event (the subject "quake", the
    predicate) counts only when it is the story's own. A figure of a main-event measure
    with no anchor outside the story's own is about the main event.
    """
    if apart(a, b, story) is not None:
        return None
    common = shared(a, b)
    if isinstance(a.value, Quantity) and a.value.dimension == "age" \
            and not any(x.kind == "entity" and x.label == "PERSON" for x in common):
        return None  # an age is a person's: "a 31-year-old Velmoran national" / "the 27-year-old Velmoran national"
    act = _predicate(own(a))
    valued = _valued_subject(a, b)
    # A main entity (the story's protagonist) stands beside every figure of the story: his 2008
    # season and his 2009 contract. It ties two figures only with the same act ("Okafor was hit
    # 11 times" / "Okafor had been hit seven times").
    same_act = act == _predicate(own(b)) not in (None, *_LISTS.LIGHT_VERBS)
    once = same_act and act in _LISTS.ONCE_ACTS and any(x.label == "PERSON" for x in common)
    if _generic(a) and valued is None and not once and (act in _LISTS.REPORTING_VERBS
                                                        or not any(x.label == "predicate" for x in common)):
        return None  # a generic figure needs a shared act; "announced today (14 May)" dates a report
    if isinstance(a.value, Quantity) and a.value.dimension.startswith("clock_time"):
        return None  # times of day: mostly other moments of one story ("after 3 p.m." / "as of 11 p.m.")
    # a toll's act is its measure ("seven people were killed" / "killing at least 12 people"):
    # it says which incident no more than the measure does
    toll = _toll(a)
    common = tuple(x for x in common if not (x.kind == "entity" and x.key in story.ambiguous))  # which of two?
    anchors = tuple(x for x in common if x.label != "present" and (  # two reports' "now" are two moments
                    (x.kind in SPECIFIC and (same_act or not (x.kind == "entity" and story.is_main(x.kind, x.key))))
                    or (acts_on(x) and not toll)  # the same predicate and object
                    or (x.label == "subject" and (story.is_main(x.kind, x.key) or x == valued))))  # "the quake"
    if anchors and all(_background_person(x, story) for x in anchors):
        return None  # a background person alone does not say which game or moment (_background_person)
    if anchors:
        return anchors
    value = a.value
    other = [x for c in (a, b) for x in c.about.anchors if (x.kind in _telling(a) or x.label == "sentence")
             and x.kind in SPECIFIC and not story.is_main(x.kind, x.key)]  # a name or date of another incident
    if isinstance(value, Quantity) and value.measure_class in _LISTS.MAIN_EVENT_MEASURES and not other:
        if value.measure_class in measures.CUMULATIVE_CLASSES and not {a.article, b.article} <= story.dated:
            return None  # a running count: undated, a lower figure may just be an earlier one
        if value.measure_class in measures.TWO_WAY_COUNTS:
            return None  # "29 missing" / "33 still missing": two moments of a search as likely as one
        return (MAIN_EVENT,)
    return None


def _valued_subject(a: Claim, b: Claim) -> Anchor | None:
    """The subject noun both figures are the value of, or None: "turnout was almost 90%" /
    "turnout reached 93.87 percent". Such a noun names what the figure measures, as a measure
    noun does ("a depth of 12 miles"), so it ties the figures as a shared act would; a noun that
    names a kind of person or thing ("the man was 45", "the store was open 12 hours") may be
    two of them, and a verb besides the value verbs says what happened, not what was measured."""
    subject = [next((x for x in own(c).anchors if x.label == "subject"), None) for c in (a, b)]
    if subject[0] is None or subject[1] is None or subject[0].key != subject[1].key \
            or subject[0].key in event_words.GENERIC_HEADS:
        return None
    if any(_predicate(own(c)) not in (None, *_LISTS.VALUE_VERBS) for c in (a, b)):
        return None
    return subject[0]


def _background_person(anchor: Anchor, story: Story) -> bool:
    """A person most of the story's articles do not name: someone in the background (another
    game's scorer, a witness). Their figures in two articles may come from two moments the
    story never ties together ("finished with 25 points and 16 rebounds" in one game's report,
    "finished with 22 points and nine rebounds" in a roundup of another's), so the person alone
    does not tie two differing figures: a shared act on one object, place or time must too."""
    return anchor.kind == "entity" and anchor.label == "PERSON" and not story.is_main(anchor.kind, anchor.key)


def acts_on(anchor: Anchor) -> bool:
    """A predicate with its object ("approved … bond", "took … streets"), not an empty verb ("had … yards")
    nor an object that names nothing ("make … it": "to make it 31-24 with 6:15 left")."""
    words = anchor.key.split()
    return (anchor.label == "predicate" and len(words) > 1 and words[0] not in _LISTS.EMPTY_VERBS
            and not set(words[1:]) <= _LISTS.PRONOUN_OBJECTS)


def _generic(claim: Claim) -> bool:
    """A figure of a generic measure: a bare dimension ("distance", "money") or a noun every story
    counts; "a depth of 12 miles" or "300,000 comments" name what they measure."""
    value = claim.value
    if not isinstance(value, Quantity):
        return False
    dimension = value.dimension.split(":")[0]
    return (dimension in ("date", "clock_time") or value.measure_class in _LISTS.GENERIC_MEASURES
            or (dimension in GENERIC_DIMENSIONS and value.measure_class == dimension))


def _telling(claim: Claim) -> tuple[str, ...]:
    """Anchor kinds that tell two figures apart: all, but time for a running count, which
    changes over time (compare tells an update from a conflict by the articles' dates)."""
    value = claim.value
    if isinstance(value, Quantity) and value.measure_class in measures.CUMULATIVE_CLASSES:
        return ("entity", "place")
    return SPECIFIC
