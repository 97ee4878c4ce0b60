"""Alembic environment of the ceasewatch store.

The migrations run only programmatically, from :meth:`ceasewatch.store.Store.open`, which passes an open connection
(inside a transaction) as ``config.attributes["connection"]``. To write a new revision, add a file to ``versions/``
by hand (``down_revision`` = the current head) that brings the database to what ``ceasewatch/store/_schema.py``
describes; ``tests/test_store.py`` checks that the migrated schema matches it.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from ceasewatch.store._schema import metadata


def _run() -> None:
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError("the ceasewatch migrations run from Store.open(), which passes an open connection")
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


_run()
