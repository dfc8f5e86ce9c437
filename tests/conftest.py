"""Shared test fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = FIXTURES / "seed-kyiv-2022-02-24"


@pytest.fixture(scope="session", autouse=True)
def _session_cache(tmp_path_factory):
    """The extraction cache of the whole session in a temporary directory, never ~/.cache:
    session-wide fixtures (``seed_report``) run before any test's own directory is set."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("factcheck-cache")))
        yield


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    """Each test's extraction cache: its own empty directory, so no test reads another's entries."""
    path = tmp_path / "factcheck-cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(path))
    return path


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
