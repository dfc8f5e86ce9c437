"""The pipeline in one place: load → parse → extract → normalize → align → compare."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import IO

from .align import align
from .align.evidence import Story
from .cache import ParseCache, through_cache
from .compare import compare_stories as judge
from .exceptions import InputError
from .load import load_articles
from .normalize.claims import normalize
from .parse import load_model
from .stories import find_stories, one_story
from .types import Article, Claim, Extraction, Options, Report, StoryGroup
from .workers import extract_articles, jobs_for


def extract_claims(articles: Sequence[Article], options: Options = Options(), *,
                   progress: Callable[[int, int], None] | None = None) -> Extraction:
    """Every claim of every article, normalized, with no comparison.

    Articles are parsed and extracted in ``options.jobs`` processes when there are enough of
    them (workers.py), each article's extraction read from the cache when ``options.cache``
    and it is there (cache.py). ``progress``, if given, is called while parsing with
    (characters parsed, characters in all) of the articles not found in the cache."""
    if not articles:
        raise InputError("no articles given; name one or more files, a directory, or -")
    jobs_for(options.jobs)  # a bad value is an error before the model loads
    nlp = load_model(options.model)
    cache = ParseCache.for_model(nlp) if options.cache else None
    parses = through_cache(articles, cache,
                           lambda todo: extract_articles(todo, nlp, options.model, options.jobs, progress))
    return normalize(parses)


def compare_articles(articles: Sequence[Article], options: Options = Options(), *,
                     progress: Callable[[int, int], None] | None = None) -> Report:
    """The report: the claims of two or more articles, aligned and judged (``progress``: as in
    ``extract_claims``)."""
    if len(articles) < 2:
        raise InputError(
            f"compare needs two or more articles, got {len(articles)}; name more files or a directory"
        )
    return judge_extraction(extract_claims(articles, options, progress=progress), options)


def judge_extraction(extraction: Extraction, options: Options = Options()) -> Report:
    """The report of extracted claims: stories found (or one), facts aligned and judged in each."""
    return judge(extraction.articles, [align_story(extraction, group) for group in story_groups(extraction, options)])


def story_groups(extraction: Extraction, options: Options = Options()) -> tuple[StoryGroup, ...]:
    """The stories of the extracted articles (``options.stories``: found, or all in one)."""
    if options.stories == "auto":
        return find_stories(extraction.articles, dict(extraction.terms))
    return one_story(extraction.articles)


def align_story(extraction: Extraction, group: StoryGroup) -> tuple[StoryGroup, list[tuple[Claim, ...]], Story]:
    """One story's claims aligned, with what they were judged against: a part for ``compare_stories``.

    Reads only the story's articles, claims and names, so ``extraction`` may hold just those."""
    members = set(group.articles)
    claims = tuple(c for c in extraction.claims if c.article in members)
    names = [(a, n) for a, n in extraction.names if a in members]
    dated = [a.id for a in extraction.articles if a.published and a.id in members]
    story = Story.of(claims, names, dated)
    return group, align(claims, story), story


def read(inputs: Iterable[str], stdin: IO[str] | None = None) -> tuple[Article, ...]:
    """The articles named by file paths, directories or "-" (see ``load.load_articles``)."""
    return load_articles(inputs, stdin)
