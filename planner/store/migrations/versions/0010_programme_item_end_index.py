"""An index on the end of programme items: "what overlaps this week" reads the few items that
end after Monday instead of every item that started before Sunday (all of them, on an archive)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 09:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f("ix_programme_item_end_at"), "programme_item", ["end_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_programme_item_end_at"), table_name="programme_item")
