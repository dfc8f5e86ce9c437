"""Quantity extraction on real prose: what is a figure, what it counts, and what is not one."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.normalize.claims import normalize
from factcheck.types import Article

pytestmark = pytest.mark.slow


def claims_of(nlp, text, published=None):
    article = Article(id="a1", path="t.txt", text=text, source="t.txt", published=published)
    return tuple(c for c in normalize(extract([article], [nlp(text)])).claims if c.kind == "quantity")


def values(nlp, text):
    return [(c.text, c.value.interval.low, c.value.interval.high, c.value.interval.qualifier, c.value.unit,
             c.value.measure) for c in claims_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 137 Ukranians died in the first day.", ("At least 137 Ukranians died", 137, None, "at_least", None, "killed")),
        ("More than 50,000 Ukranians have fled the country.", ("More than 50,000 Ukranians have fled", 50000, None, "more_than", None, "fled")),
        ("The equivalent of 30,000 to 60,000 troops have been deployed.", ("30,000 to 60,000 troops", 30000, 60000, "range", None, "troops")),
        ("Between 30,000 and 60,000 troops massed at the border.", ("Between 30,000 and 60,000 troops", 30000, 60000, "range", None, "troops")),
        ("Hundreds more are wounded.", ("Hundreds more are wounded", 200, 999, "approx", None, "wounded")),
        ("Police said 316 more were wounded.", ("316 more were wounded", 316, 316, "exact", None, "wounded")),
        ("Thirteen people were killed in the blast.", ("Thirteen people were killed", 13, 13, "exact", None, "killed")),
        ("Tens of thousands of protesters marched.", ("Tens of thousands of protesters", 20000, 99999, "approx", None, "people")),
        ("The fund lent $1.2bn to the city.", ("$1.2bn", 1.2e9, 1.2e9, "exact", "USD", "money")),
        ("Unemployment rose to 12% last year.", ("12%", 12, 12, "exact", "%", "percent")),
        ("Inflation eased to 3.2% in March from 3.5% in February.", ("from 3.5%", 3.5, 3.5, "exact", "%", "percent")),
        ("Temperatures reached 40C in Madrid.", ("40C", 40, 40, "exact", "degC", "temperature")),
        ("About 1.5 million people live in the region.", ("About 1.5 million people", 1.35e6, 1.65e6, "approx", None, "people")),
        ("The firm was fined €2.4 million.", ("€2.4 million", 2.4e6, 2.4e6, "exact", "EUR", "money")),
        ("The company was valued at $2.5m.", ("$2.5m", 2.5e6, 2.5e6, "exact", "USD", "value")),
        ("The plane flew at a speed of 900 km/h.", ("900 km/h", 900, 900, "exact", "km/h", "speed")),
        ("The rate stands at 4.75 per cent.", ("4.75 per cent", 4.75, 4.75, "exact", "%", "percent")),
        ("Nearly two-thirds of voters backed the measure.", ("Nearly two-thirds of voters", 60, pytest.approx(66.667, 1e-3), "approx", "%", "voter")),
        ("One in five adults is obese.", ("One in five adults", 20, 20, "exact", "%", "adult")),
        ("The 5,000-strong force will stay.", ("5,000-strong force", 5000, 5000, "exact", None, "force")),
        ("Unemployment is rising to above 22 per cent.", ("above 22 per cent", 22, None, "more_than", "%", "percent")),
        ("The euro fell below $1.29 on Tuesday.", ("below $1.29", None, 1.29, "less_than", "USD", "money")),
        ("The storm left 3,000 people homeless.", ("3,000 people homeless", 3000, 3000, "exact", None, "displaced")),
        ("The blast left 129 people dead.", ("129 people dead", 129, 129, "exact", None, "killed")),
        # a state the count is said to be in, though the parser reads "are missing" as the verb "miss"
        ("At least 28 people died and 29 are missing after the ferry sank.", ("29 are missing", 29, 29, "exact", None, "missing")),
        ("Another 26 were missing.", ("Another 26 were missing", 26, 26, "exact", None, "missing")),
        ("He missed four games after surgery.", ("four games", 4, 4, "exact", None, "game")),
        ("Five policemen who guarded the bus lost their lives.", ("Five policemen", 5, 5, "exact", None, "killed")),
        ("Eleven soldiers sacrificed their lives.", ("Eleven soldiers sacrificed", 11, 11, "exact", None, "killed")),
        # a hyphenated noun the tokenizer split counts as one word: "e-mails" are emails, not "e"
        ("She received 100 e-mails from him.", ("100 e-mails", 100, 100, "exact", None, "email")),
        # a dash written as a hyphen before a name is no compound
        ("Three societies representing some 2,000 scientists-The Velmora Society-sent letters.",
         ("some 2,000 scientists", 1800, 2200, "approx", None, "scientist")),
        # "or greater" after the number is a lower bound (a forecast's "chance of" one is no claim:
        # tests/test_disputes_and_remarks.py)
        ("Seismologists said a magnitude 7 or greater quake struck the coast this week.",
         ("magnitude 7 or greater quake", 7, None, "at_least", "magnitude", "magnitude")),
    ],
)
def test_figures_with_qualifier_measure_and_unit(nlp, text, expected):
    assert expected in values(nlp, text)


def test_distance_in_miles_is_normalized_to_km_with_its_written_precision(nlp):
    (claim,) = claims_of(nlp, "The Russian forces and tanks are just 20 miles from the capital.")
    q = claim.value
    assert (q.unit, q.dimension, q.measure) == ("km", "length", "distance")
    assert q.interval.low == pytest.approx(32.18688)
    assert q.precision == pytest.approx(0.5 * 1.609344)  # "20" is 19.5 to 20.5 miles


@pytest.mark.parametrize(
    "text",
    [
        "The convoy moved along Route 137 toward the city.",
        "Under Section 427 of the code, the order stands.",
        "A Ukrainian SU-27 fighter was shot down.",
        "The United States must honour Article 5 of the treaty.",
        "Dynamo won the match 3-1 on Sunday.",
        "Fans gathered for the 2022 World Cup final.",
        "Shares of Boeing 737 makers fell.",
        "The vote was 7-2 in favour of the plan.",
        "It was, according to two officials, a tense night.",
    ],
)
def test_identifiers_are_not_figures(nlp, text):
    assert claims_of(nlp, text) == ()


def test_clock_times_in_two_zones_are_one_instant(nlp):
    text = "KYIV — In a statement issued at 8 p.m. local time (1 p.m. ET) on Feb. 24, the army spoke."
    times = [c for c in claims_of(nlp, text) if c.value.dimension == "clock_time"]
    assert {(c.text, c.value.interval.low) for c in times} == {("8 p.m. local time", 18 * 60), ("1 p.m. ET", 18 * 60)}


def test_a_year_after_in_is_a_date(nlp):
    (claim,) = claims_of(nlp, "The treaty created NATO in 1949.")
    assert claim.value.dimension == "date" and claim.text == "1949"


def test_ages_are_ages_not_counts(nlp):
    found = {c.text: c.value for c in claims_of(nlp, "Police named Anthony LaCalamita, 38, and a 50-year-old man.")}
    assert found["38"].dimension == "age" and found["38"].interval.low == 38
    assert found["50-year-old"].dimension == "age"


def test_magnitudes_of_main_quake_and_aftershock_are_told_apart(nlp):
    claims = claims_of(nlp, "The magnitude 4.6 earthquake was followed by a 2.9 aftershock.")
    owners = {c.value.interval.low: c.frame.owners for c in claims if c.value.unit == "magnitude"}
    assert owners == {4.6: frozenset({"mainshock"}), 2.9: frozenset({"aftershock"})}


def test_an_event_word_counts_only_its_own_arguments(nlp):
    found = {c.text: c.value.measure for c in claims_of(nlp, "Powerful Quake in Iran Kills 10; 80 Hurt and 7 Villages Damaged")}
    assert found.get("80 Hurt") == "wounded" and found.get("7 Villages") in ("village", "villages")


def test_page_stamps_are_not_figures(nlp):
    assert claims_of(nlp, "21 July 2013 Last updated at 11:11 GMT\nCrews tackled a blaze.") == ()


def test_offsets_index_the_text_as_read(nlp):
    text = "---\nsource: Wire\n---\nAt least 137 died and 20 miles of road were closed on Feb. 24."
    article = Article(id="a1", path="t.txt", text=text, source="Wire", body_start=text.index("At"))
    claims = normalize(extract([article], [nlp(text[article.body_start:])])).claims
    assert len(claims) >= 2 and all(text[c.start : c.end] == c.text for c in claims)


def test_a_sum_converted_in_brackets_is_not_a_second_figure(nlp):
    texts = [c.text for c in claims_of(nlp, "The fine was €5 million ($5.4 million) on Friday.")]
    assert texts == ["€5 million"]
    texts = [c.text for c in claims_of(nlp, "Sales rose to 30,000 units ($2 million) last year.")]
    assert "$2 million" in texts  # a count is no sum to convert


@pytest.mark.parametrize(("text", "expected"), [
    ("The quake struck about 400km (250 miles) north-east of the port.", ["about 400km"]),
    ("Rebels were cornered in an area of 300 square km (about 115 sq miles).", ["300 square km"]),
    ("Temperatures reached 40C (104F) on Monday.", ["40C"]),
    # not a conversion: another dimension, or a figure the bracket sets against the first
    ("The convoy was 20 km (three hours) from the border.", ["20 km", "three hours"]),
    ("She ran 12 km (from 10 km last year) on Sunday.", ["12 km", "from 10 km"]),
])
def test_a_figure_converted_to_another_unit_in_brackets_is_not_a_second_figure(nlp, text, expected):
    assert [c.text for c in claims_of(nlp, text)] == expected


@pytest.mark.parametrize("text", [
    "The carrier's 4G network reached the town.",
    "The update covers 64-bit versions of the system.",
    "A 911 dispatcher took the call.",
    "She was filming The Three Musketeers that spring.",
    "It exploited a zero-day flaw.",
    "The PlayMaker 10 platform launched in March.",
    "Engineers repaired the AFRICA-ASIA-WE 3 cable first.",  # an upper-case name the model tags a noun
    "The phone has a micro-USB 3.0 port.",
    "Ortega buried a 3-pointer from the corner.",
    "The family drove off in a two-seater.",
])
def test_numbers_that_name_a_kind_of_thing_are_not_figures(nlp, text):
    assert not claims_of(nlp, text)


@pytest.mark.parametrize("text, figure", [
    ("Police arrested a 19 year old man.", "19 year old"),
    ("The fire destroyed a 500 acre ranch.", "500 acre"),
    ("It was a 20 percent rise.", "20 percent"),
    ("She won the 100-meter race.", "100-meter"),
    ("Ortega made 3 of 4 3-pointers.", "3"),
    ("The 1,000-member choir sang.", "1,000"),
    ("A 40-passenger bus overturned.", "40"),
])
def test_a_number_after_a_with_a_unit_is_still_a_figure(nlp, text, figure):
    assert any(figure in c.text for c in claims_of(nlp, text))


def test_words_before_the_number_are_the_counted_nouns_only_after_a(nlp):
    # "Ankara on Friday test-fired nine missiles": a date and a verb the parse hangs on the noun
    [claim] = claims_of(nlp, "The navy on Friday test-fired nine missiles, state media said.")
    assert claim.value.measure == "missile"
    bonus = next(c for c in claims_of(nlp, "The party won 129 seats, including a bonus 50 seats.") if "50" in c.text)
    assert bonus.value.measure == "bonus seat"
    # a hyphenated modifier is no noun of the counted thing: "short-range missiles" are missiles
    assert [c.value.measure for c in claims_of(nlp, "The navy fired three short-range missiles.")] == ["missile"]
    assert [c.value.measure for c in claims_of(nlp, "Troops seized 12 anti-aircraft guns.")] == ["gun"]


@pytest.mark.parametrize(("text", "age"), [
    ("Lindqvist, who was 18 at the time of the shooting, confessed.", 18),
    ("According to the passport, he was 25 and was born abroad.", 25),
    ("The suspect was 19.", 19),
    # not what a person is: a score, a toll, a batting line, an hour
    ("Cleveland was 20-3 this season.", None),
    ("The death toll was 12 on Monday.", None),
    ("Okafor was 3 for 5 at the plate.", None),
    ("It was 10 when the alarm rang.", None),
])
def test_a_small_number_a_person_is_said_to_be_is_an_age(nlp, text, age):
    ages = [c.value.interval.low for c in claims_of(nlp, text) if c.value.dimension == "age"]
    assert ages == ([age] if age else [])


def _age_owners(nlp, text):
    return [(c.text, sorted(c.frame.owners)) for c in claims_of(nlp, text) if c.value.measure_class == "age"]


def test_an_age_belongs_to_the_name_beside_it_even_when_not_tagged_a_person(nlp):
    # surnames the small model tags as an organisation or nothing still own their age
    assert _age_owners(nlp, "Police named his two companions as Tove K, 28, and Ilse B, 32.") == [
        ("28", ["k"]), ("32", ["b"])]
    assert _age_owners(nlp, "Karim Dahrouni, 26, is accused of scouting the sites.") == [("26", ["dahrouni"])]
    # a noun set beside a name keeps both: it meets "a 28-year-old man" and "Oddvik, 28"
    assert _age_owners(nlp, "Rasmus Oddvik, a 28-year-old Danish man who is suspected of planning the attacks, "
                            "died with his 26-year-old cousin Hedda Lindqvist.") == [
        ("28-year-old", ["man", "oddvik"]), ("26-year-old", ["cousin", "lindqvist"])]


def _persons(claim):
    return sorted(a.key for a in claim.about.anchors if a.kind == "entity" and a.label == "PERSON")


def test_an_age_in_a_list_of_names_is_only_its_own_names(nlp):
    # the parser hangs both ages on the first name; each is the age of the name before its comma
    ages = [c for c in claims_of(nlp, "Ana Ruiz, 11, and Ola Brekke, 12, were last seen on Friday.")
            if c.value.measure_class == "age"]
    assert [(c.text, _persons(c)) for c in ages] == [("11", ["ruiz"]), ("12", ["brekke"])]
    # a name before the age that is no "Name, N" apposition does not own it
    assert _age_owners(nlp, "Police chief Tom Halvorsen announced 61-year-old Ana Ruiz was arrested.") == [
        ("61-year-old", ["ruiz"])]


def test_a_figure_in_a_relative_clause_is_placed_by_the_noun_it_describes(nlp):
    # "a bombing in X, which killed 22": the toll is of the bombing in X
    [claim] = [c for c in claims_of(nlp, "Mehra recalled a bombing in Tarsia, which killed at least 22 people.")
               if "22" in c.text]
    assert "tarsia" in claim.about.keys("place") | claim.about.keys("entity")


def test_a_measured_amount_keeps_what_it_is_an_amount_of(nlp):
    subjects = [(c.text, c.value.subject) for c in claims_of(
        nlp, "The mayor declared three days of national mourning. Aid workers delivered 20 tonnes of rice.")]
    assert subjects == [("three days", "mourning"), ("20 tonnes", "rice")]


def test_a_count_of_who_killed_is_not_a_toll(nlp):
    # the subject of an active "killed X" did the killing: its count is of strikes or gunmen
    measures = {c.text: c.value.measure_class for c in claims_of(
        nlp, "More than 35 drone strikes have killed more than 340 people since August. "
             "At least 12 people died in the fire. Three gunmen killed two guards.")}
    assert measures["More than 35 drone strikes"] == "drone strike"
    assert measures["more than 340 people"] == measures["At least 12 people died"] == "killed"
    assert measures["Three gunmen"] == "gunman"
    # who fled a place, with the place as object, still fled
    assert [c.value.measure_class for c in claims_of(nlp, "More than 50,000 people have fled the country.")] == [
        "fled"]
    # a reflexive object: they killed themselves, and are the dead
    assert [c.value.measure_class for c in claims_of(nlp, "Police said seven killed themselves with vests.")] == [
        "killed"]


def test_the_infected_are_a_toll_with_or_without_a_noun(nlp):
    # an epidemic's count of the infected is an event class, like the killed
    measures = [c.value.measure_class for c in claims_of(
        nlp, "The virus spread to 12 provinces, infecting almost 4,300 people and killing about 90. "
             "It reached 12 provinces, killing about 90 people and infecting almost 4,300.")]
    assert measures.count("infected") == 2 and measures.count("killed") == 2


def test_places_counted_under_other_names_are_one_measure(nlp):
    # "at six spots across the city" / "targeted six sites" / "at six locations"
    measures = {c.value.measure_class for c in claims_of(
        nlp, "Gunmen struck six spots across the city. The assailants targeted six sites. "
             "Attackers hit six locations.")}
    assert measures == {"site"}


def test_a_count_of_where_or_how_an_act_befell_is_not_its_toll(nlp):
    # the noun a preposition of circumstance governs is no one the act befell
    measures = {c.text: c.value.measure_class for c in claims_of(
        nlp, "Gunmen killed 14 people in two separate shootings. Police arrested 12 people during four raids. "
             "At least 12 people were killed by two gunmen.")}
    assert measures["14 people"] == measures["At least 12 people were killed"] == "killed"
    assert measures["two separate shootings"] == "shooting"
    assert measures["four raids"] == "raid"
    assert measures["two gunmen"] == "gunman"
    # "of", "among", "including" still lead to who it befell
    assert {c.text: c.value.measure_class for c in claims_of(
        nlp, "Five people were killed, including two children. Two of them died in hospital.")} == {
        "Five people were killed": "killed", "two children": "killed", "Two": "killed"}


def test_the_people_a_place_has_are_its_population(nlp):
    measures = {text: measure for text, *_, measure in values(nlp, (
        "The quake hit near Oura Island, home to 120,000 people. The island, which has about 120,000 residents, "
        "lost power. The town has 40,000 inhabitants. About 200 residents were evacuated from the village."))}
    assert measures["120,000 people"] == "population"
    assert measures["about 120,000 residents"] == "population"
    assert measures["40,000 inhabitants"] == "population"
    assert measures["About 200 residents were evacuated"] == "evacuated"  # people of a place, moved: no population


def test_a_hyphenated_figure_describes_the_noun_it_modifies(nlp):
    measures = {text: measure for text, *_, measure in values(nlp, (
        "Harlow built a 10-point lead. Okafor converted a three-point play. Mendes scored 10 points."))}
    assert measures["10-point"] == "point margin"  # the lead's size, not a player's points
    assert "three-point" not in measures  # a kind of play, no figure at all
    assert measures["10 points"] == "point"
    # other units keep counting what they count: a six-storey building has six storeys
    assert values(nlp, "A six-storey building collapsed.")[0][-1] == "storey"


def test_half_the_whole_is_a_share_of_it_as_half_of_it_is(nlp):
    assert values(nlp, "Half the roof at the entrance collapsed.") == [("Half the roof", 50, 50, "exact", "%", "roof")]
    assert values(nlp, "They lost half their homes.") == [("half their homes", 50, 50, "exact", "%", "home")]
    assert values(nlp, "Half the time he was late.") == []  # a saying, no share
    assert values(nlp, "Prices fell by half the previous year.")[0][0] == "half"  # what prices fell by


def test_what_one_side_is_ahead_by_is_a_margin_however_written(nlp):
    assert values(nlp, "At halftime the hosts led by 18 points.")[0][-1] == "point margin"
    assert values(nlp, "They won by 15 points.")[0][-1] == "point margin"
    assert values(nlp, "Harlow built a 10-point lead.")[0][-1] == "point margin"
    assert values(nlp, "Mendes poured in 18 points.")[0][-1] == "point"  # points scored


def test_a_title_case_headline_counts_what_its_body_counts(nlp):
    """A headline's capitalized noun, tagged a proper noun and left plural by the lemmatizer, counts
    what the same noun counts in the body: "4 Villages" and "four villages" are one measure."""
    [headline] = [c for c in claims_of(nlp, "Strong Quake Kills 6; 40 Hurt and 4 Villages Damaged")
                  if c.value.interval.low == 4]
    [body] = claims_of(nlp, "The quake flattened four villages on the island.")
    assert headline.value.measure == body.value.measure == "village"


def test_a_nationality_before_people_is_whose_they_are_not_where(nlp):
    """"12,000 U.S. troops" are the United States' troops wherever they are: the country is the
    figure's owner (initials are a name as the full name is), and no place that "in Velmora" on the
    other side would contradict."""
    [claim] = claims_of(nlp, "He envisions the withdrawal of about 12,000 U.S. troops by next spring.")
    assert claim.frame.owners == {"united states"} and not claim.frame.places


def test_a_bare_number_of_change_counts_the_subject_that_changed(nlp):
    """"membership increased by more than 3,000 to 15,000" is a count of membership, not a figure
    of nothing that links to nothing; a change whose subject is a name or pronoun stays a bare count."""
    [union] = claims_of(nlp, "Under his leadership, the union's membership increased by more than 3,000 to 15,000.")
    assert union.value.measure == "membership" and union.value.change == "up"
    [bare] = claims_of(nlp, "Under his leadership, it increased by more than 3,000 to 15,000.")
    assert bare.value.measure == "count"


def test_a_distance_from_a_place_is_placed_there_not_where_the_measured_thing_lies(nlp):
    """"In the waters of the Tyrrhenian Sea, 40 miles southwest of Naples": the distance is measured
    from Naples; the sea is where the epicentre lies, which another report may call otherwise ("off
    the coast") and still give the same 40 miles from Naples."""
    [claim] = claims_of(nlp, "The epicentre lay in the waters of the Tyrrhenian Sea, 40 miles southwest of Naples.")
    assert claim.frame.places == {"naples"}


@pytest.mark.parametrize(("text", "expected"), [
    # an ordinal "second" is no unit: the number is a year or a label, not seconds
    ("The 2006 second-overall pick played in just 10 games.", [("2006", "date"), ("just 10 games", "count")]),
    ("Halvik announced the firm's 2008 second quarter earnings.", []),
    ("The camera promises 0.3 second autofocus times.", [("0.3 second autofocus times", "duration")]),
    # "the second half of" a game or a year is a part named, not 50 percent
    ("Okafor was pulled in the second half of the loss to Eastport.", []),
    ("About half the squad had been born in Westbury.", [("About half the squad", "percent")]),
    # an age whose second hyphen is left out is still an age, not a span of years
    ("The 81-year old is at home.", [("81-year old", "age")]),
    # a year before one thing names it, it counts nothing
    ("Velmora has revised up its projected 2012 budget deficit to 5.8 percent.", [("5.8 percent", "percent")]),
    # "has" is a verb, not hectares
    ("A similar outage happened a year ago, but this one has the potential to be worse.", []),
    ("The fire burned 40 hectares of forest.", [("40 hectares", "area")]),
    # a display resolution is no sum in pence nor four thousand of anything
    ("The phone has a 1080p display and records 4K video.", []),
    ("Shares fell 12p to 350p.", [("12p to 350p", "money:GBP")]),
    # a fraction of a scale is a number: a quarter of a million people, not 25 percent and a million
    ("A quarter of a million people are trapped in Eastport.", [("A quarter of a million people", "count")]),
    # a date's day is no share: "April 11 in 150 countries" is not 11 in 150
    ("It launches April 11 in 150 countries.", [("150 countries", "count")]),
])
def test_words_that_look_like_units_or_shares_are_read_as_what_they_are(nlp, text, expected):
    assert [(c.text, c.value.dimension) for c in claims_of(nlp, text)] == expected


def test_millions_of_pounds_are_sterling_and_a_weight_in_pounds_is_a_weight(nlp):
    """"74 million pounds" is a sum ("85 million euros (74 million pounds)" is one sum converted);
    "180 pounds" weighs a man and "100,000 pounds of cheese" a cargo."""
    assert [(c.text, c.value.dimension) for c in claims_of(nlp, "Eastport paid 74 million pounds for it.")] \
        == [("74 million pounds", "money:GBP")]
    assert [c.text for c in claims_of(nlp, "Robbers stole gems worth 85 million euros (74 million pounds).")] \
        == ["85 million euros"]
    assert [c.value.dimension for c in claims_of(nlp, "The suspect weighs about 180 pounds.")] == ["mass"]


def test_a_toll_that_could_rise_as_high_as_a_figure_is_a_toll(nlp):
    """"the final toll could rise as high as 20" is a toll of at most 20, as "as many as 20 staff
    were killed" is: the bound's adverb stands between the toll verb and its figure."""
    [claim] = claims_of(nlp, "Officials said the final toll in Eastport could rise as high as 20.")
    assert claim.value.measure == "killed" and claim.value.interval.high == 20
