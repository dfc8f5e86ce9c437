"""Claims that are no source's account of the story: a party's denial of its own act, a figure
of a generic remark; and figures whose places part them: another city's, the whole country's
(docs/verdicts.md, "Whose word, which place"). Invented sentences and places."""

from __future__ import annotations

from factcheck.align import align
from factcheck.compare import compare
from factcheck.extract.events import event_claims
from factcheck.extract.quantities import quantities
from factcheck.pipeline import extract_claims
from factcheck.types import Article, Claim, Event, Frame

ARTICLES = tuple(Article(f"a{i}", f"{i}.txt", "x", f"s{i}") for i in (1, 2, 3))


def _events(nlp, text: str) -> list[Event]:
    article = Article(id="a1", path="t.txt", text=text, source="t")
    return [c.value for c in event_claims(nlp(text), article)]


def _figures(nlp, text: str) -> list[str]:
    return [q.text for sent in nlp(text).sents for q in quantities(sent)]


# --- a party's denial --------------------------------------------------------------------------


def test_a_denial_by_the_actors_spokesman_is_a_denial(nlp):
    [event] = _events(nlp, "Luis Ortega, a spokesman for Peru's armed forces, said Peru had not bombed the village.")
    assert event.negated and event.denial
    [event] = _events(nlp, "Peru's army said Peru had not bombed the village.")
    assert event.denial


def test_a_denial_by_another_party_or_by_the_paper_is_no_denial(nlp):
    [event] = _events(nlp, "Rebel commanders said government forces had not captured the town.")
    assert event.negated and not event.denial  # the other side says it did not happen: an account
    [event] = _events(nlp, "Government forces did not capture the town on Monday.")
    assert event.negated and not event.denial
    [event] = _events(nlp, "Luis Ortega, a spokesman for Peru's armed forces, said Peru bombed the village.")
    assert not event.negated and not event.denial  # only a negated event is a denial


def _event(article: str, actor: str, *, negated: bool = False, denial: bool = False) -> Claim:
    text = f"{actor} shell village"
    return Claim(article, "event", 0, len(text), text, text + ".",
                 Event(actor, "shell", "village", negated=negated, denial=denial), frame=Frame(),
                 mentions=((0, len(text)),))


def _verdicts(*claims: Claim) -> list[tuple[str, int]]:
    return sorted((f.verdict, len(f.claims)) for f in compare(ARTICLES, align(claims)).facts)


def test_a_denial_conflicts_with_no_account():
    accused = _event("a1", "peru")
    assert _verdicts(accused, _event("a2", "peru", negated=True, denial=True), _event("a3", "peru", negated=True,
                                                                                       denial=True)) \
        == [("agree", 2), ("single_source", 1)]  # the dispute, as each article reports it
    assert _verdicts(accused, _event("a2", "peru", negated=True)) == [("conflict", 2)]  # an account


# --- a generic remark ----------------------------------------------------------------------------


def test_a_figure_of_a_generic_remark_is_no_claim(nlp):
    assert _figures(nlp, "A magnitude 6 quake can cause severe damage.") == []
    assert _figures(nlp, "A 6.5-magnitude tremor may topple older houses.") == []
    assert _figures(nlp, "A quake with a magnitude of 7 can flatten a town.") == []


def test_a_figure_of_what_may_happen_is_no_claim(nlp):
    # the possibility's own share is a claim; what it is a possibility of is not
    assert _figures(nlp, "The agency said there was a 70% possibility of a magnitude 7 or greater tremor.") == [
        "70% possibility"]
    assert _figures(nlp, "Experts warned of the risk of a magnitude 8 quake.") == []
    # a definite phrase is this story's figure: "the chance of the 5.9 quake recurring"
    assert _figures(nlp, "The chance of the 5.9 quake recurring is small.") != []


def test_a_figure_of_a_kind_said_to_be_common_or_rare_is_no_claim(nlp):
    assert _figures(nlp, "While tremors around magnitude 2 and 3 are common to the valley, "
                         "Friday's jolt lasted longer.") == []
    assert _figures(nlp, "Quakes of magnitude 4 are rare in the region.") == []
    assert _figures(nlp, "Earthquakes above magnitude 5 are not uncommon here.") == []
    # a figure of this quake said to be unusual is still this quake's
    assert _figures(nlp, "A magnitude 4.6 quake was unusual, residents said.") == ["magnitude 4.6 quake"]
    assert _figures(nlp, "Two quakes of magnitude 4 and 5 struck the area.") != []


def test_some_members_of_a_counted_group_are_no_count_of_its_verb(nlp):
    # "one" names a member of the three killed, not a second toll of one
    assert _figures(nlp, "Three people, one of them a pregnant woman, were killed in the blaze.") == ["Three people"]
    assert _figures(nlp, "The blaze led to the death of three clerks (one a pregnant woman).") == ["three clerks"]
    assert _figures(nlp, "Five soldiers were wounded, two of them seriously.") == ["Five soldiers were wounded"]
    # a number the verb counts stays: "killing one" is the toll of the shooting
    assert "one" in _figures(nlp, "The gunman shot three people, killing one.")


def test_figures_of_this_event_stay(nlp):
    assert _figures(nlp, "A 6.1 quake struck the island on Sunday.") == ["6.1 quake"]
    assert _figures(nlp, "The magnitude 6 quake can be felt far away.") == ["magnitude 6 quake"]  # definite
    assert "40 people" in _figures(nlp, "A 5.9 magnitude quake may have killed 40 people.")  # a hedged past
    assert _figures(nlp, "A 6.1 quake could be felt in the capital.") == ["6.1 quake"]  # "could": a past too
    # a count of the story's people, hedged, is a claim: "an" belongs to "estimated", not to a kind
    assert _figures(nlp, "An estimated 500 people may be trapped under the rubble.") != []


# --- places: another city's figure, the whole country's --------------------------------------------

PROTESTS = {
    "capital.txt": "Police said as many as 30,000 people took to the streets of Lisbon on Thursday.\n",
    "port.txt": "In Porto, around 30,000 protesters marched to the town hall on Thursday.\n",
    "national.txt": "An estimated 150,000 people took to the streets on Thursday as part of nationwide strikes.\n",
    "wire.txt": "As many as 30,000 protesters took to the streets of Lisbon on Thursday, police said.\n",
    "strike.txt": "Tens of thousands of people took to the streets on Thursday in a nationwide strike.\n",
}


def _protest_facts(tmp_path, names):
    import factcheck

    for name in names:
        (tmp_path / name).write_text(PROTESTS[name], encoding="utf-8")
    report = factcheck.compare_articles(factcheck.read([str(tmp_path / n) for n in names]))
    return sorted((f.verdict, sorted(c.text for c in f.claims)) for f in report.facts if f.kind == "quantity")


def test_a_figure_placed_in_the_streets_of_a_city_has_its_place(tmp_path):
    import factcheck

    (tmp_path / "capital.txt").write_text(PROTESTS["capital.txt"], encoding="utf-8")
    claims = extract_claims(factcheck.read([str(tmp_path / "capital.txt")])).claims
    [figure] = [c for c in claims if c.kind == "quantity" and "30,000" in c.text]
    assert figure.frame.places == {"lisbon"}


def test_another_citys_figure_does_not_agree(tmp_path):
    facts = _protest_facts(tmp_path, ["capital.txt", "port.txt", "wire.txt"])
    assert ("agree", ["As many as 30,000 protesters", "as many as 30,000 people"]) in facts
    assert not any(any("Porto" in t or t == "around 30,000 protesters" for t in texts) and verdict != "single_source"
                   for verdict, texts in facts)


def test_the_whole_countrys_figure_is_no_conflict_with_a_citys(tmp_path):
    facts = _protest_facts(tmp_path, ["capital.txt", "national.txt"])
    assert all(verdict == "single_source" for verdict, _ in facts)


def test_the_whole_countrys_figure_does_not_agree_with_a_citys(tmp_path):
    facts = _protest_facts(tmp_path, ["capital.txt", "strike.txt"])  # "as many as 30,000" / "tens of thousands"
    assert all(verdict == "single_source" for verdict, _ in facts)
