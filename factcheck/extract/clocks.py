"""Time left on a game clock: "7:42 left in the half", "with less than eight minutes to play".
Not a time of day and not how long anything lasted, but a moment of the game (measured ``clock``;
docs/amounts.md). The words are in ``factcheck/data/clocks.toml`` (CLOCK_LEFT, CLOCK_UNITS)."""

from __future__ import annotations

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
