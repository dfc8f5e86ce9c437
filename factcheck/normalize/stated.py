"""A figure as the text writes it: its number(s) and unit, beside the canonical value.

The rule (docs/amounts.md, "Stated"): ``value`` is the number written, before its scale word,
so no digit is lost and the report can show what the reader saw ("$4.2b": 4.2, unit
"billion USD"; "66 yards": 66, "yd"). A range gives its two ends; a range whose ends share the
scale written once keeps it in the unit ("30 to 40 million": (30, 40), "million"), a range
whose ends do not ("800,000 to 1.3 million") gives both ends in full. Words that name no
single number ("hundreds", "one in five", a date) have no value.
"""

from __future__ import annotations

import re

from ..data import number_suffixes, scale_words
from ..types import RawQuantity, Stated
from .numbers import parse_number
from .units import symbol

#: Scales a stated unit names, by factor.
_SCALE_NAMES = {10**3: "thousand", 10**5: "lakh", 10**6: "million", 10**7: "crore", 10**9: "billion",
                10**12: "trillion"}
_SCALES = {word: value for word, value in scale_words().items() if value in _SCALE_NAMES} | {
    suffix: value for suffix, (value, _) in number_suffixes().items()}
_TRAILING_SCALE = re.compile(rf"^(.*?\d)\s*({'|'.join(sorted(_SCALES, key=len, reverse=True))})\.?$",
                             re.IGNORECASE)
#: Where a range splits into its two ends; a scale may end the first ("1.5bn-2bn").
_RANGE_SPLIT = re.compile(r"\s+(?:to|and|or)\s+|(?<=[\dkmbn])\s*[-–—]\s*(?=\d)", re.IGNORECASE)
#: Words before a share that are not part of it ("nearly two-thirds", "by half").
_LEADING_WORDS = re.compile(r"^(?:(?:nearly|almost|about|around|roughly|some|over|more than|less than|just|by)\s+)+",
                            re.IGNORECASE)
#: Signs written as words.
_MINUS_WORD = re.compile(r"^minus\s+", re.IGNORECASE)


def stated_of(raw: RawQuantity, figure: str, *, money: bool = True) -> Stated:
    """The stated form of a raw figure; ``figure`` is its amount (words before the number,
    such as a qualifier, are skipped). ``money`` False when the figure was read as another
    measure: "lost 22 pounds (10 kilograms)" states pounds of weight, not sterling."""
    text = raw.stated or raw.text
    if raw.hint in ("date", "clock_time"):
        return Stated(text)
    if raw.hint == "fraction":  # "a third" is 1/3; "one in five" writes no single number
        share = parse_number(_LEADING_WORDS.sub("", figure))
        return Stated(text, None if share is None else _clean(share), None)
    unit = symbol(raw.unit, prefer_money=money) if raw.unit and raw.hint != "age" else None
    if raw.hint == "age" and raw.unit:
        unit = "yr"
    ends = [_number(part) for part in _RANGE_SPLIT.split(figure.strip(), maxsplit=1)]
    if any(end is None for end in ends):
        whole = _number(figure.strip())
        if whole is None:
            return Stated(text, None, unit)
        ends = [whole]
    scale = ends[-1][1]
    if len(ends) == 2 and ends[0][1] != scale:
        if ends[0][1] == 1 and ends[0][0] * scale <= ends[1][0] * scale:
            ends[0] = (ends[0][0], scale)  # "30 to 40 million": the scale written once is shared
        else:
            value = (_clean(ends[0][0] * ends[0][1]), _clean(ends[1][0] * ends[1][1]))
            return Stated(text, value, unit)
    numbers = [_clean(n) for n, _ in ends]
    unit = " ".join(filter(None, (_SCALE_NAMES.get(scale), unit))) or None
    return Stated(text, numbers[0] if len(numbers) == 1 else (numbers[0], numbers[1]), unit)


def _number(part: str) -> tuple[float, int] | None:
    """(number as written, scale factor) of one end: "4.2b" -> (4.2, 10**9), "66" -> (66, 1)."""
    words = _MINUS_WORD.sub("-", part.strip()).split()
    for k in range(len(words)):  # leading words that are not the number ("between 62")
        piece = " ".join(words[k:])
        scaled = _TRAILING_SCALE.match(piece)
        if scaled and (n := parse_number(scaled.group(1))) is not None:
            return n, _SCALES[scaled.group(2).lower()]
        if (n := parse_number(piece)) is not None:
            return n, 1
    return None


def _clean(v: float) -> float:
    """Float noise removed, no written digit lost: 4.2000000000000002 -> 4.2."""
    return float(f"{v:.12g}")
