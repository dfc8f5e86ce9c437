"""Stage 5, align: group the claims of different articles that state the same fact.

Claims are first blocked by kind and key (a quantity's dimension and measure
class), so only claims that could be the same fact are ever compared: there is
no all-pairs comparison. Inside a block, a figure repeated within one article
becomes one claim with several mentions; then claims of different articles are
joined, best-scoring pair first, into groups holding at most one claim per
article, where every pair in a group may align (complete linkage).
Values are never a reason to align: "137 minutes" and "Route 137" never meet.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Callable, Hashable

from .normalize.measures import EVENT_CLASSES
from .types import Claim, Frame, Quantity

#: Figures whose measure is a plain noun ("troops", "buildings", "distance") align only
#: when their sentences share at least this many content lemmas besides the measure
#: itself. 2 keeps "sending thousands of troops to Europe" apart from "30,000 to 60,000
#: troops deployed on Ukrainian soil" (they share only "troops") while "20 miles from the
#: capital" finds "20 miles away from the capital" (Russian, tank, capital). Calibrated
#: on the fixtures under fixtures/ (see docs/verdicts.md).
MIN_SHARED_CONTEXT = 1
#: Pair score = context overlap (Jaccard, 0-1) + these bonuses; the best pairs join first.
SAME_VALUE_BONUS = 0.5
SAME_SCOPE_BONUS = 0.2


def align(claims: tuple[Claim, ...]) -> list[tuple[Claim, ...]]:
    """Groups of claims that state the same fact, each group in article order."""
    blocks: dict[Hashable, list[Claim]] = defaultdict(list)
    for claim in claims:
        blocks[block_key(claim)].append(claim)
    groups: list[tuple[Claim, ...]] = []
    for block in blocks.values():
        groups.extend(_cluster(_article_nodes(block), can_align, pair_score))
    return groups


def block_key(claim: Claim) -> Hashable:
    """Claims in different blocks are never compared."""
    value = claim.value
    if isinstance(value, Quantity):
        return ("quantity", value.dimension, value.measure_class)
    return (claim.kind,)


def can_align(a: Claim, b: Claim) -> bool:
    """Whether two claims of one block may state the same fact (values aside)."""
    if not _frames_fit(a.frame, b.frame):
        return False
    if isinstance(a.value, Quantity) and a.value.measure_class not in EVENT_CLASSES:
        return len(_shared_context(a, b)) >= MIN_SHARED_CONTEXT
    return True


def pair_score(a: Claim, b: Claim) -> float:
    union = a.frame.context | b.frame.context
    score = len(_shared_context(a, b)) / len(union) if union else 0.0
    if _same_value(a, b):
        score += SAME_VALUE_BONUS
    if a.frame.scope and a.frame.scope == b.frame.scope:
        score += SAME_SCOPE_BONUS
    return score


def _shared_context(a: Claim, b: Claim) -> set[str]:
    measure_words: set[str] = set()
    for claim in (a, b):
        if isinstance(claim.value, Quantity):
            measure_words.update(claim.value.measure.split())
    return set(a.frame.context & b.frame.context) - measure_words


def _same_value(a: Claim, b: Claim) -> bool:
    from .compare import values_agree

    return values_agree(a, b)


def _article_nodes(block: list[Claim]) -> list[list[Claim]]:
    """Each article's claims of a block as nodes to cluster.

    Repeats of one figure become one claim with several mentions. Claims of one
    sentence that fit one frame but differ in value ("Tehran put the magnitude at
    5.9, but the USGS said it was 6.1") are one node: the article itself reports
    competing values of one fact, and they travel together.
    """
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for claim in block:
        by_article[claim.article].append(claim)
    nodes: list[list[Claim]] = []
    for same_article in by_article.values():
        kept: list[list[Claim]] = []
        for claim in same_article:
            home = next((k for k in kept if all(_is_repeat(claim, other) for other in k)), None)
            if home is None:
                kept.append([claim])
            else:
                home.append(claim)
        merged = [_as_one(k) for k in kept]
        article_nodes: list[list[Claim]] = []
        for claim in merged:
            rival = next((n for n in article_nodes if all(_is_rival(claim, other) for other in n)), None)
            if rival is None:
                article_nodes.append([claim])
            else:
                rival.append(claim)
        nodes.extend(article_nodes)
    return nodes


#: Words that set one reported value against another in a sentence.
CONTRAST_WORDS = re.compile(r"\b(but|while|whereas|although|though|however|instead|compared with)\b", re.IGNORECASE)


def _is_rival(a: Claim, b: Claim) -> bool:
    """Two values of one fact that one sentence sets against each other.

    Same sentence, frames that fit, and either two named sources or a contrast
    between them; "a 2.9 aftershock ... and a 2.2" are two aftershocks, not rivals.
    """
    if a.sentence != b.sentence or not _frames_fit(a.frame, b.frame):
        return False
    if a.attribution and b.attribution and a.origin != b.origin:
        return True
    first, second = sorted((a, b), key=lambda c: c.start)
    start = first.start - _sentence_start(first)
    between = first.sentence[start + len(first.text) : second.start - _sentence_start(first)]
    return bool(CONTRAST_WORDS.search(between))


def _sentence_start(claim: Claim) -> int:
    """Offset of the claim's sentence in its article (the claim text is inside it)."""
    return claim.start - claim.sentence.find(claim.text)


def _is_repeat(a: Claim, b: Claim) -> bool:
    """Two claims of one article state the same figure: equal values and frames that fit.

    Within one sentence a compatible value is a restatement ("58km (36 miles)",
    "8 p.m. local time (1 p.m. ET)"); across sentences the values must be equal.
    """
    va, vb = a.value, b.value
    if not (isinstance(va, Quantity) and isinstance(vb, Quantity)):
        return va == vb
    if a.sentence == b.sentence:
        same = _same_value(a, b)
    else:
        same = va.interval == vb.interval
    return same and _frames_fit(a.frame, b.frame)


def _frames_fit(fa: Frame, fb: Frame) -> bool:
    """No stated owner, place or time scope tells the two apart."""
    if fa.owners and fb.owners and not fa.owners & fb.owners:
        return False
    if fa.places and fb.places and not fa.places & fb.places:
        return False
    return not (fa.scope and fb.scope and fa.scope != fb.scope)


def _as_one(repeats: list[Claim]) -> Claim:
    """The claim with the fullest sentence stands for all, listing every mention."""
    best = max(repeats, key=lambda c: (len(c.sentence.split()), -c.start))
    mentions = tuple(sorted(m for c in repeats for m in c.mentions))
    return replace(best, mentions=mentions)


def _cluster(
    nodes: list[list[Claim]],
    may_join: Callable[[Claim, Claim], bool],
    score: Callable[[Claim, Claim], float],
) -> list[tuple[Claim, ...]]:
    """Join nodes of different articles, best pair first, one node per article per group."""
    def node_score(x: list[Claim], y: list[Claim]) -> float:
        return max(score(a, b) for a in x for b in y)

    def node_joins(x: list[Claim], y: list[Claim]) -> bool:
        return all(may_join(a, b) for a in x for b in y)

    article = [n[0].article for n in nodes]
    pairs = [
        (node_score(x, nodes[j]), i, j)
        for i, x in enumerate(nodes)
        for j in range(i + 1, len(nodes))
        if article[j] != article[i] and node_joins(x, nodes[j])
    ]
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
        if not all(node_joins(nodes[x], nodes[y]) for x in left for y in right):
            continue
        for k in right:
            group_of[k] = gi
        left.extend(right)
        del members[gj]
    return [
        tuple(sorted((c for k in ks for c in nodes[k]), key=lambda c: (int(c.article[1:]), c.start)))
        for ks in members.values()
    ]
