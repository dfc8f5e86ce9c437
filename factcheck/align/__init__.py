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

from collections import defaultdict
from collections.abc import Hashable
from dataclasses import replace

from ..types import Claim
from .evidence import Story
from .rules import Pair, Rules


def _rules(story: Story) -> dict[str, Rules]:
    from . import events, quantities, quotes

    return {"quantity": quantities.rules(story), "quote": quotes.rules(story), "event": events.rules(story)}


def align(claims: tuple[Claim, ...], story: Story | None = None) -> list[tuple[Claim, ...]]:
    """Groups of claims that state the same fact, each group in article order.

    Claims whose values differ are joined only on evidence of one referent (evidence.py),
    judged against ``story`` (by default, what these claims name).
    """
    rules = _rules(story or Story.of(claims))
    blocks: dict[Hashable, list[Claim]] = defaultdict(list)
    for claim in claims:
        blocks[(claim.kind, rules[claim.kind].block_key(claim))].append(claim)
    groups: list[tuple[Claim, ...]] = []
    for (kind, _), block in blocks.items():
        for group in _cluster(_article_nodes(block, rules[kind]), rules[kind]):
            groups.extend(rules[kind].settle(group))
    return groups


def _article_nodes(block: list[Claim], rules: Rules) -> list[list[Claim]]:
    """Each article's claims of a block as nodes to cluster.

    Repeats become one claim with several mentions. Rival values of one fact
    stated by one article ("Tehran put the magnitude at 5.9, but the USGS said it
    was 6.1") are one node: they travel together.
    """
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for claim in block:
        by_article[claim.article].append(claim)
    nodes: list[list[Claim]] = []
    for same_article in by_article.values():
        merged = [_as_one(group) for group in _gather(same_article, rules.repeat)]
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
    best = max(repeats, key=lambda c: (len(c.sentence.split()), -c.start))
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


def _cluster(nodes: list[list[Claim]], rules: Rules) -> list[tuple[Claim, ...]]:
    """Join nodes of different articles, best linked pair first, one node per article per group."""
    article = [n[0].article for n in nodes]
    index: dict[Hashable, set[int]] = defaultdict(set)
    for i, node in enumerate(nodes):
        for claim in node:
            for key in rules.index_keys(claim):
                index[key].add(i)
    candidates = {(i, j) for ids in index.values() for i in ids for j in ids if i < j and article[i] != article[j]}
    pairs = []
    for i, j in candidates:
        if all(rules.linked(a, b) for a in nodes[i] for b in nodes[j]):
            pairs.append((max(rules.score(a, b) for a in nodes[i] for b in nodes[j]), i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    group_of = list(range(len(nodes)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(nodes))}
    for _, i, j in pairs:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        left, right = members[gi], members[gj]
        if {article[k] for k in left} & {article[k] for k in right}:
            continue
        if not all(rules.allowed(a, b) for x in left for y in right for a in nodes[x] for b in nodes[y]):
            continue
        for k in right:
            group_of[k] = gi
        left.extend(right)
        del members[gj]
    return [
        tuple(sorted((c for k in ks for c in nodes[k]), key=lambda c: (int(c.article[1:]), c.start)))
        for ks in members.values()
    ]
