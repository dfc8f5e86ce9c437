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
from collections.abc import Callable, Hashable, Iterator
from dataclasses import replace

from ..types import Claim
from .evidence import Story
from .pairs import node_signature
from .rules import Pair, Rules


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
        nodes = _article_nodes(block, rules[kind])
        for group in _cluster(nodes, rules[kind], node_signature(story), node_signature(story, seen=True)):
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


def _cluster(nodes: list[list[Claim]], rules: Rules, signature: Callable[[list[Claim]], Hashable],
             seen: Callable[[list[Claim]], Hashable]) -> list[tuple[Claim, ...]]:
    """Join nodes of different articles, best linked pair first, one node per article per group.

    Nodes of one ``signature`` (the same claims in other articles: wire copy) that the rules
    link and allow are one unit from the start, the best pair there can be; each question
    about two units (linked, score, allowed) is asked once per pair of what the rules between
    articles ``seen`` of them (units that differ only in their sentences get one answer). So
    the rules' work grows with the distinct claims of a block, not with the outlets that
    repeat them; only pairs sharing an index key are asked about at all (``_candidates``).
    Two groups join when every pair of what the rules see in them is allowed, each such pair
    asked once; a group refused once by another is refused by it for good (the pair not allowed
    stays in both).
    """
    units = _units(nodes, rules, signature)
    rep = [nodes[u[0]] for u in units]
    arts = [frozenset(nodes[i][0].article for i in u) for u in units]
    numbers: dict[Hashable, int] = {}
    unit_sig = [numbers.setdefault(seen(node), len(numbers)) for node in rep]
    asked: dict[tuple[str, int, int], object] = {}

    def ask(question: str, x: int, y: int) -> object:
        key = (question, unit_sig[x], unit_sig[y])
        if key not in asked:
            if question == "linked":
                asked[key] = all(rules.linked(a, b) for a in rep[x] for b in rep[y])
            elif question == "score":
                asked[key] = max(rules.score(a, b) for a in rep[x] for b in rep[y])
            else:
                asked[key] = all(rules.allowed(a, b) for a in rep[x] for b in rep[y])
        return asked[key]

    pairs = []
    for x, y in _candidates(rep, rules):
        if not arts[x] & arts[y] and ask("linked", x, y):
            pairs.append((ask("score", x, y), x, y))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    group_of = list(range(len(units)))
    members: dict[int, list[int]] = {x: [x] for x in range(len(units))}
    articles: dict[int, frozenset[str]] = dict(enumerate(arts))
    # what the rules see in each group (one unit of each), and the groups it may never join
    seen_in: dict[int, dict[int, int]] = {x: {unit_sig[x]: x} for x in range(len(units))}
    refused: dict[int, set[int]] = defaultdict(set)  # group -> groups it refused, asked in that order
    refused_by: dict[int, set[int]] = defaultdict(set)  # the other way round
    for _, x, y in pairs:
        gx, gy = group_of[x], group_of[y]
        if gx == gy or articles[gx] & articles[gy] or gy in refused[gx]:
            continue
        if not all(ask("allowed", u, v) for u in seen_in[gx].values() for v in seen_in[gy].values()):
            refused[gx].add(gy)  # groups only grow: the pair not allowed stays in both
            refused_by[gy].add(gx)
            continue
        for k in members[gy]:
            group_of[k] = gx
        members[gx].extend(members.pop(gy))
        articles[gx] |= articles.pop(gy)
        for sig, unit in seen_in.pop(gy).items():
            seen_in[gx].setdefault(sig, unit)
        _rename(refused, refused_by, gy, gx)  # allowed need not be symmetric: each refusal keeps its order
        _rename(refused_by, refused, gy, gx)
    return [
        tuple(sorted((c for x in xs for i in units[x] for c in nodes[i]), key=lambda c: (int(c.article[1:]), c.start)))
        for xs in members.values()
    ]


def _rename(edges: dict[int, set[int]], back: dict[int, set[int]], old: int, new: int) -> None:
    """Group ``old`` joined ``new``: its edges (and their ends' back edges) are ``new``'s."""
    for end in edges.pop(old, set()):
        edges[new].add(end)
        back[end].discard(old)
        back[end].add(new)


def _candidates(nodes: list[list[Claim]], rules: Rules) -> Iterator[tuple[int, int]]:
    """Each pair (x, y), x < y, of nodes whose claims share an index key (``Rules.index_keys``),
    once. Each key holds the set of its nodes as the bits of one integer, so a node's partners
    are the union of a few integers (machine words at a time), not a walk over every pair of
    a key shared by most of the block ("said", the story's place)."""
    holders: dict[Hashable, int] = defaultdict(int)
    keys = []
    for x, node in enumerate(nodes):
        mine = {key for claim in node for key in rules.index_keys(claim)}
        keys.append(mine)
        for key in mine:
            holders[key] |= 1 << x
    for x, mine in enumerate(keys):
        reach = 0
        for key in mine:
            reach |= holders[key]
        later = bin(reach >> (x + 1))[:1:-1]  # bit i: node x + 1 + i
        i = later.find("1")
        while i != -1:
            yield x, x + 1 + i
            i = later.find("1", i + 1)


def _units(nodes: list[list[Claim]], rules: Rules,
           signature: Callable[[list[Claim]], Hashable]) -> list[list[int]]:
    """Nodes gathered into units: nodes of one signature, each of another article, that the
    rules link and allow."""
    by_sig: dict[Hashable, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        by_sig[signature(node)].append(i)
    units: list[list[int]] = []
    for same in by_sig.values():
        first, second = nodes[same[0]], nodes[same[1]] if len(same) > 1 else None
        together = second is not None and all(rules.linked(a, b) and rules.allowed(a, b) for a in first for b in second)
        mine: list[list[int]] = []
        for i in same:
            home = next((u for u in mine if together and all(nodes[k][0].article != nodes[i][0].article for k in u)),
                        None)
            if home is None:
                mine.append([i])
            else:
                home.append(i)
        units.extend(mine)
    return units
