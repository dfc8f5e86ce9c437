"""The pipeline in one place: load → parse → extract → normalize → align → compare."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import IO

from .align import align
from .align.story import Story
from .cache import ParseCache, ReportCache, StoryCache, describes, through_cache
from .compare import compare_stories as judge
from .exceptions import InputError
from .load import load_articles
from .normalize.claims import normalize
from .parse import load_model
from .stories import find_stories, one_story
from .types import Article, ArticleParse, Claim, Extraction, Options, Report, StoryGroup
from .workers import extract_articles, jobs_for


def extract_claims(articles: Sequence[Article], options: Options = Options(), *,
                   progress: Callable[[int, int], None] | None = None) -> Extraction:
    """Every claim of every article, normalized, with no comparison.

    Articles are parsed and extracted in ``options.jobs`` processes when there are enough of
    them (workers.py), each article's extraction read from the cache when ``options.cache``
    and it is there (cache.py); the model is loaded only when an article is not. ``progress``,
    if given, is called while parsing with (characters parsed, characters in all) of the
    articles not found in the cache."""
    if not articles:
        raise InputError("no articles given; name one or more files, a directory, or -")
    jobs_for(options.jobs)  # a bad value is an error before the model loads
    cache = ParseCache.for_model(options.model) if options.cache else None
    return normalize(_parses(articles, options, cache, progress)[0])


def _parses(articles: Sequence[Article], options: Options, cache: ParseCache | None,
            progress: Callable[[int, int], None] | None) -> tuple[list[ArticleParse], ParseCache | None]:
    """Each article's extraction, read from ``cache`` or made, and the cache that holds them
    (None: off, or not trusted this run)."""
    found = [cache.get(a) for a in articles] if cache is not None else [None] * len(articles)
    if all(p is not None for p in found):
        return found, cache  # type: ignore[return-value]
    nlp = load_model(options.model)
    if cache is not None and not describes(cache.identity, nlp):
        cache, found = None, [None] * len(articles)  # another model than the metadata named loaded: trust no entry
    parses = through_cache(articles, found, cache,
                           lambda todo: extract_articles(todo, nlp, options.model, options.jobs, progress))
    return parses, cache


def compare_articles(articles: Sequence[Article], options: Options = Options(), *,
                     progress: Callable[[int, int], None] | None = None) -> Report:
    """The report: the claims of two or more articles, aligned and judged (``progress``: as in
    ``extract_claims``).

    With ``options.cache``, the report of the same articles is read back whole, and a story
    whose claims are unchanged is not aligned again (cache.py)."""
    if len(articles) < 2:
        raise InputError(
            f"compare needs two or more articles, got {len(articles)}; name more files or a directory"
        )
    if not options.cache:
        return judge_extraction(extract_claims(articles, options, progress=progress), options)
    jobs_for(options.jobs)
    parses = ParseCache.for_model(options.model)
    reports = ReportCache(parses.directory, parses.identity) if parses is not None else None
    if reports is not None and (report := reports.get(articles, options.stories)) is not None:
        return report
    found, parses = _parses(articles, options, parses, progress)
    if parses is None or reports is None:  # the model loaded is not the one the entries name: keep nothing
        return judge_extraction(normalize(found), options)
    report = judge_extraction(normalize(found), options, StoryCache(parses.directory))
    reports.put(articles, options.stories, report)
    return report


def judge_extraction(extraction: Extraction, options: Options = Options(), cache: StoryCache | None = None) -> Report:
    """The report of extracted claims: stories found (or one), facts aligned and judged in each;
    with ``cache``, a story's alignment read from it when its claims are unchanged (``options.cache``
    is not read here)."""
    parts = [align_story(extraction, group, cache) for group in story_groups(extraction, options)]
    return judge(extraction.articles, parts)


def story_groups(extraction: Extraction, options: Options = Options()) -> tuple[StoryGroup, ...]:
    """The stories of the extracted articles (``options.stories``: found, or all in one)."""
    if options.stories == "auto":
        return find_stories(extraction.articles, dict(extraction.terms))
    return one_story(extraction.articles)


def align_story(extraction: Extraction, group: StoryGroup,
                cache: StoryCache | None = None) -> tuple[StoryGroup, list[tuple[Claim, ...]], Story]:
    """One story's claims aligned, with what they were judged against: a part for ``compare_stories``.

    Reads only the story's articles, claims and names, so ``extraction`` may hold just those.
    With ``cache``, an alignment of the same claims is read back instead of made (cache.py)."""
    members = set(group.articles)
    claims = tuple(c for c in extraction.claims if c.article in members)
    names = [(a, n) for a, n in extraction.names if a in members]
    dated = [a.id for a in extraction.articles if a.published and a.id in members]
    if cache is None:
        story = Story.of(claims, names, dated)
        return group, align(claims, story), story
    key = cache.key(claims, names, dated, group.articles)
    kept = cache.get(key, group.articles)
    if kept is not None:
        return group, *kept
    story = Story.of(claims, names, dated)
    groups = align(claims, story)
    cache.put(key, group.articles, groups, story)
    return group, groups, story


def read(inputs: Iterable[str], stdin: IO[str] | None = None) -> tuple[Article, ...]:
    """The articles named by file paths, directories or "-" (see ``load.load_articles``)."""
    return load_articles(inputs, stdin)
