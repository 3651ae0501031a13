"""Trips abroad: a delegation's direction, its destination's time zone and trip details, the
travellers with their papers, and a time zone for every partner city and venue

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 04:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("direction", sa.String(length=16), nullable=False,
                                      server_default="incoming"))
        batch_op.add_column(sa.Column("time_zone", sa.String(length=100), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("trip", sa.JSON(), nullable=False,
                                      server_default=sa.text("'{}'")))
        batch_op.create_index(batch_op.f("ix_delegation_direction"), ["direction"])
    for table in ("partner_city", "venue"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("time_zone", sa.String(length=100), nullable=False,
                                          server_default=""))
    op.create_table(
        "trip_traveller",
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("host_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("passport_valid_until", sa.Date(), nullable=True),
        sa.Column("visa", sa.String(length=16), nullable=False),
        sa.Column("visa_deadline", sa.Date(), nullable=True),
        sa.Column("vaccinations", sa.String(length=200), nullable=False),
        sa.Column("vaccinations_done", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["delegation_id"], ["delegation.id"],
                                name=op.f("fk_trip_traveller_delegation_id_delegation"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["host_id"], ["host_person.id"],
                                name=op.f("fk_trip_traveller_host_id_host_person"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("delegation_id", "host_id", name=op.f("pk_trip_traveller")),
    )
    op.create_index(op.f("ix_trip_traveller_host_id"), "trip_traveller", ["host_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_trip_traveller_host_id"), table_name="trip_traveller")
    op.drop_table("trip_traveller")
    for table in ("venue", "partner_city"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("time_zone")
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegation_direction"))
        batch_op.drop_column("trip")
        batch_op.drop_column("time_zone")
        batch_op.drop_column("direction")
