"""Facilities imported by users.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ceasewatch.store._types import KEY, UTCDateTime

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "facilities",
        sa.Column("id", KEY, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("source", sa.String, nullable=False),
        sa.Column("imported_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_facilities"),
    )


def downgrade() -> None:
    op.drop_table("facilities")
