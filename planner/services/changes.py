"""What a committed use case touched; light enough for the UI to import before the database."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True, slots=True)
class Changes:
    """What a committed use case touched, so each screen refreshes only what it shows."""

    partners: bool = False
    delegations: bool = False
    members: bool = False
    people: bool = False
    venues: bool = False
    resources: bool = False
    programme: bool = False
    golden_book: bool = False
    gifts: bool = False
    settings: bool = False
    tasks: bool = False

    @classmethod
    def of(cls, flags: set[str]) -> Changes:
        return cls(**{f.name: f.name in flags for f in fields(cls)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))
