"""Full-text index over passages, agenda item titles and committee titles.

One migration for both databases: the operation looks at the connection's vendor (FTS5 tables and triggers
on SQLite, generated tsvector columns with GIN indexes on PostgreSQL; see ``search/schema.py``).
"""

from __future__ import annotations

from django.db import migrations


def forwards(apps, schema_editor) -> None:
    from councilwatch.web.search import schema

    schema.install(schema_editor.connection)


def backwards(apps, schema_editor) -> None:
    from councilwatch.web.search import schema

    schema.uninstall(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("councils", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
