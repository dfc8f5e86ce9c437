"""Whether two normalized values can be the same truth, and why not.

Shared by align (repeats, rivals, pair scores) and compare (verdicts): a value question,
not a stage, so it lives beside the normalizers whose values it compares.
"""

from __future__ import annotations

from functools import lru_cache

from ..types import Claim, Event, Interval, Quantity, Quote
from .events import event_difference
from .numbers import compatible
from .quotes import substantive_difference
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
        return None if compatible(_widened(va), _widened(vb)) else "values differ"
    if isinstance(va, Quote) and isinstance(vb, Quote):
        if same_speaker(va.speaker, vb.speaker) is False:
            return f"speaker: {va.speaker} vs {vb.speaker}"
        return substantive_difference(va.content, vb.content)
    if isinstance(va, Event) and isinstance(vb, Event):
        return event_difference(va, vb)
    return None if va == vb else "values differ"


def _widened(value: Quantity) -> Interval:
    iv, p = value.interval, value.precision
    if not p:
        return iv
    return Interval(None if iv.low is None else iv.low - p, None if iv.high is None else iv.high + p, iv.qualifier)


def stated_figure(value: Quantity) -> float:
    """The figure a report states: "at least 10" states 10, "about 200" 200, "up to 120" 120."""
    low, high = value.interval.low, value.interval.high
    if low is None or high is None:
        return low if high is None else high
    return (low + high) / 2 if value.interval.qualifier in ("approx", "range") else low


