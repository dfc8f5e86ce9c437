"""The report as Markdown: one section per verdict, one table per fact."""

from __future__ import annotations

from typing import Any

from .values import VERDICT_TITLES, claim_rows, source_of


def markdown(data: dict[str, Any]) -> str:
    articles = {a["id"]: a for a in data["articles"]}
    lines = ["# factcheck report", "", "| id | source | published | path |", "|---|---|---|---|"]
    lines += [f"| {a['id']} | {_cell(a['source'])} | {a['published'] or ''} | {_cell(a['path'])} |"
              for a in data["articles"]]
    if "claims" in data:
        lines += ["", "## Claims", "", "| article | kind | value | text | sentence |", "|---|---|---|---|---|"]
        lines += [f"| {source_of(articles, c['article'])} | {c['kind']} | {_cell(v)} | {_cell(c['text'])} | "
                  f"{_cell(c['sentence'])} |" for c in data["claims"] for v in [claim_rows([c])[0][1]]]
        return "\n".join(lines) + "\n"
    facts = data["facts"]
    for verdict, title in VERDICT_TITLES.items():
        chosen = [f for f in facts if f["verdict"] == verdict]
        if not chosen:
            continue
        lines += ["", f"## {title} ({len(chosen)})"]
        for fact in chosen:
            lines += ["", f"### {fact['id']} · {fact['kind']} · {_cell(fact['summary'])}", "",
                      f"{fact['sources']} sources, {fact['independent_sources']} independent"
                      + (f" · confidence {fact['confidence']:.2f}" if fact["confidence"] is not None else ""), "",
                      _cell(fact["reason"]), "",
                      "| source | value | evidence | sentence |", "|---|---|---|---|"]
            for claim, (src, value) in zip(fact["claims"], claim_rows(fact["claims"], articles), strict=True):
                evidence = f"“{_cell(claim['text'])}”"
                lines.append(f"| {_cell(src)} | {_cell(value)} | {evidence} | {_cell(claim['sentence'])} |")
    if not facts:
        lines += ["", "No claims found."]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")
