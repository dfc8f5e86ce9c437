"""What a claim kind tells the generic alignment: how to block, link, and merge its claims."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

from ..types import Claim
from .pairs import seen_signature

Pair = Callable[[Claim, Claim], bool]


def _one_key(claim: Claim) -> Iterable[Hashable]:
    return (None,)


def _as_is(group: tuple[Claim, ...]) -> list[tuple[Claim, ...]]:
    return [group]


def _never(a: Claim, b: Claim, c: Claim) -> bool:
    return False


@dataclass(frozen=True)
class Rules:
    """The alignment rules of one claim kind.

    - ``block_key``: claims with different keys are never compared;
    - ``index_keys``: inside a block, only claims sharing one of these keys are
      compared (quotes share a content term, figures a word or their figure); by
      default every pair of the block. A pair ``linked`` holds for must share a key;
    - ``linked``: evidence that two claims of different articles state one fact;
    - ``allowed``: nothing stated tells two claims apart (checked for every pair
      of two groups before they join);
    - ``score``: ranks linked pairs, best joined first;
    - ``repeat``: two claims of one article are one claim (merged, mentions kept);
    - ``rival``: two claims of one article are rival values of one fact (kept together);
    - ``sees``: what ``linked``, ``allowed``, ``score`` and ``index_keys`` read of a claim (with
      the ids of the dated articles, and the context words of the block that more than one
      article holds): claims equal in it get one answer from a claim of any other article
      (align/cluster.py); by default all but the article, offsets, text and sentence, and of
      the context only the words other articles hold too, with the number of the others
      (``pairs.seen_signature``: the rules then read a context only by what two share and its size);
    - ``settle``: a joined group as the facts it states (by default itself): a group whose
      values differ with no evidence that any two differing claims are one referent is
      split back into its agreeing parts;
    - ``fragment``: ``fragment(part, own, other)``: a claim left alone is part of what its own
      article's claim ``own`` of a fact states, as another article's claim ``other`` of that fact
      tells it whole (two fragments of one speech that one article quotes apart and another in
      one piece); it then becomes a mention of ``own``. By default never.
    """

    block_key: Callable[[Claim], Hashable]
    linked: Pair
    allowed: Pair
    score: Callable[[Claim, Claim], float]
    repeat: Pair
    rival: Pair
    index_keys: Callable[[Claim], Iterable[Hashable]] = _one_key
    settle: Callable[[tuple[Claim, ...]], list[tuple[Claim, ...]]] = _as_is
    sees: Callable[..., Hashable] = seen_signature
    fragment: Callable[[Claim, Claim, Claim], bool] = _never
