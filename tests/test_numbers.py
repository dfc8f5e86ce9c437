"""Numbers, vague amounts, amount phrases and interval compatibility."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.normalize.intervals import APPROX_TOLERANCE, compatible, parse_amount
from factcheck.normalize.numbers import PLURAL_SCALES, VAGUE_WORDS, parse_number, vague_amount
from factcheck.types import Interval

FAST = settings(max_examples=150, deadline=None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("137", 137), ("30,000", 30_000), ("1,500,000", 1_500_000), ("1.5", 1.5),
        ("1.5 million", 1_500_000), ("2bn", 2e9), ("1.2bn", 1.2e9), ("1.2 bn", 1.2e9),
        ("30k", 30_000), ("$5m".removeprefix("$"), 5e6), ("2 dozen", 24),
        ("thirteen", 13), ("Thirteen", 13), ("twenty-one", 21), ("twenty one", 21),
        ("a dozen", 12), ("half a dozen", 6), ("a hundred", 100), ("one hundred", 100),
        ("two hundred and fifty", 250), ("two hundred fifty", 250), ("one", 1),
        ("a million", 1e6), ("half a million", 5e5), ("two and a half million", 2.5e6),
        ("one hundred and twenty-five thousand", 125_000), ("half", 0.5),
        ("two-thirds", 2 / 3), ("a third", 1 / 3), ("three quarters", 0.75),
        ("a quarter of a million", 250_000), ("-5", -5), ("\u22125", -5), ("zero", 0),
        ("30\u202f000", 30_000), ("137.", 137),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["", "1,5", "1,50", "1,5000", "troops", "people", "one two", "nineteen ninety", "twenty twenty",
     "the third", "a", "hundreds", "dozens", "fifty and two", "a few", "5 m", "1.2.3", "million million"],
)
def test_parse_number_rejects(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("dozens", (24, 99)), ("Dozens", (24, 99)), ("scores", (40, 199)), ("hundreds", (200, 999)),
        ("thousands", (2000, 9999)), ("thousands of", (2000, 9999)), ("tens", (20, 99)),
        ("tens of thousands", (20_000, 99_999)), ("hundreds of thousands", (200_000, 999_999)),
        ("millions", (2e6, 1e7 - 1)), ("tens of millions", (2e7, 1e8 - 1)),
        ("several", (3, 9)), ("a few", (2, 6)), ("a handful", (2, 6)), ("a couple", (2, 3)),
        ("several hundred", (300, 999)), ("a few thousand", (2000, 6999)),
        ("a couple of hundred", (200, 399)), ("several dozen", (36, 119)),
        ("several hundred thousand", (300_000, 999_999)),
    ],
)
def test_vague_amount(text, bounds):
    assert vague_amount(text) == bounds


@pytest.mark.parametrize("text", ["many", "137", "a dozen", "troops", "tens of people", "hundreds of troops"])
def test_vague_amount_rejects(text):
    assert vague_amount(text) is None


def test_vague_tables_are_ordered():
    for low, high in VAGUE_WORDS.values():
        assert 0 < low <= high
    scales = sorted(PLURAL_SCALES.values())
    for smaller, larger in itertools.pairwise(scales):
        # "hundreds" and "thousands" do not overlap, and touch "tens of thousands"
        assert vague_amount(f"tens of {_plural(larger)}")[0] > 10 * smaller - 1


def _plural(scale: int) -> str:
    return next(word for word, value in PLURAL_SCALES.items() if value == scale)


Iv = Interval  # short, for the table below


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("137", Iv(137, 137, "exact")),
        ("at least 137", Iv(137, None, "at_least")),
        ("more than 50,000", Iv(50_000, None, "more_than")),
        ("over 50,000", Iv(50_000, None, "more_than")),
        ("up to 120", Iv(None, 120, "at_most")),
        ("as many as 120", Iv(None, 120, "at_most")),
        ("no more than 5", Iv(None, 5, "at_most")),
        ("at most 5", Iv(None, 5, "at_most")),
        ("fewer than 10", Iv(None, 10, "less_than")),
        ("less than 10", Iv(None, 10, "less_than")),
        ("under 10", Iv(None, 10, "less_than")),
        ("about 200", Iv(180, 220, "approx")),
        ("roughly 200", Iv(180, 220, "approx")),
        ("around 200", Iv(180, 220, "approx")),
        ("some 200", Iv(180, 220, "approx")),
        ("an estimated 200", Iv(180, 220, "approx")),
        ("approximately 200", Iv(180, 220, "approx")),
        ("about 5", Iv(4, 6, "approx")),
        ("nearly 200", Iv(180, 200, "approx")),
        ("almost 200", Iv(180, 200, "approx")),
        ("just over 10", Iv(10, 11, "more_than")),
        ("just under 10", Iv(9, 10, "less_than")),
        ("30,000 to 60,000", Iv(30_000, 60_000, "range")),
        ("30,000-60,000", Iv(30_000, 60_000, "range")),
        ("30,000 \u2013 60,000", Iv(30_000, 60_000, "range")),
        ("between 30,000 and 60,000", Iv(30_000, 60_000, "range")),
        ("from 30,000 to 60,000", Iv(30_000, 60_000, "range")),
        ("between one hundred and fifty and two hundred", Iv(150, 200, "range")),
        ("two or three", Iv(2, 3, "range")),
        ("30 to 40 million", Iv(30e6, 40e6, "range")),
        ("1.5-2bn", Iv(1.5e9, 2e9, "range")),
        ("500 to 1 million", Iv(500, 1e6, "range")),
        ("dozens to hundreds", Iv(24, 999, "range")),
        ("hundreds", Iv(200, 999, "approx")),
        ("hundreds more", Iv(200, 999, "approx")),
        ("Hundreds more", Iv(200, 999, "approx")),
        ("316 more", Iv(316, 316, "exact")),
        ("another 20", Iv(20, 20, "exact")),
        ("more than 60", Iv(60, None, "more_than")),
        ("tens of thousands", Iv(20_000, 99_999, "approx")),
        ("a dozen", Iv(12, 12, "exact")),
        ("more than a dozen", Iv(12, None, "more_than")),
        ("thirteen", Iv(13, 13, "exact")),
        ("two or more", Iv(2, None, "at_least")),
        ("60-plus", Iv(60, None, "at_least")),
        ("60+", Iv(60, None, "at_least")),
        ("60-odd", Iv(54, 66, "approx")),
    ],
)
def test_parse_amount(text, interval):
    got = parse_amount(text)
    assert got is not None
    assert got.qualifier == interval.qualifier
    for g, e in ((got.low, interval.low), (got.high, interval.high)):
        assert (g is None and e is None) or g == pytest.approx(e)


@pytest.mark.parametrize("text", ["", "troops", "people", "many", "60 to 30", "1,5", "more than", "about"])
def test_parse_amount_rejects(text):
    assert parse_amount(text) is None


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("at least 137", "137", True),  # the product issue's acceptance cases
        ("hundreds", "316", True),
        ("316", "361", False),
        ("roughly 200", "dozens", False),
        ("more than 50", "50", False),
        ("at least 50", "50", True),
        ("fewer than 50", "50", False),
        ("up to 50", "50", True),
        ("about 200", "190", True),
        ("nearly 200", "200", True),
        ("nearly 200", "201", False),
        ("30,000 to 60,000", "tens of thousands", True),
        ("30,000 to 60,000", "more than 60,000", False),
        ("a dozen", "dozens", False),
        ("several", "a few", True),
        ("two-thirds", "2/3", None),  # "2/3" is not parsed: skipped below
    ],
)
def test_compatible_examples(a, b, agree):
    ia, ib = parse_amount(a), parse_amount(b)
    if ia is None or ib is None:
        return
    assert compatible(ia, ib) is agree
    assert compatible(ib, ia) is agree


def test_compatible_rounding():
    km = 20 * 1.609344
    assert compatible(Iv(km, km, "exact"), Iv(32, 32, "exact"), rounding=True)
    assert not compatible(Iv(km, km, "exact"), Iv(32, 32, "exact"))
    assert not compatible(Iv(km, km, "exact"), Iv(30, 30, "exact"), rounding=True)
    miles36 = 36 * 1.609344
    assert compatible(Iv(58, 58, "exact"), Iv(miles36, miles36, "exact"), rounding=True)


# --- properties ---------------------------------------------------------------

QUALIFIERS = ["exact", "approx", "at_least", "more_than", "at_most", "less_than", "range"]
bound = st.none() | st.integers(-1000, 10**6).map(float) | st.floats(-1e6, 1e9, allow_nan=False)


@st.composite
def intervals(draw) -> Interval:
    low, high = draw(bound), draw(bound)
    if low is not None and high is not None and low > high:
        low, high = high, low
    return Interval(low, high, draw(st.sampled_from(QUALIFIERS)))


def _empty(iv: Interval) -> bool:
    # An open interval no wider than compatible's float epsilon is treated as empty.
    if iv.low is None or iv.high is None or iv.qualifier not in ("more_than", "less_than"):
        return False
    return iv.high - iv.low <= 1e-12 * max(1.0, abs(iv.low), abs(iv.high))


@FAST
@given(intervals(), intervals(), st.booleans())
def test_compatible_is_symmetric(a, b, rounding):
    assert compatible(a, b, rounding=rounding) == compatible(b, a, rounding=rounding)


@FAST
@given(intervals(), st.booleans())
def test_interval_compatible_with_itself(a, rounding):
    assert compatible(a, a, rounding=rounding) or _empty(a)


@FAST
@given(st.integers(0, 10**9), st.integers(1, 10**6))
def test_exact_against_bounds(n, d):
    exact = Interval(n, n, "exact")
    assert compatible(exact, Interval(n, None, "at_least"))
    assert compatible(exact, Interval(None, n, "at_most"))
    assert not compatible(exact, Interval(n, None, "more_than"))
    assert not compatible(exact, Interval(None, n, "less_than"))
    assert not compatible(exact, Interval(n + d, n + d, "exact"))
    assert compatible(exact, Interval(n - d, n + d, "range"))


@FAST
@given(intervals(), intervals())
@example(Interval(0.0, None, "exact"), Interval(-1.9421584893592782e-79, 1.9421584893592782e-79, "more_than"))
def test_rounding_only_widens(a, b):
    # the example: widened, two bounds that touch at a point below float noise once read as apart
    assert not compatible(a, b) or compatible(a, b, rounding=True)


# Prose templates -> the interval they must parse to (n <= m).
TEMPLATES = [
    ("{n}", lambda n, m: (n, n, "exact")),
    ("{n:,}", lambda n, m: (n, n, "exact")),
    ("exactly {n:,}", lambda n, m: (n, n, "exact")),
    ("at least {n:,}", lambda n, m: (n, None, "at_least")),
    ("no fewer than {n}", lambda n, m: (n, None, "at_least")),
    ("{n:,} or more", lambda n, m: (n, None, "at_least")),
    ("more than {n:,}", lambda n, m: (n, None, "more_than")),
    ("More than {n}", lambda n, m: (n, None, "more_than")),
    ("over {n:,}", lambda n, m: (n, None, "more_than")),
    ("in excess of {n:,}", lambda n, m: (n, None, "more_than")),
    ("up to {n:,}", lambda n, m: (None, n, "at_most")),
    ("as many as {n}", lambda n, m: (None, n, "at_most")),
    ("no more than {n:,}", lambda n, m: (None, n, "at_most")),
    ("fewer than {n:,}", lambda n, m: (None, n, "less_than")),
    ("less than {n}", lambda n, m: (None, n, "less_than")),
    ("under {n:,}", lambda n, m: (None, n, "less_than")),
    ("{n:,} to {m:,}", lambda n, m: (n, m, "range")),
    ("{n}-{m}", lambda n, m: (n, m, "range")),
    ("{n:,}\u2013{m:,}", lambda n, m: (n, m, "range")),
    ("{n:,} \u2013 {m:,}", lambda n, m: (n, m, "range")),
    ("between {n} and {m}", lambda n, m: (n, m, "range")),
    ("between {n:,} and {m:,}", lambda n, m: (n, m, "range")),
    ("from {n:,} to {m:,}", lambda n, m: (n, m, "range")),
    ("{n} or {m}", lambda n, m: (n, m, "range")),
]


@FAST
@given(st.integers(0, 10**8), st.integers(0, 10**6), st.sampled_from(TEMPLATES))
def test_prose_round_trip(n, k, template):
    phrase, expected = template
    m = n + k
    got = parse_amount(phrase.format(n=n, m=m))
    assert got == Interval(*expected(float(n), float(m)))


@FAST
@given(st.integers(0, 10**8), st.sampled_from(["about", "roughly", "around", "some", "an estimated"]))
def test_approx_round_trip(n, word):
    got = parse_amount(f"{word} {n:,}")
    assert got.qualifier == "approx"
    assert got.low <= n <= got.high
    half_width = max(APPROX_TOLERANCE * n, 1.0)
    assert got.high == pytest.approx(n + half_width)
    assert got.low == pytest.approx(max(0.0, n - half_width))


ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def to_words(n: int, british: bool) -> str:
    """An independent rendering of 0 <= n < 10**9 in words, to test the parser against."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    for size, name in ((10**6, "million"), (1000, "thousand"), (100, "hundred")):
        if n >= size:
            head, rest = divmod(n, size)
            words = f"{to_words(head, british)} {name}"
            if rest:
                words += (" and " if british and rest < 100 else " ") + to_words(rest, british)
            return words
    raise AssertionError(n)


@FAST
@given(st.integers(0, 10**9 - 1), st.booleans())
def test_number_words_round_trip(n, british):
    assert parse_number(to_words(n, british)) == n


@FAST
@given(st.integers(1, 9999), st.sampled_from([(" million", 10**6), ("m", 10**6), ("bn", 10**9),
                                                 (" billion", 10**9), ("k", 10**3)]))
def test_scaled_numbers(tenths, scale):
    word, factor = scale
    text = f"{tenths / 10:g}{word}"
    assert math.isclose(parse_number(text), tenths * factor / 10)


@FAST
@given(st.integers(1, 998), st.integers(1, 999), st.sampled_from(["million", "bn", "thousand"]))
def test_shared_scale_ranges(a, b, word):
    low, high = sorted((a, b))
    factor = {"million": 10**6, "bn": 10**9, "thousand": 10**3}[word]
    sep = " " if word != "bn" else ""
    got = parse_amount(f"{low} to {high}{sep}{word}")
    assert got == Interval(low * factor, high * factor, "range")


@FAST
@given(st.sampled_from(sorted(VAGUE_WORDS) + sorted(PLURAL_SCALES) + ["tens of thousands"]))
def test_vague_more_means_additional(word):
    assert parse_amount(f"{word} more") == parse_amount(word) == Interval(*vague_amount(word), "approx")


@pytest.mark.parametrize(("amount", "half"), [
    ("20", 0.5), ("1.2", 0.05), ("15,800", 50.0),
    # a number in words is as exact as in digits: "two decades" is 15-25 years, as "2 decades" is
    ("two", 0.5), ("twenty-one", 0.5), ("a dozen", 0.5), ("two million", 500000.0),
    # words that write no whole number have no digit to round
    ("half", 0.0), ("dozens", 0.0),
])
def test_written_precision(amount, half):
    from factcheck.normalize.claims import written_precision

    assert written_precision(amount) == half
