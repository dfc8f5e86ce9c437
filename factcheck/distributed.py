"""Archives on a cluster: the same pipeline on ``dask.distributed`` (docs/dask.md).

Articles come as JSON Lines shards (local paths or fsspec URLs), one partition per shard:

1. workers read the shards (``load.json_lines``, as ``factcheck compare x.jsonl`` reads them);
   the client numbers the articles a1, a2, … in shard order, then line order;
2. workers parse and extract each partition, the model loaded once per worker process
   (``parse.load_model`` is cached per process); only ``ArticleParse`` values come back;
3. the client normalizes all parses (an article may borrow another's season) and groups the
   stories (``pipeline.story_groups``), both linear and light;
4. workers align and judge each story (``pipeline.align_story``, ``compare.compare_stories``);
5. the client orders the facts of all stories as ``compare_stories`` orders them and numbers
   them f1, f2, …: the report equals ``compare_articles`` on the same shards.

``write_report_shards`` writes a report as a JSON header and JSON Lines fact shards
(docs/contract.md, "The report as shards"); ``read_report_shards`` joins them again.
dask and fsspec are imported only here, and only when called.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import accumulate
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from .exceptions import FactcheckError, InputError
from .types import VERDICT_ORDER, Article, ArticleParse, Extraction, Fact, Options, Report, StoryGroup

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client

#: Facts per JSON Lines shard that ``write_report_shards`` writes: a fact is a few kB, so a shard
#: stays in the tens of MB, small enough to read in one go and few enough files for an archive.
SHARD_FACTS = 10_000
#: The header ``write_report_shards`` writes beside the fact shards.
HEADER = "report.json"
INSTALL = "pip install 'factcheck[dask]'"


def compare_shards(shards: Iterable[str], client: "Client", options: Options = Options()) -> Report:
    """The report on the articles of JSON Lines shards, computed on ``client``'s cluster.

    ``shards`` are local paths or fsspec URLs ("s3://bucket/day/00.jsonl" needs s3fs on the
    workers), each line an article as ``factcheck compare`` reads ``.jsonl``. Articles are
    numbered in shard order, then line order, and the report equals ``compare_articles`` on
    the same shards. Raises InputError when a shard cannot be read or there are fewer than two
    articles; the workers need factcheck and its model installed.
    """
    from .normalize.claims import normalize
    from .parse import model_name
    from .pipeline import story_groups

    names = _shard_names(shards)
    read = client.map(read_shard, names, pure=False)
    counts = client.gather(client.map(len, read))
    if sum(counts) < 2:
        raise InputError(f"compare needs two or more articles, got {sum(counts)}; add lines or shards")
    # The model is named on the client: FACTCHECK_MODEL is not set on a remote worker.
    model = model_name(options.model)
    firsts = [0, *accumulate(counts)][:-1]
    extracted = client.map(extract_partition, read, firsts, model=model, pure=False)
    parses = [parse for part in client.gather(extracted) for parse in part]
    del read, extracted  # the workers may let the partitions go
    extraction = normalize(parses)
    stories = story_groups(extraction, options)
    parts = client.scatter([_story_part(extraction, group) for group in stories])
    facts = [fact for story in client.gather(client.map(judge_story, parts, stories, pure=False)) for fact in story]
    return Report(articles=extraction.articles, facts=number_facts(facts), stories=stories)


def read_shard(shard: str) -> tuple[Article, ...]:
    """The articles of one JSON Lines shard, ids a1, a2, … within it (``compare_shards`` renumbers)."""
    from .load import decode, json_lines

    fsspec = _need("fsspec")
    try:
        with fsspec.open(shard, "rb") as stream:
            data = stream.read()
    except (OSError, ValueError, ImportError) as err:  # ImportError: the URL's protocol package (s3fs) is missing
        raise InputError(f"{shard}: cannot be read ({err})") from None
    found = json_lines(decode(data, shard), shard, PurePosixPath(shard).name)
    return tuple(Article(id=f"a{i}", path=where, **fields) for i, (where, fields) in enumerate(found, start=1))


def extract_partition(articles: Sequence[Article], first: int, model: str | None = None) -> list[ArticleParse]:
    """Parse and extract one partition on a worker: articles renumbered from a{first + 1}; spaCy
    objects stay here, plain ``ArticleParse`` values go back."""
    from .extract import extract
    from .parse import load_model, parse

    articles = [replace(a, id=f"a{first + i}") for i, a in enumerate(articles, start=1)]
    return extract(articles, parse(articles, load_model(model)))


def judge_story(part: Extraction, group: StoryGroup) -> tuple[Fact, ...]:
    """One story's facts, aligned and judged on a worker (numbered within the story only)."""
    from .compare import compare_stories
    from .pipeline import align_story

    return compare_stories(part.articles, [align_story(part, group)]).facts


def number_facts(facts: Iterable[Fact]) -> tuple[Fact, ...]:
    """Facts of all stories in report order, ids f1, f2, …

    The order is ``compare_stories``'s: verdict, conflicts strongest first, then the first claim's
    article and offset; ties keep story order, as there (the sort is stable)."""
    def order(fact: Fact) -> tuple:
        first = fact.claims[0]
        strength = -(fact.confidence or 0) if fact.verdict == "conflict" else 0
        return VERDICT_ORDER.index(fact.verdict), strength, int(first.article[1:]), first.start

    return tuple(replace(fact, id=f"f{n}") for n, fact in enumerate(sorted(facts, key=order), start=1))


def write_report_shards(report: Report, out_dir: str, facts_per_shard: int = SHARD_FACTS) -> list[str]:
    """Write ``report`` under ``out_dir`` (a path or fsspec URL): ``report.json`` (the JSON report
    without its facts, naming the shards) and ``facts-00001.jsonl``, … (one fact a line, in report
    order). Returns the names written, the header last, so a reader never finds a header whose
    shards are missing."""
    from .report.json import fact_dict, report_dict

    fsspec = _need("fsspec")
    fs, root = fsspec.core.url_to_fs(out_dir)
    fs.makedirs(root, exist_ok=True)
    facts = [fact_dict(f) for f in report.facts]
    chunks = [facts[i:i + facts_per_shard] for i in range(0, len(facts), facts_per_shard)]
    names = [f"facts-{n:05d}.jsonl" for n in range(1, len(chunks) + 1)]
    for name, chunk in zip(names, chunks, strict=True):
        with fs.open(f"{root}/{name}", "w", encoding="utf-8") as out:
            out.writelines(json.dumps(fact, ensure_ascii=False) + "\n" for fact in chunk)
    header = {key: value for key, value in report_dict(report).items() if key != "facts"}
    header["fact_shards"] = names
    with fs.open(f"{root}/{HEADER}", "w", encoding="utf-8") as out:
        out.write(json.dumps(header, indent=2, ensure_ascii=False) + "\n")
    return [*names, HEADER]


def read_report_shards(out_dir: str) -> dict[str, Any]:
    """The JSON report (as ``report_dict`` gives it) from what ``write_report_shards`` wrote."""
    fsspec = _need("fsspec")
    fs, root = fsspec.core.url_to_fs(out_dir)
    try:
        with fs.open(f"{root}/{HEADER}", "r", encoding="utf-8") as stream:
            header = json.load(stream)
        facts = []
        for name in header.pop("fact_shards"):
            with fs.open(f"{root}/{name}", "r", encoding="utf-8") as stream:
                facts.extend(json.loads(line) for line in stream if line.strip())
    except (OSError, KeyError, json.JSONDecodeError) as err:
        raise InputError(f"{out_dir}: not a report written by write_report_shards ({err})") from None
    return {**header, "facts": facts}


def _shard_names(shards: Iterable[str]) -> list[str]:
    """Shard names as ``load`` writes paths (a local path as ``Path`` prints it, a URL as given)."""
    names = [str(s) if "://" in str(s) else str(Path(s)) for s in shards]
    if not names:
        raise InputError("no shards given; name one or more JSON Lines files or URLs")
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise InputError(f"{name}: given twice; name each shard once")
        seen.add(name)
    return names


def _story_part(extraction: Extraction, group: StoryGroup) -> Extraction:
    """What a worker needs to judge one story: its articles, claims and names."""
    members = set(group.articles)
    return Extraction(articles=tuple(a for a in extraction.articles if a.id in members),
                      claims=tuple(c for c in extraction.claims if c.article in members),
                      names=tuple((a, n) for a, n in extraction.names if a in members))


def _need(module: str) -> Any:
    from importlib import import_module

    try:
        return import_module(module)
    except ImportError:
        raise FactcheckError(f"{module} is not installed: {INSTALL}") from None
