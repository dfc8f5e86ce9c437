"""Where a figure's amount starts and ends on the tokens: numbers, ranges, fractions.

A figure's amount is a run of number tokens: digits (signed "-1.3", scaled "2bn", with a
currency or unit glued on: "S$40", "95p"), number words, vague amounts ("hundreds"), and a
range's second end after "to", "-", "and" (after "between") or "or", with the unit or currency
written on both ends or once ("5% to 6%", "$62 and $68", "30,000 to 60,000"). "from X to Y"
under a change word is two figures, not a range. quantities.py reads the rest of the figure.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..data import (
    WordLists,
    attached_unit_pattern,
    change_words,
    number_suffixes,
    scale_words,
    vague_plurals,
)
from ..normalize.units import exact_alias, parse_unit, symbol
from .identifiers import is_score

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

#: Digits, signed when the sign is written onto them ("-1.3", "+0.2").
DIGITS = re.compile(r"^[-+\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
#: Multipliers written onto a figure that the tokenizer splits off: "$2.5m", "€3bn".
GLUED_MULTIPLIERS = frozenset(number_suffixes()) | {f"{suffix}." for suffix in number_suffixes()}
CLOCK_DIGITS = re.compile(r"^\d{1,2}:\d\d$")
SUFFIXED = re.compile(rf"^\d+(?:\.\d+)?(?:{'|'.join(number_suffixes())})$", re.IGNORECASE)
VAGUE = vague_plurals()
MULTIPLIERS = frozenset(scale_words())
_LISTS = WordLists("amounts", derived={
    # "40C", "104F", "58km" when not split: signed ("-12C"), with the sentence's full stop when it ends one ("+5C.")
    "ATTACHED_UNIT": lambda _: re.compile(rf"^([-+\u2212]?\d+(?:\.\d+)?)({attached_unit_pattern()})\.?$"),
    "VAGUE_BEFORE_UNIT": lambda lists: tuple(tuple(p.split()) for p in lists.raw("VAGUE_BEFORE_UNIT")),
    "START_WORDS": lambda lists: lists.raw("START_WORDS") | VAGUE | MULTIPLIERS,
})
#: The word lists of ``factcheck/data/amounts.toml``, read on first use: FRACTIONS, VAGUE_BEFORE_UNIT
#: (word tuples), ORDINALS, RANGE_LINKS, MULTIPLE_AFTER, START_WORDS (with vague amounts and scale
#: words), FOLD_WORDS, SIDE_LINKS, SIZE_WORDS, RACE_WORDS,
#: HALF_DETERMINERS, NOT_A_WHOLE; and ATTACHED_UNIT, a number with its unit
#: in one token (data/attached_units.tsv).
__getattr__: Any = _LISTS.module_getattr(globals())
#: A number with a currency mark or a unit written onto it: "USD10", "S$40", "RM500", "95p",
#: "4.5pc", "300bhp", "60kWh", "13″". Whether the marks are a currency and a unit is
#: ``parse_unit``'s to say (data/currencies.tsv, data/units.tsv).
GLUED = re.compile(r"^(?P<pre>[^\d\s+\-\u2212.,]{1,4}?)?(?P<num>[-+\u2212]?\d[\d,]*(?:\.\d+)?)"
                   r"(?P<post>[^\d\s.,\-]{1,5})?\.?$")  # "12kW.": a sentence's full stop kept on


#: A range the tokenizer keeps as one token, its unit or currency written on both ends: "5%-6"
#: (the last "%" is the next token), "62-$68" (the first "$" is the token before), "1.5bn-$2bn"
#: (a scale on both ends).
_SCALE = f"(?:{'|'.join(sorted(number_suffixes(), key=len, reverse=True))})"
GLUED_RANGE = re.compile(rf"^(?P<low>\d[\d,]*(?:\.\d+)?(?P<low_scale>{_SCALE})?)%?[-\u2013](?:[$€£¥])?"
                         rf"(?P<high>\d[\d,]*(?:\.\d+)?(?P<high_scale>{_SCALE})?)$", re.IGNORECASE)


def glued_range(text: str) -> re.Match[str] | None:
    """A range kept as one token, its low end below its high end (a score "3-1" is no range)."""
    whole = GLUED_RANGE.match(text)
    if whole is None:
        return None
    # "2-3bn", "3m-£4" (its "m" the next token): a scale written once, compare the digits
    scaled = bool(whole["low_scale"] and whole["high_scale"])
    low, high = (float(whole[end].removesuffix(whole[f"{end}_scale"] or "").replace(",", "")) *
                 (number_suffixes()[whole[f"{end}_scale"].lower()][0] if scaled and whole[f"{end}_scale"] else 1)
                 for end in ("low", "high"))
    return whole if low < high else None


#: What a euro sign becomes when text conversion loses it: "e80 million", "e25m". Read as a euro
#: only with a scale after it (``lost_euro``): a lone "e80" may be a name.
LOST_EURO = re.compile(r"^e(?=\d)")


def lost_euro(toks: list["Token"], i: int, end: int) -> bool:
    """Whether the amount ``toks[i:end]`` is a euro sum whose sign was lost ("e80 million"): its
    "e" is read as "€" only when a scale word follows the digits."""
    return bool(LOST_EURO.match(toks[i].text)) and end - i > 1 and toks[i + 1].lower_.rstrip(".") in MULTIPLIERS \
        | frozenset(number_suffixes())


@lru_cache(maxsize=4096)
def glued(text: str) -> tuple[str | None, str, str | None] | None:
    """(currency written before, the number, unit written after) of a token that glues a
    currency or a unit onto its digits, or None: "S$40" -> ("S$", "40", None), "95p" ->
    (None, "95", "p"), "USD10" -> ("USD", "10", None), "e80" -> ("€", "80", None) (see
    ``lost_euro``); "40" and "2bn" are not glued."""
    match = GLUED.match(text)
    if match is None or not (match["pre"] or match["post"]):
        return None
    pre, post = match["pre"], match["post"]
    if pre == "e" and not post:
        return "€", match["num"], None
    if pre and not (pre == "US" or is_currency(pre)):  # "$US3": the "$" is the token before
        return None
    if post and (pre or parse_unit(post) is None or post.lower() in number_suffixes()):
        return None
    if post and len(post) == 1 and not exact_alias(post):
        return None  # "5G" is no mass: a one-letter unit glued on must be one as written ("95p")
    return pre, match["num"], post


def is_currency(text: str) -> bool:
    """Whether ``text`` names a currency ("$", "RM", "euros"; data/currencies.tsv)."""
    unit = parse_unit(text)
    return unit is not None and unit.dimension.startswith("money")


def currency_sign(tok: "Token") -> bool:
    """Whether ``tok`` is a currency mark written before a number: a sign ("$", "€", "A$",
    "US$"), an upper-case code ("EUR", "RM") or a mark kept with its case ("Rs"), not a word
    ("euros" comes after)."""
    return (not tok.is_alpha or tok.text.isupper() or exact_alias(tok.text)) and is_currency(tok.text)


def is_number(tok: "Token") -> bool:
    """Whether ``tok`` is a number: digits (signed, scaled, with a mark glued on), a number word,
    a vague amount ("hundreds") or a scale word."""
    return _number_text(tok.text, tok.like_num and tok.is_alpha)


#: "sub-10": below the number written after it (the tokenizer keeps the prefix on).
SUB_PREFIX = re.compile(r"^sub-(?=\d)", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _number_text(text: str, number_word: bool) -> bool:
    if SUB_PREFIX.match(text):
        return _number_text(text[4:], False)
    low = text.lower()
    if low in _LISTS.ORDINALS or re.match(r"^\d+(st|nd|rd|th)$", low):
        return False
    if any(shape.match(text) for shape in (DIGITS, SUFFIXED, CLOCK_DIGITS, _LISTS.ATTACHED_UNIT)) \
            or low in VAGUE or low in MULTIPLIERS or glued(text) or glued_range(text):
        return True
    return number_word


def fraction_end(toks: list["Token"], i: int) -> int:
    """One past a share of a whole starting at ``i`` ("two-thirds of", "a quarter of", "half of",
    "half the", "one in five"), else 0; "a quarter of a million" is a number, no share."""
    end = _share_end(toks, i)
    return 0 if end and _scale_after_of(toks, end) else end


def _scale_after_of(toks: list["Token"], k: int) -> int:
    """One past "of (a) million" at ``k`` ("a quarter of a million", "three quarters of a billion"), else 0."""
    words = [t.lower_ for t in toks[k : k + 3]] + ["", "", ""]
    if words[0] != "of":
        return 0
    skip = 2 if words[1] in ("a", "an") else 1
    return k + skip + 1 if words[skip] in MULTIPLIERS else 0


def _share_end(toks: list["Token"], i: int) -> int:
    low = [t.lower_ for t in toks[i : i + 4]]
    if low[:1] == ["half"] and i > 0 and (toks[i - 1].pos_ == "ADJ" or toks[i - 1].ent_type_ == "ORDINAL"):
        return 0  # "the second half of the season", "the black half of the city": a part named, no share
    if len(low) >= 3 and is_number(toks[i]) and low[1] == "in" and is_number(toks[i + 2]) \
            and low[2] not in VAGUE and "DATE" not in (toks[i].ent_type_, toks[i + 2].ent_type_):
        return i + 3  # "one in five adults"
    if len(low) >= 4 and toks[i].like_num and low[1] == "-" and low[2] in _LISTS.FRACTIONS and low[3] == "of":
        return i + 3
    if len(low) >= 3 and low[0] in ("a", "one") and low[1] in _LISTS.FRACTIONS and low[2] == "of":
        return i + 2
    if len(low) >= 2 and low[0] == "half" and low[1] == "of":
        return i + 1
    if i > 0 and toks[i - 1].lower_ == "by" and _changes(toks[i - 1].head):  # "fell by a third", "cut by half"
        if low[:1] == ["half"]:
            return i + 1  # "fell by half the previous year" too: what prices fell by
        if len(low) >= 2 and low[0] in ("a", "one") and low[1] in _LISTS.FRACTIONS:
            return i + 2
        if len(low) >= 3 and toks[i].like_num and low[1] == "-" and low[2] in _LISTS.FRACTIONS:
            return i + 3
    if len(low) >= 3 and low[0] == "half" and low[1] in _LISTS.HALF_DETERMINERS and low[2] not in _LISTS.NOT_A_WHOLE:
        return i + 1  # "half the roof", "half their homes"
    return 0


def _changes(tok: "Token") -> bool:
    """Whether ``tok`` is a verb or noun of change ("rose", "cut", "a fall")."""
    return tok.pos_ in ("VERB", "NOUN") and (tok.lemma_.casefold() in change_words() or tok.lower_ in change_words())


def multiple(toks: list["Token"], i: int) -> tuple[int, str] | None:
    """(end, the factor as a number phrase) of a multiple at ``i``: "twice as many" (2),
    "three times more" (three), "sixfold", "10-fold"; else None. "three times a week" is not one."""
    low = [t.lower_ for t in toks[i : i + 3]] + ["", "", ""]
    if low[0] == "twice" and low[1] in _LISTS.MULTIPLE_AFTER:
        return i + 1, "2"
    if low[0].endswith("fold") and len(low[0]) > 4 and low[0][:-4].isalpha() and toks[i].like_num is False \
            and low[0][:-4] in _LISTS.FOLD_WORDS:
        return i + 1, low[0][:-4]
    if is_number(toks[i]) and low[1] == "-" and low[2] == "fold":
        return i + 3, toks[i].text
    if is_number(toks[i]) and low[1] == "times" and low[2] in _LISTS.MULTIPLE_AFTER:
        return i + 2, toks[i].text
    return None


@lru_cache(maxsize=8192)
def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def starts_amount(toks: list["Token"], i: int) -> bool:
    """Whether an amount starts at ``toks[i]`` (every token of a sentence is asked: the words
    that cannot start one are turned away first)."""
    tok = toks[i]
    if not (tok.like_num or tok.lower_ in _LISTS.START_WORDS or tok.lower_.endswith("fold") or _has_digit(tok.text)):
        return False
    if _vague_before_unit(toks, i) or _vague_scale(toks, i) or fraction_end(toks, i) or multiple(toks, i):
        return True
    if tok.lower_ in ("a", "an", "half") and i + 1 < len(toks) and toks[i + 1].lower_ in MULTIPLIERS:
        return True
    if i + 1 < len(toks) and toks[i + 1].lower_ in _LISTS.FRACTIONS and _scale_after_of(toks, i + 2) \
            and (tok.lower_ in ("a", "an") or tok.like_num):
        return True  # "a quarter of a million", "three quarters of a million"
    if tok.lower_ == "half" and i + 2 < len(toks) and toks[i + 1].lower_ == "a" and toks[i + 2].lower_ in MULTIPLIERS:
        return True
    return is_number(tok) and tok.lower_ not in MULTIPLIERS - {"dozen"}


def _vague_scale(toks: list["Token"], i: int) -> int:
    """One past a vague count of a scale at ``i`` ("several dozen", "a few hundred", "a couple
    of thousand"), else 0: the count is vague, not the scale's one ("several dozen" is not 12)."""
    for words in _LISTS.VAGUE_BEFORE_UNIT:
        n = len(words)
        if tuple(t.lower_ for t in toks[i : i + n]) == words and i + n < len(toks) \
                and toks[i + n].lower_ in MULTIPLIERS:
            end = i + n + 1
            while end < len(toks) and toks[end].lower_ in MULTIPLIERS:  # "a few hundred thousand"
                end += 1
            return end
    return 0


def _vague_before_unit(toks: list["Token"], i: int) -> int:
    """The length of a vague amount at ``i`` that a unit follows ("a couple of hours"), else 0."""
    if toks[i].lower_ not in ("a", "several"):
        return 0
    for words in _LISTS.VAGUE_BEFORE_UNIT:
        n = len(words)
        if tuple(t.lower_ for t in toks[i : i + n]) == words and i + n < len(toks) \
                and toks[i + n].is_alpha and parse_unit(toks[i + n].text) is not None:
            return n
    return 0


def amount_end(toks: list["Token"], i: int) -> int:
    """One past the last token of the amount starting at ``i``, ranges included."""
    if vague := _vague_before_unit(toks, i):
        return i + vague
    if vague_end := _vague_scale(toks, i):
        return vague_end
    if fraction := fraction_end(toks, i):
        return fraction
    if times := multiple(toks, i):
        return times[0]
    end = _number_end(toks, i)
    link, second = _range_link(toks, i, end)
    if link and not _change_ends(toks, i, link):
        between = "between" in (t.lower_ for t in toks[max(0, i - 2) : i])
        if (toks[link].lower_ != "and" or between) and not is_score(toks, i, end):
            end = _number_end(toks, second)
    return end


def _change_ends(toks: list["Token"], i: int, link: int) -> bool:
    """Whether "from X to Y" are the two ends of a change ("increased from 12 to 18"), two
    figures with their roles, rather than one range ("prices range from 12 to 18")."""
    k = i - 1 if i > 0 and currency_sign(toks[i - 1]) else i
    if k == 0 or toks[k - 1].lower_ != "from" or toks[link].lower_ != "to":
        return False
    return _changes(toks[k - 1].head)


def _range_link(toks: list["Token"], i: int, end: int) -> tuple[int, int]:
    """(index of the range's link, index of its second number) when the figure ending at
    ``end`` opens a range, else (0, 0). The unit or currency may be written on both ends:
    "5% to 6%", "40 percent to 70 percent", "$62 and $68", "from $800,000 to $1.3 million"."""
    unit, link = _unit_words(toks, end)
    if link + 1 >= len(toks) or toks[link].lower_ not in _LISTS.RANGE_LINKS:
        return 0, 0
    second = link + 1
    sign = toks[i - 1].lower_ if i > 0 and currency_sign(toks[i - 1]) else None
    if sign and toks[second].lower_ == sign and second + 1 < len(toks):
        second += 1  # "$62 and $68": the currency written again
    if not is_number(toks[second]):
        return 0, 0
    if unit is not None:  # "5% to 6%": the second end must carry the same unit
        again, _ = _unit_words(toks, _number_end(toks, second))
        if again is None or symbol(again) != symbol(unit):
            return 0, 0
    return link, second


def _unit_words(toks: list["Token"], k: int) -> tuple[str | None, int]:
    """(unit, index after it) of the unit words at ``toks[k]`` ("%", "percent", "per cent",
    "km"), else (None, k)."""
    words = [t.text for t in toks[k : k + 2] if t.is_alpha or t.text == "%"]
    for width in range(len(words), 0, -1):
        text = " ".join(words[:width])
        if [t.text for t in toks[k : k + width]] == words[:width] and parse_unit(text) is not None:
            return text, k + width
    return None, k


def inner_units(toks: list["Token"], i: int, end: int) -> set[int]:
    """Indices of the unit or currency written on the first end of a range and again on the
    second ("5% to 6%", "$62 and $68"): left out of the amount, which is read as numbers."""
    first = _number_end(toks, i)
    if first >= end:
        return set()
    link, second = _range_link(toks, i, first)
    if not link:
        return set()
    return set(range(first, link)) | set(range(link + 1, second))


def _number_end(toks: list["Token"], i: int) -> int:
    end = i + 1
    while end < len(toks):
        low = toks[end].lower_
        prev = toks[end - 1].lower_
        if low in MULTIPLIERS or (low in VAGUE and prev in ("tens", "hundreds", "of")):
            end += 1
        elif low in GLUED_MULTIPLIERS and not toks[end - 1].whitespace_ \
                and (toks[end - 1].like_num or glued(toks[end - 1].text) or glued_range(toks[end - 1].text)):
            end += 1  # "$2.5m": the tokenizer split the multiplier off
        elif toks[end].like_num and toks[end].is_alpha and prev in MULTIPLIERS | {"-"} and low not in _LISTS.ORDINALS:
            end += 1  # "two hundred fifty"
        elif low == "a" and prev == "half" and end + 1 < len(toks) and toks[end + 1].lower_ in MULTIPLIERS:
            end += 2
        elif low in _LISTS.FRACTIONS and (after := _scale_after_of(toks, end + 1)):
            end = after  # "a quarter of a million"
        elif low == "-" and toks[end - 1].is_alpha and end + 1 < len(toks) and toks[end + 1].is_alpha \
                and toks[end + 1].like_num:
            end += 2  # "twenty-one"
        elif low == "and" and prev in MULTIPLIERS and end + 1 < len(toks) and toks[end + 1].is_alpha \
                and toks[end + 1].like_num:
            end += 2  # "two hundred and fifty"
        elif low == "of" and prev in VAGUE and end + 1 < len(toks) and toks[end + 1].lower_ in VAGUE:
            end += 2  # "tens of thousands"
        else:
            break
    return end


def digits_of(tok: "Token") -> str:
    """A token's number without the currency or unit glued onto it ("S$40" -> "40"; a range
    the tokenizer kept whole, "5%-6" or "62-$68", -> "5-6", "62-68")."""
    if SUB_PREFIX.match(tok.text):
        return tok.text[4:]
    if whole := glued_range(tok.text):
        return f"{whole['low']}-{whole['high']}"
    marks = glued(tok.text)
    return marks[1] if marks else tok.text
