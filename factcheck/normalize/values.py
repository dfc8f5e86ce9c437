"""Whether two normalized values can be the same truth, and why not.

Shared by align (repeats, rivals, pair scores) and compare (verdicts): a value question,
not a stage, so it lives beside the normalizers whose values it compares.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..types import Claim, Event, Interval, Quantity, Quote
from .events import event_difference
from .intervals import compatible
from .quote_differences import substantive_difference
from .speakers import same_speaker


def values_agree(a: Claim, b: Claim) -> bool:
    """Whether two claims' values can be the same truth (``difference`` says why not)."""
    return difference(a, b) is None


def difference(a: Claim, b: Claim) -> str | None:
    """Why two aligned claims cannot both be right, in a few words; None when they agree.

    Figures: intervals (widened by the precision written) that cannot hold one value.
    Quotes: the same words given to different speakers, or a number, negation or
    name that differs. Events: opposite polarity, or a different actor, object or place.
    """
    return value_difference(a.value, b.value)


#: Values compared, remembered: wire copy repeats one value across many articles, and align
#: and compare ask about every pair of a fact (bench/scale.py: the same question, thousands of times).
VALUE_PAIRS_REMEMBERED = 1 << 16


@lru_cache(maxsize=VALUE_PAIRS_REMEMBERED)
def value_difference(va: Quantity | Quote | Event, vb: Quantity | Quote | Event) -> str | None:
    """``difference`` of two values."""
    if isinstance(va, Quantity) and isinstance(vb, Quantity):
        return quantity_difference(va, vb)
    if isinstance(va, Quote) and isinstance(vb, Quote):
        if same_speaker(va.speaker, vb.speaker) is False:
            return f"speaker: {va.speaker} vs {vb.speaker}"
        return substantive_difference(va.content, vb.content)
    if isinstance(va, Event) and isinstance(vb, Event):
        return event_difference(va, vb)
    return None if va == vb else "values differ"


def quantity_difference(va: Quantity, vb: Quantity) -> str | None:
    """Why two figures cannot both be right, or None.

    A rise and a fall of one measure conflict ("rose 5%" vs "fell 5%"), and so do "rose to 18"
    and "fell to 18"; a change is then compared by its size, whatever sign it is written with
    ("fell 1.3%" and "-1.3%" agree). A ``to`` or ``from`` figure is a level: "rose to 18" and
    "18" agree. A change against a level is compared by size, as figures were before they
    carried a direction (``same_reading`` tells whether they should be joined at all).
    """
    va, vb = as_compared(va, vb)
    if va.change and vb.change and va.role == vb.role and va.change != vb.change:
        return f"direction differs: {va.change} vs {vb.change}"
    if _is_delta(va) or _is_delta(vb):
        return None if compatible(_size(_widened(va)), _size(_widened(vb))) else "values differ"
    if _different_digits(va, vb):
        return "values differ"
    if compatible(_widened(va), _widened(vb)) or _bound_at_round(va, vb) or _bound_at_round(vb, va):
        return None
    return "values differ"


def _different_digits(va: Quantity, vb: Quantity) -> bool:
    """Two plain figures written in one unit to the same last digit, and different: "8.8" and
    "8.9" (magnitudes), "12 miles" and "13 miles". Widened by half their last digit, the two
    only touch; no rounding or conversion makes one the other. (A converted figure, a figure
    written to another digit, "22 billion" / "22.1 billion", or a bound is left to ``compatible``.)"""
    a, b = va.interval, vb.interval
    return (a.qualifier == b.qualifier == "exact" and bool(va.precision) and va.precision == vb.precision
            and va.stated is not None and vb.stated is not None and va.stated.unit == vb.stated.unit
            and not va.dimension.startswith(("clock_time", "date")) and va.change is None and vb.change is None
            and a.low == a.high and b.low == b.high and a.low != b.low)


#: A whole count written to the thousand ("10,000 gathered", "2,000 troops") is rounded by whoever
#: wrote it: "more than 10,000" of another report is the same estimate, not a higher one. Below
#: (100, 250) a figure may be exact: "100 killed" / "more than 100 killed" stay two counts.
ROUND_COUNT = 1000


def _bound_at_round(bound: Quantity, figure: Quantity) -> bool:
    """A bound at the very figure another report gives as a round count ("more than 10,000
    people" / "10,000 gathered", "fewer than 2,000" / "2,000"): the bound's own end excluded, the
    two are the same estimate."""
    iv, other = bound.interval, figure.interval
    if iv.qualifier not in ("more_than", "less_than") or other.qualifier != "exact" or figure.unit is not None \
            or bound.unit is not None or other.low is None or other.low != other.high:
        return False
    end = iv.low if iv.qualifier == "more_than" else iv.high
    return end == other.low and other.low >= ROUND_COUNT and other.low % ROUND_COUNT == 0


def as_compared(va: Quantity, vb: Quantity) -> tuple[Quantity, Quantity]:
    """Two figures as they are compared: two clock times whose zones are both guessed, or one on
    no known clock and one whose zone is written, on the clocks they were written in; anything
    else as it is."""
    if zone_guessed(va) and zone_guessed(vb) or _one_unplaced(va, vb):
        return _as_written(va), _as_written(vb)
    return va, vb


def _one_unplaced(va: Quantity, vb: Quantity) -> bool:
    """A clock time on no known clock ("4:17 a.m." in a report placed nowhere) and one whose zone
    is written ("4:17 am PST")."""
    return _no_clock(va) and _written_zone(vb) or _no_clock(vb) and _written_zone(va)


def zone_guessed(value: Quantity) -> bool:
    """A clock time with no zone written ("3:30 a.m."), its UTC minute guessed from the article's
    place: two articles placed differently would put one moment at two UTC minutes."""
    stated = value.stated
    return value.dimension.startswith("clock_time") and stated is not None and stated.unit == "local"


def _as_written(value: Quantity) -> Quantity:
    """A clock time on the clock it was written in (minutes after midnight, local)."""
    assert value.stated is not None and isinstance(value.stated.value, int | float)
    shift = value.stated.value - (value.interval.low + value.interval.high) / 2
    interval = Interval(value.interval.low + shift, value.interval.high + shift, value.interval.qualifier)
    return replace(value, interval=interval)


def same_reading(va: Quantity, vb: Quantity) -> bool:
    """Whether two figures of one measure say the same kind of thing, so that comparing them
    is meaningful: both changes (deltas) or both levels, and not an earlier level (``from``)
    against a later or current one: align keeps "rose 5%" and "5%" apart with it. A clock time on
    no known clock ("3:33 a.m." in a report placed nowhere) is compared with one whose zone is
    written only when the two read the same ("4:17 a.m." / "4:17 am PST": one moment, most likely,
    its zone left out); "3:33 a.m." / "1 p.m. ET" may be one moment on two clocks, or two, and are
    never joined, so they never conflict."""
    if _is_delta(va) != _is_delta(vb):
        return False
    if _one_unplaced(va, vb) and not _same_clock_reading(va, vb):
        return False
    return (va.role == "from") == (vb.role == "from")


def _same_clock_reading(va: Quantity, vb: Quantity) -> bool:
    """Two clock times whose words read the same minute, whatever clock each is on."""
    return va.stated is not None and vb.stated is not None and va.stated.value == vb.stated.value


def _no_clock(value: Quantity) -> bool:
    return value.dimension == "clock_time:unresolved"


def _written_zone(value: Quantity) -> bool:
    """A clock time whose zone the text writes ("06:00 GMT", "1 p.m. ET")."""
    return value.dimension.startswith("clock_time") and not zone_guessed(value)


def _is_delta(value: Quantity) -> bool:
    """A change by an amount ("rose 6.5%", "down 3"), not a level reached ("rose to 18")."""
    return value.change is not None and value.role is None


def _size(iv: Interval) -> Interval:
    """A change's size, its sign dropped: "-1.3%" is a fall of 1.3 %."""
    if iv.high is not None and iv.high <= 0:
        return Interval(-iv.high, None if iv.low is None else -iv.low, _MIRRORED.get(iv.qualifier, iv.qualifier))
    return iv


#: A bound's qualifier once the sign is dropped: "less than -5" is "more than 5" in size.
_MIRRORED = {"at_least": "at_most", "at_most": "at_least", "more_than": "less_than", "less_than": "more_than"}


def _widened(value: Quantity) -> Interval:
    """The interval widened by the precision written, both ends; but the end of a bound written in
    the unit compared is the threshold said, not a rounded figure: "more than 99%" is above 99,
    and "98.8 percent" does not fit it (converted, "more than 20 miles" in km, it widens)."""
    iv, p = value.interval, value.precision
    if not p:
        return iv
    as_written = value.stated is not None and value.stated.unit == value.unit
    low = None if iv.low is None else iv.low - (0 if as_written and iv.qualifier in _LOW_BOUNDS else p)
    high = None if iv.high is None else iv.high + (0 if as_written and iv.qualifier in _HIGH_BOUNDS else p)
    return Interval(low, high, iv.qualifier)


_LOW_BOUNDS = frozenset({"more_than", "at_least"})
_HIGH_BOUNDS = frozenset({"less_than", "at_most"})


def stated_figure(value: Quantity) -> float:
    """The figure a report states: "at least 10" states 10, "about 200" 200, "up to 120" 120."""
    low, high = value.interval.low, value.interval.high
    if low is None or high is None:
        return low if high is None else high
    return (low + high) / 2 if value.interval.qualifier in ("approx", "range") else low


