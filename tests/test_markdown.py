"""The Markdown report: the reading order, compact, and article text inert when GitHub renders it.

Rendering uses markdown-it-py (installed with rich) in CommonMark mode with GitHub's tables
and strikethrough, raw HTML allowed, as GitHub's comment renderer allows it.
"""

from __future__ import annotations

import re

import pytest
from conftest import FIXTURES
from markdown_it import MarkdownIt
from test_html import HOSTILE_SENTENCE, HOSTILE_SOURCE, Page, hostile_articles

import factcheck
from factcheck.report import render, to_dict
from factcheck.report.markdown import _md, markdown

GFM = MarkdownIt("commonmark").enable("table").enable("strikethrough")


@pytest.fixture(scope="module")
def iran():
    report = factcheck.compare_articles(factcheck.read([str(FIXTURES / "ecb-iran-quake-toll")]))
    return to_dict(report), markdown(to_dict(report))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = hostile_articles(tmp_path_factory.mktemp("hostile") / "articles")
    data = to_dict(factcheck.compare_articles(factcheck.read([str(folder)])))
    return data, markdown(data)


@pytest.mark.slow
def test_sections_come_in_reading_order(iran):
    data, text = iran
    headings = re.findall(r"^### (\w[\w ]*) \((\d+)\)$", text, re.M)
    counts = data["summary"]["by_verdict"]
    assert headings == [("Conflicts", str(counts["conflict"])), ("Updates", str(counts["update"])),
                        ("Agreements", str(counts["agree"])), ("Single source", str(counts["single_source"]))]
    summary = text.split("\n### ")[0]
    assert f"{data['summary']['facts']} facts" in summary and f"{counts['conflict']} conflicts" in summary


@pytest.mark.slow
def test_every_fact_is_listed_once_and_conflicts_carry_their_reason(iran):
    data, text = iran
    listed = re.findall(r"(?:^\*\*|^\| |^- )(f\d+)\b", text, re.M)
    conflicts = [f["id"] for f in data["facts"] if f["verdict"] == "conflict"]
    assert sorted(set(listed)) == sorted(f["id"] for f in data["facts"])
    assert all(listed.count(f["id"]) == 1 for f in data["facts"] if f["id"] not in conflicts)
    for fact in data["facts"]:
        if fact["verdict"] in ("conflict", "update"):
            assert _md(fact["reason"]) in text


@pytest.mark.slow
def test_the_odd_one_out_is_marked(hostile):
    data, text = hostile
    (conflict,) = [f for f in data["facts"] if f["verdict"] == "conflict"]
    rows = [line for line in text.splitlines() if line.startswith("| ") and ("**316**" in line or "**361**" in line)]
    assert [("odd one out" in r) for r in rows] == [c["value_text"] == "361" for c in conflict["claims"]]


@pytest.mark.slow
def test_tables_render_with_one_cell_per_column(iran):
    _, text = iran
    rendered = GFM.render(text)
    for table in re.findall(r"<table>.*?</table>", rendered, re.S):
        widths = {len(re.findall(r"<t[hd][ >]", row)) for row in re.findall(r"<tr>.*?</tr>", table, re.S)}
        assert len(widths) == 1, table[:300]
    assert "<details>" in rendered  # single-source facts folded away


@pytest.mark.slow
def test_hostile_article_text_stays_text(hostile):
    data, text = hostile
    rendered = GFM.render(text)
    page = Page(rendered)
    assert not page.find("script") and not page.find("img") and not page.find("a")
    assert not [(t, k) for t, a in page.tags for k in a if k.startswith("on")]
    assert set(t for t, _ in page.tags) <= {"h2", "h3", "p", "strong", "table", "thead", "tbody", "tr", "th", "td",
                                            "b", "details", "summary", "ul", "li", "br"}
    body = page.body_text
    assert HOSTILE_SOURCE in body
    sentence = " ".join(HOSTILE_SENTENCE.split())
    assert sentence in body.replace("\u2060", "")  # the pipe and quotes inside it did not split a cell
    assert "@\u2060octocat" in body and "#\u206012" in body  # no one is mentioned, no issue linked
    for table in re.findall(r"<table>.*?</table>", rendered, re.S):
        widths = {len(re.findall(r"<t[hd][ >]", row)) for row in re.findall(r"<tr>.*?</tr>", table, re.S)}
        assert len(widths) == 1


def test_escaping_breaks_mentions_links_and_cells():
    assert _md("ask @octocat about #12") == "ask @\u2060octocat about \\#\u206012"
    assert _md("a | b") == "a \\| b"
    assert _md("[x](javascript:alert(1)) <i>*y*</i> $5 and $6") == \
        "\\[x\\](javascript:alert(1)) \\<i\\>\\*y\\*\\</i\\> \\$5 and \\$6"
    assert _md("two\nlines") == "two lines"


@pytest.mark.slow
def test_the_seed_report_fits_a_pull_request_comment(seed_report):
    text = render(seed_report, "markdown")
    assert len(text.splitlines()) < 80 and len(text) < 65536  # GitHub's comment limit
    assert "Zelensky" in text and "137" in text


@pytest.mark.slow
def test_extraction_lists_every_claim():
    result = factcheck.extract_claims(factcheck.read([str(FIXTURES / "quantity-conflict")]))
    text = render(result, "markdown")
    assert text.count("<b>") == len(result.claims) > 0
