"""Alignment and verdicts: the traps the product must not fall into, and the verdict rules."""

from __future__ import annotations

from dataclasses import replace

import pytest

import factcheck
from factcheck.align import align
from factcheck.compare import compare, verdict
from factcheck.types import Article, Claim, Frame, Interval, Quantity


def figure(article, low, high=None, qualifier="exact", measure="killed", unit=None, dimension="count",
           context=("attack",), places=(), owners=(), start=0, precision=0.0, sentence=None):
    value = Quantity(Interval(low, low if high is None and qualifier == "exact" else high, qualifier), unit,
                     dimension, measure, measure, precision=precision)
    frame = Frame(owners=frozenset(owners), places=frozenset(places), context=frozenset(context),
                  clause=frozenset(context))
    text = f"{low}"
    return Claim(article, "quantity", start, start + len(text), text, sentence or f"{text} {article} {start}.",
                 value, frame=frame, mentions=((start, start + len(text)),))


ARTICLES = {f"a{i}": Article(f"a{i}", f"{i}.txt", "x", f"s{i}") for i in (1, 2, 3)}


def test_compatible_values_agree_and_incompatible_conflict():
    assert verdict((figure("a1", 137, None, "at_least"), figure("a2", 137)), ARTICLES) == "agree"
    assert verdict((figure("a1", 316), figure("a2", 361)), ARTICLES) == "conflict"
    assert verdict((figure("a1", 200, 999, "approx"), figure("a2", 316)), ARTICLES) == "agree"
    assert verdict((figure("a1", 180, 220, "approx"), figure("a2", 24, 99, "approx")), ARTICLES) == "conflict"
    assert verdict((figure("a1", 316),), ARTICLES) == "single_source"


def test_units_agree_within_the_precision_written():
    miles = figure("a1", 32.18688, unit="km", dimension="length", measure="distance", precision=0.8047)
    km = figure("a2", 32, unit="km", dimension="length", measure="distance", precision=0.5)
    far = figure("a2", 30, unit="km", dimension="length", measure="distance", precision=0.5)
    assert verdict((miles, km), ARTICLES) == "agree"
    assert verdict((miles, far), ARTICLES) == "conflict"


def test_a_later_higher_running_count_is_an_update_not_a_conflict():
    dated = {**ARTICLES, "a1": replace(ARTICLES["a1"], published="2005-11-27"),
             "a2": replace(ARTICLES["a2"], published="2005-11-28T09:00:00+00:00")}
    assert verdict((figure("a1", 3, None, "at_least"), figure("a2", 10, None, "at_least")), dated) == "update"
    assert verdict((figure("a1", 12), figure("a2", 10)), dated) == "conflict"  # a count does not go down
    assert verdict((figure("a1", 3), figure("a2", 10)), ARTICLES) == "conflict"  # undated: no way to tell


def test_verdicts_do_not_depend_on_order():
    a, b = figure("a1", 316), figure("a2", 200, 999, "approx")
    assert verdict((a, b), ARTICLES) == verdict((b, a), ARTICLES)


def test_equal_values_alone_never_align():
    minutes = figure("a1", 137, unit="s", dimension="duration", measure="duration", context=("match",))
    route = figure("a2", 137, measure="count", context=("convoy",))
    assert len(align((minutes, route))) == 2


def test_stated_places_keep_figures_apart():
    europe = figure("a1", 2000, 9999, "approx", measure="troops", places=("europe",), context=("troop", "send"))
    ukraine = figure("a2", 30000, 60000, "range", measure="troops", places=("ukraine",), context=("troop", "send"))
    assert len(align((europe, ukraine))) == 2


def test_a_figure_repeated_in_one_article_is_one_claim_with_its_mentions():
    first = figure("a1", 20, measure="distance", context=("tank", "capital"), start=10)
    again = figure("a1", 20, measure="distance", context=("tank", "capital"), start=90)
    other = figure("a2", 20, measure="distance", context=("tank", "capital"), start=5)
    (group,) = align((first, again, other))
    merged = [c for c in group if c.article == "a1"]
    assert len(merged) == 1 and merged[0].mentions == ((10, 12), (90, 92))


def test_a_repeated_figure_is_shown_by_the_mention_that_states_the_fact():
    # "Ana Ruiz was charged in 2012." ... a longer sentence: "the museum opened in 2012 after ..."
    charged = figure("a1", 20, measure="distance", context=("ruiz", "charge", "fraud"), start=10,
                     sentence="Ruiz was charged with fraud, 20.")
    museum = figure("a1", 20, measure="distance", context=("museum", "open", "delay", "decade", "city"), start=90,
                    sentence="Years later, in a long report, officials said the museum opened 20 after delays.")
    other = figure("a2", 20, measure="distance", context=("ruiz", "charge", "prosecutor"), start=5)
    (group,) = align((charged, museum, other))
    (shown,) = [c for c in group if c.article == "a1"]
    assert shown.start == 10 and shown.sentence == charged.sentence  # not the fuller sentence
    assert shown.mentions == ((10, 12), (90, 92)) and "museum" in shown.frame.context  # nothing lost


def test_a_figure_said_plainly_and_hedged_in_one_article_is_one_claim():
    # "the depot lies about ten miles from the river" ... "only 10 miles from the river"
    hedged = figure("a1", 9, 11, "approx", measure="distance", context=("depot", "river"), start=10)
    plain = figure("a1", 10, measure="distance", context=("depot", "river"), start=90)
    other = figure("a2", 10, measure="distance", context=("depot", "river"), start=5)
    (group,) = align((hedged, plain, other))
    assert [len(c.mentions) for c in group if c.article == "a1"] == [2]


def test_a_bound_and_a_figure_in_one_article_stay_two_claims():
    bound = figure("a1", 10, None, "more_than", measure="distance", context=("depot", "river"), start=10)
    plain = figure("a1", 10, measure="distance", context=("depot", "river"), start=90)
    assert len([c for g in align((bound, plain)) for c in g]) == 2


def test_figures_far_apart_are_different_facts():
    war = figure("a1", 2_000_000, measure="killed")
    bombing = figure("a2", 12, None, "at_least", measure="killed")
    assert len(align((war, bombing))) == 2


def test_independent_sources_count_a_shared_origin_once():
    a = replace(figure("a1", 137), origin="reuters")
    b = replace(figure("a2", 137), origin="reuters")
    c = figure("a3", 137)
    report = compare(tuple(ARTICLES.values()), [(a, b, c)])
    assert (report.facts[0].sources, report.facts[0].independent_sources) == (3, 2)


@pytest.mark.slow
def test_seed_traps(seed_report):
    """The seed fixture's must-holds, checked on the library's report."""
    facts = seed_report.facts
    def fact_with(text):
        return [f for f in facts if any(c.text.startswith(text) or text in c.text for c in f.claims)]
    (dead,) = fact_with("137")
    assert dead.verdict == "agree" and dead.sources == 2
    us, = fact_with("thousands of troops")
    russian, = fact_with("30,000 to 60,000 troops")
    assert us is not russian and us.verdict == russian.verdict == "single_source"
    (twenty,) = fact_with("20 miles")
    assert twenty.verdict == "single_source" and len(twenty.claims[0].mentions) == 3


@pytest.mark.slow
def test_library_raises_and_never_prints(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("Only one article.", encoding="utf-8")
    with pytest.raises(factcheck.InputError):
        factcheck.compare_articles(factcheck.read([str(tmp_path / "a.txt")]))
    assert capsys.readouterr() == ("", "")


def test_magnitudes_more_than_the_gap_apart_are_other_quakes():
    def mag(article, value):
        return figure(article, value, measure="magnitude", unit="magnitude", dimension="magnitude",
                      owners=("mainshock",))
    assert len(align((mag("a1", 6.1), mag("a2", 5.9)))) == 1  # one quake, agencies differ
    assert len(align((mag("a1", 6.4), mag("a2", 5.9)))) == 2  # an earlier quake's magnitude is not this one's


def test_wire_copy_in_many_articles_gives_the_facts_of_one_copy():
    """The same claims carried by 40 outlets align as one outlet's would, each fact holding every
    copy: copies are asked about once (align/pairs.py), and nothing is lost or split."""
    one = [figure("a1", 12, sentence="12 killed in the attack."), figure("a2", 12, sentence="Twelve died, police say."),
           figure("a3", 30, sentence="30 killed in the attack, said a rival count.")]
    copies = tuple(replace(c, article=f"a{n * 3 + int(c.article[1:])}") for n in range(40) for c in one)
    articles = tuple(Article(f"a{i}", f"{i}.txt", "x", f"s{i}") for i in range(1, 121))
    few = compare(articles[:3], align(tuple(one)))
    many = compare(articles, align(copies))
    assert sorted(f.summary for f in many.facts) == sorted(f.summary for f in few.facts)
    assert all(len(f.claims) == 40 * len(g.claims) for f in many.facts for g in few.facts if g.summary == f.summary)
    assert "conflict" not in {f.verdict for f in many.facts}


def test_cross_pairs_stand_for_every_pair_of_different_articles():
    from factcheck.align.pairs import cross_pairs

    a, b = figure("a1", 12), figure("a2", 30)
    copy = replace(a, article="a3")
    pairs = cross_pairs((a, b, copy))
    assert (a, copy) in pairs and len(pairs) == 2  # the copy pair, and one pair for 12 vs 30
    assert cross_pairs((a, replace(b, article="a1"))) == []  # one article: no pair across articles


def test_a_change_never_aligns_with_a_level():
    """"Sales rose 5%" and "a 5% share" are a change and a level: never one fact, agreeing or not;
    a rise and a fall of one measure are one fact that conflicts."""
    level = figure("a1", 5, measure="percent", dimension="percent", context=("sales",))
    rise = replace(level, article="a2", value=replace(level.value, change="up"))
    fall = replace(level, article="a3", value=replace(level.value, change="down"))
    facts = compare(tuple(ARTICLES.values()), align((level, rise, fall))).facts
    assert {tuple(c.article for c in f.claims) for f in facts} >= {("a1",)}
    assert all(not ({"a1", "a2"} <= {c.article for c in f.claims}) for f in facts)


def test_summaries_and_reasons_show_figures_as_the_text_states_them():
    from factcheck.compare import summary
    from factcheck.confidence import reason
    from factcheck.types import Stated

    def yards(article, n, text):
        value = Quantity(Interval(n * 0.0009144, n * 0.0009144, "exact"), "km", "length", "distance", "distance",
                         stated=Stated(text, n, "yd"))
        return replace(figure(article, n), value=value)

    group = (yards("a1", 66, "66 yards"), yards("a2", 440, "440 yards"), yards("a3", 66, "sixty-six yards"))
    assert summary(group).endswith("66 yd vs 440 yd")
    assert reason("conflict", group, ()).startswith("a2 says 440 yd; a1, a3 say 66 yd (the odd one 567% higher)")


def test_the_odd_one_out_is_a_figure_the_majority_cannot_be():
    from factcheck.confidence import reason
    from factcheck.types import Stated

    def magnitude(article, low, high, qualifier, text):
        value = Quantity(Interval(low, high, qualifier), None, "magnitude", "magnitude", "magnitude",
                         stated=Stated(text, low, None))
        return replace(figure(article, low), value=value)

    # "5.9" three times, "at least 5.9" (fits it) once, "6.1" once: 6.1 is the odd one
    group = (magnitude("a1", 5.9, 5.9, "exact", "5.9"), magnitude("a2", 5.9, None, "at_least", "at least 5.9"),
             magnitude("a3", 5.9, 5.9, "exact", "5.9"), magnitude("a4", 5.9, 5.9, "exact", "5.9"),
             magnitude("a5", 6.1, 6.1, "exact", "6.1"))
    assert "(the odd one 3% higher)" in reason("conflict", group, ())


def test_a_share_differs_by_points_and_a_small_gap_keeps_a_decimal():
    from dataclasses import replace

    from factcheck.confidence import reason
    from factcheck.types import Stated

    def share(article, value, unit="%", dimension="percent"):
        quantity = Quantity(Interval(value, value, "exact"), unit, dimension, "vote", "vote",
                            stated=Stated(f"{value}%", value, unit))
        return replace(figure(article, value), value=quantity)

    group = (share("a1", 99.6), share("a2", 98.8), share("a3", 99.6))
    assert "(the odd one 0.8 points lower)" in reason("conflict", group, ())
    group = (share("a1", 1000, None, "count"), share("a2", 1004, None, "count"), share("a3", 1000, None, "count"))
    assert "(the odd one 0.4% higher)" in reason("conflict", group, ())


def test_a_quote_that_conflicts_in_its_words_names_the_words_each_side_writes():
    from factcheck.confidence import reason
    from factcheck.types import Quote

    def quote(article, content, speaker=None):
        return Claim(article, "quote", 0, len(content), content, content, Quote(speaker, content), frame=Frame(),
                     mentions=((0, len(content)),))

    group = (quote("a1", "We will now ask for the Ana Ruiz servers and the Leeds documents"),
             quote("a2", "We will now ask for the Eva Ruiz servers and the Leeds documents"))
    line = reason("conflict", group, ())
    assert line.startswith("a1 writes “ana”; a2 writes “eva”"), line  # not "a1, a2 say no speaker is named"
    # a conflict of speakers still names the speakers
    group = (quote("a1", "We will win", "Ana Ruiz"), quote("a2", "We will win", "Tom Berger"))
    assert "it was Ana Ruiz" in reason("conflict", group, ())


def test_an_odd_figure_trades_places_with_its_articles_claim_of_the_groups_value():
    # a3 says "between 200 and 300 people gathered at a mall" (sharing more words with a1) and,
    # elsewhere, "the 239 people on board": the fact of 239 takes a3's 239, not its range
    on_board = {"measure": "people", "context": ("plane", "board", "flight")}
    a1 = figure("a1", 239, context=("plane", "board", "flight", "mall", "gather"), measure="people")
    a2 = figure("a2", 239, **on_board)
    range_ = figure("a3", 200, 300, "range", context=("plane", "board", "flight", "mall", "gather"),
                    measure="people", start=40)
    own_239 = figure("a3", 239, context=("board",), measure="people", start=90)
    groups = align((a1, a2, range_, own_239))
    (fact,) = [g for g in groups if len(g) == 3]
    assert [c.value.interval.low for c in fact] == [239, 239, 239]
    assert (range_,) in groups  # the range is a fact of its own
