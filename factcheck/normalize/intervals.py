"""Amount phrases normalized to intervals, and whether two intervals can be one value.

``parse_amount`` reads a whole amount phrase with its qualifier ("at least 137", "between
30,000 and 60,000", "nearly 200") into an ``Interval``, its numbers read by ``numbers.py``;
``compatible`` says whether two intervals can describe one value. docs/amounts.md explains
every tolerance below.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import lru_cache

from factcheck.types import Interval

from .numbers import SCALE_SUFFIXES, WORD_SCALES, clean, parse_number, vague_amount

# --- Tolerances (the fixtures calibrate these; keep them here) ---------------

#: "about/roughly/some N" allows N ± max(APPROX_TOLERANCE * N, one unit of N's last
#: written digit). 10 %: news rounds an approximate count to its first one or two
#: digits, so "about 200" is written for 180-220 (a true 170 is "about 170"), and
#: the product issue needs "roughly 200" to stay clear of "dozens" (<= 99). The
#: last-digit floor keeps small counts sensible: "about 5" is 4-6, not 4.5-5.5.
APPROX_TOLERANCE = 0.10

#: With ``compatible(rounding=True)`` (measures with units, converted to one
#: canonical unit) every finite bound is widened by half a unit of its last digit
#: plus this fraction of itself. The half-digit covers the side written in the
#: canonical unit ("32 km" is 31.5-32.5); 2 % covers the rounding of the side that
#: was converted, whose written digits are lost: a figure of two significant
#: digits or more ("36 miles", "58 km") is off by at most 0.5/25 = 2 % when >= 25,
#: and the half-digit of the other side covers smaller figures ("20 miles" =
#: 32.19 km vs "32 km"). Large enough for news conversions, small enough that
#: "20 miles" vs "30 km" still conflicts.
ROUNDING_REL_TOLERANCE = 0.02

# --- Amount phrases --------------------------------------------------------------

#: Qualifier words before a number -> how they bound it. "nearly N" is an
#: approximation from below, (N - tolerance, N), closed at N because news writes
#: "nearly 200" of a count another outlet rounds to 200; its qualifier is "approx"
#: ("at_most" would read as "up to", which is not what it says). "just over N" is
#: more_than N with the approximate tolerance as its high bound.
_PREFIX_KINDS = {
    "exact": "exactly|precisely|a total of|total of|another|a further|an additional|additional|"
             "just|only|a mere|merely",
    "approx": "about|around|roughly|approximately|approx|approx.|some|an estimated|estimated|est.|"
              "circa|c.|ca.|more or less|in the region of|on the order of|in the order of|"
              "an approximate|round about",
    "nearly": "nearly|almost|close to|just shy of|just short of|not quite|approaching|getting on for",
    "just_over": "just over|just above|just more than|slightly more than|slightly over|a little over|"
                 "a little more than|a shade over",
    "just_under": "just under|just below|just less than|just fewer than|slightly less than|"
                  "slightly fewer than|a little under|a little less than|a shade under",
    "more_than": "more than|over|above|in excess of|upwards of|well over|well above|"
                 "well in excess of|greater than|exceeding|north of",
    "at_least": "at least|no fewer than|no less than|not less than|not fewer than|a minimum of|"
                "at a minimum|as few as",
    "at_most": "up to|at most|no more than|not more than|a maximum of|at the most|as many as|"
               "as much as|as high as",
    "less_than": "fewer than|less than|under|below|well under|well below",
}
_PREFIXES = {phrase: kind for kind, phrases in _PREFIX_KINDS.items() for phrase in phrases.split("|")}
#: The words written before a number that qualify it, as ``parse_amount`` reads them: extract
#: takes them into a figure's amount from this one list.
QUALIFIER_PHRASES: frozenset[str] = frozenset(_PREFIXES)
_PREFIX_RE = re.compile("(" + "|".join(re.escape(p) for p in sorted(_PREFIXES, key=len, reverse=True)) + ") (.+)")
_SUFFIX_QUALIFIERS = [
    (re.compile(r"(.+?)(?: ?\+| ?plus| or more| and more| and counting| or above| or over| and over| and above|"
                r" and older| or older| and up| or greater| or higher| or larger| and higher)"), "at_least"),
    (re.compile(r"(.+?)(?: or so| or thereabouts|[ -]odd|ish| give or take)"), "approx"),
    (re.compile(r"(.+?)(?: or fewer| or less| or under| at most| at the most| and under| and below| and younger|"
                r" or younger| or below| or lower| or smaller)"), "at_most"),
]
#: Words after a number that mean "additional", not a qualifier: "Hundreds more are wounded".
_ADDITIONAL_RE = re.compile(r"(.+?)(?<! or)(?<! and) (?:more|others|additional|extra)")
_RANGE_SEPARATORS = [re.compile(r" to | through | or "), re.compile(r" ?- ?")]
_SCALES_ALONE = "|".join(w for w in WORD_SCALES if w != "dozen")  # "2 dozen" ends in no scale of its own
_SCALE_END_RE = re.compile(rf"(?:\d|\s)({'|'.join(SCALE_SUFFIXES)}|{_SCALES_ALONE})$")
_SCALE_VALUES = {**SCALE_SUFFIXES, **WORD_SCALES}


@lru_cache(maxsize=8192)
def parse_amount(text: str) -> Interval | None:
    """The interval an amount phrase allows, qualifier words included, unit excluded.

    "137" -> (137, 137, exact); "at least 137" -> (137, None, at_least); "over
    50,000" -> (50000, None, more_than); "about 200" -> (180, 220, approx);
    "nearly 200" -> (180, 200, approx); "up to 120" -> (None, 120, at_most);
    "fewer than 10" -> (None, 10, less_than); "between 30,000 and 60,000" ->
    (30000, 60000, range); "hundreds" / "hundreds more" -> (200, 999, approx).
    None when ``text`` is not an amount.
    """
    s = clean(text)
    if m := _ADDITIONAL_RE.fullmatch(s):
        s = m.group(1)
    return _amount(s) if s else None


def _amount(s: str) -> Interval | None:
    if m := _PREFIX_RE.fullmatch(s):
        inner = _amount(m.group(2))
        return _qualify(_PREFIXES[m.group(1)], inner) if inner else None
    for pattern, kind in _SUFFIX_QUALIFIERS:
        if (m := pattern.fullmatch(s)) and (inner := _amount(m.group(1).rstrip(" -"))):
            return _qualify(kind, inner)
    return _core(s)


def _core(s: str) -> Interval | None:
    """A bare number, vague amount or range."""
    side = _side(s)
    if side is None:
        return _range(s)
    return Interval(side[0], side[1], "exact" if side[2] else "approx")


def _side(s: str) -> tuple[float, float, bool] | None:
    """(low, high, is_exact) of a number or a vague amount."""
    n = parse_number(s)
    if n is not None:
        return n, n, True
    vague = vague_amount(s)
    return (vague[0], vague[1], False) if vague and vague[1] is not None else None


def _range(s: str) -> Interval | None:
    """ "30,000 to 60,000", "30-60", "two or three", "between X and Y", "from X to Y"."""
    if s.startswith("between "):
        s, separators = s[8:], [re.compile(r" and "), re.compile(r" ?- ?")]
    else:
        s = s.removeprefix("from ")
        separators = _RANGE_SEPARATORS
    for sep in separators:
        # Right to left, so that "and"/"-" inside a number on the left stay there:
        # "between one hundred and fifty and two hundred".
        for m in reversed(list(sep.finditer(s))):
            left_text, right_text = s[: m.start()], s[m.end() :]
            left, right = _side(left_text), _side(right_text)
            if left is None or right is None or m.start() == 0:
                continue
            low, high = left[0], right[1]
            scale_end = _SCALE_END_RE.search(right_text)
            if scale_end and not _SCALE_END_RE.search(left_text) and left[2]:
                # "30 to 40 million": the scale of the right side is shared, unless
                # that would overshoot ("500 to 1 million").
                scaled = low * _SCALE_VALUES[scale_end.group(1)]
                low = scaled if scaled <= high else low
            if low <= high:
                return Interval(low, high, "range")
    return None


def _last_digit_unit(v: float) -> float:
    """One unit of the last digit of ``v`` as written: 1 for 32, 0.1 for 1.5."""
    if not math.isfinite(v):
        return 0.0
    if v == int(v):
        return 1.0
    return float(Decimal(1).scaleb(Decimal(repr(v)).normalize().as_tuple().exponent))


def _approx_tolerance(n: float) -> float:
    return max(APPROX_TOLERANCE * abs(n), _last_digit_unit(n))


def _below(n: float, tol: float) -> float:
    # A count never goes below zero; a temperature may.
    return max(0.0, n - tol) if n >= 0 else n - tol


def _qualify(kind: str, iv: Interval) -> Interval | None:
    """Apply a qualifier (see ``_PREFIXES``) to an amount already parsed."""
    if kind == "exact":
        return iv
    if iv.qualifier == "exact":
        n = iv.low
        tol = _approx_tolerance(n)
        return {
            "approx": Interval(_below(n, tol), n + tol, "approx"),
            "nearly": Interval(_below(n, tol), n, "approx"),
            "just_over": Interval(n, n + tol, "more_than"),
            "just_under": Interval(_below(n, tol), n, "less_than"),
            "more_than": Interval(n, None, "more_than"),
            "at_least": Interval(n, None, "at_least"),
            "at_most": Interval(None, n, "at_most"),
            "less_than": Interval(None, n, "less_than"),
        }[kind]
    low, high = iv.low, iv.high
    if kind in ("approx", "nearly"):
        if iv.qualifier != "range":
            return iv  # "about hundreds": already approximate
        return Interval(_below(low, _approx_tolerance(low)), high + _approx_tolerance(high), "range")
    if kind in ("more_than", "just_over", "at_least"):
        return Interval(low, None, "at_least" if kind == "at_least" else "more_than") if low is not None else None
    return Interval(None, high, "at_most" if kind == "at_most" else "less_than") if high is not None else None


# --- Compatibility ---------------------------------------------------------------


def _bounds(iv: Interval, rounding: bool) -> tuple[float, bool, float, bool]:
    """(low, low_open, high, high_closed) with infinities for open ends."""
    low = float("-inf") if iv.low is None else iv.low
    high = float("inf") if iv.high is None else iv.high
    if rounding:  # infinite ends stay infinite
        low -= 0.5 * _last_digit_unit(low) + ROUNDING_REL_TOLERANCE * abs(low)
        high += 0.5 * _last_digit_unit(high) + ROUNDING_REL_TOLERANCE * abs(high)
    return low, iv.qualifier == "more_than", high, iv.qualifier != "less_than"


def compatible(a: Interval, b: Interval, *, rounding: bool = False) -> bool:
    """Whether ``a`` and ``b`` can describe the same true value (symmetric).

    Bounds are closed, except the low bound of "more_than" and the high bound of
    "less_than". Two exact counts agree only when equal. With ``rounding=True``
    (measures, both in one canonical unit) each bound is first widened by half a
    unit of its last digit plus ``ROUNDING_REL_TOLERANCE`` of itself, so "20 miles"
    (32.19 km) agrees with "32 km".
    """
    a_low, a_low_open, a_high, a_high_closed = _bounds(a, rounding)
    b_low, b_low_open, b_high, b_high_closed = _bounds(b, rounding)
    # The intersection; on a tie the open bound wins (True > False, False < True).
    low, low_open = max((a_low, a_low_open), (b_low, b_low_open))
    high, high_closed = min((a_high, a_high_closed), (b_high, b_high_closed))
    # A float epsilon keeps 2/3 and 0.6666666666666666 (and 1.2e9 computed two ways) equal;
    # relative 1e-12 is far above float error and far below one in a trillion.
    eps = 1e-12 * max([1.0] + [abs(v) for v in (low, high) if math.isfinite(v)])
    if abs(low - high) <= eps:  # widened bounds that still meet only at a point touch: agree
        return rounding or (not low_open and high_closed)
    return low < high


_UPPER = frozenset({"at_most", "less_than"})
_LOWER = frozenset({"at_least", "more_than"})


def far_inside(x: Interval, y: Interval, factor: float) -> bool:
    """Whether one of two compatible amounts merely fits the other: a plain or hedged figure
    ``factor`` times inside a one-sided bound ("up to 450" / "87", "more than two days" / "one
    week"), two bounds one way ``factor`` times apart ("at least 12" / "at least 127"), or two
    bounds facing each other that far apart ("more than 40" / "as many as 600": anything between)."""
    for one, other in ((x, y), (y, x)):
        if one.qualifier in _LOWER and other.qualifier in _UPPER and one.low and other.high:
            return other.high >= factor * one.low
        if one.qualifier in _LOWER and other.qualifier in _LOWER and one.low and other.low:
            return max(one.low, other.low) >= factor * min(one.low, other.low)
        if one.qualifier in _UPPER and other.qualifier in _UPPER and one.high and other.high:
            return max(one.high, other.high) >= factor * min(one.high, other.high)
        if other.qualifier not in ("exact", "approx") or other.low is None or other.high is None:
            continue
        if one.qualifier in _UPPER and one.high and other.high * factor <= one.high:
            return True
        if one.qualifier in _LOWER and one.low and other.low >= factor * one.low:
            return True
    return False
