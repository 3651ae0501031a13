"""Core schema: partner cities, delegations, members, hosts, venues, resources, programme

Revision ID: 0001
Revises:
Create Date: 2026-11-26 21:45:15.565796
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import planner.store.types

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("os_user", sa.String(length=100), nullable=False),
        sa.Column("db_user", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("entity", sa.String(length=100), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)

    op.create_table(
        "host_person",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("native_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("function", sa.String(length=200), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_host_person")),
    )
    with op.batch_alter_table("host_person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_host_person_name"), ["name"], unique=False)

    op.create_table(
        "partner_city",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("native_name", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("relation", sa.String(length=32), nullable=False),
        sa.Column("since", sa.Integer(), nullable=True),
        sa.Column("contacts", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_city")),
        sa.UniqueConstraint("name", "country", name=op.f("uq_partner_city_name")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "venue",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("accessible", sa.Boolean(), nullable=True),
        sa.Column("accessibility_notes", sa.Text(), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_venue")),
        sa.UniqueConstraint("name", name=op.f("uq_venue_name")),
    )
    op.create_table(
        "delegation",
        sa.Column("title", sa.JSON(), nullable=False),
        sa.Column("sort_title", sa.String(length=300), nullable=False),
        sa.Column("partner_city_id", sa.Integer(), nullable=True),
        sa.Column("occasion", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("arrival_at", planner.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("arrival_mode", sa.String(length=16), nullable=True),
        sa.Column("arrival_reference", sa.String(length=100), nullable=False),
        sa.Column("arrival_place", sa.String(length=200), nullable=False),
        sa.Column("departure_at", planner.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("departure_mode", sa.String(length=16), nullable=True),
        sa.Column("departure_reference", sa.String(length=100), nullable=False),
        sa.Column("departure_place", sa.String(length=200), nullable=False),
        sa.Column("hotel_venue_id", sa.Integer(), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("notes_internal", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["hotel_venue_id"],
            ["venue.id"],
            name=op.f("fk_delegation_hotel_venue_id_venue"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"],
            ["host_person.id"],
            name=op.f("fk_delegation_officer_id_host_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_city_id"],
            ["partner_city.id"],
            name=op.f("fk_delegation_partner_city_id_partner_city"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegation")),
    )
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delegation_arrival_at"), ["arrival_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_delegation_partner_city_id"), ["partner_city_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_delegation_sort_title"), ["sort_title"], unique=False)

    op.create_table(
        "resource",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("venue_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["venue_id"], ["venue.id"], name=op.f("fk_resource_venue_id_venue"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource")),
        sa.UniqueConstraint("kind", "name", name=op.f("uq_resource_kind")),
    )
    op.create_table(
        "travel_time",
        sa.Column("venue_a_id", sa.Integer(), nullable=False),
        sa.Column("venue_b_id", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["venue_a_id"],
            ["venue.id"],
            name=op.f("fk_travel_time_venue_a_id_venue"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["venue_b_id"],
            ["venue.id"],
            name=op.f("fk_travel_time_venue_b_id_venue"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("venue_a_id", "venue_b_id", name=op.f("pk_travel_time")),
    )
    op.create_table(
        "member",
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("native_name", sa.String(length=200), nullable=False),
        sa.Column("salutation", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("gender", sa.String(length=16), nullable=True),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("is_head", sa.Boolean(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("dietary", sa.Text(), nullable=False),
        sa.Column("accessibility", sa.Text(), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("arrival_at", planner.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("arrival_mode", sa.String(length=16), nullable=True),
        sa.Column("arrival_reference", sa.String(length=100), nullable=False),
        sa.Column("arrival_place", sa.String(length=200), nullable=False),
        sa.Column("departure_at", planner.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("departure_mode", sa.String(length=16), nullable=True),
        sa.Column("departure_reference", sa.String(length=100), nullable=False),
        sa.Column("departure_place", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_member_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_member_delegation_id"), ["delegation_id"], unique=False
        )

    op.create_table(
        "programme_item",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.JSON(), nullable=False),
        sa.Column("description", sa.JSON(), nullable=False),
        sa.Column("start_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("end_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("venue_id", sa.Integer(), nullable=True),
        sa.Column("all_members", sa.Boolean(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=True),
        sa.Column("dress_code", sa.String(length=100), nullable=False),
        sa.Column("notes_internal", sa.Text(), nullable=False),
        sa.Column("guest_notes", sa.JSON(), nullable=False),
        sa.Column("needs_acknowledged", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", planner.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["vehicle_id"],
            ["resource.id"],
            name=op.f("fk_programme_item_vehicle_id_resource"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["venue_id"],
            ["venue.id"],
            name=op.f("fk_programme_item_venue_id_venue"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_item")),
    )
    with op.batch_alter_table("programme_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_programme_item_start_at"), ["start_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_programme_item_venue_id"), ["venue_id"], unique=False)

    op.create_table(
        "item_delegation",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_item_delegation_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["programme_item.id"],
            name=op.f("fk_item_delegation_item_id_programme_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "delegation_id", name=op.f("pk_item_delegation")),
    )
    with op.batch_alter_table("item_delegation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_item_delegation_delegation_id"), ["delegation_id"], unique=False
        )

    op.create_table(
        "item_host",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("host_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["host_id"],
            ["host_person.id"],
            name=op.f("fk_item_host_host_id_host_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["programme_item.id"],
            name=op.f("fk_item_host_item_id_programme_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "host_id", "role", name=op.f("pk_item_host")),
    )
    with op.batch_alter_table("item_host", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_item_host_host_id"), ["host_id"], unique=False)

    op.create_table(
        "item_member",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["programme_item.id"],
            name=op.f("fk_item_member_item_id_programme_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_item_member_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "member_id", name=op.f("pk_item_member")),
    )
    with op.batch_alter_table("item_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_item_member_member_id"), ["member_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("item_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_member_member_id"))

    op.drop_table("item_member")
    with op.batch_alter_table("item_host", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_host_host_id"))

    op.drop_table("item_host")
    with op.batch_alter_table("item_delegation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_delegation_delegation_id"))

    op.drop_table("item_delegation")
    with op.batch_alter_table("programme_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_item_venue_id"))
        batch_op.drop_index(batch_op.f("ix_programme_item_start_at"))

    op.drop_table("programme_item")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_delegation_id"))

    op.drop_table("member")
    op.drop_table("travel_time")
    op.drop_table("resource")
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegation_sort_title"))
        batch_op.drop_index(batch_op.f("ix_delegation_partner_city_id"))
        batch_op.drop_index(batch_op.f("ix_delegation_arrival_at"))

    op.drop_table("delegation")
    op.drop_table("venue")
    op.drop_table("setting")
    op.drop_table("partner_city")
    with op.batch_alter_table("host_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_host_person_name"))

    op.drop_table("host_person")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
