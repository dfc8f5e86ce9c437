"""A figure written again in brackets in another unit or currency ("about 400km (250 miles)",
"€5 million ($5.4 million)"): the same figure converted, not a second one (docs/amounts.md)."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from ..data import attached_unit_symbols
from ..normalize.intervals import QUALIFIER_PHRASES
from ..normalize.units import parse_unit
from .amounts import ATTACHED_UNIT
from .cache import text_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

#: A sum just before an opening bracket: what a bracketed figure converts ("US$1m (", "€5 million (").
_SUM_BEFORE_BRACKET = re.compile(r"(?:[$€£¥]|\b[A-Z]{2,3}\$?)\s?[A-Z]{0,3}\d[\d,.]*\s*(?:[a-z]+\s*)?\($")


def converted(toks: list["Token"], i: int, unit: str) -> bool:
    """A figure in brackets right after a sum, or right after a figure in a unit of the same
    dimension ("400km (250 miles)", "300 square km (about 115 sq miles)"): the figure before,
    converted, not a second figure. ``i`` is where the bracketed figure starts, its hedge if any
    ("12 km (from 10 km)" is a second figure)."""
    if i < 2 or toks[i - 1].text != "(":
        return False
    hedge = " ".join(t.lower_ for t in itertools.takewhile(lambda t: not t.like_num and t.is_alpha, toks[i:i + 4]))
    if hedge and hedge not in QUALIFIER_PHRASES:
        return False
    sent = toks[0].sent
    before = text_of(sent.doc)[sent.start_char : toks[i - 1].idx + 1]
    if _SUM_BEFORE_BRACKET.search(before[-40:]):
        return True
    # "pounds" may weigh or pay: after "85 million euros" it pays
    own = {u.dimension.split(":")[0] for money in (False, True) if (u := parse_unit(unit, prefer_money=money))}
    last = toks[i - 2]
    attached = ATTACHED_UNIT.match(last.text)
    if attached:  # "400km (", "40C ("
        units, number = [attached_unit_symbols()[attached.group(2)]], True
    else:  # "400 km (", "300 square km ("
        units = [last.text, *([f"{toks[i - 3].text} {last.text}"] if i >= 3 else [])]
        number = any(t.like_num for t in toks[max(0, i - 5) : i - 2])
    return bool(own) and number and any(
        (u := parse_unit(text)) is not None and u.dimension.split(":")[0] in own for text in units)
