"""The first schema: agreements, reports, claims, runs, findings.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ceasewatch.store._types import HASH, KEY, UTCDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "agreements",
        sa.Column("seq", sa.Integer, nullable=False, autoincrement=True),
        sa.Column("id", KEY, nullable=False),
        sa.Column("version_hash", HASH, nullable=False),
        sa.Column("loaded_at", UTCDateTime(), nullable=False),
        sa.Column("source_text", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_agreements"),
        sa.UniqueConstraint("id", "version_hash", name="uq_agreements_id_version_hash"),
    )
    op.create_index("ix_agreements_id_loaded_at", "agreements", ["id", "loaded_at"])

    op.create_table(
        "reports",
        sa.Column("content_hash", HASH, nullable=False),
        sa.Column("id", KEY, nullable=False),
        sa.Column("published_at", UTCDateTime(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("content_hash", name="pk_reports"),
        sa.UniqueConstraint("id", name="uq_reports_id"),
    )
    op.create_index("ix_reports_published_at_id", "reports", ["published_at", "id"])
    op.create_index("ix_reports_received_at", "reports", ["received_at"])

    op.create_table(
        "claims",
        sa.Column("id", KEY, nullable=False),
        sa.Column("report_hash", HASH, nullable=False),
        sa.Column("report_id", KEY, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_claims"),
        sa.ForeignKeyConstraint(["report_hash"], ["reports.content_hash"], name="fk_claims_report_hash_reports"),
    )
    op.create_index("ix_claims_report_hash", "claims", ["report_hash"])

    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, nullable=False, autoincrement=True),
        sa.Column("code_version", sa.String, nullable=False),
        sa.Column("as_of", UTCDateTime(), nullable=True),
        sa.Column("agreements", sa.Text, nullable=False),
        sa.Column("computed_at", UTCDateTime(), nullable=False),
        sa.Column("findings", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_runs"),
    )

    op.create_table(
        "findings",
        sa.Column("agreement_id", KEY, nullable=False),
        sa.Column("reading_id", KEY, nullable=False),
        sa.Column("incident_id", KEY, nullable=False),
        sa.Column("verdict", sa.String(32), nullable=False),
        sa.Column("claim_ids", sa.Text, nullable=False),
        sa.Column("agreement_version", HASH, nullable=False),
        sa.Column("code_version", sa.String, nullable=False),
        sa.Column("run_id", sa.Integer, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("agreement_id", "reading_id", "incident_id", name="pk_findings"),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name="fk_findings_run_id_runs"),
    )
    op.create_index("ix_findings_run_id", "findings", ["run_id"])


def downgrade() -> None:
    op.drop_table("findings")
    op.drop_table("runs")
    op.drop_table("claims")
    op.drop_table("reports")
    op.drop_table("agreements")
