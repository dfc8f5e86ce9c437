"""factcheck: do several news reports of one event agree on its facts?

    >>> import factcheck
    >>> articles = factcheck.read(["fixtures/seed-kyiv-2022-02-24"])
    >>> report = factcheck.compare_articles(articles)
    >>> [f.summary for f in report.facts if f.verdict == "conflict"]

The stage modules (load, parse, extract, normalize, align, compare, report) hold
the work; the public API is re-exported here lazily, so that ``import factcheck`` (and
``factcheck --help``) does not load spaCy or the normalizers.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "read": "pipeline",
    "extract_claims": "pipeline",
    "compare_articles": "pipeline",
    "check_fixture": "check",
    "find_fixtures": "check",
    "load_articles": "load",
    "Options": "types",
    "Article": "types",
    "Claim": "types",
    "Fact": "types",
    "Report": "types",
    "Extraction": "types",
    "Quantity": "types",
    "Quote": "types",
    "Event": "types",
    "Interval": "types",
    "FactcheckError": "exceptions",
    "InputError": "exceptions",
    "ModelError": "exceptions",
    "FixtureError": "exceptions",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
