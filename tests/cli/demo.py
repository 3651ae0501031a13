"""Looking up the demo data the command-line tests work on."""

from __future__ import annotations

from planner.services import Services


def delegation_of(db: str, city: str) -> int:
    """The id of the delegation from `city` in the database at `db`."""
    services = Services.open(db)
    try:
        return next(r.id for r in services.delegations.list() if r.partner_city == city)
    finally:
        services.close()
