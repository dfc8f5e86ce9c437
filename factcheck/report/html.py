"""The report as one self-contained HTML page."""

from __future__ import annotations

from html import escape
from typing import Any

from .values import VERDICT_TITLES, claim_rows, source_of

STYLE = """body{font:15px/1.45 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.3rem .5rem;
vertical-align:top;text-align:left}.conflict h3{color:#b00}.agree h3{color:#060}.update h3{color:#a60}
mark{background:#ffe58a}"""


def html(data: dict[str, Any]) -> str:
    articles = {a["id"]: a for a in data["articles"]}
    out = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8"><title>factcheck report</title>',
           f"<style>{STYLE}</style></head><body>", "<h1>factcheck report</h1>",
           "<table><tr><th>id</th><th>source</th><th>published</th><th>path</th></tr>"]
    out += [f"<tr><td>{a['id']}</td><td>{escape(a['source'])}</td><td>{escape(a['published'] or '')}</td>"
            f"<td>{escape(a['path'])}</td></tr>" for a in data["articles"]]
    out.append("</table>")
    if "claims" in data:
        out += ["<h2>Claims</h2>", _claims_table(data["claims"], articles)]
    else:
        for verdict, title in VERDICT_TITLES.items():
            chosen = [f for f in data["facts"] if f["verdict"] == verdict]
            if not chosen:
                continue
            out.append(f'<section class="{verdict}"><h2>{title} ({len(chosen)})</h2>')
            for fact in chosen:
                out.append(f"<h3>{fact['id']} · {escape(fact['kind'])} · {escape(fact['summary'])}</h3>")
                sure = f" · confidence {fact['confidence']:.2f}" if fact["confidence"] is not None else ""
                out.append(f"<p>{fact['sources']} sources, {fact['independent_sources']} independent{sure}</p>")
                out.append(f"<p class=\"reason\">{escape(fact['reason'])}</p>")
                out.append(_claims_table(fact["claims"], articles))
            out.append("</section>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _claims_table(claims: list[dict[str, Any]], articles: dict[str, dict[str, Any]]) -> str:
    rows = ["<table><tr><th>source</th><th>value</th><th>evidence</th></tr>"]
    for claim, (src, value) in zip(claims, claim_rows(claims, articles), strict=True):
        rows.append(f"<tr><td>{escape(src)}</td><td>{escape(value)}</td><td>{_highlight(claim)}</td></tr>")
    rows.append("</table>")
    return "\n".join(rows)


def _highlight(claim: dict[str, Any]) -> str:
    sentence, text = claim["sentence"], claim["text"]
    at = sentence.find(text)
    if at < 0:
        return f"<mark>{escape(text)}</mark> — {escape(sentence)}"
    return escape(sentence[:at]) + f"<mark>{escape(text)}</mark>" + escape(sentence[at + len(text):])


__all__ = ["html", "source_of"]
