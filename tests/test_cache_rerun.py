"""The caches of a compare rerun (cache.py): a report read back whole, a story's alignment
read back when its claims are unchanged, and no model loaded when nothing needs parsing.

The articles are invented: two stories of three articles each (a warehouse fire, a bridge reopened).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import factcheck
from factcheck import cache, pipeline, workers
from factcheck.report.json import report_dict
from factcheck.types import Options

ARTICLES = {
    'bridge1': (
        '---\n'
        'published: 2031-06-02\n'
        'source: Coastal Times\n'
        '---\n'
        'Ferrowick bridge reopens after repairs\n'
        '\n'
        'The Ferrowick river bridge reopened on Monday after repairs that cost 12 million euros, mayor Tomas Elvedal said.\n'
        'The 300-metre bridge had been closed for eight months. About 20,000 vehicles cross it every day.\n'
    ),
    'bridge2': (
        '---\n'
        'published: 2031-06-02\n'
        'source: Harbour Daily\n'
        '---\n'
        'Traffic returns to the Ferrowick bridge\n'
        '\n'
        'Mayor Tomas Elvedal reopened the Ferrowick river bridge on Monday. The repairs cost 14 million euros and took eight months.\n'
        'Some 20,000 vehicles use the 300-metre bridge each day.\n'
    ),
    'bridge3': (
        '---\n'
        'published: 2031-06-03\n'
        'source: Metro Wire\n'
        '---\n'
        'Ferrowick bridge open again\n'
        '\n'
        'The river bridge in Ferrowick is open again after eight months of repairs costing 12 million euros, mayor Tomas Elvedal said on Monday.\n'
        '"Twenty thousand drivers a day have waited for this," Elvedal said.\n'
    ),
    'fire1': (
        '---\n'
        'published: 2031-03-14\n'
        'source: Valley Courier\n'
        '---\n'
        'Fire destroys Marnholt warehouse, two workers hurt\n'
        '\n'
        'A fire destroyed a paper warehouse in Marnholt on Thursday night, injuring two workers, fire chief Ilsa Brandvik said.\n'
        'More than 40 firefighters fought the blaze for six hours. The warehouse stored about 3,000 tonnes of paper.\n'
        '"The roof collapsed within an hour," Brandvik said.\n'
    ),
    'fire2': (
        '---\n'
        'published: 2031-03-14\n'
        'source: Northern Ledger\n'
        '---\n'
        'Marnholt paper warehouse burns down\n'
        '\n'
        'Two workers were injured when fire swept through a paper warehouse in Marnholt late on Thursday.\n'
        'Fire chief Ilsa Brandvik said 45 firefighters battled the flames for six hours, and that the warehouse held some 3,000 tonnes of paper.\n'
        '"The roof collapsed within an hour," Brandvik told reporters.\n'
    ),
    'fire3': (
        '---\n'
        'published: 2031-03-15\n'
        'source: Riverside Post\n'
        '---\n'
        'Warehouse fire in Marnholt: three workers hurt\n'
        '\n'
        "Three workers were injured in Thursday's fire at a Marnholt paper warehouse, officials said on Friday.\n"
        'About 40 firefighters fought the fire, fire chief Ilsa Brandvik said. The building held 3,000 tonnes of paper.\n'
    ),
}


@pytest.fixture
def feed(tmp_path):
    """A folder writer: ``feed(names)`` writes those articles to a fresh folder and returns them read."""
    made = []

    def write(names=tuple(ARTICLES)):
        folder = tmp_path / f"feed{len(made)}"
        folder.mkdir()
        for name in names:
            (folder / f"{name}.txt").write_text(ARTICLES[name], encoding="utf-8")
        made.append(folder)
        return factcheck.read([str(folder)])

    return write


@pytest.fixture
def counted(monkeypatch):
    """What a run did: the articles parsed (in this process: use jobs 1) and the stories aligned."""
    seen = {"parsed": [], "aligned": []}
    parse, align = workers.parse, pipeline.align

    def parsing(articles, nlp, progress=None):
        articles = list(articles)
        seen["parsed"].extend(a.path for a in articles)
        return parse(articles, nlp, progress)

    def aligning(claims, story):
        seen["aligned"].append(sorted({c.article for c in claims}, key=lambda a: int(a[1:])))
        return align(claims, story)

    monkeypatch.setattr(workers, "parse", parsing)
    monkeypatch.setattr(pipeline, "align", aligning)
    return seen


def _no_model(monkeypatch):
    def refuse(requested=None):
        raise AssertionError("the model was loaded")

    monkeypatch.setattr(pipeline, "load_model", refuse)


def test_a_cached_rerun_reads_the_report_without_the_model(feed, counted, monkeypatch, nlp):
    articles = feed()
    fresh = report_dict(factcheck.compare_articles(articles, Options(jobs=1, cache=False)))
    first = factcheck.compare_articles(articles, Options(jobs=1))
    assert len(counted["parsed"]) == 12 and len(counted["aligned"]) == 4 and len(first.stories) == 2
    counted["parsed"].clear(), counted["aligned"].clear()
    _no_model(monkeypatch)
    again = factcheck.compare_articles(factcheck.read([articles[0].path.rsplit("/", 1)[0]]), Options(jobs=1))
    assert counted == {"parsed": [], "aligned": []}
    assert report_dict(again) == report_dict(first) == fresh


def test_without_the_report_the_stories_and_parses_are_read_back(feed, counted, monkeypatch, cache_dir, nlp):
    articles = feed()
    first = report_dict(factcheck.compare_articles(articles, Options(jobs=1)))
    for entry in (cache_dir / "reports").rglob("*.pickle"):
        entry.unlink()
    counted["parsed"].clear(), counted["aligned"].clear()
    _no_model(monkeypatch)
    assert report_dict(factcheck.compare_articles(articles, Options(jobs=1))) == first
    assert counted == {"parsed": [], "aligned": []}
    assert list((cache_dir / "reports").rglob("*.pickle"))  # and the report is kept again


def test_an_article_added_is_parsed_and_only_its_story_aligned(feed, counted, nlp):
    first = feed([n for n in ARTICLES if n != "bridge2"])  # the fire's articles are a3-a5 here
    factcheck.compare_articles(first, Options(jobs=1))
    counted["parsed"].clear(), counted["aligned"].clear()
    articles = feed()  # and a4-a6 now: its cached alignment takes the new ids
    rerun = factcheck.compare_articles(articles, Options(jobs=1))
    assert [p.rsplit("/", 1)[1] for p in counted["parsed"]] == ["bridge2.txt"]
    assert counted["aligned"] == [["a1", "a2", "a3"]]  # the bridge's story; the fire's read back
    fresh = factcheck.compare_articles(articles, Options(jobs=1, cache=False))
    assert report_dict(rerun) == report_dict(fresh)
    assert {c.article for f in rerun.facts if f.story != rerun.facts[0].story for c in f.claims} <= {
        a.id for a in articles}


def test_a_changed_option_or_article_judges_again(feed, counted, nlp):
    articles = feed()
    auto = factcheck.compare_articles(articles, Options(jobs=1))
    counted["aligned"].clear()
    one = factcheck.compare_articles(articles, Options(jobs=1, stories="one"))
    assert counted["aligned"] == [[f"a{n}" for n in range(1, 7)]] and len(one.stories) == 1
    assert report_dict(one) == report_dict(factcheck.compare_articles(articles, Options(jobs=1, stories="one",
                                                                                          cache=False)))
    assert report_dict(one) != report_dict(auto)
    counted["parsed"].clear(), counted["aligned"].clear()
    edited = dict(ARTICLES, fire3=ARTICLES["fire3"].replace("Three workers were", "Four workers were"))
    folder = articles[0].path.rsplit("/", 2)[0] + "/edited"
    os.makedirs(folder)
    for name, text in edited.items():
        with open(f"{folder}/{name}.txt", "w", encoding="utf-8") as out:
            out.write(text)
    changed = factcheck.compare_articles(factcheck.read([folder]), Options(jobs=1))
    assert [p.rsplit("/", 1)[1] for p in counted["parsed"]] == ["fire3.txt"]
    assert counted["aligned"] == [["a4", "a5", "a6"]]
    assert any("4" in f.summary for f in changed.facts if f.kind == "quantity" and "worker" in f.summary)


def test_a_changed_model_parses_again(feed, counted, monkeypatch, nlp):
    articles = feed(["fire1", "fire2"])
    factcheck.compare_articles(articles, Options(jobs=1))
    counted["parsed"].clear()
    real = cache._model_files

    def upgraded(name, directory=True):
        found = real(name, directory)
        return None if found is None else {**found, "version": found["version"] + ".post1"}

    monkeypatch.setattr(cache, "_model_files", upgraded)
    factcheck.compare_articles(articles, Options(jobs=1))
    assert len(counted["parsed"]) == 2  # neither the report nor a parse of the older model is read


def test_no_cache_reads_and_writes_nothing(feed, counted, cache_dir, nlp):
    articles = feed(["fire1", "fire2"])
    factcheck.compare_articles(articles, Options(jobs=1, cache=False))
    assert not cache_dir.exists()
    factcheck.compare_articles(articles, Options(jobs=1))
    counted["parsed"].clear(), counted["aligned"].clear()
    factcheck.compare_articles(articles, Options(jobs=1, cache=False))
    assert len(counted["parsed"]) == 2 and len(counted["aligned"]) == 1


def test_a_model_directory_is_told_by_its_files(tmp_path, monkeypatch):
    model = tmp_path / "model"
    (model / "ner").mkdir(parents=True)
    (model / "meta.json").write_text('{"lang": "en", "name": "tiny", "version": "1.0.0"}', encoding="utf-8")
    (model / "ner" / "model").write_bytes(b"weights")
    before = cache.model_identity(str(model))
    assert before["model"]["meta"]["name"] == "tiny"
    (model / "ner" / "model").write_bytes(b"other weights")  # retrained in place, same version
    assert cache.model_identity(str(model)) != before
    assert cache.model_identity(str(tmp_path / "no-such-model")) is None


def test_the_story_key_is_the_same_in_every_process():
    """Sets are written sorted: their order (and a pickle's bytes) follows each process's string hash."""
    code = ("from factcheck.cache import _canon; from factcheck.types import Frame; "
            "print(_canon(Frame(owners=frozenset(str(n) for n in range(50)), places=frozenset({'x', 'y'}))))")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    seen = {subprocess.run([sys.executable, "-c", code], env={**env, "PYTHONHASHSEED": seed}, check=True,
                           capture_output=True, text=True).stdout for seed in ("1", "2")}
    assert len(seen) == 1
