"""Stage 5, align: group the claims of different articles that state the same fact.

Claims are first blocked by kind and key (a quantity's dimension and measure
class, a quote's content terms, an event's action class), so only claims that
could be the same fact are ever compared: there is no all-pairs comparison.
Inside a block, a claim repeated within one article becomes one claim with
several mentions; then claims of different articles are joined, best linked
pair first, into groups holding at most one node per article, and two groups
join only if nothing stated tells any of their claims apart. Each kind's rules
are in its own module (quantities.py, quotes.py, events.py).
Values are never a reason to align: "137 minutes" and "Route 137" never meet.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable
from dataclasses import replace

from ..types import Claim, Quantity
from .cluster import cluster
from .pairs import node_signature
from .rules import Pair, Rules
from .story import Story


def _rules(story: Story) -> dict[str, Rules]:
    from . import events, quantities, quotes

    return {"quantity": quantities.rules(story), "quote": quotes.rules(story), "event": events.rules(story)}


def align(claims: tuple[Claim, ...], story: Story | None = None) -> list[tuple[Claim, ...]]:
    """Groups of claims that state the same fact, each group in article order.

    Claims whose values differ are joined only on evidence of one referent (evidence.py),
    judged against ``story`` (by default, what these claims name).
    """
    story = story or Story.of(claims)
    rules = _rules(story)
    blocks: dict[Hashable, list[Claim]] = defaultdict(list)
    for claim in claims:
        blocks[(claim.kind, rules[claim.kind].block_key(claim))].append(claim)
    groups: list[tuple[Claim, ...]] = []
    for (kind, _), block in blocks.items():
        repeats: dict[int, list[Claim]] = {}
        nodes = _article_nodes(block, rules[kind], repeats)
        seen = node_signature(story, rules[kind].sees, _common_words(nodes))
        parts = [part for group in cluster(nodes, rules[kind], node_signature(story), seen)
                 for part in rules[kind].settle(group)]
        groups.extend(_shown(part, repeats, rules[kind]) for part in _folded(_swapped(parts, rules[kind]), rules[kind]))
    return groups


def _folded(parts: list[tuple[Claim, ...]], rules: Rules) -> list[tuple[Claim, ...]]:
    """A claim left alone that is a fragment of what its article's claim of a fact states, as another
    article tells it whole (``Rules.fragment``), becomes a mention of that claim: one article quotes
    "When the patch is released, people should run" and, paragraphs later, "This vulnerability is
    being exploited"; another quotes both in one piece. The first fragment joined the other's
    quote; the second was a single-source fact of words two articles state."""
    facts: dict[str, list[int]] = defaultdict(list)  # article -> the facts it has a claim in
    for i, part in enumerate(parts):
        if len({c.article for c in part}) > 1:
            for article in {c.article for c in part}:
                facts[article].append(i)
    out = list(parts)
    gone: set[int] = set()
    for i, part in enumerate(parts):
        if len(part) != 1:
            continue
        alone = part[0]
        for f in facts.get(alone.article, ()):
            own = next((c for c in out[f] if c.article == alone.article), None)
            if own is not None and any(rules.fragment(alone, own, other)
                                       for other in out[f] if other.article != alone.article):
                mentions = tuple(sorted({*_spans(own), *_spans(alone)}))
                out[f] = tuple(replace(own, mentions=mentions) if c is own else c for c in out[f])
                gone.add(i)
                break
    return [part for i, part in enumerate(out) if i not in gone]


def _swapped(parts: list[tuple[Claim, ...]], rules: Rules) -> list[tuple[Claim, ...]]:
    """A figure of a group that is not the value most of it states, from an article that states
    that value in a claim left alone, trades places with it: "239 people on board" joins the
    other reports' 239, and the same report's "between 200 and 300 people gathered" leaves. The
    join is best pair first, and one article gives one claim to a fact, so a claim sharing more
    words can take the place its article's matching claim should have."""
    alone: dict[str, list[int]] = defaultdict(list)
    for i, part in enumerate(parts):
        if len(part) == 1 and part[0].kind == "quantity":
            alone[part[0].article].append(i)
    out = list(parts)
    for g, group in enumerate(parts):
        values = Counter(c.value.interval for c in group if isinstance(c.value, Quantity))
        top, many = values.most_common(1)[0] if values else (None, 0)
        if len({c.article for c in group}) < 3 or many < 2:
            continue
        for odd in (c for c in group if isinstance(c.value, Quantity) and c.value.interval != top):
            rest = [c for c in out[g] if c is not odd]
            swap = next((i for i in alone[odd.article] if out[i][0].value.interval == top
                         and any(rules.linked(out[i][0], c) for c in rest)
                         and all(rules.allowed(out[i][0], c) and rules.allowed(c, out[i][0]) for c in rest)), None)
            if swap is not None:
                out[g] = tuple(sorted((*rest, out[swap][0]), key=lambda c: (int(c.article[1:]), c.start)))
                out[swap] = (odd,)
    return out


def _shown(group: tuple[Claim, ...], repeats: dict[int, list[Claim]], rules: Rules) -> tuple[Claim, ...]:
    """Each claim an article repeats, shown by the mention that states what the group's other
    claims state: an article that gives "2012" as the year one man was charged and, later, as the
    year of another man's attacks joins another report of the charge by the first sentence's
    words, and is shown by that sentence, not by the longer one about the attacks."""
    if len(group) < 2 or not any(id(c) in repeats for c in group):
        return group
    shown = []
    for claim in group:
        mentions = repeats.get(id(claim))
        if mentions is None:
            shown.append(claim)
            continue
        others = [c for c in group if c is not claim]
        fullest = _fullest(mentions)
        same = [m for m in mentions if m.value == claim.value]  # "58km (36 miles)" is shown as merged
        best = max(same, key=lambda m: (sum(rules.linked(m, o) for o in others),
                                        sum(len(m.frame.context & o.frame.context) for o in others), m is fullest))
        shown.append(claim if best is fullest else replace(best, mentions=claim.mentions, frame=claim.frame))
    return tuple(shown)


def _spans(claim: Claim) -> tuple[tuple[int, int], ...]:
    return claim.mentions or ((claim.start, claim.end),)


def _common_words(nodes: list[list[Claim]]) -> frozenset[str]:
    """The context words that claims of two articles or more of a block hold (``pairs.seen_signature``)."""
    first: dict[str, str] = {}  # word -> the first article holding it
    common: set[str] = set()
    for node in nodes:
        for claim in node:
            for word in claim.frame.context:
                if first.setdefault(word, claim.article) != claim.article:
                    common.add(word)
    return frozenset(common)


def _article_nodes(block: list[Claim], rules: Rules, repeats: dict[int, list[Claim]] | None = None
                   ) -> list[list[Claim]]:
    """Each article's claims of a block as nodes to cluster.

    Repeats become one claim with several mentions (``repeats``, when given, keeps each merged
    claim's mentions as claims, by the merged claim's id). Rival values of one fact
    stated by one article ("Tehran put the magnitude at 5.9, but the USGS said it
    was 6.1") are one node: they travel together.
    """
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for claim in block:
        by_article[claim.article].append(claim)
    nodes: list[list[Claim]] = []
    for same_article in by_article.values():
        merged = []
        for group in _gather(same_article, rules.repeat):
            merged.append(_as_one(group))
            if repeats is not None and len(group) > 1:
                repeats[id(merged[-1])] = group
        nodes.extend(_gather(merged, rules.rival))
    return nodes


def _gather(claims: list[Claim], together: Pair) -> list[list[Claim]]:
    groups: list[list[Claim]] = []
    for claim in claims:
        home = next((g for g in groups if all(together(claim, other) for other in g)), None)
        if home is None:
            groups.append([claim])
        else:
            home.append(claim)
    return groups


def _as_one(repeats: list[Claim]) -> Claim:
    """The claim with the fullest sentence stands for all, with every mention and all their context."""
    best = _fullest(repeats)
    if len(repeats) == 1:
        return best
    mentions = tuple(sorted({m for c in repeats for m in c.mentions}))
    frames = [c.frame for c in repeats]
    frame = replace(
        best.frame,
        owners=frozenset().union(*(f.owners for f in frames)),
        places=frozenset().union(*(f.places for f in frames)),
        context=frozenset().union(*(f.context for f in frames)),
        clause=frozenset().union(*(f.clause for f in frames)),
    )
    return replace(best, mentions=mentions, frame=frame)


def _fullest(repeats: list[Claim]) -> Claim:
    return max(repeats, key=lambda c: (len(c.sentence.split()), -c.start))
