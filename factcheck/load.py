"""Stage 1, load: turn what the user named into ``Article`` values.

Text is kept as read (universal newlines, like Python's ``open``; a leading UTF-8
byte-order mark dropped, as ``encoding="utf-8-sig"`` drops it), front matter
included, so that claim offsets index the file's text. Nothing is skipped
silently: anything that cannot be read raises ``InputError``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from datetime import UTC, datetime, time
from pathlib import Path
from typing import IO

from .exceptions import InputError
from .types import Article

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
SUPPORTED = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES
#: Files in a directory that describe it rather than being articles (fixtures hold them).
NOT_ARTICLES = re.compile(r"^(expected\.json|readme(\.\w+)?|licen[cs]e(\.\w+)?)$", re.IGNORECASE)
FRONT_MATTER_KEYS = ("title", "source", "url", "published")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_OPENS = re.compile(r"\A---[ \t]*(?:\n|\Z)")
#: The byte-order mark some editors put first; it is an encoding mark, not text.
BOM = "\ufeff"
#: What a page's metadata date is read for: the original publication date, from the page's markup only.
#: ``extensive_search`` off keeps htmldate out of the page's text, where a footer's "© 2023" or a date
#: the article mentions would pass for the publication date; the format keeps a time and zone when the
#: markup gives them (``article:published_time`` 08:00+02:00 stays 08:00+02:00).
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


def load_articles(inputs: Iterable[str], stdin: IO[str] | None = None) -> tuple[Article, ...]:
    """Read every input (file, directory or "-") into articles numbered a1, a2, ...

    Raises InputError naming the input when one cannot be read.
    """
    raw: list[dict] = []
    seen: set[str] = set()
    for name in inputs:
        for path, fields in _read_input(name, stdin):
            key = path if path == "-" else os.path.realpath(path)
            if key in seen:
                raise InputError(f"{path}: given twice; name each article once")
            seen.add(key)
            raw.append({"path": path, **fields})
    return tuple(Article(id=f"a{i}", **fields) for i, fields in enumerate(raw, start=1))


def _read_input(name: str, stdin: IO[str] | None) -> Iterable[tuple[str, dict]]:
    if name == "-":
        if stdin is None:
            raise InputError("-: no standard input to read")
        yield "-", _text_article(_clean(stdin.read()), "-", "stdin")
        return
    path = Path(name)
    if path.is_dir():
        files = sorted((p for p in path.iterdir() if not p.name.startswith(".") and not NOT_ARTICLES.match(p.name)),
                       key=lambda p: natural_key(p.name))
        if not files:
            raise InputError(f"{name}: the directory holds no articles")
        for file in files:
            if file.is_dir():
                raise InputError(f"{file}: is a directory inside {name}; name it on its own")
            yield from _read_file(file)
        return
    if not path.exists():
        raise InputError(f"{name}: no such file or directory")
    yield from _read_file(path)


def _read_file(path: Path) -> Iterable[tuple[str, dict]]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise InputError(f"{path}: unsupported file type '{suffix or 'none'}'; give .txt, .md, .html, .json or .jsonl")
    text = _decode(path)
    if suffix in TEXT_SUFFIXES:
        yield str(path), _text_article(text, str(path), path.name)
    elif suffix in HTML_SUFFIXES:
        yield str(path), _html_article(text, str(path), path.name)
    elif suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise InputError(f"{path}: not valid JSON ({err.msg} at line {err.lineno})") from None
        items = data if isinstance(data, list) else [data]
        for i, item in enumerate(items, start=1):
            where = f"{path}:{i}" if isinstance(data, list) else str(path)
            yield where, _json_article(item, where, path.name)
    else:
        yield from json_lines(text, str(path), path.name)


def json_lines(text: str, where: str, name: str) -> Iterable[tuple[str, dict]]:
    """The articles of a JSON Lines text as ``(where, fields)``, ``where`` being ``"{where}:{line}"``;
    ``name`` (the file's name) makes the default source. Also read by ``distributed`` for shards."""
    found = False
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        at = f"{where}:{lineno}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{at}: not valid JSON ({err.msg})") from None
        found = True
        yield at, _json_article(item, at, name)
    if not found:
        raise InputError(f"{where}: is empty; it holds no JSON lines")


def _decode(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror})") from None
    return decode(data, str(path))


def decode(data: bytes, where: str) -> str:
    """A file's bytes as the text offsets index; InputError when binary or not UTF-8."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{where}: looks like a binary file, not an article")
    try:
        return _clean(data.decode("utf-8"))
    except UnicodeDecodeError as err:
        raise InputError(f"{where}: is not UTF-8 text (bad byte at offset {err.start}); convert it to UTF-8") from None


def natural_key(name: str) -> tuple:
    """Sort key that reads runs of digits as numbers: 20_1, 20_2, ..., 20_10, 20_11."""
    parts = re.split(r"(\d+)", name)
    return tuple(int(part) if i % 2 else part for i, part in enumerate(parts)), name


def _clean(text: str) -> str:
    """The text offsets index: newlines as Python's text mode reads them, no leading byte-order mark.

    The result is what ``open(path, encoding="utf-8-sig").read()`` returns.
    """
    return _normalize_newlines(text.removeprefix(BOM))


def _normalize_newlines(text: str) -> str:
    """Newlines as Python's text mode reads them, so offsets match ``open(path).read()``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _text_article(text: str, where: str, default_source: str) -> dict:
    meta: dict[str, str] = {}
    body_start = 0
    match = _FRONT_MATTER.match(text)
    if match:
        meta = _parse_front_matter(match.group(1), where)
        body_start = match.end()
    elif _FRONT_MATTER_OPENS.match(text):
        raise InputError(
            f"{where}: front matter opened by '---' on line 1 is never closed; "
            "end it with a '---' line, or remove line 1 if it is not front matter"
        )
    if not text[body_start:].strip():
        raise InputError(f"{where}: is empty; an article needs text")
    return _fields(text, meta, where, default_source, body_start, origin="front_matter")


def _parse_front_matter(block: str, where: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    for lineno, line in enumerate(block.splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or not key:
            raise InputError(f"{where}: front matter line {lineno} is not 'key: value': {line.strip()!r}")
        if key not in FRONT_MATTER_KEYS:
            raise InputError(
                f"{where}: front matter key '{key}' is not known; use {', '.join(FRONT_MATTER_KEYS)}"
            )
        meta[key] = value.strip().strip("'\"")
    return meta


def _fields(text: str, meta: dict, where: str, default_source: str, body_start: int = 0, *, origin: str) -> dict:
    published = meta.get("published") or None
    if published is not None:
        published = str(published)
        try:
            published_moment(published)
        except ValueError:
            raise InputError(f"{where}: published '{published}' is not an ISO 8601 date or date-time") from None
    return {
        "text": text,
        "source": meta.get("source") or default_source,
        "title": meta.get("title") or None,
        "url": meta.get("url") or None,
        "published": published,
        "published_from": origin if published is not None else None,
        "body_start": body_start,
    }


def published_moment(published: str) -> datetime:
    """An article's ``published`` as an aware date-time (UTC when no offset is given).

    Raises ValueError when it is not ISO 8601; ``load`` checks every article with it.
    """
    moment = datetime.fromisoformat(published.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _json_article(item: object, where: str, default_source: str) -> dict:
    if not isinstance(item, dict):
        raise InputError(f"{where}: a JSON article must be an object with a 'text' field")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: has no 'text' field with the article's text")
    meta = {k: item[k] for k in FRONT_MATTER_KEYS if item.get(k) is not None}
    source = meta.get("source") or (f"{default_source}#{item['id']}" if item.get("id") is not None else where)
    return _fields(_clean(text), meta, where, str(source), origin="json")


def _html_article(html: str, where: str, default_source: str) -> dict:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    doc = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True,
                                      date_extraction_params=dict(_DATE_PARAMS))
    text = getattr(doc, "text", None) if doc is not None else None
    if isinstance(doc, dict):
        text = doc.get("text")
    if not text or not text.strip():
        raise InputError(f"{where}: no article text found in the HTML")
    meta = {}
    for key, attr in (("title", "title"), ("source", "sitename"), ("url", "url"), ("published", "date")):
        value = doc.get(attr) if isinstance(doc, dict) else getattr(doc, attr, None)
        if value:
            meta[key] = str(value)
    if "published" in meta:
        meta["published"] = page_date(meta["published"])  # None (no date) when htmldate's shape is not known
    return _fields(_clean(text), meta, where, default_source, origin="page_metadata")


def page_date(found: str) -> str | None:
    """htmldate's ``%Y-%m-%dT%H:%M:%S%z`` as ISO 8601: the date alone when the page gave no time.

    htmldate fills a missing time with midnight and gives no zone then, so a zone-less midnight is
    read as a date only; a time with a zone keeps both ("2023-05-01T08:00:00+02:00"). None when
    the string has none of these shapes.
    """
    for shape in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
        try:
            moment = datetime.strptime(found, shape)
        except ValueError:
            continue
        if moment.tzinfo is None and moment.time() == time(0, 0):
            return moment.date().isoformat()
        return moment.isoformat()
    return None
