"""Shared test set-up. The data directory is set in tests/settings.py, which pytest-django loads first."""
