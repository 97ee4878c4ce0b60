"""Column types shared by the schema and its migrations: UTC instants that keep their time zone, and id keys.

- :class:`UTCDateTime` stores an aware instant in UTC: ``TIMESTAMP WITH TIME ZONE`` on PostgreSQL, fixed-width
  ISO 8601 text (``2025-03-19T00:00:00.000000Z``) on SQLite, so that text order is time order there too. A naive
  datetime is refused rather than guessed.
- :data:`KEY` is an id column that sorts the same on both databases: byte order (``COLLATE "C"``) on PostgreSQL,
  which is SQLite's default ``BINARY`` order and Python's ``str`` order, whatever the server's locale.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

__all__ = ["HASH", "KEY", "UTCDateTime"]


class UTCDateTime(TypeDecorator[datetime]):
    """An aware instant, stored in UTC and read back as an aware UTC ``datetime``."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(27))
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"a stored instant needs a time zone: {value.isoformat()}")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            return datetime.fromisoformat(value).astimezone(UTC)
        if isinstance(value, datetime):
            return value.astimezone(UTC) if value.tzinfo is not None else value.replace(tzinfo=UTC)
        raise TypeError(f"unexpected stored instant {value!r}")


KEY: TypeEngine[str] = String().with_variant(String(collation="C"), "postgresql")
"""An id: text compared and sorted byte by byte on every database."""

HASH: TypeEngine[str] = String(64)
"""A SHA-256 digest in hex."""
