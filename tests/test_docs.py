"""docs/contract.md cannot drift from the code: options and JSON fields are checked both ways."""

from __future__ import annotations

import re

from conftest import ROOT

from factcheck.cli import main
from factcheck.report.json import schema

CONTRACT = (ROOT / "docs" / "contract.md").read_text(encoding="utf-8")


def test_every_option_is_documented():
    for name, command in main.commands.items():
        assert f"`factcheck {name}" in CONTRACT
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("-"):
                    assert f"`{opt}" in CONTRACT, f"{name} {opt}"


def test_every_documented_option_exists():
    known = {opt for c in main.commands.values() for p in c.params for opt in p.opts} | {"--version", "-h", "--help"}
    for opt in re.findall(r"`(--?[a-z][a-z-]*)", CONTRACT):
        assert opt in known, opt


def test_every_json_field_is_documented():
    defs = schema()["$defs"]
    for name in ("article", "fact", "claim", "quantity", "anchor", "about", "summary", "story"):
        for field in defs[name]["properties"]:
            assert f"`{field}`" in CONTRACT or f"`{name}s[].{field}`" in CONTRACT or f"{field}`" in CONTRACT, field
