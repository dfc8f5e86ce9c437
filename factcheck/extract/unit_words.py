"""What the words right after an amount make of it: "50m by 25m" are metres, not millions
("£50m"), and "second" after an amount may be the ordinal ("the 2006 second-overall pick"), not
a unit. The word lists are amounts.py's (data/amounts.toml)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..data import YEAR_PATTERN
from ..normalize.units import parse_unit
from . import amounts

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

#: A number with "m" glued on: millions ("£50m") unless it is a side of "50m by 25m".
_GLUED_M = re.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d+)?m\.?$|^\d+(?:\.\d+)?m\.?$")


def sides_in_metres(toks: list["Token"], i: int, end: int) -> bool:
    """Whether a figure with "m" glued on is metres: a side of a size ("50m by 25m") or a size
    ("12m long")."""
    if not _GLUED_M.match("".join(t.text for t in toks[i:end])) or toks[end - 2 if end - i > 1 else i].whitespace_:
        return False
    if _size_word(toks, end) or (end < len(toks) and toks[end].lower_ in amounts.RACE_WORDS):
        return True  # "12m long", "a 3m-high wall", "the 400m freestyle"
    if i >= 2 and toks[i - 1].text == "(" and (before := parse_unit(toks[i - 2].text)) is not None \
            and before.dimension == "length":
        return True  # "7,260ft (2,200m)": a length's conversion
    after = end + 1 < len(toks) and toks[end].lower_ in amounts.SIDE_LINKS \
        and _GLUED_M.match(_glued_text(toks, end + 1))
    before = i >= 2 and toks[i - 1].lower_ in amounts.SIDE_LINKS and (
        _GLUED_M.match(toks[i - 2].text) or (i >= 3 and _GLUED_M.match(_glued_text(toks, i - 3))))
    return bool(after or before)


def _size_word(toks: list["Token"], k: int) -> bool:
    """Whether a size adjective follows at ``k``, hyphenated or not ("12m long", "12m-long"),
    and is not part of another word ("£12m long-term loan")."""
    k += k < len(toks) and toks[k].text == "-"
    return k < len(toks) and toks[k].lower_ in amounts.SIZE_WORDS \
        and not (k + 1 < len(toks) and toks[k + 1].text == "-")


def _glued_text(toks: list["Token"], k: int) -> str:
    """The token at ``k`` with the next one when nothing parts them ("25" "m" -> "25m")."""
    if k + 1 < len(toks) and not toks[k].whitespace_:
        return toks[k].text + toks[k + 1].text
    return toks[k].text


def ordinal_second(toks: list["Token"], k: int) -> bool:
    """Whether "second" at ``k`` is the ordinal: joined by a hyphen to the word after it ("second-
    overall", "second-half"), or after a year ("its 2008 second quarter": no span of 2008 seconds is
    written so). "a 30-second ad", "30 seconds" and "0.3 second autofocus" are units."""
    tok = toks[k]
    if tok.lower_ != "second":
        return False
    year_before = k > 0 and re.fullmatch(YEAR_PATTERN, toks[k - 1].text) is not None  # "its 2008 second quarter"
    return (k + 1 < len(toks) and toks[k + 1].text == "-") or year_before
