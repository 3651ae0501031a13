"""Errors the services raise: every one says which record or field and why."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason an input was refused: `field` is a dotted path ("members[2].rank")."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


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
    """Someone else saved the record first (stale version); nothing was overwritten."""

    def __init__(self, entity: str, record_id: object, expected: int | None = None,
                 actual: int | None = None) -> None:
        self.entity = entity
        self.record_id = record_id
        self.expected = expected
        self.actual = actual
        detail = ""
        if expected is not None and actual is not None:
            detail = f" (you edited version {expected}, the stored one is {actual})"
        super().__init__(f"{entity} {record_id} was changed by someone else{detail}")


class SchemaError(DomainError):
    """The database cannot be used by this version of the program."""
