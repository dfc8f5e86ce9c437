"""Numbers and amount phrases as news prose writes them, normalized to intervals.

``parse_number`` reads one number ("30,000", "1.5 million", "2bn", "two hundred
and fifty", "half a dozen"); ``vague_amount`` reads a vague amount ("dozens",
"tens of thousands", "several hundred"); ``parse_amount`` reads a whole amount
phrase with its qualifier ("at least 137", "between 30,000 and 60,000") into an
``Interval``; ``compatible`` says whether two intervals can describe one value.
docs/amounts.md explains every table and tolerance below.

Number words are parsed here rather than with ``numerizer``: importing numerizer
imports spaCy (~0.7 s, and this module must stay spaCy-free), and it leaves
"a dozen", "half a dozen", "2bn" and "hundreds" ("100s") unparsed anyway.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import lru_cache

from factcheck.data import few_words, number_suffixes, number_words, plural_scales, scale_words, vague_words
from factcheck.types import Interval

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

#: Vague words -> (low, high) counts (data/vague_amounts.tsv gives each bound's reason).
VAGUE_WORDS: dict[str, tuple[int, int]] = vague_words()

#: Plural scale words: "hundreds" of S is 2S .. 10S - 1 (10S and up is "tens of S"
#: or the next scale), so "hundreds" is 200-999 and "thousands" 2,000-9,999.
PLURAL_SCALES: dict[str, int] = plural_scales()

# --- Number words ------------------------------------------------------------

_SMALL = {w: v for w, (v, kind) in number_words().items() if kind in ("unit", "teen")}
_TENS = {w: v for w, (v, kind) in number_words().items() if kind == "tens"}
_SCALES = {w: v for w, (v, kind) in number_words().items() if kind == "scale"}
#: Scale words allowed after a digit number ("1.5 million", "2 dozen").
_WORD_SCALES = scale_words()
#: Abbreviations of news copy attached to a number ("2bn", "$5m" with the "$" stripped by
#: the caller, "30k"). Some must be attached: "5 m" is five metres (data/number_suffixes.tsv).
_SUFFIXES = {suffix: value for suffix, (value, _) in number_suffixes().items()}
_APART = "|".join(suffix for suffix, (_, attached) in number_suffixes().items() if not attached)
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
                 "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

# Thousands groups are exactly three digits: "1,5" is not 1.5 here (an English-only
# tool; a European decimal comma would silently turn 1,5 into 15).
_DIGITS = r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+"
_DIGIT_RE = re.compile(rf"({_DIGITS})")
_SUFFIX_RE = re.compile(rf"({_DIGITS})({'|'.join(_SUFFIXES)})|({_DIGITS}) ?({_APART})")
_WORD_SCALE_RE = re.compile(rf"({_DIGITS}) ((?:(?:{'|'.join(_WORD_SCALES)}) ?)+)")
_GROUP_SPACE_RE = re.compile(r"(?<=\d)[\u00a0\u202f\u2009](?=\d{3}\b)")
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-"})


def _norm(text: str) -> str:
    """Lower-case text with plain dashes, single spaces and no trailing punctuation."""
    s = _GROUP_SPACE_RE.sub(",", text).translate(_DASHES).lower()
    return " ".join(s.split()).strip(" ,;:!?").removesuffix(".") if s else ""


def _dec(text: str) -> Decimal:
    # Decimal keeps "1.2bn" exactly 1_200_000_000 (1.2 * 1e9 in floats is not).
    return Decimal(text.replace(",", ""))


@lru_cache(maxsize=8192)
def parse_number(text: str) -> float | None:
    """The value of one number as news prose writes it, or None if ``text`` is not one.

    Digits ("30,000", "1.5"), digits with a scale ("1.5 million", "2bn", "30k"),
    number words ("thirteen", "twenty-one", "two hundred and fifty", "a million",
    "a dozen", "half a dozen") and fractions ("half", "two-thirds"). Currency
    signs are the caller's to strip.
    """
    s = _norm(text)
    if not s:
        return None
    if _DIGIT_RE.fullmatch(s):
        return float(_dec(s))
    if m := _SUFFIX_RE.fullmatch(s):
        digits, suffix = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        return float(_dec(digits) * _SUFFIXES[suffix])
    if m := _WORD_SCALE_RE.fullmatch(s):
        value = _dec(m.group(1))
        for word in m.group(2).split():
            value *= _WORD_SCALES[word]
        return float(value)
    tokens = s.replace("-", " ").split()
    value = _fraction(tokens)
    return value if value is not None else _words(tokens)


def _scale_product(tokens: list[str]) -> int | None:
    """The product of scale words ("hundred thousand" -> 100000), None if one is not."""
    product = 1
    for tok in tokens:
        if tok not in _WORD_SCALES:
            return None
        product *= _WORD_SCALES[tok]
    return product


def _fraction(tokens: list[str]) -> float | None:
    """ "half", "two thirds", "a quarter", "half a million", "a quarter million"."""
    if tokens[0] == "half":
        head, rest = 0.5, tokens[1:]
    elif len(tokens) >= 2 and tokens[1].rstrip("s") in _DENOMINATORS | {"halve": 2}:
        num = 1 if tokens[0] in ("a", "an") else _SMALL.get(tokens[0])
        plural = tokens[1].endswith("s")
        if not num or plural != (num > 1):  # "a third", "two thirds"; not "two third"
            return None
        den = _DENOMINATORS.get(tokens[1].rstrip("s")) or 2
        head, rest = num / den, tokens[2:]
    else:
        return None
    if rest[:1] == ["of"]:
        rest = rest[1:]
    if rest[:1] in (["a"], ["an"]):
        rest = rest[1:]
    if not rest:
        return head
    scale = _scale_product(rest)
    return head * scale if scale else None


#: Which token kind may follow which (None: at the start), for ``_words``.
_MAY_FOLLOW = {
    "unit": (None, "tens", "hundred", "scale", "and"),  # one .. nine
    "teen": (None, "hundred", "scale", "and"),  # zero, ten .. nineteen
    "tens": (None, "hundred", "scale", "and"),
    "hundred": (None, "unit", "teen", "tens", "half"),  # also "dozen"
    "scale": ("unit", "teen", "tens", "hundred", "half"),
    "and": ("hundred", "scale"),  # British "two hundred and fifty"
    "half": ("unit", "teen", "tens"),  # "two and a half million"
}


def _words(tokens: list[str]) -> float | None:
    """Cardinal number words ("two hundred and fifty thousand"), None if ungrammatical.

    Strict, so that look-alikes are rejected: "one two", "nineteen ninety".
    """
    toks = list(tokens)
    if toks[0] in ("a", "an"):
        if len(toks) < 2 or toks[1] not in _WORD_SCALES:
            return None
        toks[0] = "one"  # "a hundred", "a million", "a dozen"
    total, cur, last, prev_scale, i = 0.0, 0.0, None, float("inf"), 0
    while i < len(toks):
        tok = toks[i]
        if tok == "and" and toks[i + 1 : i + 3] in (["a", "half"], ["one", "half"]):
            kind, value, i = "half", 0.5, i + 2
        elif tok == "and":
            kind, value = "and", 0
        elif tok in _SMALL:
            kind, value = ("unit" if 0 < _SMALL[tok] < 10 else "teen"), _SMALL[tok]
        elif tok in _TENS:
            kind, value = "tens", _TENS[tok]
        elif number_words().get(tok, (0, ""))[1] == "hundred":
            kind, value = "hundred", _WORD_SCALES[tok]
        elif tok in _SCALES:
            kind, value = "scale", _SCALES[tok]
        else:
            return None
        if last not in _MAY_FOLLOW[kind]:
            return None
        if kind == "hundred":
            if cur >= 100:
                return None
            cur = (cur or 1) * value
        elif kind == "scale":
            if value >= prev_scale:  # "million thousand"
                return None
            total, cur, prev_scale = total + cur * value, 0.0, value
        else:
            cur += value
        last, i = kind, i + 1
    return total + cur if last not in (None, "and") else None


# --- Vague amounts -------------------------------------------------------------

_MULTIPLIER_RE = re.compile(rf"({'|'.join(few_words())})(?: of)? (.+)")


@lru_cache(maxsize=4096)
def vague_amount(text: str) -> tuple[float, float | None] | None:
    """The (low, high) counts a vague amount allows, or None if ``text`` is not one.

    "dozens" -> (24, 99), "hundreds" -> (200, 999), "tens of thousands" ->
    (20000, 99999), "several hundred" -> (300, 999), "a few" -> (2, 6). See
    ``VAGUE_WORDS`` and ``PLURAL_SCALES``; case-insensitive; a trailing "of" is
    ignored ("thousands of").
    """
    s = _norm(text).removesuffix(" of")
    if (m := _MULTIPLIER_RE.fullmatch(s)) and (scale := _multiplier_scale(m.group(2))):
        # "several hundred", "a few thousand", "a couple of dozen": the vague count of
        # the scale, up to just below the next whole one.
        low, high = VAGUE_WORDS[m.group(1)]
        return float(low * scale), float((high + 1) * scale - 1)
    parts = s.split(" of ")
    first = parts[0]
    if first in VAGUE_WORDS:
        low, high = VAGUE_WORDS[first]
    elif first in PLURAL_SCALES:
        low, high = 2 * PLURAL_SCALES[first], 10 * PLURAL_SCALES[first] - 1
    else:
        return None
    for part in parts[1:]:  # "tens of thousands", "hundreds of millions"
        if part not in PLURAL_SCALES:
            return None
        scale = PLURAL_SCALES[part]
        low, high = low * scale, (high + 1) * scale - 1
    return float(low), float(high)


def _multiplier_scale(text: str) -> int | None:
    # "hundred", "hundred thousand", and the plural "hundreds" read the same here.
    words = text.split()
    if words and words[-1] in PLURAL_SCALES:
        words[-1] = words[-1][:-1]
    return _scale_product(words) if words else None


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
_PREFIX_RE = re.compile("(" + "|".join(re.escape(p) for p in sorted(_PREFIXES, key=len, reverse=True)) + ") (.+)")
_SUFFIX_QUALIFIERS = [
    (re.compile(r"(.+?)(?: ?\+| ?plus| or more| and more| and counting| or above| or over| and over| and above|"
                r" and older| or older| and up)"), "at_least"),
    (re.compile(r"(.+?)(?: or so| or thereabouts|[ -]odd|ish| give or take)"), "approx"),
    (re.compile(r"(.+?)(?: or fewer| or less| or under| at most| at the most| and under| and below| and younger|"
                r" or younger| or below)"), "at_most"),
]
#: Words after a number that mean "additional", not a qualifier: "Hundreds more are wounded".
_ADDITIONAL_RE = re.compile(r"(.+?)(?<! or)(?<! and) (?:more|others|additional|extra)")
_RANGE_SEPARATORS = [re.compile(r" to | through | or "), re.compile(r" ?- ?")]
_SCALES_ALONE = "|".join(w for w in _WORD_SCALES if w != "dozen")  # "2 dozen" ends in no scale of its own
_SCALE_END_RE = re.compile(rf"(?:\d|\s)({'|'.join(_SUFFIXES)}|{_SCALES_ALONE})$")
_SCALE_VALUES = {**_SUFFIXES, **_WORD_SCALES}


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
    s = _norm(text)
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
    if abs(low - high) <= eps:
        return not low_open and high_closed
    return low < high
