"""Functions, titles and occasions get translations beside the office's own text

A member's function ("Bürgermeisterin von Netanya"), a host's function and a delegation's
occasion used to exist in one language only, so a Hebrew or English programme printed them in
German. The office's text stays in its column (searched, sorted, matched on import); the
translations for the other languages sit beside it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

COLUMNS = (("member", "title_translations"), ("host_person", "function_translations"),
           ("delegation", "occasion_translations"))


def upgrade() -> None:
    for table, column in COLUMNS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(column, sa.JSON(), nullable=False,
                                          server_default=sa.text("'{}'")))


def downgrade() -> None:
    for table, column in COLUMNS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(column)
