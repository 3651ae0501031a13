"""What the four reference lists show and edit: columns and fields as data, no code per list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from planner.domain.enums import HostRole, Relation, ResourceKind
from planner.domain.records import HostPerson, PartnerCity, Resource, Venue
from planner.ui.labels import label
from planner.ui.models.table import ColumnSpec
from planner.ui.views.catalogue_form import FieldSpec
from planner.ui.views.travel_times import TravelTimesPanel


@dataclass(frozen=True)
class CatalogueSpec:
    key: str  # also the Services attribute and the Changes flag
    singular: str  # marked with QT_TRANSLATE_NOOP("Catalogue", ...)
    new_label: str
    empty_title: str
    empty_text: str
    blank: Callable[[], Any]
    columns: list[ColumnSpec[Any]]
    fields: list[FieldSpec]
    # A panel under the form for what the record itself does not hold (a venue's travel
    # times): built with the AppContext, told the record shown by `set_record`.
    panel: Callable[[Any], Any] | None = None


def _yes_no(value: bool | None) -> str:
    return {True: "✓", False: "✗"}.get(value, "") if value is not None else ""


PARTNERS = CatalogueSpec(
    key="partners",
    singular=QT_TRANSLATE_NOOP("Catalogue", "Partner city"),
    new_label=QT_TRANSLATE_NOOP("Catalogue", "New partner city"),
    empty_title=QT_TRANSLATE_NOOP("Catalogue", "No partner cities yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Catalogue", "Add Dortmund's twin cities and project partners with “New partner city”."
    ),
    blank=lambda: PartnerCity(name=""),
    columns=[
        ColumnSpec("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name, width=180),
        ColumnSpec(
            "native_name",
            QT_TRANSLATE_NOOP("Columns", "Native name"),
            lambda c: c.native_name,
            width=160,
        ),
        ColumnSpec(
            "country", QT_TRANSLATE_NOOP("Columns", "Country"), lambda c: c.country, width=70
        ),
        ColumnSpec(
            "relation",
            QT_TRANSLATE_NOOP("Columns", "Relation"),
            lambda c: label(c.relation),
            width=150,
        ),
        ColumnSpec(
            "since",
            QT_TRANSLATE_NOOP("Columns", "Since"),
            lambda c: str(c.since or ""),
            sort_value=lambda c: c.since,
        ),
    ],
    fields=[
        FieldSpec("name", QT_TRANSLATE_NOOP("Fields", "Name")),
        FieldSpec("native_name", QT_TRANSLATE_NOOP("Fields", "Native name")),
        FieldSpec(
            "country",
            QT_TRANSLATE_NOOP("Fields", "Country code"),
            placeholder=QT_TRANSLATE_NOOP("Fields", "two letters, e.g. IL"),
        ),
        FieldSpec("relation", QT_TRANSLATE_NOOP("Fields", "Relation"), "enum", enum=Relation),
        FieldSpec("since", QT_TRANSLATE_NOOP("Fields", "Partner since (year)"), "int"),
        FieldSpec(
            "time_zone",
            QT_TRANSLATE_NOOP("Fields", "Time zone"),
            placeholder=QT_TRANSLATE_NOOP("Fields", "e.g. Asia/Shanghai (empty: Europe/Berlin)"),
        ),
        FieldSpec("contacts", QT_TRANSLATE_NOOP("Fields", "Contacts"), "contacts"),
        FieldSpec("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), "multiline"),
    ],
)

PEOPLE = CatalogueSpec(
    key="people",
    singular=QT_TRANSLATE_NOOP("Catalogue", "Host"),
    new_label=QT_TRANSLATE_NOOP("Catalogue", "New person"),
    empty_title=QT_TRANSLATE_NOOP("Catalogue", "No hosts yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Catalogue",
        "Add the Lord Mayor, council members, staff, interpreters and drivers with “New person”.",
    ),
    blank=lambda: HostPerson(name=""),
    columns=[
        ColumnSpec("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda p: p.name, width=200),
        ColumnSpec(
            "role", QT_TRANSLATE_NOOP("Columns", "Role"), lambda p: label(p.role), width=130
        ),
        ColumnSpec(
            "function", QT_TRANSLATE_NOOP("Columns", "Function"), lambda p: p.function, width=200
        ),
        ColumnSpec(
            "languages", QT_TRANSLATE_NOOP("Columns", "Languages"), lambda p: ", ".join(p.languages)
        ),
    ],
    fields=[
        FieldSpec("name", QT_TRANSLATE_NOOP("Fields", "Name")),
        FieldSpec("native_name", QT_TRANSLATE_NOOP("Fields", "Native name")),
        FieldSpec("role", QT_TRANSLATE_NOOP("Fields", "Role"), "enum", enum=HostRole),
        FieldSpec("function", QT_TRANSLATE_NOOP("Fields", "Function"), "translated"),
        FieldSpec("rank", QT_TRANSLATE_NOOP("Fields", "Protocol rank"), "int"),
        FieldSpec(
            "languages",
            QT_TRANSLATE_NOOP("Fields", "Languages"),
            "languages",
            placeholder=QT_TRANSLATE_NOOP("Fields", "language codes, e.g. de, en"),
        ),
        FieldSpec("email", QT_TRANSLATE_NOOP("Fields", "E-mail")),
        FieldSpec("phone", QT_TRANSLATE_NOOP("Fields", "Phone")),
        FieldSpec(
            "login",
            QT_TRANSLATE_NOOP("Fields", "Login"),
            placeholder=QT_TRANSLATE_NOOP(
                "Fields", "the user name they sign in with: their tasks are theirs"),
        ),
    ],
)

VENUES = CatalogueSpec(
    key="venues",
    singular=QT_TRANSLATE_NOOP("Catalogue", "Venue"),
    new_label=QT_TRANSLATE_NOOP("Catalogue", "New venue"),
    empty_title=QT_TRANSLATE_NOOP("Catalogue", "No venues yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Catalogue", "Add the town hall, hotels and places the delegations visit with “New venue”."
    ),
    blank=lambda: Venue(name=""),
    columns=[
        ColumnSpec("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda v: v.name, width=220),
        ColumnSpec(
            "address", QT_TRANSLATE_NOOP("Columns", "Address"), lambda v: v.address, width=240
        ),
        ColumnSpec(
            "capacity",
            QT_TRANSLATE_NOOP("Columns", "Capacity"),
            lambda v: str(v.capacity or ""),
            sort_value=lambda v: v.capacity,
            width=80,
        ),
        ColumnSpec(
            "accessible", QT_TRANSLATE_NOOP("Columns", "Step-free"), lambda v: _yes_no(v.accessible)
        ),
    ],
    fields=[
        FieldSpec("name", QT_TRANSLATE_NOOP("Fields", "Name")),
        FieldSpec("address", QT_TRANSLATE_NOOP("Fields", "Address")),
        FieldSpec("capacity", QT_TRANSLATE_NOOP("Fields", "Capacity"), "int"),
        FieldSpec("accessible", QT_TRANSLATE_NOOP("Fields", "Step-free access"), "flag"),
        FieldSpec(
            "accessibility_notes", QT_TRANSLATE_NOOP("Fields", "Accessibility notes"), "multiline"
        ),
        FieldSpec("contact", QT_TRANSLATE_NOOP("Fields", "Contact")),
        FieldSpec(
            "time_zone",
            QT_TRANSLATE_NOOP("Fields", "Time zone"),
            placeholder=QT_TRANSLATE_NOOP("Fields", "for a venue abroad, e.g. Asia/Shanghai"),
        ),
    ],
    panel=TravelTimesPanel,
)

RESOURCES = CatalogueSpec(
    key="resources",
    singular=QT_TRANSLATE_NOOP("Catalogue", "Resource"),
    new_label=QT_TRANSLATE_NOOP("Catalogue", "New resource"),
    empty_title=QT_TRANSLATE_NOOP("Catalogue", "No resources yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Catalogue", "Add vehicles, rooms and interpreter bookings with “New resource”."
    ),
    blank=lambda: Resource(name=""),
    columns=[
        ColumnSpec("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name, width=220),
        ColumnSpec(
            "kind", QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: label(r.kind), width=160
        ),
        ColumnSpec(
            "capacity",
            QT_TRANSLATE_NOOP("Columns", "Capacity"),
            lambda r: str(r.capacity or ""),
            sort_value=lambda r: r.capacity,
        ),
    ],
    fields=[
        FieldSpec("name", QT_TRANSLATE_NOOP("Fields", "Name")),
        FieldSpec("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), "enum", enum=ResourceKind),
        FieldSpec("capacity", QT_TRANSLATE_NOOP("Fields", "Capacity (seats)"), "int"),
        FieldSpec("venue_id", QT_TRANSLATE_NOOP("Fields", "Venue"), "ref", ref="venues"),
        FieldSpec("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), "multiline"),
    ],
)
