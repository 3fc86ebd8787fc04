"""Shared test set-up. The data directory is set in tests/settings.py, which pytest-django loads first."""

import pytest


@pytest.fixture(autouse=True)
def _empty_cache():
    """Cached pages must not leak between tests (a rolled-back row's id is reused by the next test)."""
    from django.core.cache import cache

    yield
    cache.clear()
