"""How quotes align: the same utterance, verbatim or translated, whoever it is given to.

Speakers are not used to align, so that the same words given to two people
(misattribution) meet and conflict. Inside the quote block only quotes that
share a content term are compared (an inverted index on ``quote_terms``).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from ..normalize.quotes import QUOTE_MIN_SIMILARITY, quote_similarity, quote_terms
from ..normalize.values import values_agree
from ..types import Claim, Quote
from .evidence import Story, quote_conflict
from .pairs import value_only
from .rules import Rules


def _quote(claim: Claim) -> Quote:
    assert isinstance(claim.value, Quote)
    return claim.value


def block_key(claim: Claim) -> Hashable:
    return "quote"


def index_keys(claim: Claim) -> Iterable[Hashable]:
    return quote_terms(_quote(claim).content)


def similarity(a: Claim, b: Claim) -> float:
    return quote_similarity(_quote(a).content, _quote(b).content)


def linked(a: Claim, b: Claim) -> bool:
    return similarity(a, b) >= QUOTE_MIN_SIMILARITY


def allowed(a: Claim, b: Claim) -> bool:
    return linked(a, b)


def repeat(a: Claim, b: Claim) -> bool:
    """One article quoting the same words twice (a headline and the body) states one quote."""
    return _quote(a).content == _quote(b).content


def rival(a: Claim, b: Claim) -> bool:
    return False


def rules(story: Story) -> Rules:
    """Quotes whose wording or speaker differs join only when surely one utterance (``quote_conflict``)."""

    def evidenced(a: Claim, b: Claim) -> bool:
        return linked(a, b) and (values_agree(a, b) or quote_conflict(a, b))

    return Rules(block_key=block_key, index_keys=index_keys, linked=evidenced, allowed=evidenced, score=similarity,
                 repeat=repeat, rival=rival, sees=value_only)  # every rule between articles reads the quotes only
