"""Each article's extraction (its ``ArticleParse``) kept between runs, keyed by what made it.

A rerun on a folder with one new article parses that article alone. An entry's key is a hash of
everything the extraction depends on: the article's text (front matter included) and the
``Article`` fields extraction reads (``body_start``, ``published``), the model (name, version,
components, the longest piece it is given), spaCy's and factcheck's versions, and the bytes of
factcheck's own source files that run up to extraction, so that a developer's edit invalidates
it. Article ids (a1, a2, ...) are per call: an entry is found by content and the caller's id is
stamped on what it holds.

The directory is ``$FACTCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/factcheck``, else
``~/.cache/factcheck``. It is safe to delete at any time. Entries are written to a temporary file
in the same directory and renamed into place, so a crash mid-write leaves no half entry; an
entry that cannot be read (truncated, corrupt, from another Python) is ignored and rewritten, and
a directory that cannot be written only means nothing is kept: the cache is never an error.
Entries are pickles, read only from the user's own cache directory.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .types import Article, ArticleParse

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

CACHE_ENV = "FACTCHECK_CACHE_DIR"
#: Bumped when the layout of an entry changes in a way the source hash would not show.
LAYOUT = 1
#: Parts of the package that run after extraction: editing them leaves cached extractions valid.
AFTER_EXTRACTION = ("align", "report", "stories.py", "compare.py", "confidence.py", "cli.py", "cli_table.py",
                    "check.py")
#: Files whose bytes make the source hash: code and the data tables extraction reads.
SOURCE_SUFFIXES = (".py", ".tsv", ".json", ".txt")


def cache_dir() -> Path:
    """Where entries are kept: $FACTCHECK_CACHE_DIR, else $XDG_CACHE_HOME/factcheck, else ~/.cache/factcheck."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "factcheck"


@lru_cache(maxsize=1)
def source_hash() -> str:
    """A hash of factcheck's source files that run up to extraction (computed once per process)."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        relative = path.relative_to(package)
        if (path.suffix in SOURCE_SUFFIXES and path.is_file() and "__pycache__" not in relative.parts
                and relative.parts[0] not in AFTER_EXTRACTION):
            digest.update(str(relative).encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()


def model_identity(nlp: "Language") -> dict[str, object]:
    """What of the model and its surroundings changes an extraction."""
    import spacy

    from . import __version__
    from .parse import PIECE_CHARS

    return {
        "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}",
        "model_version": nlp.meta.get("version"),
        "pipes": list(nlp.pipe_names),
        "piece": min(nlp.max_length, PIECE_CHARS),
        "spacy": spacy.__version__,
        "factcheck": __version__,
        "source": source_hash(),
        "layout": LAYOUT,
    }


class ParseCache:
    """Extractions of articles under one model, in one directory."""

    def __init__(self, directory: Path, identity: dict[str, object]):
        self.directory = directory
        self._identity = json.dumps(identity, sort_keys=True)

    @classmethod
    def for_model(cls, nlp: "Language", directory: Path | None = None) -> ParseCache:
        return cls(directory or cache_dir(), model_identity(nlp))

    def key(self, article: Article) -> str:
        """The entry's name: a hash of the model's identity and what extraction reads of the article."""
        digest = hashlib.sha256(self._identity.encode("utf-8"))
        for part in (article.text, str(article.body_start), article.published or ""):
            digest.update(b"\0" + part.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def path(self, article: Article) -> Path:
        key = self.key(article)
        return self.directory / "parses" / key[:2] / f"{key}.pickle"

    def get(self, article: Article) -> ArticleParse | None:
        """The cached extraction of ``article``, with its id, or None (absent or unreadable)."""
        try:
            parsed = pickle.loads(self.path(article).read_bytes())
        except Exception:  # noqa: BLE001 - missing, truncated or corrupt: a miss, rewritten after parsing
            return None
        if not isinstance(parsed, ArticleParse):
            return None
        return restamp(parsed, article)

    def put(self, article: Article, parsed: ArticleParse) -> None:
        """Keep ``parsed``; written whole or not at all, and silently not when the directory is not writable."""
        path = self.path(article)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
            try:
                with os.fdopen(fd, "wb") as out:
                    pickle.dump(parsed, out, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temp, path)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError:
            return


def restamp(parsed: ArticleParse, article: Article) -> ArticleParse:
    """``parsed`` as the extraction of ``article``: its id on every claim, its fields (path, source ...)."""
    claims = tuple(c if c.article == article.id else replace(c, article=article.id) for c in parsed.claims)
    return replace(parsed, article=article, claims=claims)


def through_cache(articles: Sequence[Article], cache: ParseCache | None,
                  compute: Callable[[list[Article]], Iterable[ArticleParse]]) -> list[ArticleParse]:
    """The extraction of each article, in order: cached ones read, the others computed (in one
    call of ``compute``, which yields them in input order) and each kept as it comes, so an
    interrupted run keeps what it finished."""
    if cache is None:
        return list(compute(list(articles)))
    found = [cache.get(a) for a in articles]
    missing = [a for a, p in zip(articles, found, strict=True) if p is None]
    fresh = iter(compute(missing) if missing else ())
    result = []
    for article, parsed in zip(articles, found, strict=True):
        if parsed is None:
            parsed = next(fresh)
            cache.put(article, parsed)
        result.append(parsed)
    return result
