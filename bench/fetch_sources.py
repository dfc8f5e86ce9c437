"""Fetch the articles behind the blind reads of bench/labels.jsonl from their public repositories.

    python bench/fetch_sources.py bench/wikiref-sources.tsv CORPUS     # clusters 101-115
    python bench/fetch_sources.py bench/newswcl-sources.tsv CORPUS     # clusters 201-205, 251-255
    python bench/fetch_sources.py bench/hscluster-sources.tsv CORPUS   # clusters 301-312 ... 701-708
    python bench/clusters.py --corpus CORPUS

The article texts are the outlets' and are not kept in this repository. Each row of a sources
file (tab-separated; lines starting with # are comments) names one article:

    file name   repository (owner/name)   commit   path in the repository   [title  index  field]

The file name is ``201/201_1.txt`` or, as in the WikiRef rows, ``101_3.txt`` (written to
``CORPUS/101/101_3.txt``). A row of four columns takes the whole file. A row of seven takes one
article out of a JSON file holding an array of events, each ``{"title": ..., "articles": [...]}``:
the event of that title, its article at that index (from 0), that field of it (``body``).

Each text is written with its line ends as "\\n" (the readers' copies had them so; the labels'
claim texts are found in those copies); files already there are skipped. It needs the network,
unlike factcheck itself. ``--base`` points at another copy of the repositories: a URL or a
folder, in which ``{repo}`` and ``{commit}`` are filled in (without them it is the one
repository's root). A bad row, a missing event, article or field, or a file that cannot be read
stops it with a one-line error and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

BASE = "https://raw.githubusercontent.com/{repo}/{commit}/"
TIMEOUT = 60  # seconds for one download: generous, the largest file is a JSON of about 255 kB


class FetchError(Exception):
    """A sources file or a source that cannot be used; the message is one line."""


@dataclass(frozen=True)
class Source:
    """One article: where it goes (``name``) and where it comes from."""

    name: str
    repo: str
    commit: str
    path: str
    title: str | None = None
    index: int | None = None
    field: str | None = None

    def target(self, corpus: Path) -> Path:
        """The file this article is written to: ``CORPUS/201/201_1.txt``."""
        name = PurePosixPath(self.name)
        if len(name.parts) == 1:
            return corpus / self.name.split("_")[0] / self.name
        return corpus.joinpath(*name.parts)


def read_sources(path: Path) -> list[Source]:
    """Every row of a sources file, in its order; FetchError names the first bad line."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            try:
                rows.append(_row(line.split("\t")))
            except FetchError as error:
                raise FetchError(f"{path}:{number}: {error}") from None
    return rows


def _row(cells: list[str]) -> Source:
    if len(cells) not in (4, 7):
        raise FetchError(f"{len(cells)} columns, not 4 (a whole file) or 7 (an article of a JSON file)")
    name, repo, commit, path = cells[:4]
    parts = PurePosixPath(name).parts
    if not name or name.startswith("/") or ".." in parts or len(parts) > 2:
        raise FetchError(f"file name {name!r} is not NAME.txt or CLUSTER/NAME.txt")
    if repo.count("/") != 1 or not commit or not path:
        raise FetchError("repository (owner/name), commit and path are needed")
    if len(cells) == 4:
        return Source(name, repo, commit, path)
    title, index, field = cells[4:]
    if not index.isdigit() or not title or not field:
        raise FetchError(f"selector {title!r} {index!r} {field!r} is not: event title, article index, field")
    return Source(name, repo, commit, path, title, int(index), field)


def read_raw(base: str, source: Source) -> bytes:
    """The bytes of the source's file under ``base`` (a URL or a folder), as stored."""
    root = base.replace("{repo}", source.repo).replace("{commit}", source.commit)
    if "://" not in root:
        return (Path(root) / source.path).read_bytes()
    with urllib.request.urlopen(root + urllib.parse.quote(source.path), timeout=TIMEOUT) as response:  # noqa: S310
        return response.read()


def article_text(source: Source, raw: bytes) -> str:
    """The source's text out of its file's bytes, line ends as "\\n"."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise FetchError(f"{source.name}: {source.path} is not UTF-8 ({error})") from None
    if source.title is not None:
        text = _select(source, text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _select(source: Source, text: str) -> str:
    try:
        events = json.loads(text)
    except json.JSONDecodeError as error:
        raise FetchError(f"{source.name}: {source.path} is not JSON ({error})") from None
    found = [event for event in events if isinstance(event, dict) and event.get("title") == source.title]
    if not found:
        raise FetchError(f"{source.name}: no event titled {source.title!r} in {source.path}")
    articles = found[0].get("articles") or []
    if source.index >= len(articles):
        raise FetchError(f"{source.name}: event {source.title!r} has {len(articles)} articles, no [{source.index}]")
    article = articles[source.index]
    value = article.get(source.field) if isinstance(article, dict) else None
    if not isinstance(value, str):
        raise FetchError(f"{source.name}: article [{source.index}] of {source.title!r} has no text {source.field!r}")
    return value


def fetch(sources: list[Source], corpus: Path, base: str = BASE) -> tuple[int, int]:
    """Write every source missing from ``corpus``; returns (fetched, already there)."""
    files: dict[tuple[str, str, str], bytes] = {}  # one download of a JSON file serves all its articles
    fetched = kept = 0
    for source in sources:
        target = source.target(corpus)
        if target.exists():
            kept += 1
            continue
        key = (source.repo, source.commit, source.path)
        if key not in files:
            try:
                files[key] = read_raw(base, source)
            except OSError as error:
                raise FetchError(f"{source.name}: cannot read {source.path} of {source.repo}: {error}") from None
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")  # a broken run leaves no file that looks complete
        partial.write_bytes(article_text(source, files[key]).encode("utf-8"))
        partial.replace(target)
        fetched += 1
    return fetched, kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", type=Path, help="a sources file: bench/*-sources.tsv")
    parser.add_argument("corpus", type=Path, help="folder to write the clusters into")
    parser.add_argument("--base", default=BASE, help="the raw files: a URL or a folder ({repo}, {commit})")
    args = parser.parse_args(argv)
    try:
        fetched, kept = fetch(read_sources(args.sources), args.corpus, args.base)
    except (FetchError, OSError) as error:
        print(f"fetch_sources: {error}", file=sys.stderr)
        return 2
    print(f"{fetched} fetched, {kept} already there, in {args.corpus}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
