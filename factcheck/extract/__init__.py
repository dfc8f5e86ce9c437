"""Stage 3, extract: the claims each parsed article states.

The only stage besides parse that sees spaCy objects; what it returns is plain
(``ArticleParse`` holding ``RawQuantity`` values and finished claims).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..types import Article, ArticleParse, RawQuantity
from .about import article_names
from .cache import sents_of
from .context import article_place
from .events import event_claims
from .quantities import quantities
from .quotes import quote_claims
from .terms import NAME, article_terms

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


def extract(articles: Iterable[Article], docs: Iterable["Doc | Iterable[tuple[int, Doc]]"]) -> list[ArticleParse]:
    """The raw claims of each article: figures to normalize, quotes and events ready.

    ``docs`` holds, for each article, the parse of its body: one ``Doc``, or the pieces
    ``parse`` yields for it, ``(offset in the body, Doc)``. Each piece is read and let go
    before the next is asked for. Offsets index ``Article.text``.
    """
    return [_extract_article(article, parsed) for article, parsed in zip(articles, docs, strict=True)]


def _extract_article(article: Article, parsed: "Doc | Iterable[tuple[int, Doc]]") -> ArticleParse:
    """One article's claims, read piece by piece and joined; its place is the first piece's that has one."""
    from spacy.tokens import Doc

    parts = []
    for offset, doc in [(0, parsed)] if isinstance(parsed, Doc) else parsed:
        parts.append(_extract_one(replace(article, body_start=article.body_start + offset), doc))
        # The per-document views (extract/cache.py) hold spans of the doc, a cycle that keeps a
        # long piece's Doc alive until the garbage collector runs; drop them now it is read.
        doc.user_data.clear()
    if len(parts) == 1:
        return replace(parts[0], article=article)
    return ArticleParse(
        article=article,
        place=next((p.place for p in parts if p.place), None),
        quantities=tuple(q for p in parts for q in p.quantities),
        claims=tuple(c for p in parts for c in p.claims),
        names=frozenset().union(*(p.names for p in parts)),
        terms=_joined_terms(parts),
    )


def _joined_terms(parts: list[ArticleParse]) -> tuple[tuple[str, int], ...]:
    """The terms of an article read in pieces: each piece's counts added, a name counted once."""
    counts: Counter[str] = Counter()
    for part in parts:
        counts.update(dict(part.terms))
    for term in counts:
        if term.startswith(NAME):
            counts[term] = 1
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _extract_one(article: Article, doc: "Doc") -> ArticleParse:
    """The claims of one parsed text; ``article.body_start`` says where it starts in ``article.text``."""
    offset = article.body_start
    found = [q for sent in sents_of(doc) for q in quantities(sent)]
    names = article_names(doc)
    return ArticleParse(
        article=article,
        place=article_place(doc),
        quantities=tuple(_shift(q, offset) for q in found),
        claims=(*quote_claims(doc, article), *event_claims(doc, article)),
        names=names,
        terms=article_terms(doc, names),
    )


def _shift(raw: RawQuantity, offset: int) -> RawQuantity:
    """Offsets into the body become offsets into the article text as read."""
    if not offset:
        return raw
    return replace(raw, start=raw.start + offset, end=raw.end + offset)
