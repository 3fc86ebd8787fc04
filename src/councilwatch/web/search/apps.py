from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate


def _ensure_index(sender: AppConfig, using: str = "default", **kwargs: Any) -> None:
    # Django rebuilds a SQLite table (dropping its triggers) when another app alters its columns; checking
    # after every migrate puts the triggers back and re-indexes, so search never silently goes stale.
    from django.db.migrations.recorder import MigrationRecorder

    from councilwatch.web.search import schema

    connection = connections[using]
    # Only while our migration is applied: after `migrate search zero` the index should stay gone.
    if ("search", "0001_search_index") in MigrationRecorder(connection).applied_migrations():
        schema.install(connection)


class SearchConfig(AppConfig):
    name = "councilwatch.web.search"
    label = "search"
    verbose_name = "Search"

    def ready(self) -> None:
        post_migrate.connect(_ensure_index, sender=self, dispatch_uid="councilwatch-search-index")
