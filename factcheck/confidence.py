"""Stage 6, compare (continued): how sure a verdict is, and the one line that says why.

The confidence of an agreement, a conflict or an update is computed from the evidence that
joined its claims (``align.evidence``). For an agreement it is the share of agreements resting on
such evidence that readers found right: a logistic model of what the evidence is (its kind, a
toll, two numbers that only fit, a small count, the anchors shared), fitted by bench/calibrate.py on the
labelled agreements (``AGREEMENT_MODEL``). For a conflict or an update, too rarely labelled for a
fit, each kind of shared anchor is an independent chance that the claims are about one thing,
combined as 1 - Π(1 - w) from ``BASE``; it orders conflicts, strongest first. The tables are in
docs/verdicts.md.
"""

from __future__ import annotations

import math
from collections import defaultdict

from .align.evidence import MAIN_EVENT, acts_on, quantity_conflict, shared
from .align.kinds import head_class
from .align.links import SMALL_COUNT, STRONG_MEASURES
from .align.pairs import cross_pairs, value_signature
from .align.quantities import generic_dimension
from .align.story import Story
from .normalize.describe import describe_value, figure_key, shown_figures
from .normalize.referents import names_a_kind
from .normalize.speakers import same_speaker
from .normalize.values import difference, stated_figure, value_difference
from .types import Anchor, Claim, Event, Quantity, Quote, Verdict

#: Claims joined by their measure and context words only.
BASE = 0.3
#: What each kind of shared anchor adds (as an independent chance of one referent).
WEIGHTS = {
    "specific": 0.45,  # a named person, organisation, place or time that is not the story's own
    "main": 0.15,  # one of the story's main names, places or days (it stands beside every figure)
    "kind": 0.15,  # an event's actor or object that names a kind, not one referent ("people", "the building")
    "predicate": 0.35,  # the same predicate with the same object ("approved a bond")
    "main_event": 0.35,  # a toll or a magnitude of the story's main event, nothing else named
    "majority": 0.1,  # a conflict whose odd value stands against two or more agreeing articles
    "source": 0.05,  # each agreeing article beyond the second
}
CEILING = 0.97


def evidence(group: tuple[Claim, ...], story: Story) -> tuple[Anchor, ...]:
    """The anchors that claims of different articles in the group share, each once."""
    found: dict[tuple[str, str], Anchor] = {}
    for a, b in cross_pairs(group, story.dated, value_signature):  # shared, difference, quantity_conflict
        anchors = shared(a, b)
        if isinstance(a.value, Quantity) and difference(a, b):
            anchors = quantity_conflict(a, b, story) or anchors
        for anchor in anchors:
            found.setdefault((anchor.kind, anchor.key), anchor)
    return tuple(sorted(found.values(), key=_strength))


#: The order anchors are listed in: what ties claims most specifically first.
ANCHOR_ORDER = ("entity", "place", "time", "predicate", "subject")


def _strength(anchor: Anchor) -> tuple[int, str]:
    if anchor == MAIN_EVENT:
        return -1, ""
    kind = anchor.label if anchor.kind == "event" else anchor.kind
    return (ANCHOR_ORDER.index(kind) if kind in ANCHOR_ORDER else len(ANCHOR_ORDER)), anchor.key


def confidence(verdict: Verdict, group: tuple[Claim, ...], anchors: tuple[Anchor, ...], story: Story) -> float | None:
    """0-1 for an agreement, a conflict or an update; None for a single source. An agreement's is
    the share of agreements with its evidence that readers found right (``agreement_odds``); a
    conflict's or an update's the evidence score (``evidence_score``): too few conflicts are
    labelled to fit a model on."""
    if verdict == "single_source":
        return None
    if verdict == "agree":
        return agreement_odds(agreement_features(group, anchors, story))
    return evidence_score(verdict, group, anchors, story)


def evidence_score(verdict: Verdict, group: tuple[Claim, ...], anchors: tuple[Anchor, ...], story: Story) -> float:
    """Each shared anchor an independent chance of one referent (``WEIGHTS``), from ``BASE``."""
    chances = [BASE]
    for anchor in anchors:
        if anchor == MAIN_EVENT:
            chances.append(WEIGHTS["main_event"])
        elif _a_kind(anchor):
            chances.append(WEIGHTS["kind"])
        elif anchor.kind in ("entity", "place", "time"):
            chances.append(WEIGHTS["main"] if story.is_main(anchor.kind, anchor.key) else WEIGHTS["specific"])
        elif acts_on(anchor):
            chances.append(WEIGHTS["predicate"])
        elif anchor.label == "subject" and story.is_main(anchor.kind, anchor.key):
            chances.append(WEIGHTS["main"])
    sides = _sides(group)
    articles = len({c.article for c in group})
    if verdict == "conflict" and len(sides) > 1 and len(sides[0][1]) >= 2 and len(sides[0][1]) > len(sides[1][1]):
        chances.append(WEIGHTS["majority"])
    if verdict == "agree":
        chances.extend([WEIGHTS["source"]] * max(0, articles - 2))
    doubt = 1.0
    for chance in chances:
        doubt *= 1 - chance
    return round(min(CEILING, 1 - doubt), 2)


#: What joined claims that share no anchor, by kind.
WEAKEST = {"quantity": "measure and context words", "quote": "the quoted words", "event": "the action and its words"}


def reason(verdict: Verdict, group: tuple[Claim, ...], anchors: tuple[Anchor, ...]) -> str:
    """One line: what joined the claims and, for a conflict, which source is the odd one out."""
    joined = ", ".join(f"{a.text} ({_kind_word(a)})" for a in anchors[:4]) or WEAKEST[group[0].kind]
    if verdict == "single_source":
        return f"stated by {group[0].article} only"
    sides, verb = _sides(group), "say"
    if verdict == "conflict" and len(sides) == 1 and isinstance(group[0].value, Quote):
        wordings = _wording_sides(group)  # one speaker, two wordings: the words are the sides
        if wordings:
            sides, verb = wordings, "write"
    if verdict == "conflict":
        (value, big), *rest = sides
        said = [f"{_who(arts)} {verb}{'s' if len(arts) == 1 else ''} {v}" for v, arts in sides]
        if rest and len(big) > len(rest[0][1]):  # a majority: the others are the odd ones out
            gap = _gap(group, value, _odd(group, value, [v for v, _ in rest]), "the odd one ")
            return f"{'; '.join(said[1:])}; {said[0]}{gap} — joined on: {joined}"
        gap = _gap(group, value, rest[0][0], "") if rest else ""
        return f"{'; '.join(said)}{gap} — no majority; joined on: {joined}"
    if verdict == "update":
        first, last = sides[-1], sides[0]
        return f"a running count: {_who(first[1])} {first[0]}, later {_who(last[1])} {last[0]} — joined on: {joined}"
    return f"{len({c.article for c in group})} articles agree — joined on: {joined}"


def _sides(group: tuple[Claim, ...]) -> list[tuple[str, list[str]]]:
    """Each value as shown, with the articles stating it, most articles first."""
    sides: dict[str, list[str]] = defaultdict(list)
    speakers: dict[str, str] = {}  # one side per speaker however spelled ("AJ Butler" / "A.J. Butler")
    listed: set[tuple[str, str]] = set()
    figures = shown_figures(c.value for c in group if isinstance(c.value, Quantity))
    for claim in group:
        shown = figures[figure_key(claim.value)][0] if isinstance(claim.value, Quantity) else _short(claim)
        if isinstance(claim.value, Quote) and (speaker := claim.value.speaker):
            shown = next((side for name, side in speakers.items() if same_speaker(name, speaker)), shown)
            speakers.setdefault(speaker, shown)
        if (shown, claim.article) not in listed:
            listed.add((shown, claim.article))
            sides[shown].append(claim.article)
    return sorted(sides.items(), key=lambda s: (-len(s[1]), s[1][0]))


def _wording_sides(group: tuple[Claim, ...]) -> list[tuple[str, list[str]]]:
    """A quote's conflict in its words, not its speaker: each side is what its articles write
    where the wordings differ ("a2 writes “wendy”; a4 writes “debbie”"), most articles first;
    none when a difference is not one of two wordings."""
    first, *others = group
    sides: dict[str, list[str]] = defaultdict(list)
    alike = []  # the claims that write what the first does
    for claim in others:
        differs = value_difference(first.value, claim.value)
        if differs is None:
            alike.append(claim.article)
            continue
        _, _, words = differs.partition(": ")
        mine, _, theirs = words.partition(" vs ")
        if not theirs:
            return []
        sides[f"“{mine.strip(chr(39))}”"].append(first.article)
        sides[f"“{theirs.strip(chr(39))}”"].append(claim.article)
    if sides:
        next(iter(sides.values())).extend(alike)
    return sorted(((v, sorted(set(a), key=lambda x: int(x[1:]))) for v, a in sides.items()),
                  key=lambda s: (-len(s[1]), s[1][0]))


def _short(claim: Claim) -> str:
    value = claim.value
    if isinstance(value, Quote):  # the speaker is what differs; the words are in the summary
        return f"it was {value.speaker}" if value.speaker else "no speaker is named"
    if getattr(value, "negated", False):
        return "it did not happen"
    return describe_value(value)


def _who(articles: list[str]) -> str:
    return ", ".join(articles) if len(articles) < 4 else f"{len(articles)} articles"


def _odd(group: tuple[Claim, ...], majority: str, others: list[str]) -> str:
    """The first other figure that the majority's cannot be ("6.1" against "5.9", not "at least
    5.9", which fits it), else the first other."""
    values = dict(shown_figures(c.value for c in group if isinstance(c.value, Quantity)).values())
    if majority not in values:
        return others[0]
    return next((v for v in others if v in values and value_difference(values[majority], values[v]) is not None),
                others[0])


def _gap(group: tuple[Claim, ...], majority: str, odd: str, prefix: str) -> str:
    """By how much the odd figure differs from the majority's: " (the odd one 37% lower)"."""
    values = dict(shown_figures(c.value for c in group if isinstance(c.value, Quantity)).values())
    a, b = values.get(majority), values.get(odd)
    if a is None or b is None or a.dimension in ("date",) or a.dimension.startswith("clock_time"):
        return ""
    x, y = stated_figure(a), stated_figure(b)
    if not x or y is None:
        return ""
    if a.dimension == "percent":  # a share against a share: by points, not by a percentage of it
        points = f"{abs(y - x):.1f}".removesuffix(".0")
        return f" ({prefix}{points} {'point' if points == '1' else 'points'} {'higher' if y > x else 'lower'})"
    change = (y - x) / abs(x) * 100
    size = f"{abs(change):.0f}" if abs(change) >= 1 else f"{abs(change):.1f}"
    return f" ({prefix}{size}% {'higher' if change > 0 else 'lower'})"


def _a_kind(anchor: Anchor) -> bool:
    """An event's actor or object that names a kind of thing ("people"), not one referent."""
    return anchor.kind == "entity" and anchor.label in ("actor", "object") and names_a_kind(anchor.key)


def _kind_word(anchor: Anchor) -> str:
    if anchor == MAIN_EVENT:
        return "main event"
    if _a_kind(anchor):
        return anchor.label or "thing"
    return {"entity": "name", "place": "place", "time": "time"}.get(anchor.kind, anchor.label or anchor.kind)


#: The share of agreements with given evidence that readers found right, as a logistic model of
#: ``agreement_features``: the intercept first, then one weight per feature. Fitted by
#: bench/calibrate.py on the 1,046 labelled agreements given on the ECB+ clusters and the three
#: fresh corpora (bench/labels.jsonl, judged.jsonl); docs/verdicts.md, section 3c, has the weights,
#: the held-out check (each corpus scored by a fit on the others) and what the number means.
AGREEMENT_MODEL: tuple[float, ...] = (2.286, 1.039, -0.042, -0.521, -0.286, -1.344, -0.703, 0.468, 0.494, 0.622, -0.388)
#: The features, in the model's order.
AGREEMENT_FEATURES = ("quote", "event", "toll", "generic", "values_differ", "small_count", "specific", "main",
                      "act", "kind")
#: An agreement is never given as surer than this, nor as less sure than ``FLOOR``.
FLOOR = 0.05


def agreement_features(group: tuple[Claim, ...], anchors: tuple[Anchor, ...], story: Story) -> tuple[float, ...]:
    """What an agreement rests on, as numbers (``AGREEMENT_FEATURES``): its kind; for figures, a toll
    or magnitude, a generic measure, two numbers that only fit ("about 40" / "41"; "at least 137" /
    "137" is one number), a count of three or less; the anchors its claims share (specific names,
    places, times; the story's main ones; the same act on the same object; an actor or object that
    names a kind). How many articles state it and how many the story has were tried and left out:
    they did not help on held-out corpora (docs/verdicts.md)."""
    first = group[0].value
    figures = [c.value for c in group if isinstance(c.value, Quantity)]
    toll = bool(figures) and head_class(figures[0]) in STRONG_MEASURES
    generic = bool(figures) and generic_dimension(group[0])
    differ = len({(stated_figure(v), v.unit) for v in figures}) > 1  # "at least 137" / "137" is one figure
    small = bool(figures) and figures[0].unit is None and (stated_figure(figures[0]) or 0) <= SMALL_COUNT
    specific = main = kinds = 0
    for anchor in anchors:
        if _a_kind(anchor):
            kinds += 1
        elif anchor.kind in ("entity", "place", "time"):
            if story.is_main(anchor.kind, anchor.key):
                main += 1
            else:
                specific += 1
    return (float(isinstance(first, Quote)), float(isinstance(first, Event)), float(toll), float(generic),
            float(differ), float(small), float(min(specific, 2)), float(min(main, 2)),
            float(any(acts_on(a) for a in anchors)), float(min(kinds, 1)))


def agreement_odds(features: tuple[float, ...], model: tuple[float, ...] | None = None) -> float:
    """The model's chance that an agreement with these features is right, within FLOOR-CEILING."""
    intercept, *weights = model or AGREEMENT_MODEL
    score = intercept + sum(w * x for w, x in zip(weights, features, strict=True))
    return round(min(CEILING, max(FLOOR, 1 / (1 + math.exp(-score)))), 2)
