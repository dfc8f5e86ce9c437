"""The report as one self-contained HTML page: a summary band, a matrix of facts by sources, the evidence.

No network: the style and the small filter script (``page.css``, ``page.js`` beside this
file) are inlined. Every string from an article or a path goes through ``_e`` (escaped
for text and attribute values alike); nothing from an article is put inside the style or
the script.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from functools import cache
from html import escape
from importlib.resources import files
from typing import Any

from .sides import KINDS, highlight_parts, in_reading_order, label, odd_ones
from .values import VERDICT_TITLES, claim_rows, source_of

#: Badge words: short, so that the verdict column keeps one width.
BADGES = {"conflict": "conflict", "update": "update", "agree": "agree", "single_source": "single source"}
KIND_PLURALS = {"quantity": "quantities", "event": "events", "quote": "quotes"}
#: Where a figure may break: after the dash of a range, before a parenthesis; never inside a figure.
BREAKS = re.compile(r"(?<=–)|(?= \()")
NBSP = "\u00a0"


def html(data: dict[str, Any], made: datetime | None = None) -> str:
    """The page for a report (``compare``) or an extraction (``extract``).

    ``made`` is the time shown in the footer: by default now, or ``SOURCE_DATE_EPOCH`` when
    that is set (for byte-identical pages in a reproducible build).
    """
    made = made or _now()
    articles = {a["id"]: a for a in data["articles"]}
    title = _title(data)
    out = ['<!doctype html>\n<html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{_e(title)}</title>\n<style>\n{_asset('page.css')}</style></head><body>"]
    wide = 84.0 if "claims" in data else max(84.0, _matrix_width(len(articles)) + 2.5)  # widens with the sources
    out.append(f'<div class="page" style="max-width:{wide}rem">')
    if "claims" in data:
        out += [f"<header class=\"top\"><h1>{_e(title)}</h1></header><main>",
                _sources(data["articles"]), "<h2>Claims</h2>", _claims_table(data["claims"], articles), "</main>"]
    else:
        out += [_header(data, title), "<main>", _sources(data["articles"]), _matrix(data, articles), "</main>"]
    out.append(_footer(data, made) + "</div>")
    if "claims" not in data:
        out.append(f"<script>\n{_asset('page.js')}</script>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _title(data: dict[str, Any]) -> str:
    titles = [a["title"] for a in data["articles"] if a.get("title")]
    story = titles[0] if titles else ""  # the story's title when it is an article's, not a file name
    kind = "claims" if "claims" in data else "report"
    return f"factcheck {kind}: {story}" if story else f"factcheck {kind}"


def _header(data: dict[str, Any], title: str) -> str:
    summary = data["summary"]
    counts = summary["by_verdict"]
    band = []
    for verdict in ("conflict", "update", "agree", "single_source"):
        n = counts.get(verdict, 0)
        words = f"<b>{n}</b> {VERDICT_TITLES[verdict].lower() if n != 1 else BADGES[verdict]}"
        if n:
            band.append(f'<a class="count {verdict}" href="#{verdict}">{words}</a>')
        else:
            band.append(f'<span class="count {verdict} none">{words}</span>')
    kinds = " · ".join(f"{summary['by_kind'].get(k, 0)} {KIND_PLURALS[k] if summary['by_kind'].get(k, 0) != 1 else k}"
                       for k in KINDS)
    n_articles = summary["articles"]
    return (f'<header class="top"><h1>{_e(title)}</h1>'
            f'<p class="lede">{n_articles} article{"s" if n_articles != 1 else ""} · '
            f'<a href="#facts">{summary["facts"]} facts</a> · {kinds}</p>'
            f'<nav class="band" aria-label="facts by verdict">{"".join(band)}</nav></header>')


def _sources(articles: list[dict[str, Any]]) -> str:
    titled = any(a.get("title") for a in articles)  # no empty column when no article has a title
    rows = ['<h2 id="sources">Sources</h2><table class="sources"><colgroup><col class="id"><col>'
            + ("<col>" if titled else "") + '<col class="date"><col></colgroup><thead><tr><th>id</th><th>source</th>'
            + ("<th>title</th>" if titled else "") + "<th>published</th><th>path</th></tr></thead><tbody>"]
    for a in articles:
        source = _e(a["source"])
        if a.get("url") and re.match(r"https?://", a["url"], re.IGNORECASE):
            source = f'<a href="{_e(a["url"])}" rel="noreferrer">{source}</a>'
        published = _e((a["published"] or "—").replace("T", " "))
        if a.get("published_from"):
            published += f'<small class="from">{_e(a["published_from"].replace("_", " "))}</small>'
        title = f"<td>{_e(a.get('title') or '')}</td>" if titled else ""
        rows.append(f"<tr><td>{_e(a['id'])}</td><td>{source}</td>{title}<td>{published}</td><td>{_e(a['path'])}</td></tr>")
    rows.append("</tbody></table>")
    return "".join(rows)


def _matrix(data: dict[str, Any], articles: dict[str, dict[str, Any]]) -> str:
    facts, ids = data["facts"], [a["id"] for a in data["articles"]]
    if not facts:
        return '<h2 id="facts">Facts</h2><p>No claims found.</p>'
    width = len(ids) + 4
    out = ['<h2 id="facts">Facts by source</h2>', _filters(data), _legend(),
           f'<table class="matrix" style="min-width:{_matrix_width(len(ids))}rem"><colgroup>'
           '<col class="id"><col class="verdict"><col class="what">' + '<col class="src">' * len(ids)
           + '<col class="conf"></colgroup>',
           '<thead><tr><th>fact</th><th>verdict</th><th>what</th>'
           + "".join(_source_head(articles[i]) for i in ids) + '<th class="conf">conf.</th></tr></thead>']
    for verdict, chosen in in_reading_order(facts):
        out.append(f'<tbody class="group {verdict}" id="{verdict}" data-verdict="{verdict}"><tr>'
                   f'<th colspan="{width}">{VERDICT_TITLES[verdict]} ({len(chosen)})</th></tr></tbody>')
        out += [_fact(fact, ids, articles, width) for fact in chosen]
    out.append("</table>")
    return "\n".join(out)


def _matrix_width(sources: int) -> float:
    """The matrix's least width in rem: fixed columns (see page.css) and 8rem per source."""
    return 30.5 + 8 * sources


def _filters(data: dict[str, Any]) -> str:
    by_verdict, by_kind = data["summary"]["by_verdict"], data["summary"]["by_kind"]

    def box(name: str, value: str, text: str, n: int) -> str:
        return f'<label><input type="checkbox" name="{name}" value="{value}" checked> {text} ({n})</label>'

    verdicts = "".join(box("verdict", v, BADGES[v], by_verdict.get(v, 0))
                       for v in ("conflict", "update", "agree", "single_source") if by_verdict.get(v))
    kinds = "".join(box("kind", k, KIND_PLURALS[k], by_kind.get(k, 0)) for k in KINDS if by_kind.get(k))
    return (f'<form class="filters" hidden><fieldset><legend>verdict</legend>{verdicts}</fieldset>'
            f'<fieldset><legend>kind</legend>{kinds}</fieldset><output></output></form>')


def _legend() -> str:
    return ('<p class="legend">One row per fact, one column per source. <span class="val odd figure"'
            ' style="display:inline">value</span> stands against the majority (the odd one out); a '
            '<span class="split">&nbsp;tinted&nbsp;</span> cell is a conflict with no majority. '
            '<span class="screen">Open a row for its evidence.</span> conf.: how sure the verdict is (0–1).</p>')


def _source_head(article: dict[str, Any]) -> str:
    date = f"{article['id']} · {(article['published'] or '')[:10]}" if article["published"] else article["id"]
    return f'<th title="{_e(article["path"])}">{_e(article["source"])}<small>{_e(date)}</small></th>'


def _fact(fact: dict[str, Any], ids: list[str], articles: dict[str, dict[str, Any]], width: int) -> str:
    verdict, kind, fid = fact["verdict"], fact["kind"], _e(fact["id"])
    odd = odd_ones(fact)
    values = [value for _, value in claim_rows(fact["claims"], articles)]
    cells = []
    for article in ids:
        mine = [i for i, c in enumerate(fact["claims"]) if c["article"] == article]
        if not mine:
            cells.append('<td class="cell none">—</td>')
            continue
        split = verdict == "conflict" and not odd
        shown = "".join(_value(values[i], kind, i in odd) for i in mine)
        if any(i in odd for i in mine):
            shown += '<span class="tag">odd one out</span>'
        cells.append(f'<td class="cell{" split" if split else ""}">{shown}</td>')
    conf = f"{fact['confidence']:.2f}" if fact["confidence"] is not None else "—"
    row = (f'<tr class="row"><td class="id"><a href="#{fid}">{fid}</a></td>'
           f'<td><span class="badge {verdict}">{BADGES[verdict]}</span></td>'
           f'<td class="what" title="{_e(fact["summary"])}">{_e(label(fact))}<small>{_e(kind)}</small></td>'
           + "".join(cells) + f'<td class="conf">{conf}</td></tr>')
    more = f'<tr class="more"><td></td><td colspan="{width - 1}">{_evidence(fact, articles, odd)}</td></tr>'
    return (f'<tbody class="fact {verdict}" id="{fid}" data-verdict="{verdict}" data-kind="{_e(kind)}">'
            f"{row}{more}</tbody>")


def _value(text: str, kind: str, odd: bool) -> str:
    if kind != "quantity":
        return f'<span class="val words{" odd" if odd else ""}">{_e(text)}</span>'
    pieces = "<wbr>".join(f'<span class="nowrap">{_e(p).replace(" ", NBSP)}</span>' for p in BREAKS.split(text) if p)
    return f'<span class="val figure{" odd" if odd else ""}">{pieces}</span>'


def _evidence(fact: dict[str, Any], articles: dict[str, dict[str, Any]], odd: set[int]) -> str:
    if fact["verdict"] == "single_source":
        said = f"stated by {source_of(articles, fact['claims'][0]['article'])} only"
    else:
        said = fact["reason"]
    n = fact["sources"]
    sources = f"{n} source{'s' if n != 1 else ''}, {fact['independent_sources']} independent"
    parts = [f"<details><summary>{_e(said)}</summary><div class=\"evidence\">",
             f"<p><b>{_e(fact['summary'])}</b></p><p class=\"anchors\">{_e(fact['kind'])} · {sources}"]
    if fact["confidence"] is not None:
        parts.append(f" · confidence {fact['confidence']:.2f}")
    parts.append("</p>")
    for i, (claim, (source, value)) in enumerate(zip(fact["claims"], claim_rows(fact["claims"], articles),
                                                      strict=True)):
        before, text, after = highlight_parts(claim)
        who = f"<b>{_e(source)}</b>" + (f" · {_e(value)}" if claim["kind"] != "quote" else "")
        if claim.get("attribution"):
            who += f" · according to {_e(claim['attribution'])}"
        if len(claim.get("mentions") or []) > 1:
            who += f" · said {len(claim['mentions'])} times"
        parts.append(f'<div class="claim{" odd" if i in odd else ""}"><div class="who">{who}</div>'
                     f"<div>{_e(before)}<mark>{_e(text)}</mark>{_e(after)}</div></div>")
    if fact["evidence"]:
        chips = "".join(f'<span class="anchor">{_e(a["text"])} <small>({_e(a["kind"])})</small></span>'
                        for a in fact["evidence"])
        parts.append(f'<p class="anchors">joined on: {chips}</p>')
    parts.append("</div></details>")
    return "".join(parts)


def _claims_table(claims: list[dict[str, Any]], articles: dict[str, dict[str, Any]]) -> str:
    rows = ['<table class="sources"><colgroup><col class="id"><col style="width:12rem"><col style="width:12rem">'
            "<col></colgroup><thead><tr><th>kind</th><th>source</th><th>value</th><th>evidence</th></tr></thead><tbody>"]
    for claim, (source, value) in zip(claims, claim_rows(claims, articles), strict=True):
        before, text, after = highlight_parts(claim)
        rows.append(f"<tr><td>{_e(claim['kind'])}</td><td>{_e(source)}</td><td>{_value(value, claim['kind'], False)}"
                    f"</td><td>{_e(before)}<mark>{_e(text)}</mark>{_e(after)}</td></tr>")
    rows.append("</tbody></table>")
    return "".join(rows)


def _footer(data: dict[str, Any], made: datetime) -> str:
    from .. import __version__

    when = made.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (f'<footer>Made by factcheck {_e(__version__)} on <time datetime="{made.astimezone(UTC).isoformat()}">'
            f"{when}</time> · report format version {_e(str(data['version']))} · "
            "verdicts and confidence: docs/verdicts.md</footer>")


def _now() -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    return datetime.fromtimestamp(int(epoch), UTC) if epoch.isdigit() else datetime.now(UTC)


def _e(text: str) -> str:
    """Text made safe for element content and quoted attribute values."""
    return escape(str(text), quote=True)


@cache
def _asset(name: str) -> str:
    return files("factcheck.report").joinpath(name).read_text(encoding="utf-8")


__all__ = ["html"]
