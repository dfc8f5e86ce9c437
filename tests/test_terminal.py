"""The terminal report, on a report built by hand (no model): order, width, colour, sections."""

from __future__ import annotations

import io
import re

import pytest
from rich.cells import cell_len

from factcheck.cli import PROGRESS_ARTICLES, PROGRESS_CHARS, _progress, _use_color
from factcheck.cli_table import MIN_WIDTH, plural, summary_line, table
from factcheck.types import Article, Claim, Fact, Interval, Quantity, Report

ANSI = re.compile(r"\x1b\[[0-9;]*m")
LONG = ("The health ministry said at its morning briefing on Sunday, after a night in which rescuers searched "
        "the depot and the streets around it for people missing since the first blast shook the district, that "
        "an explosion at the fuel depot on the edge of the port city had wounded 316 people, many of them "
        "workers on the night shift, and that the count could still rise as hospitals across the region "
        "reported the patients they had taken in overnight from the scene of the fire.")


def _claim(article: str, amount: float, text: str, sentence: str, measure: str = "wounded") -> Claim:
    value = Quantity(Interval(amount, amount, "exact"), None, "count", measure, measure)
    start = sentence.find(text)
    return Claim(article, "quantity", start, start + len(text), text, sentence, value)


def _fact(id_: str, verdict: str, summary: str, claims: list[Claim], confidence: float | None) -> Fact:
    sources = len({c.article for c in claims})
    return Fact(id_, "quantity", verdict, summary, tuple(claims), sources, sources, confidence,
                f"reason of {id_}" if confidence is not None else f"stated by {claims[0].article} only")


def _report() -> Report:
    articles = tuple(Article(f"a{i}", f"dir/{name}.txt", "text", name) for i, name in
                     enumerate(["Meridian Press Agency", "Valdera Daily", "Coastline Wire"], 1))
    facts = [
        _fact("f1", "conflict", "people wounded: 316 vs 361", [
            _claim("a1", 316, "wounded 316 people", LONG),
            _claim("a2", 361, "361 were wounded", "Nine people died and 361 were wounded when a depot exploded."),
        ], 0.55),
        _fact("f2", "agree", "people killed: 9", [
            _claim("a1", 9, "killed nine people", "It killed nine people.", "killed"),
            _claim("a2", 9, "Nine people died", "Nine people died.", "killed"),
        ], 0.41),
        _fact("f3", "update", "people missing: 4 vs 2", [
            _claim("a1", 4, "4 missing", "4 missing.", "missing"),
            _claim("a3", 2, "2 missing", "2 missing.", "missing"),
        ], 0.5),
    ] + [_fact(f"f{i}", "single_source", f"distance {i}: ≤ 2 km in the district around the depot where the "
                                         "fire burned through the night", [
        _claim("a3", i, "2 km", "Within 2 km of the depot.", "distance")], None) for i in range(4, 7)]
    return Report(articles, tuple(facts))


REPORT = _report()


def test_summary_first_then_conflicts_updates_agreements_single_source():
    out = table(REPORT)
    lines = out.splitlines()
    assert lines[0] == "3 articles, 6 facts: 1 conflict, 1 agreement, 1 update, 3 single-source"
    order = [out.index(word) for word in ("Conflicts (1)", "Updates (1)", "Agreements (1)", "Single-source (3)")]
    assert order == sorted(order)
    assert "2 sources" in out and "316" in out and "361" in out and "reason of f1" in out


def test_plural_counts_say_one_source_not_one_sources():
    assert plural(1, "source") == "1 source" and plural(2, "source") == "2 sources" and plural(0, "fact") == "0 facts"
    assert "1 sources" not in table(REPORT)


def test_single_source_facts_are_one_line_each():
    lines = [line for line in table(REPORT, width=60).splitlines() if re.match(r"f[4-6]\b", line)]
    assert len(lines) == 3 and all(" a3 " in line and line.endswith("…") for line in lines)


@pytest.mark.parametrize("width", [60, 80, 120, 200])
def test_every_line_fits_the_width_and_boxes_are_whole(width):
    lines = table(REPORT, width=width).splitlines()
    assert max(cell_len(line) for line in lines) <= width
    box = [line for line in lines if line and line[0] in "╭│├╰"]
    assert box and len({cell_len(line) for line in box}) == 1  # every box line the same length: nothing broke
    assert all(line[-1] in "╮│┤╯" for line in box)


def test_the_report_uses_the_width_it_is_given():
    assert max(cell_len(line) for line in table(REPORT, width=200).splitlines()) > 150
    assert max(cell_len(line) for line in table(REPORT, width=30).splitlines()) <= MIN_WIDTH


def test_the_claim_is_highlighted_in_its_sentence_and_a_long_sentence_is_cut_at_words():
    plain = table(REPORT, width=200)
    assert "**wounded 316 people**" in plain and "**361 were wounded**" in plain
    assert "… " in plain and " …" in plain  # cut before and after the claim
    words = set(LONG.replace(",", " ").replace(".", " ").split())
    evidence = next(line for line in plain.splitlines() if "**wounded 316 people**" in line)
    shown = evidence.split("│")[3].replace("**", "").replace("…", "").replace(",", " ").replace(".", " ").split()
    assert set(shown) <= words  # no word cut in half


def test_colour_only_when_asked():
    assert not ANSI.search(table(REPORT))
    coloured = table(REPORT, color=True)
    assert ANSI.search(coloured) and "**" not in ANSI.sub("", coloured).split("Conflicts")[1].split("Updates")[0]
    assert not any(re.search(r" (\x1b\[[0-9;]*m)*$", line) for line in coloured.splitlines())  # no trailing blanks


def test_show_lists_only_the_chosen_sections_and_the_summary_still_counts_all():
    out = table(REPORT, show=("single",))
    assert "Single-source (3)" in out and "Conflicts" not in out and "Agreements" not in out
    assert out.splitlines()[0].startswith("3 articles, 6 facts: 1 conflict")


def test_quiet_is_the_summary_line_alone_at_any_width():
    assert table(REPORT, quiet=True, width=60) == summary_line(REPORT_DICT) + "\n"


REPORT_DICT = {"summary": {"articles": 3, "facts": 6,
                           "by_verdict": {"conflict": 1, "agree": 1, "update": 1, "single_source": 3},
                           "by_kind": {"quantity": 6, "event": 0, "quote": 0}}}


class _Stream(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def _articles(n: int, size: int) -> list[Article]:
    return [Article(f"a{i}", f"{i}.txt", "x" * size, f"s{i}") for i in range(1, n + 1)]


@pytest.mark.parametrize(("n", "size", "tty", "drawn"), [
    (PROGRESS_ARTICLES, 100, True, True),
    (2, PROGRESS_CHARS // 2, True, True),
    (PROGRESS_ARTICLES - 1, 100, True, False),  # a short run: no bar
    (PROGRESS_ARTICLES, 100, False, False),  # standard error is not a terminal: no bar
])
def test_a_progress_bar_only_for_a_long_run_on_a_terminal(n, size, tty, drawn):
    stream = _Stream(tty)
    with _progress(_articles(n, size), "never", stream) as progress:
        assert (progress is not None) == drawn
        if progress:
            progress(n * size, n * size)
    assert ("parsing" in stream.getvalue()) == drawn


@pytest.mark.parametrize(("choice", "tty", "no_color", "to_stdout", "expected"), [
    ("auto", True, None, True, True),
    ("auto", True, "1", True, False),
    ("auto", False, None, True, False),
    ("auto", True, None, False, False),  # -o FILE
    ("always", False, "1", False, True),
    ("never", True, None, True, False),
])
def test_colour_follows_the_terminal_no_color_and_the_option(monkeypatch, choice, tty, no_color, to_stdout, expected):
    monkeypatch.setattr("sys.stdout", _Stream(tty))
    monkeypatch.delenv("TERM", raising=False)
    if no_color:
        monkeypatch.setenv("NO_COLOR", no_color)
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    assert _use_color(choice, to_stdout) is expected


def test_several_stories_are_counted_and_each_article_shows_its_story():
    from dataclasses import replace

    from factcheck.types import StoryGroup

    stories = (StoryGroup("s1", "Depot fire", ("a1", "a2")), StoryGroup("s2", "Harbour strike", ("a3",)))
    two = replace(REPORT, stories=stories, facts=tuple(
        replace(f, story="s2" if {c.article for c in f.claims} == {"a3"} else "s1") for f in REPORT.facts))
    out = table(two, width=100)
    assert out.splitlines()[0].startswith("3 articles in 2 stories, ")
    rows = {line.split()[0]: line.split()[1] for line in out.splitlines() if re.match(r"a\d ", line)}
    assert rows == {"a1": "s1", "a2": "s1", "a3": "s2"}
    assert " story " not in table(REPORT, width=100)  # one story: no column
