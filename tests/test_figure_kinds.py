"""Every kind of figure the issue on figures lists, several invented sentences each.

Each case gives, for every figure the sentence states, a short summary: the canonical
interval ("45..60 range" or one value when exact), the dimension, then the change when
there is one, and "[measure]" when the measure matters. A sentence whose numbers are
all identifiers expects no figure. The sentences are invented; none comes from a corpus.
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.normalize.claims import normalize
from factcheck.types import Article

pytestmark = pytest.mark.slow

CASES: dict[str, list[tuple[str, list[str]]]] = {
    "ranges": [
        ("Tickets cost between $45 and $60 at the door.", ["45..60 range money:USD"]),
        ("Analysts expect growth of 3% to 4% next year.", ["3..4 range percent up"]),
        ("Wages climbed 40 percent to 70 percent in a decade.", ["40..70 range percent up"]),
        ("The deal is worth $2-3 billion.", ["2e+09..3e+09 range money:USD"]),
        ("Homes there sell for anywhere from $450,000 to $1.2 million.", ["450000..1.2e+06 range money:USD"]),
        ("Costs could reach $1.5bn-$2bn.", ["1.5e+09..2e+09 range money:USD"]),
        ("The refit will cost £3m-£4m.", ["3e+06..4e+06 range money:GBP"]),
    ],
    "units": [
        ("The plant produces 450 MW of power.", ["450000 power"]),
        ("The car has a 75kWh battery.", ["75 energy"]),
        ("The broadband plan offers 500 Mbps.", ["500 data_rate"]),
        ("The phone comes with 128GB of storage.", ["128 information"]),
        ("The chip runs at 3.2GHz.", ["3.2 frequency"]),
        ("Each tablet contains 500mg of paracetamol.", ["0.0005 mass"]),
        ("The bottle holds 750mL of wine.", ["0.75 volume"]),
        ("The engine makes 300bhp.", ["223.71 power"]),
        ("Inflation rose to 4.5pc in March.", ["4.5 percent up"]),
        ("A loaf now costs 95p.", ["0.95 money:GBP"]),
        ("The phone has a 4,000 mAh battery.", ["4000 charge [charge]"]),
        ("The price of the 4,000 mAh model is $400.", ["4000 charge [charge]", "400 money:USD"]),
        ("The deepest 2,000 mAh cell weighs 45 grams.", ["2000 charge [charge]", "0.045 mass [mass]"]),
        ("The 60 GB drive has a top speed of 500 Mbps.", ["60 information [information]", "500 data_rate [speed]"]),
        ("The turbine delivers 12kW.", ["12 power"]),
        ("It was 40 °C in the shade.", ["40 temperature"]),
    ],
    "currencies": [
        ("The bank raised USD10m from investors.", ["1e+07 money:USD"]),
        ("The miner lost A$1.2 billion last year.", ["1.2e+09 money:AUD"]),
        ("The fund holds C$400 million in bonds.", ["4e+08 money:CAD"]),
        ("The project cost RM500 million.", ["5e+08 money:MYR"]),
        ("The club paid €80m for the striker.", ["8e+07 money:EUR"]),
        ("The company paid e80 million for the site.", ["8e+07 money:EUR"]),
        ("The club paid e25m for the winger.", ["2.5e+07 money:EUR"]),
        ("Brussels set aside e1.5 billion for farmers.", ["1.5e+09 money:EUR"]),
        ("The console sells for ¥30,000 in Tokyo.", ["30000 money:JPY"]),
        ("Revenue reached $4.2b in the quarter.", ["4.2e+09 money:USD"]),
        ("The firm was fined CHF 20 million.", ["2e+07 money:CHF"]),
        ("The project will cost Rs 500 crore.", ["5e+09 money:INR"]),
    ],
    "signs": [
        ("Shares moved -1.3% on the day.", ["-1.3 percent down"]),
        ("Output was +0.2% on the month.", ["0.2 percent up"]),
        ("The temperature fell to minus 40 degrees Celsius.", ["-40 temperature"]),
        ("Sales were down 3% from last year.", ["3 percent down"]),
        ("Exports were up 6.5% in June.", ["6.5 percent up"]),
        ("The temperature dropped to -12C overnight.", ["-12 temperature down"]),
        ("The temperature rose to +5C.", ["5 temperature up"]),
    ],
    "plain numbers": [
        ("The firm reported sales of 5835 units.", ["5835 count"]),
        ("The town has 4512 residents.", ["4512 count"]),
        ("Maddon, 66, retired after the season.", ["66 age"]),
        ("Hendricks, 41, was named coach on Monday.", ["41 age"]),
        ("Oyelaran, 29, joined the firm last year.", ["29 age"]),
        ("Carla Jensen, 52, of Dayton, was charged.", ["52 age"]),
    ],
    "fractions and multiples": [
        ("Three-quarters of voters backed the plan.", ["75 percent"]),
        ("One in five adults smokes.", ["20 percent"]),
        ("Profits rose sixfold.", ["6 multiple up"]),
        ("The new line carries twice as many passengers.", ["2 multiple"]),
        ("The army has 10-fold more drones.", ["10 multiple"]),
        ("The fund grew threefold.", ["3 multiple up"]),
        ("The firm makes sub-10 nanometre chips.", ["_..1e-11 less_than length"]),
    ],
    "identifiers": [
        ("The iPhone 11 Pro sells for $999.", ["999 money:USD"]),
        ("Boeing grounded the 737 Max after two crashes.", ["2 count"]),
        ("The BlackBerry Curve 8900 costs $300.", ["300 money:USD"]),
        ("Apple dropped the MagSafe 2 charger.", []),
        ("The S&P 500 fell 2% on Tuesday.", ["2 percent down"]),
        ("The Stoxx 50 rose 1.1 percent.", ["1.1 percent up"]),
        ("Mail for the 90210 ZIP code is delayed.", []),
        ("Homes in ZIP code 10027 lost power.", []),
        ("The fire broke out at 1423 Maple Avenue.", []),
        ("Police were called to the 600 block of Elm Street.", []),
        ("He pulled on his 23 jersey for the last time.", []),
        ("The striker will wear the No. 10 shirt.", []),
        ("The Airbus A320 seats 180 passengers.", ["180 count"]),
        ("Airstrikes killed 37 Taliban near the border.", ["37 count [killed]"]),
        # "a mother of 12" counts her children: one mother was killed, not twelve
        ("A mother of 12 was killed in a crossfire on Friday.", ["12 count [child]"]),
        ("The grandfather of nine ran the shop for years.", ["9 count [grandchild]"]),
        ("A father of four, 52, was arrested on Monday.", ["4 count [child]", "52 age"]),
        ("The bus stopped at 221B Baker Street.", []),
        # a house number before a street word in any case, or a name and a street word
        ("Gunmen stormed the hall at 12 boulevard Lindor.", []),
        # and past the particles a street's name starts with
        ("The cafe, 14 rue de la Lanterne - at least 5 dead in gun attacks", ["5.._ at_least count"]),
        ("The statement came from 10 Downing Street on Friday.", []),
        # numbers near names that stay figures
        ("Police said 3 Marines and 2 Britons were hurt.", ["3 count", "2 count"]),
        ("Crash Leaves 4 Dead On Highway", ["4 count"]),
        ("Deaths by state: Ohio, 12; Texas, 5.", ["12 count", "5 count"]),
        ("The shop sold 500 shirts in an hour.", ["500 count"]),
        ("Voting will close at 6:00 p.m. local time (1300 GMT) Sunday.",
         ["1080 clock_time:unresolved", "780 clock_time"]),
    ],
    "misreads": [
        ("The pool measures 50m by 25m.", ["0.05 length", "0.025 length"]),
        ("The carrier switched on its 5G network.", []),
        ("The engine delivers 586 lb-ft of torque.", ["794.509 torque"]),
        ("He scored with 7:42 left in the first half.", ["462 duration [clock]"]),  # a moment of the game
        ("He broke the mark with less than eight minutes to play in the half.", ["_..480 less_than duration [clock]"]),
        ("The visitors did not score again for almost eight minutes.", ["420..480 approx duration [duration]"]),
        ("A 15 year-old was arrested.", ["15 age"]),
        ("The singer died at the age of 84 of a heart attack.", ["84 age"]),  # the small model tags it a date
        ("He played 15 seasons in the league.", ["15 count"]),  # tagged a date too: it counts seasons
        ("The club has won for 21 consecutive years.", ["6.6271e+08 duration"]),
        ("It is one of the biggest banks in Asia.", []),
        ("The 17-inch laptop weighs 2 kg.", ["0.0004318 length", "2 mass"]),
        ("The phone has a 6.1-inch screen.", ["0.00015494 length"]),
        ("Brooklyn boy, 15, dies in crash.", ["15 age"]),
        ("Marlon Eason (10) was hit by a car.", ["10 age"]),
        ("The ban covers children under age 10.", ["_..10 less_than age"]),
        ("The camp is open to children ages 12 and under.", ["_..12 at_most age"]),
        ("Entry is free for visitors aged 65 and over.", ["65.._ at_least age"]),
        ("The program is for adults 18 and older.", ["18.._ at_least age"]),
        ("The children, aged 4 and 6, were unhurt.", ["4 age", "6 age"]),
        ("The storm dropped 5 inches of rain.", ["0.000127 length"]),
        ("The river dropped 5 feet overnight.", ["0.001524 length down"]),
        ("The law covers firms with 50 or fewer workers.", ["_..50 at_most count"]),
        ("The boat is 12m long.", ["0.012 length"]),
        ("The wall is 3m high.", ["0.003 length"]),
        ("Engineers will drill 700m down to reach the miners.", ["0.7 length"]),
        # "(2,200m)" is the height converted (not 2,200 million), so no second figure
        ("The pass lies at 7,260ft (2,200m) above sea level.", ["2.21285 length"]),
        ("The deal was worth 1,200m.", ["1.2e+09 count"]),
        ("She won the 400m freestyle in Beijing.", ["0.4 length"]),
        ("The firm will book the charge in its 2013 financial year.", []),  # a year named, no age
    ],
    # numbers that count nothing: codes, phone numbers, numbers dialled, a time stamp's digits
    "not figures": [
        ("The update, described in bulletin MS11-047, fixes the flaw.", []),
        ("Anyone with information is asked to call Sergeant Ilse Marr at 907-555-4817.", []),
        ("Call the Dravik office at 555-4817 or (907) 555-4817.", []),
        ("A neighbour called 911 when she heard the shots.", []),
        ("Police called 15 witnesses.", ["15 count"]),
        ("The station hired 250-1000 seasonal workers.", ["250..1000 range count"]),
        ("First Posted 23:37: 00 05 / 05 / 2014", []),
        ("11 / 10 / 13 02:39 PM ET", []),
        ("The team has played 07 games.", []),
        ("The outage began at around 08:30 on Tuesday.", ["480..540 approx clock_time:unresolved"]),
    ],
}


def _value(x: float | None) -> str:
    return "_" if x is None else f"{x:.6g}"


def summary(claim) -> str:
    """The figure in the cases' short form: "45..60 range money:USD", "66 age", "3 percent down"."""
    value, interval = claim.value, claim.value.interval
    if interval.qualifier == "exact" and interval.low == interval.high:
        core = _value(interval.low)
    else:
        core = f"{_value(interval.low)}..{_value(interval.high)} {interval.qualifier}"
    return f"{core} {value.dimension}" + (f" {value.change}" if value.change else "")


def figures(nlp, text: str) -> list:
    article = Article(id="a1", path="t.txt", text=text, source="t.txt")
    return [c for c in normalize(extract([article], [nlp(text)])).claims if c.kind == "quantity"]


def matches(claims: list, expected: list[str]) -> bool:
    """Whether the figures found are the ones expected, in order; "[measure]" checks the measure."""
    if len(claims) != len(expected):
        return False
    for claim, want in zip(claims, expected, strict=True):
        core, _, measure = want.partition(" [")
        if summary(claim) != core or (measure and claim.value.measure != measure.rstrip("]")):
            return False
    return True


@pytest.mark.parametrize(("kind", "text", "expected"),
                         [(kind, text, expected) for kind, cases in CASES.items() for text, expected in cases])
def test_figure_kind(nlp, kind, text, expected):
    found = figures(nlp, text)
    assert matches(found, expected), [(summary(c), c.value.measure) for c in found]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The project will cost Rs 500 crore.", 500, "crore INR"),
        ("Costs could reach $1.5bn-$2bn.", (1.5, 2), "billion USD"),
        ("The temperature dropped to -12C overnight.", -12, "°C"),
        ("The club paid e25m for the winger.", 25, "million EUR"),
    ],
)
def test_stated_form_of_new_kinds(nlp, text, value, unit):
    (claim,) = figures(nlp, text)
    assert (claim.value.stated.value, claim.value.stated.unit) == (value, unit)
