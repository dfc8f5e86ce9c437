"""The report as GitHub-flavoured Markdown, compact enough for a pull-request comment.

The order a reader wants: the summary, conflicts with their reasons and evidence, updates,
agreements, then the single-source facts folded away. Every string from an article goes
through ``_md``, so article text cannot open a table cell, a link, an HTML tag or mention
a GitHub user.
"""

from __future__ import annotations

import re
from typing import Any

from .sides import KINDS, highlight_parts, in_reading_order, label, odd_ones
from .values import VERDICT_TITLES, claim_rows, source_of

#: Characters that are markup somewhere in GitHub's Markdown (CommonMark escapes any ASCII punctuation).
MARKUP = re.compile(r"([\\`*_\[\]<>#|~&$])")
#: "@name" and "#12" in a comment notify a user or link an issue: a word joiner keeps them text.
REFERENCES = re.compile(r"(?<![\w`])([@#])(?=[\w-])")
WORD_JOINER = "\u2060"
NBSP = "\u00a0"


def markdown(data: dict[str, Any]) -> str:
    """The Markdown text of a report (``compare``) or an extraction (``extract``)."""
    articles = {a["id"]: a for a in data["articles"]}
    if "claims" in data:
        return _extraction(data, articles)
    lines = ["## factcheck report", "", _summary(data), "", _sources(data["articles"])]
    for verdict, facts in in_reading_order(data["facts"]):
        lines += ["", f"### {VERDICT_TITLES[verdict]} ({len(facts)})", ""]
        if verdict == "conflict":
            for i, fact in enumerate(facts):
                lines += ([""] if i else []) + _conflict(fact, articles)
        elif verdict == "single_source":
            lines += _single(facts, articles)
        else:
            lines += _compact(verdict, facts, articles)
    if not data["facts"]:
        lines += ["", "No claims found."]
    return "\n".join(lines).rstrip("\n") + "\n"


def _summary(data: dict[str, Any]) -> str:
    summary = data["summary"]
    verdicts = " · ".join(f"{summary['by_verdict'].get(v, 0)} {_plural(summary['by_verdict'].get(v, 0), v)}"
                          for v in ("conflict", "update", "agree", "single_source"))
    kinds = ", ".join(f"{summary['by_kind'].get(k, 0)} {_plural(summary['by_kind'].get(k, 0), k)}" for k in KINDS)
    n, stories = summary["articles"], summary.get("stories", 1)
    told = f" in {stories} stories" if stories > 1 else ""
    facts = f"{summary['facts']} fact{'s' if summary['facts'] != 1 else ''}"
    return f"**{n} article{'s' if n != 1 else ''}{told}, {facts}:** {verdicts} ({kinds})"


def _plural(n: int, word: str) -> str:
    words = {"conflict": ("conflict", "conflicts"), "update": ("update", "updates"),
             "agree": ("agreement", "agreements"), "single_source": ("single source", "single source"),
             "quantity": ("quantity", "quantities"), "event": ("event", "events"), "quote": ("quote", "quotes")}
    return words[word][n != 1]


def _sources(articles: list[dict[str, Any]]) -> str:
    parts = []
    for a in articles:
        when = f" ({_md(a['published'][:10])})" if a.get("published") else ""
        parts.append(f"**{_md(a['id'])}** {_md(a['source'])}{when}")
    return "Sources: " + " · ".join(parts)


def _conflict(fact: dict[str, Any], articles: dict[str, dict[str, Any]]) -> list[str]:
    odd = odd_ones(fact)
    lines = [f"**{_md(fact['id'])} · {_md(label(fact))}** ({_md(fact['kind'])}, confidence {fact['confidence']:.2f})  ",
             _md(fact["reason"]), "", "| source | value | where it says so |", "| --- | --- | --- |"]
    for i, (claim, (source, value)) in enumerate(zip(fact["claims"], claim_rows(fact["claims"], articles),
                                                      strict=True)):
        before, text, after = highlight_parts(claim)
        shown = f"**{_value(value, claim)}**" + (" ⚠ odd one out" if i in odd else "")
        lines.append(f"| {_md(source)} | {shown} | {_said(before, text, after)} |")
    return lines


def _compact(verdict: str, facts: list[dict[str, Any]], articles: dict[str, dict[str, Any]]) -> list[str]:
    """One table row per update or agreement: its values by source, how sure, what joined them."""
    last = "reason" if verdict == "update" else "joined on"
    lines = [f"| fact | what | values | conf. | {last} |", "| --- | --- | --- | --- | --- |"]
    for fact in facts:
        values = "; ".join(f"{_md(c['article'])}: {_value(v, c)}"
                           for c, (_, v) in zip(fact["claims"], claim_rows(fact["claims"], articles), strict=True))
        if verdict == "update":
            why = _md(fact["reason"])
        else:
            why = ", ".join(_md(a["text"]) for a in fact["evidence"]) or "measure and context words"
        lines.append(f"| {_md(fact['id'])} | {_md(label(fact))} | {values} | {fact['confidence']:.2f} | {why} |")
    return lines


def _single(facts: list[dict[str, Any]], articles: dict[str, dict[str, Any]]) -> list[str]:
    """Folded away: one line each, what and who said it."""
    lines = ["<details><summary>stated by one source only</summary>", ""]
    for fact in facts:
        claim = fact["claims"][0]
        value = claim_rows([claim], articles)[0][1]
        said = f": {_value(value, claim)}" if fact["kind"] == "quantity" else ""
        lines.append(f"- {_md(fact['id'])} · {_md(label(fact))}{said} — {_md(source_of(articles, claim['article']))}")
    return [*lines, "", "</details>"]


def _extraction(data: dict[str, Any], articles: dict[str, dict[str, Any]]) -> str:
    lines = ["## factcheck claims", "", _sources(data["articles"]), "",
             "| source | kind | value | where it says so |", "| --- | --- | --- | --- |"]
    for claim, (source, value) in zip(data["claims"], claim_rows(data["claims"], articles), strict=True):
        before, text, after = highlight_parts(claim)
        lines.append(f"| {_md(source)} | {claim['kind']} | {_md(value)} | {_said(before, text, after)} |")
    if not data["claims"]:
        lines.append("| | | no claims found | |")
    return "\n".join(lines) + "\n"


def _value(text: str, claim: dict[str, Any]) -> str:
    """A value as shown; a figure's spaces do not break ("≥ 137" stays on one line)."""
    shown = _md(text)
    return shown.replace(" ", NBSP) if claim["kind"] == "quantity" else shown


def _said(before: str, text: str, after: str) -> str:
    """A sentence with the claim in bold (an HTML tag: ``**`` fails beside quotation marks)."""
    return f"{_md(before, edges=True)}<b>{_md(text)}</b>{_md(after, edges=True)}".strip()


def _md(text: Any, edges: bool = False) -> str:
    """Article text as inert Markdown on one line: markup escaped, mentions and issue links broken.

    ``edges`` keeps one space where the text began or ended with white space.
    """
    flat = re.sub(r"\s+", " ", str(text)) if edges else " ".join(str(text).split())
    return REFERENCES.sub(r"\1" + WORD_JOINER, MARKUP.sub(r"\\\1", flat))
