"""Figures as news writes them: the stated value, ranges, direction of change, signs, units
and currencies, hedges. Each sentence is invented for the kind it tests."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.normalize.claims import normalize
from factcheck.report.json import value_dict
from factcheck.report.values import claim_value
from factcheck.types import Article

pytestmark = pytest.mark.slow


def figures(nlp, text):
    article = Article(id="a1", path="t.txt", text=text, source="t.txt")
    return [c for c in normalize(extract([article], [nlp(text)])).claims if c.kind == "quantity"]


def only(nlp, text):
    found = figures(nlp, text)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


# ---------------------------------------------------------------- stated value, no digit lost


@pytest.mark.parametrize(
    ("text", "stated_text", "value", "unit"),
    [
        ("The seam is 1.5 mm wide at its base.", "1.5 mm", 1.5, "mm"),
        ("The film was 0.03 millimeter thick.", "0.03 millimeter", 0.03, "mm"),
        ("The receiver ran 66 yards before he fell.", "66 yards", 66, "yd"),
        ("The miner earned $4.2b in the year.", "$4.2b", 4.2, "billion USD"),
        ("The town spent 1.25 million euros on roads.", "1.25 million euros", 1.25, "million EUR"),
        ("The lake lies 12 miles north of the town.", "12 miles", 12, "mi"),
        ("About 300 people queued outside.", "300", 300, None),
        # pounds read as weight are shown as weight, not sterling
        ("Each miner has lost about 22 pounds since the collapse.", "22 pounds", 22, "lb"),
        ("The book sold for £22 at auction.", "£22", 22, "GBP"),
    ],
)
def test_stated_value_keeps_the_written_number_and_unit(nlp, text, stated_text, value, unit):
    stated = only(nlp, text).value.stated
    assert (stated.text, stated.value, stated.unit) == (stated_text, pytest.approx(value), unit)


def test_json_keeps_every_written_digit(nlp):
    value = value_dict(only(nlp, "The film was 0.03 millimeter thick.").value)
    assert value["low"] == pytest.approx(3e-08, rel=1e-9)
    assert value["stated"] == {"text": "0.03 millimeter", "value": 0.03, "unit": "mm"}
    value = value_dict(only(nlp, "The seam is 1.5 mm wide at its base.").value)
    assert value["low"] == pytest.approx(1.5e-06, rel=1e-9)


def test_report_shows_the_stated_form_not_the_canonical_unit(nlp):
    claim = only(nlp, "The receiver ran 66 yards before he fell.")
    row = {"kind": "quantity", "value": value_dict(claim.value), "value_text": "0.0604 km"}
    assert claim_value(row) == "66 yd"


def test_report_shows_qualifier_with_stated_form(nlp):
    claim = only(nlp, "Nearly 40 miles of track were flooded.")
    row = {"kind": "quantity", "value": value_dict(claim.value), "value_text": "?"}
    assert claim_value(row) == "≈ 40 mi"


def test_vague_amount_has_no_stated_number(nlp):
    claim = only(nlp, "Hundreds of fans waited at the gate.")
    assert claim.value.stated.value is None
    row = {"kind": "quantity", "value": value_dict(claim.value), "value_text": "≈ 200–999"}
    assert claim_value(row) == "≈ 200–999"


# ---------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "stated"),
    [
        ("Seats sold for between $45 and $52 apiece.", 45, 52, "USD", (45, 52)),
        ("Flats went from $650,000 to $1.1 million last year.", 650_000, 1_100_000, "USD", (650_000, 1_100_000)),
        ("The polls gave her 7% to 9% of the vote.", 7, 9, "%", (7, 9)),
        ("Turnout ranged from 35 percent to 55 percent.", 35, 55, "%", (35, 55)),
        ("The bridge will cost $2-3 billion.", 2e9, 3e9, "USD", (2, 3)),
        ("Rescuers searched 20,000 to 45,000 homes.", 20_000, 45_000, None, (20_000, 45_000)),
        ("The storm dumped 10 cm to 15 cm of snow.", 0.0001, 0.00015, "km", (10, 15)),
    ],
)
def test_a_range_with_its_unit_on_both_ends_is_one_claim(nlp, text, low, high, unit, stated):
    claim = only(nlp, text)
    iv = claim.value.interval
    assert (iv.low, iv.high, iv.qualifier, claim.value.unit) == (pytest.approx(low), pytest.approx(high), "range", unit)
    assert claim.value.stated.value == pytest.approx(stated)


def test_two_units_are_not_one_range(nlp):
    assert len(figures(nlp, "The pool is 5 metres to 40 feet deep in places.")) == 2


def test_and_without_between_is_not_a_range(nlp):
    assert len(figures(nlp, "The firm paid $40 and the agency $55.")) == 2


# ---------------------------------------------------------------- direction of change and signs


@pytest.mark.parametrize(
    ("text", "change", "role", "low"),
    [
        ("Exports rose 4.5% in the spring.", "up", None, 4.5),
        ("Ticket sales fell by a third over the winter.", "down", None, pytest.approx(33.333, 1e-3)),
        ("Factory orders were up 0.7% in April.", "up", None, 0.7),
        ("The index was down 12 at the close.", "down", None, 12),
        ("The school board cut its spending by half.", "down", None, 50),
        ("The jobless rate climbed to 7.1% in March.", "up", "to", 7.1),
        ("Shares ended -2.4% on the day.", "down", None, -2.4),
        ("Output was +0.6% in the quarter.", "up", None, 0.6),
        ("The bakery sold 300 loaves on Sunday.", None, None, 300),
    ],
)
def test_change_and_its_direction(nlp, text, change, role, low):
    value = only(nlp, text).value
    assert (value.change, value.role, value.interval.low) == (change, role, low)


def test_from_and_to_of_a_change_are_two_figures_with_roles(nlp):
    found = figures(nlp, "The number of patients increased from 14 to 23 overnight.")
    assert [(c.value.interval.low, c.value.change, c.value.role) for c in found] == [(14, "up", "from"),
                                                                                   (23, "up", "to")]


def test_from_and_to_without_a_change_word_is_a_range(nlp):
    (claim,) = figures(nlp, "Estimates go from 14 to 23 patients.")
    assert claim.value.interval.qualifier == "range"


def test_minus_is_a_signed_value(nlp):
    value = only(nlp, "The probe measured minus 150 Fahrenheit at night.").value
    assert value.stated.value == -150
    assert value.interval.low == pytest.approx(-101.111, 1e-4)


def _quantity(nlp, text):
    from factcheck.types import Claim

    (claim,) = figures(nlp, text)
    assert isinstance(claim, Claim)
    return claim


def test_a_rise_and_a_fall_conflict_and_a_level_agrees(nlp):
    from factcheck.normalize.values import difference, same_reading

    rise = _quantity(nlp, "Exports rose 4.5% in the spring.")
    fall = _quantity(nlp, "Exports fell 4.5% in the spring.")
    signed = _quantity(nlp, "Exports were -4.5% in the spring.")
    assert difference(rise, fall) is not None
    assert difference(fall, signed) is None
    reached = _quantity(nlp, "The toll of the storm rose to 18 on Monday.")
    level = _quantity(nlp, "The storm killed 18 people.")
    assert difference(reached, level) is None
    assert same_reading(reached.value, level.value)
    assert not same_reading(rise.value, _quantity(nlp, "Exports made up 4.5% of output.").value)


@pytest.mark.parametrize(
    ("text", "utc", "zone"),
    [
        ("The tremor, which struck at 1412 (0942 GMT), was felt across the bay.", 582, "UTC+04:30"),
        ("The ferry sank at 0130 (2200 GMT) off the coast.", 1320, "UTC+03:30"),  # across midnight
        ("Polls closed at 2000 (1500 UTC) in the capital.", 900, "UTC+05:00"),
    ],
)
def test_a_local_time_beside_the_same_moment_in_gmt_is_a_time_on_that_offset(nlp, text, utc, zone):
    times = [c for c in figures(nlp, text) if c.value.dimension == "clock_time"]
    assert [c.value.measure for c in figures(nlp, text)] == ["time", "time"]  # no count of 1412
    local = times[0]
    assert local.value.interval.low == utc and local.value.stated.unit == zone


def test_four_digits_beside_no_zone_stay_a_number(nlp):
    (count,) = figures(nlp, "The club sold 1412 (942 last year) season tickets.")[:1]
    assert count.value.dimension != "clock_time"


def test_a_time_placed_nowhere_joins_a_zoned_one_only_when_they_read_the_same(nlp):
    from factcheck.normalize.values import difference, same_reading

    unplaced = _quantity(nlp, "The quake occurred at 4:17 a.m. near the lake.")
    zoned = _quantity(nlp, "The quake struck at 4:17 am PST near the lake.")
    assert unplaced.value.dimension == "clock_time:unresolved" and zoned.value.dimension == "clock_time"
    assert same_reading(unplaced.value, zoned.value) and difference(unplaced, zoned) is None
    other = _quantity(nlp, "The quake struck at 3:33 am PST near the lake.")
    assert not same_reading(unplaced.value, other.value)  # one moment on two clocks, or two: never joined


# ---------------------------------------------------------------- units and currencies as data


@pytest.mark.parametrize(
    ("text", "unit", "dimension", "stated_unit"),
    [
        ("The new turbine delivers 12 kW at full speed.", "kW", "power", "kW"),
        ("The wind farm will add 450 MW to the grid.", "kW", "power", "MW"),
        ("Each pack stores 75 kWh of energy.", "kWh", "energy", "kWh"),
        ("Rural homes get 30 Mbps at best.", "Mbps", "data_rate", "Mbps"),
        ("The laptop ships with 16 GB of memory.", "GB", "information", "GB"),
        ("Its chip runs at 2.8 GHz when cool.", "GHz", "frequency", "GHz"),
        ("The handset packs a 5,000 mAh cell.", "mAh", "charge", "mAh"),
        ("Give the child 10 mL of the syrup.", "l", "volume", "ml"),
        ("The studio flat covers 35 m2 in all.", "km**2", "area", "m²"),
        ("The engine makes 420bhp in its top trim.", "kW", "power", "hp"),
        ("Mortgage rates rose to 6.2pc this week.", "%", "percent", "%"),
        ("A pint of milk now costs 89p at the shop.", "GBP", "money:GBP", "p"),
        ("The monitor measures 27″ across.", "km", "length", "in"),
    ],
)
def test_units_glued_or_apart_are_read_from_the_tables(nlp, text, unit, dimension, stated_unit):
    value = only(nlp, text).value
    assert (value.unit, value.dimension, value.stated.unit) == (unit, dimension, stated_unit)


def test_case_tells_megawatts_from_moment_magnitude(nlp):
    assert only(nlp, "The plant can produce 80 MW in winter.").value.dimension == "power"


@pytest.mark.parametrize(
    ("text", "currency", "low"),
    [
        ("The start-up raised USD25m from backers.", "USD", 25e6),
        ("The charity received US$8 million last year.", "USD", 8e6),
        ("The miner booked $US12 million in fees.", "USD", 12e6),
        ("The council paid A$7 billion for the line.", "AUD", 7e9),
        ("The rink was sold for C$45 million.", "CAD", 45e6),
        ("The port spent S$90 million on cranes.", "SGD", 90e6),
        ("The mall cost RM250 million to build.", "MYR", 250e6),
        ("The airline earned €65m in the quarter.", "EUR", 65e6),
        ("The painting fetched £12m at auction.", "GBP", 12e6),
        ("The studio spent ¥3 billion on the film.", "JPY", 3e9),
        ("The utility posted profit of $7.5b for the year.", "USD", 7.5e9),
        ("The deal is worth 40 million Swiss francs.", "CHF", 40e6),
    ],
)
def test_amounts_keep_their_currency(nlp, text, currency, low):
    value = only(nlp, text).value
    assert (value.unit, value.dimension, value.interval.low) == (currency, f"money:{currency}", pytest.approx(low))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The field pumps 90,000 barrels a day.", "bbl/day"),
        ("Volunteers walk 25 miles per week.", "mi/wk"),
        ("Nurses there earn $48,000 a year.", "USD/yr"),
    ],
)
def test_rates_keep_their_denominator(nlp, text, unit):
    value = only(nlp, text).value
    assert value.stated.unit == unit
    assert value.dimension.endswith("/duration")


def test_a_year_ago_is_not_a_rate(nlp):
    value = only(nlp, "Revenue was $9 million a year ago.").value
    assert value.dimension == "money:USD"


def test_upper_case_code_only_is_a_currency(nlp):
    assert all(c.value.dimension == "count" for c in figures(nlp, "They will try 3 times again."))


# ---------------------------------------------------------------- hedges


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Nearly 90 cars were towed.", "approx"),
        ("Almost 90 cars were towed.", "approx"),
        ("As many as 90 cars were towed.", "at_most"),
        ("Up to 90 cars were towed.", "at_most"),
        ("Some 90 cars were towed.", "approx"),
        ("Roughly 90 cars were towed.", "approx"),
        ("At least 90 cars were towed.", "at_least"),
        ("More than 90 cars were towed.", "more_than"),
        ("Fewer than 90 cars were towed.", "less_than"),
    ],
)
def test_hedges_map_to_one_qualifier_each(nlp, text, qualifier):
    assert only(nlp, text).value.interval.qualifier == qualifier


def test_hedges_hold_with_units_and_currencies(nlp):
    assert only(nlp, "Nearly $90 million was lost.").value.interval.qualifier == "approx"
    assert only(nlp, "Up to 90 km of road is shut.").value.interval.qualifier == "at_most"


# ---------------------------------------------------------------- plain numbers the model tags DATE


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("The index slipped 0.3 per cent to 15402.", 15402),
        ("The dealer reported sales of 4718 units.", 4718),
        ("The gauge closed at 36120 on the day.", 36120),
    ],
)
def test_numbers_that_are_no_dates_are_figures(nlp, text, low):
    assert low in [c.value.interval.low for c in figures(nlp, text) if c.value.dimension == "count"]


def test_a_year_after_in_stays_a_date(nlp):
    assert only(nlp, "The bridge was opened in 1998 by the mayor.").value.dimension == "date"


# ---------------------------------------------------------------- fractions and multiples


@pytest.mark.parametrize(
    ("text", "low", "unit"),
    [
        ("Twice as many riders took the bus.", 2, "×"),
        ("Rents are four times higher than a decade ago.", 4, "×"),
        ("Imports grew fivefold in the period.", 5, "×"),
        ("Claims rose 12-fold after the flood.", 12, "×"),
        ("Three-quarters of the members voted.", 75, "%"),
        ("One in four tenants is behind on rent.", 25, "%"),
    ],
)
def test_fractions_and_multiples(nlp, text, low, unit):
    value = only(nlp, text).value
    assert (value.interval.low, value.unit) == (pytest.approx(low), unit)


def test_times_a_week_is_a_count_not_a_multiple(nlp):
    assert only(nlp, "She swims four times a week.").value.unit is None


def test_one_in_five_states_no_single_number(nlp):
    assert only(nlp, "One in five drivers failed the test.").value.stated.value is None


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Yields were 3%-4% higher than last spring.", 3, 4, "%"),
        ("Seats went for $30-$35 at the door.", 30, 35, "USD"),
    ],
)
def test_a_range_the_tokenizer_keeps_whole(nlp, text, low, high, unit):
    value = only(nlp, text).value
    assert (value.interval.low, value.interval.high, value.unit) == (low, high, unit)


def test_from_and_to_with_units_under_a_change_are_two_levels(nlp):
    found = figures(nlp, "The jobless rate fell from 8% to 6.5% over the year.")
    assert [(c.value.interval.low, c.value.role) for c in found] == [(8, "from"), (6.5, "to")]


@pytest.mark.parametrize(
    "text",
    [
        "The carrier switched on its 5G network in the city.",
        "Delegates met at COP26 in the autumn.",
        "Three cop cars blocked the road.",
    ],
)
def test_look_alikes_of_units_and_currencies_are_not_money_or_mass(nlp, text):
    assert not any(c.value.dimension.startswith(("money", "mass")) for c in figures(nlp, text))


def test_torque_is_not_mass(nlp):
    value = only(nlp, "The diesel makes 440 lb-ft at low revs.").value
    assert (value.dimension, value.stated.unit) == ("torque", "lb-ft")


def test_sides_of_a_size_are_metres_not_millions(nlp):
    found = figures(nlp, "The new hall measures 40m by 60m.")
    assert [(c.value.dimension, c.value.stated.value, c.value.stated.unit) for c in found] == [
        ("length", 40, "m"), ("length", 60, "m")]
    assert only(nlp, "The club paid £40m for the winger.").value.dimension == "money:GBP"


# ---------------------------------------------------------------- misreads


def test_a_year_old_written_with_a_space_is_an_age(nlp):
    assert only(nlp, "A 17 year-old was detained at the station.").value.dimension == "age"


def test_consecutive_years_are_a_duration_not_an_age(nlp):
    assert only(nlp, "She has won 12 consecutive years at the show.").value.dimension == "duration"


def test_a_game_clock_is_a_duration_not_a_time_of_day(nlp):
    value = only(nlp, "He scored with 3:15 left in the third quarter.").value
    assert (value.dimension, value.interval.low, value.stated.text) == ("duration", 195, "3:15")


def test_an_address_block_is_not_a_count(nlp):
    assert figures(nlp, "Officers went to the 900 block of Elm Avenue.") == []


def test_an_age_in_brackets_after_a_name(nlp):
    assert only(nlp, "Jonah Pruitt (12) was taken to hospital.").value.dimension == "age"


def test_a_change_word_that_is_what_the_figure_counts_makes_no_change(nlp):
    """"16 rebounds", "three gains": the noun the number counts is the measure, not a rise."""
    from factcheck.extract.quantities import quantities

    doc = nlp("Okafor finished with 25 points and 16 rebounds, and the fund booked three gains.")
    found = {q.text: q.change for s in doc.sents for q in quantities(s)}
    assert found.get("16 rebounds", "missing") is None


# ---------------------------------------------------------------- clock times as written


def test_a_clock_time_keeps_its_local_minutes_and_whether_its_zone_is_written(nlp):
    guessed = only(nlp, "The fire call came in at 3:30 a.m., officials said.").value.stated
    assert (guessed.value, guessed.unit) == (210, "local")
    written = only(nlp, "The fire call came in at 3:30 a.m. ET, officials said.").value.stated
    assert written.value == 210 and written.unit != "local"


def test_two_clock_times_with_guessed_zones_compare_as_written():
    from factcheck.normalize.values import quantity_difference
    from factcheck.types import Interval, Quantity, Stated

    def clock(utc: int, unit: str) -> Quantity:
        return Quantity(Interval(utc, utc, "exact"), "UTC", "clock_time", "time", "time",
                        stated=Stated("3:30 a.m.", 210, unit))

    # one "3:30 a.m." in two articles whose places gave two zones (UTC-9 and UTC-4)
    assert quantity_difference(clock(750, "local"), clock(450, "local")) is None
    # zones written in the text are not guesses: 3:30 a.m. in Anchorage and in New York differ
    assert quantity_difference(clock(750, "America/Anchorage"), clock(450, "America/New_York"))
    assert quantity_difference(clock(750, "local"), clock(450, "America/New_York"))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Several dozen countries signed the treaty.", 36, 119),
        ("A few hundred people marched on Sunday.", 200, 699),
        ("A couple of thousand fans waited outside.", 2000, 3999),
        ("Two dozen eggs broke.", 24, 24),
    ],
)
def test_a_vague_count_of_a_scale_is_not_the_scale_alone(nlp, text, low, high):
    value = only(nlp, text).value
    assert (value.interval.low, value.interval.high) == (low, high)


def test_a_win_loss_tally_is_no_range(nlp):
    assert not figures(nlp, "The club fired its coach after a disappointing 9-14 start.")
    assert not figures(nlp, "The visitors closed the half on a 15-2 run.")
    (weeks,) = figures(nlp, "Crews will start work in 3-4 weeks.")
    assert weeks.value.interval.qualifier == "range"


def test_a_bound_written_in_the_unit_compared_is_not_widened_past_its_threshold(nlp):
    from factcheck.normalize.values import quantity_difference
    # "more than 99%" is above 99: "98.8 percent" does not fit it, however "99" was rounded
    assert quantity_difference(_quantity(nlp, "More than 99% of voters backed it.").value,
                               _quantity(nlp, "Officials said 98.8 percent of voters backed it.").value) == "values differ"
    # a plain figure still widens by its last digit: "99%" and "98.8 percent" may be one share
    assert quantity_difference(_quantity(nlp, "Officials said 99% of voters backed it.").value,
                               _quantity(nlp, "Officials said 98.8 percent of voters backed it.").value) is None
    # converted, a bound widens: "more than 20 miles" and "32 km" may be one distance
    assert quantity_difference(_quantity(nlp, "The town lies more than 20 miles away.").value,
                               _quantity(nlp, "The town lies 32 km away.").value) is None


@pytest.mark.parametrize("text, measure_class", [
    ("At least 70 protesters were hospitalized.", "hospitalized"),
    ("Five people were taken to hospital.", "hospitalized"),
    ("Twenty-seven people were taken to hospital with injuries.", "wounded"),
    ("More than 60 people were injured.", "wounded"),
])
def test_the_hospitalized_are_counted_apart_from_the_wounded(nlp, text, measure_class):
    # a part of the wounded, counted at another place and moment: "300 hospitalized" / "352 injured"
    assert only(nlp, text).value.measure_class == measure_class
