"""--jobs (workers.py), the extraction cache (cache.py) and extract --format jsonl."""

from __future__ import annotations

import json
import os
import pickle

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import FIXTURES, SEEDS

import factcheck
from factcheck import cache, workers
from factcheck.cli import main
from factcheck.exceptions import FactcheckError, InputError
from factcheck.report.json import extraction_dict, report_dict, schema
from factcheck.types import Options

#: Two ECB+ events, eight articles: enough for several chunks once the thresholds are lowered.
FOLDERS = [str(FIXTURES / "ecb-iran-quake-toll"), str(FIXTURES / "ecb-detroit-office-shooting")]


@pytest.fixture
def pooled(monkeypatch):
    """Workers for any run of two or more articles; counts the runs that used them."""
    monkeypatch.setattr(workers, "MIN_ARTICLES", 2)
    monkeypatch.setattr(workers, "MIN_CHARS", 1)
    runs = []
    real = workers._in_workers

    def counted(chunks, model, count, total, progress):
        runs.append((len(chunks), count))
        return real(chunks, model, count, total, progress)

    monkeypatch.setattr(workers, "_in_workers", counted)
    return runs


@pytest.fixture
def parsed(monkeypatch):
    """The paths of the articles parsed (in this process: use with --jobs 1)."""
    seen: list[str] = []
    real = workers.parse

    def counting(articles, nlp, progress=None):
        articles = list(articles)
        seen.extend(a.path for a in articles)
        return real(articles, nlp, progress)

    monkeypatch.setattr(workers, "parse", counting)
    return seen


@pytest.mark.slow
def test_jobs_2_gives_the_json_report_of_jobs_1(pooled, nlp):
    runner = CliRunner()
    reports = {}
    for jobs in ("1", "2"):
        result = runner.invoke(main, ["compare", "--format", "json", "--no-cache", "--jobs", jobs, *FOLDERS])
        assert result.exit_code == 0, result.output
        reports[jobs] = result.output
    assert pooled and pooled[0][1] == 2  # --jobs 2 ran two workers, on several chunks
    assert pooled[0][0] > 2
    assert reports["1"] == reports["2"]
    assert json.loads(reports["2"])["summary"]["articles"] == 8


def test_progress_moves_as_chunks_come_back_from_workers(pooled, nlp):
    articles = factcheck.read(FOLDERS)
    calls = []
    factcheck.extract_claims(articles, Options(jobs=2, cache=False), progress=lambda d, t: calls.append((d, t)))
    total = sum(len(a.text) - a.body_start for a in articles)
    assert pooled and len(calls) == pooled[0][0]  # once per chunk
    assert [d for d, _ in calls] == sorted(d for d, _ in calls) and calls[-1] == (total, total)


def test_a_handful_of_articles_stays_in_one_process(monkeypatch, nlp):
    monkeypatch.setattr(workers, "_in_workers", lambda *a: pytest.fail("workers started for two articles"))
    factcheck.extract_claims(factcheck.read([str(SEEDS)]), Options(jobs=2, cache=False))


def test_an_error_in_a_worker_is_one_line(pooled, monkeypatch, nlp):
    articles = factcheck.read(FOLDERS)

    def broken(chunk, docs):
        raise ValueError("bad value\nsecond line")

    monkeypatch.setattr(workers, "extract", broken)  # workers are forked: they see the patch
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    with pytest.raises(FactcheckError) as err:
        factcheck.extract_claims(articles, Options(jobs=2, cache=False))
    assert "internal error ValueError in a worker process: bad value second line" in str(err.value)
    assert "\n" not in str(err.value)

    def refused(chunk, docs):
        raise InputError("this article cannot be read: fix it")

    monkeypatch.setattr(workers, "extract", refused)
    with pytest.raises(InputError, match="this article cannot be read: fix it"):
        factcheck.extract_claims(articles, Options(jobs=2, cache=False))


def test_a_worker_that_dies_is_named(pooled, monkeypatch, nlp):
    monkeypatch.setattr(workers, "extract", lambda chunk, docs: os._exit(3))
    with pytest.raises(FactcheckError, match="worker process stopped.*--jobs 1"):
        factcheck.extract_claims(factcheck.read(FOLDERS), Options(jobs=2, cache=False))


def test_jobs_must_be_positive():
    with pytest.raises(FactcheckError, match="jobs must be 1 or more"):
        factcheck.extract_claims(factcheck.read([str(SEEDS)]), Options(jobs=0))
    result = CliRunner().invoke(main, ["extract", "--jobs", "0", str(SEEDS)])
    assert result.exit_code == 2


def test_a_rerun_after_adding_an_article_parses_only_it(parsed, cache_dir, nlp):
    first = factcheck.read(FOLDERS[:1])
    factcheck.extract_claims(first, Options(jobs=1))
    assert len(parsed) == 4 and any(cache_dir.rglob("*.pickle"))
    parsed.clear()
    both = factcheck.read(FOLDERS)
    rerun = factcheck.extract_claims(both, Options(jobs=1))
    assert parsed == [a.path for a in both[4:]]
    assert extraction_dict(rerun) == extraction_dict(factcheck.extract_claims(both, Options(jobs=1, cache=False)))


def test_a_cached_article_takes_the_id_of_this_call(parsed, nlp):
    factcheck.extract_claims(factcheck.read(FOLDERS[1:]), Options(jobs=1))  # detroit's articles: a1 to a4
    parsed.clear()
    both = factcheck.extract_claims(factcheck.read(FOLDERS), Options(jobs=1))  # now a5 to a8
    assert len(parsed) == 4  # iran's only
    fresh = factcheck.extract_claims(factcheck.read(FOLDERS), Options(jobs=1, cache=False))
    assert extraction_dict(both) == extraction_dict(fresh)
    assert {c.article for c in both.claims} >= {"a5", "a8"}


def test_a_corrupt_entry_is_ignored_and_rewritten(parsed, cache_dir, nlp):
    articles = factcheck.read([str(SEEDS)])
    before = extraction_dict(factcheck.extract_claims(articles, Options(jobs=1)))
    entries = sorted(cache_dir.rglob("*.pickle"))
    assert len(entries) == 2
    entries[0].write_bytes(b"not a pickle")
    entries[1].write_bytes(entries[1].read_bytes()[:40])  # truncated, as by a full disk
    parsed.clear()
    assert extraction_dict(factcheck.extract_claims(articles, Options(jobs=1))) == before
    assert len(parsed) == 2
    assert all(isinstance(pickle.loads(p.read_bytes()), factcheck.types.ArticleParse) for p in entries)


def test_a_write_that_fails_midway_leaves_no_entry(monkeypatch, cache_dir, nlp):
    articles = factcheck.read([str(SEEDS)])

    def full_disk(obj, out, protocol):
        out.write(b"half an entry")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache.pickle, "dump", full_disk)
    factcheck.extract_claims(articles, Options(jobs=1))
    assert [p for p in cache_dir.rglob("*") if p.is_file()] == []  # no entry, no temporary file


def test_an_unwritable_cache_is_no_error(monkeypatch, tmp_path, nlp):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocker))
    assert factcheck.extract_claims(factcheck.read([str(SEEDS)]), Options(jobs=1)).claims


def test_no_cache_reads_and_writes_nothing(parsed, cache_dir, nlp):
    result = CliRunner().invoke(main, ["extract", "--no-cache", "--jobs", "1", "--format", "json", str(SEEDS)])
    assert result.exit_code == 0, result.output
    assert not cache_dir.exists()
    factcheck.extract_claims(factcheck.read([str(SEEDS)]), Options(jobs=1))
    parsed.clear()
    factcheck.extract_claims(factcheck.read([str(SEEDS)]), Options(jobs=1, cache=False))
    assert len(parsed) == 2


def test_the_key_follows_what_extraction_reads():
    from factcheck.types import Article

    store = cache.ParseCache(cache.cache_dir(), {"model": "en_core_web_sm", "model_version": "3.8.0"})
    article = Article(id="a1", path="x.txt", text="---\npublished: 2022-02-24\n---\nBody.", source="x",
                      body_start=29, published="2022-02-24")
    assert store.key(article) == store.key(factcheck.types.Article(**{**vars(article), "id": "a7", "path": "y"}))
    for change in ({"text": article.text + " More."}, {"body_start": 0}, {"published": "2022-02-25"}):
        assert store.key(article) != store.key(Article(**{**vars(article), **change})), change
    newer = cache.ParseCache(cache.cache_dir(), {"model": "en_core_web_sm", "model_version": "3.8.1"})
    assert newer.key(article) != store.key(article)


def test_the_identity_names_model_versions_and_source(nlp):
    identity = cache.model_identity(None)  # told from package metadata, without loading the model
    assert identity["model"]["meta"]["version"] == nlp.meta["version"] and identity["factcheck"] == factcheck.__version__
    assert len(identity["source"]) == 64 and cache.describes(identity, nlp)


def test_the_cache_directory(monkeypatch, tmp_path, cache_dir):
    assert cache.cache_dir() == cache_dir  # the suite never writes to the real home (conftest)
    monkeypatch.delenv("FACTCHECK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "factcheck"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.cache_dir() == tmp_path / "home" / ".cache" / "factcheck"


def test_extract_jsonl_is_one_line_per_article(nlp):
    runner = CliRunner()
    lines = runner.invoke(main, ["extract", "--format", "jsonl", *FOLDERS])
    whole = runner.invoke(main, ["extract", "--format", "json", *FOLDERS])
    assert lines.exit_code == whole.exit_code == 0, lines.output
    rows = [json.loads(line) for line in lines.output.splitlines()]
    data = json.loads(whole.output)
    assert [r["article"] for r in rows] == data["articles"]
    assert [c for r in rows for c in r["claims"]] == data["claims"]
    assert all(c["article"] == r["article"]["id"] for r in rows for c in r["claims"])
    line_schema = {**schema(), "$ref": "#/$defs/article_claims"}
    del line_schema["oneOf"], line_schema["required"], line_schema["properties"]
    for row in rows:
        jsonschema.validate(row, line_schema)


def test_compare_has_no_jsonl():
    result = CliRunner().invoke(main, ["compare", "--format", "jsonl", str(SEEDS)])
    assert result.exit_code == 2


def test_report_unchanged_by_the_cache(seed_report, nlp):
    cached = factcheck.compare_articles(factcheck.read([str(SEEDS)]))
    again = factcheck.compare_articles(factcheck.read([str(SEEDS)]))
    assert report_dict(cached) == report_dict(again) == report_dict(seed_report)


@pytest.mark.slow
def test_spawned_workers_load_the_model_and_agree(pooled, monkeypatch, nlp):
    """Where processes cannot fork (macOS, Windows), workers are spawned and load the model themselves."""
    monkeypatch.setattr(workers.multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    monkeypatch.setattr(workers, "MIN_ARTICLES", 1)
    articles = factcheck.read([str(FIXTURES / "ecb-iran-quake-toll" / "20_1.txt")])  # one chunk: one worker
    spawned = factcheck.extract_claims(articles, Options(jobs=2, cache=False))
    assert pooled == [(1, 1)]
    assert extraction_dict(spawned) == extraction_dict(factcheck.extract_claims(articles, Options(jobs=1, cache=False)))


def test_every_data_file_extraction_reads_is_in_the_source_hash():
    # a word list edited in data/*.toml changes extractions: cached ones must not be served
    from pathlib import Path
    data = Path(factcheck.__file__).parent / "data"
    kinds = {p.suffix for p in data.iterdir() if p.is_file() and p.suffix != ".py"}
    assert kinds and kinds <= set(cache.SOURCE_SUFFIXES), kinds - set(cache.SOURCE_SUFFIXES)
