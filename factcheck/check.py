"""The CI gate: hold ``compare`` on curated fixtures against their expected files.

A fixture is a directory of articles with an ``expected.json`` a person wrote
after reading them (format: docs/fixtures.md). Expectations name claims by a
quoted piece of an article's text; a report claim matches when it comes from
that article and its span (or one of its mentions) overlaps that piece.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .exceptions import FixtureError
from .types import Article, Fact, Options, Report

EXPECTED = "expected.json"
SECTIONS = ("facts", "apart", "forbid")
VERDICTS = ("agree", "conflict", "single_source", "update")


@dataclass(frozen=True)
class Outcome:
    """One expectation of a fixture, and whether the report met it."""

    section: str  # "facts", "apart" or "forbid"
    expected: str  # what was expected, in words
    got: str  # what the report has for it, in words
    met: bool
    pending: str | None = None  # why the code does not meet it yet (the entry's "pending" field)

    @property
    def ok(self) -> bool:
        """Met, or pending and not met. A pending expectation that is met fails: remove "pending"."""
        return self.met != bool(self.pending)

    @property
    def mark(self) -> str:
        if self.pending:
            return "now met: remove its 'pending'" if self.met else "pending"
        return "ok" if self.met else "FAIL"


@dataclass(frozen=True)
class FixtureResult:
    path: str
    outcomes: tuple[Outcome, ...]
    report: Report

    @property
    def passed(self) -> bool:
        return all(o.ok for o in self.outcomes)


def find_fixtures(paths: Sequence[str]) -> list[Path]:
    """Fixture directories: each path that holds an expected.json, or its subdirectories that do."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if not path.is_dir():
            raise FixtureError(f"{name}: not a directory; give fixture directories (each with {EXPECTED})")
        if (path / EXPECTED).is_file():
            found.append(path)
            continue
        inner = sorted(p for p in path.iterdir() if (p / EXPECTED).is_file())
        if not inner:
            raise FixtureError(f"{name}: holds no fixture (no {EXPECTED} in it or its subdirectories)")
        found.extend(inner)
    return found


def read_expected(fixture: Path) -> dict[str, Any]:
    """The fixture's expected.json, checked for shape."""
    try:
        data = json.loads((fixture / EXPECTED).read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise FixtureError(f"{fixture / EXPECTED}: not valid JSON ({err.msg} at line {err.lineno})") from None
    if not isinstance(data, dict) or not any(data.get(s) for s in SECTIONS):
        raise FixtureError(f"{fixture / EXPECTED}: needs at least one of {', '.join(SECTIONS)}")
    for section in SECTIONS:
        for entry in data.get(section, []):
            if not isinstance(entry, dict) or not entry.get("claims"):
                raise FixtureError(f"{fixture / EXPECTED}: every '{section}' entry needs 'claims'")
            if "pending" in entry and not (isinstance(entry["pending"], str) and entry["pending"].strip()):
                raise FixtureError(f"{fixture / EXPECTED}: 'pending' must say why the code does not meet it yet")
            if section == "facts" and entry.get("verdict") not in VERDICTS:
                raise FixtureError(
                    f"{fixture / EXPECTED}: verdict {entry.get('verdict')!r} is not one of {', '.join(VERDICTS)}"
                )
    return data


def check_fixture(fixture: Path, options: Options = Options()) -> FixtureResult:
    """Run compare on the fixture's articles and hold the report against expected.json."""
    from .pipeline import compare_articles, read

    expected = read_expected(fixture)
    articles = read([str(fixture)])
    report = compare_articles(articles, options)
    spans = _Locator(fixture, articles)
    judges = {"facts": _fact, "apart": _apart, "forbid": _forbid}
    outcomes = [replace(judge(entry, report, spans), pending=entry.get("pending"))
                for section, judge in judges.items() for entry in expected.get(section, [])]
    return FixtureResult(path=str(fixture), outcomes=tuple(outcomes), report=report)


class _Locator:
    """Turns an expectation's {"article", "text", "occurrence"} into (article id, start, end)."""

    def __init__(self, fixture: Path, articles: tuple[Article, ...]):
        self.fixture = fixture
        self.by_name = {Path(a.path).name: a for a in articles}

    def __call__(self, loc: dict[str, Any]) -> tuple[str, int, int]:
        article = self.by_name.get(loc.get("article", ""))
        if article is None:
            raise FixtureError(f"{self.fixture / EXPECTED}: no article named {loc.get('article')!r} in the fixture")
        text, nth = loc.get("text", ""), int(loc.get("occurrence", 1))
        at = -1
        for _ in range(nth):
            at = article.text.find(text, at + 1)
            if at < 0 or not text:
                raise FixtureError(
                    f"{self.fixture / EXPECTED}: {text!r} (occurrence {nth}) is not in {loc.get('article')}"
                )
        return article.id, at, at + len(text)


def _matches(fact: Fact, where: tuple[str, int, int]) -> bool:
    article, start, end = where
    return any(
        c.article == article and any(s < end and start < e for s, e in c.mentions or ((c.start, c.end),))
        for c in fact.claims
    )


def _describe(entry: dict[str, Any]) -> str:
    return " | ".join(f"{c['article']}: “{c['text']}”" for c in entry["claims"])


def _found(report: Report, wheres: list[tuple[str, int, int]]) -> str:
    parts = []
    for where in wheres:
        facts = [f for f in report.facts if _matches(f, where)]
        parts.append(", ".join(f"{f.id} {f.verdict} ({f.summary})" for f in facts) or "no claim there")
    return " | ".join(parts)


def _fact(entry: dict[str, Any], report: Report, locate: _Locator) -> Outcome:
    wheres = [locate(c) for c in entry["claims"]]
    kind, verdict = entry.get("kind", "quantity"), entry["verdict"]
    met = any(
        f.kind == kind and f.verdict == verdict and all(_matches(f, w) for w in wheres) for f in report.facts
    )
    return Outcome("facts", f"{verdict} {kind}: {_describe(entry)}", _found(report, wheres), met)


def _joined(entry: dict[str, Any], report: Report, wheres: list[tuple[str, int, int]]) -> list[Fact]:
    """Facts of the entry's kind (default quantity) holding claims at every locator."""
    kind = entry.get("kind", "quantity")
    return [f for f in report.facts if f.kind == kind and all(_matches(f, w) for w in wheres)]


def _apart(entry: dict[str, Any], report: Report, locate: _Locator) -> Outcome:
    wheres = [locate(c) for c in entry["claims"]]
    joined = _joined(entry, report, wheres)
    got = ", ".join(f"{f.id} {f.verdict} ({f.summary})" for f in joined) or "kept apart"
    return Outcome("apart", f"never aligned: {_describe(entry)}", got, not joined)


def _forbid(entry: dict[str, Any], report: Report, locate: _Locator) -> Outcome:
    wheres = [locate(c) for c in entry["claims"]]
    banned = set(entry.get("verdicts", []))
    joined = _joined(entry, report, wheres)
    bad = [f for f in joined if f.verdict in banned]
    got = ", ".join(f"{f.id} {f.verdict} ({f.summary})" for f in joined) or "not aligned"
    return Outcome("forbid", f"not {'/'.join(sorted(banned))}: {_describe(entry)}", got, not bad)


def update_fixture(result: FixtureResult, fixture: Path) -> int:
    """Add the report's facts no expectation covers to expected.json, marked for review.

    Never removes or changes an existing expectation: unmet ones stay and keep
    failing until a person edits them. Returns how many entries were added.
    """
    data = read_expected(fixture)
    locate = _Locator(fixture, result.report.articles)
    covered = [[locate(c) for c in e["claims"]] for e in data.get("facts", [])]
    names = {a.id: Path(a.path).name for a in result.report.articles}
    added = 0
    for fact in result.report.facts:
        if any(all(_matches(fact, w) for w in wheres) for wheres in covered):
            continue
        data.setdefault("facts", []).append({
            "kind": fact.kind,
            "verdict": fact.verdict,
            "note": f"added by check --update from the tool's output ({fact.summary}); review it",
            "claims": [{"article": names[c.article], "text": c.text} for c in fact.claims],
        })
        added += 1
    if added:
        (fixture / EXPECTED).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return added
