"""The pipeline on a Dask cluster gives the single-process report, fact for fact."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import FIXTURES

import factcheck
from factcheck.exceptions import InputError
from factcheck.report.json import report_dict

pytest.importorskip("distributed", reason="dask.distributed is not installed: pip install 'factcheck[dask]'")

from factcheck.distributed import (  # noqa: E402  (after the skip: it needs nothing from dask to import)
    compare_shards,
    read_report_shards,
    read_shard,
    write_report_shards,
)

#: Two events (Kyiv, an Iranian quake) and a third fixture's quotes, one shard each.
FEEDS = ("seed-kyiv-2022-02-24", "ecb-iran-quake-toll", "ecb-yida-quotes")


def _write_shards(tmp_path) -> list[str]:
    """Each fixture's articles as one JSON Lines shard: body, title, source, url, published."""
    shards = []
    for n, name in enumerate(FEEDS, start=1):
        shard = tmp_path / f"{n:02d}-{name}.jsonl"
        lines = []
        for a in factcheck.read([str(FIXTURES / name)]):
            item = {"text": a.text[a.body_start:], "title": a.title, "source": a.source, "url": a.url,
                    "published": a.published}
            lines.append(json.dumps({k: v for k, v in item.items() if v is not None}))
        shard.write_text("\n".join(lines) + "\n", encoding="utf-8")
        shards.append(str(shard))
    return shards


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


@pytest.mark.slow
def test_cluster_report_equals_local_report(client, tmp_path):
    shards = _write_shards(tmp_path)
    local = factcheck.compare_articles(factcheck.read(shards))
    remote = compare_shards(shards, client)
    assert len(local.stories) >= 2 and len(local.facts) > 20  # a feed worth comparing
    assert remote == local  # the dataclasses, article text and every claim included
    assert report_dict(remote) == report_dict(local)
    # the model was loaded once in each worker process, however many tasks it ran
    loads = client.run(lambda: __import__("factcheck.parse").parse.load_model.cache_info().misses)
    assert len(loads) == 2 and all(n <= 1 for n in loads.values()) and sum(loads.values()) >= 1


@pytest.mark.slow
def test_one_story_option_is_kept(client, tmp_path):
    shards = _write_shards(tmp_path)[:2]
    options = factcheck.Options(stories="one")
    local = factcheck.compare_articles(factcheck.read(shards), options)
    assert compare_shards(shards, client, options) == local


def test_report_shards_join_to_the_json_report(tmp_path, seed_report):
    out = tmp_path / "out"
    written = write_report_shards(seed_report, str(out), facts_per_shard=3)
    assert written[-1] == "report.json" and len(written) == 1 + -(-len(seed_report.facts) // 3)
    header = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert "facts" not in header and header["fact_shards"] == written[:-1]
    first = json.loads((out / "facts-00001.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["id"] == "f1" and first["story"] == "s1"
    assert read_report_shards(str(out)) == report_dict(seed_report)


def test_shards_are_read_as_load_reads_jsonl(tmp_path):
    shard = tmp_path / "feed.jsonl"
    shard.write_text('{"text": "One.", "id": 7}\n\n{"text": "Two.", "published": "2024-05-01"}\n', encoding="utf-8")
    assert read_shard(str(shard)) == factcheck.read([str(shard)])
    assert read_shard(f"file://{shard}")[1].path == f"file://{shard}:3"


def test_bad_shards_are_named(tmp_path, client):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(InputError, match="empty.jsonl: is empty"):
        read_shard(str(empty))
    with pytest.raises(InputError, match="missing.jsonl: cannot be read"):
        read_shard(str(tmp_path / "missing.jsonl"))
    with pytest.raises(InputError, match="nosuchprotocol://x/feed.jsonl: cannot be read"):
        read_shard("nosuchprotocol://x/feed.jsonl")
    with pytest.raises(InputError, match="given twice"):
        compare_shards([str(empty), str(empty)], client)
    one = tmp_path / "one.jsonl"
    one.write_text('{"text": "Only one."}\n', encoding="utf-8")
    with pytest.raises(InputError, match="two or more articles, got 1"):
        compare_shards([str(one)], client)


def test_import_factcheck_imports_no_dask():
    code = "import sys, factcheck, factcheck.distributed; print(any(m in sys.modules for m in ('dask', 'distributed')))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"
