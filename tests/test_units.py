"""Units: parsing news spellings, conversion to canonical units, rounding agreement."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.normalize import units
from factcheck.normalize.intervals import compatible
from factcheck.normalize.units import Unit, parse_unit, to_canonical
from factcheck.types import Interval

FAST = settings(max_examples=150, deadline=None)
KM, KG, S = Unit("km", "length"), Unit("kg", "mass"), Unit("s", "duration")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        *[(t, KM) for t in ["miles", "mile", "mi", "km", "KM", "kilometres", "kilometers", "kms",
                           "metres", "meters", "m", "feet", "ft", "foot", "yards", "nautical miles",
                           "inches", "mi."]],
        *[(t, Unit("km/h", "speed")) for t in ["mph", "km/h", "kph", "miles per hour",
                                               "kilometres an hour", "knots"]],
        *[(t, S) for t in ["seconds", "minutes", "mins", "hours", "hrs", "days", "weeks", "months",
                          "years", "decades"]],
        *[(t, KG) for t in ["tonnes", "tons", "metric tons", "kg", "kilos", "pounds", "lbs", "ounces"]],
        *[(t, Unit("%", "percent")) for t in ["%", "percent", "per cent", "Per cent", "per-cent"]],
        ("percentage points", Unit("pp", "percentage_points")),
        ("percentage point", Unit("pp", "percentage_points")),
        *[(t, Unit("USD", "money:USD")) for t in ["$", "US$", "dollars", "U.S. dollars", "USD"]],
        *[(t, Unit("EUR", "money:EUR")) for t in ["€", "euros", "euro", "EUR"]],
        *[(t, Unit("GBP", "money:GBP")) for t in ["£", "sterling", "pounds sterling", "GBP"]],
        ("magnitude", Unit("magnitude", "magnitude")),
        *[(t, Unit("km**2", "area")) for t in ["acres", "hectares", "square miles", "sq km",
                                                "km²", "square kilometres", "Sq. km"]],
        *[(t, Unit("l", "volume")) for t in ["litres", "liters", "gallons", "barrels"]],
        *[(t, Unit("degC", "temperature")) for t in ["°C", "ºC", "° C", "degrees Celsius",
                                                     "°F", "degrees Fahrenheit", "kelvin"]],
    ],
)
def test_parse_unit(text, unit):
    assert parse_unit(text) == unit


@pytest.mark.parametrize("text", ["troops", "people", "", "in", "degrees", "points", "class", "killed", "bus"])
def test_parse_unit_rejects(text):
    assert parse_unit(text) is None


def test_pounds_are_mass_unless_money():
    assert parse_unit("pounds") == KG
    assert parse_unit("pounds", prefer_money=True) == Unit("GBP", "money:GBP")
    assert to_canonical(5, "pounds", prefer_money=True) == 5


@pytest.mark.parametrize(
    ("value", "text", "expected"),
    [
        (20, "miles", 32.18688), (32, "km", 32), (1500, "metres", 1.5), (1000, "feet", 0.3048),
        (60, "mph", 96.56064), (1, "hour", 3600), (3, "days", 259_200), (2, "weeks", 1_209_600),
        (5, "tonnes", 5000), (5, "tons", 5000), (1, "kg", 1), (100, "hectares", 1),
        (1, "square miles", 2.589988110336), (1, "litre", 1),
        (100, "°F", 37.7777777778), (212, "degrees Fahrenheit", 100), (32, "°F", 0),
        (0, "°C", 0), (-10, "°C", -10), (273.15, "kelvin", 0),
        (1.2e9, "$", 1.2e9), (5, "euros", 5), (3.5, "%", 3.5), (7.8, "magnitude", 7.8),
    ],
)
def test_to_canonical(value, text, expected):
    assert to_canonical(value, text) == pytest.approx(expected, rel=1e-9, abs=1e-9)


def test_to_canonical_rejects_non_units():
    with pytest.raises(ValueError):
        to_canonical(5, "troops")


def test_every_alias_converts_to_its_canonical_unit():
    for alias, entry in units._TABLE.items():
        if entry.pint_name is not None:
            assert isinstance(to_canonical(1.0, alias), float), alias
        assert parse_unit(alias) == entry.unit, alias


def test_import_does_not_build_pint():
    root = Path(__file__).resolve().parents[1]
    code = "import sys, factcheck.normalize.units, factcheck.normalize.intervals; print('pint' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _exact(v: float) -> Interval:
    return Interval(v, v, "exact")


def test_news_conversions_agree():
    assert compatible(_exact(to_canonical(20, "miles")), _exact(to_canonical(32, "km")), rounding=True)
    assert compatible(_exact(to_canonical(58, "km")), _exact(to_canonical(36, "miles")), rounding=True)
    assert not compatible(_exact(to_canonical(20, "miles")), _exact(to_canonical(30, "km")), rounding=True)
    assert compatible(_exact(to_canonical(100, "°F")), _exact(to_canonical(38, "°C")), rounding=True)


@FAST
@given(st.integers(1, 100_000), st.sampled_from([0, 1]))
def test_miles_agree_with_km_rounded_as_written(miles, decimals):
    km = to_canonical(miles, "miles")
    written = round(km, decimals)
    assert compatible(_exact(km), _exact(to_canonical(written, "km")), rounding=True)


@FAST
@given(st.integers(8, 100_000))
def test_km_agree_with_miles_rounded_as_written(km):
    # The miles figure is the converted side: its written digits are lost, and
    # ROUNDING_REL_TOLERANCE covers its rounding from about 8 km up.
    miles = round(km / 1.609344)
    assert compatible(_exact(float(km)), _exact(to_canonical(miles, "miles")), rounding=True)


@FAST
@given(st.integers(-60, 60))
def test_celsius_agree_with_fahrenheit_rounded_as_written(celsius):
    fahrenheit = round(celsius * 9 / 5 + 32)
    assert compatible(_exact(float(celsius)), _exact(to_canonical(fahrenheit, "°F")), rounding=True)


@FAST
@given(st.floats(0.001, 1e6, allow_nan=False), st.sampled_from(["miles", "feet", "tons", "mph", "acres", "°F"]))
def test_conversion_is_linear_and_repeatable(value, text):
    assert to_canonical(value, text) == to_canonical(value, text)
    zero = to_canonical(0, text)
    one = to_canonical(1, text) - zero
    assert to_canonical(value, text) - zero == pytest.approx(value * one, rel=1e-9)


def test_figures_written_to_one_digit_in_one_unit_and_different_differ():
    from factcheck.normalize.values import quantity_difference
    from factcheck.types import Interval, Quantity, Stated

    def magnitude(value: float, precision: float = 0.05, unit: str = "magnitude") -> Quantity:
        return Quantity(Interval(value, value, "exact"), "magnitude", "magnitude", "magnitude", "magnitude",
                        precision=precision, stated=Stated(str(value), value, unit))

    # widened by half their last digit, 8.8 and 8.9 only touch: two magnitudes, not one rounded
    assert quantity_difference(magnitude(8.8), magnitude(8.9)) is not None
    assert quantity_difference(magnitude(8.9), magnitude(8.9)) is None
    # written to another digit, one may be the other rounded: "9" and "8.9"
    assert quantity_difference(magnitude(9.0, precision=0.5), magnitude(8.9)) is None
