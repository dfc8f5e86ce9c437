"""One event told in other words by other articles (issue 6): shared objects, headline passives,
names with a suffix or a nickname, one building named by another kind, a word clipped; and what
must stay apart (a guessed pronoun alone, two people sharing a surname's start)."""

from __future__ import annotations

from factcheck.extract.events import event_claims
from factcheck.normalize.events import events_may_align
from factcheck.normalize.referents import entity_key, same_entity
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


def test_a_headline_passive_of_a_legal_act_is_a_passive(nlp):
    """"Eastport Mall Shooter Charged" is the shooter charged, as "Halvik was charged" is: a charge, a
    conviction and a sentence are always of someone, so a headline naming no one else is passive."""
    for headline, body in (("Eastport Mall Shooter Tom Halvik Charged", "Halvik was charged on Friday."),
                           ("Tom Halvik convicted of arson", "Halvik was convicted on Friday."),
                           ("Tom Halvik sentenced to 10 years", "Halvik was sentenced on Friday.")):
        [told] = values(nlp, headline)
        [other] = values(nlp, body)
        assert told.actor is None and same_entity(told.object, "Halvik")
        assert events_may_align(told, other)


def test_a_mark_broken_is_a_record_broken():
    """"breaks 30-year-old Eastport scoring mark" / "breaks Eastport scoring record": one record."""
    assert same_entity("eastport scoring mark", "eastport scoring record")


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


def test_an_event_noun_meets_its_verb(nlp):
    """"the arrest of X" / "X's arrest" / "X was arrested" are one event; "Y's escape" is Y fleeing."""
    [of] = values(nlp, "Officers confirmed the arrest of Dele Okafor.")
    [possessive] = values(nlp, "Okafor's arrest stunned the club.")[:1]
    [verbal] = values(nlp, "Dele Okafor was arrested.")
    assert events_may_align(of, verbal) and events_may_align(possessive, verbal)
    assert Event("brandt", "flee", None) in values(nlp, "Brandt's escape shocked the town.")
    [death] = values(nlp, "Hundreds marched after the death of Lena Marsh.")
    assert (death.action, death.object) == ("kill", "lena marsh")


def test_an_event_noun_that_did_not_happen_or_names_no_one_is_no_event(nlp):
    assert values(nlp, "He was charged in the attempted murder of Lena Marsh.") == []
    assert values(nlp, "Saturday's shooting angered residents.") == []
    assert values(nlp, "Murder charges were filed against him.") == []


def test_a_role_is_a_description_not_a_name():
    """"the reigning player of the year passed Ford" and "Hansen passed Ford": a role and a name
    may be one person (compatible), where two names are two people."""
    from factcheck.normalize.referents import entity_relation

    assert entity_relation("reigning national player", "hansen") == "compatible"
    assert entity_relation("mortensen", "hansen") == "distinct"


def test_an_event_noun_must_name_whom_it_was_done_to(nlp):
    """"the killing by police" tells who, not whom: nothing to anchor an incident on."""
    assert values(nlp, "Riots followed the killing by police.") == []


def test_one_article_telling_one_event_twice_is_one_claim():
    """"Okafor arrested" (headline) and "Okafor was arrested by police" (body): one claim, so the
    article meets another outlet once; a second victim of one kind of act stays apart."""
    from factcheck.align.events import repeat
    from factcheck.types import Claim, Frame

    def claim(actor, obj, start):
        text = f"{actor} arrest {obj}"
        return Claim("a1", "event", start, start + len(text), text, text + ".", Event(actor, "arrest", obj),
                     frame=Frame(), mentions=((start, start + len(text)),))

    assert repeat(claim(None, "dele okafor", 0), claim("police", "okafor", 40))
    assert not repeat(claim(None, "dele okafor", 0), claim(None, "ben marsh", 40))
    assert not repeat(claim("police", None, 0), claim("police", None, 40))


def test_a_named_actor_doing_one_thing_twice_with_no_object_is_one_claim():
    """"Varga escaped" ... "Varga's escape": one event told twice, so the second telling is no
    single-source fact beside the agreement the first joins; not when a place or a time tells them
    apart, nor for a description ("police" may make two arrests)."""
    from factcheck.align.events import repeat
    from factcheck.types import Claim, Frame

    def claim(actor, start, place=None, time=None):
        value = Event(actor, "flee", None, place=place, time=time)
        return Claim("a1", "event", start, start + 9, "x fled.", "x fled.", value, frame=Frame(),
                     mentions=((start, start + 9),))

    assert repeat(claim("lena varga", 0), claim("varga", 40))
    assert repeat(claim("lena varga", 0, place="ostrel"), claim("varga", 40))
    assert not repeat(claim("varga", 0, place="ostrel"), claim("varga", 40, place="halvard"))
    assert not repeat(claim("varga", 0, time="monday"), claim("varga", 40, time="in 2009"))
    assert not repeat(claim("police", 0), claim("police", 40))


def test_an_object_told_as_a_place_anchors():
    """"a fire burned the Elm Street mill" / "the fire occurred at the Elm Street mill"; not a
    different mill."""
    burned = Event("fire", "burn", "elm street mill")
    assert events_may_align(burned, Event(None, "burn", None, place="elm street mill"))
    assert not events_may_align(burned, Event(None, "burn", None, place="harbour road depot"))


def test_a_blaze_is_a_fire():
    """Two outlets' "blaze" and "fire" are one description: the object anchor holds."""
    from factcheck.normalize.referents import entity_relation

    assert entity_relation("pre-dawn blaze", "the fire") == "same"
    assert events_may_align(Event("pre-dawn blaze", "destroy", "old mill"), Event("fire", "destroy", "the old mill"))


def test_a_guessed_antecedent_makes_no_repeat():
    """"he was slammed into a car" (he resolved to Gray) is not "Gray was hit" told again."""
    from factcheck.align.events import repeat
    from factcheck.types import Claim, Frame

    def claim(guessed, start):
        value = Event(None, "strike", "gray", guessed=guessed)
        return Claim("a1", "event", start, start + 9, "gray hit.", "gray hit.", value, frame=Frame(),
                     mentions=((start, start + 9),))

    assert repeat(claim((), 0), claim((), 40))
    assert not repeat(claim((), 0), claim(("object",), 40))


def test_launching_is_firing_only_when_a_weapon_is_launched(nlp):
    """"launched two missiles at the depot" fires them, as "fired two missiles" does; "launched
    the Orbis X2 smartphone" is no firing: the phone is released."""
    from factcheck.normalize.events import action_class

    [missiles] = values(nlp, "Halvard forces launched two missiles at the Ostrel fuel depot on Monday.")
    assert action_class(missiles.action) == "fire"
    [passive] = values(nlp, "Two missiles were launched at the Ostrel fuel depot on Monday.")
    assert action_class(passive.action) == "fire"
    # a phone launched is no firing: it is a phone released
    [launched] = values(nlp, "Veltronics Corp. launched its Orbis X2 smartphone in Japan on Monday.")
    [released] = values(nlp, "Veltronics Corp. released its Orbis X2 smartphone in Japan.")
    assert action_class(launched.action) == "release" and events_may_align(launched, released)


def test_the_acts_of_a_prosecution_and_a_hiring_are_events(nlp):
    """"Varga was charged with arson" meets "prosecutors charged Lena Varga"; "was indicted" is
    charged too. "Three people have been charged" is a figure (people charged: 3), not an event.
    Signings and reversals are acts too ("signed Okafor" / "Okafor was signed")."""
    [passive] = values(nlp, "Lena Varga was charged with arson on Monday.")
    [active] = values(nlp, "Dravik prosecutors charged Lena Varga with arson.")
    [indicted] = values(nlp, "Lena Varga was indicted on arson charges.")
    assert events_may_align(passive, active) and events_may_align(passive, indicted)
    assert values(nlp, "Three people have been charged with arson.") == []
    [hired] = values(nlp, "The Dravik Hawks hired Tom Okafor as coach in 2031.")
    assert hired.action == "hire"
    [signed] = values(nlp, "The Dravik Hawks signed Tom Okafor on Tuesday.")
    [was_signed] = values(nlp, "Tom Okafor was signed by the Dravik Hawks.")
    assert events_may_align(signed, was_signed)
    [overturned] = values(nlp, "Governor Lena Varga overturned the Dravik Water Act on Monday.")
    [reversed_] = values(nlp, "Governor Lena Varga reversed the Dravik Water Act.")
    assert events_may_align(overturned, reversed_)


def test_an_imperative_tells_nothing_that_happened(nlp):
    """A headline's "Hire a driver!" or "Arrest the mayor!" is advice or a demand, not an act."""
    assert values(nlp, "Hey, Tom Okafor: Hire a Driver!") == []


def test_fatally_wounded_is_killed(nlp):
    """"Okafor, who was fatally wounded by police" meets "police killed Okafor"; a wound alone does not."""
    [fatal] = values(nlp, "Tom Okafor, who was fatally wounded by police in Dravik, was 16.")
    [killed] = values(nlp, "Police killed Tom Okafor in Dravik on Saturday.")
    [wounded] = values(nlp, "Police wounded Tom Okafor in Dravik.")
    assert fatal.action == "kill" and events_may_align(fatal, killed)
    assert not events_may_align(wounded, killed)


def test_taking_over_with_nothing_taken_is_no_capture(nlp):
    """"rebels took over the town" captured it; "Marr took over in January" took on a role."""
    from factcheck.normalize.events import action_class

    [seized] = values(nlp, "Halvard rebels took over the town of Ostrel on Monday.")
    assert action_class(seized.action) == "capture" and seized.object == "ostrel"
    assert not [v for v in values(nlp, "Ilse Marr took over in January after the vote.")
                if action_class(v.action) == "capture"]


def test_a_participle_after_a_verb_of_seeing_is_done_to_its_noun(nlp):
    """"she saw Varga killed" tells that Varga was killed, not that Varga killed."""
    [killed] = [v for v in values(nlp, "She walked outside and she saw Varga killed.") if v.action == "kill"]
    assert (killed.actor, killed.object) == (None, "varga")
    [wounded] = [v for v in values(nlp, "Police found the man wounded in his car.") if v.action == "wound"]
    assert wounded.object == "man" and wounded.actor is None


def test_a_verb_of_the_same_act_in_other_words_is_one_class(nlp):
    """Ramming a van into a shop is smashing it into one; a fire that devastated a hall damaged it;
    rehiring a lawyer is hiring her."""
    def one(text: str) -> Event:
        [event] = [e for e in values(nlp, text) if e.object]
        return event
    rammed, smashed = one("Two men rammed their van into a bakery."), one("Two men smashed their van into a bakery.")
    assert rammed.action == smashed.action == "strike" and events_may_align(rammed, smashed)
    devastated = one("A fire devastated the Elm Street library.")
    damaged = one("The Elm Street library was badly damaged by a fire.")
    assert devastated.action == damaged.action == "damage"
    assert one("Corvin Penhaligon rehired lawyer Lena Halvik.").action == one("Corvin Penhaligon hired lawyer Lena Halvik.").action


def test_a_description_named_by_a_participle_is_that_person(nlp):
    """"The cashier, identified by police as Lena Okafor, died" is Okafor's death, as another
    report's "the gunman fatally shot Lena Okafor" tells it."""
    [died] = values(nlp, "The cashier, identified by police as Lena Okafor, died in hospital.")
    [shot] = values(nlp, "The gunman fatally shot Lena Okafor.")
    assert died.object == "lena okafor" and events_may_align(died, shot)
    assert values(nlp, "He was named as the new coach.") == []  # a role, not a name


def test_a_shot_at_someone_is_not_the_shooting_told_with_no_target():
    opened = Event("gunman", "fire", None)
    at_one = Event("gunman", "fire", "lena okafor")
    assert not events_may_align(opened, at_one)
    assert events_may_align(Event("police", "arrest", None), Event("police", "arrest", "lena okafor"))


def test_units_are_forces_only_after_a_word_of_forces():
    """"army units" and "a military unit" are forces, as troops are; "the Halvik X5 units" sold
    are phones, and "a police unit" is police."""
    assert entity_key("army units") == entity_key("a military unit") == entity_key("troops") == "forces"
    assert entity_key("the Halvik X5 units") == "halvik x5 unit"
    assert entity_key("a police unit") == "police unit"
