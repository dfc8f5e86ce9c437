"""Inside one block: nodes of different articles joined, best linked pair first, one node per
article per group, without asking about every pair of nodes.

The result is the one the plain rule gives (tests/test_align_index.py holds them together):
take every pair of nodes of different articles that the rules link, best score first (ties
by the nodes' order); join their groups when the groups share no article and every pair of
their claims is allowed. What makes that cheaper, each step exact:

- nodes of one ``signature`` (the same claims in other articles: wire copy) that the rules
  link and allow are one unit from the start, the best pair there can be;
- units are asked about by *class*, what the rules between articles ``seen`` of them
  (``pairs.seen_signature``: units that differ only in their sentences, or in context words
  that their article alone holds, are one class): every question (linked, score, allowed) is
  asked once per pair of classes, of two nodes of different articles;
- only classes sharing an index key (``Rules.index_keys``) are paired at all;
- the pairs of units are walked score by score, unit by unit, but a class whose units are
  all in one group that the current unit's group has joined, refused or shares an article
  with is passed over whole: no later pair of theirs can join anything (groups only grow,
  and a pair not allowed stays in both groups);
- two groups are checked by the pairs of classes in them, and a refusal is remembered (in
  its order: ``allowed`` need not be symmetric).
So the work grows with the classes of a block and the joins made, not with the pairs of
outlets that tell one fact in sentences of their own.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterator
from heapq import heapify, heappop, heappush

from ..types import Claim
from .rules import Rules


def cluster(nodes: list[list[Claim]], rules: Rules, signature: Callable[[list[Claim]], Hashable],
            seen: Callable[[list[Claim]], Hashable]) -> list[tuple[Claim, ...]]:
    """The groups of a block's nodes (see the module's docstring), each in article order."""
    units = _units(nodes, rules, signature)
    rep = [nodes[u[0]] for u in units]
    numbers: dict[Hashable, int] = {}
    class_of = [numbers.setdefault(seen(node), len(numbers)) for node in rep]
    classes: list[list[int]] = [[] for _ in numbers]  # each class's units, in order
    for x, c in enumerate(class_of):
        classes[c].append(x)
    one = [rep[units_of[0]] for units_of in classes]  # a node standing for each class
    # and up to two of different articles: a class is one to the rules only against another article
    two = [[rep[x] for x in _two_articles(units_of, rep)] for units_of in classes]
    asked: dict[tuple[str, int, int], object] = {}

    def ask(question: str, s: int, t: int) -> object:
        key = (question, s, t)
        if key not in asked:
            pair = next(((m, n) for m in two[s] for n in two[t] if m[0].article != n[0].article), None)
            if pair is None:  # every unit of s and t shares one article: never a pair
                asked[key] = question != "linked"
            elif question == "linked":
                asked[key] = all(rules.linked(a, b) for a in pair[0] for b in pair[1])
            elif question == "score":
                asked[key] = max(rules.score(a, b) for a in pair[0] for b in pair[1])
            else:
                asked[key] = all(rules.allowed(a, b) for a in pair[0] for b in pair[1])
        return asked[key]

    # linked pairs of classes (s, t): units x of s before units y of t; by score
    levels: dict[float, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    ordered = [(s, s) for s in range(len(classes)) if len(classes[s]) > 1 and _keys(one[s], rules)]
    for s, t in candidates(one, rules):
        ordered += [(s, t), (t, s)]
    for s, t in ordered:
        if classes[s][0] < classes[t][-1] and ask("linked", s, t):
            levels[ask("score", s, t)][s].append(t)  # type: ignore[index]
    groups = _Groups(units, nodes, class_of, ask)
    for score in sorted(levels, reverse=True):
        partners = levels[score]
        for x in sorted(x for s in partners for x in classes[s]):
            _walk(x, partners[class_of[x]], classes, groups)
    return [
        tuple(sorted((c for x in xs for i in units[x] for c in nodes[i]), key=lambda c: (int(c.article[1:]), c.start)))
        for xs in groups.members.values()
    ]


def _two_articles(units_of: list[int], rep: list[list[Claim]]) -> list[int]:
    """The class's first unit, and its first unit of another article if it has one."""
    article = rep[units_of[0]][0].article
    other = next((x for x in units_of if rep[x][0].article != article), None)
    return [units_of[0]] if other is None else [units_of[0], other]


def _walk(x: int, partners: list[int], classes: list[list[int]], groups: _Groups) -> None:
    """The pairs (x, y) of one score, y after x in one of the ``partners`` classes, in y's order."""
    heap = []
    for t in partners:
        at = bisect_right(classes[t], x)
        if at < len(classes[t]):
            heap.append((classes[t][at], t, at))
    heapify(heap)
    while heap:
        y, t, at = heappop(heap)
        groups.pair(x, y)  # after it, y's group has joined x's, or been refused by it, or shares an article
        if groups.held[groups.group_of[y]][t] == len(classes[t]):
            continue  # and every unit of t is in y's group: no later pair of x with t can join
        if at + 1 < len(classes[t]):
            heappush(heap, (classes[t][at + 1], t, at + 1))


class _Groups:
    """The groups joined so far, what classes each holds, and the refusals between them."""

    def __init__(self, units: list[list[int]], nodes: list[list[Claim]], class_of: list[int],
                 ask: Callable[[str, int, int], object]) -> None:
        self.arts = [frozenset(nodes[i][0].article for i in u) for u in units]
        self.ask = ask
        self.group_of = list(range(len(units)))
        self.members: dict[int, list[int]] = {x: [x] for x in range(len(units))}
        self.articles: dict[int, frozenset[str]] = dict(enumerate(self.arts))
        self.held: dict[int, Counter[int]] = {x: Counter((class_of[x],)) for x in range(len(units))}
        self.refused: dict[int, set[int]] = defaultdict(set)  # group -> groups it refused, in that order
        self.refused_by: dict[int, set[int]] = defaultdict(set)  # the other way round

    def pair(self, x: int, y: int) -> None:
        """The pair (x, y) in its turn: join their groups if nothing keeps them apart."""
        if self.arts[x] & self.arts[y]:
            return  # one article: never a pair
        gx, gy = self.group_of[x], self.group_of[y]
        if gx == gy or self.articles[gx] & self.articles[gy] or gy in self.refused[gx]:
            return
        if not all(self.ask("allowed", s, t) for s in self.held[gx] for t in self.held[gy]):
            self.refused[gx].add(gy)  # groups only grow: the pair not allowed stays in both
            self.refused_by[gy].add(gx)
            return
        for k in self.members[gy]:
            self.group_of[k] = gx
        self.members[gx].extend(self.members.pop(gy))
        self.articles[gx] |= self.articles.pop(gy)
        self.held[gx].update(self.held.pop(gy))
        _rename(self.refused, self.refused_by, gy, gx)
        _rename(self.refused_by, self.refused, gy, gx)


def _rename(edges: dict[int, set[int]], back: dict[int, set[int]], old: int, new: int) -> None:
    """Group ``old`` joined ``new``: its edges (and their ends' back edges) are ``new``'s."""
    for end in edges.pop(old, set()):
        edges[new].add(end)
        back[end].discard(old)
        back[end].add(new)


def _keys(node: list[Claim], rules: Rules) -> set[Hashable]:
    return {key for claim in node for key in rules.index_keys(claim)}


def candidates(nodes: list[list[Claim]], rules: Rules) -> Iterator[tuple[int, int]]:
    """Each pair (x, y), x < y, of nodes whose claims share an index key (``Rules.index_keys``),
    once. Each key holds the set of its nodes as the bits of one integer, so a node's partners
    are the union of a few integers (machine words at a time), not a walk over every pair of
    a key shared by most of the block ("said", the story's place)."""
    holders: dict[Hashable, int] = defaultdict(int)
    keys = []
    for x, node in enumerate(nodes):
        mine = _keys(node, rules)
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


def _units(nodes: list[list[Claim]], rules: Rules, signature: Callable[[list[Claim]], Hashable]) -> list[list[int]]:
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
