"""Looking up the demo data the command-line tests work on."""

from __future__ import annotations

from planner.domain.enums import Direction
from planner.services import Services


def delegation_of(db: str, city: str) -> int:
    """The id of the delegation from `city` in the database at `db` (a visit to the city, not
    the office's own trip there)."""
    services = Services.open(db)
    try:
        return next(r.id for r in services.delegations.list()
                    if r.partner_city == city and r.direction is Direction.INCOMING)
    finally:
        services.close()
