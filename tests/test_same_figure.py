"""When two agreeing figures are one figure said twice, and when they merely fit (align/quantities.py).

Figures a bound or a vague amount lets agree ("as many as 50,000" / "roughly 20,000"; "tens of
thousands" / "around 30,000"; "a couple of hours" / "a few hours") are not evidence of one
referent for measures every story counts; invented sentences, hand-built claims.
"""

from __future__ import annotations

from dataclasses import replace

from factcheck.align import align
from factcheck.align.quantities import _same_figure, rules
from factcheck.align.story import Story
from factcheck.types import About, Anchor, Claim, Frame, Interval, Quantity, Stated


def claim(article: str, interval: Interval, written: float | None, *, words: set[str], text: str = "x",
          measure: str = "people", dimension: str = "count", unit: str | None = None, stated_unit: str | None = None,
          anchors: tuple[Anchor, ...] = ()) -> Claim:
    """A figure whose clause and sentence hold ``words``."""
    quantity = Quantity(interval, unit, dimension, measure, measure, stated=Stated(text, written, stated_unit))
    clause = frozenset(words)
    return Claim(article, "quantity", 0, 2, text, "s", quantity, frame=Frame(context=clause, clause=clause),
                 mentions=((0, 2),), about=About(anchors))


def test_a_count_of_people_a_bound_lets_agree_is_not_one_figure():
    # "as many as 50,000 civilians are fleeing the province" / "a camp of roughly 20,000 people in the province"
    as_many_as = claim("a1", Interval(None, 50000, "at_most"), 50000, words={"province", "flee"})
    roughly = claim("a2", Interval(18000, 22000, "approx"), 20000, words={"province", "camp"})
    assert len(align((as_many_as, roughly))) == 2
    # "roughly 20,000 people fled the province" / "20,000 people fled the province": one figure, hedged
    exact = claim("a3", Interval(20000, 20000, "exact"), 20000, words={"province", "flee"})
    assert len(align((roughly, exact))) == 1
    # "tens of thousands of people fled the province": a vague count is left to the context
    tens = claim("a4", Interval(20000, 99999, "approx"), None, words={"province", "flee"})
    assert len(align((tens, exact))) == 1


def test_a_vague_amount_is_one_figure_only_with_the_same_words():
    # "a couple of hours" (2-3) / "a few hours" (2-6): compatible, but two ways of saying little
    hours = {"unit": "s", "stated_unit": "h", "dimension": "duration", "measure": "duration", "words": {"office"}}
    couple = claim("a1", Interval(7200, 10800, "approx"), None, **hours)
    few = claim("a2", Interval(7200, 21600, "approx"), None, **hours)
    assert not _same_figure(couple, few)
    assert _same_figure(few, claim("a3", Interval(7200, 21600, "approx"), None, **hours))
    # "tens of thousands of people" / "around 20,000 protesters": a number inside a vague span
    tens = claim("a1", Interval(20000, 99999, "approx"), None, words={"march"})
    assert not _same_figure(tens, claim("a2", Interval(18000, 22000, "approx"), 20000, words={"march"}))


def test_the_bottom_of_a_hedge_is_no_figure_written():
    # "about 3 miles southwest of Dunmore" (2-4 mi, in km) / "two miles northeast of the ridge"
    miles = {"unit": "km", "stated_unit": "mi", "dimension": "length", "measure": "distance", "words": {"quake"}}
    about_3 = claim("a1", Interval(3.218688, 6.437376, "approx"), 3, **miles)
    assert not _same_figure(about_3, claim("a2", Interval(3.218688, 3.218688, "exact"), 2, **miles))
    # "about 3 miles" / "five kilometres" (4.83 / 5 km): one distance, converted and rounded
    assert _same_figure(about_3, claim("a3", Interval(5, 5, "exact"), 5, unit="km", stated_unit="km",
                                       dimension="length", measure="distance", words={"quake"}))


def test_two_vague_gaps_after_two_acts_are_two_gaps():
    offset = Anchor("scope", "offset", "later")
    hours = {"unit": "s", "stated_unit": "h", "dimension": "duration", "measure": "duration",
             "words": {"building", "chase"}}

    def gap(article: str, verb: str, low: float, high: float, written: float | None) -> Claim:
        return claim(article, Interval(low, high, "approx" if written is None else "exact"), written,
                     anchors=(offset, Anchor("event", verb, verb, "predicate")), **hours)

    # "was arrested a few hours later after a chase" / "a few hours later, staff gathered by the building"
    arrested, gathered = gap("a1", "arrest", 7200, 21600, None), gap("a2", "gather", 7200, 21600, None)
    story = Story.of((arrested, gathered))
    assert not rules(story).linked(arrested, gathered)
    assert rules(story).linked(arrested, gap("a3", "arrest", 7200, 21600, None))  # the arrest, told twice
    # "escorted out 10 minutes earlier" / "came back 10 minutes later": one gap told from either end
    escorted, came = gap("a1", "escort", 600, 600, 10), gap("a2", "come", 600, 600, 10)
    assert rules(Story.of((escorted, came))).linked(escorted, came)


def test_two_gaps_after_one_act_that_merely_fit_are_two_moments():
    offset = Anchor("scope", "offset", "after")
    days = {"unit": "s", "stated_unit": "day", "dimension": "duration", "measure": "duration",
            "words": {"flight", "missing"},
            "anchors": (offset, Anchor("entity", "nordair", "Nordair", "ORG"), Anchor("event", "go", "went", "predicate"))}
    # "more than two days after Nordair's flight went missing" / "one week after Nordair's flight went missing"
    two_days = claim("a1", Interval(172800, None, "more_than"), 2, **days)
    week = claim("a2", Interval(604800, 604800, "exact"), 7, **days)
    assert not rules(Story.of((two_days, week))).linked(two_days, week)
    # "three days after the flight went missing" / "almost three days after ...": one moment
    three = claim("a1", Interval(259200, 259200, "exact"), 3, **days)
    almost = claim("a2", Interval(233280, 259200, "approx"), 3, **days)
    assert rules(Story.of((three, almost))).linked(three, almost)


def test_a_small_count_said_the_same_way_still_needs_a_shared_word():
    # "he called two friends from a cafe near the station" / "she came with two friends on Saturday"
    called = claim("a1", Interval(2, 2, "exact"), 2, words={"call", "cafe", "station"}, measure="friend")
    came = claim("a2", Interval(2, 2, "exact"), 2, words={"come", "saturday"}, measure="friend")
    assert len(align((called, came))) == 2
    # sharing a word, they are one figure: "came with two friends on Saturday" twice
    again = claim("a3", Interval(2, 2, "exact"), 2, words={"come", "square"}, measure="friend")
    assert len(align((came, again))) == 1
    # a larger count said the same way needs no shared word: "14 friends" twice is rarely chance
    many = [claim(a, Interval(14, 14, "exact"), 14, words=w, measure="friend")
            for a, w in (("a1", {"call", "cafe"}), ("a2", {"come", "saturday"}))]
    assert len(align(tuple(many))) == 1


def test_a_figure_far_inside_a_bound_merely_fits():
    from factcheck.normalize.intervals import far_inside

    up_to, at_least = Interval(None, 450, "at_most"), Interval(12, None, "at_least")
    assert far_inside(up_to, Interval(87, 87, "exact"), 2)  # "up to 450 nits" / "87 nits"
    assert not far_inside(up_to, Interval(400, 400, "exact"), 2)  # near its bound: may be one figure
    assert far_inside(at_least, Interval(127, None, "at_least"), 2)  # "at least 12" / "at least 127"
    assert not far_inside(at_least, Interval(14, None, "more_than"), 2)
    # two bounds facing each other far apart say anything between them: "more than 12" / "up to 450"
    assert far_inside(at_least, up_to, 2) and far_inside(up_to, at_least, 2)
    assert not far_inside(at_least, Interval(None, 20, "at_most"), 2)  # "at least 12" / "up to 20"
    # through the rules: a count of troops far inside a bound does not join it
    bound = claim("a1", Interval(None, 5000, "at_most"), 5000, words={"border", "deploy"}, measure="troop")
    far = claim("a2", Interval(300, 300, "exact"), 300, words={"border", "deploy"}, measure="troop")
    near = claim("a3", Interval(4800, 4800, "exact"), 4800, words={"border", "deploy"}, measure="troop")
    assert len(align((bound, far))) == 2
    assert len(align((bound, near))) == 1


def test_a_day_written_in_full_twice_is_one_fact_in_any_words():
    def day(article: str, text: str, words: set[str], ordinal: int = 734418) -> Claim:
        quantity = Quantity(Interval(ordinal, ordinal, "exact"), "day", "date", "date", "date", stated=Stated(text))
        clause = frozenset(words)
        return Claim(article, "quantity", 0, 2, text, "s", quantity, frame=Frame(context=clause, clause=clause),
                     mentions=((0, 2),))

    # "the break happened on 8 October 2011" / "the cable system went down on Saturday 8 October 2011"
    broke = day("a1", "8 October 2011", {"break", "happen"})
    went_down = day("a2", "Saturday 8 October 2011", {"cable", "system", "go"})
    assert len(align((broke, went_down))) == 1
    # without its year the day still needs a shared word: "on October 8" is said of any moment of a week
    assert len(align((day("a1", "October 8", {"break", "happen"}), day("a2", "October 8", {"cable", "go"})))) == 2
    # two days written in full are two facts, not a conflict, without a shared word
    next_day = day("a3", "9 October 2011", {"repair", "begin"}, ordinal=734419)
    assert len(align((broke, next_day))) == 2


def test_a_small_count_far_below_the_story_toll_needs_a_shared_word():
    def killed(article: str, n: int, words: set[str]) -> Claim:
        return claim(article, Interval(n, n, "exact"), n, words=words, measure="killed")

    tolls = [killed(a, 130, {"attack", "die"}) for a in ("a1", "a2", "a3")]
    # "one of the injured died in hospital" / "one attacker was shot dead by the police"
    hospital, shot = killed("a1", 1, {"injure", "hospital", "die"}), killed("a2", 1, {"attacker", "shoot", "police"})
    groups = align((*tolls, hospital, shot))
    assert sorted(len(g) for g in groups) == [1, 1, 3]
    # the same part told twice shares a word that is not the class's own ("die" says only killed)
    again = killed("a3", 1, {"attacker", "police", "die"})
    assert sorted(len(g) for g in align((*tolls, shot, again))) == [2, 3]
    # without a story toll far above them, a toll of the class needs no word: a small story's "1 killed"
    assert len(align((hospital, shot))) == 1


def test_a_counted_noun_with_words_before_it_meets_the_bare_noun_but_not_another_kind():
    def count(article: str, n: int, measure: str, words: set[str]) -> Claim:
        return claim(article, Interval(n, n, "exact"), n, words=words, measure=measure)

    # "the party won 76 parliament seats" / "the party won 76 seats": one count, on a clause word
    seats = count("a1", 76, "parliament seat", {"party", "win"})
    bare = count("a2", 76, "seat", {"party", "win"})
    assert len(align((seats, bare))) == 1
    # a kind named on one side only does not link on the sentence alone
    elsewhere = claim("a2", Interval(76, 76, "exact"), 76, words=set(), measure="seat")
    elsewhere = replace(elsewhere, frame=Frame(context=frozenset({"party", "win"}), clause=frozenset({"hold"})))
    assert len(align((seats, elsewhere))) == 2
    # unless its own clause names the kind: "a clear majority in the 76-seat parliament"
    in_parliament = claim("a2", Interval(76, 76, "exact"), 76, words={"majority", "clear", "parliament"}, measure="seat")
    assert len(align((seats, in_parliament))) == 1
    # "35 drone strikes" / "35 air strikes": two kinds of one head
    drone, air = count("a1", 35, "drone strike", {"kill", "since"}), count("a2", 35, "air strike", {"kill", "since"})
    assert len(align((drone, air))) == 2
    # a part named by one side is no conflict with the whole: "30 aircraft" / "two Kestrel patrol aircraft"
    total = count("a1", 30, "aircraft", {"search", "plane"})
    part = count("a2", 2, "kestrel patrol aircraft", {"search", "plane"})
    assert {len(g) for g in align((total, part))} == {1}
    # said the same way but with a kind on one side only, no discount and no sentence words link them:
    # "forced him to miss four games" / "showcased four cross-conference games"
    plain = count("a1", 4, "game", {"miss", "injury"})
    named = count("a2", 4, "conference game", {"showcase", "season"})
    assert len(align((plain, named))) == 2


def test_a_hedged_time_of_day_is_one_time_only_near_its_written_minute():
    """"around 10.15 pm" reaches half an hour either way, but "9:45 p.m." is another moment of the
    night (a team arriving, a match's half time); "around 9:30 p.m." and "9:36 p.m." are one."""
    clock = {"unit": "local", "dimension": "clock_time", "measure": "time", "words": {"attack"}}
    around_1015 = claim("a1", Interval(22 * 60 + 15 - 30, 22 * 60 + 15 + 30, "approx"), None, **clock)
    at_2145 = claim("a2", Interval(21 * 60 + 45, 21 * 60 + 45, "exact"), None, **clock)
    assert not _same_figure(around_1015, at_2145)
    around_2130 = claim("a1", Interval(21 * 60, 22 * 60, "approx"), None, **clock)
    assert _same_figure(around_2130, claim("a2", Interval(21 * 60 + 36, 21 * 60 + 36, "exact"), None, **clock))
    # unhedged, a time of day is one with another inside it ("9 p.m." written to the hour)
    assert _same_figure(claim("a1", Interval(21 * 60, 21 * 60 + 59, "range"), None, **clock),
                        claim("a2", Interval(21 * 60 + 20, 21 * 60 + 20, "exact"), None, **clock))
