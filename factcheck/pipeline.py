"""The pipeline in one place: load → parse → extract → normalize → align → compare."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import IO

from .align import align
from .align.evidence import Story
from .compare import compare as judge
from .exceptions import InputError
from .extract import extract as extract_raw
from .load import load_articles
from .normalize.claims import normalize
from .parse import load_model, parse
from .types import Article, Extraction, Options, Report


def extract_claims(articles: Sequence[Article], options: Options = Options(), *,
                   progress: Callable[[int, int], None] | None = None) -> Extraction:
    """Every claim of every article, normalized, with no comparison.

    ``progress``, if given, is called while parsing with (characters parsed, characters in all)."""
    if not articles:
        raise InputError("no articles given; name one or more files, a directory, or -")
    nlp = load_model(options.model)
    docs = parse(articles, nlp, progress)
    return normalize(extract_raw(articles, docs))


def compare_articles(articles: Sequence[Article], options: Options = Options(), *,
                     progress: Callable[[int, int], None] | None = None) -> Report:
    """The report: the claims of two or more articles, aligned and judged (``progress``: as in
    ``extract_claims``)."""
    if len(articles) < 2:
        raise InputError(
            f"compare needs two or more articles, got {len(articles)}; name more files or a directory"
        )
    extraction = extract_claims(articles, options, progress=progress)
    story = Story.of(extraction.claims, extraction.names, (a.id for a in extraction.articles if a.published))
    return judge(extraction.articles, align(extraction.claims, story), story)


def read(inputs: Iterable[str], stdin: IO[str] | None = None) -> tuple[Article, ...]:
    """The articles named by file paths, directories or "-" (see ``load.load_articles``)."""
    return load_articles(inputs, stdin)
