"""Asymmetric evidence: what a conflict must rest on, and what keeps figures apart.

Claims are built by hand with the anchors extract would read, so each rule is tested alone
(no model). The sentences in the comments are invented.
"""

from __future__ import annotations

from factcheck.align import align
from factcheck.align.events import event_conflict
from factcheck.align.evidence import apart, quantity_conflict, told_apart
from factcheck.align.frames import frames_fit
from factcheck.align.quotes import quote_conflict
from factcheck.align.story import Story
from factcheck.compare import compare
from factcheck.normalize.values import value_difference
from factcheck.types import About, Anchor, Article, Claim, Event, Frame, Interval, Quantity, Quote, Stated

ARTICLES = tuple(Article(f"a{i}", f"{i}.txt", "x", f"s{i}") for i in (1, 2, 3, 4))


def person(key: str) -> Anchor:
    return Anchor("entity", key, key.title(), "PERSON")


def act(key: str) -> Anchor:
    return Anchor("event", key, key, "predicate")


def figure(article: str, value: float, *anchors: Anchor, measure: str = "point", dimension: str = "count",
           start: int = 0) -> Claim:
    quantity = Quantity(Interval(value, value, "exact"), None, dimension, measure, measure)
    words = frozenset({"score", "game"})
    return Claim(article, "quantity", start, start + 2, f"{value:g}", f"{value:g} {measure}.", quantity,
                 frame=Frame(context=words, clause=words), mentions=((start, start + 2),), about=About(anchors))


def test_figures_of_two_named_persons_never_conflict():
    # "Mendes scored 20 points" / "Okafor scored 25 points"
    a, b = figure("a1", 20, person("mendes"), act("score point")), figure("a2", 25, person("okafor"),
                                                                                 act("score point"))
    story = Story.of((a, b))
    assert apart(a, b, story) == "different entity"
    assert quantity_conflict(a, b, story) is None
    assert [f.verdict for f in compare(ARTICLES, align((a, b), story), story).facts] == ["single_source"] * 2


def test_the_same_value_of_two_persons_is_two_facts():
    # "Lawson had 16 points" / "Raji had 16 points"
    a, b = figure("a1", 16, person("lawson")), figure("a2", 16, person("raji"))
    assert told_apart(a, b) == "different persons"
    assert len(align((a, b))) == 2


def test_a_place_and_the_country_it_lies_in_fit():
    # "a 25-year-old from the Syrian city of Idlib" / "Ahmad, 25, from Idlib, Syria"; "in Greece" / "in Athens"
    def at(*places: str) -> Frame:
        return Frame(places=frozenset(places))
    assert frames_fit(at("idlib"), at("idlib", "syria"))
    assert frames_fit(at("syria"), at("stade de france", "idlib"))
    assert frames_fit(at("kyiv"), at("ukraine"))
    assert frames_fit(at("houston"), at("texas"))  # a US city and its state
    assert not frames_fit(at("kyiv"), at("syria"))  # a city of another country
    assert not frames_fit(at("paris"), at("lyon"))  # two cities of one country are two places
    # a road lies in some town: "on Route 417 near Interstate 480" / "in the Northgate section of Houston"
    assert frames_fit(at("route 417", "interstate 480"), at("northgate", "houston"))
    assert frames_fit(at("harbour street"), at("texas"))
    assert not frames_fit(at("route 417"), at("northgate"))  # nothing known to hold the road
    assert not frames_fit(at("eastport"), at("houston"))  # a town the gazetteer does not know is no road


def test_a_name_written_in_one_word_or_two_is_one_person():
    # "Karim El Haddad, 25," / "he (Elhaddad) was 25": one person, however the particle is written
    a = figure("a1", 25, Anchor("entity", "haddad", "Karim El Haddad", "PERSON"))
    b = figure("a1", 25, Anchor("entity", "elhaddad", "he (Elhaddad)", "PERSON"))
    assert told_apart(a, b) is None
    c = figure("a1", 25, Anchor("entity", "hadid", "Karim Hadid", "PERSON"))
    d = figure("a1", 25, Anchor("entity", "ruiz", "Ana Ruiz", "PERSON"))
    assert told_apart(c, d) == "different persons"


def test_two_persons_figures_in_one_article_are_neither_one_claim_nor_rivals():
    # "Paced by 13 points from Lindqvist." ... "Adeyemi had 13 points, while Brandt had 12."
    # One article's two "13 points" of two players are two claims, and the 12 set against
    # the 13 by "while" is another player's figure, not a rival value of the same fact.
    def said(value: float, who: str, start: int, sentence: str) -> Claim:
        claim = figure("a1", value, person(who), start=start)
        return Claim(claim.article, claim.kind, claim.start, claim.end, claim.text, sentence, claim.value,
                     frame=claim.frame, mentions=claim.mentions, about=claim.about)
    both = "Adeyemi had 13 points, while Brandt had 12."
    first, second = said(13, "lindqvist", 0, "Paced by 13 points from Lindqvist."), said(13, "adeyemi", 50, both)
    rival = said(12, "brandt", 80, both)
    other = figure("a2", 13, person("adeyemi"))
    groups = align((first, second, rival, other))
    assert sorted(len(g) for g in groups) == [1, 1, 2]
    (pair,) = [g for g in groups if len(g) == 2]
    assert {c.start for c in pair} == {50, 0} and {c.article for c in pair} == {"a1", "a2"}


def test_a_shared_named_anchor_and_nothing_apart_is_a_conflict():
    # "Shops damaged in Athens: 565" / "355 damaged shops in Athens"
    athens = Anchor("place", "athens", "Athens", "GPE")
    a = figure("a1", 565, athens, act("damage shop"), measure="shop")
    b = figure("a2", 355, athens, act("damage shop"), measure="shop")
    story = Story.of((a, b))
    assert quantity_conflict(a, b, story)
    report = compare(ARTICLES, align((a, b), story), story)
    (fact,) = report.facts
    assert fact.verdict == "conflict" and fact.confidence is not None and 0 < fact.confidence < 1
    assert "Athens (place)" in fact.reason


def test_an_unresolved_pronoun_leaves_the_owner_unknown():
    # "He ran for 66 yards" (two players named before) / "Bush ran for 440 yards"
    he = Anchor("unresolved", "he", "He")
    a = figure("a1", 66, he, act("run yard"), measure="yard")
    b = figure("a2", 440, person("bush"), act("run yard"), measure="yard")
    assert apart(a, b, Story.of((a, b))) == "a pronoun stands for the owner"


def test_a_different_scope_is_another_fact():
    # "an additional 162 animals" / "1,263 animals"
    a = figure("a1", 162, Anchor("scope", "additional", "additional"), act("list animal"), measure="animal")
    b = figure("a2", 1263, act("list animal"), measure="animal")
    assert apart(a, b, Story.of((a, b))) == "different scope"


def test_a_toll_with_nothing_of_its_own_is_the_main_events():
    # "316 were wounded" / "361 were wounded"; but not "Earlier this year, Amy Bishop ... was
    # charged ... three others wounded", a person of another incident in the sentence
    a, b = figure("a1", 316, measure="wounded"), figure("a2", 361, measure="wounded")
    assert quantity_conflict(a, b, Story.of((a, b), dated=("a1", "a2")))[0].key == "main event"
    assert quantity_conflict(a, b, Story.of((a, b))) is None  # undated: the lower may be the earlier count
    earlier = figure("a3", 3, Anchor("entity", "bishop", "Amy Bishop", "sentence"), measure="wounded")
    assert quantity_conflict(a, earlier, Story.of((a, b, earlier), dated=("a1", "a2", "a3"))) is None


def test_missing_counts_never_conflict_on_the_main_event_alone():
    # "29 missing" / "33 still missing": the missing are found, or more reported, as a search goes on
    a, b = figure("a1", 29, measure="missing"), figure("a2", 33, measure="missing")
    assert quantity_conflict(a, b, Story.of((a, b), dated=("a1", "a2"))) is None


def test_a_generic_measure_needs_the_same_act():
    # "Jackson's contract runs through 2009" / "Jackson had his finest season in 2008"
    jackson = person("jackson")
    a = figure("a1", 2009, jackson, act("run contract"), measure="date", dimension="date")
    b = figure("a2", 2008, jackson, act("have season"), measure="date", dimension="date")
    assert quantity_conflict(a, b, Story.of((a, b))) is None
    # "Voters approved the bond in 2009" / "voters in 2010 approved the bond"
    c = figure("a1", 2009, act("approve bond"), measure="date", dimension="date")
    d = figure("a2", 2010, act("approve bond"), measure="date", dimension="date")
    assert quantity_conflict(c, d, Story.of((c, d)))


def test_a_time_named_by_one_only_tells_figures_apart_but_a_period_does_not():
    saturday = Anchor("time", "saturday", "Saturday", "DATE")
    hours = Anchor("time", "32 hours", "32 hours", "period")
    a = figure("a1", 30, saturday, act("throw stone"), measure="youth")
    b = figure("a2", 100, act("throw stone"), measure="youth")
    c = figure("a3", 100, hours, act("throw stone"), measure="youth")
    assert apart(a, b, Story.of((a, b))) == "a time named by one only: saturday"
    assert apart(b, c, Story.of((b, c))) is None


def test_main_anchors_are_what_most_articles_name():
    claims = [figure(f"a{i}", 1, person("gray")) for i in (1, 2, 3)] + [figure("a4", 1, person("king"))]
    story = Story.of(claims)
    assert story.is_main("entity", "gray") and not story.is_main("entity", "king")
    assert Story.of([], [("a1", frozenset({("place", "athens")})), ("a2", frozenset({("entity", "athens")}))]).is_main(
        "place", "athens")  # one town tagged a place in one article and an organisation in another


def quote(article: str, speaker: str | None, content: str, via: str | None = "name") -> Claim:
    return Claim(article, "quote", 0, len(content), content, content, Quote(speaker, content, speaker_via=via))


def test_the_same_words_given_to_two_named_speakers_conflict_only_when_both_name_them():
    words = "We are aware of the issue involving our player and we are disappointed."
    assert quote_conflict(quote("a1", "Alan Smith", words), quote("a2", "Alan Butler", words))
    assert not quote_conflict(quote("a1", "Alan Smith", words), quote("a2", "Butler", words, via="pronoun"))
    assert not quote_conflict(quote("a1", "Vincent DelGiudice", words), quote("a2", "Vincent Del Giudice", words))
    assert not quote_conflict(quote("a1", "James Steele", words), quote("a2", "Fire Department", words))


def test_one_quote_with_a_name_changed_conflicts_but_not_a_name_written_two_ways():
    said = "We will now ask for the {} Lemaire Servers and the documents held by the mystery man and the emails."
    wendy, debbie = (quote(a, None, said.format(n), via=None) for a, n in (("a1", "Wendy"), ("a2", "Debbie")))
    assert quote_conflict(wendy, debbie) and value_difference(wendy.value, debbie.value) == "name: wendy vs debbie"
    words = "The {} will patch the flaw for all customers as soon as possible, the team said on Tuesday."
    for one, other in (("Internet Explorer", "IE"), ("United Nations", "UN"), ("Velmora Telecom", "Velmora Telecom's"),
                       ("Anya Okafor", "Okafor"), ("Representative Okafor", "Rep Okafor")):
        a, b = quote("a1", None, words.format(one), via=None), quote("a2", None, words.format(other), via=None)
        assert quote_conflict(a, b) and value_difference(a.value, b.value) is None, (one, other)


def test_a_shared_phrase_is_an_echo_not_one_quote():
    assert not quote_conflict(quote("a1", "Dirk Kempthorne", "common-sense"),
                              quote("a2", "James Inhofe", "common-sense changes to a law much overdue for reform"))


def event(article: str, actor: str | None, negated: bool = False, guessed: tuple[str, ...] = ()) -> Claim:
    value = Event(actor, "capture", "belmar", negated=negated, guessed=guessed)
    return Claim(article, "event", 0, 5, "x", "x.", value)


def test_events_conflict_on_polarity_only_and_never_on_a_guess():
    assert event_conflict(event("a1", "army"), event("a2", "army", negated=True))
    assert not event_conflict(event("a1", "army"), event("a2", "army", negated=True, guessed=("actor",)))
    assert not event_conflict(event("a1", "army"), event("a2", "rebels"))
    # "The reigning player of the year captured Belmar" / "Three other players failed to capture Belmar"
    assert not event_conflict(event("a1", "reigning player"), event("a2", "tunde okafor", negated=True))
    assert not event_conflict(event("a1", None), event("a2", "army", negated=True))


def test_a_background_person_alone_does_not_tie_two_differing_figures():
    # Story about a record by Mendes (named by every article). "Ortiz finished his team's win
    # with 16 rebounds" (a1) / "Ortiz finished with nine rebounds, as his team beat Rivers" (a2):
    # Ortiz is in the background; the two figures may be two different games.
    mendes = person("mendes")
    a = figure("a1", 16, person("ortiz"), act("finish win"), measure="rebound")
    b = figure("a2", 9, person("ortiz"), act("finish rebound"), measure="rebound")
    main = [figure(f"a{i}", 30, mendes, act("score point"), start=50) for i in (1, 2, 3, 4, 5)]
    story = Story.of((a, b, *main))
    assert not story.is_main("entity", "ortiz") and story.is_main("entity", "mendes")
    assert quantity_conflict(a, b, story) is None
    # the same background person and the same act on one object still tie them
    c = figure("a2", 9, person("ortiz"), act("finish win"), measure="rebound")
    assert quantity_conflict(a, c, story)


def test_a_rate_and_a_total_are_two_facts_even_when_equal():
    # "Mendes averages 23 points a game" / "Mendes scored 23 points"
    per_game = Anchor("scope", "per game", "a game")
    a = figure("a1", 23, person("mendes"), per_game)
    b = figure("a2", 23, person("mendes"))
    assert told_apart(a, b) == "a rate against a total"
    assert told_apart(a, figure("a3", 23, person("mendes"), per_game)) is None


def test_an_increment_and_a_total_are_two_facts_even_when_equal():
    # "Ortiz grabbed two more rebounds before halftime" / "Ortiz was two rebounds off his best"
    more = Anchor("scope", "more", "more")
    a = figure("a1", 2, person("ortiz"), more, measure="rebound")
    b = figure("a2", 2, person("ortiz"), measure="rebound")
    assert told_apart(a, b) == "an increment against a total"
    assert len(align((a, b))) == 2
    # "two more rebounds" / "two additional rebounds": both increments, one fact
    assert told_apart(a, figure("a3", 2, person("ortiz"), Anchor("scope", "additional", "additional"),
                                measure="rebound")) is None


def test_the_worst_few_and_a_count_are_two_facts_even_when_equal():
    # "the four hardest-hit villages were ..." / "four villages were destroyed"
    worst = Anchor("scope", "superlative", "hardest-hit")
    a = figure("a1", 4, worst, measure="village")
    b = figure("a2", 4, measure="village")
    assert told_apart(a, b) == "the worst few against a count"
    assert len(align((a, b))) == 2
    assert told_apart(a, figure("a3", 4, Anchor("scope", "superlative", "worst-hit"), measure="village")) is None


def distance(article: str, direction: str = "") -> Claim:
    quantity = Quantity(Interval(40.2, 40.2, "approx"), None, "length", "distance", "distance")
    words = frozenset({"mile", "town"})
    anchors = (Anchor("scope", f"direction {direction}", f"{direction} of"),) if direction else ()
    return Claim(article, "quantity", 0, 14, "about 25 miles", "x", quantity,
                 frame=Frame(context=words, clause=words), mentions=((0, 14),), about=About(anchors))


def test_distances_in_two_directions_are_two_distances():
    # "about 25 miles east of Dunmore" / "about 25 miles northwest of the camp"
    east = distance("a1", "east")
    assert told_apart(east, distance("a2", "north west")) == "different directions"
    # the same direction, or the opposite end of one line, may be one distance
    assert told_apart(east, distance("a3", "east")) is None
    assert told_apart(east, distance("a4", "west")) is None
    assert told_apart(east, distance("a5")) is None  # "about 25 miles from Dunmore"


def test_one_clock_time_written_alike_in_two_articles_placed_in_two_zones_agrees():
    # "The call came in at 3:30 a.m." in a story placed in Anchorage and one placed in New York
    from factcheck.align.quantities import rules
    from factcheck.types import Stated

    def clock(article: str, utc: int) -> Claim:
        base = figure(article, utc, act("come call"), measure="time", dimension="clock_time")
        value = Quantity(Interval(utc, utc, "exact"), "UTC", "clock_time", "time", "time",
                         stated=Stated("3:30 a.m.", 210, "local"))
        return Claim(base.article, "quantity", 0, 2, "3:30 a.m.", base.sentence, value, frame=base.frame,
                     mentions=base.mentions, about=base.about)

    a, b = clock("a1", 750), clock("a2", 450)
    story = Story.of((a, b))
    assert rules(story).linked(a, b)
    assert [f.verdict for f in compare(ARTICLES, align((a, b), story), story).facts] == ["agree"]


def test_a_clock_time_on_no_known_clock_meets_a_guessed_one_and_a_written_zone_only_at_its_reading():
    # "the call came in at 3:30 a.m." in a report placed nowhere, one placed in Anchorage, and
    # "3:30 a.m. GMT" written with its zone: 210 minutes as the first, on a known clock; the first
    # on none. Read the same, one moment with its zone left out (session 23); "5 a.m. GMT" may be
    # the same moment on another clock or another moment: never joined, so never a conflict
    from factcheck.types import Stated

    def clock(article: str, minutes: int, unit: str | None, dimension: str, stated: int, stated_unit: str) -> Claim:
        base = figure(article, minutes, act("come call"), measure="time", dimension=dimension)
        value = Quantity(Interval(minutes, minutes, "exact"), unit, dimension, "time", "time",
                         stated=Stated("3:30 a.m.", stated, stated_unit))
        return Claim(base.article, "quantity", 0, 2, "3:30 a.m.", base.sentence, value, frame=base.frame,
                     mentions=base.mentions, about=base.about)

    nowhere = clock("a1", 210, None, "clock_time:unresolved", 210, "local")
    guessed = clock("a2", 750, "UTC", "clock_time", 210, "local")
    written = clock("a3", 210, "UTC", "clock_time", 210, "GMT")
    later = clock("a3", 300, "UTC", "clock_time", 300, "GMT")
    for other in (guessed, written):
        story = Story.of((nowhere, other))
        assert [f.verdict for f in compare(ARTICLES, align((nowhere, other), story), story).facts] == ["agree"]
    story = Story.of((nowhere, later))
    assert sorted(f.verdict for f in compare(ARTICLES, align((nowhere, later), story), story).facts) == \
        ["single_source", "single_source"]


def test_an_equal_precise_figure_is_one_fact_without_shared_words_but_a_round_one_is_not():
    # "Tickets start at $119.99" / "the ticket price of $119.99"; "16 points" / "16 points" by two players
    from factcheck.align.links import linked
    from factcheck.types import Stated

    def money(article: str, value: float, words: frozenset[str]) -> Claim:  # a sum, of nothing named
        quantity = Quantity(Interval(value, value, "exact"), "USD", "money", "money", "money",
                            stated=Stated(f"${value:g}", value, "USD"))
        return Claim(article, "quantity", 0, 4, f"${value:g}", "x", quantity,
                     frame=Frame(context=words, clause=words), mentions=((0, 4),))

    assert linked(money("a1", 119.99, frozenset({"start"})), money("a2", 119.99, frozenset({"order"})))
    assert not linked(money("a1", 120, frozenset({"start"})), money("a2", 120, frozenset({"order"})))
    assert not linked(money("a1", 2009, frozenset({"start"})), money("a2", 2009, frozenset({"order"})))


def test_a_tolls_own_act_does_not_tie_two_tolls():
    # "seven people were killed in the bombing" / "killing at least 12 people near Taludi"
    a = figure("a1", 7, act("kill people"), measure="killed")
    b = figure("a2", 12, act("kill people"), Anchor("place", "taludi", "Taludi", "sentence"), measure="killed")
    story = Story.of((a, b), dated=("a1", "a2"))
    assert quantity_conflict(a, b, story) is None


def share(article: str, low: float, high: float, written: float, qualifier: str = "approx") -> Claim:
    quantity = Quantity(Interval(low, high, qualifier), "%", "percent", "percent", "percent",
                        stated=Stated(f"{written:g} percent", written, "%"))
    words = frozenset({"traffic", "cable"})
    return Claim(article, "quantity", 0, 2, f"{written:g} percent", "x", quantity,
                 frame=Frame(context=words, clause=words), mentions=((0, 2),))


def test_a_hedged_share_is_the_number_written_not_the_bottom_of_its_hedge():
    # "close to 90 percent of traffic" (81-90) / "82 percent of the traffic": compatible, but
    # 82 is not 90 said again, and nothing else ties them
    close_to_90 = share("a1", 81, 90, 90)
    assert len(align((close_to_90, share("a2", 82, 82, 82, "exact")))) == 2
    # "close to 90 percent" / "89 percent": one figure, rounded
    assert len(align((close_to_90, share("a3", 89, 89, 89, "exact")))) == 1


def test_other_meets_an_increment():
    # "three other blasts" / "three further blasts": one count; "two others" alone is no increment
    other, further = Anchor("scope", "other", "other"), Anchor("scope", "further", "further")
    assert told_apart(figure("a1", 3, other, measure="blast"), figure("a2", 3, further, measure="blast")) is None
    assert told_apart(figure("a1", 2, other, measure="blast"), figure("a2", 2, measure="blast")) is None


def subject(key: str) -> Anchor:
    return Anchor("event", key, key, "subject")


def test_the_same_noun_a_figure_is_the_value_of_ties_two_generic_figures():
    # "Turnout reached 71.4 percent" / "turnout was almost 60%": the noun says what the share measures
    a = figure("a1", 71.4, subject("turnout"), act("reach percent"), measure="percent", dimension="percent")
    b = figure("a2", 60, subject("turnout"), measure="percent", dimension="percent")
    story = Story.of((a, b))
    assert quantity_conflict(a, b, story) == (subject("turnout"),)
    # "turnout reached 71.4 percent" / "the share was 60 percent": two nouns
    assert quantity_conflict(a, figure("a2", 60, subject("share"), measure="percent", dimension="percent"),
                             story) is None
    # "turnout rose 71.4 percent" / "turnout was 60%": a verb that says what happened, not the value
    rose = figure("a1", 71.4, subject("turnout"), act("rise"), measure="percent", dimension="percent")
    assert quantity_conflict(rose, b, Story.of((rose, b))) is None
    # "the man was 45" / "the man was 47": a kind of person, maybe two of them
    c = figure("a1", 45, subject("man"), measure="age", dimension="age")
    d = figure("a2", 47, subject("man"), measure="age", dimension="age")
    assert quantity_conflict(c, d, Story.of((c, d))) is None


def held(key: str) -> Anchor:
    return Anchor("event", key, key, "holder")


def test_a_property_of_one_object_is_not_told_apart_by_the_verbs_around_it():
    # "a .22-caliber pistol was found at the scene" / "he waved a .25 caliber pistol"
    a = figure("a1", 22, held("pistol"), act("find pistol"), measure="caliber")
    b = figure("a2", 25, Anchor("unresolved", "he", "he"), held("pistol"), act("wave pistol"), measure="caliber")
    story = Story.of((a, b))
    assert apart(a, b, story) is None
    # "a .22-caliber pistol was found" / "he waved a .25-caliber rifle": two objects
    c = figure("a2", 25, held("rifle"), act("wave rifle"), measure="caliber")
    assert apart(a, c, Story.of((a, c))) == "different predicates"
    # "Novak's .22-caliber pistol" / "Brandt's .25-caliber pistol": two named owners still tell them apart
    d = figure("a1", 22, person("novak"), held("pistol"), act("find pistol"), measure="caliber")
    e = figure("a2", 25, person("brandt"), held("pistol"), act("find pistol"), measure="caliber")
    assert apart(d, e, Story.of((d, e))) == "different entity"
    # a pronoun with a figure that no object holds still leaves the owner unknown
    f = figure("a2", 25, Anchor("unresolved", "he", "he"), act("find pistol"), measure="caliber")
    assert apart(a, f, Story.of((a, f))) == "a pronoun stands for the owner"


def test_two_agreeing_groups_of_one_objects_property_meet_in_a_conflict():
    # ".22-caliber pistol was found at the scene" (a1), "pointed a .22-caliber pistol" (a2) /
    # "he pointed a .25 caliber pistol" (a3)
    a = figure("a1", 22, held("pistol"), act("find pistol"), measure="caliber")
    b = figure("a2", 22, held("pistol"), act("point pistol"), measure="caliber")
    c = figure("a3", 25, Anchor("unresolved", "he", "he"), held("pistol"), act("point pistol"), measure="caliber")
    story = Story.of((a, b, c))
    (fact,) = compare(ARTICLES, align((a, b, c), story), story).facts
    assert fact.verdict == "conflict" and len(fact.claims) == 3


def test_a_count_narrowed_by_a_country_on_one_side_is_a_part_not_a_rival():
    # "a zone of 22 member and four non-member states of the union" / "the union's 26-state zone";
    # "300 Norwegian troops" / "4,000 troops"
    from dataclasses import replace

    def counted(article: str, value: float, subject: str) -> Claim:
        claim = figure(article, value, act("include state"), measure="state")
        return replace(claim, value=replace(claim.value, subject=subject))

    for one, other in (("non EU states", "states"), ("Norwegian troops", "troops")):
        a, b = counted("a1", 4, one), counted("a2", 26, other)
        assert apart(a, b, Story.of((a, b))).startswith("a part named by one only")
    # a word that is no country ("damaged shops" / "shops") still meets
    a, b = counted("a1", 355, "damaged states"), counted("a2", 565, "states")
    assert apart(a, b, Story.of((a, b))) is None


def test_amounts_of_two_things_are_two_figures():
    # "the phone has 2GB of memory" / "2GB of storage are free"; "three days of mourning" /
    # "three days of strikes"
    from dataclasses import replace

    def amount(article: str, value: float, of: str, dimension: str = "information") -> Claim:
        claim = figure(article, value, measure=dimension, dimension=dimension)
        return replace(claim, value=replace(claim.value, unit="B" if dimension == "information" else "s",
                                            subject=of))

    a, b = amount("a1", 2, "memory"), amount("a2", 2, "storage")
    assert told_apart(a, b).startswith("amounts of two things")
    assert told_apart(a, amount("a2", 2, "memory")) is None
    # "of a substance" says nothing of what: it may be the other's solvent
    spill = amount("a1", 8000, "solvent", "volume")
    assert told_apart(spill, amount("a2", 8000, "substance", "volume")) is None
    assert told_apart(spill, amount("a2", 8000, "oil", "volume")).startswith("amounts of two things")
    # one period of unrest is told in other words too often to refuse an agreement on the word
    # ("eight days of riots" / "eight days of clashes", "of rioting" / "of riots")...
    riots = amount("a1", 8, "riot", "duration")
    assert told_apart(riots, amount("a2", 8, "clash", "duration")) is None
    assert told_apart(riots, amount("a2", 8, "rioting", "duration")) is None
    # ... but a span of something that is no event is not a span of another thing ("three days
    # of mourning" / "three days of attacks", "ten hours of browsing" / "ten hours of playback")
    a, b = amount("a1", 3, "mourning", "duration"), amount("a2", 3, "attack", "duration")
    assert told_apart(a, b).startswith("amounts of two things")
    browsing, playback = amount("a1", 10, "browsing", "duration"), amount("a2", 10, "playback", "duration")
    assert told_apart(browsing, playback).startswith("amounts of two things")
    # and two spans of two things never conflict
    c = amount("a2", 4, "clash", "duration")
    assert apart(riots, c, Story.of((riots, c))).startswith("amounts of two things")


def test_two_reports_now_are_two_moments_unless_both_are_dated():
    # "Lindqvist now has 2,100 points" / "Lindqvist now has 2,000 points": each report's own now
    now = Anchor("time", "now", "now", "present")
    a = figure("a1", 2100, person("lindqvist"), act("have point"), now)
    b = figure("a2", 2000, person("lindqvist"), act("have point"), now)
    assert apart(a, b, Story.of((a, b))) == "each report's own moment"
    assert quantity_conflict(a, b, Story.of((a, b))) is None
    # "now" on one side only: a running count read at another moment
    c = figure("a3", 2000, person("lindqvist"), act("have point"))
    assert apart(a, c, Story.of((a, c))) is not None


def test_a_surname_two_persons_of_the_story_bear_is_no_anchor_of_a_conflict():
    # "Ruiz, 31, blew himself up" / "Ruiz, 26, fled": two brothers, Sami and Omar Ruiz
    a = figure("a1", 31, person("ruiz"), act("blow"), measure="age", dimension="age")
    b = figure("a2", 26, person("ruiz"), act("blow"), measure="age", dimension="age")
    names = [("a1", frozenset({("person", "Sami Ruiz"), ("person", "Omar Ruiz")}))]
    assert quantity_conflict(a, b, Story.of((a, b), names=names)) is None
    assert quantity_conflict(a, b, Story.of((a, b))) is not None  # one Ruiz: the name ties them


def test_two_birth_years_of_one_person_conflict():
    # "Ola Brekke was born in 1967 in Varnel" / "Brekke, born in 1968, ...": a birth happens once,
    # so the same person and the act are enough, whatever else the clauses say
    a = figure("a1", 718_000, person("brekke"), act("bear suspect"), measure="date", dimension="date")
    b = figure("a2", 718_400, person("brekke"), act("bear"), measure="date", dimension="date")
    assert quantity_conflict(a, b, Story.of((a, b))) is not None
    # an act done many times needs the same act and object, as before ("moved to X" / "moved to Y")
    c = figure("a1", 718_000, person("brekke"), act("move varnel"), measure="date", dimension="date")
    d = figure("a2", 718_400, person("brekke"), act("move"), measure="date", dimension="date")
    assert quantity_conflict(c, d, Story.of((c, d))) is None


def test_a_whole_year_or_month_is_shown_as_written():
    import datetime

    from factcheck.normalize.describe import shown_value
    year = Quantity(Interval(datetime.date(1967, 1, 1).toordinal(), datetime.date(1967, 12, 31).toordinal(), "range"),
                    None, "date", "date", "date")
    month = Quantity(Interval(datetime.date(2008, 12, 1).toordinal(), datetime.date(2008, 12, 31).toordinal(), "range"),
                     None, "date", "date", "date")
    day = Quantity(Interval(733000, 733000, "exact"), None, "date", "date", "date")
    assert (shown_value(year), shown_value(month)) == ("1967", "2008-12")
    assert shown_value(day) == datetime.date.fromordinal(733000).isoformat()


def test_a_person_described_by_age_and_sex_alone_may_be_one_person():
    # "a 15-year-old boy" / "a 15-year-old teenager": maybe one person; "boy" / "girl" two, and
    # a description against a name alone says nothing either way
    def owned(*owners: str) -> Frame:
        return Frame(owners=frozenset(owners))

    assert frames_fit(owned("boy", "varga"), owned("teenager"))
    assert not frames_fit(owned("boy"), owned("girl"))
    assert not frames_fit(owned("teenager"), owned("varga"))
    assert not frames_fit(owned("suspect"), owned("victim"))  # a role says who


def test_one_thing_named_with_more_words_on_one_side_may_agree():
    # "half of the entrance roof collapsed" / "half of the roof collapsed"
    def share(article: str, subject: str) -> Claim:
        value = Quantity(Interval(50, 50, "exact"), "%", "percent", subject, "percent", subject=subject)
        return Claim(article, "quantity", 0, 4, "half", "half.", value, about=About(()))
    assert told_apart(share("a1", "entrance roof"), share("a2", "roof")) is None
    assert told_apart(share("a1", "entrance roof"), share("a2", "exit door")) == "amounts of two things: entrance roof / exit door"


def test_a_light_verb_on_a_pronoun_is_no_shared_act():
    # "... to make it 21-14 with 12:05 left in the first half" / "... to make it 61-50 with 6:15
    # remaining": two moments of one game; "make … it" names no act, so nothing ties the two
    early = figure("a1", 725, act("make it"), measure="clock", dimension="duration")
    late = figure("a2", 375, act("make it"), measure="clock", dimension="duration")
    story = Story.of((early, late))
    assert quantity_conflict(early, late, story) is None
    # a predicate whose object names something still ties them ("deployed 12 ships" / "deployed 14 ships")
    one = figure("a1", 12, act("deploy ship"), measure="ship")
    other = figure("a2", 14, act("deploy ship"), measure="ship")
    assert quantity_conflict(one, other, Story.of((one, other))) is not None


def test_two_ages_conflict_only_through_one_named_person():
    # "identified as a 31-year-old Velmoran national" / "the 27-year-old Velmoran national": two men
    nationality = Anchor("entity", "velmoran", "Velmoran", "NORP")
    one = figure("a1", 29, nationality, act("identify national"), measure="age", dimension="age")
    other = figure("a2", 26, nationality, act("identify national"), measure="age", dimension="age")
    assert quantity_conflict(one, other, Story.of((one, other))) is None
    # "Okafor, 29, was identified" / "Okafor, 26, was identified": one person, two ages
    named = figure("a1", 29, person("okafor"), act("identify okafor"), measure="age", dimension="age")
    again = figure("a2", 26, person("okafor"), act("identify okafor"), measure="age", dimension="age")
    assert quantity_conflict(named, again, Story.of((named, again))) is not None
