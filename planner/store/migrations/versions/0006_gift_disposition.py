"""What became of each gift: kept in the town hall, on display, in storage, handed to the city
archive, auctioned, donated, returned, consumed — '' while not recorded

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 21:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("gift", schema=None) as batch_op:
        batch_op.add_column(sa.Column("disposition", sa.String(length=16), nullable=False,
                                      server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("gift", schema=None) as batch_op:
        batch_op.drop_column("disposition")
