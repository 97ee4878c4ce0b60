"""The tables of the store, in SQLAlchemy Core. Migrations (``migrations/versions``) must build exactly this.

Whole model objects are kept as JSON text (``body``); the other columns are the keys, filters and sort orders.

- ``agreements``: every loaded version of every agreement file (its text and its parsed JSON), one row per
  (``id``, ``version_hash``); ``seq`` keeps the load order.
- ``reports``: append-only, keyed by ``content_hash`` (SHA-256 of the report's canonical JSON); ``id`` is unique.
- ``claims``: the structured claims of each report, with the hash of the report they came from.
- ``runs``: one row per adjudication run: code version, ``as_of``, the agreement versions used, when.
- ``findings``: the findings of the latest run, each with what it was derived from (claims, agreement version,
  code version, run).
- ``incidents``: the current clustering of claims into incidents (with corroboration and attribution), replaced as a
  whole by each resolve run; ``incident_events``: the append-only history of how incidents were created, joined,
  merged and split, so that no incident is ever silently rewritten.
- ``facilities``: facilities imported by users (the bundled registry is not stored), one row per id: the facility as
  JSON, its ``source`` and when it was last imported. A re-import of an id replaces the row.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, String, Table, Text, UniqueConstraint

from ceasewatch.store._types import HASH, KEY, UTCDateTime

__all__ = [
    "agreements",
    "claims",
    "facilities",
    "findings",
    "incident_events",
    "incidents",
    "metadata",
    "reports",
    "runs",
]

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
    }
)

agreements = Table(
    "agreements",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", KEY, nullable=False),
    Column("version_hash", HASH, nullable=False),
    Column("loaded_at", UTCDateTime(), nullable=False),
    Column("source_text", Text, nullable=False),
    Column("body", Text, nullable=False),
    UniqueConstraint("id", "version_hash"),
    Index(None, "id", "loaded_at"),
)

reports = Table(
    "reports",
    metadata,
    Column("content_hash", HASH, primary_key=True),
    Column("id", KEY, nullable=False),
    Column("published_at", UTCDateTime(), nullable=False),
    Column("received_at", UTCDateTime(), nullable=False),
    Column("body", Text, nullable=False),
    UniqueConstraint("id"),
    Index(None, "published_at", "id"),
    Index(None, "received_at"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", KEY, primary_key=True),
    Column("report_hash", HASH, ForeignKey("reports.content_hash"), nullable=False),
    Column("report_id", KEY, nullable=False),
    Column("body", Text, nullable=False),
    Index(None, "report_hash"),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("code_version", String, nullable=False),
    Column("as_of", UTCDateTime(), nullable=True),
    Column("agreements", Text, nullable=False),
    Column("computed_at", UTCDateTime(), nullable=False),
    Column("findings", Integer, nullable=False),
)

findings = Table(
    "findings",
    metadata,
    Column("agreement_id", KEY, primary_key=True),
    Column("reading_id", KEY, primary_key=True),
    Column("incident_id", KEY, primary_key=True),
    Column("verdict", String(32), nullable=False),
    Column("claim_ids", Text, nullable=False),
    Column("agreement_version", HASH, nullable=False),
    Column("code_version", String, nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
    Column("body", Text, nullable=False),
    Index(None, "run_id"),
)

facilities = Table(
    "facilities",
    metadata,
    Column("id", KEY, primary_key=True),
    Column("body", Text, nullable=False),
    Column("source", String, nullable=False),
    Column("imported_at", UTCDateTime(), nullable=False),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", KEY, primary_key=True),
    Column("claim_count", Integer, nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("body", Text, nullable=False),
)

incident_events = Table(
    "incident_events",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", UTCDateTime(), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("incident_id", KEY, nullable=False),
    Column("other_id", KEY, nullable=True),
    Column("body", Text, nullable=False),
    Index(None, "incident_id"),
)
