"""Stage 6, compare: a verdict for each group of aligned claims.

- ``single_source``: one article states it.
- ``agree``: every pair of values is compatible (intervals that can hold the same
  true value; measures with units allow for the rounding of the figure as written).
- ``update``: values differ, the measure is a running count (deaths, injuries,
  people who fled), every article has a published date, and the figures never go
  down as the publication time goes up: a later report updated the count.
- ``conflict``: anything else with incompatible values.
See docs/verdicts.md.
"""

from __future__ import annotations

import datetime
from itertools import combinations

from .normalize.measures import CUMULATIVE_CLASSES
from .normalize.numbers import compatible
from .normalize.describe import describe_value
from .types import VERDICT_ORDER, Article, Claim, Fact, Quantity, Report, Verdict


def compare(articles: tuple[Article, ...], groups: list[tuple[Claim, ...]]) -> Report:
    """The report: one fact per group, conflicts first, ids in that order."""
    by_id = {a.id: a for a in articles}
    judged = [(verdict(group, by_id), group) for group in groups]
    judged.sort(key=lambda vg: (VERDICT_ORDER.index(vg[0]), _position(vg[1])))
    facts = tuple(
        Fact(
            id=f"f{n}",
            kind=group[0].kind,
            verdict=v,
            summary=summary(group),
            claims=group,
            sources=len({c.article for c in group}),
            independent_sources=independent_sources(group),
        )
        for n, (v, group) in enumerate(judged, start=1)
    )
    return Report(articles=articles, facts=facts)


def verdict(group: tuple[Claim, ...], articles: dict[str, Article]) -> Verdict:
    if len({c.article for c in group}) < 2:
        return "single_source"
    if all(values_agree(a, b) for a, b in combinations(group, 2)):
        return "agree"
    if _is_update(group, articles):
        return "update"
    return "conflict"


def values_agree(a: Claim, b: Claim) -> bool:
    va, vb = a.value, b.value
    if isinstance(va, Quantity) and isinstance(vb, Quantity):
        return compatible(va.interval, vb.interval, rounding=va.unit is not None and va.dimension != "clock_time")
    return va == vb


def _is_update(group: tuple[Claim, ...], articles: dict[str, Article]) -> bool:
    first = group[0].value
    if not isinstance(first, Quantity) or first.measure_class not in CUMULATIVE_CLASSES:
        return False
    dated = []
    for claim in group:
        published = articles[claim.article].published
        if published is None:
            return False
        dated.append((_moment(published), claim))
    dated.sort(key=lambda dc: dc[0])
    for (_, earlier), (_, later) in zip(dated, dated[1:]):
        lo_e, lo_l = _low(earlier), _low(later)
        if lo_e is None or lo_l is None or lo_l < lo_e:
            return False
    return len({d for d, _ in dated}) == len(dated)


def _moment(published: str) -> datetime.datetime:
    moment = datetime.datetime.fromisoformat(published.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.timezone.utc)


def _low(claim: Claim) -> float | None:
    value = claim.value
    assert isinstance(value, Quantity)
    return value.interval.low if value.interval.low is not None else value.interval.high


def independent_sources(group: tuple[Claim, ...]) -> int:
    """Articles that do not merely repeat an origin another article also cites."""
    origins: set[str] = set()
    count = 0
    for article in dict.fromkeys(c.article for c in group):
        cited = {c.origin for c in group if c.article == article and c.origin}
        if cited and cited <= origins:
            continue
        origins |= cited
        count += 1
    return count


def summary(group: tuple[Claim, ...]) -> str:
    """One line: what is measured, then each article's value."""
    first = group[0]
    value = first.value
    if isinstance(value, Quantity):
        label = value.measure
        if value.subject and value.subject.casefold() not in label:
            label = f"{value.subject} {label}" if value.measure_class in CUMULATIVE_CLASSES else f"{label} ({value.subject})"
        if first.frame.scope:
            label += f", {first.frame.scope}"
    else:
        label = first.kind
    shown = list(dict.fromkeys(describe_value(c.value) for c in group))
    return f"{label}: {' vs '.join(shown)}"


def _position(group: tuple[Claim, ...]) -> tuple[int, int]:
    return int(group[0].article[1:]), group[0].start
