"""Stage 4b, stories: which articles report the same event.

A day's feed holds many events; facts are aligned and judged only inside one story, so a
toll of one shooting never meets the toll of another. Articles are grouped by what they
are about (extract/terms.py): each becomes a TF-IDF vector over its content words, names
and figures, names and figures weighing more; two articles are close when their vectors'
cosine is high, and a story is a group whose members are, on average, close to each other
(agglomerative clustering, average link). Two events of one kind (two quakes, two rehab
stays of one actress) share their generic words but not their places, dates, figures and
the people around them, which is what the weights favour. When a second event's reports
recall the first (a teammate's arrest, a second player's injury), the words say "one
story", the subjects do not: two large groups do not join when most reports of one have a
subject (the person or organisation a report names most) that the other's almost never have.
Nor does a group most of whose reports are written in one year (the published date, else a
dated dateline) join a large group that never names that year: a second patch of one browser
five years after the first shares every word but the time.

Plain Python rather than scikit-learn: the arithmetic is a few dozen lines, and the
library with SciPy would add about 120 MB to an install for it. Only pairs that share a
term are ever scored (an inverted index), and only pairs above the threshold can join.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from .data import month_pattern
from .extract.terms import FIGURE, NAME, WHO
from .types import Article, StoryGroup

#: Two groups of articles join when their members' mean cosine similarity reaches this.
#: Calibrated on the 42 ECB+ clusters of ../shared/corpora (each folder one event; the two
#: folders of a topic are two events of one kind), as one feed and one folder at a time:
#: docs/stories.md holds the table. Higher keeps more look-alike events apart but breaks
#: single events up (0.25: 30 of 42 folders handed alone stay one story; 0.15: 41).
STORY_SIMILARITY = 0.15
#: An article left alone joins the story of its most similar article at this similarity:
#: a short or odd report of an event (a two-line brief) is still that event's; lone
#: articles below it are stories of their own. Same calibration.
STRAGGLER_SIMILARITY = 0.08
#: Inputs of at least this many articles use full inverse document frequency; smaller ones
#: a proportional share of it.
FULL_IDF_ARTICLES = 100
#: A name (person, place, organisation, date) counts this many times a content word.
NAME_WEIGHT = 2.0
#: A figure ("137", "6.1", "2013") counts this many times a content word. Two events of one
#: kind share their generic words and often their actors, but seldom their figures (tolls,
#: sums, scores, years): on the ECB+ bench the mean figure similarity of a topic's two halves
#: is 0.00-0.12, inside one folder 0.07-0.58. Small numbers are everywhere, but IDF discounts
#: them. Calibrated with STORY_SIMILARITY, before the subject gate (docs/stories.md): 1 → B³
#: F1 0.88, halves apart 10 of 18; 3 → 0.93, 12 of 18, a folder alone still one story in 41
#: of 42; 2.5-3.5 all within 0.90-0.93 (with the gate 0.93-0.955; docs/stories.md has tables).
FIGURE_WEIGHT = 3.0
#: The subject gate: two groups of at least this many articles do not join when more than
#: half of one's articles have a subject that at most ``STRANGER_SHARE`` of the other's have.
#: An article's subject is the person or organisation it names most, at least
#: ``SUBJECT_MENTIONS`` times (all of them on a tie): a report names the subject of its event
#: in the lede and again further down, a quoted expert once or twice; reports of one event
#: share their subject, and a second event of one kind (a teammate's arrest) has its own even
#: when its reports recall the first. Smaller groups say too little (4: folders handed alone
#: split). On the ECB+ bench (docs/stories.md), at 0.15: B³ F1 0.931 -> 0.955, halves apart
#: 12 -> 14 of 18, a folder alone one story in 41 of 42; at 0.13-0.17 F1 0.947-0.957 and no
#: folder lost; groups of 6, a share of 0 or 0.2, 1 or 3 mentions: the same at 0.15.
SUBJECT_GROUP = 5
SUBJECT_MENTIONS = 2
STRANGER_SHARE = 0.1
#: The time gate: a group at least half of whose articles are written in one year (the published
#: date's, else the first date with a year in the article's first ``HEAD_CHARS`` characters: a
#: dateline, "Published on 18th September 2013") does not join a group of at least this many
#: articles of which at most ``STRANGER_SHARE`` name that year at all (a figure "2013", a date
#: "Sept. 18, 2013", their own written year). Reports of one event told in one year name it,
#: or say "Thursday"; a group of ten that never names the year the other group is written in is
#: not likely its story, and a small group says too little (background years: "in 2005").
#: Calibrated on the ECB+ bench at 0.15 (docs/stories.md): 5 or 8 articles: B³ F1 0.967,
#: halves apart 16 of 18, a folder alone one story in 40 of 42 (a follow-up two years later
#: leaves its folder); 10: 0.967 / 16 / 41; 14: 0.970 / 16 / 41. Without it 0.955 / 14 / 41.
WRITTEN_GROUP = 10
#: How far into an article's body a dateline's date is looked for (150-500: the same stories).
HEAD_CHARS = 300
_MONTH = month_pattern()
_YEAR = r"((?:19|20)\d\d)\b"
#: A date with a year: "Sept. 18, 2013", "18th September 2013", "September 2013", "2013-09-18".
_DATED = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}|\b\d{{1,2}}(?:st|nd|rd|th)?\s+"
                    rf"(?:of\s+)?{_MONTH},?\s+{_YEAR}|\b{_MONTH},?\s+{_YEAR}|\b((?:19|20)\d\d)[-./]\d\d?[-./]\d\d?\b",
                    re.IGNORECASE)


def find_stories(articles: Sequence[Article], terms: dict[str, tuple[tuple[str, int], ...]],
                 threshold: float = STORY_SIMILARITY) -> tuple[StoryGroup, ...]:
    """The stories of these articles, each with its articles in input order, ids s1, s2, … in
    the order of their first article.

    Articles with the same terms (wire copy run unchanged by many outlets) are scored once and
    weigh as many as they are. Average link is kept up to date as groups join (the sums of
    similarities between groups), so a join costs what the joined groups touch."""
    ids = [a.id for a in articles]
    docs = [terms.get(i, ()) for i in ids]
    unique: dict[tuple[tuple[str, int], ...], int] = {}
    of = [unique.setdefault(doc, len(unique)) for doc in docs]  # each article's distinct term list
    vectors = _vectors(docs)
    first = {u: n for n, u in reversed(list(enumerate(of)))}
    pairs = similarities([vectors[first[u]] for u in range(len(unique))])
    members = _members(of, len(unique))  # a group's size is its articles: len(members[root])
    cross: dict[int, dict[int, float]] = defaultdict(dict)  # group -> group -> sum of weighted similarities
    for (u, v), sim in pairs.items():
        cross[u][v] = cross[v][u] = sim * len(members[u]) * len(members[v])
    group = list(range(len(unique)))
    subjects = {u: _subjects(docs[first[u]], len(members[u])) for u in members}  # group -> subject -> articles
    written = [_written_year(a) for a in articles]
    # group -> (year written -> articles, year named -> articles)
    times = {u: (Counter(written[k] for k in members[u] if written[k]),
                 Counter(y for k in members[u] for y in _named_years(docs[k]) | {written[k]} if y)) for u in members}

    def root(u: int) -> int:
        while group[u] != u:
            group[u] = group[group[u]]
            u = group[u]
        return u

    def join(keep: int, gone: int) -> None:
        group[gone] = keep
        members[keep].extend(members.pop(gone))
        subjects[keep].update(subjects.pop(gone))
        for mine, theirs in zip(times[keep], times.pop(gone), strict=True):
            mine.update(theirs)
        for other, total in cross.pop(gone, {}).items():
            if other == keep:
                continue
            cross[keep][other] = cross[keep].get(other, 0.0) + total
            cross[other][keep] = cross[keep][other]
            del cross[other][gone]
        cross[keep].pop(gone, None)

    for _, u, v in sorted(((s, u, v) for (u, v), s in pairs.items() if s >= threshold), reverse=True):
        ru, rv = root(u), root(v)
        if (ru != rv and cross[ru].get(rv, 0.0) / (len(members[ru]) * len(members[rv])) >= threshold
                and not _strangers(subjects[ru], len(members[ru]), subjects[rv], len(members[rv]))
                and not _other_time(times[ru], len(members[ru]), times[rv], len(members[rv]))):
            join(*((ru, rv) if len(members[ru]) >= len(members[rv]) else (rv, ru)))  # the smaller merges in
    nearest: dict[int, tuple[float, int]] = {}
    for (u, v), sim in pairs.items():
        for k, other in ((u, v), (v, u)):
            if sim > nearest.get(k, (0.0, k))[0]:
                nearest[k] = (sim, other)
    for k in [k for k, m in members.items() if len(m) == 1]:  # a straggler joins its nearest story
        sim, other = nearest.get(k, (0.0, k))
        if sim >= STRAGGLER_SIMILARITY and len(members[root(other)]) > 1:
            join(root(other), k)
    stories = sorted((sorted(m) for m in members.values()), key=lambda m: m[0])
    by_id = {a.id: a for a in articles}
    return tuple(
        StoryGroup(id=f"s{n}", title=_title([by_id[ids[k]] for k in story]), articles=tuple(ids[k] for k in story))
        for n, story in enumerate(stories, start=1)
    )


def _subjects(doc: tuple[tuple[str, int], ...], articles: int) -> Counter[str]:
    """The subjects of a term list (its most mentioned people and organisations, at least
    ``SUBJECT_MENTIONS`` times), each with the ``articles`` that share the list."""
    who = {t: c for t, c in doc if t.startswith(WHO)}
    top = max(who.values(), default=0)
    return Counter({t: articles for t, c in who.items() if c == top >= SUBJECT_MENTIONS})


def _strangers(a: Counter[str], size_a: int, b: Counter[str], size_b: int) -> bool:
    """Whether two groups of articles report different events by their subjects: both have at
    least ``SUBJECT_GROUP`` articles and more than half of one's articles have a subject that
    at most ``STRANGER_SHARE`` of the other's have."""
    if min(size_a, size_b) < SUBJECT_GROUP:
        return False
    return any(n * 2 > size and theirs[subject] <= STRANGER_SHARE * other_size
               for mine, size, theirs, other_size in ((a, size_a, b, size_b), (b, size_b, a, size_a))
               for subject, n in mine.items())


def _written_year(article: Article) -> str | None:
    """The year an article was written: its published date's, else that of the first date with a
    year near the top of its body (a dateline)."""
    if article.published and article.published[:4].isdigit():
        return article.published[:4]
    head = article.text[article.body_start : article.body_start + HEAD_CHARS]
    match = _DATED.search(head)
    return next(g for g in match.groups() if g) if match else None


def _named_years(doc: tuple[tuple[str, int], ...]) -> set[str]:
    """The years a term list names: figures of four digits from 1900 to 2099 ("2013") and the
    year of each date name with a month ("=sept 18 2013")."""
    years = {t[1:] for t, _ in doc if t.startswith(FIGURE) and re.fullmatch(r"(?:19|20)\d\d", t[1:])}
    for term, _ in doc:
        if term.startswith(NAME) and re.search(rf"\b{_MONTH}(?:\s|$)", term[1:]):
            years.update(run[:4] for run in re.findall(r"\d+", term) if len(run) >= 4 and run[:2] in ("19", "20"))
    return years


def _other_time(a: tuple[Counter[str], Counter[str]], size_a: int,
                b: tuple[Counter[str], Counter[str]], size_b: int) -> bool:
    """Whether two groups report events of different times: at least half of one's articles are
    written in a year that at most ``STRANGER_SHARE`` of the other's name, and the other has at
    least ``WRITTEN_GROUP`` articles. Each group is (year written -> articles, year named -> articles)."""
    return any(size >= WRITTEN_GROUP and n * 2 >= own and theirs[1][year] <= STRANGER_SHARE * size
               for mine, own, theirs, size in ((a, size_a, b, size_b), (b, size_b, a, size_a))
               for year, n in mine[0].items())


def _members(of: list[int], distinct: int) -> dict[int, list[int]]:
    """The articles of each distinct term list."""
    members: dict[int, list[int]] = {u: [] for u in range(distinct)}
    for n, u in enumerate(of):
        members[u].append(n)
    return members


def one_story(articles: Sequence[Article]) -> tuple[StoryGroup, ...]:
    """Every article in one story (``--stories one``)."""
    return (StoryGroup(id="s1", title=_title(list(articles)), articles=tuple(a.id for a in articles)),)


def _title(articles: list[Article]) -> str:
    return next((a.title for a in articles if a.title), None) or (articles[0].source if articles else "")


def _vectors(docs: list[tuple[tuple[str, int], ...]]) -> list[dict[str, float]]:
    """Unit TF-IDF vectors: sublinear counts; inverse document frequency damped for small
    inputs, where it says little (in ten reports of one event, the event's own words are in
    every report); names weighted."""
    n = len(docs)
    df: dict[str, int] = defaultdict(int)
    for doc in docs:
        for term, _ in doc:
            df[term] += 1
    damping = min(1.0, n / FULL_IDF_ARTICLES)
    vectors = []
    for doc in docs:
        vec = {}
        for term, count in doc:
            if term.startswith(WHO):  # the subject gate's; the names are counted as NAME terms
                continue
            weight = NAME_WEIGHT if term.startswith(NAME) else FIGURE_WEIGHT if term.startswith(FIGURE) else 1.0
            idf = 1 + damping * math.log((n + 1) / (df[term] + 1))
            vec[term] = weight * (1 + math.log(count)) * idf
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        vectors.append({t: w / norm for t, w in vec.items()})
    return vectors


def similarities(vectors: list[dict[str, float]]) -> dict[tuple[int, int], float]:
    """Cosine similarity of every pair of vectors that share a term, keyed (i, j) with i < j."""
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, vec in enumerate(vectors):
        for term, weight in vec.items():
            postings[term].append((i, weight))
    sims: dict[tuple[int, int], float] = defaultdict(float)
    for i, vec in enumerate(vectors):
        for term, weight in vec.items():
            for j, other in postings[term]:
                if j > i:
                    sims[(i, j)] += weight * other
    return dict(sims)
