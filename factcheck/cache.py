"""Work kept between runs, keyed by what made it: each article's extraction, each story's
alignment, and each feed's report.

- **Parses** (``ParseCache``): an article's ``ArticleParse``. A rerun on a folder with one new
  article parses that article alone. The key hashes the article's text (front matter included)
  and the ``Article`` fields extraction reads (``body_start``, ``published``), the model (package
  or directory, version, the hash of its installed files' list, its meta), spaCy's and thinc's
  versions, factcheck's version and the bytes of factcheck's source files that run up to
  extraction, so that a developer's edit invalidates it. The model is told from package metadata
  without importing spaCy (``model_identity``), so a run whose articles are all cached never loads it.
- **Stories** (``StoryCache``): what ``align`` made of one story (its groups of claims and the
  ``Story`` they were judged against), keyed by a canonical hash of the story's claims, names and
  dated articles (ids replaced by their place in the story) and of all of factcheck's source. A
  story the new article does not touch is not aligned again.
- **Reports** (``ReportCache``): the report of a whole call, keyed by every article (all its
  fields, in order), the model, the story option and all of factcheck's source: the same feed
  again is read back whole, neither parsed, normalized nor aligned.

Article ids (a1, a2, ...) are per call: a parse is found by content and stamped with the caller's
id; a story's alignment is stored with the ids of its members and re-stamped in member order.

The directory is ``$FACTCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/factcheck``, else
``~/.cache/factcheck``. It is safe to delete at any time. Entries are written to a temporary file
in the same directory and renamed into place, so a crash mid-write leaves no half entry; an
entry that cannot be read (truncated, corrupt, from another Python) is ignored and rewritten, and
a directory that cannot be written only means nothing is kept: the cache is never an error.
Entries are pickles, read only from the user's own cache directory.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

from .types import Article, ArticleParse, Claim, Report

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

    from .align.story import Story

CACHE_ENV = "FACTCHECK_CACHE_DIR"
#: Bumped when the layout of an entry changes in a way the source hash would not show.
LAYOUT = 2
#: Parts of the package that run after extraction: editing them leaves cached extractions valid.
AFTER_EXTRACTION = ("align", "report", "stories.py", "compare.py", "confidence.py", "cli.py", "cli_table.py",
                    "check.py")
#: Files whose bytes make the source hash: code and the data tables extraction reads.
SOURCE_SUFFIXES = (".py", ".tsv", ".toml", ".json", ".txt")


def cache_dir() -> Path:
    """Where entries are kept: $FACTCHECK_CACHE_DIR, else $XDG_CACHE_HOME/factcheck, else ~/.cache/factcheck."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "factcheck"


@lru_cache(maxsize=2)
def source_hash(whole: bool = False) -> str:
    """A hash of factcheck's source files that run up to extraction, or (``whole``) of all of
    them (computed once per process)."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        relative = path.relative_to(package)
        if (path.suffix in SOURCE_SUFFIXES and path.is_file() and "__pycache__" not in relative.parts
                and (whole or relative.parts[0] not in AFTER_EXTRACTION)):
            digest.update(str(relative).encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()


def model_identity(requested: str | None) -> dict[str, object] | None:
    """What of the model ``parse.load_model(requested)`` loads, and of its surroundings, changes
    an extraction, read from package metadata and files without importing spaCy; None when it
    cannot be told so (no such package or directory: loading it is what says why)."""
    from . import __version__
    from .parse import DEFAULT_MODELS, PIECE_CHARS, model_name

    name = model_name(requested)
    # as load_model: a named model is a package or a directory, a default one an installed package
    found = [model for candidate in ([name] if name else DEFAULT_MODELS)
             if (model := _model_files(candidate, directory=bool(name))) is not None]
    if not found:
        return None
    return {
        "model": found[0],
        "spacy": _version("spacy"),
        "thinc": _version("thinc"),
        "piece": PIECE_CHARS,
        "factcheck": __version__,
        "source": source_hash(),
        "layout": LAYOUT,
    }


def _model_files(name: str, directory: bool = True) -> dict[str, object] | None:
    """An installed model package (as spaCy finds one: by its distribution) or (``directory``) a
    model directory, as its name, version, meta and a hash of its files' list (a package's RECORD,
    which holds its files' hashes; a directory's files' sizes and times), so that a model
    replaced in place counts as changed; None when ``name`` is neither."""
    try:
        dist = metadata.distribution(name)
        spec = find_spec(name)
    except (metadata.PackageNotFoundError, ImportError, ValueError):
        dist = spec = None
    if dist is not None and spec is not None and spec.origin is not None:
        files = hashlib.sha256((dist.read_text("RECORD") or "").encode("utf-8")).hexdigest()
        meta = _meta(Path(spec.origin).parent / "meta.json")
        return {"package": name, "version": dist.version, "meta": meta, "files": files}
    folder = Path(name)
    if not directory or not (folder / "meta.json").is_file():
        return None
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        stat = path.stat()
        digest.update(f"{path.relative_to(folder)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return {"directory": str(folder.resolve()), "meta": _meta(folder / "meta.json"), "files": digest.hexdigest()}


def _meta(path: Path) -> dict[str, object]:
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: meta.get(k) for k in ("lang", "name", "version", "pipeline")}


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def describes(identity: dict[str, object], nlp: "Language") -> bool:
    """Whether the loaded ``nlp`` is the model ``identity`` was told from (a default package that
    failed to load makes load_model fall back to the next one)."""
    meta = identity["model"]["meta"]  # type: ignore[index]
    return all(meta.get(k) == nlp.meta.get(k) for k in ("lang", "name", "version"))  # type: ignore[union-attr]


class _Entries:
    """Pickled values of one kind, one file each, named by their key."""

    def __init__(self, directory: Path, kind: str):
        self.directory = directory / kind

    def path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.pickle"

    def get(self, key: str, kind: type) -> object | None:
        """The value kept under ``key`` if it is a ``kind``, else None (absent or unreadable)."""
        try:
            value = pickle.loads(self.path(key).read_bytes())
        except Exception:  # noqa: BLE001 - missing, truncated or corrupt: a miss, rewritten after computing
            return None
        return value if isinstance(value, kind) else None

    def put(self, key: str, value: object) -> None:
        """Keep ``value``; written whole or not at all, and silently not when the directory is not writable."""
        path = self.path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
            try:
                with os.fdopen(fd, "wb") as out:
                    pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temp, path)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError:
            return


class ParseCache:
    """Extractions of articles under one model, in one directory."""

    def __init__(self, directory: Path, identity: dict[str, object]):
        self.directory = directory
        self.identity = identity
        self._identity = json.dumps(identity, sort_keys=True)
        self._entries = _Entries(directory, "parses")

    @classmethod
    def for_model(cls, requested: str | None, directory: Path | None = None) -> ParseCache | None:
        """The cache for the model ``requested`` names (as ``parse.load_model`` reads it), or None
        when that model cannot be told without loading it."""
        identity = model_identity(requested)
        return None if identity is None else cls(directory or cache_dir(), identity)

    def key(self, article: Article) -> str:
        """The entry's name: a hash of the model's identity and what extraction reads of the article."""
        digest = hashlib.sha256(self._identity.encode("utf-8"))
        for part in (article.text, str(article.body_start), article.published or ""):
            digest.update(b"\0" + part.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def path(self, article: Article) -> Path:
        return self._entries.path(self.key(article))

    def get(self, article: Article) -> ArticleParse | None:
        """The cached extraction of ``article``, with its id, or None (absent or unreadable)."""
        parsed = self._entries.get(self.key(article), ArticleParse)
        return None if parsed is None else restamp(parsed, article)  # type: ignore[arg-type]

    def put(self, article: Article, parsed: ArticleParse) -> None:
        self._entries.put(self.key(article), parsed)


def restamp(parsed: ArticleParse, article: Article) -> ArticleParse:
    """``parsed`` as the extraction of ``article``: its id on every claim, its fields (path, source ...)."""
    claims = tuple(c if c.article == article.id else replace(c, article=article.id) for c in parsed.claims)
    return replace(parsed, article=article, claims=claims)


def through_cache(articles: Sequence[Article], found: Sequence[ArticleParse | None], cache: ParseCache | None,
                  compute: Callable[[list[Article]], Iterable[ArticleParse]]) -> list[ArticleParse]:
    """The extraction of each article, in order: those ``found`` in the cache as they are, the
    others computed (in one call of ``compute``, which yields them in input order) and each kept
    as it comes, so an interrupted run keeps what it finished."""
    missing = [a for a, p in zip(articles, found, strict=True) if p is None]
    fresh = iter(compute(missing) if missing else ())
    result = []
    for article, parsed in zip(articles, found, strict=True):
        if parsed is None:
            parsed = next(fresh)
            if cache is not None:
                cache.put(article, parsed)
        result.append(parsed)
    return result


class StoryCache:
    """What align made of each story, found by a canonical hash of what it was made from."""

    def __init__(self, directory: Path):
        self._entries = _Entries(directory, "stories")

    def key(self, claims: Sequence[Claim], names: Sequence[tuple[str, frozenset[tuple[str, str]]]],
            dated: Sequence[str], members: Sequence[str]) -> str:
        """A hash of everything ``pipeline.align_story`` reads, the ids of ``members`` (the story's
        articles in input order) written as their place among them, and of all of factcheck's source."""
        place = {article: str(n) for n, article in enumerate(members)}
        digest = hashlib.sha256(f"{source_hash(whole=True)}\0{LAYOUT}\0".encode())
        for claim in claims:
            digest.update(_canon(replace(claim, article=place[claim.article])).encode("utf-8", "surrogatepass"))
        digest.update(_canon(tuple((place[a], keys) for a, keys in names)).encode("utf-8", "surrogatepass"))
        digest.update(_canon(tuple(sorted(place[a] for a in dated))).encode())
        return digest.hexdigest()

    def get(self, key: str, members: Sequence[str]) -> tuple[list[tuple[Claim, ...]], Story] | None:
        """The groups and story kept under ``key``, with the ids of ``members`` in place of those
        they were stored with (in the same order), or None."""
        kept = self._entries.get(key, tuple)
        if kept is None or len(kept) != 3 or len(kept[0]) != len(members):  # type: ignore[arg-type]
            return None
        stored, groups, story = kept  # type: ignore[misc]
        if tuple(stored) == tuple(members):
            return groups, story
        to = dict(zip(stored, members, strict=True))
        groups = [tuple(replace(c, article=to[c.article]) for c in group) for group in groups]
        return groups, replace(story, dated=frozenset(to[a] for a in story.dated))

    def put(self, key: str, members: Sequence[str], groups: list[tuple[Claim, ...]], story: Story) -> None:
        self._entries.put(key, (tuple(members), groups, story))


class ReportCache:
    """Reports of whole calls, found by every article, the model and all of factcheck's source."""

    def __init__(self, directory: Path, identity: dict[str, object]):
        self._identity = json.dumps({**identity, "whole": source_hash(whole=True)}, sort_keys=True)
        self._entries = _Entries(directory, "reports")

    def key(self, articles: Sequence[Article], stories: str) -> str:
        digest = hashlib.sha256(f"{self._identity}\0{stories}".encode())
        for article in articles:
            digest.update(b"\0" + _canon(article).encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def get(self, articles: Sequence[Article], stories: str) -> Report | None:
        """The report of ``articles`` with the story option ``stories``, or None."""
        report = self._entries.get(self.key(articles, stories), Report)
        return None if report is None else replace(report, articles=tuple(articles))  # type: ignore[type-var]

    def put(self, articles: Sequence[Article], stories: str, report: Report) -> None:
        """Keep ``report`` (without the articles' texts: the key holds them)."""
        self._entries.put(self.key(articles, stories), replace(report, articles=()))


def _canon(value: object) -> str:
    """``value`` (dataclasses, tuples, sets, dicts, strings, numbers, None) as a string that is the
    same in every process: a set's members sorted (its order follows the per-process string hash)."""
    if isinstance(value, str):
        return repr(value)
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    if isinstance(value, (tuple, list)):
        return "(" + ",".join(_canon(v) for v in value) + ")"
    if isinstance(value, (frozenset, set)):
        return "{" + ",".join(sorted(_canon(v) for v in value)) + "}"
    if isinstance(value, dict):
        return "{" + ",".join(sorted(f"{_canon(k)}:{_canon(v)}" for k, v in value.items())) + "}"
    if dataclasses.is_dataclass(value):
        names = _field_names(type(value))
        return type(value).__name__ + "(" + ",".join(_canon(getattr(value, n)) for n in names) + ")"
    raise TypeError(f"no canonical form for {type(value).__name__}")


@lru_cache(maxsize=64)
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))
