"""What a claim is about, read off its clause (extract/about.py), on invented news sentences."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.types import Article

pytestmark = pytest.mark.slow


def claims(text: str, kind: str = "quantity"):
    extraction = factcheck.extract_claims([Article(id="a1", path="x.txt", text=text, source="x")])
    return [c for c in extraction.claims if c.kind == kind]


def anchors(text: str, figure: str, kind: str | None = None) -> set[tuple[str, str]]:
    claim = next(c for c in claims(text) if figure in c.text)
    return {(a.kind, a.key) for a in claim.about.anchors if kind is None or a.kind == kind}


def test_the_owner_of_a_figure_is_the_name_it_belongs_to():
    assert ("entity", "okafor") in anchors("Daniel Okafor rushed for 212 yards against the Hawks.", "212 yards")
    assert ("entity", "mendes") in anchors("Mendes's 48 points set a club record.", "48 points")


def test_a_pronoun_stands_for_the_one_person_named_before_or_stays_unresolved():
    one = "Daniel Okafor signed a new contract on Monday. He rushed for 212 yards last season."
    assert ("entity", "okafor") in anchors(one, "212 yards")
    two = "Daniel Okafor and Luis Mendes both played on Sunday. He rushed for 212 yards."
    assert ("unresolved", "he") in anchors(two, "212 yards")


def test_time_and_scope_come_from_the_clause():
    assert ("time", "last season") in anchors("Mendes scored 30 goals last season.", "30 goals")
    assert ("scope", "additional") in anchors("An additional 40 families were moved to shelters.", "40 families")
    assert ("scope", "career") in anchors("He now has 2,100 career points.", "2,100")


def test_now_places_a_running_count_at_the_moment_of_the_report():
    assert ("time", "now") in anchors("Lindqvist now has 2,100 points in 98 games.", "2,100")
    assert ("time", "now") in anchors("The search widened, with 21 countries now involved in it.", "21 countries")
    assert ("time", "now") not in anchors("Ten countries joined the search on Monday.", "Ten countries")


def test_a_superlative_picks_the_worst_few_of_a_kind():
    assert ("scope", "superlative") in anchors("He said the four hardest-hit villages were Kessa and Oura.", "four")
    assert ("scope", "superlative") in anchors("The three largest banks lost $2 billion.", "three")
    assert ("scope", "superlative") in anchors("The five most damaged buildings were demolished.", "five")
    assert ("scope", "superlative") not in anchors("At least 10 people died in the quake.", "At least 10")
    assert ("scope", "superlative") not in anchors("Four villages were destroyed.", "Four")


def test_an_increment_word_is_the_figures_own_scope_unless_the_sentence_lists_parts():
    assert ("scope", "more") in anchors("Ortiz grabbed two more rebounds before halftime.", "two more")
    assert ("scope", "extra") in anchors("The judge gave him two extra years in prison.", "two")
    # a second part named after a first of the same noun, or another number's word: no increment
    listed = "Ortiz ran for 140 yards and caught passes for another 60 yards."
    assert ("scope", "another") not in anchors(listed, "60 yards")
    assert ("scope", "additional") not in anchors("Buyers pay $50 down and 12 additional payments of $30.", "$30")


def test_a_count_of_others_besides_someone_named_is_an_increment():
    # "with two other men": a set besides the one named, like "another two men", not the whole
    assert ("scope", "another") in anchors("Vasquez was stopped near the border with two other men.", "two other")
    assert ("scope", "another") in anchors("Two other gunmen died in the assault.", "Two other")
    # but not the pronoun ("wounded 35 others" may be all the wounded), a definite set ("the other
    # two parties": the rest of a set named), "other" before the number, or a listed second part
    for text, figure in (("The blast killed four people and wounded 35 others.", "35"),
                         ("The Greens refused to join the other two parties.", "two"),
                         ("The quake killed 10 people and wounded other 70.", "70"),
                         ("Five men and two other men were held overnight.", "two other")):
        assert ("scope", "another") not in anchors(text, figure), text


def test_a_period_is_not_a_moment():
    claim = next(c for c in claims("Five clerks sorted 9,000 ballots in 32 hours.") if "9,000" in c.text)
    times = {(a.key, a.label) for a in claim.about.anchors if a.kind == "time"}
    assert times <= {("32 hours", "period")}
    # a span written as a modifier ("a 24-hour walkout") is how long too, whatever the tagger says
    claim = next(c for c in claims("About 20,000 people joined a 24-hour walkout.") if "20,000" in c.text)
    assert {a.label for a in claim.about.anchors if a.kind == "time"} <= {"period"}


def test_numbers_set_off_after_people_are_ages():
    found = claims("His two cousins, 19 and 23, were also arrested.")
    assert {(c.text, c.value.dimension) for c in found if c.text in ("19", "23")} == {("19", "age"), ("23", "age")}


def test_a_title_in_quotation_marks_is_not_speech():
    text = 'Farrow, who starred in "The Long Winter Road", declined to comment.'
    assert claims(text, "quote") == []


def test_a_rep_speaks_for_the_star_but_is_not_the_star():
    text = '"She is doing well and asks for privacy," Farrow\'s rep told reporters.'
    (quote,) = claims(text, "quote")
    assert quote.value.speaker != "Farrow" and quote.value.speaker_via == "description"


def test_words_in_quotation_marks_need_a_speech_verb_to_be_a_quote():
    assert claims('Nadia Perez, the mayor, opened the "new era of cooperation" centre on Monday.', "quote") == []
    (quote,) = claims('Nadia Perez talked of a "new era of cooperation" on Monday.', "quote")
    assert quote.value.speaker == "Nadia Perez"


def test_a_span_before_or_after_another_moment_is_an_offset():
    assert ("scope", "offset") in anchors("The rule takes effect nine days before the vote.", "nine days")
    assert not anchors("The strike lasted 30 days.", "30 days", "scope")
    # a vague span too: its unit noun hangs from the offset word ("a few hours later")
    assert ("scope", "offset") in anchors("The driver was caught a few hours later near the border.", "a few hours")
    assert not anchors("The crew worked for a few hours on the roof.", "a few hours", "scope")
    # before a clause: the parser hangs the span and "after" both on the clause's verb
    assert ("scope", "offset") in anchors("The talks came one day after the rebels seized the port.", "one day")


def test_a_stretch_the_clause_is_placed_in_is_a_scope_shared_by_its_coordinated_verbs():
    text = "During the deciding 12-0 run, Ortiz scored two baskets and blocked two shots."
    assert ("scope", "during run") in anchors(text, "two shots")
    assert not anchors("Ortiz blocked six shots in the win.", "six shots", "scope")


def test_a_surname_tagged_an_organisation_is_the_person_the_article_named_in_full():
    text = "The Hawks were led by Deonta Vaughn. Vaughn finished with 16 points and nine rebounds."
    owners = [a for c in claims(text) if "16" in c.text for a in c.about.anchors if a.kind == "entity"]
    assert [(a.key, a.label) for a in owners] == [("vaughn", "PERSON")]


def test_a_passive_clause_names_the_same_act_as_the_active_one():
    active = anchors("Police closed the main road for three hours.", "three hours", "event")
    passive = anchors("The main road was closed for 190 minutes after the crash.", "190 minutes", "event")
    assert ("event", "close road") in active & passive


def test_more_than_is_a_bound_not_a_scope():
    assert not anchors("Police closed the bridge for more than three hours.", "three hours", "scope")
    assert ("scope", "more") in anchors("Five more people were taken to hospital.", "Five", "scope")


def test_a_zone_abbreviation_is_no_owner():
    # the small model tags "GMT" an organisation: it is a clock's zone, and names no one
    found = anchors("The quake hit at 0546 GMT, with its epicentre 373 kilometres north-east of Leeds.", "373")
    assert not [key for kind, key in found if kind == "entity"]


def test_a_span_of_time_given_per_a_span_is_a_rate():
    # "four days a week" says how often, not how long: it is no span of four days
    assert ("scope", "per week") in anchors("She works out four days a week in Leeds.", "four days", "scope")
    assert ("scope", "per day") in anchors("The miners worked eight hours a day.", "eight hours", "scope")
    assert not anchors("The strike in Leeds lasted four days.", "four days", "scope")
    assert ("scope", "per week") not in anchors("The car reached 120 miles per hour.", "120 miles")


def test_a_pronoun_owning_the_subject_owns_the_figure():
    assert ("unresolved", "their") in anchors("Their power supply was restored on 11 October 2031.", "11 October")


def test_a_count_given_per_game_is_a_rate():
    assert ("scope", "per game") in anchors("Okafor scores 23 points a game.", "23 points")
    assert ("scope", "per season") in anchors("The club sells 40,000 tickets per season.", "40,000 tickets")
    assert not anchors("Mendes scored 12 points in the game.", "12 points", "scope")


def test_a_pronoun_subject_of_coordinated_verbs_owns_the_figures_of_both():
    text = "Daniel Okafor signed a new contract on Monday. He finished with 269 yards and caught 29 passes."
    assert ("entity", "okafor") in anchors(text, "29 passes")
    two = "Daniel Okafor and Luis Mendes both played on Sunday. He finished with 269 yards and caught 29 passes."
    assert ("unresolved", "he") in anchors(two, "29 passes")


def test_per_cent_is_a_unit_not_a_rate():
    assert anchors("Officials said 64 per cent of voters took part.", "64 per cent", "scope") == set()
    assert ("scope", "per game") in anchors("Okafor averaged 12 points per game.", "12 points")


def test_a_measure_noun_on_an_object_names_the_object_it_describes():
    assert ("event", "shotgun") in anchors("Police found a 12-gauge shotgun in the car.", "12")
    assert ("event", "lead") not in anchors("The visitors built a 15-point lead.", "15")
    assert ("event", "pistol") not in anchors("Police found 22 bullets near the pistol.", "22 bullets")


def test_a_compass_direction_after_a_distance_is_its_scope():
    assert ("scope", "direction north west") in anchors(
        "The crew was found about 25 miles northwest of the camp.", "25 miles", "scope")
    assert ("scope", "direction east") in anchors("The fire started 25 miles east of Dunmore.", "25 miles", "scope")
    assert not anchors("The town lies 25 miles from Dunmore.", "25 miles", "scope")
    # past a conversion in brackets
    assert ("scope", "direction north east") in anchors(
        "The tremor struck about 400km (250 miles) north-east of Leeds.", "400km", "scope")


def test_a_generational_suffix_is_not_the_surname():
    from factcheck.extract.about import _name_key

    assert _name_key("Anthony Lacroix III") == _name_key("Lacroix") == "lacroix"
    assert _name_key("Luis Mendes Jr.") == "mendes"
    text = "Police said Anthony Lacroix III entered the office at about 10 a.m. and opened fire."
    assert ("entity", "lacroix") in anchors(text, "10 a.m.", "entity")


def test_an_article_names_each_person_by_full_name_too():
    text = "John Harper has led the group since his brother David Harper was killed in March. Harper denied it."
    [(_, names)] = factcheck.extract_claims([Article(id="a1", path="x.txt", text=text, source="x")]).names
    assert {("person", "John Harper"), ("person", "David Harper"), ("entity", "harper")} <= names


def test_a_date_is_when_the_act_was_not_its_object():
    assert ("event", "bear") in anchors("Police said John Harper was born in 1968 in Leeds.", "1968")
    assert ("event", "kill people") in anchors("The quake killed 12 people in the region on Monday.", "12 people")
    # nor is another figure's time ("hit at 0546 GMT"), nor the figure's own unit ("struck about 400km")
    assert ("event", "hit") in anchors("The quake hit at 0546 GMT, its epicentre 373 kilometres from Leeds.", "373")
    assert ("event", "strike") in anchors(
        "Cars were swept away after the tremor, which struck about 400km (250 miles) north-east of Leeds.", "400km")


def test_a_place_named_with_and_without_its_kind_word_is_one_place():
    """"Madeira Island" is keyed as "Madeira" is: two reports' figures of it, one writing the kind
    word and one not, share the place and are not told apart by "different place"."""
    assert anchors("The storm hit Madeira Island, home to 250,000 people, on Sunday.", "250,000",
                   "place") == {("place", "madeira")}
