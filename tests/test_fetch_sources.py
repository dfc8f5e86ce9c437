"""bench/fetch_sources.py on a fake mirror: whole files, JSON articles, skips and one-line errors (no network)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "fetch_sources.py"
_spec = importlib.util.spec_from_file_location("fetch_sources", SCRIPT)
fetch_sources = importlib.util.module_from_spec(_spec)
sys.modules["fetch_sources"] = fetch_sources  # dataclasses look their module up there
_spec.loader.exec_module(fetch_sources)

COMMIT = "0123456789abcdef0123456789abcdef01234567"
WHOLE = "The ferry left the harbour at noon.\r\n\r\nIt carried 40 passengers, officials said.\r\n"
EVENTS = [
    {"title": "Dam opens in a valley", "articles": [{"body": "The dam opened on Monday."}]},
    {
        "title": "Bridge closes for repairs",
        "articles": [
            {"body": "An old body nobody asked for."},
            {"body": "The bridge closed on Tuesday.\n\n\u201cIt will reopen in May,\u201d the mayor said."},
        ],
    },
]


@pytest.fixture
def mirror(tmp_path: Path) -> Path:
    """Two repositories at one commit: a text stored with CRLF, and a JSON array of events."""
    texts = tmp_path / "mirror" / "owner" / "texts" / COMMIT / "raw" / "event_1"
    texts.mkdir(parents=True)
    (texts / "1_L.txt").write_bytes(WHOLE.encode("utf-8"))
    data = tmp_path / "mirror" / "owner" / "events" / COMMIT / "data"
    data.mkdir(parents=True)
    (data / "events.json").write_text(json.dumps(EVENTS), encoding="utf-8")  # \u escapes, as stored
    return tmp_path / "mirror"


def _tsv(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "sources.tsv"
    path.write_text("# file\trepository\tcommit\tpath\n" + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


ROWS = (
    f"901/901_1.txt\towner/texts\t{COMMIT}\traw/event_1/1_L.txt",
    f"902_1.txt\towner/events\t{COMMIT}\tdata/events.json\tBridge closes for repairs\t1\tbody",
)


def test_writes_whole_files_and_json_articles_with_lf_line_ends(tmp_path, mirror):
    corpus = tmp_path / "corpus"
    sources = fetch_sources.read_sources(_tsv(tmp_path, *ROWS))
    assert fetch_sources.fetch(sources, corpus, str(mirror / "{repo}" / "{commit}")) == (2, 0)
    assert (corpus / "901" / "901_1.txt").read_bytes() == WHOLE.replace("\r\n", "\n").encode("utf-8")
    assert (corpus / "902" / "902_1.txt").read_text(encoding="utf-8") == EVENTS[1]["articles"][1]["body"]
    assert sorted(p.name for p in corpus.rglob("*") if p.is_file()) == ["901_1.txt", "902_1.txt"]


def test_skips_files_already_there(tmp_path, mirror, capsys):
    corpus = tmp_path / "corpus"
    kept = corpus / "901" / "901_1.txt"
    kept.parent.mkdir(parents=True)
    kept.write_text("a reader's copy", encoding="utf-8")
    args = [str(_tsv(tmp_path, *ROWS)), str(corpus), "--base", str(mirror / "{repo}" / "{commit}")]
    assert fetch_sources.main(args) == 0
    assert capsys.readouterr().out == f"1 fetched, 1 already there, in {corpus}\n"
    assert kept.read_text(encoding="utf-8") == "a reader's copy"


@pytest.mark.parametrize(
    ("row", "words"),
    [
        (f"901/901_1.txt\towner/texts\t{COMMIT}\traw/event_1/1_L.txt\tBridge closes for repairs", "sources.tsv:3: 5 columns"),
        (f"../901_1.txt\towner/texts\t{COMMIT}\traw/event_1/1_L.txt", "sources.tsv:3: file name"),
        (f"902_2.txt\towner/events\t{COMMIT}\tdata/events.json\tBridge closes for repairs\tfirst\tbody", "is not: event title"),
        (f"902_2.txt\towner/events\t{COMMIT}\tdata/events.json\tTunnel floods\t0\tbody", "902_2.txt: no event titled 'Tunnel floods'"),
        (f"902_2.txt\towner/events\t{COMMIT}\tdata/events.json\tDam opens in a valley\t1\tbody", "has 1 articles, no [1]"),
        (f"902_2.txt\towner/events\t{COMMIT}\tdata/events.json\tDam opens in a valley\t0\turl", "has no text 'url'"),
        (f"903_1.txt\towner/texts\t{COMMIT}\traw/event_2/2_L.txt", "903_1.txt: cannot read raw/event_2/2_L.txt"),
    ],
)
def test_a_bad_row_or_a_missing_source_stops_with_one_line(tmp_path, mirror, capsys, row, words):
    corpus = tmp_path / "corpus"
    args = [str(_tsv(tmp_path, ROWS[0], row)), str(corpus), "--base", str(mirror / "{repo}" / "{commit}")]
    assert fetch_sources.main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("fetch_sources: ") and err.count("\n") == 1
    assert words in err
