"""Stage 7, report: the report and the claims rendered as JSON, Markdown or HTML.

Every renderer reads the same dict built in ``json.py`` (the contract's format),
so the formats cannot disagree. The terminal table is the CLI's (it uses rich,
which the library does not import) and reads the same dict.
"""

from __future__ import annotations

from ..types import Extraction, Report
from .json import extraction_dict, report_dict

FORMATS = ("json", "markdown", "html")


def to_dict(result: Report | Extraction) -> dict:
    """The contract's JSON object for a report or an extraction."""
    return report_dict(result) if isinstance(result, Report) else extraction_dict(result)


def render(result: Report | Extraction, fmt: str) -> str:
    """The text of a report or extraction in one of ``FORMATS``."""
    data = to_dict(result)
    if fmt == "json":
        from .json import dumps

        return dumps(data)
    if fmt == "markdown":
        from .markdown import markdown

        return markdown(data)
    if fmt == "html":
        from .html import html

        return html(data)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
