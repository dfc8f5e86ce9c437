"""The terminal report: the CLI's rendering of a report (or an extraction) with rich.

Kept out of report/ because the library does not import rich; it reads the same dict as
the other formats (report/json.py). Order: a summary, the articles, then conflicts in
full (each source's value beside its evidence), updates and agreements one row each,
single-source facts one line each. Everything is laid out for the width it is given, so
boxes stay whole from ``MIN_WIDTH`` up.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from io import StringIO
from typing import Any

from rich import box
from rich.console import Console, Group
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from .report import to_dict
from .report.values import claim_rows

#: What ``--show`` can pick, in the order the report lists them, and the verdict each names.
SECTIONS = {"conflict": "conflict", "update": "update", "agree": "agree", "single": "single_source"}
VERDICT_STYLE = {"conflict": "bold red", "agree": "green", "update": "yellow", "single_source": "dim"}
VERDICT_WORDS = {"conflict": ("conflict", "conflicts"), "agree": ("agreement", "agreements"),
                 "update": ("update", "updates"), "single_source": ("single-source", "single-source")}
KIND_WORDS = {"quantity": ("figure", "figures"), "event": ("event", "events"), "quote": ("quote", "quotes")}
#: Used when neither the terminal nor COLUMNS gives a width (output to a pipe or a file).
DEFAULT_WIDTH = 120
#: The narrowest layout: below it the CLI still lays out for this many columns.
MIN_WIDTH = 60
#: Below this width a conflict's source and value share one column, so the evidence keeps room.
WIDE = 100
#: An evidence sentence longer than this is cut at word boundaries around the claim.
MAX_EVIDENCE = 360
#: The claim's words in the evidence: reversed on a colour terminal, between ** in plain text.
HIGHLIGHT = "bold reverse"
#: Blanks at the end of a line, before any closing colour codes.
TRAILING = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$")


def plural(n: int, one: str, many: str | None = None) -> str:
    """``1 source``, ``2 sources``: the count with its noun in the right number."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def summary_line(data: dict[str, Any]) -> str:
    """One line: articles, facts by verdict, facts by kind (``--quiet`` prints only this)."""
    summary = data["summary"]
    verdicts = ", ".join(plural(n, *VERDICT_WORDS[v]) for v, n in summary["by_verdict"].items())
    kinds = ", ".join(plural(n, *KIND_WORDS[k]) for k, n in summary["by_kind"].items())
    stories = summary.get("stories", 1)
    told = f" in {plural(stories, 'story', 'stories')}" if stories > 1 else ""
    return f"{plural(summary['articles'], 'article')}{told}, {plural(summary['facts'], 'fact')}: {verdicts}; {kinds}"


def table(result: Any, *, color: bool = False, width: int | None = None, about: bool = False,
          show: Collection[str] = tuple(SECTIONS), quiet: bool = False) -> str:
    """The report (or extraction) as terminal text ``width`` columns wide.

    ``show`` names the sections listed (keys of ``SECTIONS``); ``quiet`` gives the summary
    line alone; ``about`` puts each claim's anchors under its evidence."""
    out = StringIO()
    render_on(Console(file=out, width=max(width or DEFAULT_WIDTH, MIN_WIDTH), force_terminal=color,
                    no_color=not color, color_system="standard" if color else None, highlight=False,
                    emoji=False, legacy_windows=False),
            to_dict(result), about=about, show=show, quiet=quiet)
    # rich pads titles and captions to the full width: trailing blanks are noise in a file or a diff
    return "".join(TRAILING.sub(r"\1", line) + "\n" for line in out.getvalue().splitlines())


def render_on(console: Console, data: dict[str, Any], *, about: bool = False, show: Collection[str] = tuple(SECTIONS),
              quiet: bool = False) -> None:
    """Print the report (or extraction) ``data`` on ``console``."""
    plain = console.no_color
    if "claims" in data:
        console.print(_articles(data["articles"], console.width, data.get("stories", [])))
        _claims(console, data["claims"], about, plain)
        return
    if quiet:
        console.print(summary_line(data), soft_wrap=True)
        return
    _summary(console, data)
    facts = data["facts"]
    by_verdict = {v: [f for f in facts if f["verdict"] == v] for v in VERDICT_STYLE}
    for name in SECTIONS:
        chosen = by_verdict[SECTIONS[name]]
        if name not in show or not chosen:
            continue
        console.print()
        console.rule(Text(f"{_title(SECTIONS[name])} ({len(chosen)})", style=VERDICT_STYLE[SECTIONS[name]]),
                     align="left", style="dim")
        if name == "conflict":
            for fact in chosen:
                console.print(_conflict(fact, data["articles"], console.width, about, plain))
        elif name == "single":
            console.print(_singles(chosen))
        else:
            console.print(_compact(chosen, name == "update"))


def _title(verdict: str) -> str:
    return VERDICT_WORDS[verdict][1].capitalize()


def _summary(console: Console, data: dict[str, Any]) -> None:
    """The summary line with each verdict in its colour, then the articles."""
    summary = data["summary"]
    stories = summary.get("stories", 1)
    told = f" in {plural(stories, 'story', 'stories')}" if stories > 1 else ""
    line = Text(f"{plural(summary['articles'], 'article')}{told}, {plural(summary['facts'], 'fact')}: ", style="bold")
    for i, (verdict, n) in enumerate(summary["by_verdict"].items()):
        line.append(", " if i else "")
        line.append(plural(n, *VERDICT_WORDS[verdict]), style=VERDICT_STYLE[verdict] if n else "dim")
    console.print(line)
    console.print("by kind: " + ", ".join(plural(n, *KIND_WORDS[k]) for k, n in summary["by_kind"].items()),
                  style="dim")
    console.print(_articles(data["articles"], console.width, data.get("stories", [])))
    if not data["facts"]:
        console.print("No claims found.")


def _articles(articles: list[dict[str, Any]], width: int, stories: list[dict[str, Any]] = ()) -> Table:
    """The articles, one row each, with their story when there are several; their paths only
    when there is room (``WIDE``)."""
    grid = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    story_of = {a: s["id"] for s in stories for a in s["articles"]} if len(stories) > 1 else {}
    grid.add_column("id", no_wrap=True)
    if story_of:
        grid.add_column("story", no_wrap=True)
    grid.add_column("source", ratio=2, overflow="fold")
    grid.add_column("published", no_wrap=True)
    wide = width >= WIDE
    if wide:
        grid.add_column("path", ratio=3, overflow="fold", style="dim")
    for a in articles:
        story = [story_of.get(a["id"], "")] if story_of else []
        grid.add_row(a["id"], *story, escape(a["source"]), escape(a["published"] or "—"), *[escape(a["path"])][:wide])
    return grid


def _conflict(fact: dict[str, Any], articles: list[dict[str, Any]], width: int, about: bool, plain: bool) -> Table:
    """One conflict: a row per claim, source and value beside the evidence; the reason below."""
    style = VERDICT_STYLE[fact["verdict"]]
    title = Text(f"{fact['id']} ", style=style)
    title.append(fact["summary"], style="bold")
    title.append(f"  {fact['kind']} · {plural(fact['sources'], 'source')}, {fact['independent_sources']} "
                 f"independent · confidence {fact['confidence']:.2f}", style="dim")
    grid = Table(title=title, title_justify="left", box=box.ROUNDED, expand=True, show_lines=True,
                 caption=Text(fact["reason"], style="dim"), caption_justify="left")
    rows = zip(fact["claims"], claim_rows(fact["claims"], {a["id"]: a for a in articles}), strict=True)
    if width >= WIDE:
        grid.add_column("source", max_width=width // 5, overflow="fold")
        grid.add_column("value", max_width=width // 5, overflow="fold")
        grid.add_column("evidence", ratio=1)
        for claim, (src, value) in rows:
            grid.add_row(escape(src), Text(_short_value(claim, value), style="bold"), _evidence(claim, about, plain))
    else:
        grid.add_column("source: value", ratio=1, overflow="fold")
        grid.add_column("evidence", ratio=2)
        for claim, (src, value) in rows:
            cell = Text(src + "\n")
            cell.append(_short_value(claim, value), style="bold")
            grid.add_row(cell, _evidence(claim, about, plain))
    return grid


def _compact(facts: list[dict[str, Any]], reasons: bool) -> Table:
    """Updates or agreements, one row each: id, confidence, sources, the summary (for updates
    with the reason under it)."""
    grid = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, expand=True)
    grid.add_column("id", no_wrap=True, style=VERDICT_STYLE[facts[0]["verdict"]])
    grid.add_column("conf.", no_wrap=True, justify="right")
    grid.add_column("sources", no_wrap=True)
    grid.add_column("fact", ratio=1, overflow="fold")
    for fact in facts:
        what = Text(" ".join(fact["summary"].split()))
        if reasons:
            what.append("\n" + fact["reason"], style="dim")
        ids = sorted({c["article"] for c in fact["claims"]}, key=lambda a: int(a[1:]) if a[1:].isdigit() else 0)
        grid.add_row(fact["id"], f"{fact['confidence']:.2f}", _ids(ids), what)
    return grid


def _ids(ids: list[str]) -> str:
    """Article ids, shortened past four: ``a1 a2 a3 a4 +7``."""
    return " ".join(ids) if len(ids) <= 4 else " ".join(ids[:3]) + f" +{len(ids) - 3}"


def _singles(facts: list[dict[str, Any]]) -> Table:
    """Single-source facts, one line each: id, article, kind, the summary (cut with … to fit)."""
    grid = Table(box=None, show_header=False, pad_edge=False, expand=True)
    for style in ("dim", "", "dim"):
        grid.add_column(no_wrap=True, style=style)
    grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
    for fact in facts:
        grid.add_row(fact["id"], fact["claims"][0]["article"], fact["kind"], " ".join(fact["summary"].split()))
    return grid


def _claims(console: Console, claims: list[dict[str, Any]], about: bool, plain: bool) -> None:
    grid = Table(title=f"Claims ({len(claims)})", expand=True, box=box.ROUNDED)
    for column, ratio in (("article", 1), ("kind", 1), ("value", 2), ("measure", 2), ("evidence", 7)):
        grid.add_column(column, ratio=ratio, overflow="fold")
    for claim, (_src, value) in zip(claims, claim_rows(claims), strict=True):
        measure = claim["value"].get("measure") or claim["value"].get("speaker") or ""
        grid.add_row(claim["article"], claim["kind"], escape(value), escape(measure), _evidence(claim, about, plain))
    console.print(grid)


def _short_value(claim: dict[str, Any], value: str) -> str:
    """A quote's words are in the evidence column already: the value column names the speaker."""
    if claim["kind"] != "quote":
        return value
    speaker = claim["value"]["speaker"] or "unknown speaker"
    return f"{speaker} (partial)" if claim["value"]["partial"] else speaker


def _evidence(claim: dict[str, Any], about: bool, plain: bool) -> Group | Text:
    """The sentence with the claim's own words highlighted (between ** when there is no
    colour), cut around the claim when long; with ``about``, its anchors below."""
    sentence, text = " ".join(claim["sentence"].split()), " ".join(claim["text"].split())
    at = sentence.find(text)
    if at < 0:
        out = Text(f"“{text}” — {_cut(sentence, MAX_EVIDENCE)}")
    else:
        before, after = _around(sentence[:at], sentence[at + len(text):], MAX_EVIDENCE - len(text))
        mark = "**" if plain else ""
        out = Text(before)
        out.append(f"{mark}{text}{mark}", style=HIGHLIGHT)
        out.append(after)
    if not about:
        return out
    parts = [f"{name}: {', '.join(a['text'] for a in anchors)}" for name, anchors in claim["about"].items() if anchors]
    return Group(out, Text("about — " + ("; ".join(parts) or "nothing named"), style="dim"))


def _around(before: str, after: str, room: int) -> tuple[str, str]:
    """The text before and after the claim, each cut at a word to share ``room`` characters."""
    if len(before) + len(after) <= room:
        return before, after
    keep_before = min(len(before), max(room // 3, room - len(after)))
    keep_after = max(room - keep_before, 0)
    if keep_before < len(before):
        cut = before[len(before) - keep_before:]
        before = "… " + (cut.split(" ", 1)[1] if " " in cut else cut)
    return before, _cut(after, keep_after)


def _cut(text: str, room: int) -> str:
    """``text`` cut at the last word boundary within ``room`` characters, marked with …."""
    if len(text) <= room:
        return text
    head = text[:room]
    return (head.rsplit(" ", 1)[0] if " " in head else head) + " …"
