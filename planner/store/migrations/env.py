"""Alembic environment: runs on the connection planner.store.database.upgrade hands over.

That connection holds the schema lock in an open transaction (on SQLite with foreign keys
already off, so batch table rebuilds cannot cascade deletes); upgrade() commits it.
"""

from __future__ import annotations

from alembic import context

from planner.store.models import Base

context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only alter tables by rebuilding them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
