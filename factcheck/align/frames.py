"""When two figures' frames tell them apart before any value is compared: different owners,
places or ordinal scopes ("Okafor's 16 points" / "Mendes's 16 points", "in Eastport" / "in
Westbury", "on the first day" / "on the second day"). links.py and quantities.py ask it of every
pair they may join; evidence.py weighs what is left, and asks ``placed_by_one`` which places one
figure's clause names that the other's does not. Word lists: ``factcheck/data/frames.toml``.
"""

from __future__ import annotations

from typing import Any

from ..data import WordLists
from ..normalize.places import country_of
from ..normalize.referents import same_place
from ..types import About, Frame
from .story import Story

_LISTS = WordLists("frames")
#: The word lists of ``factcheck/data/frames.toml``, read on first use: PERSON_KINDS, STREET_WORDS.
__getattr__: Any = _LISTS.module_getattr(globals())


def frames_fit(fa: Frame, fb: Frame) -> bool:
    """No stated owner, place or time scope tells the two apart."""
    if fa.owners and fb.owners and not fa.owners & fb.owners and not _one_person_kind(fa.owners, fb.owners):
        return False
    if fa.places and fb.places and not _places_meet(fa.places, fb.places):
        return False
    return not (fa.scope and fb.scope and fa.scope != fb.scope)


def _one_person_kind(oa: frozenset[str], ob: frozenset[str]) -> bool:
    """Owners that describe a person by age and sex only, on both sides, and may be one person:
    "a 15-year-old boy" / "a 15-year-old teenager", not "boy" / "girl" (``PERSON_KINDS``)."""
    kinds = _LISTS.PERSON_KINDS
    sa, sb = ({kinds[o] for o in owners if o in kinds} for owners in (oa, ob))
    return bool(sa and sb) and not ({"m", "f"} <= (sa | sb))


def _places_meet(pa: frozenset[str], pb: frozenset[str]) -> bool:
    """Two figures' places are one place, or one lies in a country or US state the other names
    (a city and its country; "in Tucson" / "in Arizona"), as events' places are (``same_place``).
    Places the gazetteer does not know (a road, a venue, a district) on one side may lie in the
    known places of the other when they lie inside some town: "on State Route 417" / "in the Northgate
    section of Eastport" may be one stretch of road; "in Eastport" / "in Westbury" (a town it does not
    know) are two places, and so are "at the Lantern bar" / "at the Gilded Finch cafe"."""
    if pa & pb or any(same_place(x, y) for x in pa for y in pb):
        return True
    return _in_town(pa) and any(country_of(p) for p in pb) or _in_town(pb) and any(country_of(p) for p in pa)


def _in_town(places: frozenset[str]) -> bool:
    """Places that all lie inside some town: roads and streets (``STREET_WORDS``, a number)."""
    return all(any(c.isdigit() for c in p) or p.split()[-1] in _LISTS.STREET_WORDS for p in places)


def placed_by_one(aa: About, ab: About, story: Story) -> list[str]:
    """Places one side gives that the other names nowhere (not as a name, nor a place holding it or
    lying in it), leaving out the story's main ones: a toll of another city is another incident's.
    evidence.apart asks it of tolls only: a depth "on the Corvin Fault" or a count of shots "in
    Northgate" names where the one event happened, which another report may leave out."""
    out = []
    for mine, theirs in ((aa, ab), (ab, aa)):
        places = theirs.keys("place")
        names = places | theirs.keys("entity")
        out += [key for key in sorted(mine.keys("place")) if not story.is_main("place", key) and key not in names
                and not any(same_place(key, p) for p in places)]
    return out
