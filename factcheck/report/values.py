"""Pieces the text renderers share: titles, and a claim's value as one short string.

A figure is shown as the text states it ("66 yd", "4.2 billion USD", "up 6.5 %"), not in its
canonical unit ("0.0604 km"): the canonical value is for comparing, the stated one for reading.
Dates and clock times keep their normalized form ("2022-02-24", "18:00 UTC"): that is what
makes "8 p.m. local time" and "1 p.m. ET" readable side by side; a clock time with no zone
written is shown on its own clock ("03:30 local"), since its UTC minute is a guess from the
article's place.
"""

from __future__ import annotations

from typing import Any

from ..normalize.describe import CHANGE_WORDS, QUALIFIER_SIGNS, clock_text, number

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
    """(source, value) for each claim, a figure as the text states it (``claim_value``)."""
    return [(source_of(articles or {}, c["article"]), claim_value(c)) for c in claims]


def claim_value(claim: dict[str, Any]) -> str:
    """A claim's value as one short string: a figure as stated ("≈ 200", "66 yd", "62–68 USD",
    "down 3 %"), a date or clock time normalized, anything else its ``value_text``."""
    value = claim.get("value") or {}
    if claim.get("kind") != "quantity" or not value.get("stated"):
        return claim["value_text"]
    if str(value.get("dimension", "")).startswith("clock_time"):  # "18:00 UTC"; "03:30 local" when guessed
        minutes = value["stated"].get("value")
        if value["stated"].get("unit") != "local" or minutes is None:
            return claim["value_text"]
        return f"{QUALIFIER_SIGNS.get(value.get('qualifier'), '')}{clock_text(minutes)} local"
    if value["stated"].get("value") is None or (value.get("dimension") == "percent" and not value["stated"]["unit"]):
        # "hundreds", "a third": the normalized value says more than the words' number
        return CHANGE_WORDS.get((value.get("change"), value.get("role")), "") + claim["value_text"]
    return stated_text(value)


def stated_text(value: dict[str, Any]) -> str:
    """A quantity value (as in the JSON report) in its stated form, with qualifier and change."""
    stated = value["stated"]
    written = stated["value"]
    figures = "–".join(number(v) for v in written) if isinstance(written, list) else number(written)
    if stated.get("unit"):
        figures = f"{figures} {stated['unit']}"
    sign = "" if value.get("qualifier") == "range" else QUALIFIER_SIGNS.get(value.get("qualifier"), "")
    change = CHANGE_WORDS.get((value.get("change"), value.get("role")), "")
    return f"{change}{sign}{figures}"
