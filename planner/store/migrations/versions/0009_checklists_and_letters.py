"""Checklists and letters: the tasks of each visit, the login that makes a person's tasks
"mine", and the passport details a visa support letter needs

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 07:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from planner.store.types import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("host_person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("login", sa.String(length=100), nullable=False,
                                      server_default=""))
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("nationality", sa.String(length=100), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("date_of_birth", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("passport_number", sa.String(length=100),
                                      nullable=False, server_default=""))
        batch_op.add_column(sa.Column("passport_expires", sa.Date(), nullable=True))
    op.create_table(
        "task",
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("anchor", sa.String(length=16), nullable=True),
        sa.Column("offset_days", sa.Integer(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("template", sa.String(length=100), nullable=False),
        sa.Column("done_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("done_by", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["delegation_id"], ["delegation.id"],
                                name=op.f("fk_task_delegation_id_delegation"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["responsible_id"], ["host_person.id"],
                                name=op.f("fk_task_responsible_id_host_person"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    op.create_index(op.f("ix_task_delegation_id"), "task", ["delegation_id"])
    op.create_index(op.f("ix_task_due"), "task", ["due"])
    op.create_index(op.f("ix_task_responsible_id"), "task", ["responsible_id"])


def downgrade() -> None:
    for name in ("responsible_id", "due", "delegation_id"):
        op.drop_index(op.f(f"ix_task_{name}"), table_name="task")
    op.drop_table("task")
    with op.batch_alter_table("member", schema=None) as batch_op:
        for column in ("passport_expires", "passport_number", "date_of_birth", "nationality"):
            batch_op.drop_column(column)
    with op.batch_alter_table("host_person", schema=None) as batch_op:
        batch_op.drop_column("login")
