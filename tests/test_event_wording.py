"""One event told in other words by other articles (issue 6): shared objects, headline passives,
names with a suffix or a nickname, one building named by another kind, a word clipped; and what
must stay apart (a guessed pronoun alone, two people sharing a surname's start)."""

from __future__ import annotations

from factcheck.extract.events import event_claims
from factcheck.normalize.events import entity_key, events_may_align, same_entity
from factcheck.types import Article, Event


def values(nlp, text: str) -> list[Event]:
    article = Article(id="a1", path="t.txt", text=text, source="t")
    return [c.value for c in event_claims(nlp(text), article)]


def test_coordinated_verbs_share_the_object(nlp):
    """"arrested and charged X": X was arrested too, and meets "arrested X" of another outlet."""
    found = values(nlp, "Harbour police have arrested and charged Ellen Marie Dobbs with arson.")
    assert Event("harbour police", "arrest", "ellen marie dobbs") in found


def test_an_intransitive_verb_takes_no_object_from_its_conjunct(nlp):
    """"escaped and shot X": nothing was escaped; a verb that may go without an object keeps none."""
    found = values(nlp, "Tomlin escaped and shot a prison guard.")
    assert all(not (e.action == "flee" and e.object) for e in found)


def test_a_headline_passive_is_a_passive(nlp):
    """"Tolland killed" in a headline is "Tolland was killed", not Tolland killing someone."""
    [headline] = values(nlp, "Mayor Jim Tolland killed in crash")
    [body] = values(nlp, "Jim Tolland was killed on Tuesday.")
    assert headline.actor is None and same_entity(headline.object, "Tolland")
    assert events_may_align(headline, body)


def test_words_skipped_inside_a_phrase_leave_a_space(nlp):
    """"Tomas (Tommy) Reyes, 17, killed by police": the nickname is a word of its own."""
    [event] = values(nlp, "Tomas (Tommy) Reyes, 17, killed by police.")
    assert event.object == entity_key("Tomas Tommy Reyes")
    assert same_entity(event.object, "Tomas Reyes")


def test_a_name_suffix_is_out_of_the_key():
    assert entity_key("Lionel Adams Jr.") == entity_key("Lionel Adams")
    assert same_entity("Lionel Adams Jr.", "Adams")


def test_a_guessed_actor_alone_is_no_anchor():
    """"He fired" (he resolved to Grant) and "Grant fired" rest on the guess alone: apart. An
    object both state still anchors them."""
    guessed = Event("grant", "fire", None, guessed=("actor",))
    assert not events_may_align(guessed, Event("grant", "fire", None))
    assert events_may_align(Event("grant", "fire", "shotgun", guessed=("actor",)), Event("grant", "fire", "shotgun"))


def test_one_building_named_by_its_kind_or_a_clipped_word():
    """A warehouse is a building; "Bel" clips "Belvedere" where two more words are shared."""
    assert same_entity("old belvedere farm dairy building", "original belvedere farm dairy warehouse")
    assert same_entity("historic bel farm dairy building", "old belvedere farm dairy building")
    assert not same_entity("sam okafor", "samantha okafor")
    assert not same_entity("old belvedere farm barn", "old belvedere farm silo")
