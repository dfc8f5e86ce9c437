"""Numbers as news prose writes them.

``parse_number`` reads one number ("30,000", "1.5 million", "2bn", "two hundred
and fifty", "half a dozen"); ``vague_amount`` reads a vague amount ("dozens",
"tens of thousands", "several hundred"). Whole amount phrases with their qualifiers
("at least 137") become intervals in ``intervals.py``. docs/amounts.md explains
every table below.

Number words are parsed here rather than with ``numerizer``: importing numerizer
imports spaCy (~0.7 s, and this module must stay spaCy-free), and it leaves
"a dozen", "half a dozen", "2bn" and "hundreds" ("100s") unparsed anyway.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from factcheck.data import few_words, number_suffixes, number_words, plural_scales, scale_words, vague_words

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
WORD_SCALES = scale_words()
#: Abbreviations of news copy attached to a number ("2bn", "$5m" with the "$" stripped by
#: the caller, "30k"). Some must be attached: "5 m" is five metres (data/number_suffixes.tsv).
SCALE_SUFFIXES = {suffix: value for suffix, (value, _) in number_suffixes().items()}
_APART = "|".join(suffix for suffix, (_, attached) in number_suffixes().items() if not attached)
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
                 "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

# Thousands groups are exactly three digits: "1,5" is not 1.5 here (an English-only
# tool; a European decimal comma would silently turn 1,5 into 15).
_DIGITS = r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+"
_DIGIT_RE = re.compile(rf"({_DIGITS})")
_SUFFIX_RE = re.compile(rf"({_DIGITS})({'|'.join(SCALE_SUFFIXES)})|({_DIGITS}) ?({_APART})")
_WORD_SCALE_RE = re.compile(rf"({_DIGITS}) ((?:(?:{'|'.join(WORD_SCALES)}) ?)+)")
_GROUP_SPACE_RE = re.compile(r"(?<=\d)[\u00a0\u202f\u2009](?=\d{3}\b)")
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-"})


def clean(text: str) -> str:
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
    s = clean(text)
    if not s:
        return None
    if _DIGIT_RE.fullmatch(s):
        return float(_dec(s))
    if m := _SUFFIX_RE.fullmatch(s):
        digits, suffix = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        return float(_dec(digits) * SCALE_SUFFIXES[suffix])
    if m := _WORD_SCALE_RE.fullmatch(s):
        value = _dec(m.group(1))
        for word in m.group(2).split():
            value *= WORD_SCALES[word]
        return float(value)
    tokens = s.replace("-", " ").split()
    value = _fraction(tokens)
    return value if value is not None else _words(tokens)


def _scale_product(tokens: list[str]) -> int | None:
    """The product of scale words ("hundred thousand" -> 100000), None if one is not."""
    product = 1
    for tok in tokens:
        if tok not in WORD_SCALES:
            return None
        product *= WORD_SCALES[tok]
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
        if len(toks) < 2 or toks[1] not in WORD_SCALES:
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
            kind, value = "hundred", WORD_SCALES[tok]
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
    s = clean(text).removesuffix(" of")
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
