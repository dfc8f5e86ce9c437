"""Normalized values as a reader sees them in summaries and tables."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from ..types import Event, Quantity, Quote, Value
from .values import zone_guessed

_SIGNS = {"at_least": "≥ ", "more_than": "> ", "at_most": "≤ ", "less_than": "< ", "approx": "≈ "}
#: A stated figure's qualifier as shown: the same signs.
QUALIFIER_SIGNS = _SIGNS
#: How a change is shown before its figure: "up 6.5 %", "down to 12", "from 12".
CHANGE_WORDS = {("up", None): "up ", ("down", None): "down ", ("up", "to"): "up to ",
                ("down", "to"): "down to ", ("up", "from"): "up from ", ("down", "from"): "down from "}


_LARGE = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
#: Seconds per unit, largest first: durations are shown in the largest whole unit.
_DURATIONS = ((31_557_600, "years"), (86_400, "days"), (3_600, "hours"), (60, "minutes"), (1, "s"))


def number(v: float) -> str:
    """A figure with thousands separators and no spurious decimals: 32.19, 137, 30,000, 1.2 million."""
    for size, word in _LARGE:
        if abs(v) >= size:
            return f"{number(v / size)} {word}"
    if float(v).is_integer():
        return f"{int(v):,}"
    if abs(v) < 1:
        return f"{v:.3g}"  # "0.00161 km", not "0"
    digits = 0 if abs(v) >= 100 else 1 if abs(v) >= 10 else 2
    text = f"{v:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def describe_value(value: Value) -> str:
    """"≥ 137", "30,000–60,000", "32.19 km", "18:00 UTC", "2022-02-24", a quote's words."""
    if isinstance(value, Quantity):
        return _quantity(value)
    if isinstance(value, Quote):
        return f"{value.speaker or 'unknown speaker'}: “{value.content}”"
    if isinstance(value, Event):
        parts = [value.actor, ("not " if value.negated else "") + value.action, value.object]
        where = [f"in {value.place}" if value.place else None, value.time]
        return " ".join(p for p in (*parts, *where) if p)
    return str(value)


def shown_value(value: Value) -> str:
    """A value as a reader wants it in a summary or a reason: a figure as the text states it
    ("66 yd", "up 6.5 %", "4.2 billion USD"), not in its canonical unit ("0.0604 km"); dates,
    clock times, vague amounts ("hundreds") and other values as ``describe_value`` gives them."""
    if isinstance(value, Quantity) and zone_guessed(value):  # "03:30 local": its UTC minute is a guess
        written = bound_text(value, value.stated.value)
        return f"{QUALIFIER_SIGNS.get(value.interval.qualifier, '')}{written} local"
    if isinstance(value, Quantity) and value.dimension == "date" and (whole := _whole_year_or_month(value)):
        return whole  # "1967", "2008-12": the year or month written, not its first and last days
    if not isinstance(value, Quantity) or value.stated is None or value.stated.value is None \
            or value.dimension == "date" or value.dimension.startswith("clock_time") \
            or (value.dimension == "percent" and not value.stated.unit):
        return describe_value(value)
    written = value.stated.value
    figures = "–".join(number(v) for v in written) if isinstance(written, tuple | list) else number(written)
    if value.stated.unit:
        figures = f"{figures} {value.stated.unit}"
    sign = "" if value.interval.qualifier == "range" else QUALIFIER_SIGNS.get(value.interval.qualifier, "")
    return f"{CHANGE_WORDS.get((value.change, value.role), '')}{sign}{figures}"


def _whole_year_or_month(value: Quantity) -> str | None:
    """A date interval that is one whole year ("1967") or month ("2008-12"), as written so."""
    iv = value.interval
    if iv.qualifier not in ("exact", "range") or iv.low is None or iv.high is None:
        return None
    first, last = datetime.date.fromordinal(int(iv.low)), datetime.date.fromordinal(int(iv.high))
    after = last + datetime.timedelta(days=1)
    if first == datetime.date(first.year, 1, 1) and last == datetime.date(first.year, 12, 31):
        return str(first.year)
    if first.day == 1 and after.day == 1 and (last.year, last.month) == (first.year, first.month):
        return f"{first.year}-{first.month:02d}"
    return None


def shown_figures(values: Iterable[Quantity]) -> dict[str, tuple[str, Quantity]]:
    """Each distinct figure (by its canonical value, ``describe_value``) as the first to state it
    writes it, with that value: "66 yards" and "60.4 m" are one figure, shown "66 yd"."""
    figures: dict[str, tuple[str, Quantity]] = {}
    for value in values:
        figures.setdefault(figure_key(value), (shown_value(value), value))
    return figures


def figure_key(value: Quantity) -> str:
    """What makes two figures one in ``shown_figures``: the canonical value, but a clock time
    whose zone is guessed by how it is written ("3:30 a.m." placed in two zones is one figure)."""
    return shown_value(value) if zone_guessed(value) else describe_value(value)


def bound_text(value: Quantity, bound: float | None) -> str | None:
    """One end of a quantity's interval as the JSON report writes it for dates and times."""
    if bound is None:
        return None
    if value.dimension == "date":
        return datetime.date.fromordinal(int(bound)).isoformat()
    if value.dimension.startswith("clock_time"):
        return clock_text(bound)
    return number(bound)


def clock_text(minutes: float) -> str:
    """Minutes after midnight as a time of day: 1080 -> "18:00" (a day's wrap dropped)."""
    minutes = int(minutes) % (24 * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _quantity(value: Quantity) -> str:
    iv = value.interval
    low, high = bound_text(value, iv.low), bound_text(value, iv.high)
    if iv.qualifier in ("at_least", "more_than"):
        text = _SIGNS[iv.qualifier] + (low or "?")
    elif iv.qualifier in ("at_most", "less_than"):
        text = _SIGNS[iv.qualifier] + (high or "?")
    elif low == high:
        text = _SIGNS.get(iv.qualifier, "") + (low or "?")
    else:
        text = _SIGNS.get(iv.qualifier, "") + f"{low or '…'}–{high or '…'}"
    if value.dimension == "clock_time":
        return f"{text} UTC"
    if value.dimension == "clock_time:unresolved":
        return f"{text} (zone unknown)"
    if value.unit == "s" and value.dimension == "duration":
        return _duration(value)
    if value.unit and value.dimension not in ("date",):
        return f"{text} {value.unit}"
    return text


def _duration(value: Quantity) -> str:
    """A duration in the largest unit its figures fill: "3 years", "≤ 15 minutes"."""
    iv = value.interval
    largest = max(abs(v) for v in (iv.low, iv.high) if v is not None) if (iv.low or iv.high) else 0
    size, word = next(((s, w) for s, w in _DURATIONS if largest >= s), (1, "s"))
    scaled = Quantity(
        interval=type(iv)(None if iv.low is None else iv.low / size, None if iv.high is None else iv.high / size,
                          iv.qualifier),
        unit=word, dimension="duration:shown", measure=value.measure, measure_class=value.measure_class,
    )
    return _quantity(scaled)
