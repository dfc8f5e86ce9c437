"""The plain values that pass between pipeline stages.

Every stage takes and returns these frozen dataclasses; spaCy objects never leave
parse/extract. The JSON report is built from them in ``report/json.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["quantity", "event", "quote"]
AnchorKind = Literal["entity", "place", "time", "scope", "event", "unresolved"]
Verdict = Literal["conflict", "agree", "update", "single_source"]
Qualifier = Literal["exact", "approx", "at_least", "more_than", "at_most", "less_than", "range"]

#: Order of facts in a report: conflicts first (what an editor must look at).
VERDICT_ORDER: tuple[Verdict, ...] = ("conflict", "agree", "update", "single_source")


@dataclass(frozen=True)
class Article:
    """One input article, its text exactly as read (front matter included)."""

    id: str  # "a1", "a2", ... in input order
    path: str  # as the user named it ("-" for standard input, "x.jsonl:3" for a JSON line)
    text: str
    source: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 as given in front matter / JSON
    body_start: int = 0  # offset of the first character after the front matter
    published_from: str | None = None  # "front_matter", "json", "page_metadata", or None

    @property
    def key(self) -> str:
        """Stable across calls for the same text (a content hash), so separate reports can be merged."""
        from hashlib import sha256

        return sha256(self.text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Interval:
    """A normalized amount: the interval of values a phrase allows.

    ``low``/``high`` are None for open ends ("more than 50,000" has no high).
    """

    low: float | None
    high: float | None
    qualifier: Qualifier


@dataclass(frozen=True)
class Anchor:
    """One thing a claim is about, read from its clause, with the words that say it.

    ``kind``: ``entity`` (a named person, team, organisation, product or work; ``label``
    holds the entity type when the parser gave one), ``place``, ``time`` ("last season",
    "on Friday", "in 2003"), ``scope`` ("a combined", "career", "additional", "of them"),
    ``event`` (the predicate and its object), or ``unresolved`` (a pronoun standing for
    the figure's owner whose antecedent is not resolved: no verdict rests on a guess).
    ``key`` is what is compared; ``text`` what the article writes.
    """

    kind: AnchorKind
    key: str
    text: str
    label: str | None = None


@dataclass(frozen=True)
class About:
    """What a claim is about: its anchors, in the order the text gives them."""

    anchors: tuple[Anchor, ...] = ()

    def keys(self, kind: AnchorKind) -> frozenset[str]:
        return frozenset(a.key for a in self.anchors if a.kind == kind)


@dataclass(frozen=True)
class Stated:
    """A figure as the text writes it, beside its canonical value (docs/amounts.md, "Stated").

    ``text``: the number(s) and unit as written ("66 yards", "$4.2b", "between $62 and $68"
    without "between"); ``value``: the written number, before its scale word ("4.2" of
    "$4.2b"), a ``(low, high)`` pair for a range, or None when the words name no single number
    ("hundreds", a date); ``unit``: the written scale and unit in short form ("billion USD",
    "yd", "%", "bbl/day"), or None.
    """

    text: str
    value: float | tuple[float, float] | None = None
    unit: str | None = None


@dataclass(frozen=True)
class Quantity:
    """The value of a quantity claim.

    The interval is in the canonical ``unit`` (None for plain counts). ``measure``
    is what is counted, lemmatized ("killed", "troops"); ``measure_class`` groups
    synonyms ("died" and "killed" both map to "killed"). ``dimension`` says what
    kind of figure it is ("count", "length", "duration", "money:USD", "percent",
    "clock_time", "date", ...): figures of different dimensions never align.
    """

    interval: Interval
    unit: str | None
    dimension: str
    measure: str
    measure_class: str
    subject: str | None = None  # whose figure: "Velmorans", "Tarsian battalion tactical groups"
    precision: float = 0.0  # half a unit of the last digit as written, in ``unit`` ("20 miles": 0.8 km)
    stated: Stated | None = None  # the figure as written ("66 yards"), beside the canonical interval
    #: "up" or "down" when the figure is a change ("rose 6.5%", "fell to 12"); its interval is the
    #: size of the change (a delta) unless ``role`` says it is a level.
    change: str | None = None
    role: str | None = None  # "from" or "to" when the figure is one end of a change ("from 12 to 18")


@dataclass(frozen=True)
class Frame:
    """Context of a claim that alignment uses to tell same-fact from look-alike.

    ``owners`` are the nationalities/organisations the figure belongs to
    ("tarsia", "velmora"); ``places`` the normalized places it is located at;
    ``context`` the content lemmas of its sentence and ``clause`` those of the
    clause it hangs from (its verb with subject, object and prepositional
    objects); ``scope`` a time scope such as "first day" when stated.
    """

    owners: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    context: frozenset[str] = frozenset()
    scope: str | None = None
    clause: frozenset[str] = frozenset()  # content lemmas of the clause the claim hangs from


@dataclass(frozen=True)
class Quote:
    """The value of a quote claim."""

    speaker: str | None
    content: str
    partial: bool = False
    #: How the article names the speaker at the cue: "name" (a person's name is the subject
    #: of the speech verb), "pronoun" (he/she resolved to an earlier name), "description"
    #: (a title or phrase: "the president", "her rep"), "source" ("according to ...").
    speaker_via: str | None = None


@dataclass(frozen=True)
class Event:
    """The value of an event claim: who did what to whom, where and when."""

    actor: str | None
    action: str
    object: str | None
    place: str | None = None
    time: str | None = None
    negated: bool = False
    guessed: tuple[str, ...] = ()  # roles ("actor", "object") named by resolving a pronoun
    denial: bool = False  # negated, in the words of a source that is the actor or speaks for it
    ongoing: bool = False  # going on over time ("has been fighting", "continue to"), not one incident


Value = Quantity | Quote | Event


@dataclass(frozen=True)
class Claim:
    """One statement of one article, with its evidence span and normalized value.

    ``start``/``end`` index ``Article.text``; ``text == article.text[start:end]``.
    ``mentions`` lists every (start, end) where the article states the same claim
    (a figure repeated in headline and body is one claim with two mentions).
    """

    article: str
    kind: Kind
    start: int
    end: int
    text: str
    sentence: str
    value: Value
    attribution: str | None = None
    origin: str | None = None  # normalized attribution used for independence
    frame: Frame = field(default_factory=Frame)
    mentions: tuple[tuple[int, int], ...] = ()
    about: About = field(default_factory=About)


@dataclass(frozen=True)
class RawQuantity:
    """A figure as extract found it, before normalize turns it into a ``Quantity``.

    Only strings and offsets: the amount phrase ("at least 137"), the unit phrase
    ("miles", "$"), a hint from the parse ("date", "clock_time", "age" or None),
    the measure and its synonym class, and the claim's context.
    """

    start: int
    end: int
    text: str
    sentence: str
    amount: str
    unit: str | None
    hint: str | None
    measure: str
    measure_class: str
    subject: str | None
    frame: Frame
    attribution: str | None = None
    origin: str | None = None
    about: About = field(default_factory=About)
    stated: str | None = None  # the number(s) and unit as written, without qualifier or counted noun
    change: str | None = None  # "up"/"down": the figure is (one end of) a change
    role: str | None = None  # "from"/"to": one end of a change


@dataclass(frozen=True)
class ArticleParse:
    """What extract hands to normalize for one article."""

    article: Article
    place: str | None  # the place the article reports from ("eastport"), when known
    quantities: tuple[RawQuantity, ...] = ()
    claims: tuple["Claim", ...] = ()  # kinds that need no normalizing step (quotes, events)
    names: frozenset[tuple[str, str]] = frozenset()  # (anchor kind, key) of every entity the article names
    terms: tuple[tuple[str, int], ...] = ()  # (term, count): what the article is about (stories)


@dataclass(frozen=True)
class Fact:
    """Claims of one or more articles that state the same thing, with a verdict."""

    id: str
    kind: Kind
    verdict: Verdict
    summary: str
    claims: tuple[Claim, ...]
    sources: int
    independent_sources: int
    confidence: float | None = None  # 0-1 from the evidence that joined the claims; None for one source
    reason: str = ""  # one line: what joined the claims; for a conflict, the odd one out
    evidence: tuple[Anchor, ...] = ()  # the anchors the claims share
    story: str = "s1"  # the id of the story the fact belongs to


@dataclass(frozen=True)
class Extraction:
    """What ``factcheck.extract`` returns: the articles and all their claims."""

    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    #: per article id, the (anchor kind, key) of every entity, place and date it names:
    #: what tells a story's main event from background (align/evidence.py)
    names: tuple[tuple[str, frozenset[tuple[str, str]]], ...] = ()
    #: per article id, its content words, names and figures with their counts (extract/terms.py):
    #: what tells one story from another (stories.py)
    terms: tuple[tuple[str, tuple[tuple[str, int], ...]], ...] = ()


@dataclass(frozen=True)
class StoryGroup:
    """Articles that report one event (stories.py); facts are aligned only inside one."""

    id: str
    title: str
    articles: tuple[str, ...]  # article ids, in input order


@dataclass(frozen=True)
class Report:
    """What ``factcheck.compare`` returns."""

    articles: tuple[Article, ...]
    facts: tuple[Fact, ...]
    stories: tuple[StoryGroup, ...] = ()  # empty: every article in one story


@dataclass(frozen=True)
class Options:
    """Options of a run; the CLI builds one and hands it to the library."""

    model: str | None = None  # spaCy package name or path; None picks the default
    stories: Literal["auto", "one"] = "auto"  # group articles into stories, or keep them as one
    jobs: int | None = None  # processes that parse and extract; None: the machine's cores (os.cpu_count())
    cache: bool = True  # keep each article's extraction in the user's cache directory (factcheck/cache.py)
