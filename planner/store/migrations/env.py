"""Alembic environment: runs against the engine the application hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from planner.store.models import Base

config = context.config
engine = config.attributes["engine"]


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite can only alter tables by rebuilding them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


given = config.attributes.get("connection")
if given is not None:
    # planner.store.database.upgrade hands over a connection that holds the schema lock in an
    # open transaction (foreign keys already off on SQLite); it commits when we return.
    _run(given)
else:
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            # Batch rebuilds copy tables; foreign keys must be off (outside a transaction).
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        _run(connection)
        connection.commit()
        if connection.dialect.name == "sqlite":
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
