"""One incident or two: an event going on over time is not one incident, and the place where
the actor is places the act when the clause names no other (docs/events.md, "Ongoing events").
Invented sentences and places."""

from __future__ import annotations

from factcheck.extract.events import event_claims
from factcheck.normalize.events import event_difference, events_may_align
from factcheck.types import Article, Event


def _events(nlp, text: str) -> list[Event]:
    article = Article(id="a1", path="t.txt", text=text, source="t")
    return [c.value for c in event_claims(nlp(text), article)]


def _one(nlp, text: str) -> Event:
    [event] = _events(nlp, text)
    return event


# --- ongoing or one incident ---------------------------------------------------------------------


def test_progressive_continuing_and_habitual_clauses_are_ongoing(nlp):
    assert _one(nlp, "The Peruvian army, which has been fighting rebels in the north, denied the claims.").ongoing
    assert _one(nlp, "Riot police are mobilising their forces to clear the square.").ongoing
    assert _one(nlp, "The town is being shelled by the army.").ongoing
    assert _one(nlp, "The army regularly shells the village.").ongoing


def test_a_past_or_past_progressive_clause_is_one_incident(nlp):
    assert not _one(nlp, "Peruvian forces fought rebels near the town on Monday.").ongoing
    assert not _one(nlp, "Riot police mobilised their forces.").ongoing
    assert not _one(nlp, "The army has shelled the village.").ongoing
    # a past progressive is the background of one incident ("were chasing him when he crashed")
    assert not _one(nlp, "Police were chasing the suspect when he crashed the car.").ongoing


def test_an_ongoing_event_does_not_align_with_one_incident():
    months = Event("peru forces", "fight", "rebel", ongoing=True)  # "has been fighting rebels"
    monday = Event("peru forces", "fight", "rebel", time="monday")  # "fought rebels on Monday"
    assert not events_may_align(months, monday)
    assert not events_may_align(monday, months)
    assert events_may_align(months, Event("peru forces", "fight", "rebel", ongoing=True))
    assert events_may_align(monday, Event("peru forces", "fight", "rebel"))


# --- where the actor is ----------------------------------------------------------------------------


def test_the_actors_place_places_the_act_when_nothing_else_does(nlp):
    event = _one(nlp, "Office workers in Lisbon evacuated several buildings.")
    assert event.place == "lisbon"
    # the verb's own place comes first; "from" says where the actor came from, not where it acted
    assert _one(nlp, "Office workers in Lisbon evacuated several buildings in Porto.").place == "porto"
    assert _one(nlp, "Office workers from Lisbon evacuated several buildings.").place is None


def test_two_named_places_part_two_evacuations():
    lisbon = Event("office worker", "evacuate", "building", place="lisbon")
    porto = Event(None, "evacuate", "building", place="porto")
    assert events_may_align(lisbon, porto)  # one kind of act on one kind of object ...
    assert event_difference(lisbon, porto) == "place: lisbon vs porto"  # ... but not one place
    assert event_difference(lisbon, Event(None, "evacuate", "building")) is None


# --- what a departure left -------------------------------------------------------------------------


def test_leaving_after_checking_into_a_place_left_that_place(nlp):
    then_left = _one(nlp, "Marta Ruiz had checked into the Pine Hill clinic on Monday, but then left.")
    assert then_left.object == "pine hill clinic"
    named = _one(nlp, "Marta Ruiz has left the Elm Center.")
    assert not events_may_align(then_left, named)  # two departures from two clinics
    # with no place entered before, a departure names nothing it left
    assert _one(nlp, "Marta Ruiz thanked the nurses and left.").object is None
