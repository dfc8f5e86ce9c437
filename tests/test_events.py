"""Event claims: extraction from the parse (factcheck.extract.events) and the pure
normalization and comparison of events (factcheck.normalize.events, .referents)."""

from __future__ import annotations

import pytest
from conftest import SEEDS
from spacy.tokens import Doc

from factcheck.extract.context import subject_of
from factcheck.extract.events import event_claims
from factcheck.normalize.events import (
    ACTION_CLASSES,
    action_class,
    event_difference,
    event_similarity,
    events_may_align,
    quoted_spans,
)
from factcheck.normalize.referents import SAME_WORD_MIN_RATIO, entity_key, entity_relation, same_entity, same_place
from factcheck.types import Article, Event


def events(nlp, text: str, *, front: str = "") -> list:
    """The event claims of one article whose body is ``text`` (after optional front matter)."""
    article = Article(id="a1", path="t.txt", text=front + text, source="t", body_start=len(front))
    return event_claims(nlp(text), article)


def values(nlp, text: str) -> list[Event]:
    return [c.value for c in events(nlp, text)]


# --- extraction -------------------------------------------------------------------------------


def test_passive_is_the_active_turned_around(nlp):
    active = values(nlp, "Russian forces captured the Chernobyl nuclear plant.")
    passive = values(nlp, "The Chernobyl nuclear plant was captured by Russian forces.")
    assert active == passive == [Event("russia forces", "capture", "chernobyl nuclear plant")]


def test_a_name_the_sentence_calls_a_town_is_a_place(nlp):
    # the small model tags an unknown town as an organisation; "the town of" makes it a place
    hit = values(nlp, "A strong quake hit the town of Varnel in the Ostrava province on Sunday.")
    rocked = values(nlp, "A strong earthquake rocked the village of Varnel.")
    assert [(e.action, e.place) for e in hit + rocked] == [("quake", "varnel")] * 2
    # without the construction, an unknown name is no place
    assert values(nlp, "A strong earthquake rocked Varnel on Sunday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces did not capture the airport.",
        "Russian forces never captured the airport.",
        "Russian forces failed to capture the airport.",
        "The airport was not captured by Russian forces.",
    ],
)
def test_negation_is_kept(nlp, text):
    assert values(nlp, text) == [Event("russia forces", "capture", "airport", negated=True)]


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops seized the plant.",
        "Russian forces captured the plant.",
        "Russia's army took control of the plant.",
        "Russian soldiers took over the plant.",
    ],
)
def test_synonyms_share_an_action_class(nlp, text):
    assert values(nlp, text) == [Event("russia forces", "capture", "plant")]


def test_place_and_time_attached_to_the_verb(nlp):
    [event] = values(nlp, "A missile hit a residential building in Kiev on Friday morning.")
    assert (event.action, event.object, event.place, event.time) == (
        "strike", "residential building", "kyiv", "friday morning")


def test_event_nouns_with_occurrence_verbs(nlp):
    rocked = values(nlp, "Explosions rocked Kiev on Friday.")
    occurred = values(nlp, "Some of those explosions occurred in Kyiv.")
    assert [(e.action, e.place) for e in rocked + occurred] == [("explode", "kyiv")] * 2


def test_an_event_noun_heard_or_felt_somewhere_happened_there(nlp):
    """"Explosions were heard in Kyiv" says explosions happened there, as "rocked Kyiv" does; a
    sense verb in the passive with no event noun is no event ("He was heard in Kyiv")."""
    heard = values(nlp, "Explosions were heard in Kyiv on Thursday.")
    felt = values(nlp, "The quake was felt in Kharkiv.")
    assert [(e.action, e.place) for e in heard + felt] == [("explode", "kyiv"), ("quake", "kharkiv")]
    assert values(nlp, "He was heard in Kyiv.") == [] and values(nlp, "The pain was felt in his legs.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Will Russian forces capture Kyiv?",  # question
        "Did the missile hit the residential building?",
        "Putin is the aggressor.",  # opinion, copula
        "I think the sanctions are unfair.",
        "Russian forces could capture Kyiv within days.",  # modal / future
        "Officials have warned that Kyiv will be seized this weekend.",
        "Russia might attack the airport.",
        "Putin is looking to take power from Zelensky.",  # intention
        "There was no indication the second man entered the country by sea.",  # said not to be known
        "Police found no evidence that the suspect crossed the border.",
        "A Leeds official told reporters there was no evidence the gunman entered Britain via France.",
        "However, an official has told the Guardian there was no indication “whatsoever” the second man entered Europe.",
        "Velmora would leave the treaty if the government pulls out of the deal.",  # a condition
        "Reporters asked whether the rebels captured the port.",  # an open question
        "The army stopped firing on the rebel camp on Monday.",  # an act's end
        "Biden announced new measures.",  # reporting verbs; "measures" is no act of its own
        "Zelensky told European Union leaders about the situation.",
        "“Russia is shelling civilian targets,” Zelensky said.",  # quoted speech
        "The treaty created NATO in 1949.",  # background
        "Russia lost some of its momentum.",  # no concrete object
        "They captured the airport.",  # pronoun with no antecedent
        "At least 137 Ukrainians died on the first day.",  # a figure: the quantity claim has it
        "Thousands of civilians fled Velmora.",  # those who fled are counted, wherever they fled from
        "Commentators discussed the possibility that Okafor resigns.",  # what may be, not what happened
        "There was speculation that the army withdrew from Eastport.",
        "Officers arrived.",  # an arrival with no place says nothing to check
        "The plane landed safely.",
        "A helicopter landed on a nearby airstrip.",  # not a weapon: no strike, and no named place
    ],
)
def test_noise_gives_no_event(nlp, text):
    assert values(nlp, text) == []


def test_a_counted_actor_of_a_verb_that_acts_on_someone_still_tells_the_event(nlp):
    # the figure counts the officers; the event is whom they shot, which another report tells as
    # "police fatally shot Okafor" or "Okafor, who was fatally wounded by police"
    counted = values(nlp, "Two deputies fatally shot Okafor on Tuesday.")
    told = values(nlp, "Police fatally shot Okafor on Tuesday.")
    assert [(e.action, e.object) for e in counted] == [("kill", "okafor")]
    assert events_may_align(counted[0], told[0]) and event_difference(counted[0], told[0]) is None
    assert values(nlp, "Two gunmen killed 12 people.") == []  # what was done is counted: a figure


# --- fixture cases: motion verbs, numbering, "the town of X", agentless passives, act objects ---------


def test_landing_with_a_place_is_an_arrival(nlp):
    wire = values(nlp, "The first plane chartered by Ukraine's foreign ministry landed in Kyiv early on Friday.")
    paper = values(nlp, "The first evacuation flight for Ukrainian citizens landed in Kiev on Friday morning.")
    [landed] = [e for e in wire if e.action == "arrive"]
    assert landed == Event("first plane", "arrive", None, place="kyiv", time="friday")
    assert paper == [Event("first evacuation plane", "arrive", None, place="kyiv", time="friday morning")]
    assert events_may_align(landed, paper[0]) and event_difference(landed, paper[0]) is None


def test_a_weapon_landing_strikes(nlp):
    assert values(nlp, "A rocket landed on the school.") == [Event("missile", "strike", "school")]
    assert values(nlp, "A shell hit the school.") == [Event("shell", "strike", "school")]  # a weapon, not shelling


@pytest.mark.parametrize(
    ("text", "claim_text"),
    [("Government troops pulled back towards the city after fighting.", "Government troops pulled back"),
     ("Russian troops pulled out of Kherson.", "Russian troops pulled out")],
)
def test_pulling_back_is_a_withdrawal(nlp, text, claim_text):
    [claim] = events(nlp, text)
    assert claim.value.action == "withdraw" and claim.text == claim_text


def test_numbering_is_not_part_of_the_object(nlp):
    [claim] = events(nlp, "Earlier, another drone struck School No. 12 in the northern district.")
    assert claim.value == Event("drone", "strike", "school")
    assert entity_key("School No. 12") == entity_key("school no") == "school"
    primary = Event("drone", "strike", entity_key("a primary school"), place="dravik")
    depot = Event("second drone", "strike", entity_key("a fuel depot"))
    assert events_may_align(primary, claim.value) and event_difference(primary, claim.value) is None
    assert not events_may_align(depot, claim.value)


def test_the_town_of_x_is_x(nlp):
    [town] = events(nlp, "Government forces captured the town of Belmar on Monday.")
    [failed] = values(nlp, "Government forces failed to capture Belmar on Monday.")
    [passive] = events(nlp, "The town of Belmar was captured by government forces.")
    assert town.value == Event("government forces", "capture", "belmar", time="monday")
    assert passive.value.object == "belmar" and passive.text.startswith("The town of Belmar")
    assert events_may_align(town.value, failed) and event_difference(town.value, failed) == "negated in one"


def test_agentless_passive_with_a_concrete_object(nlp):
    text = "A refugee camp in South Sudan's Unity state was bombed Thursday, South Sudan officials said."
    [claim] = events(nlp, text)
    # ISO 3166-2 (pycountry) lists Unity as a state of South Sudan: a place
    assert claim.value == Event(None, "shell", "refugee camp", place="unity", time="thursday")
    assert claim.text == "A refugee camp in South Sudan's Unity state was bombed"


def test_announcing_sanctions_is_an_act(nlp):
    [biden] = values(nlp, "U.S. President Joe Biden announced a series of sanctions against Russia.")
    assert (biden.actor, biden.action, biden.object) == ("joe biden", "sanction", "russia")
    [us] = values(nlp, "The US imposed sanctions on Russia.")
    assert us == Event("united states", "sanction", "russia")
    assert events_may_align(biden, us) and event_difference(biden, us) is None  # a person may act for the country
    [curfew] = values(nlp, "The government imposed a curfew in Kyiv.")
    assert (curfew.action, curfew.object, curfew.place) == ("impose curfew", None, "kyiv")


def test_reported_events_keep_their_source(nlp):
    [claim] = events(nlp, "Russian forces also captured the Chernobyl nuclear plant, Ukrainian authorities said.")
    assert claim.value == Event("russia forces", "capture", "chernobyl nuclear plant")
    assert claim.attribution == "Ukrainian authorities"
    assert claim.text == "Russian forces also captured the Chernobyl nuclear plant"


def test_pronoun_actor_resolved_to_the_nearest_person(nlp):
    text = "Zelensky, who was elected in hopes of bringing peace, became a wartime leader. He remains in Kyiv."
    assert values(nlp, text) == [Event("zelensky", "stay", None, place="kyiv", guessed=("actor",))]


def test_object_pronoun_stands_for_the_subject_of_a_subordinate_clause(nlp):
    [shot] = values(nlp, "When receptionist Dana Okafor tried to stop him, the gunman fatally shot her in the hall.")
    assert (shot.actor, shot.action, shot.object, shot.guessed) == ("gunman", "kill", "dana okafor", ("object",))  # "fatally shot": killed
    # a subject pronoun does not: the one who fled is not the one shot
    assert all(e.actor != "dana okafor" for e in values(nlp, "After the gunman shot Dana Okafor, he fled."))


def test_claimed_to_have_done_is_an_event(nlp):
    [event] = values(nlp, "Ukraine's government claimed to have retaken an airfield on the outskirts of Kyiv.")
    assert event == Event("ukraine government", "recapture", "airport", place="kyiv")


def test_offsets_index_the_article_text_with_front_matter(nlp):
    front = "---\ntitle: t\n---\n"
    [claim] = events(nlp, "A rocket attack from Russia hit a residential building.", front=front)
    assert claim.text == (front + "A rocket attack from Russia hit a residential building.")[claim.start : claim.end]
    assert claim.text == "A rocket attack from Russia hit a residential building"
    assert claim.mentions == ((claim.start, claim.end),)


# --- the seed articles --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_events(nlp):
    found = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found[path.name[:3]] = (text, events(nlp, text))
    return found


def test_seed_offsets(seed_events):
    for text, claims in seed_events.values():
        for claim in claims:
            assert claim.text == text[claim.start : claim.end]
            assert claim.text in claim.sentence


def test_seed_events_are_few(seed_events):
    # ~40 sentences each: a handful of checkable events, not one per verb
    assert [3 <= len(claims) <= 16 for _, claims in seed_events.values()] == [True, True]


def test_seed_events_found(seed_events):
    a = {c.value for c in seed_events["000"][1]}
    b = {c.value for c in seed_events["001"][1]}
    assert Event("russia forces", "capture", "chernobyl nuclear plant") in a
    assert Event("russia missile", "strike", "residential building") in a  # "A rocket attack from Russia hit ..."
    assert Event("missile", "strike", "residential building") in b  # "another missile hit a residential structure"
    assert Event("zelensky", "stay", None, place="kyiv", guessed=("actor",)) in a
    assert Event(None, "explode", None, place="kyiv") in a
    assert Event(None, "explode", None, place="kyiv", time="friday morning") in b
    assert Event("ukraine government", "recapture", "airport", place="kyiv") in b
    assert Event("missile", "strike", "ukraine border post", place="zaporizhzhya") in b
    assert ("joe biden", "sanction", "russia") in {(e.actor, e.action, e.object) for e in a}


def test_seed_events_align_as_a_reader_would(seed_events):
    a = [c.value for c in seed_events["000"][1]]
    b = [c.value for c in seed_events["001"][1]]
    pairs = {(x.action, x.object, x.place, y.object, y.place) for x in a for y in b if events_may_align(x, y)}
    assert ("strike", "residential building", None, "residential building", None) in pairs
    assert ("explode", None, "kyiv", None, "kyiv") in pairs
    assert not any("border post" in (p[3] or "") for p in pairs)  # a different incident
    agreeing = [(x, y) for x in a for y in b if events_may_align(x, y) and event_difference(x, y) is None]
    assert {x.action for x, _ in agreeing} == {"strike", "explode"}


def test_docs_list_every_seed_event(seed_events):
    """docs/events.md shows what the seeds give; it cannot drift from the code."""
    doc = (SEEDS.parents[1] / "docs" / "events.md").read_text(encoding="utf-8")
    for _, claims in seed_events.values():
        for claim in claims:
            v = claim.value
            row = f"| {v.actor or ''} | {v.action} | {v.object or ''} |".replace("|  |", "| |")
            assert row in doc and claim.text in doc, (row, claim.text)


# --- normalization (pure) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lemma", "cls"),
    [("seize", "capture"), ("capture", "capture"), ("take control", "capture"), ("take over", "capture"),
     ("hit", "strike"), ("slam into", "strike"), ("retake", "recapture"), ("regain", "recapture"),
     ("shoot down", "shoot down"), ("down", "shoot down"), ("bombard", "shell"), ("remain", "stay"),
     ("Recapture", "recapture"), ("annex", "annex")],
)
def test_action_class(lemma, cls):
    assert action_class(lemma) == cls


def test_action_classes_are_closed():
    # every class is its own class, so blocking by class is stable
    assert all(ACTION_CLASSES[cls] == cls for cls in ACTION_CLASSES.values())


@pytest.mark.parametrize(
    "spellings",
    [
        ["Russian forces", "Russia's forces", "Russian troops", "Russia's army", "the Russian military forces"],
        ["the Chornobyl nuclear plant", "Chornobyl nuclear power plant", "the Chornobyl NPP"],
        ["a residential building", "residential buildings", "a residential structure"],
        ["A rocket attack", "another missile", "one rocket"],
        ["Ukranian forces", "Ukrainian troops"],
        ["63-year-old Ida Varga", "Ida Varga", "the 63-year-old Ida Varga"],  # an age says how old, not who
    ],
)
def test_entity_key_folds_spellings(spellings):
    from factcheck.normalize.referents import entity_relation

    assert entity_relation("63-year-old Ida Varga", "receptionist Ida Varga") == "same"
    keys = {entity_key(s) for s in spellings}
    assert len(keys) == 1
    key = keys.pop()
    assert entity_key(key) == key  # idempotent: values are keys


@pytest.mark.parametrize(
    ("a", "b"),
    [("Kyiv", "Kiev"), ("Odessa", "Odesa"), ("Zaporizhzhya", "Zaporizhzhia"), ("Zaporozhye", "Zaporizhzhia"),
     ("Zelensky", "Volodymyr Zelenskyy"), ("the plant", "the Chernobyl nuclear plant"), ("Russia", "Russian forces"),
     ("a missile", "a surface-to-air missile"), ("the rebels", "Rebel fighters"), ("rebel forces", "rebel fighters"),
     ("primary school", "School No. 12"), ("the government", "government forces")],
)
def test_same_entity(a, b):
    assert same_entity(a, b) is True


@pytest.mark.parametrize(
    ("a", "b"),
    [("Austria", "Australia"), ("Sudan", "South Sudan"), ("Iran", "Iraq"), ("Niger", "Nigeria"),
     ("residential building", "border post"), ("Russian forces", "Ukrainian forces"),
     ("Kyiv", "Kharkiv"), ("Colombia", "Columbia"), ("government forces", "rebel fighters"), ("border guards", "border"),
     ("school", "fuel depot"), ("Putin", "Ukraine"), ("Joe Biden", "Vladimir Putin")],
)
def test_look_alikes_are_not_the_same(a, b):
    assert same_entity(a, b) is False


def test_same_entity_unknown_and_threshold():
    assert same_entity(None, "Kyiv") is None
    assert SAME_WORD_MIN_RATIO == 90  # calibrated on the pairs above; see docs/events.md


def test_same_place_contains_cities_in_their_country():
    assert same_place("Kiev", "Kyiv") and same_place("ukraine", "kyiv") and same_place("Zaporizhzhya", "zaporizhzhia")
    assert same_place("kyiv", "kharkiv") is False and same_place("russia", "kyiv") is False
    # the entity recognizer may leave "river", "province" on or off a name
    assert same_place("the Lessa river", "Lessa") and same_place("kerman province", "kerman")
    assert same_place("lessa river", "lesser river") is False


BUILDING = Event("missile", "strike", "residential building")
POST = Event("missile", "strike", "ukraine border post", place="zaporizhzhya")


def test_two_incidents_that_look_alike_do_not_align():
    assert not events_may_align(BUILDING, POST)
    rocket = Event(entity_key("a rocket"), "strike", entity_key("a residential building"))
    other = Event(entity_key("another missile"), "strike", entity_key("a residential structure"))
    assert events_may_align(rocket, other) and event_difference(rocket, other) is None


def test_quoted_spans_close_at_a_line_break():
    text = 'He said "abc" and \u201cdef\u201d, then \u201copen\nnext \u201clast'
    assert [text[a:b] for a, b in quoted_spans(text)] == ['"abc"', "\u201cdef\u201d", "\u201copen\n", "\u201clast"]


def test_event_difference():
    captured = Event("russia forces", "capture", "airport")
    assert event_difference(captured, Event("russia forces", "capture", "airport", negated=True)) == "negated in one"
    assert event_difference(captured, Event("belarus forces", "capture", "airport")).startswith("actor")
    assert event_difference(captured, Event(None, "capture", "airport")) is None  # actor not stated: compatible
    in_kyiv = Event(None, "explode", None, place="kyiv")
    assert event_difference(in_kyiv, Event(None, "explode", None, place="ukraine")) is None
    assert event_difference(in_kyiv, Event(None, "explode", None, place="kharkiv")) == "place: kyiv vs kharkiv"
    assert event_difference(in_kyiv, Event(None, "explode", None, place="kyiv", time="friday")) is None


def test_event_similarity_ranks_closer_pairs_higher():
    same = Event("missile", "strike", "residential building")
    assert event_similarity(BUILDING, same) > event_similarity(BUILDING, POST) > 0
    assert event_similarity(BUILDING, Event("missile", "capture", "residential building")) == 0.0


# --- who is the actor: named referents, descriptions, and different events (held-out ECB+) ------


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # distinct named referents: a misattribution
        ("Sudan", "South Sudan", "distinct"), ("steinberg", "lacalamita", "distinct"),
        ("the rebels", "government forces", "distinct"), ("Russian forces", "Ukrainian forces", "distinct"),
        ("rebel fighters", "Sudan", "distinct"), ("Putin", "Ukraine", "compatible"),
        ("Russian missiles", "Ukrainian forces", "distinct"),
        # two generic descriptions of different kinds: two events
        ("Many residents", "Office workers", "different"), ("Thousands of people", "Military aircraft from Sudan", "different"),
        ("northern Sudanese", "Military aircraft from Sudan", "different"), ("a missile", "a drone", "different"),
        # a description and a name, one description holding the other, a country and a role
        ("one protester", "Greeks", "compatible"), ("Athens police chiefs", "the police", "compatible"),
        ("Sudan", "the government", "compatible"), ("an Antonov bomber", "Military aircraft from Sudan", "compatible"),
        ("an Antonov bomber", "Sudan Armed Forces planes", "compatible"),
        ("Military aircraft from Sudan", "Sudan Armed Forces planes", "compatible"), ("Sudan", "an Antonov bomber", "compatible"),
        ("people", "residents", "compatible"), ("Zelensky", "Ukraine's president", "compatible"),
        # a person and a state: no table says who leads which country, so either may act for it
        ("Joe Biden", "the United States", "compatible"), ("Putin", "Russian forces", "compatible"),
        ("lacalamita", "the police", "compatible"),
        # the same
        ("Sudan", "The government of Sudan", "same"), ("Russians", "Russian forces", "same"),
    ],
)
def test_entity_relation(a, b, relation):
    assert entity_relation(a, b) == relation == entity_relation(b, a)
    assert entity_relation(entity_key(a), entity_key(b)) == relation  # keys compare like the phrases


def test_entity_relation_unknown():
    assert entity_relation(None, "Sudan") is None and entity_relation("Sudan", None) is None


@pytest.mark.parametrize(
    ("phrase", "key"),
    [("The government of Sudan", "sudan government"), ("Sudan's government", "sudan government"),
     ("Military aircraft from Sudan", "sudan forces aircraft"), ("the army of Sudan", "sudan forces"),
     ("A rocket attack from Russia", "russia missile"), ("Greeks", "greece people"),
     ("northern Sudanese", "northern sudan people"), ("South Sudanese", "south sudan people"),
     ("the US", "united states"), ("the town of Belmar", "town of belmar"), ("the outskirts of Kyiv", "outskirt of kyiv")],
)
def test_origin_and_demonym_keys(phrase, key):
    assert entity_key(phrase) == key and entity_key(key) == key


def test_cluster8_protesters_and_police_chiefs_agree():
    one = Event(entity_key("one protester"), "throw", entity_key("a petrol bomb"))
    greeks = Event(entity_key("Greeks"), "throw", entity_key("petrol bombs"), time="wednesday")
    assert events_may_align(one, greeks) and event_difference(one, greeks) is None
    chiefs = Event(entity_key("Athens police chiefs"), "mobilise", entity_key("all their forces"))
    police = Event(entity_key("the police"), "mobilise", entity_key("its forces"))
    assert events_may_align(chiefs, police) and event_difference(chiefs, police) is None


def test_cluster18_two_named_actors_conflict():
    told = Event("steinberg", "load", "shell")
    loaded = Event("lacalamita", "load", "shell")
    assert events_may_align(told, loaded) and event_difference(told, loaded) == "actor: steinberg vs lacalamita"


def test_cluster20_different_groups_are_different_events():
    residents = Event(entity_key("Many residents"), "evacuate", entity_key("their buildings"))
    workers = Event(entity_key("Office workers"), "evacuate", entity_key("several buildings"))
    unstated = Event(None, "evacuate", entity_key("buildings"), place="oman")
    people = Event(entity_key("people"), "evacuate", entity_key("buildings"))
    assert not events_may_align(residents, workers) and event_difference(residents, workers) is None
    assert events_may_align(residents, unstated) and events_may_align(workers, unstated)
    assert events_may_align(residents, people) and event_difference(residents, people) is None


def test_cluster41_sudan_is_its_government_and_its_aircraft():
    headline = Event(entity_key("Sudan"), "shell", entity_key("refugee camp"))
    government = Event(entity_key("The government of Sudan"), "shell", entity_key("the refugee camp"), place="yida")
    assert events_may_align(headline, government) and event_difference(headline, government) is None
    south = Event(entity_key("South Sudan"), "shell", entity_key("refugee camp"))
    assert event_difference(headline, south) == "actor: sudan vs south sudan"  # a real misattribution
    rebels = Event(entity_key("the rebels"), "shell", entity_key("refugee camp"))
    assert event_difference(government, rebels) == "actor: sudan government vs rebel"
    aircraft = Event(entity_key("Military aircraft from Sudan"), "drop", entity_key("bombs"), time="thursday")
    antonov = Event(entity_key("an Antonov bomber"), "drop", entity_key("four bombs"), place="south sudan")
    planes = Event(entity_key("Sudan Armed Forces planes"), "drop", entity_key("four bombs"))
    for x, y in ((aircraft, antonov), (aircraft, planes), (antonov, planes)):
        assert events_may_align(x, y) and event_difference(x, y) is None


def test_cluster41_crossing_the_border_is_two_events():
    aircraft = Event(entity_key("Military aircraft from Sudan"), "cross", entity_key("the new international border"))
    people = Event(entity_key("people"), "cross", entity_key("the border"))
    sudanese = Event(entity_key("northern Sudanese"), "cross", entity_key("the border"))
    assert not events_may_align(aircraft, people) and not events_may_align(aircraft, sudanese)
    assert events_may_align(people, sudanese) and event_difference(people, sudanese) is None  # the refugees


def test_reported_clause_keeps_its_own_subject(nlp):
    # the small model parses "told police LaCalamita loaded" with LaCalamita as "told"'s object
    text = "Steinberg, a partner in the firm, told police LaCalamita loaded a shell into the shotgun's chamber."
    [claim] = events(nlp, text)
    assert claim.value == Event("lacalamita", "load", "shell")
    assert claim.text == "police LaCalamita loaded a shell"
    [helped] = values(nlp, "Ukrainian forces helped residents leave the city.")
    assert helped.actor == "resident"  # object control: the residents left


@pytest.mark.parametrize(
    ("text", "actor"),
    [("The government of Sudan bombed the refugee camp in Yida.", "sudan government"),
     ("Military aircraft from Sudan dropped bombs on Thursday.", "sudan forces aircraft"),
     ("Sudan Armed Forces planes dropped four bombs in the region.", "sudan armed forces plane"),
     ("Greeks protesting against government austerity measures threw petrol bombs at a bank.", "greece people")],
)
def test_country_of_origin_in_the_actor(nlp, text, actor):
    [event] = values(nlp, text)
    assert event.actor == actor


def test_a_multiword_demonym_is_one_place(nlp):
    [event] = values(nlp, "On Thursday afternoon an Antonov bomber dropped four bombs on the South Sudanese area of Yida.")
    assert (event.actor, event.place) == ("antonov bomber", "south sudan")


def test_one_thing_told_with_another_modifier_is_the_same_object():
    """"the old Harlan Creek dairy warehouse building" and "the original Harlan Creek dairy
    warehouse" are one building; "the first reactor" and "the second reactor" are two."""
    from factcheck.normalize.referents import same_entity

    assert same_entity("old harlan creek dairy warehouse building", "original harlan creek dairy warehouse")
    assert same_entity("historic harlan creek warehouse", "old harlan creek dairy warehouse building")
    assert not same_entity("first harlan creek reactor", "second harlan creek reactor")
    assert not same_entity("old building", "new building")


def test_a_name_read_as_a_common_noun_at_a_sentence_start_is_still_the_actor(nlp):
    # the small model reads a sentence-initial "Trump" as the card-game noun; the article names him elsewhere
    found = values(nlp, "Trump fired Comey in May. Later Comey met Trump in Washington.")
    assert ("trump", "fire", "comey") in [(e.actor, e.action, e.object) for e in found]


@pytest.mark.parametrize("one, other", [
    ("Governor Ana Ruiz resigned on Thursday.", "Governor Ana Ruiz stepped down on Thursday."),
    ("Governor Ana Ruiz mobilized the National Guard on Monday.", "Governor Ana Ruiz deployed the National Guard on Monday."),
])
def test_everyday_synonyms_share_an_action_class(nlp, one, other):
    [a], [b] = values(nlp, one), values(nlp, other)
    assert action_class(a.action) == action_class(b.action)


def test_a_gerund_after_after_or_since_is_an_act_of_the_clauses_subject(nlp):
    found = [(e.actor, e.action, e.object) for e in values(
        nlp, "Police said John Harper was arrested after shooting David Miller in Leeds.")]
    assert ("john harper", "shoot", "david miller") in found
    # "prevented from leaving", "plans for building": no act was done; nor in a clause still to come
    assert [e.action for e in values(nlp, "Police prevented John Harper from leaving Leeds.")] == ["prevent"]
    assert values(nlp, "John Harper will resign after signing the Leeds deal.") == []


def test_a_gerund_of_means_is_an_act_of_an_active_clauses_subject(nlp):
    found = [(e.actor, e.action, e.object) for e in values(
        nlp, "Governor Ana Ruiz responded by deploying the National Guard to Leeds.")]
    assert ("governor ana ruiz", "deploy", "national guard") in found
    # a passive clause's subject did not do the means; a hypothetical clause did nothing yet
    assert [e.action for e in values(nlp, "The Leeds bridge was damaged by shelling the town.")] == ["damage"]
    assert values(nlp, "Ana Ruiz could end the crisis by deploying the National Guard.") == []


def test_a_moment_is_no_actor_or_object(nlp):
    # the small model parses "fired by Trump last year" as "by [year]" with the name hung on the
    # date (ECB+-like news); the parse is built by hand, as the model gave it, so the test holds
    # whatever the model does with invented sentences
    words = ["Ruiz", "was", "fired", "by", "Berger", "last", "year", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 6 + [False, False],
              heads=[2, 2, 2, 2, 6, 6, 3, 2],
              deps=["nsubjpass", "auxpass", "ROOT", "agent", "nmod", "amod", "pobj", "punct"],
              pos=["PROPN", "AUX", "VERB", "ADP", "PROPN", "ADJ", "NOUN", "PUNCT"],
              tags=["NNP", "VBD", "VBN", "IN", "NNP", "JJ", "NN", "."],
              lemmas=["Ruiz", "be", "fire", "by", "Berger", "last", "year", "."],
              ents=["B-PERSON", "O", "O", "O", "B-PERSON", "B-DATE", "I-DATE", "O"], sent_starts=[True] + [False] * 7)
    text = doc.text
    found = [(e.actor, e.action, e.object) for e in (c.value for c in event_claims(doc, Article("a1", "x.txt", text, "s")))]
    assert found == [("berger", "fire", "ruiz")]
    # a date read as the subject says when, not who: no event
    words = ["Saturday", "hackers", "attacked", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, False, False], heads=[2, 2, 2, 2],
              deps=["nsubj", "npadvmod", "ROOT", "punct"], pos=["PROPN", "NOUN", "VERB", "PUNCT"],
              tags=["NNP", "NNS", "VBD", "."], lemmas=["Saturday", "hacker", "attack", "."],
              ents=["B-DATE", "O", "O", "O"], sent_starts=[True, False, False, False])
    assert event_claims(doc, Article("a1", "x.txt", doc.text, "s")) == []


def test_a_plain_object_pronoun_is_never_its_own_clauses_subject(nlp):
    found = [(e.actor, e.action, e.object) for e in values(
        nlp, "Tom Berger married Ana Ruiz in 1992. In his speeches, he often introduces her as his wife.")]
    assert ("tom berger", "introduce", "tom berger") not in found
    assert ("tom berger", "marry", "ana ruiz") in found


def test_of_two_subjects_the_parse_gives_one_verb_the_noun_nearest_before_it_is_the_subject(nlp):
    # the small model hung both names on "assailed" ("Hosting President Macron ..., Mr. Trump
    # assailed"); and an appositive "one" on "caught" ("Two buildings, one used by ..., caught
    # fire"): parses built by hand as the model gave them
    words = ["Hosting", "Ana", "Ruiz", ",", "Tom", "Berger", "assailed", "the", "treaty", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, False, True, True, True, True, True, False, False],
              heads=[2, 2, 6, 6, 5, 6, 6, 8, 6, 6],
              deps=["compound", "compound", "nsubj", "punct", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
              pos=["VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"])
    assert subject_of(doc[6]).text == "Berger"
    words = ["Two", "buildings", ",", "one", "used", "by", "officials", ",", "caught", "fire", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, False, True, True, True, True, False, True, True, False, False],
              heads=[1, 8, 1, 8, 3, 4, 5, 8, 8, 8, 8],
              deps=["nummod", "nsubj", "punct", "nsubj", "acl", "agent", "pobj", "punct", "ROOT", "dobj", "punct"],
              pos=["NUM", "NOUN", "PUNCT", "NUM", "VERB", "ADP", "NOUN", "PUNCT", "VERB", "NOUN", "PUNCT"])
    assert subject_of(doc[8]).text == "buildings"


def test_a_pronoun_after_a_person_described_between_is_left_unresolved(nlp):
    # "he" may be the president or Berger: no verdict rests on a guess
    found = values(nlp, "Tom Berger is trying to determine whether the president had criminal intent when he "
                        "fired Ana Ruiz, the police chief.")
    assert not [e for e in found if e.action == "fire" and e.actor]
    # a plural group between cannot be "he"; the pronoun's own subject is the actor, not a rival
    found = values(nlp, "Tom Berger fled Leeds and evaded hundreds of police officers searching for him. "
                        "In Hull, he shot Ana Ruiz.")
    assert ("tom berger", "shoot", "ana ruiz") in [(e.actor, e.action, e.object) for e in found]


def test_a_name_after_a_pronoun_subject_is_not_what_a_later_pronoun_of_that_gender_stands_for(nlp):
    # "she" is whoever the first "She" is, out of sight: not the rifle's maker named after it
    found = values(nlp, "She drove home with a rifle made by Dana Okafor. She later stormed the depot.")
    assert not [e for e in found if e.actor == "dana okafor"]
    # named before that pronoun, the person it stands for is who the later "she" stands for
    found = values(nlp, "Police said Dana Okafor was armed. She drove to the depot and shot guard Lena Brandt. "
                        "She later stormed the office.")
    assert ("dana okafor", "attack") in [(e.actor, e.action) for e in found]
    assert not [e for e in found if e.actor == "lena brandt"]
    # a name that says who the pronoun is stays who a later pronoun stands for
    found = values(nlp, "Police released a photograph. She has been named as Dana Okafor. She stormed the depot.")
    assert ("dana okafor", "attack") in [(e.actor, e.action) for e in found]
    # named before any pronoun, the person still is who "she" stands for
    found = values(nlp, "Police questioned Dana Okafor on Monday. She later stormed the depot.")
    assert ("dana okafor", "attack") in [(e.actor, e.action) for e in found]


def test_a_pronoun_does_not_stand_for_the_person_its_own_clause_names_on_the_other_side(nlp):
    # "He" is not Brandt, whom he shot: Okafor, the person before her, is who he is
    found = values(nlp, "Leon Okafor drove to Hull. He reached the house that Mara Brandt owned. He shot Brandt.")
    assert ("leon okafor", "shoot") in [(e.actor, e.action) for e in found]
    assert not [e for e in found if e.actor == "mara brandt"]


def test_what_a_shot_is_fired_at_is_its_object(nlp):
    # two shots at two people are two events, not one "Okafor fired"
    found = values(nlp, "Okafor then fired at Brandt, hitting him in the chest. Later Okafor fired on police officers.")
    assert {(e.actor, e.action, e.object) for e in found} >= {("okafor", "shoot", "brandt"), ("okafor", "shoot", "police")}
    # fired as dismissed is still no shot
    assert not values(nlp, "A man who was fired last week returned to the office.")


def test_a_shot_fired_at_someone_is_shooting_them_and_a_dismissal_is_not(nlp):
    """"fired at Brandt, hitting him" and "shot Brandt" are one act as two outlets tell it; "the
    board fired Brandt" dismissed him, another act; a shooting percentage is a statistic, no act."""
    [fired_at] = values(nlp, "Okafor then fired at Brandt, hitting him in the chest.")
    [shot] = values(nlp, "Okafor shot Brandt in the chest.")
    [dismissed] = values(nlp, "The Velmora board fired Brandt on Monday.")
    assert fired_at.action == shot.action == "shoot" and events_may_align(fired_at, shot)
    assert dismissed.action == "fire" and not events_may_align(dismissed, shot)
    assert not values(nlp, "Okafor shot 41.2 percent overall and just 7-of-17 after the break.")


def test_a_target_that_names_nothing_concrete_leaves_the_shot_without_one(nlp):
    # "fired at hundreds of concert-goers": no target to check, but still a shot
    assert [(e.actor, e.action, e.object) for e in values(nlp, "Okafor fired at hundreds of concert-goers.")] == [
        ("okafor", "shoot", None)]
    # nor does a pronoun nobody is named for: "began firing on them"
    assert ("police", "shoot", None) in [(e.actor, e.action, e.object) for e in values(
        nlp, "As crowds gathered in the square, police began firing on them.")]
