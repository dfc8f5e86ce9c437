"""A story: what the articles of one story share (the anchors most of them name, the articles
with a published date, the surnames it gives two persons), read once and handed to every rule
that tells claims apart (evidence.py) and to the verdicts (compare.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ..normalize.measures import EVENT_CLASSES
from ..normalize.speakers import same_speaker, speaker_key
from ..normalize.values import stated_figure
from ..types import Claim, Quantity

#: An anchor that at least this share of a story's articles name (and at least two) is the
#: story's own: its main actors, place and day. A figure may name one that another figure
#: of the same fact leaves out. Half: a minority's anchor is background (another player,
#: an earlier quake); calibrated on the labelled ECB+ development pairs (docs/verdicts.md).
MAIN_SHARE = 0.5
#: Anchor kinds that can tie two claims to one referent.
SPECIFIC = ("entity", "place", "time")


@dataclass(frozen=True)
class Story:
    """What the articles of one story share: the anchors most of them name."""

    articles: int
    main: frozenset[tuple[str, str]]
    dated: frozenset[str] = frozenset()  # ids of the articles with a published date
    #: surnames the story's articles give two persons ("Ana Ruiz" and "Eva Ruiz"): such a surname
    #: alone says not which of them, and ties nothing
    ambiguous: frozenset[str] = frozenset()
    #: the story's toll of each event class: the figure most of its articles that give one state
    #: ("130" killed), when at least two do; a figure far below it is of a part or another incident
    tolls: tuple[tuple[str, float], ...] = ()

    @classmethod
    def of(cls, claims: Iterable[Claim], names: Iterable[tuple[str, frozenset[tuple[str, str]]]] = (),
           dated: Iterable[str] = ()) -> Story:
        """The story of these claims; ``names`` adds what each article names outside its claims,
        ``dated`` says which articles have a published date (running counts need it)."""
        named: dict[tuple[str, str], set[str]] = defaultdict(set)
        articles: set[str] = set()
        persons: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # surname -> name -> articles
        for article, keys in names:
            articles.add(article)
            for key in keys:
                if key[0] == "person":
                    persons[speaker_key(key[1]) or key[1]][key[1]].add(article)
                else:
                    named[key].add(article)
        stated: dict[str, dict[float, set[str]]] = defaultdict(lambda: defaultdict(set))  # class -> figure -> articles
        for claim in claims:
            articles.add(claim.article)
            value = claim.value
            if isinstance(value, Quantity) and value.measure_class in EVENT_CLASSES and value.change is None \
                    and (figure := stated_figure(value)) is not None:
                stated[value.measure_class][figure].add(claim.article)
            for anchor in claim.about.anchors:
                if anchor.kind in (*SPECIFIC, "event") and anchor.label != "holder":
                    named[(anchor.kind, anchor.key)].add(claim.article)
        for key in [k for k in named if k[0] in ("entity", "place")]:  # one name, either tag
            other = ("place" if key[0] == "entity" else "entity", key[1])
            if other in named:
                named[key] = named[key] | named[other]
        needed = max(2.0, MAIN_SHARE * len(articles))
        ambiguous = frozenset(surname for surname, full in persons.items() if _two_persons(full))
        tolls = tuple(sorted((kind, max(figures, key=lambda f: (len(figures[f]), f)))
                             for kind, figures in stated.items() if max(map(len, figures.values())) >= 2))
        return cls(len(articles), frozenset(k for k, arts in named.items() if len(arts) >= needed), frozenset(dated),
                   ambiguous, tolls)

    def toll(self, kind: str) -> float | None:
        """The story's toll of an event class (``tolls``), or None."""
        return next((figure for k, figure in self.tolls if k == kind), None)

    def is_main(self, kind: str, key: str) -> bool:
        """Whether most articles name this; a name counts as entity or place alike, since the
        small model tags one town a place in one article and an organisation in the next."""
        if kind in ("entity", "place"):
            return ("entity", key) in self.main or ("place", key) in self.main
        return (kind, key) in self.main


def _two_persons(names: dict[str, set[str]]) -> bool:
    """Whether a surname alone may stand for either of two persons of the story: no person of it is
    named by more articles than every other ("Ana Ruiz" and "Eva Ruiz", one article each). The
    protagonist most reports name is the one a surname alone stands for, not the father one
    report names once. One person's names count together ("Ana Ruiz", "A. Ruiz", "receptionist Ana
    Ruiz": normalize/speakers.py ``same_speaker``)."""
    persons: list[tuple[str, set[str]]] = []  # a name of each person, and the articles naming them
    for name in sorted(names):
        home = next((p for p in persons if same_speaker(p[0], name)), None)
        if home is None:
            persons.append((name, set(names[name])))
        else:
            home[1].update(names[name])
    counts = sorted((len(arts) for _, arts in persons), reverse=True)
    return len(counts) > 1 and counts[0] == counts[1]
