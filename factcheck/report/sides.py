"""What the Markdown and HTML reports share: the reading order, a fact's label, its odd ones out."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

#: The order a reader wants (issue 8): what is wrong first, then what moved, then what holds.
READING_ORDER = ("conflict", "update", "agree", "single_source")
KINDS = ("quantity", "event", "quote")


def in_reading_order(facts: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """(verdict, its facts) for each verdict that has facts, conflicts first; facts keep report order."""
    groups = [(v, [f for f in facts if f["verdict"] == v]) for v in READING_ORDER]
    return [(v, chosen) for v, chosen in groups if chosen]


def label(fact: dict[str, Any]) -> str:
    """What the fact is about, without its values: "people wounded", "quote by Jonas Mettler"."""
    head, _, rest = fact["summary"].partition(": ")
    if fact["kind"] == "event" and rest:  # "event: tarsia attack velmora": the head says nothing
        return rest
    return head


def odd_ones(fact: dict[str, Any]) -> set[int]:
    """Indexes of a conflict's claims whose value stands against a majority of the articles.

    Empty when there is no majority (two articles, one value each): then every value is
    disputed and none is the odd one. Values are grouped as the report shows them, as the
    reason line (confidence.reason) groups them.
    """
    if fact["verdict"] != "conflict":
        return set()
    sides: dict[str, list[str]] = defaultdict(list)
    for claim in fact["claims"]:
        if claim["article"] not in sides[claim["value_text"]]:
            sides[claim["value_text"]].append(claim["article"])
    ranked = sorted(sides.items(), key=lambda s: -len(s[1]))
    if len(ranked) < 2 or len(ranked[0][1]) <= len(ranked[1][1]):
        return set()
    majority = ranked[0][0]
    return {i for i, claim in enumerate(fact["claims"]) if claim["value_text"] != majority}


def highlight_parts(claim: dict[str, Any]) -> tuple[str, str, str]:
    """The claim's sentence as (before, claim, after); the claim alone when the sentence lacks it."""
    sentence, text = " ".join(claim["sentence"].split()), " ".join(claim["text"].split())
    at = sentence.find(text)
    if at < 0:
        return "", text, ""
    return sentence[:at], text, sentence[at + len(text):]
