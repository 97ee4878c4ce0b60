"""Bring a database to the newest schema with the Alembic migrations shipped in ``migrations/``."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

__all__ = ["MIGRATIONS", "current_revision", "head_revision", "upgrade"]

MIGRATIONS = Path(__file__).with_name("migrations")
"""The folder of the Alembic environment and its ``versions/``."""

_LOCK_ID = 0x6365617365
"""PostgreSQL advisory lock taken while migrating, so that two processes opening one database do not race."""


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str | None:
    """The newest revision the shipped migrations know."""
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at (``None``: never migrated)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Migrate the database to the head revision, in one transaction (a no-op when it is already there)."""
    config = _config()
    with engine.connect() as connection:
        connection.execution_options(ceasewatch_write=True)
        with connection.begin():
            if engine.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_ID})
            if current_revision(connection) == head_revision():
                return
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
