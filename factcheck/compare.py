"""Stage 6, compare: a verdict for each group of aligned claims.

- ``single_source``: one article states it.
- ``agree``: every pair of values is compatible (intervals that can hold the same
  true value; measures with units allow for the rounding of the figure as written).
- ``update``: the stated figures differ, the measure is a running count (deaths,
  injuries, people who fled), every article has a distinct published date, and the
  figures never go down as publication time goes up: a later report updated the
  count ("at least three" on the 27th, "at least 10" on the 28th).
- ``conflict``: anything else with incompatible values: figures whose intervals
  cannot hold one value, quotes given to different speakers or differing in a
  number, negation or name, events of opposite polarity or with a different
  actor, object or place.
See docs/verdicts.md.
"""

from __future__ import annotations

from itertools import combinations

from .align.story import Story
from .confidence import confidence, evidence, reason
from .load import published_moment
from .normalize import measures
from .normalize.describe import describe_value, shown_figures
from .normalize.values import stated_figure, value_difference, values_agree
from .stories import one_story
from .types import VERDICT_ORDER, Article, Claim, Fact, Quantity, Quote, Report, StoryGroup, Verdict


def compare(articles: tuple[Article, ...], groups: list[tuple[Claim, ...]], story: Story | None = None) -> Report:
    """The report: one fact per group, conflicts first (strongest first), ids in that order.

    ``story`` is what align judged the claims against (by default, what the claims name).
    """
    story = story or Story.of((c for group in groups for c in group), dated=(a.id for a in articles if a.published))
    return compare_stories(articles, [(one_story(articles)[0], groups, story)])


def compare_stories(articles: tuple[Article, ...],
                    parts: list[tuple[StoryGroup, list[tuple[Claim, ...]], Story]]) -> Report:
    """The report of several stories, each with its aligned groups and what align judged them
    against: facts of every story together, conflicts first (strongest first), ids in that order."""
    by_id = {a.id: a for a in articles}
    judged = []
    for part, groups, story in parts:
        for group in groups:
            v = verdict(group, by_id)
            anchors = evidence(group, story) if v != "single_source" else ()
            judged.append((v, group, anchors, confidence(v, group, anchors, story), part.id))
    judged.sort(key=lambda j: (VERDICT_ORDER.index(j[0]), -(j[3] or 0) if j[0] == "conflict" else 0, _position(j[1])))
    facts = tuple(
        Fact(
            id=f"f{n}",
            kind=group[0].kind,
            verdict=v,
            summary=summary(group),
            claims=group,
            sources=len({c.article for c in group}),
            independent_sources=independent_sources(group),
            confidence=sure,
            reason=reason(v, group, anchors),
            evidence=anchors,
            story=story_id,
        )
        for n, (v, group, anchors, sure, story_id) in enumerate(judged, start=1)
    )
    return Report(articles=articles, facts=facts, stories=tuple(p[0] for p in parts))


def verdict(group: tuple[Claim, ...], articles: dict[str, Article]) -> Verdict:
    if len({c.article for c in group}) < 2:
        return "single_source"
    if _is_update(group, articles):
        return "update"
    values = list(dict.fromkeys(c.value for c in group))  # wire copy: each value compared once
    if all(value_difference(a, b) is None for a, b in combinations(values, 2)):
        return "agree"
    return "conflict"


def _is_update(group: tuple[Claim, ...], articles: dict[str, Article]) -> bool:
    first = group[0].value
    if not isinstance(first, Quantity) or first.measure_class not in measures.CUMULATIVE_CLASSES:
        return False
    dated = []
    for claim in group:
        published = articles[claim.article].published
        if published is None:
            return False
        dated.append((published_moment(published), claim))
    # one (moment, value) each: wire copy published at one time by many outlets asks once
    at: dict[object, list[Claim]] = {}
    for t, c in {(t, c.value): (t, c) for t, c in dated}.values():
        at.setdefault(t, []).append(c)
    rose = False
    lowest = highest = None  # of the figures of earlier moments: each pair of moments, not asked pair by pair
    for t in sorted(at):
        if not all(values_agree(c1, c2) for c1, c2 in combinations(at[t], 2)):
            return False  # reports of the same moment that disagree conflict
        figures = [_figure(c) for c in at[t]]
        if highest is not None and min(figures) < highest:
            return False  # a running count does not go down
        if lowest is not None and max(figures) > lowest:
            rose = True
        lowest = min(figures) if lowest is None else min(lowest, *figures)
        highest = max(figures) if highest is None else max(highest, *figures)
    return rose


def _figure(claim: Claim) -> float:
    assert isinstance(claim.value, Quantity)
    return stated_figure(claim.value)


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
            cumulative = value.measure_class in measures.CUMULATIVE_CLASSES
            label = f"{value.subject} {label}" if cumulative else f"{label} ({value.subject})"
        if first.frame.scope:
            label += f", {first.frame.scope}"
        shown = [text for text, _ in shown_figures(c.value for c in group).values()]  # "66 yd", once each
        return f"{label}: {' vs '.join(shown)}"
    values = list(dict.fromkeys(c.value for c in group))
    reasons = list(dict.fromkeys(r for x, y in combinations(values, 2) if (r := value_difference(x, y))))
    if isinstance(value, Quote):
        speakers = list(dict.fromkeys(c.value.speaker or "unknown speaker" for c in group))  # type: ignore[union-attr]
        text = f"quote by {' / '.join(speakers)}: “{_short(value.content)}”"
    else:
        text = f"event: {describe_value(value)}"
    return f"{text} — {'; '.join(reasons)}" if reasons else text


def _short(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _position(group: tuple[Claim, ...]) -> tuple[int, int]:
    return int(group[0].article[1:]), group[0].start
