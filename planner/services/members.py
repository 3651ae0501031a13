"""Use cases of a delegation's members: edit, precedence order, head of delegation."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.domain import rules
from planner.domain.errors import Problem, ValidationError
from planner.domain.records import Member
from planner.services.catalogue import get_row
from planner.services.context import ServiceContext, apply_fields, require_version
from planner.store import convert
from planner.store.models import DelegationRow, MemberRow


class Members:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, delegation_id: int) -> list[Member]:
        with self.ctx.read() as session:
            rows = session.scalars(select(MemberRow).where(
                MemberRow.delegation_id == delegation_id).order_by(MemberRow.rank, MemberRow.id))
            return [convert.member(r) for r in rows]

    def get(self, member_id: int) -> Member:
        with self.ctx.read() as session:
            return convert.member(get_row(session, MemberRow, member_id, "member"))

    def save(self, record: Member) -> Member:
        rules.validate(rules.check_member, record)
        with self.ctx.write() as session:
            get_row(session, DelegationRow, record.delegation_id, "delegation")
            if record.id is None:
                row = MemberRow(**convert.member_columns(record))
                session.add(row)
            else:
                row = get_row(session, MemberRow, record.id, "member")
                require_version("member", row.id, record.version, row.version)
                if row.delegation_id != record.delegation_id:
                    raise ValidationError(Problem(
                        "delegation_id", "a member cannot be moved to another delegation"))
                apply_fields(row, convert.member_columns(record))
            session.flush()
            if record.is_head:
                _single_head(session, record.delegation_id, row.id)
            return convert.member(row)

    def delete(self, member_id: int, version: int | None = None) -> Member:
        """Returns the deleted member so that undo can save it again."""
        with self.ctx.write() as session:
            row = get_row(session, MemberRow, member_id, "member")
            require_version("member", member_id, version, row.version)
            deleted = convert.member(row)
            session.delete(row)
            return deleted

    def reorder(self, delegation_id: int, ordered_ids: list[int]) -> list[Member]:
        """Drag-and-drop of precedence: rank becomes the position in `ordered_ids` (1-based)."""
        with self.ctx.write() as session:
            rows = {r.id: r for r in session.scalars(select(MemberRow).where(
                MemberRow.delegation_id == delegation_id))}
            if sorted(ordered_ids) != sorted(rows):
                raise ValidationError(Problem(
                    "members", "the new order must name every member of the delegation once"))
            for rank, member_id in enumerate(ordered_ids, start=1):
                if rows[member_id].rank != rank:
                    rows[member_id].rank = rank
            session.flush()
            return [convert.member(rows[i]) for i in ordered_ids]

    def set_head(self, delegation_id: int, member_id: int | None) -> int | None:
        """Make one member the head (None: nobody); returns the previous head for undo."""
        with self.ctx.write() as session:
            rows = list(session.scalars(select(MemberRow).where(
                MemberRow.delegation_id == delegation_id)))
            if member_id is not None and member_id not in {r.id for r in rows}:
                raise ValidationError(Problem("is_head", f"member {member_id} is not in "
                                                         f"delegation {delegation_id}"))
            previous = next((r.id for r in rows if r.is_head), None)
            for row in rows:
                wanted = row.id == member_id
                if row.is_head != wanted:
                    row.is_head = wanted
            return previous

    def next_rank(self, session: Session, delegation_id: int) -> int:
        top = session.scalar(select(func.max(MemberRow.rank)).where(
            MemberRow.delegation_id == delegation_id))
        return (top or 0) + 1


def _single_head(session: Session, delegation_id: int, head_id: int) -> None:
    """A delegation has one head; marking a new one unmarks the previous."""
    for other in session.scalars(select(MemberRow).where(
            MemberRow.delegation_id == delegation_id, MemberRow.is_head.is_(True),
            MemberRow.id != head_id)):
        other.is_head = False
