"""Start Django from the command line and make sure the database is ready.

Commands that need the database call ``ready()``: it configures Django, applies migrations when some are
pending, and loads the council registry when it has changed — so `councilwatch init` is never required,
only available.
"""

from __future__ import annotations

import hashlib
import os
from importlib import resources

_ready = False


def setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "councilwatch.web.settings")
    import django
    from django.conf import settings

    if not settings.configured or not _apps_ready():
        if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
            settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
        django.setup()


def _apps_ready() -> bool:
    from django.apps import apps

    return apps.ready


def _registry_fingerprint() -> str:
    data = resources.files("councilwatch.data")
    digest = hashlib.sha256(data.joinpath("uk_councils.csv").read_bytes())
    digest.update(data.joinpath("demo/manifest.json").read_bytes())
    return digest.hexdigest()


def migrate(verbosity: int = 0) -> None:
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        call_command("migrate", interactive=False, verbosity=verbosity)


def load_registry(force: bool = False) -> int:
    """Load the registry into Council rows when it changed since the last load; returns rows written."""

    from councilwatch.core.registry import load_registry as registry_rows
    from councilwatch.web.councils import models as db
    from councilwatch.web.councils.store import load_registry as store_registry

    fingerprint = _registry_fingerprint()
    marker, _ = db.RegistryLoad.objects.get_or_create(pk=1, defaults={"fingerprint": ""})
    if marker.fingerprint == fingerprint and not force:
        return 0
    written = store_registry(registry_rows())
    marker.fingerprint = fingerprint
    marker.save()
    return written


def ready(verbosity: int = 0) -> None:
    global _ready
    setup()
    if _ready:
        return
    migrate(verbosity)
    load_registry()
    _ready = True
