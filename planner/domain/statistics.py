"""The figures of one year of partnerships, as plain data: the Statistics screen draws them, the
annual report prints them, the spreadsheet lists them. Labels stay codes or names here; each
reader puts them into its own language."""

from __future__ import annotations

from dataclasses import dataclass

# How many years the comparison looks back (the year itself included).
TREND_YEARS = 10


@dataclass(frozen=True, slots=True)
class CityVisits:
    """Incoming visits from one partner city: this year, and per year before it on average."""

    city: str
    visits: int
    guests: int
    average_before: float  # over the TREND_YEARS - 1 years before (0 when there were none)


@dataclass(frozen=True, slots=True)
class VenueUse:
    venue: str
    items: int
    hours: float


@dataclass(frozen=True, slots=True)
class GiftCount:
    direction: str  # GiftDirection value
    declaration: str  # DeclarationStatus value
    count: int


@dataclass(frozen=True, slots=True)
class YearFigures:
    year: int
    visits_by_city: tuple[CityVisits, ...]  # most visits first
    quiet_partners: tuple[str, ...]  # partner cities with no visit this year
    guests_by_month: tuple[int, ...]  # twelve months, January first
    visits_by_year: tuple[tuple[int, int], ...]  # (year, visits), oldest first
    golden_book_by_year: tuple[tuple[int, int], ...]  # (year, signed entries), oldest first
    gifts: tuple[GiftCount, ...]
    busiest_venues: tuple[VenueUse, ...]  # most hours first, at most ten
    hours_by_kind: tuple[tuple[str, float], ...]  # (ItemKind value, hours), most first

    @property
    def visits(self) -> int:
        return sum(c.visits for c in self.visits_by_city)

    @property
    def guests(self) -> int:
        return sum(self.guests_by_month)

    @property
    def golden_book_entries(self) -> int:
        return dict(self.golden_book_by_year).get(self.year, 0)
