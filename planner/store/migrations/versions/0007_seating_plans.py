"""A meal's seating as arranged by hand: tables, style, chairs and locks per programme item

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from planner.store.types import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "seating_plan",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("layout", sa.String(length=16), nullable=False),
        sa.Column("style", sa.String(length=16), nullable=False),
        sa.Column("interpreters_at_table", sa.Boolean(), nullable=False),
        sa.Column("tables", sa.JSON(), nullable=False),
        sa.Column("chairs", sa.JSON(), nullable=False),
        sa.Column("locked", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["programme_item.id"],
                                name=op.f("fk_seating_plan_item_id_programme_item"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seating_plan")),
        sa.UniqueConstraint("item_id", name=op.f("uq_seating_plan_item_id")),
    )


def downgrade() -> None:
    op.drop_table("seating_plan")
