"""The JSON report (contract version 2), built in one place from the dataclasses."""

from __future__ import annotations

import json
from typing import Any

from ..normalize.describe import bound_text, describe_value
from ..stories import one_story
from ..types import (
    VERDICT_ORDER,
    About,
    Anchor,
    Article,
    Claim,
    Event,
    Extraction,
    Fact,
    Quantity,
    Quote,
    Report,
    StoryGroup,
)

VERSION = 2
#: How ``about`` groups a claim's anchors in the report.
ABOUT_FIELDS = (("entity", "entities"), ("place", "places"), ("time", "time"), ("scope", "scope"),
                ("event", "event"), ("unresolved", "unresolved"))


def report_dict(report: Report) -> dict[str, Any]:
    """``compare --format json``: a summary, the articles, the stories and the facts, conflicts first."""
    return {
        "version": VERSION,
        "summary": summary_dict(report),
        "articles": [article_dict(a) for a in report.articles],
        "stories": [{"id": s.id, "title": s.title, "articles": list(s.articles)} for s in _stories(report)],
        "facts": [fact_dict(f) for f in report.facts],
    }


def summary_dict(report: Report) -> dict[str, Any]:
    """Counts of facts by verdict and by kind, and of articles and stories."""
    kinds = ("quantity", "event", "quote")
    return {
        "articles": len(report.articles),
        "stories": len(_stories(report)),
        "facts": len(report.facts),
        "by_verdict": {v: sum(f.verdict == v for f in report.facts) for v in VERDICT_ORDER},
        "by_kind": {k: sum(f.kind == k for f in report.facts) for k in kinds},
    }


def _stories(report: Report) -> tuple[StoryGroup, ...]:
    return report.stories or one_story(report.articles)


def extraction_dict(extraction: Extraction) -> dict[str, Any]:
    """``extract --format json``: articles and every claim, in text order."""
    return {
        "version": VERSION,
        "articles": [article_dict(a) for a in extraction.articles],
        "claims": [claim_dict(c) for c in extraction.claims],
    }


def extraction_lines(extraction: Extraction) -> list[dict[str, Any]]:
    """``extract --format jsonl``: per article, in input order, its fields and its claims in text order."""
    claims: dict[str, list[Claim]] = {a.id: [] for a in extraction.articles}
    for claim in extraction.claims:
        claims[claim.article].append(claim)
    return [{"version": VERSION, "article": article_dict(a), "claims": [claim_dict(c) for c in claims[a.id]]}
            for a in extraction.articles]


def jsonl(extraction: Extraction) -> str:
    """The JSON Lines text of ``extraction_lines``: one compact line per article."""
    return "".join(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n"
                   for line in extraction_lines(extraction))


def article_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "path": article.path,
        "source": article.source,
        "title": article.title,
        "url": article.url,
        "published": article.published,
        "published_from": article.published_from,
        "key": article.key,
    }


def fact_dict(fact: Fact) -> dict[str, Any]:
    return {
        "id": fact.id,
        "kind": fact.kind,
        "verdict": fact.verdict,
        "summary": fact.summary,
        "claims": [claim_dict(c) for c in fact.claims],
        "sources": fact.sources,
        "independent_sources": fact.independent_sources,
        "story": fact.story,
        "confidence": fact.confidence,
        "reason": fact.reason,
        "evidence": [anchor_dict(a) for a in fact.evidence],
    }


def claim_dict(claim: Claim) -> dict[str, Any]:
    return {
        "article": claim.article,
        "kind": claim.kind,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "sentence": claim.sentence,
        "value": value_dict(claim.value),
        "value_text": describe_value(claim.value),
        "attribution": claim.attribution,
        "mentions": [list(m) for m in claim.mentions],
        "about": about_dict(claim.about),
    }


def about_dict(about: About) -> dict[str, list[dict[str, Any]]]:
    """A claim's anchors by kind, each with the words that say it."""
    return {name: [anchor_dict(a) for a in about.anchors if a.kind == kind] for kind, name in ABOUT_FIELDS}


def anchor_dict(anchor: Anchor) -> dict[str, Any]:
    return {"kind": anchor.kind, "key": anchor.key, "text": anchor.text, "label": anchor.label}


def value_dict(value: Quantity | Quote | Event) -> dict[str, Any]:
    if isinstance(value, Quantity):
        numeric = not (value.dimension == "date" or value.dimension.startswith("clock_time"))
        low, high = value.interval.low, value.interval.high
        return {
            "low": _plain(low) if numeric else bound_text(value, low),
            "high": _plain(high) if numeric else bound_text(value, high),
            "qualifier": value.interval.qualifier,
            "unit": value.unit,
            "measure": value.measure,
            "measure_class": value.measure_class,
            "dimension": value.dimension,
            "subject": value.subject,
            "precision": _plain(value.precision),
            "stated": stated_dict(value),
            "change": value.change,
            "role": value.role,
        }
    if isinstance(value, Quote):
        return {"speaker": value.speaker, "content": value.content, "partial": value.partial,
                "speaker_via": value.speaker_via}
    return {
        "actor": value.actor,
        "action": value.action,
        "object": value.object,
        "place": value.place,
        "time": value.time,
        "negated": value.negated,
        "guessed": list(value.guessed),
        "denial": value.denial,
        "ongoing": value.ongoing,
    }


def stated_dict(value: Quantity) -> dict[str, Any] | None:
    """The figure as written: ``{text, value, unit}``; a range's value is ``[low, high]``."""
    stated = value.stated
    if stated is None:
        return None
    number = [_plain(v) for v in stated.value] if isinstance(stated.value, tuple) else _plain(stated.value)
    return {"text": stated.text, "value": number, "unit": stated.unit}


#: Significant digits a number keeps in the report: float noise goes ("0.060350399999999996"),
#: no written digit does ("1.5 mm" is 1.5e-06 km, not 2e-06).
SIGNIFICANT_DIGITS = 12


def _plain(v: float | None) -> int | float | None:
    if v is None:
        return None
    if float(v).is_integer() and abs(v) < 1e15:
        return int(v)
    return float(f"{v:.{SIGNIFICANT_DIGITS}g}")


def schema() -> dict[str, Any]:
    """The JSON Schema the report and the extraction follow (report/schema.json)."""
    from importlib.resources import files

    return json.loads(files("factcheck.report").joinpath("schema.json").read_text(encoding="utf-8"))


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
