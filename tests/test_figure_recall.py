"""Missed agreements on figures: one figure two reports write with two nouns, a bound at a round
count, a year that dates a noun, a bare number that counts a crowd. Invented sentences."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.normalize.measures import dimension_class, measure_class
from factcheck.normalize.values import quantity_difference
from factcheck.types import Article, Interval, Options, Quantity

pytestmark = pytest.mark.slow


def agreed(*texts: str) -> list[list[str]]:
    """The claim texts (sorted) of each quantity agreement the reports on ``texts`` give."""
    articles = [Article(f"a{i}", f"{i}.txt", text, f"s{i}") for i, text in enumerate(texts, 1)]
    report = factcheck.compare_articles(articles, Options(jobs=1, cache=False))
    return [sorted(c.text for c in fact.claims) for fact in report.facts
            if fact.kind == "quantity" and fact.verdict == "agree"]


def test_a_measure_noun_and_its_synonym_are_one_class():
    assert measure_class("catches") == measure_class("receptions") == "reception"
    assert measure_class("moms") == measure_class("Mothers") == "mother"
    assert measure_class("aerials") == measure_class("ladder truck")
    assert measure_class("booths") == "booths"  # a word not in the table is its own class
    # a price is a sum of money; "prices rose 5%" is no share of money
    assert dimension_class("price", "money:USD") == "money"
    assert dimension_class("price", "percent") == "price"


def test_catches_and_receptions_of_one_season_agree():
    assert ["61 catches", "61 receptions"] in agreed(
        "Okonkwo had his best season in 2031 with 61 receptions for 980 yards for the Harbor Kings.",
        "Okonkwo enjoyed his best season in 2031 with 61 catches for 980 yards for the Harbor Kings.")


def test_a_price_and_a_sum_of_one_product_agree():
    assert ["$249.95", "$249.95"] in agreed(
        "Pricing for small firms begins at $249.95 for the Zento tablet.",
        "The Zento tablet can be ordered today by small firms at a price of $249.95.")


def test_a_bound_at_a_round_count_is_the_same_estimate():
    people = lambda low, high, qualifier: Quantity(Interval(low, high, qualifier), None, "count", "people", "people")  # noqa: E731
    assert quantity_difference(people(20000, None, "more_than"), people(20000, 20000, "exact")) is None
    assert quantity_difference(people(None, 3000, "less_than"), people(3000, 3000, "exact")) is None
    # not a round thousand: "more than 100 killed" is more than "100 killed"
    assert quantity_difference(people(100, None, "more_than"), people(100, 100, "exact")) is not None
    assert quantity_difference(people(20500, None, "more_than"), people(20500, 20500, "exact")) is not None


def test_a_crowd_counted_by_its_verb_agrees_with_a_bound_at_it():
    facts = agreed(
        "In Varna's main square, where 20,000 gathered for an anti-government rally, police fired tear gas.",
        "More than 20,000 people had been marching through central Varna in an anti-government protest.")
    assert ["20,000", "More than 20,000 people"] in facts


def test_a_year_that_dates_a_noun_is_a_date():
    facts = agreed(
        "Mira Kovac became famous from her 2004 role in \"Glass Harbor\" and left the stage in 2019.",
        "The actress, who shot to fame in the 2004 film Glass Harbor, checked into a clinic last week.")
    assert ["2004", "2004"] in facts


def test_a_year_before_a_plural_or_a_name_is_no_date(nlp):
    from factcheck.extract import extract
    from factcheck.normalize.claims import normalize

    text = "The 2000 runners finished. Okafor was driving a 2018 Roadster registered to him."
    article = Article("a1", "t.txt", text, "t.txt")
    claims = normalize(extract([article], [nlp(text)])).claims
    assert not [c for c in claims if c.kind == "quantity" and c.value.dimension == "date"]


def test_passes_caught_are_receptions_and_passes_thrown_are_not(nlp):
    from factcheck.extract import extract
    from factcheck.normalize.claims import normalize

    text = "Okonkwo caught 61 passes this season. Brandt threw 30 passes and completed 22 passes."
    article = Article("a1", "t.txt", text, "t.txt")
    found = {c.text: c.value.measure_class for c in normalize(extract([article], [nlp(text)])).claims}
    assert found == {"61 passes": "reception", "30 passes": "pass", "22 passes": "completion"}


def test_a_year_of_a_stay_named_on_its_way_to_the_verb_agrees():
    # the year hangs from "stay at the Harbour Clinic", not from "was accused": the nouns between the
    # figure and its verb say what it dates
    assert ["2027", "2027"] in agreed(
        "The singer spent time at the Harbour Clinic in 2027, where she later sued a nurse.",
        "During the singer's stay at the private Harbour Clinic in 2027, she was accused of hitting a nurse.")
