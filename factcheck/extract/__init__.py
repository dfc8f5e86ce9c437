"""Stage 3, extract: the claims each parsed article states.

The only stage besides parse that sees spaCy objects; what it returns is plain
(``ArticleParse`` holding ``RawQuantity`` values and finished claims).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..types import Article, ArticleParse, RawQuantity
from .about import article_names
from .cache import sents_of
from .context import article_place
from .events import event_claims
from .quantities import quantities
from .quotes import quote_claims
from .terms import article_terms

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


def extract(articles: Iterable[Article], docs: Iterable["Doc"]) -> list[ArticleParse]:
    """The raw claims of each article: figures to normalize, quotes and events ready.

    Offsets index ``Article.text``.
    """
    return [_extract_one(article, doc) for article, doc in zip(articles, docs, strict=True)]


def _extract_one(article: Article, doc: "Doc") -> ArticleParse:
    offset = article.body_start
    found = [q for sent in sents_of(doc) for q in quantities(sent)]
    return ArticleParse(
        article=article,
        place=article_place(doc),
        quantities=tuple(_shift(q, offset) for q in found),
        claims=(*quote_claims(doc, article), *event_claims(doc, article)),
        names=article_names(doc),
        terms=article_terms(doc),
    )


def _shift(raw: RawQuantity, offset: int) -> RawQuantity:
    """Offsets into the body become offsets into the article text as read."""
    if not offset:
        return raw
    from dataclasses import replace

    return replace(raw, start=raw.start + offset, end=raw.end + offset)
