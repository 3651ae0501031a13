"""The audit trail: every insert, update and delete of a tracked row, written in the same flush."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from planner.store.models import AuditRow

AUDIT_USER_KEY = "planner_os_user"
AUDIT_DB_USER_KEY = "planner_db_user"
CHANGES_KEY = "planner_changes"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    try:
        json.dumps(value)
    except TypeError:
        return str(value)
    return value


def _changed_columns(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in {"updated_at", "version"}:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            changes[attr.key] = [_plain(old), _plain(new)]
    return changes


def _snapshot(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    return {attr.key: _plain(getattr(obj, attr.key)) for attr in state.mapper.column_attrs
            if attr.key not in {"data"}}


def install_audit(session: Session) -> None:
    """Write audit rows for this session's flushes and collect the change flags for listeners."""

    @event.listens_for(session, "after_flush")
    def _after_flush(sess: Session, _flush: UOWTransaction) -> None:
        rows: list[dict[str, Any]] = []
        flags: set[str] = sess.info.setdefault(CHANGES_KEY, set())
        now = datetime.now(UTC)
        who = sess.info.get(AUDIT_USER_KEY, "")
        db_user = sess.info.get(AUDIT_DB_USER_KEY, "")
        for action, objects in (("insert", sess.new), ("update", sess.dirty),
                                ("delete", sess.deleted)):
            for obj in objects:
                flag = getattr(type(obj), "changes_flag", "")
                if not flag:
                    continue
                if action == "update":
                    if not sess.is_modified(obj, include_collections=False):
                        continue
                    detail = _changed_columns(obj)
                else:
                    detail = _snapshot(obj)
                flags.add(flag)
                rows.append({
                    "at": now, "os_user": who, "db_user": db_user, "action": action,
                    "entity": obj.__tablename__, "entity_id": getattr(obj, "id", None),
                    "changes": detail,
                })
        if rows:
            sess.connection().execute(insert(AuditRow), rows)


def mark_changed(session: Session, *flags: str) -> None:
    """For Core-level writes the flush hook cannot see."""
    session.info.setdefault(CHANGES_KEY, set()).update(flags)


def record_event(session: Session, action: str, entity: str, entity_id: int | None,
                 changes: dict[str, Any]) -> None:
    session.execute(insert(AuditRow), [{
        "at": datetime.now(UTC), "os_user": session.info.get(AUDIT_USER_KEY, ""),
        "db_user": session.info.get(AUDIT_DB_USER_KEY, ""), "action": action, "entity": entity,
        "entity_id": entity_id, "changes": {k: _plain(v) for k, v in changes.items()},
    }])


def last_change(session: Session, entity: str, entity_id: object) -> AuditRow | None:
    """The newest audit entry of one record (`entity_id` is a key string for settings)."""
    query = select(AuditRow).where(AuditRow.entity == entity)
    if isinstance(entity_id, int):
        query = query.where(AuditRow.entity_id == entity_id)
    else:
        query = query.where(AuditRow.changes["key"].as_string() == str(entity_id))
    return session.scalars(query.order_by(AuditRow.id.desc()).limit(1)).first()
