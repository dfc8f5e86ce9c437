"""Readings of a clock that the words around a figure make plain.

Time left on a game clock: "7:42 left in the half", "with less than eight minutes to play".
Not a time of day and not how long anything lasted, but a moment of the game (measured ``clock``;
docs/amounts.md). The words are in ``factcheck/data/clocks.toml`` (CLOCK_LEFT, CLOCK_UNITS).

A local time written as four digits beside the same moment in GMT or UTC: "struck at 1412 (0942
GMT)", the wire agencies' way, is 14:12 on a clock 4:30 ahead of UTC (docs/times.md)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..data import WordLists
from .amounts import CLOCK_DIGITS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

_LISTS = WordLists("clocks")
__getattr__: Any = _LISTS.module_getattr(globals())


def game_clock(toks: list["Token"], i: int, end: int) -> str | None:
    """The seconds a game clock shows ("7:42 left in the half": "462"), or None: time
    remaining, a duration, not a time of day."""
    if end - i != 1 or not CLOCK_DIGITS.match(toks[i].text) or not time_left(toks, end):
        return None
    minutes, seconds = toks[i].text.split(":")
    return str(int(minutes) * 60 + int(seconds))


def clock_span(toks: list["Token"], unit: str | None, k: int) -> bool:
    """Whether a span in ``unit`` ending before ``k`` is time left on a game clock ("with less than
    eight minutes to play")."""
    return unit in _LISTS.CLOCK_UNITS and time_left(toks, k)


def time_left(toks: list["Token"], k: int) -> bool:
    """Whether the words at ``k`` make the span before them time left on a clock ("left", "remaining",
    "to go", "to play")."""
    after = [t.lower_ for t in toks[k : k + 2]] + ["", ""]
    return after[0] in _LISTS.CLOCK_LEFT and (after[0] != "to" or after[1] in ("go", "play"))


_HHMM = re.compile(r"([01]\d|2[0-3])([0-5]\d)")
_UTC_NAMES = ("gmt", "utc")
#: The farthest a clock runs ahead of UTC, in minutes (UTC+14:00): a larger difference of the two
#: readings is the local clock behind UTC across midnight.
_EAST_MOST = 14 * 60


def local_beside_utc(toks: list["Token"], i: int, end: int) -> str | None:
    """A bare four-digit time of day followed by the same moment in GMT or UTC in parentheses,
    written with the offset the two give: "1412 (0942 GMT)" is "14:12 UTC+04:30". None for
    anything else ("1412" alone is a number; "in 2003 (1990 dollars)" names no zone)."""
    local = _HHMM.fullmatch(toks[i].text) if end - i == 1 else None
    if local is None or end + 3 >= len(toks) or toks[end].text != "(" or toks[end + 3].text != ")":
        return None
    utc = _HHMM.fullmatch(toks[end + 1].text.replace(":", ""))
    if utc is None or toks[end + 2].lower_ not in _UTC_NAMES:
        return None
    offset = (_minutes(local) - _minutes(utc)) % (24 * 60)
    if offset > _EAST_MOST:
        offset -= 24 * 60  # "0130 (2200 GMT)" is 3:30 ahead, "2100 (0200 GMT)" 5:00 behind
    sign, size = "+" if offset >= 0 else "-", abs(offset)
    return f"{local.group(1)}:{local.group(2)} UTC{sign}{size // 60:02d}:{size % 60:02d}"


def _minutes(hhmm: re.Match[str]) -> int:
    return int(hhmm.group(1)) * 60 + int(hhmm.group(2))
