"""One backend per database vendor, behind the same small interface (see ``base.Backend``)."""

from __future__ import annotations

from django.db.backends.base.base import BaseDatabaseWrapper

from councilwatch.web.search.backends.base import Backend, Ranked, TitleMatch


class UnsupportedDatabase(RuntimeError):
    pass


def for_connection(connection: BaseDatabaseWrapper) -> Backend:
    if connection.vendor == "sqlite":
        from councilwatch.web.search.backends.sqlite import SQLiteBackend

        return SQLiteBackend(connection)
    if connection.vendor == "postgresql":
        from councilwatch.web.search.backends.postgres import PostgresBackend

        return PostgresBackend(connection)
    raise UnsupportedDatabase(f"search supports SQLite and PostgreSQL, not {connection.vendor}")


__all__ = ["Backend", "Ranked", "TitleMatch", "UnsupportedDatabase", "for_connection"]
