"""Reading the audit trail: who changed a record, when, and what."""

from __future__ import annotations

from sqlalchemy import select

from planner.domain.records import AuditEvent
from planner.services.context import ServiceContext
from planner.store.models import AuditRow


class History:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def of_record(self, entity: str, entity_id: int, limit: int = 500) -> list[AuditEvent]:
        """Newest first; `entity` is the table name ("delegation", "member", "programme_item")."""
        query = (select(AuditRow).where(AuditRow.entity == entity,
                                        AuditRow.entity_id == entity_id)
                 .order_by(AuditRow.id.desc()).limit(limit))
        with self.ctx.read() as session:
            return [AuditEvent(at=r.at, os_user=r.os_user, db_user=r.db_user, action=r.action,
                               entity=r.entity, entity_id=r.entity_id, changes=dict(r.changes))
                    for r in session.scalars(query)]
