"""An agreement's confidence is the share of agreements with its evidence that readers found right
(a logistic model fitted by bench/calibrate.py); a conflict's is the evidence score."""

from __future__ import annotations

from dataclasses import replace

from test_evidence import act, figure, person, quote

from factcheck.align.story import Story
from factcheck.confidence import (
    AGREEMENT_FEATURES,
    AGREEMENT_MODEL,
    CEILING,
    FLOOR,
    agreement_features,
    agreement_odds,
    confidence,
    evidence_score,
)
from factcheck.types import Anchor, Interval, Quantity


def _sure(group, anchors=()):
    return confidence("agree", tuple(group), tuple(anchors), Story.of(group))


def test_the_model_has_one_weight_per_feature():
    assert len(AGREEMENT_MODEL) == len(AGREEMENT_FEATURES) + 1
    story = Story.of([figure("a1", 12), figure("a2", 12)])
    assert len(agreement_features((figure("a1", 12), figure("a2", 12)), (), story)) == len(AGREEMENT_FEATURES)


def test_more_evidence_is_surer_and_stays_within_the_bounds():
    bare = [figure("a1", 12), figure("a2", 12)]
    named = [figure("a1", 12, person("okafor")), figure("a2", 12, person("okafor"))]
    shared = (person("okafor"),)
    assert _sure(named, shared) > _sure(bare)
    # two names shared and the same act: surer still, never above the ceiling
    both = (person("okafor"), Anchor("place", "dravik", "Dravik"), act("score point"))
    assert _sure(named, both) >= _sure(named, shared)
    assert FLOOR <= _sure(bare) <= _sure(named, both) <= CEILING


def test_values_that_only_fit_or_a_small_count_are_less_sure_than_one_figure_said_twice():
    # "about 40" / "41" fit; "40" / "40" is one figure said twice
    said_twice = [figure("a1", 40), figure("a2", 40)]
    a, b = figure("a1", 40), figure("a2", 41)
    about = replace(a, value=replace(a.value, interval=Interval(36, 44, "approx")))
    assert _sure([about, b]) < _sure(said_twice)
    # "two" met twice in a story is met by chance more often than "40"
    assert _sure([figure("a1", 2), figure("a2", 2)]) < _sure(said_twice)


def test_the_same_words_quoted_are_surer_than_a_bare_figure():
    words = "We are aware of the issue and we will say more on Tuesday."
    quotes = [quote("a1", "Ana Ruiz", words), quote("a2", "Ana Ruiz", words)]
    assert _sure(quotes) > _sure([figure("a1", 40), figure("a2", 40)])


def test_a_conflict_keeps_the_evidence_score():
    a = figure("a1", 12, person("okafor"), act("score point"))
    b = figure("a2", 15, person("okafor"), act("score point"))
    story, anchors = Story.of([a, b]), (person("okafor"), act("score point"))
    assert confidence("conflict", (a, b), anchors, story) == evidence_score("conflict", (a, b), anchors, story)


def test_odds_follow_the_weights():
    features = tuple(0.0 for _ in AGREEMENT_FEATURES)
    assert agreement_odds(features, (0.0, *features)) == 0.5
    assert agreement_odds(features, (10.0, *features)) == CEILING
    assert agreement_odds(features, (-10.0, *features)) == FLOOR
    # a quote's weight raises the odds of a quote
    quoted = tuple(1.0 if name == "quote" else 0.0 for name in AGREEMENT_FEATURES)
    weights = tuple(1.0 if name == "quote" else 0.0 for name in AGREEMENT_FEATURES)
    assert agreement_odds(quoted, (0.0, *weights)) > agreement_odds(features, (0.0, *weights))


def test_a_toll_is_read_from_its_measure():
    toll = Quantity(Interval(12, 12, "exact"), None, "count", "killed", "killed")
    a, b = figure("a1", 12), figure("a2", 12)
    a, b = replace(a, value=toll), replace(b, value=toll)
    features = dict(zip(AGREEMENT_FEATURES, agreement_features((a, b), (), Story.of([a, b])), strict=True))
    assert features["toll"] == 1.0 and features["values_differ"] == 0.0
