"""The CI gate: every curated fixture's expected.json holds, expectation by expectation."""

from __future__ import annotations

import pytest
from conftest import FIXTURES

from factcheck.check import check_fixture, find_fixtures, read_expected

pytestmark = pytest.mark.slow
ALL = find_fixtures([str(FIXTURES)])


@pytest.mark.parametrize("fixture", ALL, ids=[f.name for f in ALL])
def test_fixture(fixture):
    result = check_fixture(fixture)
    failed = [f"{o.mark} [{o.section}] expected {o.expected}\n    got {o.got}" for o in result.outcomes if not o.ok]
    assert not failed, "\n".join(failed)


@pytest.mark.parametrize("fixture", ALL, ids=[f.name for f in ALL])
def test_expectations_are_explained_and_ecb_texts_keep_their_licence(fixture):
    expected = read_expected(fixture)
    for section in ("facts", "apart", "forbid"):
        assert all(entry.get("note") for entry in expected.get(section, [])), section
    if fixture.name.startswith("ecb-"):
        readme = (fixture / "README.md").read_text(encoding="utf-8")
        assert "Creative Commons Attribution 3.0" in readme or "CC BY 3.0" in readme
