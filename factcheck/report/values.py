"""Pieces the text renderers share: titles, and a claim's value as one short string."""

from __future__ import annotations

from typing import Any

VERDICT_TITLES = {
    "conflict": "Conflicts",
    "agree": "Agreements",
    "update": "Updates",
    "single_source": "Single source",
}


def source_of(articles: dict[str, dict[str, Any]], article_id: str) -> str:
    article = articles.get(article_id)
    return f"{article['source']} ({article_id})" if article else article_id


def claim_rows(
    claims: list[dict[str, Any]], articles: dict[str, dict[str, Any]] | None = None
) -> list[tuple[str, str]]:
    """(source, value) for each claim."""
    return [(source_of(articles or {}, c["article"]), c["value_text"]) for c in claims]
