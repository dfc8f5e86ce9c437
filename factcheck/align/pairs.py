"""Claims that the rules cannot tell apart, asked about once: wire copy carried by many outlets.

The rules (evidence.py, each kind's module) read a claim's value, text, sentence, frame and
anchors, and of its article only whether it is dated. Claims equal in all of that are one
claim as far as any rule or verdict goes, however many articles carry them (``claim_signature``).
The rules between claims of two articles (``linked``, ``allowed``, ``score``, ``settle``,
evidence.py, compare's verdicts) read less: never a claim's text or sentence, which only the
rules between claims of one article (``repeat``, ``rival``) read. Claims equal but for those
get one answer from them (``seen_signature``), however differently their sentences run.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import replace
from typing import Any

from ..types import Claim
from .story import Story


def claim_signature(claim: Claim, dated: frozenset[str]) -> Hashable:
    """What the rules can see of a claim."""
    return replace(claim, article="", start=0, end=0, mentions=()), claim.article in dated


def seen_signature(claim: Claim, dated: frozenset[str], common: frozenset[str] | None = None) -> Hashable:
    """What the rules between claims of two articles can see of a claim: not its sentence.

    With ``common``, the context words that claims of two articles or more hold in the claim's
    block: a word of the claim's article alone is seen only as one word more. No claim of
    another article holds it, and the rules between articles read a context only by the words
    two claims share and by its size (links.linked, pair_score, index_keys), so claims that
    differ only in words of their own get one answer from a claim of any other article."""
    seen = replace(claim, article="", start=0, end=0, mentions=(), text="", sentence="")
    if common is None:
        return seen, claim.article in dated
    context = claim.frame.context
    seen = replace(seen, frame=replace(claim.frame, context=context & common))
    return seen, claim.article in dated, len(context - common)


def value_signature(claim: Claim, dated: frozenset[str]) -> Hashable:
    """What ``settle`` and compare's evidence read of a claim: its kind, value and anchors, and
    whether its article is dated (values_agree, shared, quantity_conflict; not the frame)."""
    return claim.kind, claim.value, claim.about, claim.article in dated


def cross_pairs(group: tuple[Claim, ...], dated: frozenset[str] = frozenset(),
                signature: Callable[[Claim, frozenset[str]], Hashable] = seen_signature) -> list[tuple[Claim, Claim]]:
    """One pair of claims of different articles for each pair of distinct claims in the group
    (a claim and its copy in another article included), standing for all such pairs: whatever
    the rules between articles say of a pair depends on nothing else (``seen_signature``; a
    caller that reads less may pass a ``signature`` of what it reads)."""
    seen: dict[Hashable, list[Claim]] = {}  # per distinct claim: members of up to two articles
    for claim in group:
        mine = seen.setdefault(signature(claim, dated), [])
        if len(mine) < 2 and all(c.article != claim.article for c in mine):
            mine.append(claim)
    reps = list(seen.values())
    pairs = [(m[0], m[1]) for m in reps if len(m) == 2]
    for n, left in enumerate(reps):
        for right in reps[n + 1 :]:
            pair = next(((a, b) for a in left for b in right if a.article != b.article), None)
            if pair is not None:
                pairs.append(pair)
    return pairs


def value_only(claim: Claim, dated: frozenset[str], common: frozenset[str] | None = None) -> Hashable:
    """What the rules of a kind that reads nothing but values between articles see (quotes, events)."""
    return claim.value


def node_signature(story: Story, of: Callable[..., Hashable] = claim_signature, *common: frozenset[str]
                   ) -> Callable[[list[Claim]], Hashable]:
    """What the rules can see of a node: its claims without their article and offsets, and
    whether the article is dated (the rules' only use of the article). Nodes of one signature
    (wire copy carried by many outlets) are linked and checked once. With ``of``, what a kind's
    rules between articles see (``seen_signature``, ``value_only``; with ``common``, passed on,
    the context words of more than one article): nodes of one such signature get one answer
    from a node of any other article."""

    def signature(node: list[Claim]) -> Hashable:
        return tuple(of(c, story.dated, *common) for c in node)

    return signature


class ValuePairs:
    """Answers of rules that read only what ``value_signature`` holds of two claims, each asked once
    per pair of signatures: outlets wording one fact their own way differ in the frame alone
    (bench/scale.py --paired: the same question, hundreds of thousands of times). A claim's
    signature is numbered once, the claim kept with its number (by identity: a claim held here
    is never collected, so its id is never another claim's)."""

    def __init__(self, dated: frozenset[str]) -> None:
        self.dated = dated
        self.numbers: dict[Hashable, int] = {}
        self.held: dict[int, tuple[Claim, int]] = {}
        self.answers: dict[tuple[str, int, int], Any] = {}

    def number(self, claim: Claim) -> int:
        got = self.held.get(id(claim))
        if got is None:
            number = self.numbers.setdefault(value_signature(claim, self.dated), len(self.numbers))
            got = self.held[id(claim)] = (claim, number)
        return got[1]

    def ask(self, question: str, a: Claim, b: Claim, rule: Callable[[Claim, Claim], Any]) -> Any:
        """``rule(a, b)``, asked once per ``question`` and pair of value signatures."""
        key = (question, self.number(a), self.number(b))
        if key not in self.answers:
            self.answers[key] = rule(a, b)
        return self.answers[key]
