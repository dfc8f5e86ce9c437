"""The terminal table: the CLI's rendering of a report with rich.

Kept out of report/ because the library does not import rich; it reads the
same dict as the other formats (report/json.py).
"""

from __future__ import annotations

from io import StringIO
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from .report import to_dict
from .report.values import VERDICT_TITLES, claim_rows

VERDICT_STYLE = {"conflict": "bold red", "agree": "green", "update": "yellow", "single_source": "dim"}
#: The table is laid out for this width when the output is not a terminal.
DEFAULT_WIDTH = 120


def table(result: Any, *, color: bool = False, width: int | None = None, about: bool = False) -> str:
    """The report (or extraction) as text tables: conflicts first, evidence beside each value;
    with ``about``, each claim's anchors under its sentence."""
    data = to_dict(result)
    out = StringIO()
    console = Console(file=out, width=width or DEFAULT_WIDTH, force_terminal=color, no_color=not color,
                      highlight=False, emoji=False, soft_wrap=False)
    articles = {a["id"]: a for a in data["articles"]}
    sources = Table(title="Articles", show_lines=False, expand=False)
    for column in ("id", "source", "published", "path"):
        sources.add_column(column)
    for a in data["articles"]:
        sources.add_row(a["id"], escape(a["source"]), escape(a["published"] or "—"), escape(a["path"]))
    console.print(sources)
    if "claims" in data:
        _claims(console, data["claims"], articles, about)
    else:
        _facts(console, data["facts"], articles, about)
    return out.getvalue()


def _facts(console: Console, facts: list[dict[str, Any]], articles: dict[str, Any], about: bool = False) -> None:
    counts = {v: sum(f["verdict"] == v for f in facts) for v in VERDICT_TITLES}
    console.print(Text("  ".join(f"{VERDICT_TITLES[v]}: {n}" for v, n in counts.items()), style="bold"))
    if not facts:
        console.print("No claims found.")
    for fact in facts:
        style = VERDICT_STYLE[fact["verdict"]]
        title = Text(f"{fact['id']} {fact['verdict'].upper().replace('_', ' ')} · {fact['kind']} · ", style=style)
        title.append(fact["summary"], style="bold")
        title.append(f"  ({fact['sources']} sources, {fact['independent_sources']} independent)", style="dim")
        grid = Table(title=title, title_justify="left", show_header=True, expand=True,
                     caption=_why(fact), caption_justify="left")
        grid.add_column("source", ratio=2)
        grid.add_column("value", ratio=2)
        grid.add_column("evidence", ratio=8)
        for claim, (src, value) in zip(fact["claims"], claim_rows(fact["claims"], articles), strict=True):
            grid.add_row(escape(src), escape(_short_value(claim, value)), _evidence(claim, about))
        console.print(grid)


def _why(fact: dict[str, Any]) -> str | None:
    """The fact's reason and confidence, under its table (none for a single source)."""
    if fact["verdict"] == "single_source":
        return None
    return escape(f"{fact['reason']} · confidence {fact['confidence']:.2f}")


def _claims(console: Console, claims: list[dict[str, Any]], articles: dict[str, Any], about: bool = False) -> None:
    grid = Table(title=f"Claims ({len(claims)})", expand=True)
    for column, ratio in (("article", 1), ("kind", 1), ("value", 2), ("measure", 2), ("evidence", 7)):
        grid.add_column(column, ratio=ratio)
    for claim, (_src, value) in zip(claims, claim_rows(claims, articles), strict=True):
        measure = claim["value"].get("measure") or claim["value"].get("speaker") or ""
        grid.add_row(claim["article"], claim["kind"], escape(value), escape(measure), _evidence(claim, about))
    console.print(grid)


def _short_value(claim: dict[str, Any], value: str) -> str:
    """A quote's words are in the evidence column already: the value column names the speaker."""
    if claim["kind"] != "quote":
        return value
    speaker = claim["value"]["speaker"] or "unknown speaker"
    return f"{speaker} (partial)" if claim["value"]["partial"] else speaker


def _evidence(claim: dict[str, Any], about: bool = False) -> Text:
    """The sentence with the claim's own words in bold; with ``about``, its anchors below."""
    sentence, text = " ".join(claim["sentence"].split()), " ".join(claim["text"].split())
    at = sentence.find(text)
    if at < 0:
        out = Text(f"“{text}” — {sentence}")
    else:
        out = Text(sentence[:at])
        out.append(text, style="bold underline")
        out.append(sentence[at + len(text):])
    if about:
        parts = [f"{name}: {', '.join(a['text'] for a in anchors)}"
                 for name, anchors in claim["about"].items() if anchors]
        out.append("\nabout — " + ("; ".join(parts) or "nothing named"), style="dim")
    return out
