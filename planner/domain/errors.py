"""Errors the services raise: every one says which record or field and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason an input was refused: `field` is a dotted path ("members[2].rank").

    `code` and `params` say the same as `message` for a reader in another language: the UI and
    documents render the code from their catalogues (`planner.domain.problems` lists them);
    `message` is the English sentence for logs and the command line.
    """

    field: str
    message: str
    code: str = ""
    params: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message

    @property
    def values(self) -> dict[str, object]:
        return dict(self.params)


class DomainError(Exception):
    """Base of every error a use case raises on purpose."""


class ValidationError(DomainError):
    """The input breaks one or more rules; nothing was written."""

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    def for_field(self, field: str) -> list[str]:
        return [p.message for p in self.problems if p.field == field]


class NotFoundError(DomainError):
    """A record named by id or name does not exist (any more)."""

    def __init__(self, entity: str, key: object) -> None:
        self.entity = entity
        self.key = key
        super().__init__(f"{entity} {key!r} not found")


class ConflictError(DomainError):
    """Someone else saved the record first (stale version); nothing was overwritten.

    `changed_by`, `changed_at` and `changed_fields` say who changed what, where the audit trail
    knows it; the services fill them in before the error reaches the officer.
    """

    def __init__(self, entity: str, record_id: object, expected: int | None = None,
                 actual: int | None = None) -> None:
        self.entity = entity
        self.record_id = record_id
        self.expected = expected
        self.actual = actual
        self.changed_by: str = ""
        self.changed_at: datetime | None = None
        self.changed_fields: tuple[str, ...] = ()
        super().__init__(self._message())

    def _message(self) -> str:
        detail = ""
        if self.expected is not None and self.actual is not None:
            detail = f" (you edited version {self.expected}, the stored one is {self.actual})"
        who = f" by {self.changed_by}" if self.changed_by else " by someone else"
        when = f" at {self.changed_at:%Y-%m-%d %H:%M} UTC" if self.changed_at else ""
        what = f"; changed: {', '.join(self.changed_fields)}" if self.changed_fields else ""
        return f"{self.entity} {self.record_id} was changed{who}{when}{detail}{what}"

    def explain(self, changed_by: str, changed_at: datetime | None,
                changed_fields: tuple[str, ...]) -> None:
        self.changed_by, self.changed_at, self.changed_fields = (
            changed_by, changed_at, changed_fields)
        self.args = (self._message(),)


class SchemaError(DomainError):
    """The database cannot be used by this version of the program."""
