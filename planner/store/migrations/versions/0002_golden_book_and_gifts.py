"""Golden Book register, gifts and their attachments

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 21:45:15.565796
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import planner.store.types

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "golden_book",
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("first_date", sa.Date(), nullable=True),
        sa.Column("last_date", sa.Date(), nullable=True),
        sa.Column("pages", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_golden_book")),
        sa.UniqueConstraint("number", name=op.f("uq_golden_book_number")),
    )
    op.create_table(
        "gift",
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=True),
        sa.Column("delegation_id", sa.Integer(), nullable=True),
        sa.Column("partner_city_id", sa.Integer(), nullable=True),
        sa.Column("giver_name", sa.String(length=200), nullable=False),
        sa.Column("giver_function", sa.String(length=200), nullable=False),
        sa.Column("recipient_name", sa.String(length=200), nullable=False),
        sa.Column("recipient_function", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(length=4000), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("value_eur", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("kept_at", sa.String(length=200), nullable=False),
        sa.Column("declaration", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_gift_delegation_id_delegation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_city_id"],
            ["partner_city.id"],
            name=op.f("fk_gift_partner_city_id_partner_city"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gift")),
    )
    with op.batch_alter_table("gift", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_gift_delegation_id"), ["delegation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_gift_given_on"), ["given_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_gift_partner_city_id"), ["partner_city_id"], unique=False
        )

    op.create_table(
        "golden_book_entry",
        sa.Column("book_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("occasion", sa.String(length=200), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("inscription", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["book_id"],
            ["golden_book.id"],
            name=op.f("fk_golden_book_entry_book_id_golden_book"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_golden_book_entry_delegation_id_delegation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["programme_item.id"],
            name=op.f("fk_golden_book_entry_item_id_programme_item"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_golden_book_entry")),
        sa.UniqueConstraint("book_id", "number", name=op.f("uq_golden_book_entry_book_id")),
    )
    with op.batch_alter_table("golden_book_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_golden_book_entry_book_id"), ["book_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_golden_book_entry_delegation_id"), ["delegation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_golden_book_entry_item_id"), ["item_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_golden_book_entry_signed_on"), ["signed_on"], unique=False
        )

    op.create_table(
        "attachment",
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("gift_id", sa.Integer(), nullable=True),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.Column("stored_path", sa.String(length=4000), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["golden_book_entry.id"],
            name=op.f("fk_attachment_entry_id_golden_book_entry"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["gift_id"], ["gift.id"], name=op.f("fk_attachment_gift_id_gift"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_gift_id"), ["gift_id"], unique=False)

    op.create_table(
        "golden_book_signer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("native_name", sa.String(length=200), nullable=False),
        sa.Column("function", sa.String(length=200), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("host_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["golden_book_entry.id"],
            name=op.f("fk_golden_book_signer_entry_id_golden_book_entry"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["host_id"],
            ["host_person.id"],
            name=op.f("fk_golden_book_signer_host_id_host_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_golden_book_signer_member_id_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_golden_book_signer")),
    )
    with op.batch_alter_table("golden_book_signer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_golden_book_signer_entry_id"), ["entry_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("golden_book_signer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_golden_book_signer_entry_id"))

    op.drop_table("golden_book_signer")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_gift_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_entry_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("golden_book_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_golden_book_entry_signed_on"))
        batch_op.drop_index(batch_op.f("ix_golden_book_entry_item_id"))
        batch_op.drop_index(batch_op.f("ix_golden_book_entry_delegation_id"))
        batch_op.drop_index(batch_op.f("ix_golden_book_entry_book_id"))

    op.drop_table("golden_book_entry")
    with op.batch_alter_table("gift", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gift_partner_city_id"))
        batch_op.drop_index(batch_op.f("ix_gift_given_on"))
        batch_op.drop_index(batch_op.f("ix_gift_delegation_id"))

    op.drop_table("gift")
    op.drop_table("golden_book")
