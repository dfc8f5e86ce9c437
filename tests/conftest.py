"""Shared test fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = FIXTURES / "seed-kyiv-2022-02-24"


@pytest.fixture(scope="session")
def nlp():
    """The project's English pipeline (with its line-break component), loaded once."""
    from factcheck.parse import load_model

    return load_model(None)


@pytest.fixture(scope="session")
def seed_report():
    """The report on the seed fixture, computed once."""
    import factcheck

    return factcheck.compare_articles(factcheck.read([str(SEEDS)]))
